errcodes::error_codes!("alias-is-a-name.yaml");

fn main() {}
