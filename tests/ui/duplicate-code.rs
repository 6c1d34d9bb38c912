errcodes::error_codes!("duplicate-code.yaml");

fn main() {
    // The valid entries still expand: no cascade of errors here.
    let _ = ErrorCode::CardDeclined;
    let _ = ErrorCode::CardExpired;
}
