//! Inputs that look unusual but are valid YAML compile like any other catalog.

mod bom_crlf_comments {
    // A UTF-8 byte-order mark, CRLF line endings, comments everywhere and
    // codes out of order.
    errcodes::error_codes!("catalogs/bom-crlf-comments.yaml");
}

#[test]
fn byte_order_mark_crlf_comments_and_any_order() {
    use bom_crlf_comments::ErrorCode;
    assert_eq!(
        ErrorCode::ALL,
        [ErrorCode::Early, ErrorCode::Middle, ErrorCode::Late]
    );
    assert_eq!(ErrorCode::Early.message(), "Early.");
    assert_eq!(ErrorCode::Late.message(), "Late, # not a comment.");
    assert_eq!(ErrorCode::from_name("MIDDLE"), Some(ErrorCode::Middle));
}
