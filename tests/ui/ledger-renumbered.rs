errcodes::error_codes!("ledger-renumbered.yaml");

fn main() {}
