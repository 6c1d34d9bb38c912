//! An OpenAPI document of the catalog (3.1 by default, 3.0 for tools that
//! lag): what a service's API document says about its errors, for the user
//! to merge with their paths (`paths` stays empty; `servers` is `/`).
//!
//! `components.schemas` holds `ErrorCode` (the numbers, an integer enum
//! with `x-enum-varnames` and `x-enum-descriptions`, so generators name the
//! members; `x-enum-deprecated` names the deprecated ones), `ErrorCodeName`
//! (the names), `Problem` (RFC 9457's members and `code`, `name`, `tags`),
//! and for each code with values `XProblem`: a `Problem` with its typed
//! members. `components.responses` has one `ProblemNNN` per HTTP status the
//! catalog answers with, its `application/problem+json` content listing
//! each code of that status as an example problem, as `errcodes` itself
//! writes it.

use serde_json::{json, Map, Value};

use errcodes_catalog::{Code, ParamKind, TemplatePart};

use super::model::Model;
use super::values;

/// The OpenAPI versions the document can be written in.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// OpenAPI 3.1 (JSON Schema 2020-12).
    #[value(name = "3.1")]
    V31,
    /// OpenAPI 3.0, for tools that do not read 3.1 yet.
    #[value(name = "3.0")]
    V30,
}

/// The document's text.
pub fn render(model: &Model<'_>, version: Version) -> String {
    let mut text = serde_json::to_string_pretty(&document(model, version)).unwrap_or_default();
    text.push('\n');
    text
}

fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// The document as a value.
pub fn document(model: &Model<'_>, version: Version) -> Value {
    let openapi = match version {
        Version::V31 => "3.1.0",
        Version::V30 => "3.0.3",
    };
    json!({
        "openapi": openapi,
        "info": {
            "title": format!("Error codes of {}", model.from.source),
            "version": env!("CARGO_PKG_VERSION"),
            "description": model.from.line(&format!("openapi --openapi {}", &openapi[..3])),
        },
        // Where the API is served: the host the document is read from, until
        // the service's own document says otherwise.
        "servers": [{ "url": "/" }],
        "paths": {},
        "components": {
            "schemas": schemas(model),
            "responses": responses(model),
        },
    })
}

/// `components.schemas`: the enums, `Problem`, and a problem per code with
/// values.
fn schemas(model: &Model<'_>) -> Map<String, Value> {
    let catalog = model.catalog;
    let codes = model.codes();
    let mut schemas = Map::new();
    schemas.insert(
        "ErrorCode".into(),
        json!({
            "description": "An error code of the catalog: its number.",
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "maximum": 4_294_967_295_u32,
            "enum": codes.iter().map(|c| c.code).collect::<Vec<_>>(),
            "x-enum-varnames": codes.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
            "x-enum-descriptions": codes.iter().map(description).collect::<Vec<_>>(),
            "x-enum-deprecated": codes
                .iter()
                .filter(|c| c.deprecated.is_some())
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>(),
        }),
    );
    schemas.insert(
        "ErrorCodeName".into(),
        json!({
            "description": "The catalog name of an error code.",
            "type": "string",
            "enum": codes.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        }),
    );
    let wire_tags: Vec<&str> = catalog
        .tags
        .iter()
        .filter(|t| t.wire)
        .map(|t| t.key.as_str())
        .collect();
    let mut tags = json!({ "type": "array", "items": { "type": "string" } });
    if !wire_tags.is_empty() {
        tags["items"]["enum"] = json!(wire_tags);
    }
    schemas.insert(
        "Problem".into(),
        json!({
            "description": "Problem details (RFC 9457) for an error code of the catalog.",
            "type": "object",
            "properties": {
                "type": { "type": "string", "format": "uri-reference", "description": "The code's documentation link, or about:blank." },
                "title": { "type": "string", "description": "A short summary of the code, the same for every occurrence." },
                "status": { "type": "integer", "minimum": 100, "maximum": 599 },
                "detail": { "type": "string", "description": "This occurrence: a code's message with its values written in." },
                "instance": { "type": "string", "format": "uri-reference" },
                "code": schema_ref("ErrorCode"),
                "name": schema_ref("ErrorCodeName"),
                "tags": tags,
            },
            "required": ["type", "title", "status", "code", "name"],
            "additionalProperties": true,
        }),
    );
    for (code, _) in &model.values {
        let mut properties = Map::new();
        for param in &code.params {
            properties.insert(param.name.clone(), param_schema(param.kind));
        }
        let names: Vec<&str> = code.params.iter().map(|p| p.name.as_str()).collect();
        schemas.insert(
            format!("{}Problem", values::upper(code)),
            json!({
                "description": format!("The problem of {} ({}), with its values as members.", code.name, code.code),
                "allOf": [
                    schema_ref("Problem"),
                    { "type": "object", "properties": properties, "required": names },
                ],
            }),
        );
    }
    schemas
}

/// `components.responses`: one per HTTP status, each code of it an example.
fn responses(model: &Model<'_>) -> Map<String, Value> {
    let catalog = model.catalog;
    let codes = model.codes();
    let mut statuses: Vec<u16> = codes.iter().map(|c| catalog.http_of(c)).collect();
    statuses.sort_unstable();
    statuses.dedup();
    let mut responses = Map::new();
    for status in statuses {
        let answered: Vec<&Code> = codes
            .iter()
            .filter(|c| catalog.http_of(c) == status)
            .collect();
        let mut examples = Map::new();
        for code in &answered {
            examples.insert(
                code.name.clone(),
                json!({
                    "summary": format!("{} {}", code.code, code.name),
                    "value": example(model, code),
                }),
            );
        }
        let listed: Vec<String> = answered
            .iter()
            .map(|c| format!("{} {}", c.code, c.name))
            .collect();
        responses.insert(
            format!("Problem{status}"),
            json!({
                "description": format!("The catalog's codes answered with HTTP {status}: {}.", listed.join(", ")),
                "content": {
                    "application/problem+json": {
                        "schema": schema_ref("Problem"),
                        "examples": examples,
                    }
                },
            }),
        );
    }
    responses
}

/// A code's entry in `x-enum-descriptions`: its message, or its name; and
/// why it is deprecated.
fn description(code: &Code) -> String {
    let text = if code.message.is_empty() {
        code.name.clone()
    } else {
        code.message.clone()
    };
    match &code.deprecated {
        Some(why) => format!("{text} (deprecated: {why})"),
        None => text,
    }
}

/// The JSON Schema of a value of `kind` in a problem body: a decimal that
/// JSON cannot hold is the text the message writes.
fn param_schema(kind: ParamKind) -> Value {
    match kind {
        ParamKind::Str => json!({ "type": "string" }),
        ParamKind::Bool => json!({ "type": "boolean" }),
        ParamKind::U32 => json!({ "type": "integer", "minimum": 0, "maximum": u32::MAX }),
        ParamKind::U64 => json!({ "type": "integer", "minimum": 0, "maximum": u64::MAX }),
        ParamKind::I32 => json!({ "type": "integer", "minimum": i32::MIN, "maximum": i32::MAX }),
        ParamKind::I64 => json!({ "type": "integer", "minimum": i64::MIN, "maximum": i64::MAX }),
        ParamKind::F64 => json!({
            "oneOf": [
                { "type": "number" },
                { "type": "string", "enum": ["NaN", "inf", "-inf"] },
            ]
        }),
    }
}

/// An example value of `kind`, as the message writes it and as JSON.
fn example_value(kind: ParamKind, name: &str) -> (String, Value) {
    match kind {
        ParamKind::Str => (name.to_owned(), json!(name)),
        ParamKind::Bool => ("true".to_owned(), json!(true)),
        ParamKind::U32 | ParamKind::U64 => ("42".to_owned(), json!(42)),
        ParamKind::I32 | ParamKind::I64 => ("-7".to_owned(), json!(-7)),
        ParamKind::F64 => ("2.5".to_owned(), json!(2.5)),
    }
}

/// The problem `errcodes` answers `code` with (for a code with values,
/// with example values written into `detail` and as members).
fn example(model: &Model<'_>, code: &Code) -> Value {
    let catalog = model.catalog;
    let mut problem = json!({
        "type": catalog.docs_url_of(code).unwrap_or_else(|| "about:blank".to_owned()),
        "title": code.title(),
        "status": catalog.http_of(code),
        "code": code.code,
        "name": code.name,
    });
    let wire: Vec<&str> = catalog
        .tags
        .iter()
        .filter(|t| t.wire && code.tags.contains(&t.key))
        .map(|t| t.key.as_str())
        .collect();
    if !wire.is_empty() {
        problem["tags"] = json!(wire);
    }
    if let Some(template) = code
        .template_of(&code.message)
        .filter(|_| !code.params.is_empty())
    {
        let examples: Vec<(String, Value)> = code
            .params
            .iter()
            .map(|p| example_value(p.kind, &p.name))
            .collect();
        let detail: String = template
            .parts
            .iter()
            .map(|part| match part {
                TemplatePart::Text(text) => text.clone(),
                TemplatePart::Value(index) => examples[*index].0.clone(),
            })
            .collect();
        problem["detail"] = json!(detail);
        for (param, (_, value)) in code.params.iter().zip(examples) {
            problem[param.name.as_str()] = value;
        }
    }
    problem
}
