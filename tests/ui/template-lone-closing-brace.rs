errcodes::error_codes!("template-lone-closing-brace.yaml");

fn main() {}
