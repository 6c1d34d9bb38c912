// A YAML syntax error is one error: the build goes on with the codes
// outside the broken entry, so their uses compile.
errcodes::error_codes!("yaml-error-then-used.yaml");

fn main() {
    match ErrorCode::Third {
        ErrorCode::First => {}
        ErrorCode::Third => {}
    }
}
