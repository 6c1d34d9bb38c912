//! What the exports for other languages share about messages with values:
//! each code's templates as pieces, the texts `parse` reads, and how each
//! language writes a value (all as Rust's `Display` does, so the four agree
//! byte for byte).

use errcodes_catalog::{Code, ParamKind, Piece};

/// One piece of a template: text, or the parameter at an index.
pub enum Part<'a> {
    Text(&'a str),
    Value(usize),
}

/// A template of a code, as parts.
pub struct Template<'a> {
    pub parts: Vec<Part<'a>>,
    uses: Vec<usize>,
}

/// The templates of a code with parameters.
pub struct Templates<'a> {
    /// The message.
    pub message: Template<'a>,
    /// `(language, template)`, in the catalog's order.
    pub translations: Vec<(&'a str, Template<'a>)>,
    /// The message, the translations, then each `also` text that uses every
    /// parameter: what `parse` tries, in order.
    pub read: Vec<Template<'a>>,
}

/// `pieces` of a template of `code`, as parts naming parameter indexes.
fn template<'a>(pieces: &'a [Piece], code: &Code) -> Option<Template<'a>> {
    let mut parts = Vec::with_capacity(pieces.len());
    let mut uses = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Literal(text) => parts.push(Part::Text(text)),
            Piece::Param(name) => {
                let index = code.params.iter().position(|p| p.name == *name)?;
                uses.push(index);
                parts.push(Part::Value(index));
            }
            _ => return None,
        }
    }
    Some(Template { parts, uses })
}

/// The pieces of every template of a code: kept here so [`Templates`]
/// can borrow from them.
pub struct Pieces {
    message: Vec<Piece>,
    translations: Vec<(String, Vec<Piece>)>,
    also: Vec<Vec<Piece>>,
}

impl Pieces {
    /// The pieces of `code`'s templates, when it has parameters (a checked
    /// catalog's templates all parse).
    pub fn of(code: &Code) -> Option<Pieces> {
        if code.params.is_empty() {
            return None;
        }
        Some(Pieces {
            message: errcodes_catalog::template_pieces(&code.message)?,
            translations: code
                .translations
                .iter()
                .map(|(lang, text)| Some((lang.clone(), errcodes_catalog::template_pieces(text)?)))
                .collect::<Option<_>>()?,
            also: code
                .also
                .iter()
                .filter_map(|text| errcodes_catalog::template_pieces(text))
                .collect(),
        })
    }

    pub fn templates<'a>(&'a self, code: &Code) -> Option<Templates<'a>> {
        let every = |t: &Template<'_>| (0..code.params.len()).all(|i| t.uses.contains(&i));
        let message = template(&self.message, code)?;
        let translations = self
            .translations
            .iter()
            .map(|(lang, pieces)| Some((lang.as_str(), template(pieces, code)?)))
            .collect::<Option<Vec<_>>>()?;
        let mut read = vec![template(&self.message, code)?];
        for (_, pieces) in &self.translations {
            read.push(template(pieces, code)?);
        }
        read.extend(
            self.also
                .iter()
                .filter_map(|pieces| template(pieces, code))
                .filter(|t| every(t)),
        );
        Some(Templates {
            message,
            translations,
            read,
        })
    }
}

/// The codes of `codes` with parameters, with their templates' pieces.
pub fn with_params(codes: &[Code]) -> Vec<(&Code, Pieces)> {
    codes
        .iter()
        .filter_map(|code| Some((code, Pieces::of(code)?)))
        .collect()
}

/// Whether any of `codes` has a parameter of a kind `wanted` accepts.
pub fn any_kind(codes: &[(&Code, Pieces)], wanted: impl Fn(ParamKind) -> bool) -> bool {
    codes
        .iter()
        .any(|(code, _)| code.params.iter().any(|p| wanted(p.kind)))
}

/// The template as one expression in a language that joins strings with
/// `+`: each text part quoted, each value as `value(index)` writes it.
pub fn joined(template: &Template<'_>, mut value: impl FnMut(usize) -> String) -> String {
    let parts: Vec<String> = template
        .parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => crate::text::quoted(text),
            Part::Value(index) => value(*index),
        })
        .collect();
    if parts.is_empty() {
        "\"\"".to_owned()
    } else {
        parts.join(" + ")
    }
}

/// The parts of a template as the items of a list literal, for a `parse`:
/// text parts quoted, values as their parameter's index (`"Refund of ", 0, …`).
pub fn parts_list(template: &Template<'_>) -> String {
    let parts: Vec<String> = template
        .parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => crate::text::quoted(text),
            Part::Value(index) => index.to_string(),
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

/// `lower_snake` as `lowerCamel` (Go's local names).
pub fn lower_camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `UpperCamel` name of a code as a function name part: its variant.
pub fn upper(code: &Code) -> &str {
    &code.variant
}

/// `lower_snake` of a code's name (Python's functions).
pub fn snake(code: &Code) -> String {
    code.name.to_ascii_lowercase()
}
