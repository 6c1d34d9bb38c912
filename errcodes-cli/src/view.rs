//! The short views of a code that `explain` and the docs page both show:
//! its description or explanation in a language, its parameters on one line, the HTTP
//! status of its row (also the site's).

use errcodes_catalog::{Catalog, Code};

/// The text of `texts` (a code's descriptions or explanations, by
/// language) in `lang`, or the first one when no language is asked for.
fn in_language<'c>(texts: &'c [(String, String)], lang: Option<&str>) -> Option<&'c str> {
    texts
        .iter()
        .find(|(l, _)| lang.is_none_or(|lang| l == lang))
        .map(|(_, text)| text.as_str())
}

/// The description in `lang`, or the first one when no language is asked for.
pub fn description<'c>(code: &'c Code, lang: Option<&str>) -> &'c str {
    in_language(&code.descriptions, lang).unwrap_or("")
}

/// A code's explanation in `lang` (default: the first), or none.
pub fn explanation<'c>(code: &'c Code, lang: Option<&str>) -> Option<&'c str> {
    in_language(&code.explanations, lang)
}

/// A code's parameters as `name: type`, comma-separated.
pub fn params(code: &Code) -> String {
    let params: Vec<String> = code
        .params
        .iter()
        .map(|p| format!("{}: {}", p.name, p.kind.as_str()))
        .collect();
    params.join(", ")
}

/// The HTTP status a code's row shows: its own (`false`), or the catalog's
/// `default_http` (`true`) when it has none and the catalog gives one.
pub fn own_http(catalog: &Catalog, code: &Code) -> Option<(u16, bool)> {
    match (code.http, catalog.default_http) {
        (Some(status), _) => Some((status, false)),
        (None, Some(default)) => Some((default, true)),
        (None, None) => None,
    }
}
