errcodes::error_codes!("yaml-unclosed-quote.yaml");

fn main() {}
