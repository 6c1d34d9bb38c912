errcodes::error_codes!("many-problems.yaml");

fn main() {}
