//! `errcodes::leancloud::ErrorBody` against real-shaped and recorded LeanCloud bodies.

use errcodes::leancloud::{ErrorBody, ErrorCode};
use serde_json::Value;

fn parse(json: &str) -> ErrorBody {
    serde_json::from_str(json).unwrap_or_else(|err| panic!("{json}: {err}"))
}

/// Serializing gives back the same JSON value.
fn assert_round_trip(json: &str) {
    let body = parse(json);
    let written = serde_json::to_string(&body).unwrap();
    let original: Value = serde_json::from_str(json).unwrap();
    let again: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(again, original, "{json} came back as {written}");
}

#[test]
fn known_code_with_its_catalog_message() {
    let json = r#"{"code":1,"error":"Internal server error. No information available."}"#;
    let body = parse(json);
    assert_eq!(body.code(), Some(ErrorCode::InternalServerError));
    assert_eq!(body.raw_code(), 1);
    assert_eq!(body.error(), ErrorCode::InternalServerError.message());
    assert!(!body.is_batch_item());
    assert_round_trip(json);
    assert_eq!(serde_json::to_string(&body).unwrap(), json);
}

#[test]
fn extended_text_is_kept() {
    let json =
        r#"{"code":300,"error":"CQL syntax error.Detail: Parse error at line 1, column 10"}"#;
    let body = parse(json);
    assert_eq!(body.code(), Some(ErrorCode::CqlSyntaxError));
    assert_eq!(
        body.error(),
        "CQL syntax error.Detail: Parse error at line 1, column 10"
    );
    assert_round_trip(json);
}

#[test]
fn unknown_code_is_kept() {
    let json = r#"{"code":9999,"error":"A new server error"}"#;
    let body = parse(json);
    assert_eq!(body.code(), None);
    assert_eq!(body.raw_code(), 9999);
    assert_eq!(body.error(), "A new server error");
    assert_eq!(body.to_string(), "9999: A new server error");
    assert_round_trip(json);
}

#[test]
fn chinese_text_is_kept() {
    let json =
        r#"{"code":219,"error":"登录失败次数超过限制，请稍候再试，或者通过忘记密码重设密码。"}"#;
    let body = parse(json);
    assert_eq!(body.code(), Some(ErrorCode::TooManyLoginFailures));
    assert_eq!(body.error(), ErrorCode::TooManyLoginFailures.message());
    assert_round_trip(json);
}

#[test]
fn batch_items() {
    let json =
        r#"{"error":{"code":101,"error":"Object doesn't exist, or has an incorrect password."}}"#;
    let body = parse(json);
    assert!(body.is_batch_item());
    assert_eq!(body.code(), Some(ErrorCode::ObjectNotFound));
    assert_round_trip(json);
    assert_eq!(serde_json::to_string(&body).unwrap(), json);

    // A batch response: successes and failures side by side.
    let results = r#"[{"success":{"objectId":"a1"}},{"error":{"code":137,"error":"A unique field was given a value that is already taken."}}]"#;
    let items: Vec<Value> = serde_json::from_str(results).unwrap();
    let failures: Vec<ErrorBody> = items
        .into_iter()
        .filter(|item| item.get("error").is_some())
        .map(|item| serde_json::from_value(item).unwrap())
        .collect();
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].code(), Some(ErrorCode::DuplicateValue));
}

#[test]
fn extra_fields_are_ignored_and_bad_bodies_rejected() {
    let body = parse(r#"{"code":211,"error":"Could not find user.","requestId":"x"}"#);
    assert_eq!(body.code(), Some(ErrorCode::UserDoesnotExist));

    for (json, says) in [
        (r#"{"error":"no code"}"#, "missing field `code`"),
        (r#"{"code":1}"#, "missing field `error`"),
        (r#"{"code":"1","error":"x"}"#, "invalid type"),
        (
            r#"{"code":1,"error":"x","code":2}"#,
            "duplicate field `code`",
        ),
        (r#"{"code":1,"error":{"code":1,"error":"x"}}"#, "either"),
        (
            r#"{"error":{"error":{"code":1,"error":"x"}}}"#,
            "not another item",
        ),
        (r#"[1, "x"]"#, "invalid type"),
    ] {
        let err = serde_json::from_str::<ErrorBody>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains(says), "{json}: {err}");
    }
}

#[test]
fn built_bodies_serialize_like_the_server() {
    let body = ErrorBody::from_code(ErrorCode::UsernameTaken);
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"code":202,"error":"Username has already been taken."}"#
    );
    let item = ErrorBody::batch_item(4563, "SILIENCED");
    assert_eq!(
        serde_json::to_string(&item).unwrap(),
        r#"{"error":{"code":4563,"error":"SILIENCED"}}"#
    );
}

/// Every response recorded from LeanCloud's REST API parses, maps to its
/// catalog code, keeps its text byte for byte and serializes back.
#[test]
fn recorded_responses() {
    let recorded: Value = serde_json::from_str(include_str!(
        "../fixtures/leancloud-observed-responses.json"
    ))
    .unwrap();
    let responses = recorded["responses"].as_array().unwrap();
    assert!(!responses.is_empty());
    for response in responses {
        let raw = response["body"].as_str().unwrap();
        let body = parse(raw);
        let sent: Value = serde_json::from_str(raw).unwrap();
        let code = body
            .code()
            .unwrap_or_else(|| panic!("{raw}: not in the catalog"));
        assert_eq!(u64::from(code.code()), sent["code"].as_u64().unwrap());
        assert_eq!(body.error(), sent["error"].as_str().unwrap());
        assert_eq!(
            code.http_status().map_or(400, u64::from),
            response["http_status"].as_u64().unwrap(),
            "{raw}"
        );
        assert_round_trip(raw);
    }
}

/// With the `serde` feature, generated enums travel as their numbers.
#[test]
fn enums_serialize_as_their_number() {
    assert_eq!(
        serde_json::to_string(&ErrorCode::ObjectNotFound).unwrap(),
        "101"
    );
    assert_eq!(
        serde_json::from_str::<ErrorCode>("4563").unwrap(),
        ErrorCode::Silienced
    );
    let err = serde_json::from_str::<ErrorCode>("9999")
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown error code 9999"), "{err}");
    assert!(serde_json::from_str::<ErrorCode>("\"101\"").is_err());
    let list: Vec<ErrorCode> = serde_json::from_str("[1, 101, 219]").unwrap();
    assert_eq!(
        list,
        [
            ErrorCode::InternalServerError,
            ErrorCode::ObjectNotFound,
            ErrorCode::TooManyLoginFailures
        ]
    );
}
