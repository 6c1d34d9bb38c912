errcodes::error_codes!("colon-in-plain-message.yaml");

fn main() {}
