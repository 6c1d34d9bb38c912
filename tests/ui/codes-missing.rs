errcodes::error_codes!("codes-missing.yaml");

fn main() {}
