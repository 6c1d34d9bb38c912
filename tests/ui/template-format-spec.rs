errcodes::error_codes!("template-format-spec.yaml");

fn main() {}
