errcodes::error_codes!("param-name-wire-member.yaml");

fn main() {}
