//! The short views of a code that `explain` and the docs page both show:
//! its description in a language, its parameters on one line.

use errcodes_catalog::Code;

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

/// A code's parameters as `name: type`, comma-separated.
pub fn params(code: &Code) -> String {
    let params: Vec<String> = code
        .params
        .iter()
        .map(|p| format!("{}: {}", p.name, p.kind.as_str()))
        .collect();
    params.join(", ")
}
