errcodes::error_codes!("tag-unknown-field.yaml");

fn main() {}
