errcodes::error_codes!("name-not-upper-snake.yaml");

fn main() {}
