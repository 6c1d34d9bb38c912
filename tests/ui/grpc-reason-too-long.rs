errcodes::error_codes!("grpc-reason-too-long.yaml");

fn main() {}
