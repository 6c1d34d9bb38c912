errcodes::error_codes!("docs-url-not-absolute.yaml");

fn main() {}
