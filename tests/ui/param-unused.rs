errcodes::error_codes!("param-unused.yaml");

fn main() {}
