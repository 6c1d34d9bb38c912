errcodes::error_codes!("yaml-syntax-error.yaml");

fn main() {}
