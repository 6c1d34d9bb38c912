errcodes::error_codes!("missing-name.yaml");

fn main() {}
