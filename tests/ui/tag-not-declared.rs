errcodes::error_codes!("tag-not-declared.yaml");

fn main() {}
