errcodes::error_codes!("unknown-field.yaml");

fn main() {}
