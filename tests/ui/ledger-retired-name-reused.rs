errcodes::error_codes!("ledger-retired-name-reused.yaml");

fn main() {}
