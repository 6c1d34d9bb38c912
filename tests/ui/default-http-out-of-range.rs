errcodes::error_codes!("default-http-out-of-range.yaml");

fn main() {}
