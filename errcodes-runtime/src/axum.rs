//! Answering errors from axum handlers (feature `axum`).

use alloc::string::String;
use alloc::vec::Vec;

use axum_core::extract::FromRequestParts;
use axum_core::response::{IntoResponse, Response};
use http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_TYPE};
use http::request::Parts;
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
        if let Some(language) = self.language().and_then(|l| HeaderValue::from_str(l).ok()) {
            response.headers_mut().insert(CONTENT_LANGUAGE, language);
        }
        response
    }
}

/// The languages a request accepts (its `Accept-Language` header, RFC 9110
/// §12.5.4), to pick the one to answer in: an axum extractor that never
/// rejects (no header, or a malformed one, accepts anything).
///
/// ```
/// use errcodes::AcceptLanguage;
///
/// let accepted = AcceptLanguage::parse("zh-CN,zh;q=0.9,en;q=0.8");
/// assert_eq!(accepted.pick(&["en", "zh"]), Some("zh"));
/// assert_eq!(AcceptLanguage::parse("fr, *;q=0.1").pick(&["en", "zh"]), Some("en"));
/// assert_eq!(AcceptLanguage::parse("de").pick(&["en", "zh"]), Some("en"));
/// ```
///
/// In a handler: `Problem::from_args_in(&values, accepted.pick(MyError::LANGUAGES).unwrap_or(""))`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AcceptLanguage {
    /// `(language range, weight in thousandths)`, in the header's order.
    ranges: Vec<(String, u16)>,
}

/// How many ranges of a header are read: a longer list is a client's
/// mistake or an attack, and its tail changes nothing.
const MOST_RANGES: usize = 32;

impl AcceptLanguage {
    /// Reads an `Accept-Language` value. Ranges that are not well formed
    /// (letters, digits and `-`, or `*`; a `q` from 0 to 1 with at most
    /// three decimals) are skipped; at most 32 ranges are read.
    #[must_use]
    pub fn parse(header: &str) -> AcceptLanguage {
        let mut ranges = Vec::new();
        for item in header.split(',').take(MOST_RANGES) {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or_default().trim();
            let well_formed = range == "*"
                || (!range.is_empty()
                    && range.len() <= 35
                    && range
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    && !range.starts_with('-')
                    && !range.ends_with('-'));
            if !well_formed {
                continue;
            }
            let mut weight = Some(1000);
            for parameter in parts {
                let (key, value) = parameter.split_once('=').unwrap_or((parameter, ""));
                if key.trim().eq_ignore_ascii_case("q") {
                    weight = quality(value.trim());
                }
            }
            if let Some(weight) = weight {
                ranges.push((range.to_ascii_lowercase(), weight));
            }
        }
        AcceptLanguage { ranges }
    }

    /// The best of `available` (the catalog's languages, in its order) for
    /// this request: the one its highest-weighted matching range weighs
    /// most (a range matches a language when one is the other or starts
    /// it, at a `-`: `zh-CN` and `zh` match; `*` matches every language),
    /// the earlier of `available` on a tie; else, when nothing acceptable
    /// is available (or the request says nothing), the first of
    /// `available`. `None` only when `available` is empty.
    #[must_use]
    pub fn pick<'a>(&self, available: &[&'a str]) -> Option<&'a str> {
        if self.ranges.is_empty() {
            return available.first().copied();
        }
        let weight = |lang: &str| {
            self.ranges
                .iter()
                .filter(|(range, _)| matches(range, lang))
                .map(|(_, weight)| *weight)
                .max()
        };
        let mut best: Option<(&'a str, u16)> = None;
        for &lang in available {
            if let Some(w) = weight(lang).filter(|&w| w > 0) {
                if best.is_none_or(|(_, b)| w > b) {
                    best = Some((lang, w));
                }
            }
        }
        best.map(|(lang, _)| lang)
            .or_else(|| available.first().copied())
    }
}

/// Whether the language range `range` (lowercase) matches the language
/// `lang`: `*`, the same tag, or one a prefix of the other at a `-`.
fn matches(range: &str, lang: &str) -> bool {
    if range == "*" {
        return true;
    }
    let lang = lang.to_ascii_lowercase();
    let prefix = |short: &str, long: &str| {
        long.len() > short.len() && long.starts_with(short) && long.as_bytes()[short.len()] == b'-'
    };
    range == lang || prefix(range, &lang) || prefix(&lang, range)
}

/// A `q` value (`0`, `0.5`, `1.000`) in thousandths; `None` when malformed.
fn quality(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths: u16 = match whole {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    for (place, digit) in fraction.bytes().enumerate() {
        let value = u16::from(digit - b'0') * [100, 10, 1][place];
        if whole == "1" && value > 0 {
            return None;
        }
        thousandths += value;
    }
    Some(thousandths)
}

impl<S: Sync> FromRequestParts<S> for AcceptLanguage {
    type Rejection = core::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .headers
            .get_all(ACCEPT_LANGUAGE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .fold(AcceptLanguage::default(), |mut all, value| {
                all.ranges.extend(AcceptLanguage::parse(value).ranges);
                all.ranges.truncate(MOST_RANGES);
                all
            }))
    }
}
