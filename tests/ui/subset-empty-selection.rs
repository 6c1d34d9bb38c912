errcodes::error_codes!("../../codes.yaml", codes = [101], exclude = [101]);

fn main() {}
