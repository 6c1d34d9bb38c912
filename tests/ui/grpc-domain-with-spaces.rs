errcodes::error_codes!("grpc-domain-with-spaces.yaml");

fn main() {}
