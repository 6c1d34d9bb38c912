errcodes::error_codes!("reserved-code-reused.yaml");

fn main() {}
