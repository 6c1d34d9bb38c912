//! What the workspace's tests of real HTTP services share: one exchange
//! with a server (on `127.0.0.1:0`) through hyper's client, as a user's
//! client would make it.

use std::time::Duration;

use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

/// How long a test waits for its server to answer: long, for a loaded
/// machine; a server that never answers fails the test instead of hanging it.
const PATIENCE: Duration = Duration::from_secs(30);

/// The status, the content type (empty when there is none) and the body of
/// the answer to an empty-bodied `method` request for `url`.
///
/// # Panics
///
/// When the request cannot be made or answered, or takes longer than
/// 30 seconds: these are tests.
pub async fn exchange(method: http::Method, url: &str) -> (u16, String, String) {
    let answer = request(method, url, &[]).await;
    let content_type = answer
        .headers
        .get("content-type")
        .map(|v| v.to_str().expect("a readable content type").to_owned())
        .unwrap_or_default();
    (answer.status, content_type, answer.body)
}

/// An answer: its status, headers and body.
pub struct Answer {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: String,
}

/// The answer to an empty-bodied `method` request for `url` with
/// `headers`.
///
/// # Panics
///
/// When the request cannot be made or answered, or takes longer than
/// 30 seconds: these are tests.
pub async fn request(method: http::Method, url: &str, headers: &[(&str, &str)]) -> Answer {
    let client: Client<_, Empty<bytes::Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let mut request = http::Request::builder().method(method).uri(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request.body(Empty::new()).expect("a request");
    let exchange = async {
        let response = client.request(request).await.expect("an answer");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .expect("a body")
            .to_bytes();
        let body = String::from_utf8(body.to_vec()).expect("a UTF-8 body");
        Answer {
            status,
            headers,
            body,
        }
    };
    tokio::time::timeout(PATIENCE, exchange)
        .await
        .expect("the server answers within 30 s")
}
