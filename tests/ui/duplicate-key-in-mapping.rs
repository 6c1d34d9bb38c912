errcodes::error_codes!("duplicate-key-in-mapping.yaml");

fn main() {}
