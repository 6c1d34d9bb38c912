errcodes::error_codes!("../catalogs/tiny.yaml", name = A, name = B);

fn main() {}
