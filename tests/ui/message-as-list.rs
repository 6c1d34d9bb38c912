errcodes::error_codes!("message-as-list.yaml");

fn main() {}
