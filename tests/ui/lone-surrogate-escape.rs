errcodes::error_codes!("lone-surrogate-escape.yaml");

fn main() {}
