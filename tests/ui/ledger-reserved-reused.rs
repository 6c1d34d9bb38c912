errcodes::error_codes!("ledger-reserved-reused.yaml");

fn main() {}
