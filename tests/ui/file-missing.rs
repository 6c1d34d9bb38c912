errcodes::error_codes!("no-such-catalog.yaml");

fn main() {}
