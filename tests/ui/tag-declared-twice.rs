errcodes::error_codes!("tag-declared-twice.yaml");

fn main() {}
