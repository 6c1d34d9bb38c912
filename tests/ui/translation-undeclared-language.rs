errcodes::error_codes!("translation-undeclared-language.yaml");

fn main() {}
