errcodes::error_codes!("raw-control-character.yaml");

fn main() {}
