errcodes::error_codes!("code-as-float.yaml");

fn main() {}
