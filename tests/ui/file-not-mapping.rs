errcodes::error_codes!("file-not-mapping.yaml");

fn main() {}
