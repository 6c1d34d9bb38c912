errcodes::error_codes!("grpc-status-lowercase.yaml");

fn main() {}
