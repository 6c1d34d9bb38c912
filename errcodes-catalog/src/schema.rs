//! The JSON Schema of the catalog format (draft-07, the draft editors'
//! YAML support implements fully), written from the field table: every
//! field of every level, with its description, its example and the rule of
//! its shape, one rule per [`Shape`].
//!
//! A schema sees shapes only: that a field is known, that its value has the
//! right type, that a name or key matches its pattern, that a number is in
//! its range. What needs the whole catalog (unique numbers and names,
//! declared groups, languages and tags, group ranges, placeholders, the
//! ledger) is left to the pipeline. What the schema accepts is a superset
//! of what the reader accepts: an optional field written with nothing after
//! it is `null` and valid, as the reader counts it absent.

use std::fmt::Write as _;

use crate::fields::{Field, Level, Shape};
use crate::grpc::GrpcCode;
use crate::model::ParamKind;
use crate::names::GENERATED_ITEMS;
use crate::params::KEYWORDS;
use crate::tags::METHODS;
use crate::yaml::{self, Kind, Node};

/// The characters Rust's `char::is_whitespace` takes for white space, as a
/// regular-expression class body that JavaScript's, Python's and Rust's
/// engines read alike (rather than `\s`, whose members differ between them).
const WHITE_SPACE: &str =
    r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";

/// A pattern a name or key must match: the naming rule it mirrors (the
/// schema's tests check each against its rule, string by string).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pattern {
    /// `names::is_upper_snake`.
    Name,
    /// `names::is_group_key`.
    GroupKey,
    /// `names::language`.
    Language,
    /// `names::lower_snake_fix`: tag keys and parameter names.
    LowerSnake,
    /// `names::docs_url`.
    Url,
    /// `grpc::domain`.
    Domain,
}

impl Pattern {
    /// The regular expression, in the syntax JavaScript's, Python's and
    /// Rust's engines read alike.
    pub(crate) fn regex(self) -> String {
        match self {
            Pattern::Name => "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$".to_owned(),
            Pattern::GroupKey => r"^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)*$".to_owned(),
            Pattern::Language => "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$".to_owned(),
            Pattern::LowerSnake => "^[a-z][a-z0-9]*(_[a-z0-9]+)*$".to_owned(),
            // A scheme, `:`, then anything but white space and braces,
            // except the placeholders.
            Pattern::Url => {
                format!(r"^[A-Za-z][A-Za-z0-9+.-]*:([^{{}}{WHITE_SPACE}]|\{{code\}}|\{{name\}})+$")
            }
            Pattern::Domain => format!(r"^[^{WHITE_SPACE}\x00-\x1f\x7f-\x9f]+$"),
        }
    }

    /// The rule in words, for editors that show it instead of the pattern
    /// (`patternErrorMessage`, which yaml-language-server reads and
    /// validators ignore).
    fn rule(self) -> &'static str {
        match self {
            Pattern::Name => "A name is UPPER_SNAKE_CASE: A-Z and 0-9, single `_` between words, starting with a letter (OBJECT_NOT_FOUND).",
            Pattern::GroupKey => "A group key is lowercase words (a-z, 0-9, `_`, `-`, starting with a letter), `.` between levels (realtime.session).",
            Pattern::Language => "A language key is a language tag such as en, zh or pt-BR.",
            Pattern::LowerSnake => "Write it in lower_snake_case: a-z and 0-9, single `_` between words, starting with a letter (retryable).",
            Pattern::Url => "An absolute URI without spaces whose only placeholders are {code} and {name} (https://docs.example.com/errors/{code}).",
            Pattern::Domain => "The service's name, without spaces or control characters (billing.example.com).",
        }
    }
}

/// The names the pipeline refuses although they match [`Pattern::Name`]: their
/// variant would be `Self` or one of the enum's constants (`A_L_L` → `ALL`).
pub(crate) fn refused_names() -> Vec<String> {
    let mut names = vec!["SELF".to_owned()];
    for item in GENERATED_ITEMS {
        let letters: Vec<String> = item.chars().map(String::from).collect();
        names.push(letters.join("_"));
    }
    names
}

/// The JSON Schema of the catalog format, as pretty-printed JSON text
/// ending in a newline: what `errcodes schema` writes.
pub fn schema() -> String {
    let top = entry(Level::Top);
    let Json::Map(mut members) = top else {
        unreachable!("an entry's schema is a JSON object");
    };
    let mut head = vec![
        (
            "$schema",
            text("http://json-schema.org/draft-07/schema#"),
        ),
        ("title", text("errcodes catalog")),
        (
            "description",
            text("A catalog of error codes for errcodes' `error_codes!` macro and `errcodes` command."),
        ),
        (
            "$comment",
            text("Written by `errcodes schema`. It checks shapes only; the build and `errcodes check` also check what needs the whole catalog: unique numbers and names, declared groups, languages and tags, group ranges, placeholders and the ledger."),
        ),
    ];
    head.append(&mut members);
    let mut out = String::new();
    Json::Map(head).write(&mut out, 0);
    out.push('\n');
    out
}

/// The schema of a mapping whose keys are the fields of `level`.
fn entry(level: Level) -> Json {
    let properties = level
        .fields()
        .iter()
        .map(|field| (field.key, property(field)))
        .collect();
    let required: Vec<Json> = level
        .fields()
        .iter()
        .filter(|field| field.required)
        .map(|field| text(field.key))
        .collect();
    let mut members = vec![
        ("type", text("object")),
        ("properties", Json::Map(properties)),
    ];
    if !required.is_empty() {
        members.push(("required", Json::List(required)));
    }
    members.push(("additionalProperties", Json::Bool(false)));
    Json::Map(members)
}

/// The schema of one field: its shape's rule, its description and example;
/// `null` besides when the field is optional.
fn property(field: &Field) -> Json {
    let Json::Map(rule) = shape(field.shape) else {
        unreachable!("a shape's schema is a JSON object");
    };
    let mut members = vec![("description", text(field.description))];
    for (key, value) in rule {
        members.push((key, value));
    }
    if !field.required {
        allow_null(&mut members);
    }
    members.push(("examples", Json::List(vec![example(field.example)])));
    Json::Map(members)
}

/// Adds `null` to a rule's `type` (and to its `enum`, which applies to
/// every type).
fn allow_null(members: &mut [(&'static str, Json)]) {
    for (key, value) in members.iter_mut() {
        match (*key, value) {
            ("type", value) => {
                let previous = std::mem::replace(value, Json::Null);
                *value = match previous {
                    Json::List(mut types) => {
                        types.push(text("null"));
                        Json::List(types)
                    }
                    single => Json::List(vec![single, text("null")]),
                };
            }
            ("enum", Json::List(values)) => values.push(Json::Null),
            _ => {}
        }
    }
}

/// The rule of a shape.
fn shape(shape: Shape) -> Json {
    match shape {
        Shape::Text => object([("type", text("string"))]),
        Shape::Name => name(),
        Shape::Names => list(name(), true),
        Shape::GroupKey => pattern(Pattern::GroupKey),
        Shape::Languages => list(pattern(Pattern::Language), true),
        Shape::TagKeys => list(tag_key(), true),
        Shape::Url => pattern(Pattern::Url),
        Shape::Domain => pattern(Pattern::Domain),
        Shape::Number => whole(0, u32::MAX),
        Shape::Status => whole(100, 599),
        Shape::Texts => list(object([("type", text("string"))]), false),
        Shape::Translations => object([
            ("type", text("object")),
            ("propertyNames", pattern(Pattern::Language)),
            ("additionalProperties", object([("type", text("string"))])),
        ]),
        Shape::Range => object([
            ("type", text("array")),
            ("items", whole(0, u32::MAX)),
            ("minItems", Json::Int(2)),
            ("maxItems", Json::Int(2)),
        ]),
        Shape::Params => {
            let kinds = ParamKind::ALL.iter().map(|kind| text(kind.as_str()));
            let Json::Map(mut key) = pattern(Pattern::LowerSnake) else {
                unreachable!("a pattern's schema is a JSON object");
            };
            key.push(("not", refused(KEYWORDS.iter().copied())));
            object([
                ("type", text("object")),
                ("propertyNames", Json::Map(key)),
                (
                    "additionalProperties",
                    object([("type", text("string")), ("enum", kinds.collect())]),
                ),
            ])
        }
        Shape::Groups => declarations(pattern(Pattern::GroupKey), Level::Group),
        Shape::Tags => declarations(tag_key(), Level::Tag),
        Shape::Codes => object([
            ("type", text("array")),
            ("minItems", Json::Int(1)),
            ("items", entry(Level::Code)),
        ]),
        Shape::ReservedList => list(entry(Level::Reserved), false),
        Shape::Flag => object([("type", text("boolean"))]),
        Shape::Grpc => {
            let names = GrpcCode::ALL
                .iter()
                .filter(|code| **code != GrpcCode::Ok)
                .map(|code| text(code.as_str()));
            object([("type", text("string")), ("enum", names.collect())])
        }
    }
}

/// A code's name: the pattern, minus the names whose variant is taken.
fn name() -> Json {
    let Json::Map(mut members) = pattern(Pattern::Name) else {
        unreachable!("a pattern's schema is a JSON object");
    };
    let refused_names = refused_names();
    members.push(("not", refused(refused_names.iter().map(String::as_str))));
    Json::Map(members)
}

/// A tag key: the pattern, minus keys whose predicate is a method already.
fn tag_key() -> Json {
    let Json::Map(mut members) = pattern(Pattern::LowerSnake) else {
        unreachable!("a pattern's schema is a JSON object");
    };
    let taken: Vec<&str> = METHODS
        .iter()
        .filter_map(|method| method.strip_prefix("is_"))
        .collect();
    if !taken.is_empty() {
        members.push(("not", refused(taken.into_iter())));
    }
    Json::Map(members)
}

/// `{"enum": [...]}` of `values`, to be negated by a `not`.
fn refused<'a>(values: impl Iterator<Item = &'a str>) -> Json {
    object([("enum", values.map(text).collect())])
}

/// A mapping from keys matching `key` to the settings of `level`, or to
/// nothing (`storage:` alone declares a group without settings).
fn declarations(key: Json, level: Level) -> Json {
    let mut settings = entry(level);
    if let Json::Map(members) = &mut settings {
        allow_null(members);
    }
    object([
        ("type", text("object")),
        ("propertyNames", key),
        ("additionalProperties", settings),
    ])
}

/// A string matching `pattern`, with its rule in words.
fn pattern(pattern: Pattern) -> Json {
    object([
        ("type", text("string")),
        ("pattern", text(&pattern.regex())),
        ("patternErrorMessage", text(pattern.rule())),
    ])
}

fn whole(minimum: u32, maximum: u32) -> Json {
    object([
        ("type", text("integer")),
        ("minimum", Json::Int(minimum.into())),
        ("maximum", Json::Int(maximum.into())),
    ])
}

fn list(items: Json, unique: bool) -> Json {
    let mut members = vec![("type", text("array")), ("items", items)];
    if unique {
        members.push(("uniqueItems", Json::Bool(true)));
    }
    Json::Map(members)
}

fn object<const N: usize>(members: [(&'static str, Json); N]) -> Json {
    Json::Map(members.into())
}

fn text(text: &str) -> Json {
    Json::Str(text.to_owned())
}

/// A field's example, written in the table as catalog YAML, as JSON.
fn example(yaml: &str) -> Json {
    match yaml::parse(yaml) {
        Ok(node) => of_node(&node),
        // The field table's tests read every example; a broken one shows
        // as its own text.
        Err(_) => text(yaml),
    }
}

fn of_node(node: &Node) -> Json {
    match &node.kind {
        Kind::Null => Json::Null,
        Kind::Bool(value) => Json::Bool(*value),
        Kind::Int(value) => Json::Int(*value),
        Kind::Float(value) => Json::Float(*value),
        Kind::Str(value) => text(value),
        Kind::Seq(items) => Json::List(items.iter().map(of_node).collect()),
        Kind::Map(pairs) => Json::Pairs(
            pairs
                .iter()
                .map(|(key, value)| {
                    let key = match &key.kind {
                        Kind::Str(key) => key.to_string(),
                        _ => key.describe(),
                    };
                    (key, of_node(value))
                })
                .collect(),
        ),
        Kind::Tagged(tag) => text(tag),
    }
}

/// A JSON value, written in a fixed style: two-space indents, members in
/// the order given, short scalar lists on one line.
enum Json {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    List(Vec<Json>),
    /// An object whose keys are the schema's own words.
    Map(Vec<(&'static str, Json)>),
    /// An object whose keys come from an example.
    Pairs(Vec<(String, Json)>),
}

impl FromIterator<Json> for Json {
    fn from_iter<I: IntoIterator<Item = Json>>(iter: I) -> Json {
        Json::List(iter.into_iter().collect())
    }
}

impl Json {
    fn write(&self, out: &mut String, depth: usize) {
        match self {
            // Written as JSON reads it back.
            Json::Float(value) if value.is_finite() => {
                let _ = write!(out, "{value:?}");
            }
            // JSON has no NaN or infinity (and examples hold none).
            Json::Null | Json::Float(_) => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Int(value) => {
                let _ = write!(out, "{value}");
            }
            Json::Str(value) => string(out, value),
            Json::List(items) if items.iter().all(Json::is_scalar) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write(out, depth);
                }
                out.push(']');
            }
            Json::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i > 0 { ",\n" } else { "\n" });
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                }
                out.push('\n');
                indent(out, depth);
                out.push(']');
            }
            Json::Map(members) => {
                members_of(out, depth, members.iter().map(|(k, v)| (*k, v)));
            }
            Json::Pairs(members) => {
                members_of(out, depth, members.iter().map(|(k, v)| (k.as_str(), v)));
            }
        }
    }

    fn is_scalar(&self) -> bool {
        !matches!(self, Json::List(_) | Json::Map(_) | Json::Pairs(_))
    }
}

fn members_of<'a>(
    out: &mut String,
    depth: usize,
    members: impl ExactSizeIterator<Item = (&'a str, &'a Json)>,
) {
    if members.len() == 0 {
        out.push_str("{}");
        return;
    }
    out.push('{');
    for (i, (key, value)) in members.enumerate() {
        out.push_str(if i > 0 { ",\n" } else { "\n" });
        indent(out, depth + 1);
        string(out, key);
        out.push_str(": ");
        value.write(out, depth + 1);
    }
    out.push('\n');
    indent(out, depth);
    out.push('}');
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// `value` as a JSON string: quotes, backslashes and control characters
/// escaped, everything else as it is (the file is UTF-8).
fn string(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names;

    /// Every string of up to `len` characters drawn from `alphabet`.
    fn strings(alphabet: &[char], len: usize) -> Vec<String> {
        let mut all = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..len {
            let mut next = Vec::new();
            for prefix in &last {
                for c in alphabet {
                    next.push(format!("{prefix}{c}"));
                }
            }
            all.extend(next.iter().cloned());
            last = next;
        }
        all
    }

    fn agree(pattern: Pattern, rule: impl Fn(&str) -> bool, samples: &[String]) {
        let pattern = pattern.regex();
        let regex = regex::Regex::new(&pattern).unwrap();
        for sample in samples {
            assert_eq!(
                regex.is_match(sample),
                rule(sample),
                "pattern {pattern} and the rule differ on {sample:?}"
            );
        }
    }

    #[test]
    fn patterns_say_what_the_naming_rules_say() {
        let upper = strings(&['A', 'B', 'z', '0', '_', '-', 'É'], 5);
        agree(Pattern::Name, names::is_upper_snake, &upper);
        let lower = strings(&['a', 'b', 'Z', '0', '_', '.', '-', 'é'], 5);
        agree(
            Pattern::LowerSnake,
            |s| names::lower_snake_fix(s).is_none(),
            &lower,
        );
        agree(Pattern::GroupKey, names::is_group_key, &lower);
        let mut languages = strings(&['a', 'B', '1', '-', 'é'], 6);
        languages.extend(
            [
                "abcdefgh",
                "abcdefghi",
                "en-abcdefgh",
                "en-abcdefghi",
                "zh-Hans-CN",
            ]
            .map(String::from),
        );
        agree(
            Pattern::Language,
            |s| names::language(s).is_ok(),
            &languages,
        );
    }

    #[test]
    fn urls_and_domains_as_the_rules_say() {
        let mut samples = strings(&['h', ':', '/', '{', '}', ' ', '1', '+'], 5);
        for placeholder in ["{code}", "{name}", "{id}", "{code", "code}", "{{code}}"] {
            for text in ["https://x/", "h:", "h:a ", "1h:"] {
                samples.push(format!("{text}{placeholder}"));
                samples.push(format!("{text}{placeholder}/{placeholder}.html"));
            }
        }
        let spaces: Vec<char> = (0..=0x3000_u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace() || c.is_control() || *c == '\u{feff}')
            .collect();
        for c in &spaces {
            samples.push(format!("h:a{c}b"));
            samples.push(format!("a{c}b.example.com"));
        }
        agree(Pattern::Url, |s| names::docs_url(s).is_ok(), &samples);
        let domain = |s: &str| {
            let placed = crate::read::Placed {
                value: s.to_owned(),
                at: 0,
            };
            crate::grpc::domain(&placed, &mut Vec::new()).is_some()
        };
        agree(Pattern::Domain, domain, &samples);
    }

    #[test]
    fn refused_names_are_refused_by_the_pipeline() {
        for name in refused_names() {
            assert!(names::is_upper_snake(&name), "{name}");
            assert!(names::variant(&name).is_err(), "{name}");
        }
    }

    #[test]
    fn every_example_is_yaml_of_its_shape() {
        for level in Level::ALL {
            for field in level.fields() {
                let node = yaml::parse(field.example)
                    .unwrap_or_else(|_| panic!("{level:?} {}: {:?}", field.key, field.example));
                let kind_ok = match field.shape {
                    Shape::Number | Shape::Status => matches!(node.kind, Kind::Int(_)),
                    Shape::Flag => matches!(node.kind, Kind::Bool(_)),
                    Shape::Names
                    | Shape::Languages
                    | Shape::TagKeys
                    | Shape::Texts
                    | Shape::Range
                    | Shape::Codes
                    | Shape::ReservedList => matches!(node.kind, Kind::Seq(_)),
                    Shape::Translations | Shape::Params | Shape::Groups | Shape::Tags => {
                        matches!(node.kind, Kind::Map(_))
                    }
                    Shape::Text
                    | Shape::Name
                    | Shape::GroupKey
                    | Shape::Url
                    | Shape::Domain
                    | Shape::Grpc => matches!(node.kind, Kind::Str(_)),
                };
                assert!(kind_ok, "{level:?} {}: {:?}", field.key, field.example);
            }
        }
    }

    #[test]
    fn every_field_is_in_the_schema_with_its_description() {
        let written = schema();
        for level in Level::ALL {
            for field in level.fields() {
                let mut key = String::new();
                string(&mut key, field.key);
                let mut description = String::new();
                string(&mut description, field.description);
                let member = format!("{key}: {{\n");
                let place = written.match_indices(&member).find(|(at, _)| {
                    written[at + member.len()..]
                        .trim_start()
                        .starts_with(&format!("\"description\": {description}"))
                });
                assert!(place.is_some(), "{level:?} `{}` is missing", field.key);
            }
        }
    }
}
