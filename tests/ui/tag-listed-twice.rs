errcodes::error_codes!("tag-listed-twice.yaml");

fn main() {}
