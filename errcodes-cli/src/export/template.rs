//! `export --template FILE`: any other language, from a template the user
//! writes, rendered with minijinja (Jinja2's syntax) over the JSON export's
//! document — the same keys, `codes`, `groups`, `tags`, `reserved`,
//! `retired`, `languages`, … — with the filters a code generator needs:
//!
//! - case conversions: `snake_case`, `screaming_snake_case`, `camel_case`
//!   (`lowerCamel`), `pascal_case` (`UpperCamel`), `kebab_case`;
//! - `string(STYLE)`: the text as a string literal of a language, every
//!   character that could end or change it escaped, and every hidden one
//!   (controls, separators, bidirectional controls) written as an escape;
//! - `comment`: the text on one line, with no `*/` left, for a comment.
//!
//! An undefined variable is an error, not an empty string, so a misspelt
//! key fails the export.

use std::fmt::Write as _;

use minijinja::{Environment, Error, ErrorKind, UndefinedBehavior};
use serde_json::Value;

use crate::text::{one_line, quoted};

/// The styles `string` knows, and the languages each is for.
pub const STYLES: &[(&str, &str)] = &[
    ("json", "JSON, JavaScript, TypeScript, Python, Go, Java, C#"),
    ("kotlin", "Kotlin (`$` escaped)"),
    ("dart", "Dart (`$` escaped)"),
    ("swift", "Swift (`\\u{…}` escapes)"),
    ("rust", "Rust (`\\u{…}` escapes)"),
    ("c", "C, C++, Objective-C"),
    ("php", "PHP, double-quoted"),
    ("ruby", "Ruby, double-quoted (`#{` escaped)"),
];

/// Renders the template `source` (read from `name`) over `document`.
pub fn render(name: &str, source: &str, document: &Value) -> Result<String, String> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    env.add_filter("snake_case", |text: &str| words(text).join("_"));
    env.add_filter("screaming_snake_case", |text: &str| {
        words(text).join("_").to_ascii_uppercase()
    });
    env.add_filter("kebab_case", |text: &str| words(text).join("-"));
    env.add_filter("camel_case", |text: &str| camel(text, false));
    env.add_filter("pascal_case", |text: &str| camel(text, true));
    env.add_filter("comment", |text: &str| one_line(text));
    env.add_filter("string", |text: &str, style: &str| {
        literal(text, style).ok_or_else(|| {
            let known: Vec<&str> = STYLES.iter().map(|(s, _)| *s).collect();
            Error::new(
                ErrorKind::InvalidOperation,
                format!(
                    "no string style `{style}`; the styles are {}",
                    known.join(", ")
                ),
            )
        })
    });
    env.add_template(name, source)
        .map_err(|err| described(&err))?;
    env.get_template(name)
        .and_then(|template| template.render(document))
        .map_err(|err| described(&err))
}

/// A template error as `FILE:LINE: what`, with the errors it came from.
fn described(err: &Error) -> String {
    let mut out = match (err.name(), err.line()) {
        (Some(name), Some(line)) => format!("{name}:{line}: {}", err.kind()),
        _ => err.kind().to_string(),
    };
    if let Some(detail) = err.detail() {
        let _ = write!(out, ": {detail}");
    }
    let mut source = std::error::Error::source(err);
    while let Some(inner) = source {
        let _ = write!(out, "; {inner}");
        source = inner.source();
    }
    out
}

/// The words of a name in any case: split at `_`, `-`, spaces and where a
/// lowercase letter or digit meets an uppercase one, in lowercase.
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if matches!(c, '_' | '-' | ' ') {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            previous = None;
            continue;
        }
        let boundary =
            c.is_uppercase() && previous.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit());
        if boundary && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        word.extend(c.to_lowercase());
        previous = Some(c);
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The words joined, each capitalized (the first too when `upper`).
fn camel(text: &str, upper: bool) -> String {
    let mut out = String::new();
    for (index, word) in words(text).iter().enumerate() {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            if index > 0 || upper {
                out.extend(first.to_uppercase());
            } else {
                out.push(first);
            }
            out.push_str(chars.as_str());
        }
    }
    out
}

/// `text` as a string literal in `style`, or `None` for an unknown style.
pub fn literal(text: &str, style: &str) -> Option<String> {
    Some(match style {
        "json" => quoted(text),
        "kotlin" | "dart" => quoted(text).replace('$', "\\$"),
        "swift" | "rust" => braced(text, &[]),
        "php" => braced(text, &['$']),
        "ruby" => braced(text, &['#']),
        "c" => super::c::string(text),
        _ => return None,
    })
}

/// A double-quoted literal with `\u{…}` escapes for hidden characters, and
/// a backslash before each of `special` (PHP's `$`, Ruby's `#`).
fn braced(text: &str, special: &[char]) -> String {
    crate::text::literal(text, special, |out, c| {
        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_convert_word_by_word() {
        assert_eq!(camel("OBJECT_NOT_FOUND", true), "ObjectNotFound");
        assert_eq!(camel("OBJECT_NOT_FOUND", false), "objectNotFound");
        assert_eq!(words("ThreeDSecure"), ["three", "dsecure"]);
        assert_eq!(
            words("retry_in-2 secondsNow"),
            ["retry", "in", "2", "seconds", "now"]
        );
        assert_eq!(camel("ERROR_2", true), "Error2");
    }

    #[test]
    fn every_style_escapes_what_would_end_or_change_it() {
        let text = "a\"b\\c\n$x #{y} \u{1b}\u{2028}";
        assert_eq!(
            literal(text, "swift").unwrap(),
            "\"a\\\"b\\\\c\\n$x #{y} \\u{1b}\\u{2028}\""
        );
        assert_eq!(
            literal(text, "ruby").unwrap(),
            "\"a\\\"b\\\\c\\n$x \\#{y} \\u{1b}\\u{2028}\""
        );
        assert_eq!(
            literal(text, "php").unwrap(),
            "\"a\\\"b\\\\c\\n\\$x #{y} \\u{1b}\\u{2028}\""
        );
        assert_eq!(
            literal(text, "dart").unwrap(),
            "\"a\\\"b\\\\c\\n\\$x #{y} \\u001b\\u2028\""
        );
        assert!(literal(text, "cobol").is_none());
    }
}
