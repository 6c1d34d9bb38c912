//! Generated enums and `Problem` as axum responses, served on a real socket
//! (`127.0.0.1:0`) and fetched with a real HTTP client (hyper's).

use axum::routing::get;
use axum::Router;
use errcodes::Problem;
use serde_json::Value;

errcodes::error_codes!("catalogs/api.yaml", name = Api);

/// A subset, as a billing service would generate it.
mod billing {
    errcodes::error_codes!(
        "catalogs/api.yaml",
        name = BillingError,
        groups = ["billing"],
        parent = super::Api,
    );
}

async fn invoice() -> Result<String, billing::BillingError> {
    Err(billing::BillingError::InvoiceMissing)
}

async fn password() -> Result<&'static str, Api> {
    Err(Api::WeakPassword)
}

async fn declined() -> Result<&'static str, Problem> {
    Err(Api::CardDeclined
        .problem()
        .with_detail("Insufficient funds.")
        .with_instance("/payments/7"))
}

errcodes::error_codes!("catalogs/params.yaml", name = WithValues);

/// A message with values, answered as is.
async fn refund() -> Result<&'static str, with_values::RefundTooLarge> {
    Err(with_values::RefundTooLarge {
        amount: 1500,
        remaining: 900,
    })
}

/// One with borrowed text values.
async fn field() -> Result<&'static str, with_values::InvalidFieldType<'static>> {
    Err(with_values::InvalidFieldType {
        field: "nick",
        expected: "String",
        actual: "Number",
    })
}

async fn fine() -> Result<&'static str, Api> {
    Ok("fine")
}

/// The router on a fresh loopback port, and its base URL.
async fn serve() -> String {
    let app = Router::new()
        .route("/invoice", get(invoice))
        .route("/password", get(password))
        .route("/declined", get(declined))
        .route("/refund", get(refund))
        .route("/field", get(field))
        .route("/fine", get(fine));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{address}")
}

/// Status, content type and JSON body (or the body as a string, when it
/// is not JSON) of `GET url`.
async fn fetch(url: &str) -> (u16, String, Value) {
    let (status, content_type, body) =
        errcodes_test_support::exchange(http::Method::GET, url).await;
    let json = serde_json::from_str(&body).unwrap_or(Value::String(body));
    (status, content_type, json)
}

#[tokio::test]
async fn handlers_answer_with_problem_details() {
    let base = serve().await;

    let (status, content_type, body) = fetch(&format!("{base}/invoice")).await;
    assert_eq!(status, 404);
    assert_eq!(content_type, "application/problem+json");
    assert_eq!(
        body["type"],
        "https://docs.example.com/errors/1002#INVOICE_MISSING"
    );
    assert_eq!(body["title"], "No such invoice.");
    assert_eq!(body["status"], 404);
    assert_eq!(body["code"], 1002);
    assert_eq!(body["name"], "INVOICE_MISSING");

    // A code without `http`: the catalog's `default_http`.
    let (status, content_type, body) = fetch(&format!("{base}/password")).await;
    assert_eq!(
        (status, content_type.as_str()),
        (400, "application/problem+json")
    );
    assert_eq!(
        (body["code"].as_u64(), body["status"].as_u64()),
        (Some(2002), Some(400))
    );

    let (status, _, body) = fetch(&format!("{base}/declined")).await;
    assert_eq!(status, 402);
    assert_eq!(body["detail"], "Insufficient funds.");
    assert_eq!(body["instance"], "/payments/7");

    // A message with values: the formatted message in `detail`, a member
    // per value, the code's status.
    let (status, content_type, body) = fetch(&format!("{base}/refund")).await;
    assert_eq!(
        (status, content_type.as_str()),
        (422, "application/problem+json")
    );
    assert_eq!(
        body["detail"],
        "Refund of 1500 cents exceeds the remaining 900."
    );
    assert_eq!(
        (body["amount"].as_u64(), body["remaining"].as_u64()),
        (Some(1500), Some(900))
    );
    assert_eq!(
        (body["code"].as_u64(), body["name"].as_str()),
        (Some(4105), Some("REFUND_TOO_LARGE"))
    );
    let (status, _, body) = fetch(&format!("{base}/field")).await;
    assert_eq!(status, 400);
    assert_eq!(body["field"], "nick");
    assert_eq!(
        with_values::InvalidFieldType::parse(body["detail"].as_str().unwrap()).map(|v| v.actual),
        Some("Number")
    );

    let (status, _, body) = fetch(&format!("{base}/fine")).await;
    assert_eq!((status, body), (200, Value::String("fine".into())));
}
