errcodes::error_codes!("../catalogs/tags.yaml", name = Retry, tags = ["retryable", "netwrk"]);

fn main() {}
