errcodes::error_codes!("param-name-keyword.yaml");

fn main() {}
