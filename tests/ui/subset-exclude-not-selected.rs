errcodes::error_codes!("../../codes.yaml", groups = ["sms"], exclude = [101]);

fn main() {}
