errcodes::error_codes!("ledger-renamed-without-alias.yaml");

fn main() {}
