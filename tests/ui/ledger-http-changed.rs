errcodes::error_codes!("ledger-http-changed.yaml");

fn main() {}
