errcodes::error_codes!("param-name-not-snake.yaml");

fn main() {}
