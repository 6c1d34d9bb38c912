errcodes::error_codes!("codes-empty.yaml");

fn main() {}
