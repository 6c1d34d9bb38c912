errcodes::error_codes!("file-empty.yaml");

fn main() {}
