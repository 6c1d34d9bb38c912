errcodes::error_codes!();

fn main() {}
