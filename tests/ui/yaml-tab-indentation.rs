errcodes::error_codes!("yaml-tab-indentation.yaml");

fn main() {}
