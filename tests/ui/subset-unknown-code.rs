errcodes::error_codes!("../../codes.yaml", codes = [101, 102, 220]);

fn main() {}
