errcodes::error_codes!("http-as-decimal.yaml");

fn main() {}
