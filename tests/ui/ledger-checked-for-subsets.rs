// A subset is checked against the ledger as the whole catalog: code 2 is
// not selected, but its rename without an alias is still refused.
errcodes::error_codes!("ledger-renamed-without-alias.yaml", name = Subset, codes = [1]);

fn main() {}
