errcodes::error_codes!("http-as-string.yaml");

fn main() {}
