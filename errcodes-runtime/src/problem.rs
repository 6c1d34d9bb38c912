//! RFC 9457 problem details (`application/problem+json`) for any code.

use alloc::borrow::ToOwned;
use alloc::string::{String, ToString};
use core::fmt;

use serde::de::Deserializer;
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{Args, Code, Open, Value as ArgValue};

/// The media type of a problem details body.
pub const CONTENT_TYPE: &str = "application/problem+json";

/// A problem details object (RFC 9457), as an HTTP API answers an error.
///
/// Built from any code: `type` is the code's documentation link (the
/// catalog's `docs_url`, or `about:blank`), `title` its title (the
/// catalog's `title:`, else its message — its name when it has none; for a
/// code with values, whose message is a template, its name in words:
/// `Refund too large`), `status` the catalog's status for it (or
/// `default_http`), and the extension members `code` and `name` carry the
/// number and the catalog name, and `tags` lists the code's tags the
/// catalog marks `wire: true` (absent when none). `detail` and `instance` are added with the
/// builder methods. Deserializes any RFC 9457 body, keeping extension
/// members it does not know.
///
/// ```
/// use errcodes::leancloud::ErrorCode;
/// use errcodes::{Open, Problem};
///
/// let problem = Problem::from(ErrorCode::ObjectNotFound).with_detail("no post 42");
/// let json = serde_json::to_value(&problem).unwrap();
/// assert_eq!(json["title"], "Object doesn't exist, or has an incorrect password.");
/// assert_eq!((json["status"].as_u64(), json["code"].as_u64()), (Some(404), Some(101)));
/// assert_eq!(json["type"], "about:blank");
///
/// let back: Problem = serde_json::from_value(json).unwrap();
/// assert_eq!(back.code_as::<ErrorCode>(), Some(Open::Known(ErrorCode::ObjectNotFound)));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    type_uri: String,
    title: Option<String>,
    status: Option<u16>,
    detail: Option<String>,
    instance: Option<String>,
    code: Option<u32>,
    name: Option<String>,
    extensions: Map<String, Value>,
    /// The language `detail` is written in, when it was chosen for the
    /// caller ([`Problem::from_args_in`]): not a member, a response header.
    language: Option<String>,
}

/// The members the RFC and this crate define; everything else is an extension.
const MEMBERS: &[&str] = &[
    "type", "title", "status", "detail", "instance", "code", "name",
];

impl Problem {
    /// A problem of no particular code: `type` `about:blank`, the status
    /// and title given.
    #[must_use]
    pub fn new(status: u16, title: impl Into<String>) -> Problem {
        Problem {
            type_uri: "about:blank".to_owned(),
            title: Some(title.into()),
            status: Some(status),
            detail: None,
            instance: None,
            code: None,
            name: None,
            extensions: Map::new(),
            language: None,
        }
    }

    /// The problem for `code`.
    #[must_use]
    pub fn of<C: Code>(code: C) -> Problem {
        Problem {
            type_uri: code
                .docs_url()
                .map_or_else(|| "about:blank".to_owned(), |url| url.to_string()),
            title: Some(code.entry().title().to_owned()),
            status: Some(code.status()),
            detail: None,
            instance: None,
            code: Some(code.code()),
            name: Some(code.name().to_owned()),
            extensions: wire_tags(code.entry()),
            language: None,
        }
    }

    /// The problem for a code's message with its values: that of the code,
    /// with `detail` the message with the values written in, and an
    /// extension member per parameter beside `code` and `name` (a string,
    /// number or boolean; a decimal that JSON cannot hold, such as `NaN`,
    /// as the text the message writes). A parameter named like a member
    /// this type sets (`title`, `status`, `detail`, `instance`, `code`,
    /// `name`) is in `detail` only.
    ///
    /// ```
    /// errcodes::error_codes!("../tests/catalogs/params.yaml");
    /// # use errcodes::Problem;
    /// let problem = Problem::from(error_code::RefundTooLarge { amount: 1500, remaining: 900 });
    /// let json = serde_json::to_value(&problem).unwrap();
    /// assert_eq!(json["detail"], "Refund of 1500 cents exceeds the remaining 900.");
    /// assert_eq!((json["amount"].as_u64(), json["remaining"].as_u64()), (Some(1500), Some(900)));
    /// assert_eq!(json["code"], 4105);
    /// ```
    #[must_use]
    pub fn from_args<A: Args + ?Sized>(args: &A) -> Problem {
        let mut problem = Problem::of(args.code()).with_detail(args.to_string());
        for (name, value) in args.values() {
            let value = match value {
                ArgValue::Str(text) => Value::from(text),
                ArgValue::Bool(value) => Value::from(value),
                ArgValue::U32(n) => Value::from(n),
                ArgValue::U64(n) => Value::from(n),
                ArgValue::I32(n) => Value::from(n),
                ArgValue::I64(n) => Value::from(n),
                ArgValue::F64(n) => serde_json::Number::from_f64(n)
                    .map_or_else(|| Value::from(n.to_string()), Value::Number),
            };
            problem = problem.with_extension(name, value);
        }
        problem
    }

    /// [`Problem::from_args`] with `detail` in language `lang` when the
    /// catalog translates the code's message into it (the message
    /// otherwise); the title stays the code's, the same in every response
    /// (RFC 9457). [`Problem::language`] says which language `detail` is
    /// in, for a `Content-Language` header (axum's response sets it).
    ///
    /// ```
    /// errcodes::error_codes!("../tests/catalogs/params.yaml");
    /// # use errcodes::Problem;
    /// let refund = error_code::RefundTooLarge { amount: 1500, remaining: 900 };
    /// let problem = Problem::from_args_in(&refund, "zh");
    /// assert_eq!(problem.detail(), Some("退款 1500 分超过剩余的 900 分。"));
    /// assert_eq!(problem.language(), Some("zh"));
    /// assert_eq!(problem.title(), Some("Refund too large"));
    /// assert_eq!(Problem::from_args_in(&refund, "fr").language(), None);
    /// ```
    #[must_use]
    pub fn from_args_in<A: Args + ?Sized>(args: &A, lang: &str) -> Problem {
        let mut problem = Problem::from_args(args);
        if args.code().entry().translation(lang).is_some() {
            problem.detail = Some(args.localized(lang).to_string());
            problem.language = Some(lang.to_owned());
        }
        problem
    }

    /// The language `detail` was written in for the caller, when it was
    /// chosen ([`Problem::from_args_in`]); `None` for the catalog's message.
    #[must_use]
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// Adds the human-readable explanation of this occurrence.
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Problem {
        self.detail = Some(detail.into());
        self
    }

    /// Adds the URI of this occurrence.
    #[must_use]
    pub fn with_instance(mut self, instance: impl Into<String>) -> Problem {
        self.instance = Some(instance.into());
        self
    }

    /// Adds an extension member. The members the RFC defines and `code` and
    /// `name` are set through their own methods; an extension of one of
    /// those names is ignored.
    #[must_use]
    pub fn with_extension(mut self, key: impl Into<String>, value: impl Into<Value>) -> Problem {
        let key = key.into();
        if !MEMBERS.contains(&key.as_str()) {
            self.extensions.insert(key, value.into());
        }
        self
    }

    /// `type`: a URI identifying the problem type (`about:blank` when none).
    #[must_use]
    pub fn type_uri(&self) -> &str {
        &self.type_uri
    }

    /// `title`: a short summary of the problem type.
    #[must_use]
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// `status`: the HTTP status.
    #[must_use]
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// `detail`: an explanation of this occurrence.
    #[must_use]
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// `instance`: a URI of this occurrence.
    #[must_use]
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// The `code` extension member: the error code's number.
    #[must_use]
    pub fn code(&self) -> Option<u32> {
        self.code
    }

    /// The `code` member as a code of catalog `C`, known to it or not.
    #[must_use]
    pub fn code_as<C: Code>(&self) -> Option<Open<C>> {
        self.code.map(Open::from)
    }

    /// The `name` extension member: the code's catalog name.
    #[must_use]
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The other extension members.
    #[must_use]
    pub fn extensions(&self) -> &Map<String, Value> {
        &self.extensions
    }

    /// The extension member `name` as a value of type `T` (a value of a
    /// message: `&str`, `bool`, a whole number in range, or an `f64`, which
    /// may be the text `NaN`, `inf` or `-inf`), if it is one.
    #[must_use]
    pub fn member<'a, T: Member<'a>>(&'a self, name: &str) -> Option<T> {
        T::from_member(self.extensions.get(name)?)
    }
}

/// A type a problem's extension member can be read as (the types of a
/// message's values); see [`Problem::member`].
pub trait Member<'a>: Sized {
    /// The member as this type, if it is one.
    fn from_member(value: &'a Value) -> Option<Self>;
}

impl<'a> Member<'a> for &'a str {
    fn from_member(value: &'a Value) -> Option<Self> {
        value.as_str()
    }
}

impl Member<'_> for bool {
    fn from_member(value: &Value) -> Option<Self> {
        value.as_bool()
    }
}

impl Member<'_> for u64 {
    fn from_member(value: &Value) -> Option<Self> {
        value.as_u64()
    }
}

impl Member<'_> for i64 {
    fn from_member(value: &Value) -> Option<Self> {
        value.as_i64()
    }
}

impl Member<'_> for u32 {
    fn from_member(value: &Value) -> Option<Self> {
        value.as_u64().and_then(|n| u32::try_from(n).ok())
    }
}

impl Member<'_> for i32 {
    fn from_member(value: &Value) -> Option<Self> {
        value.as_i64().and_then(|n| i32::try_from(n).ok())
    }
}

impl Member<'_> for f64 {
    /// A number, or the text a message writes for a value JSON cannot hold.
    fn from_member(value: &Value) -> Option<Self> {
        match value {
            Value::String(text) => match text.as_str() {
                "NaN" => Some(f64::NAN),
                "inf" => Some(f64::INFINITY),
                "-inf" => Some(f64::NEG_INFINITY),
                _ => None,
            },
            other => other.as_f64(),
        }
    }
}

/// The `tags` member: the code's tags the catalog marks `wire: true`
/// (none when it has none).
fn wire_tags(entry: crate::Entry) -> Map<String, Value> {
    let tags: alloc::vec::Vec<Value> = entry.wire_tags().map(Value::from).collect();
    let mut members = Map::new();
    if !tags.is_empty() {
        members.insert("tags".to_owned(), Value::Array(tags));
    }
    members
}

impl<C: Code> From<C> for Problem {
    fn from(code: C) -> Problem {
        Problem::of(code)
    }
}

impl fmt::Display for Problem {
    /// `title (status)`, then the detail if any.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title.as_deref().unwrap_or(&self.type_uri))?;
        if let Some(status) = self.status {
            write!(f, " ({status})")?;
        }
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        Ok(())
    }
}

impl core::error::Error for Problem {}

impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_uri)?;
        if let Some(title) = &self.title {
            map.serialize_entry("title", title)?;
        }
        if let Some(status) = self.status {
            map.serialize_entry("status", &status)?;
        }
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        if let Some(code) = self.code {
            map.serialize_entry("code", &code)?;
        }
        if let Some(name) = &self.name {
            map.serialize_entry("name", name)?;
        }
        for (key, value) in &self.extensions {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Reads a problem as RFC 9457 §3.1 says a client must: a member whose
/// value has the wrong type (`"status": "404"`, `"title": 5`) is ignored,
/// as if absent, rather than failing the whole body; a whole number written
/// as a decimal (`404.0`) is that number. Members it does not know are kept
/// as extensions. Only a body that is not a JSON object is refused.
impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Problem, D::Error> {
        let mut members = Map::<String, Value>::deserialize(deserializer)?;
        let mut text = |key: &str| match members.remove(key) {
            Some(Value::String(text)) => Some(text),
            _ => None,
        };
        // `type` defaults to about:blank.
        let type_uri = text("type").unwrap_or_else(|| "about:blank".to_owned());
        let title = text("title");
        let detail = text("detail");
        let instance = text("instance");
        let name = text("name");
        let mut number = |key: &str, max: u32| match members.remove(key) {
            Some(Value::Number(n)) => whole(&n, max),
            _ => None,
        };
        let status = number("status", 999).and_then(|n| u16::try_from(n).ok());
        let code = number("code", u32::MAX);
        Ok(Problem {
            type_uri,
            title,
            status,
            detail,
            instance,
            code,
            name,
            extensions: members,
            language: None,
        })
    }
}

/// `n` as a whole number from 0 to `max`, written with or without a
/// fraction of zero.
fn whole(n: &serde_json::Number, max: u32) -> Option<u32> {
    if let Some(n) = n.as_u64() {
        return u32::try_from(n).ok().filter(|&n| n <= max);
    }
    let x = n.as_f64()?;
    if !(0.0..=f64::from(max)).contains(&x) {
        return None;
    }
    // Within `0..=max`, so the conversion truncates at most a fraction,
    // which the comparison then sees (`f64::fract` needs `std`).
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let whole = x as u32;
    // Exactly equal: a whole number, not a near one.
    #[allow(clippy::float_cmp)]
    let exact = f64::from(whole) == x;
    exact.then_some(whole)
}
