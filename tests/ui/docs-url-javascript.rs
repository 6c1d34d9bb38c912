errcodes::error_codes!("docs-url-javascript.yaml");

fn main() {}
