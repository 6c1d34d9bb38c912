errcodes::error_codes!("grpc-unknown-status.yaml");

fn main() {}
