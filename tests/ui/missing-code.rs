errcodes::error_codes!("missing-code.yaml");

fn main() {}
