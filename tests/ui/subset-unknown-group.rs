errcodes::error_codes!("../../codes.yaml", groups = ["sms", "realtime.sesion"]);

fn main() {}
