errcodes::error_codes!("../catalogs/tiny.yaml", nmae = Tiny);

fn main() {}
