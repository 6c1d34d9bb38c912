errcodes::error_codes!("params-same-in-lower-camel-case.yaml");

fn main() {}
