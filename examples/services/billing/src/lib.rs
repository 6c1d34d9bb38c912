//! The billing service: it may only return billing codes.

use shop_errors::ShopError;

errcodes::error_codes!(
    "../catalog/errors.yaml",
    name = BillingError,
    groups = ["billing"],
    parent = shop_errors::ShopError,
);

/// Charges a card; a card number ending in 0 is declined.
///
/// # Errors
///
/// [`BillingError::CardDeclined`] when the bank refuses the charge.
pub fn charge(card: &str, cents: u64) -> Result<u64, BillingError> {
    if card.ends_with('0') {
        Err(BillingError::CardDeclined)
    } else {
        Ok(cents)
    }
}

/// What the gateway sends for a billing failure: the full catalog's code.
#[must_use]
pub fn to_gateway(error: BillingError) -> ShopError {
    ShopError::from(error)
}

/// Charges `cents` to `card`.
#[utoipa::path(
    post,
    path = "/charge/{card}/{cents}",
    params(("card" = String, Path, description = "The card number"), ("cents" = u64, Path, description = "The amount")),
    responses((status = 200, description = "The amount charged", body = u64), BillingError),
)]
async fn charge_card(
    axum::extract::Path((card, cents)): axum::extract::Path<(String, u64)>,
) -> Result<axum::Json<u64>, BillingError> {
    charge(&card, cents).map(axum::Json)
}

/// The service's OpenAPI document: its operations, and as their errors
/// exactly the codes `BillingError` has.
#[derive(utoipa::OpenApi)]
#[openapi(
    paths(charge_card),
    components(schemas(errcodes::Problem, BillingError))
)]
pub struct ApiDoc;

/// The service's HTTP API. A handler returns its own codes: each becomes
/// `application/problem+json` with the catalog's status and link; the
/// document it serves at `/openapi.json` lists them.
pub fn router() -> axum::Router {
    use axum::routing::{get, post};

    async fn document() -> axum::Json<utoipa::openapi::OpenApi> {
        axum::Json(<ApiDoc as utoipa::OpenApi>::openapi())
    }

    axum::Router::new()
        .route("/charge/{card}/{cents}", post(charge_card))
        .route("/openapi.json", get(document))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn billing_codes_keep_the_shared_numbers() {
        let declined = charge("4000", 100).unwrap_err();
        assert_eq!(declined.code(), billing_error::CARD_DECLINED);
        assert_eq!(declined.code(), shop_errors::shop_error::CARD_DECLINED);
        assert_eq!(to_gateway(declined), ShopError::CardDeclined);
        assert_eq!(BillingError::ALL.len(), 2);
    }

    /// The router on a real loopback socket, called by a real HTTP client.
    #[tokio::test]
    async fn the_api_answers_with_problem_details() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router()).await.unwrap() });
        let ok = post(&format!("{base}/charge/4242/500")).await;
        assert_eq!((ok.0, ok.2.as_str()), (200, "500"));

        let (status, content_type, body) = post(&format!("{base}/charge/4000/500")).await;
        assert_eq!(status, 402);
        assert_eq!(content_type, "application/problem+json");
        let body: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(body["type"], "https://shop.example.com/docs/errors#200");
        assert_eq!(body["title"], BillingError::CardDeclined.message());
        assert_eq!(body["status"], 402);
        assert_eq!(body["code"], 200);
        assert_eq!(body["name"], "CARD_DECLINED");
    }

    /// The document the service serves lists exactly its codes as the
    /// charge's errors.
    #[tokio::test]
    async fn the_api_serves_its_openapi_document() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router()).await.unwrap() });
        let (status, _, body) =
            errcodes_test_support::exchange(http::Method::GET, &format!("{base}/openapi.json"))
                .await;
        assert_eq!(status, 200);
        let doc: serde_json::Value = serde_json::from_str(&body).unwrap();
        let responses = &doc["paths"]["/charge/{card}/{cents}"]["post"]["responses"];
        let mut codes: Vec<u64> = Vec::new();
        for (status, response) in responses.as_object().unwrap() {
            if status == "200" {
                continue;
            }
            for example in response["content"]["application/problem+json"]["examples"]
                .as_object()
                .unwrap()
                .values()
            {
                assert_eq!(example["value"]["status"].to_string(), *status);
                codes.push(example["value"]["code"].as_u64().unwrap());
            }
        }
        codes.sort_unstable();
        let mut want: Vec<u64> = BillingError::ALL
            .iter()
            .map(|c| u64::from(c.code()))
            .collect();
        want.sort_unstable();
        assert_eq!(codes, want);
    }

    /// Status, content type and body of `POST url`.
    async fn post(url: &str) -> (u16, String, String) {
        errcodes_test_support::exchange(http::Method::POST, url).await
    }

    #[test]
    fn other_services_codes_are_refused() {
        let err = BillingError::try_from(ShopError::EmailTaken).unwrap_err();
        assert_eq!(err.code(), 100);
        assert_eq!(BillingError::from_code(100), None);
    }
}
