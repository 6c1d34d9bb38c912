errcodes::error_codes!("language-missing.yaml");

fn main() {}
