errcodes::error_codes!("title-names-a-parameter.yaml");

fn main() {}
