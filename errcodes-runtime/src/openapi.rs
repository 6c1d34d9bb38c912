//! utoipa integration (feature `utoipa`): what a handler's error type says
//! in the service's OpenAPI document. A generated enum — a per-service
//! subset, typically — is a schema (an integer enum of its numbers, its
//! members named by `x-enum-varnames`) and a set of responses: one per HTTP
//! status its codes are answered with, `application/problem+json`, each code
//! an example problem as `Problem::of` writes it.

use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use serde_json::{json, Map, Value};
use utoipa::openapi::{RefOr, Response, Schema};

use crate::problem::{Problem, CONTENT_TYPE};
use crate::Code;

/// A schema written as JSON, read as utoipa's type: the same document
/// either way, written once.
fn schema(value: Value) -> RefOr<Schema> {
    // The values below are OpenAPI schemas; one that utoipa could not read
    // would be a bug here, shown as an empty schema rather than a panic.
    serde_json::from_value(value).unwrap_or_else(|_| RefOr::T(Schema::default()))
}

/// The schema of the codes of `C`: an integer enum of their numbers, the
/// members named by `x-enum-varnames`, their messages in
/// `x-enum-descriptions`.
#[must_use]
pub fn code_schema<C: Code>() -> RefOr<Schema> {
    let numbers: Vec<u32> = C::ALL.iter().map(|c| c.code()).collect();
    let names: Vec<&str> = C::ALL.iter().map(|c| c.name()).collect();
    let messages: Vec<&str> = C::ALL
        .iter()
        .map(|c| {
            if c.message().is_empty() {
                c.name()
            } else {
                c.message()
            }
        })
        .collect();
    schema(json!({
        "type": "integer",
        "format": "int64",
        "minimum": 0,
        "maximum": 4_294_967_295_u32,
        "enum": numbers,
        "x-enum-varnames": names,
        "x-enum-descriptions": messages,
    }))
}

/// The responses of the codes of `C`: one per HTTP status, keyed by it,
/// each code of that status an example problem.
#[must_use]
pub fn code_responses<C: Code>() -> BTreeMap<String, RefOr<Response>> {
    let mut by_status: BTreeMap<u16, Vec<C>> = BTreeMap::new();
    for &code in C::ALL {
        by_status.entry(code.status()).or_default().push(code);
    }
    by_status
        .into_iter()
        .map(|(status, codes)| {
            let listed: Vec<String> = codes
                .iter()
                .map(|c| format!("{} {}", c.code(), c.name()))
                .collect();
            let mut examples = Map::new();
            for code in &codes {
                examples.insert(
                    code.name().into(),
                    json!({
                        "summary": format!("{} {}", code.code(), code.name()),
                        "value": Problem::of(*code),
                    }),
                );
            }
            let response = json!({
                "description": format!("Answered with {}.", listed.join(", ")),
                "content": {
                    CONTENT_TYPE: {
                        "schema": { "$ref": "#/components/schemas/Problem" },
                        "examples": examples,
                    }
                }
            });
            let response = serde_json::from_value(response)
                .unwrap_or_else(|_| RefOr::T(Response::new(format!("HTTP {status}"))));
            (format!("{status}"), response)
        })
        .collect()
}

impl utoipa::PartialSchema for Problem {
    fn schema() -> RefOr<Schema> {
        schema(json!({
            "description": "Problem details (RFC 9457) for an error code.",
            "type": "object",
            "properties": {
                "type": { "type": "string" },
                "title": { "type": "string" },
                "status": { "type": "integer", "minimum": 100, "maximum": 599 },
                "detail": { "type": "string" },
                "instance": { "type": "string" },
                "code": { "type": "integer", "format": "int64", "minimum": 0, "maximum": 4_294_967_295_u32 },
                "name": { "type": "string" },
                "tags": { "type": "array", "items": { "type": "string" } },
            },
            "required": ["type", "title", "status", "code", "name"],
        }))
    }
}

impl utoipa::ToSchema for Problem {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Problem")
    }
}
