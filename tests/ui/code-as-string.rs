errcodes::error_codes!("code-as-string.yaml");

fn main() {}
