errcodes::error_codes!("tag-key-not-snake-case.yaml");

fn main() {}
