errcodes::error_codes!("also-undeclared-param.yaml");

fn main() {}
