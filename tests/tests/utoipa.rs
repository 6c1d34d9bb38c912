//! utoipa: two handlers of a real axum server (on `127.0.0.1:0`), each
//! with its own subset enum as its error type; the service's
//! `/openapi.json`, fetched over HTTP, lists exactly each handler's codes
//! under their statuses, each an example problem, and passes
//! `openapi-spec-validator` and `redocly lint`.

use axum::routing::get;
use axum::Router;
use errcodes::Problem;
use serde_json::Value;
use utoipa::OpenApi;

mod billing {
    errcodes::error_codes!(
        "catalogs/api.yaml",
        name = BillingError,
        groups = ["billing"]
    );
}

mod accounts {
    errcodes::error_codes!(
        "catalogs/api.yaml",
        name = AccountError,
        groups = ["accounts"]
    );
}

use accounts::AccountError;
use billing::BillingError;

/// An invoice.
#[utoipa::path(get, path = "/invoice", responses((status = 200, body = String), BillingError))]
async fn invoice() -> Result<String, BillingError> {
    Err(BillingError::ALL[0])
}

/// Signing up.
#[utoipa::path(get, path = "/signup", responses((status = 200, body = String), AccountError))]
async fn signup() -> Result<String, AccountError> {
    Err(AccountError::ALL[0])
}

#[derive(OpenApi)]
#[openapi(
    paths(invoice, signup),
    components(schemas(Problem, BillingError, AccountError))
)]
struct ApiDoc;

/// The service's document, as it serves it.
async fn document() -> ([(http::HeaderName, &'static str); 1], String) {
    let json = ApiDoc::openapi().to_json().unwrap_or_default();
    ([(http::header::CONTENT_TYPE, "application/json")], json)
}

#[tokio::test]
async fn each_handler_documents_exactly_its_codes() {
    let app = Router::new()
        .route("/invoice", get(invoice))
        .route("/signup", get(signup))
        .route("/openapi.json", get(document));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let (status, _, body) = errcodes_test_support::exchange(
        http::Method::GET,
        &format!("http://{address}/openapi.json"),
    )
    .await;
    assert_eq!(status, 200);
    let doc: Value = serde_json::from_str(&body).unwrap();

    let documented = |path: &str| -> Vec<(String, u64)> {
        let mut out = Vec::new();
        for (status, response) in doc["paths"][path]["get"]["responses"].as_object().unwrap() {
            if status == "200" {
                continue;
            }
            let examples = &response["content"]["application/problem+json"]["examples"];
            for example in examples.as_object().unwrap().values() {
                assert_eq!(example["value"]["status"].to_string(), *status, "{path}");
                out.push((status.clone(), example["value"]["code"].as_u64().unwrap()));
            }
        }
        out.sort();
        out
    };
    let expected = |all: Vec<(u16, u32)>| -> Vec<(String, u64)> {
        let mut out: Vec<(String, u64)> = all
            .into_iter()
            .map(|(s, c)| (s.to_string(), u64::from(c)))
            .collect();
        out.sort();
        out
    };
    assert_eq!(
        documented("/invoice"),
        expected(
            BillingError::ALL
                .iter()
                .map(|c| (c.status(), c.code()))
                .collect()
        )
    );
    assert_eq!(
        documented("/signup"),
        expected(
            AccountError::ALL
                .iter()
                .map(|c| (c.status(), c.code()))
                .collect()
        )
    );
    // The subset enums and `Problem` are schemas, named as the members.
    let schema = &doc["components"]["schemas"]["BillingError"];
    let names: Vec<&str> = BillingError::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(schema["x-enum-varnames"], serde_json::json!(names));
    assert_eq!(doc["components"]["schemas"]["Problem"]["type"], "object");

    // And a real validator accepts it, when one is installed.
    let python = std::env::var_os("ERRCODES_PYTHON").unwrap_or_else(|| "python3".into());
    let has_validator = std::process::Command::new(&python)
        .args(["-c", "import openapi_spec_validator"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        has_validator || std::env::var_os("ERRCODES_REQUIRE_TOOLS").is_none(),
        "openapi-spec-validator is required"
    );
    if has_validator {
        let file =
            std::env::temp_dir().join(format!("errcodes-utoipa-{}.json", std::process::id()));
        std::fs::write(&file, &body).unwrap();
        let run = std::process::Command::new(&python)
            .args(["-m", "openapi_spec_validator"])
            .arg(&file)
            .output()
            .unwrap();
        std::fs::remove_file(&file).ok();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stdout)
        );
    }
}
