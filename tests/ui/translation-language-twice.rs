errcodes::error_codes!("translation-language-twice.yaml");

fn main() {}
