//! The catalog `errcodes init` writes builds, and gives what its comments
//! promise: the constant and variant of each code, its group and status,
//! and a message with a value that formats and parses back.

use errcodes::Code;

errcodes::error_codes!("../errcodes-cli/src/starter.yaml");

#[test]
fn the_starter_catalog_builds_into_what_its_comments_say() {
    assert_eq!(error_code::INVALID_REQUEST, 100);
    assert_eq!(ErrorCode::InvalidRequest.code(), 100);
    assert_eq!(ErrorCode::ALL.len(), 2);
    assert_eq!(ErrorCode::LANGUAGES, ["en"]);
    assert_eq!(ErrorCode::MissingField.group(), Some("request"));
    assert_eq!(ErrorCode::MissingField.http_status(), Some(400));
    assert_eq!(ErrorCode::MissingField.status(), 400);
    assert_eq!(
        ErrorCode::InvalidRequest.description("en"),
        Some("The request body could not be read as the endpoint expects.")
    );

    let missing = error_code::MissingField { field: "email" };
    assert_eq!(missing.to_string(), "Missing required field: email.");
    assert_eq!(
        error_code::MissingField::parse("Missing required field: email."),
        Some(missing)
    );
    assert_eq!(ErrorCode::from(missing), ErrorCode::MissingField);
    assert_eq!(Code::name(ErrorCode::MissingField), "MISSING_FIELD");
}
