errcodes::error_codes!("language-not-declared.yaml");

fn main() {}
