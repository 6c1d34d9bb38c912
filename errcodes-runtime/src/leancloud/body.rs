//! The JSON error body of LeanCloud's REST API.

use alloc::string::String;
use core::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use super::ErrorCode;
use crate::Open;

/// An error as LeanCloud's REST API sends it.
///
/// A failed request answers with HTTP 4xx and `{"code": 101, "error": "…"}`;
/// a batch request answers 200 with one `{"error": {"code": …, "error": …}}`
/// per failed item. Both shapes deserialize into this type and serialize back
/// to the shape they came from. The number is kept even when the catalog does
/// not know it, and the text is kept exactly as sent (servers often extend the
/// catalog's message, e.g. `CQL syntax error.Detail: …`).
///
/// ```
/// use errcodes::leancloud::{ErrorBody, ErrorCode};
///
/// let body: ErrorBody = serde_json::from_str(r#"{"code":101,"error":"Object doesn't exist, or has an incorrect password."}"#)?;
/// assert_eq!(body.code(), Some(ErrorCode::ObjectNotFound));
///
/// let unknown: ErrorBody = serde_json::from_str(r#"{"code":9999,"error":"A new server error"}"#)?;
/// assert_eq!((unknown.code(), unknown.raw_code()), (None, 9999));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ErrorBody {
    code: Open<ErrorCode>,
    error: String,
    batch_item: bool,
}

impl ErrorBody {
    /// A top-level body, `{"code": code, "error": error}`.
    #[must_use]
    pub fn new(code: u32, error: impl Into<String>) -> ErrorBody {
        ErrorBody {
            code: Open::from(code),
            error: error.into(),
            batch_item: false,
        }
    }

    /// A batch result item, `{"error": {"code": code, "error": error}}`.
    #[must_use]
    pub fn batch_item(code: u32, error: impl Into<String>) -> ErrorBody {
        ErrorBody {
            batch_item: true,
            ..ErrorBody::new(code, error)
        }
    }

    /// The body for `code` with its catalog message.
    #[must_use]
    pub fn from_code(code: ErrorCode) -> ErrorBody {
        ErrorBody::new(code.code(), code.message())
    }

    /// The code, if the catalog knows the number.
    #[must_use]
    pub const fn code(&self) -> Option<ErrorCode> {
        match self.code {
            Open::Known(code) => Some(code),
            Open::Unknown(_) => None,
        }
    }

    /// The number as sent, known to the catalog or not.
    #[must_use]
    pub const fn raw_code(&self) -> u32 {
        match self.code {
            Open::Known(code) => code.code(),
            Open::Unknown(number) => number,
        }
    }

    /// The code as sent: known to the catalog, or a number it lacks.
    #[must_use]
    pub const fn open_code(&self) -> Open<ErrorCode> {
        self.code
    }

    /// The text as sent.
    #[must_use]
    pub fn error(&self) -> &str {
        &self.error
    }

    /// Whether the body came as (or will be written as) a batch result item.
    #[must_use]
    pub const fn is_batch_item(&self) -> bool {
        self.batch_item
    }
}

impl fmt::Display for ErrorBody {
    /// `101: Object doesn't exist, …`, the number and the text as sent.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.raw_code(), self.error)
    }
}

impl core::error::Error for ErrorBody {}

impl Serialize for ErrorBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Inner<'a>(&'a ErrorBody);
        impl Serialize for Inner<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("code", &self.0.code)?;
                map.serialize_entry("error", &self.0.error)?;
                map.end()
            }
        }
        if self.batch_item {
            let mut map = serializer.serialize_map(Some(1))?;
            map.serialize_entry("error", &Inner(self))?;
            map.end()
        } else {
            Inner(self).serialize(serializer)
        }
    }
}

impl<'de> Deserialize<'de> for ErrorBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ErrorBody, D::Error> {
        deserializer.deserialize_map(BodyVisitor)
    }
}

/// The keys of a body; anything else is skipped.
enum Key {
    Code,
    Error,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "code" => Key::Code,
                    "error" => Key::Error,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// The value of `"error"`: the text, or a whole nested body in a batch item.
enum ErrorField {
    Text(String),
    Nested(ErrorBody),
}

impl<'de> Deserialize<'de> for ErrorField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ErrorField, D::Error> {
        struct FieldVisitor;
        impl<'de> Visitor<'de> for FieldVisitor {
            type Value = ErrorField;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the error text, or an object with `code` and `error`")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<ErrorField, E> {
                Ok(ErrorField::Text(text.into()))
            }
            fn visit_string<E: de::Error>(self, text: String) -> Result<ErrorField, E> {
                Ok(ErrorField::Text(text))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ErrorField, A::Error> {
                let body = BodyVisitor.visit_map(map)?;
                if body.batch_item {
                    return Err(de::Error::custom(
                        "a batch item's `error` holds `code` and `error`, not another item",
                    ));
                }
                Ok(ErrorField::Nested(body))
            }
        }
        deserializer.deserialize_any(FieldVisitor)
    }
}

struct BodyVisitor;

impl<'de> Visitor<'de> for BodyVisitor {
    type Value = ErrorBody;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"a LeanCloud error body: {"code": …, "error": "…"} or {"error": {"code": …, "error": "…"}}"#)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ErrorBody, A::Error> {
        let mut code: Option<Open<ErrorCode>> = None;
        let mut error: Option<ErrorField> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Code if code.is_some() => return Err(de::Error::duplicate_field("code")),
                Key::Error if error.is_some() => return Err(de::Error::duplicate_field("error")),
                Key::Code => code = Some(map.next_value()?),
                Key::Error => error = Some(map.next_value()?),
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        match (code, error) {
            (Some(code), Some(ErrorField::Text(error))) => Ok(ErrorBody {
                code,
                error,
                batch_item: false,
            }),
            (None, Some(ErrorField::Nested(body))) => Ok(ErrorBody {
                batch_item: true,
                ..body
            }),
            (Some(_), Some(ErrorField::Nested(_))) => Err(de::Error::custom(
                "a body has either `code` with an `error` text, or only a nested `error` object",
            )),
            (None, Some(ErrorField::Text(_))) => Err(de::Error::missing_field("code")),
            (_, None) => Err(de::Error::missing_field("error")),
        }
    }
}
