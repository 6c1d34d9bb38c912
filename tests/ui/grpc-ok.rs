errcodes::error_codes!("grpc-ok.yaml");

fn main() {}
