errcodes::error_codes!("missing-message.yaml");

fn main() {}
