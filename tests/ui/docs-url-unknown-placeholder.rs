errcodes::error_codes!("docs-url-unknown-placeholder.yaml");

fn main() {}
