#![deny(deprecated)]

errcodes::error_codes!("../catalogs/shop.yaml");

fn main() {
    let _ = ErrorCode::ThreeDSecureRequired;
    let _ = error_code::THREE_D_SECURE_REQUIRED;
}
