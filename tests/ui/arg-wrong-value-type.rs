errcodes::error_codes!("../catalogs/tiny.yaml", name = "Tiny");

fn main() {}
