errcodes::error_codes!("file-is-a-directory");

fn main() {}
