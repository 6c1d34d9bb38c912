errcodes::error_codes!("range-overlap.yaml");

fn main() {}
