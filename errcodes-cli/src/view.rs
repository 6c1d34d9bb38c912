//! The short views of a code that `explain` and the docs page both show:
//! its description in a language, its parameters on one line, the HTTP
//! status of its row (also the site's).

use errcodes_catalog::{Catalog, Code};

/// The description in `lang`, or the first one when no language is asked for.
pub fn description<'c>(code: &'c Code, lang: Option<&str>) -> &'c str {
    match lang {
        Some(lang) => code.description(lang).unwrap_or(""),
        None => code
            .descriptions
            .first()
            .map_or("", |(_, text)| text.as_str()),
    }
}

/// A code's explanation in `lang` (default: the first), or none.
pub fn explanation<'c>(code: &'c Code, lang: Option<&str>) -> Option<&'c str> {
    match lang {
        Some(lang) => code.explanation(lang),
        None => code.explanations.first().map(|(_, text)| text.as_str()),
    }
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
