errcodes::error_codes!("file-not-utf8.yaml");

fn main() {}
