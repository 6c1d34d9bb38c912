errcodes::error_codes!("yaml-bad-indentation.yaml");

fn main() {}
