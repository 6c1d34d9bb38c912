errcodes::error_codes!("param-declared-twice.yaml");

fn main() {}
