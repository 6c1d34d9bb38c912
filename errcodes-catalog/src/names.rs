//! The naming rules of a catalog: what a code's name, a group key, a
//! language and a parameter may be, and how a name becomes an enum variant
//! or a wire name.
//!
//! Pure functions on strings; the validator reports their verdicts at the
//! node they were read from.

/// The associated constants of the generated enum, which a variant must not
/// shadow (the variant of `A_L_L` is `ALL`). The macro's unit tests keep
/// this list complete.
pub const GENERATED_ITEMS: &[&str] = &["ALL", "GROUPS", "LANGUAGES", "RESERVED", "TAGS"];

/// Rust's keywords, strict and reserved: a parameter becomes a struct
/// field, and the macro's arguments name identifiers.
pub(crate) const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether `word` is one of Rust's keywords (strict or reserved), which
/// cannot be an identifier unless written raw.
pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
}

/// The members every wire format carries beside a code's values: a problem
/// body's (RFC 9457's `type`, `title`, `status`, `detail`, `instance`, and
/// `code`, `name`, `tags`), the gRPC `ErrorInfo` metadata's `code`. A value
/// under one of these names would be lost, so no parameter takes one.
pub(crate) const WIRE_MEMBERS: &[&str] = &[
    "type", "title", "status", "detail", "instance", "code", "name", "tags",
];

/// A parameter's name as the wire formats write it (gRPC metadata, after
/// AIP-193, and the exports): `lowerCamelCase`, the rule `errcodes-core`
/// states once for the runtime and the pipeline.
#[must_use]
pub fn lower_camel(name: &str) -> String {
    errcodes_core::lower_camel(name).collect()
}

/// Why a name, key or tag breaks a rule, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub what: String,
    pub fix: String,
}

fn broken(what: String, fix: impl Into<String>) -> Broken {
    Broken {
        what,
        fix: fix.into(),
    }
}

/// A code's catalog name, checked; its enum variant when it is valid.
pub fn variant(name: &str) -> Result<String, Broken> {
    if name.is_empty() {
        return Err(broken(
            "`name` is empty".to_owned(),
            "write an UPPER_SNAKE_CASE name, e.g. `OBJECT_NOT_FOUND`",
        ));
    }
    if name.as_bytes()[0].is_ascii_digit() {
        return Err(broken(
            format!("name `{name}` starts with a digit"),
            format!("names become Rust identifiers; start it with a letter, e.g. `E{name}`"),
        ));
    }
    if !is_upper_snake(name) {
        let like = upper_snake_like(name);
        let fix = if is_upper_snake(&like) {
            format!("write it as `{like}`")
        } else {
            "use A-Z, 0-9 and single `_` between words, starting with a letter".to_owned()
        };
        return Err(broken(
            format!("name `{name}` is not UPPER_SNAKE_CASE"),
            fix,
        ));
    }
    let variant = variant_of(name);
    if variant == "Self" {
        return Err(broken(
            format!("name `{name}` would become the variant `Self`, a Rust keyword"),
            "choose another name",
        ));
    }
    if GENERATED_ITEMS.contains(&variant.as_str()) {
        return Err(broken(
            format!("name `{name}` would become the variant `{variant}`, which clashes with the generated `{variant}` constant"),
            "choose another name",
        ));
    }
    Ok(variant)
}

/// How to write `name` in `lower_snake_case` (a-z, 0-9, single `_`
/// between words, starting with a letter), or `None` when it already is.
pub(crate) fn lower_snake_fix(name: &str) -> Option<String> {
    let bytes = name.as_bytes();
    let lower_snake = bytes.first().is_some_and(u8::is_ascii_lowercase)
        && bytes.last() != Some(&b'_')
        && !name.contains("__")
        && bytes
            .iter()
            .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if lower_snake {
        return None;
    }
    let like = upper_snake_like(name).to_ascii_lowercase();
    Some(if like.is_empty() {
        "use a-z, 0-9 and single `_` between words, starting with a letter".to_owned()
    } else {
        format!("write it as `{like}`")
    })
}

/// A group key, checked.
pub fn group_key(key: &str) -> Result<(), Broken> {
    if is_group_key(key) {
        return Ok(());
    }
    Err(broken(
        format!("group key `{key}` is not lowercase words separated by dots"),
        format!(
            "use letters, digits, `_` and `-`, with `.` between levels, e.g. `{}`",
            group_key_like(key)
        ),
    ))
}

/// A language tag, checked.
pub fn language(tag: &str) -> Result<(), Broken> {
    if is_language(tag) {
        return Ok(());
    }
    Err(broken(
        format!("`{tag}` is not a language key"),
        "use a language tag such as `en`, `zh` or `pt-BR`",
    ))
}

/// A parameter name: `lower_snake_case` (it is a struct field), not a Rust
/// keyword, and not one of the [`WIRE_MEMBERS`].
pub fn param_name(name: &str) -> Result<(), Broken> {
    if let Some(fix) = lower_snake_fix(name) {
        return Err(broken(
            format!("parameter name `{name}` is not lower_snake_case"),
            fix,
        ));
    }
    if is_keyword(name) {
        return Err(broken(
            format!("parameter name `{name}` is a Rust keyword"),
            format!("choose another name, e.g. `{name}_value`"),
        ));
    }
    if WIRE_MEMBERS.contains(&name) {
        return Err(broken(
            format!(
                "parameter name `{name}` is taken by a member every problem body and gRPC error carries, so its value would be lost on the wire"
            ),
            format!(
                "name it after what it holds, e.g. `{name}_value` (the taken names: {})",
                WIRE_MEMBERS.join(", ")
            ),
        ));
    }
    Ok(())
}

/// A description's or translation's language: one of `languages` when the
/// catalog declares them, else any language key.
pub fn declared_language(lang: &str, languages: Option<&[&str]>) -> Result<(), Broken> {
    let Some(languages) = languages else {
        return language(lang);
    };
    if languages.contains(&lang) {
        return Ok(());
    }
    let fix = match crate::diag::did_you_mean(lang, languages.iter().copied()) {
        Some(hint) => hint,
        None => format!(
            "add it to `languages:` or use one of: {}",
            languages.join(", ")
        ),
    };
    Err(broken(
        format!("language `{lang}` is not declared in `languages`"),
        fix,
    ))
}

/// The schemes a `docs_url` may use: links to pages, and the two URI
/// schemes RFC 9457 suggests for problem types that name rather than link
/// (`urn:`, `tag:`). Not `javascript:`, `data:` or `file:`, which the docs
/// page would turn into a link that runs or reads something.
pub(crate) const DOCS_URL_SCHEMES: &[&str] = &["https", "http", "urn", "tag"];

/// A `docs_url` template: an absolute URI (`scheme:` then the rest, no
/// spaces) of one of [`DOCS_URL_SCHEMES`], whose only placeholders are
/// `{code}` and `{name}`.
pub fn docs_url(url: &str) -> Result<(), Broken> {
    let example = "e.g. `https://docs.example.com/errors/{code}`";
    let scheme = url.split_once(':').map(|(scheme, _)| scheme);
    let absolute = scheme.is_some_and(|scheme| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    }) && url
        .split_once(':')
        .is_some_and(|(_, rest)| !rest.is_empty());
    if !absolute {
        return Err(broken(
            format!("`docs_url` {url:?} is not an absolute URI"),
            format!("start it with a scheme, {example}"),
        ));
    }
    if let Some(scheme) = scheme.filter(|scheme| {
        !DOCS_URL_SCHEMES
            .iter()
            .any(|allowed| scheme.eq_ignore_ascii_case(allowed))
    }) {
        return Err(broken(
            format!(
                "`docs_url` uses the scheme `{scheme}:`, which is not a documentation link (the docs page, `explain` and problem bodies show it as one)"
            ),
            format!("use `https:` (or `http:`; `urn:` and `tag:` name a problem type without a page), {example}"),
        ));
    }
    if let Some(space) = url.chars().find(|c| c.is_whitespace()) {
        return Err(broken(
            format!("`docs_url` contains whitespace ({space:?})"),
            "percent-encode it, e.g. `%20` for a space",
        ));
    }
    let mut rest = url;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(broken(
                "`docs_url` has a `}` without its `{`".to_owned(),
                format!("placeholders are `{{code}}` and `{{name}}`, {example}"),
            ));
        }
        let Some(close) = rest[open..].find('}') else {
            return Err(broken(
                "`docs_url` has a `{` that is never closed".to_owned(),
                format!("placeholders are `{{code}}` and `{{name}}`, {example}"),
            ));
        };
        let placeholder = &rest[open..=open + close];
        if placeholder != "{code}" && placeholder != "{name}" {
            return Err(broken(
                format!("unknown placeholder `{placeholder}` in `docs_url`"),
                "use `{code}` (the number) or `{name}` (the catalog name)".to_owned(),
            ));
        }
        rest = &rest[open + close + 1..];
    }
    Ok(())
}

/// A Rust identifier as the naming rules make them: a code's name or former
/// name (`OBJECT_NOT_FOUND`) or its variant (`ObjectNotFound`). Only
/// [`identifier`] makes one, so text written as Rust source from an
/// `Identifier` is an identifier and nothing else, whatever the catalog
/// holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Identifier<'a>(&'a str);

impl<'a> Identifier<'a> {
    /// Written where text was to be an identifier but is not one (which the
    /// pipeline's checks rule out): an identifier no item has, so the build
    /// fails naming it rather than reading the text as code.
    pub const INVALID: Identifier<'static> = Identifier("__errcodes_invalid_identifier");

    /// The identifier's text.
    pub fn as_str(self) -> &'a str {
        self.0
    }
}

/// `text` as an [`Identifier`], if the naming rules make it one: an ASCII
/// capital letter, then ASCII letters, digits and underscores, and not the
/// keyword `Self` (every other keyword is lowercase).
pub fn identifier(text: &str) -> Option<Identifier<'_>> {
    let bytes = text.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) || text == "Self" {
        return None;
    }
    let mut i = 1;
    while i < bytes.len() {
        if !(bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
            return None;
        }
        i += 1;
    }
    Some(Identifier(text))
}

/// `REFUND_TOO_LARGE` → `Refund too large`: the name as words, the first
/// capitalized, the rest in lowercase (the default title of a code with
/// values).
pub(crate) fn in_words(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (index, word) in name.split('_').filter(|w| !w.is_empty()).enumerate() {
        if index > 0 {
            out.push(' ');
        }
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(if index == 0 {
                first
            } else {
                first.to_ascii_lowercase()
            });
        }
        out.extend(chars.map(|c| c.to_ascii_lowercase()));
    }
    out
}

/// `OBJECT_NOT_FOUND` → `ObjectNotFound`; each word keeps its first letter
/// and lowercases the rest (`THREE_D_SECURE` → `ThreeDSecure`, `ERROR_2` → `Error2`).
pub fn variant_of(name: &str) -> String {
    // Byte by byte: only ASCII letters change case, so the bytes of other
    // characters pass through whole. (Loops over bytes rather than
    // `split`/`chars`: this runs for every code inside the compiler,
    // unoptimized.)
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut word_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if b == b'_' {
            word_start = true;
            continue;
        }
        out.push(if word_start {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        });
        word_start = false;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// `A-Z` and `0-9` words joined by single underscores, starting with a letter.
pub fn is_upper_snake(name: &str) -> bool {
    let bytes = name.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) || bytes.last() == Some(&b'_') {
        return false;
    }
    let mut previous = 0_u8;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let ok = b.is_ascii_uppercase() || b.is_ascii_digit() || (b == b'_' && previous != b'_');
        if !ok {
            return false;
        }
        previous = b;
        i += 1;
    }
    true
}

/// A best guess at what an invalid name meant: `objectNotFound` → `OBJECT_NOT_FOUND`.
pub fn upper_snake_like(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower {
                out.push('_');
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            out.push(c.to_ascii_uppercase());
        } else {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            prev_lower = false;
        }
    }
    out.trim_end_matches('_').to_owned()
}

/// Lowercase segments (`a-z`, `0-9`, `_`, `-`, starting with a letter) joined by dots.
pub fn is_group_key(key: &str) -> bool {
    key.split('.').all(|segment| {
        segment.starts_with(|c: char| c.is_ascii_lowercase())
            && segment
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
    })
}

fn group_key_like(key: &str) -> String {
    let lower = key.to_ascii_lowercase().replace([' ', '/'], ".");
    if is_group_key(&lower) {
        lower
    } else {
        "realtime.session".to_owned()
    }
}

/// A BCP 47-shaped tag: letters, then `-`-separated alphanumeric subtags.
fn is_language(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// `ancestor` is `key` or one of its dotted parents (`realtime` of `realtime.session`).
pub fn is_within(key: &str, ancestor: &str) -> bool {
    key.strip_prefix(ancestor)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_upper_camel_word_by_word() {
        assert_eq!(variant_of("OBJECT_NOT_FOUND"), "ObjectNotFound");
        assert_eq!(
            variant_of("THREE_D_SECURE_REQUIRED"),
            "ThreeDSecureRequired"
        );
        assert_eq!(variant_of("ERROR_2"), "Error2");
        assert_eq!(variant_of("SILIENCED"), "Silienced");
    }

    #[test]
    fn upper_snake_rules() {
        for good in ["A", "OBJECT_NOT_FOUND", "ERROR_2", "E2E", "X_1_Y"] {
            assert!(is_upper_snake(good), "{good}");
        }
        for bad in ["", "a", "Object", "A__B", "_A", "A_", "A-B", "1A", "ÄB"] {
            assert!(!is_upper_snake(bad), "{bad}");
        }
        assert_eq!(upper_snake_like("objectNotFound"), "OBJECT_NOT_FOUND");
        assert_eq!(upper_snake_like("object-not found"), "OBJECT_NOT_FOUND");
    }

    #[test]
    fn identifiers_are_only_what_the_rules_make() {
        for good in ["OBJECT_NOT_FOUND", "ObjectNotFound", "E2", "A"] {
            assert_eq!(identifier(good).map(Identifier::as_str), Some(good));
        }
        for bad in [
            "", "Self", "lower", "_X", "A B", "A-B", "A(){}", "É", "A\n", "9A",
        ] {
            assert_eq!(identifier(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn names_that_cannot_be_variants() {
        assert_eq!(variant("OBJECT_NOT_FOUND"), Ok("ObjectNotFound".to_owned()));
        for bad in ["", "1ST", "Bad", "SELF", "A__B", "A_L_L", "T_A_G_S"] {
            assert!(variant(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn group_keys_and_languages() {
        assert!(group_key("realtime.session").is_ok());
        assert!(group_key("push-v2").is_ok());
        let err = group_key("Real Time").unwrap_err();
        assert!(err.fix.contains("`real.time`"), "{err:?}");
        for good in ["en", "zh", "pt-BR", "zh-Hans-CN"] {
            assert!(language(good).is_ok(), "{good}");
        }
        for bad in ["e", "en_US", "123", "toolongprimary"] {
            assert!(language(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn docs_urls() {
        for good in [
            "https://docs.example.com/errors/{code}",
            "https://x.test/e#{name}",
            "urn:errors:{code}",
            "https://x.test/errors",
            "HTTP://x.test/{code}",
            "tag:example.com,2024:{name}",
        ] {
            assert!(docs_url(good).is_ok(), "{good}");
        }
        for (bad, why) in [
            ("/errors/{code}", "absolute"),
            ("docs.example.com/{code}", "absolute"),
            ("https://x.test/{id}", "unknown placeholder `{id}`"),
            ("https://x.test/{code", "never closed"),
            ("https://x.test/code}", "without its"),
            ("https://x.test/a b", "whitespace"),
            ("javascript:alert({code})", "scheme `javascript:`"),
            ("JavaScript:alert(1)", "scheme `JavaScript:`"),
            ("data:text/html,x", "scheme `data:`"),
            ("file:///etc/passwd", "scheme `file:`"),
        ] {
            let err = docs_url(bad).unwrap_err();
            assert!(err.what.contains(why), "{bad}: {err:?}");
        }
    }

    #[test]
    fn groups_contain_their_dotted_children() {
        assert!(is_within("realtime.session", "realtime"));
        assert!(is_within("realtime", "realtime"));
        assert!(!is_within("realtimes", "realtime"));
        assert!(!is_within("realtime", "realtime.session"));
    }

    #[test]
    fn parameter_names() {
        for good in ["field", "a1", "max_size", "x_2_y"] {
            assert_eq!(param_name(good), Ok(()), "{good}");
        }
        for bad in ["Field", "_x", "x_", "a__b", "1a", "", "a-b", "ä"] {
            assert!(param_name(bad).is_err(), "{bad:?}");
        }
        assert!(param_name("type").unwrap_err().what.contains("keyword"));
        assert!(param_name("code").unwrap_err().what.contains("on the wire"));
        assert_eq!(lower_camel("x_1"), lower_camel("x1"));
        assert_eq!(
            param_name("maxSize").unwrap_err().fix,
            "write it as `max_size`"
        );
    }
}
