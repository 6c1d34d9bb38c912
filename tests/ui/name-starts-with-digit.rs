errcodes::error_codes!("name-starts-with-digit.yaml");

fn main() {}
