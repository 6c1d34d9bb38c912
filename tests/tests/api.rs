//! The generated API on a small catalog: every accessor and conversion.
//!
//! The catalog has a deprecated code; expanding it must not trip
//! `deny(deprecated)`, while using it must (hence the `allow`s below).

#![deny(deprecated)]

use std::collections::HashSet;
use std::str::FromStr;

errcodes::error_codes!("catalogs/shop.yaml");

#[test]
#[allow(deprecated)] // uses THREE_D_SECURE_REQUIRED
fn variants_in_code_order_and_the_number_from_the_api() {
    // `as` gives the variant's row in code order, not its number...
    assert_eq!(ErrorCode::OutOfStock as u32, 0);
    assert_eq!(ErrorCode::ThreeDSecureRequired as u32, 3);
    // ...and nothing in the API relies on it: every way to the number gives
    // the catalog's.
    for (code, number) in ErrorCode::ALL.iter().zip([1_u32, 2, 100, 101]) {
        assert_eq!(code.code(), number);
        assert_eq!(u32::from(*code), number);
        assert_eq!(errcodes::Code::code(*code), number);
        assert_eq!(code.entry().code(), number);
        assert_eq!(serde_json::to_string(code).unwrap(), number.to_string());
        assert!(format!("{code:#}").starts_with(&format!("{number} ")));
        assert_eq!(ErrorCode::from_code(number), Some(*code));
        assert_eq!(ErrorCode::try_from(number), Ok(*code));
    }
    assert_eq!(error_code::THREE_D_SECURE_REQUIRED, 101);
    assert_eq!(
        ErrorCode::ALL,
        [
            ErrorCode::OutOfStock,
            ErrorCode::OrderLocked,
            ErrorCode::CardDeclined,
            ErrorCode::ThreeDSecureRequired,
        ]
    );
    assert!(ErrorCode::ALL.windows(2).all(|w| w[0] < w[1]));
}

#[test]
#[allow(deprecated)] // uses THREE_D_SECURE_REQUIRED
fn accessors_return_the_catalog() {
    let code = ErrorCode::CardDeclined;
    assert_eq!(code.code(), 100);
    assert_eq!(code.name(), "CARD_DECLINED");
    assert_eq!(code.message(), "Your card was declined.");
    assert_eq!(code.also(), ["Card declined by issuer."]);
    assert_eq!(
        code.messages(),
        ["Your card was declined.", "Card declined by issuer."]
    );
    assert_eq!(code.group(), Some("payment"));
    assert_eq!(code.http_status(), Some(402));
    assert_eq!(code.description("en"), Some("The bank refused the charge."));
    assert_eq!(
        code.description("de"),
        Some("Die Bank hat die Zahlung abgelehnt.")
    );
    assert_eq!(code.description("fr"), None);
    assert_eq!(code.deprecated(), None);
    assert_eq!(ErrorCode::LANGUAGES, ["en", "de"]);

    let locked = ErrorCode::OrderLocked;
    assert_eq!(
        locked.message(),
        "Order {id} can't change: \"shipped\" <already>."
    );
    assert_eq!(locked.http_status(), None);
    assert!(locked.also().is_empty());
    // Descriptions follow `languages`, not the order in the entry.
    assert_eq!(
        locked.entry().descriptions().collect::<Vec<_>>(),
        [
            ("en", "The order has shipped."),
            ("de", "Die Bestellung ist versandt.")
        ]
    );

    let secure = ErrorCode::ThreeDSecureRequired;
    assert_eq!(secure.message(), "");
    assert_eq!(secure.deprecated(), Some("use CARD_DECLINED"));
}

#[test]
fn lookups_round_trip_over_all() {
    for &code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_code(code.code()), Some(code));
        assert_eq!(ErrorCode::from_name(code.name()), Some(code));
        assert_eq!(ErrorCode::try_from(u32::from(code)), Ok(code));
        assert_eq!(code.name().parse::<ErrorCode>(), Ok(code));
        assert_eq!(code.entry().code(), code.code());
    }
    let distinct: HashSet<ErrorCode> = ErrorCode::ALL.iter().copied().collect();
    assert_eq!(distinct.len(), ErrorCode::ALL.len());
}

#[test]
fn unknown_numbers_and_names_are_rejected() {
    assert_eq!(ErrorCode::from_code(0), None);
    assert_eq!(
        ErrorCode::from_code(3),
        None,
        "reserved numbers are not codes"
    );
    assert_eq!(ErrorCode::from_code(u32::MAX), None);
    assert_eq!(
        ErrorCode::from_name("out_of_stock"),
        None,
        "names are exact"
    );
    assert_eq!(ErrorCode::from_name("OutOfStock"), None);
    assert_eq!(ErrorCode::from_name(""), None);

    let err = ErrorCode::try_from(9999).unwrap_err();
    assert_eq!(err.code(), 9999);
    assert_eq!(err.to_string(), "9999 is not a code of ErrorCode");

    let err = ErrorCode::from_str("NO_SUCH").unwrap_err();
    assert_eq!(err.name(), "NO_SUCH");
    assert!(!err.is_truncated());
    assert_eq!(
        err.to_string(),
        "\"NO_SUCH\" is not a code name of ErrorCode"
    );

    let long = "É".repeat(40);
    let err = ErrorCode::from_str(&long).unwrap_err();
    assert!(err.is_truncated());
    assert!(long.starts_with(err.name()));
    assert_eq!(err.name().len(), 64);
}

#[test]
#[allow(deprecated)] // uses THREE_D_SECURE_REQUIRED
fn display_writes_the_message() {
    assert_eq!(
        ErrorCode::OutOfStock.to_string(),
        "The item is out of stock."
    );
    assert_eq!(
        format!("{:#}", ErrorCode::OutOfStock),
        "1 OUT_OF_STOCK: The item is out of stock."
    );
    // A code without a message shows its name rather than nothing.
    assert_eq!(
        ErrorCode::ThreeDSecureRequired.to_string(),
        "THREE_D_SECURE_REQUIRED"
    );
    assert_eq!(
        format!("{:#}", ErrorCode::ThreeDSecureRequired),
        "101 THREE_D_SECURE_REQUIRED"
    );
    assert_eq!(
        format!("{:>8}", ErrorCode::OrderLocked).len(),
        ErrorCode::OrderLocked.message().len()
    );
    assert_eq!(format!("{:?}", ErrorCode::OutOfStock), "OutOfStock");
}

#[test]
fn is_an_error() {
    fn boxed(code: ErrorCode) -> Box<dyn std::error::Error + Send + Sync> {
        Box::new(code)
    }
    assert_eq!(
        boxed(ErrorCode::CardDeclined).to_string(),
        "Your card was declined."
    );
}

#[test]
#[allow(deprecated)] // uses THREE_D_SECURE_REQUIRED
fn constants_work_in_const_items_and_patterns() {
    const DECLINED: u32 = error_code::CARD_DECLINED;
    const FOUND: Option<ErrorCode> = ErrorCode::from_code(DECLINED);
    const MISSING: Option<ErrorCode> = ErrorCode::from_code(7);
    const MESSAGE: &str = ErrorCode::OutOfStock.message();
    const GROUP: Option<&str> = ErrorCode::OutOfStock.group();
    const STATUS: Option<u16> = ErrorCode::OutOfStock.http_status();
    const NAME: &str = ErrorCode::CardDeclined.name();
    assert_eq!(FOUND, Some(ErrorCode::CardDeclined));
    assert_eq!(MISSING, None);
    assert_eq!(MESSAGE, "The item is out of stock.");
    assert_eq!(GROUP, Some("order"));
    assert_eq!(STATUS, Some(409));
    assert_eq!(NAME, "CARD_DECLINED");

    let classify = |raw: u32| match raw {
        error_code::OUT_OF_STOCK | error_code::ORDER_LOCKED => "order",
        error_code::CARD_DECLINED => "payment",
        _ => "other",
    };
    assert_eq!(classify(1), "order");
    assert_eq!(classify(100), "payment");
    assert_eq!(classify(101), "other");
    assert_eq!(error_code::THREE_D_SECURE_REQUIRED, 101);
}

#[test]
fn generic_code_serves_any_catalog() {
    fn table<C: errcodes::Code>() -> Vec<(u32, &'static str)> {
        C::ALL.iter().map(|c| (c.code(), c.name())).collect()
    }
    fn lookup<C: errcodes::Code>(raw: u32) -> Result<C, errcodes::UnknownCode> {
        C::try_from(raw)
    }
    assert_eq!(table::<ErrorCode>()[0], (1, "OUT_OF_STOCK"));
    assert_eq!(lookup::<ErrorCode>(2), Ok(ErrorCode::OrderLocked));
    assert_eq!(lookup::<ErrorCode>(5).unwrap_err().enum_name(), "ErrorCode");
    assert_eq!(
        <ErrorCode as errcodes::Code>::description(ErrorCode::OutOfStock, "de"),
        Some("Nichts mehr auf Lager.")
    );
    assert_eq!(
        <ErrorCode as errcodes::Code>::entry(ErrorCode::ALL[0]).name(),
        "OUT_OF_STOCK"
    );
}
