//! What the exports for other languages share about messages with values:
//! each code's templates as pieces, the texts `parse` reads, and how each
//! language writes a value (all as Rust's `Display` does, so the four agree
//! byte for byte).

use errcodes_catalog::{Code, ParamKind, Template, TemplatePart};

/// The templates of a code with parameters.
pub struct Templates<'a> {
    /// The message.
    pub message: Template,
    /// `(language, template)`, in the catalog's order.
    pub translations: Vec<(&'a str, Template)>,
    /// The message, the translations, then each `also` text that uses every
    /// parameter: what `parse` tries, in order.
    pub read: Vec<Template>,
}

impl<'a> Templates<'a> {
    /// The templates of `code`, when it has parameters (a checked
    /// catalog's templates all resolve).
    pub fn of(code: &'a Code) -> Option<Templates<'a>> {
        if code.params.is_empty() {
            return None;
        }
        let message = code.template_of(&code.message)?;
        let translations = code
            .translations
            .iter()
            .map(|(lang, text)| Some((lang.as_str(), code.template_of(text)?)))
            .collect::<Option<Vec<_>>>()?;
        let mut read = vec![message.clone()];
        read.extend(translations.iter().map(|(_, t)| t.clone()));
        read.extend(
            code.also
                .iter()
                .filter_map(|text| code.template_of(text))
                .filter(|t| t.uses_all(code.params.len())),
        );
        Some(Templates {
            message,
            translations,
            read,
        })
    }
}

/// The codes of `codes` with parameters, with their templates.
pub fn with_params(codes: &[Code]) -> Vec<(&Code, Templates<'_>)> {
    codes
        .iter()
        .filter_map(|code| Some((code, Templates::of(code)?)))
        .collect()
}

/// Whether any of `codes` has a parameter of a kind `wanted` accepts.
pub fn any_kind(codes: &[(&Code, Templates<'_>)], wanted: impl Fn(ParamKind) -> bool) -> bool {
    codes
        .iter()
        .any(|(code, _)| code.params.iter().any(|p| wanted(p.kind)))
}

/// The template as one expression in a language that joins strings with
/// `+`: each text part quoted, each value as `value(index)` writes it.
pub fn joined(template: &Template, mut value: impl FnMut(usize) -> String) -> String {
    let parts: Vec<String> = template
        .parts
        .iter()
        .map(|part| match part {
            TemplatePart::Text(text) => crate::text::quoted(text),
            TemplatePart::Value(index) => value(*index),
        })
        .collect();
    if parts.is_empty() {
        "\"\"".to_owned()
    } else {
        parts.join(" + ")
    }
}

/// [`joined`] as an expression of a string type (Java's, C#'s): `"" + `
/// first when the template starts with a value, so the sum is a string.
pub fn string_expression(template: &Template, value: impl FnMut(usize) -> String) -> String {
    let joined = joined(template, value);
    if joined.starts_with('"') {
        joined
    } else {
        format!("\"\" + {joined}")
    }
}

/// The parts of a template as the items of a list literal, for a `parse`:
/// text parts quoted, values as their parameter's index (`"Refund of ", 0, …`).
pub fn parts_list(template: &Template) -> String {
    let parts: Vec<String> = template
        .parts
        .iter()
        .map(|part| match part {
            TemplatePart::Text(text) => crate::text::quoted(text),
            TemplatePart::Value(index) => index.to_string(),
        })
        .collect();
    parts.join(", ")
}

/// The code's parameter types, quoted and comma-separated (`"str", "u64"`).
pub fn kinds_list(code: &Code) -> String {
    let kinds: Vec<String> = code
        .params
        .iter()
        .map(|p| crate::text::quoted(p.kind.as_str()))
        .collect();
    kinds.join(", ")
}

/// `lower_snake` as `lowerCamel` (Go's local names): the catalog's rule,
/// under which no two parameters of a code share a name.
pub use errcodes_catalog::lower_camel;

/// `UpperCamel` name of a code as a function name part: its variant.
pub fn upper(code: &Code) -> &str {
    &code.variant
}

/// `lower_snake` of a code's name (Python's functions).
pub fn snake(code: &Code) -> String {
    code.name.to_ascii_lowercase()
}
