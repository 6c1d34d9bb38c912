errcodes::error_codes!("group-declared-twice.yaml");

fn main() {}
