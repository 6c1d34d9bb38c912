errcodes::error_codes!("/nonexistent-errcodes-dir/no-such-catalog.yaml");

fn main() {}
