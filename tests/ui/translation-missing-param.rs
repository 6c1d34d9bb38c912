errcodes::error_codes!("translation-missing-param.yaml");

fn main() {}
