//! `errcodes::Open`: a code of the catalog or a number it does not know,
//! never failing on the wire.

use std::collections::HashSet;

use errcodes::leancloud::ErrorCode;
use errcodes::Open;
use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Reply {
    code: Open<ErrorCode>,
    error: String,
    retry: Option<Open<ErrorCode>>,
}

#[test]
fn known_and_unknown_numbers() {
    let known = Open::<ErrorCode>::from(101);
    assert_eq!(known, Open::Known(ErrorCode::ObjectNotFound));
    assert_eq!(
        (known.code(), known.known()),
        (101, Some(ErrorCode::ObjectNotFound))
    );
    assert!(known.is_known());
    let new = Open::<ErrorCode>::from(987_654);
    assert_eq!(new, Open::Unknown(987_654));
    assert_eq!((new.code(), new.known()), (987_654, None));
    assert_eq!(new.to_string(), "unknown code 987654");
    assert_eq!(
        format!("{known:#}"),
        format!("{:#}", ErrorCode::ObjectNotFound)
    );
    assert_eq!(format!("{known:?}"), "Known(ObjectNotFound)");
    assert_eq!(format!("{new:?}"), "Unknown(987654)");
    assert_eq!(Open::from(ErrorCode::Timeout), Open::<ErrorCode>::from(124));
    assert_eq!(u32::from(new), 987_654);
    // Equality, order and hashing by number.
    assert!(Open::<ErrorCode>::from(1) < known && known < new);
    let set: HashSet<Open<ErrorCode>> = [known, Open::Known(ErrorCode::ObjectNotFound), new].into();
    assert_eq!(set.len(), 2);
    // A retired number is not a code either.
    assert_eq!(Open::<ErrorCode>::from(220).known(), None);
}

#[test]
fn serde_never_fails_on_a_new_number_and_round_trips() {
    let text = r#"{"code":987654,"error":"A new server error","retry":124}"#;
    let reply: Reply = serde_json::from_str(text).unwrap();
    assert_eq!(reply.code, Open::Unknown(987_654));
    assert_eq!(reply.retry, Some(Open::Known(ErrorCode::Timeout)));
    assert_eq!(serde_json::to_string(&reply).unwrap(), text);
    let known = r#"{"code":101,"error":"x","retry":null}"#;
    let reply: Reply = serde_json::from_str(known).unwrap();
    assert_eq!(reply.code.known(), Some(ErrorCode::ObjectNotFound));
    assert_eq!(serde_json::to_string(&reply).unwrap(), known);
    // Not a number at all is still an error.
    assert!(serde_json::from_str::<Reply>(r#"{"code":"x","error":"","retry":null}"#).is_err());
}
