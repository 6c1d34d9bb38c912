#![deny(deprecated)]

errcodes::error_codes!("../catalogs/renamed.yaml");

fn main() {
    let _ = error_code::MAIL_TAKEN;
}
