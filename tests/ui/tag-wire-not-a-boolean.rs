errcodes::error_codes!("tag-wire-not-a-boolean.yaml");

fn main() {}
