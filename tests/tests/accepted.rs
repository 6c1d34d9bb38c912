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

// A byte-order mark before each kind of first key (editors on Windows save
// one): it is not part of the YAML, whatever follows it.
mod bom_languages {
    errcodes::error_codes!("catalogs/bom-languages.yaml");
}
mod bom_groups_crlf {
    errcodes::error_codes!("catalogs/bom-groups-crlf.yaml");
}
mod bom_reserved {
    errcodes::error_codes!("catalogs/bom-reserved.yaml");
}
mod bom_codes_crlf {
    errcodes::error_codes!("catalogs/bom-codes-crlf.yaml");
}

#[test]
fn byte_order_mark_before_any_first_key() {
    assert_eq!(bom_languages::ErrorCode::LANGUAGES, ["en"]);
    assert_eq!(
        bom_languages::ErrorCode::Seventh.description("en"),
        Some("The seventh.")
    );
    assert_eq!(bom_languages::ErrorCode::RESERVED.len(), 1);
    assert_eq!(bom_groups_crlf::ErrorCode::A.group(), Some("a"));
    assert_eq!(bom_groups_crlf::ErrorCode::GROUPS.len(), 1);
    assert_eq!(bom_reserved::ErrorCode::from_code(2), None);
    assert_eq!(bom_reserved::ErrorCode::RESERVED.len(), 1);
    assert_eq!(bom_codes_crlf::ErrorCode::A.message(), "A.");
}
