errcodes::error_codes!("name-becomes-keyword.yaml");

fn main() {}
