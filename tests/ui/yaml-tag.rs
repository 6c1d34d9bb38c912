errcodes::error_codes!("yaml-tag.yaml");

fn main() {}
