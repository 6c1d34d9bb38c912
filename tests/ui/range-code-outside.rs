errcodes::error_codes!("range-code-outside.yaml");

fn main() {}
