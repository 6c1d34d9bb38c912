errcodes::error_codes!("code-negative.yaml");

fn main() {}
