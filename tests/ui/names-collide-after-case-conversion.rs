errcodes::error_codes!("names-collide-after-case-conversion.yaml");

fn main() {}
