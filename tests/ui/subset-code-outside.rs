errcodes::error_codes!("../../codes.yaml", name = SmsCode, groups = ["sms"]);

fn main() {
    // The subset has the SMS codes only: neither the variant nor the constant exists.
    let _ = SmsCode::ObjectNotFound;
    let _ = sms_code::OBJECT_NOT_FOUND;
}
