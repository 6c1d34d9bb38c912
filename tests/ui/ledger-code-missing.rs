errcodes::error_codes!("ledger-code-missing.yaml");

fn main() {}
