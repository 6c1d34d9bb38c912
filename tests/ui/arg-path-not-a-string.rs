errcodes::error_codes!(codes_yaml);

fn main() {}
