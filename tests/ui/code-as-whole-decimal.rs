errcodes::error_codes!("code-as-whole-decimal.yaml");

fn main() {}
