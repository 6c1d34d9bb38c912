errcodes::error_codes!("bom-error-on-line-1.yaml");

fn main() {}
