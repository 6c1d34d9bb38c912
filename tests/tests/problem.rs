//! RFC 9457 problem details from any code, `docs_url` and `default_http`.

use errcodes::{Code, Open, Problem};
use serde_json::json;

errcodes::error_codes!("catalogs/api.yaml", name = Api);
errcodes::error_codes!("catalogs/shop.yaml", name = Shop);

#[test]
fn members_of_a_problem() {
    let problem = Api::CardDeclined
        .problem()
        .with_detail("The bank said no.")
        .with_instance("/payments/7")
        .with_extension("balance", 30)
        .with_extension("status", 999); // not an extension: ignored
    assert_eq!(
        serde_json::to_value(&problem).unwrap(),
        json!({
            "type": "https://docs.example.com/errors/1001#CARD_DECLINED",
            "title": "The card was declined.",
            "status": 402,
            "detail": "The bank said no.",
            "instance": "/payments/7",
            "code": 1001,
            "name": "CARD_DECLINED",
            "balance": 30,
        })
    );
    // The members come in the RFC's order.
    let text = serde_json::to_string(&problem).unwrap();
    assert!(
        text.starts_with(
            r#"{"type":"https://docs.example.com/errors/1001#CARD_DECLINED","title":"#
        ),
        "{text}"
    );
    assert_eq!(
        problem.to_string(),
        "The card was declined. (402): The bank said no."
    );
}

#[test]
fn defaults_about_blank_and_default_http() {
    // No `http` on the code: the catalog's `default_http`.
    assert_eq!(Api::WeakPassword.status(), 400);
    assert_eq!(Problem::from(Api::WeakPassword).status(), Some(400));
    // No `docs_url` and no `default_http`: about:blank and 500.
    assert_eq!(Shop::OrderLocked.status(), 500);
    assert_eq!(Shop::OrderLocked.docs_url(), None);
    let problem = Problem::from(Shop::OrderLocked);
    assert_eq!(problem.type_uri(), "about:blank");
    assert_eq!(problem.status(), Some(500));
    // A code without a message is titled by its name.
    #[allow(deprecated)]
    let title = Problem::from(Shop::ThreeDSecureRequired)
        .title()
        .map(str::to_owned);
    assert_eq!(title.as_deref(), Some("THREE_D_SECURE_REQUIRED"));
}

#[test]
fn docs_urls_format_without_allocating_and_link_from_the_docs() {
    let url = Api::EmailTaken.docs_url().unwrap();
    assert_eq!(
        url.to_string(),
        "https://docs.example.com/errors/2001#EMAIL_TAKEN"
    );
    assert_eq!(
        url.template(),
        "https://docs.example.com/errors/{code}#{name}"
    );
    assert_eq!(<Api as Code>::docs_url(Api::EmailTaken), Some(url));
}

#[test]
fn any_rfc_9457_body_deserializes() {
    let body = json!({
        "type": "https://example.com/probs/out-of-credit",
        "title": "You do not have enough credit.",
        "status": 403,
        "detail": "Your current balance is 30, but that costs 50.",
        "instance": "/account/12345/msgs/abc",
        "balance": 30,
        "accounts": ["/account/12345", "/account/67890"],
        "code": 987654
    });
    let problem: Problem = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(problem.status(), Some(403));
    assert_eq!(
        problem.detail(),
        Some("Your current balance is 30, but that costs 50.")
    );
    assert_eq!(problem.extensions()["balance"], 30);
    assert_eq!(problem.extensions()["accounts"][1], "/account/67890");
    assert_eq!(problem.code_as::<Api>(), Some(Open::Unknown(987_654)));
    assert_eq!(problem.name(), None);
    // Unknown members survive a round trip.
    assert_eq!(serde_json::to_value(&problem).unwrap(), body);
    // `type` may be absent (about:blank).
    let minimal: Problem = serde_json::from_value(json!({"title": "x"})).unwrap();
    assert_eq!(minimal.type_uri(), "about:blank");
}

/// RFC 9457 §3.1: a member whose value has the wrong type is ignored, not
/// an error, so one odd proxy does not lose the client the code.
#[test]
fn mistyped_members_are_ignored() {
    let read = |body: serde_json::Value| -> Problem {
        serde_json::from_value(body.clone()).unwrap_or_else(|e| panic!("{body}: {e}"))
    };
    let odd = read(json!({
        "type": 7,
        "title": 5,
        "status": "404",
        "detail": ["a"],
        "instance": {"x": 1},
        "code": "101",
        "name": false,
        "retry": "soon",
    }));
    assert_eq!(odd.type_uri(), "about:blank");
    assert_eq!(
        (odd.title(), odd.status(), odd.detail(), odd.instance()),
        (None, None, None, None)
    );
    assert_eq!((odd.code(), odd.name()), (None, None));
    assert_eq!(odd.extensions()["retry"], "soon");
    // Each mistyped member alone leaves the others read.
    for (member, value) in [
        ("type", json!(null)),
        ("title", json!(5)),
        ("status", json!("404")),
        ("status", json!(true)),
        ("status", json!(-1)),
        ("status", json!(1000)),
        ("status", json!(404.5)),
        ("status", json!(1e300)),
        ("detail", json!(3)),
        ("instance", json!([])),
        ("code", json!("101")),
        ("code", json!(4_294_967_296_u64)),
        ("code", json!(-101)),
        ("name", json!(101)),
    ] {
        let mut body = json!({
            "type": "https://docs.example.com/errors/101",
            "title": "Not found",
            "status": 404,
            "detail": "no post 42",
            "instance": "/posts/42",
            "code": 101,
            "name": "OBJECT_NOT_FOUND",
        });
        body[member] = value;
        let problem = read(body);
        assert_eq!(problem.code().is_some(), member != "code", "{member}");
        assert_eq!(problem.status().is_some(), member != "status", "{member}");
        assert_eq!(problem.title().is_some(), member != "title", "{member}");
        assert_eq!(problem.name().is_some(), member != "name", "{member}");
        assert!(problem.extensions().is_empty(), "{member}");
    }
    // A whole number written as a decimal is that number.
    let decimal = read(json!({"status": 404.0, "code": 101.0}));
    assert_eq!((decimal.status(), decimal.code()), (Some(404), Some(101)));
    // Not an object: not a problem.
    for body in [json!([]), json!("x"), json!(404), json!(null)] {
        assert!(serde_json::from_value::<Problem>(body).is_err());
    }
}

#[test]
fn http_status_codes() {
    assert_eq!(
        Api::InvoiceMissing.http_status_code(),
        http::StatusCode::NOT_FOUND
    );
    assert_eq!(
        Api::WeakPassword.http_status_code(),
        http::StatusCode::BAD_REQUEST
    );
}
