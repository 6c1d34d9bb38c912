errcodes::error_codes!("template-unclosed-brace.yaml");

fn main() {}
