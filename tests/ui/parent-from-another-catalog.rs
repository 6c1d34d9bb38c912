errcodes::error_codes!("../catalogs/shop.yaml", name = Shop);
errcodes::error_codes!("../catalogs/tiny.yaml", name = Tiny, parent = Shop);

fn main() {}
