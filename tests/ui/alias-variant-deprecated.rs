#![deny(deprecated)]

errcodes::error_codes!("../catalogs/renamed.yaml");

fn main() {
    // The former name MAIL_TAKEN, as a value and as a pattern.
    let code = ErrorCode::MailTaken;
    match code {
        ErrorCode::MailTaken => {}
        ErrorCode::First => {}
    }
}
