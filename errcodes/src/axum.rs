//! Answering errors from axum handlers (feature `axum`).

use alloc::vec::Vec;

use axum_core::response::{IntoResponse, Response};
use http::header::CONTENT_TYPE;
use http::{HeaderValue, StatusCode};

use crate::problem::{Problem, CONTENT_TYPE as PROBLEM_JSON};

/// The status a problem is answered with; one that is not a valid status
/// (impossible for a checked catalog) becomes 500 rather than a panic.
fn status_of(problem: &Problem) -> StatusCode {
    problem
        .status()
        .and_then(|status| StatusCode::from_u16(status).ok())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// `application/problem+json` with the problem's status.
impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = status_of(&self);
        let body: Vec<u8> = match serde_json::to_vec(&self) {
            Ok(body) => body,
            // A `Problem` is strings, numbers and JSON values: it always
            // serializes; answer a bare 500 if that ever changes.
            Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        };
        let mut response = (status, body).into_response();
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        response
    }
}
