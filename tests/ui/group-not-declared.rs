errcodes::error_codes!("group-not-declared.yaml");

fn main() {}
