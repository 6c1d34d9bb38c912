errcodes::error_codes!("duplicate-name.yaml");

fn main() {}
