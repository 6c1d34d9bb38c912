errcodes::error_codes!("ledger-retired-number-reused.yaml");

fn main() {}
