errcodes::error_codes!("ledger-malformed.yaml");

fn main() {}
