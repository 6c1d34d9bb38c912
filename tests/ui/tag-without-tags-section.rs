errcodes::error_codes!("tag-without-tags-section.yaml");

fn main() {}
