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
    // `type` may be absent (about:blank); a wrong type is refused.
    let minimal: Problem = serde_json::from_value(json!({"title": "x"})).unwrap();
    assert_eq!(minimal.type_uri(), "about:blank");
    assert!(serde_json::from_value::<Problem>(json!({"status": "403"})).is_err());
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
