errcodes::error_codes!("unknown-top-level-field.yaml");

fn main() {}
