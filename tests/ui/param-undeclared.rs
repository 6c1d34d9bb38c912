errcodes::error_codes!("param-undeclared.yaml");

fn main() {}
