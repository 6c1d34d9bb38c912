errcodes::error_codes!("template-adjacent-placeholders.yaml");

fn main() {}
