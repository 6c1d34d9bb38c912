//! Renames with aliases, and a catalog that keeps its ledger's promises
//! (`catalogs/renamed.lock`: 2 was published as MAIL_TAKEN, 3 is retired).

#![deny(deprecated)]

use std::str::FromStr;

errcodes::error_codes!("catalogs/renamed.yaml");

#[test]
fn former_names_still_work() {
    assert_eq!(
        ErrorCode::from_name("EMAIL_TAKEN"),
        Some(ErrorCode::EmailTaken)
    );
    assert_eq!(
        ErrorCode::from_name("MAIL_TAKEN"),
        Some(ErrorCode::EmailTaken)
    );
    assert_eq!(
        ErrorCode::from_name("ADDRESS_TAKEN"),
        Some(ErrorCode::EmailTaken)
    );
    assert_eq!(ErrorCode::from_str("MAIL_TAKEN"), Ok(ErrorCode::EmailTaken));
    assert_eq!(ErrorCode::from_name("THIRD"), None);
    assert_eq!(ErrorCode::EmailTaken.name(), "EMAIL_TAKEN");
    assert_eq!(ErrorCode::from_code(3), None);
}

#[test]
#[allow(deprecated)] // the former names' constants are deprecated
fn former_names_keep_their_constants() {
    assert_eq!(error_code::MAIL_TAKEN, 2);
    assert_eq!(error_code::ADDRESS_TAKEN, error_code::EMAIL_TAKEN);
    assert!(matches!(2, error_code::MAIL_TAKEN));
}

#[test]
#[allow(deprecated)] // the former names' variants are deprecated constants
fn former_names_are_variants_still() {
    // Source written before the rename builds: in expressions ...
    let code = ErrorCode::MailTaken;
    assert_eq!(code, ErrorCode::EmailTaken);
    assert_eq!(ErrorCode::AddressTaken.name(), "EMAIL_TAKEN");
    // ... and in `match` patterns.
    let said = match ErrorCode::EmailTaken {
        ErrorCode::MailTaken => "taken",
        ErrorCode::First => "first",
    };
    assert_eq!(said, "taken");
    assert!(matches!(
        ErrorCode::from_code(2),
        Some(ErrorCode::AddressTaken)
    ));
    assert_eq!("ADDRESS_TAKEN".parse(), Ok(ErrorCode::MailTaken));
}
