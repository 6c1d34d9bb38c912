errcodes::error_codes!("code-above-u32-max.yaml");

fn main() {}
