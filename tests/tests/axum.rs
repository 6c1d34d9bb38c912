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

/// The detail in the caller's language: the best of the catalog's languages
/// for the request's `Accept-Language`.
async fn refund_in(accepted: errcodes::AcceptLanguage) -> Problem {
    let values = with_values::RefundTooLarge {
        amount: 1500,
        remaining: 900,
    };
    Problem::from_args_in(
        &values,
        accepted.pick(WithValues::LANGUAGES).unwrap_or_default(),
    )
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
        .route("/fine", get(fine))
        .route("/refund-in", get(refund_in));
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

#[tokio::test]
async fn the_detail_is_in_the_callers_language() {
    let base = serve().await;
    let url = format!("{base}/refund-in");
    let english = "Refund of 1500 cents exceeds the remaining 900.";
    let chinese = "退款 1500 分超过剩余的 900 分。";
    // (Accept-Language, detail, Content-Language)
    let cases: [(Option<&str>, &str, Option<&str>); 9] = [
        (Some("zh-CN,zh;q=0.9,en;q=0.8"), chinese, Some("zh")),
        (Some("en;q=0.5, zh;q=0.6"), chinese, Some("zh")),
        (Some("zh;q=0, en"), english, None),
        (Some("*"), english, None),
        (Some("fr"), english, None),
        (Some("de, ja;q=0.9"), english, None),
        (Some(";;;,=,q=2,zh;q=x"), english, None),
        (Some("ZH-tw"), chinese, Some("zh")),
        (None, english, None),
    ];
    for (accept, detail, language) in cases {
        let headers: Vec<(&str, &str)> =
            accept.map(|a| ("accept-language", a)).into_iter().collect();
        let answer = errcodes_test_support::request(http::Method::GET, &url, &headers).await;
        assert_eq!(answer.status, 422, "{accept:?}");
        let body: Value = serde_json::from_str(&answer.body).unwrap();
        assert_eq!(body["detail"], detail, "{accept:?}");
        // The title is the code's in every response.
        assert_eq!(body["title"], "Refund too large");
        assert_eq!(
            answer
                .headers
                .get("content-language")
                .map(|v| v.to_str().unwrap()),
            language,
            "{accept:?}"
        );
    }
}

#[test]
fn accept_language_is_read_as_rfc_9110_writes_it() {
    use errcodes::AcceptLanguage;
    let pick = |header: &str| AcceptLanguage::parse(header).pick(&["en", "zh", "fr"]);
    assert_eq!(pick("fr;q=0.001, zh;q=0"), Some("fr"));
    assert_eq!(
        pick("fr;q=1.001, zh;q=0.5"),
        Some("zh"),
        "q above 1 is malformed"
    );
    assert_eq!(pick("fr;q=.5, zh;q=0.4"), Some("zh"), "q needs its 0");
    assert_eq!(
        pick("fr;q=0.5000, zh;q=0.4"),
        Some("zh"),
        "at most three decimals"
    );
    assert_eq!(pick("fr;Q=1.000, en;q=0.9"), Some("fr"));
    assert_eq!(pick("*;q=0.5, zh"), Some("zh"));
    assert_eq!(pick("*;q=0"), Some("en"), "nothing acceptable: the first");
    assert_eq!(
        pick("-zh, zh-, z h"),
        Some("en"),
        "malformed ranges are skipped"
    );
    assert_eq!(
        pick("fr, zh"),
        Some("zh"),
        "equal weights: the catalog's order"
    );
    assert_eq!(AcceptLanguage::parse("fr").pick(&[]), None);
    // A hostile header: a million ranges, read in one pass, only 32 kept.
    let long = "xx;q=0.9,".repeat(1_000_000) + "zh";
    assert_eq!(AcceptLanguage::parse(&long).pick(&["en", "zh"]), Some("en"));
}
