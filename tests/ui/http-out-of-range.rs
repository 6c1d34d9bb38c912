errcodes::error_codes!("http-out-of-range.yaml");

fn main() {}
