errcodes::error_codes!("param-unknown-type.yaml");

fn main() {}
