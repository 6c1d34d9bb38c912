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

use serde_json::{json, Map, Value};

use crate::fields::{Field, Level, Shape};
use crate::grpc::GrpcCode;
use crate::model::ParamKind;
use crate::names::GENERATED_ITEMS;
use crate::names::{KEYWORDS, WIRE_MEMBERS};
use crate::tags::METHODS;

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
                // The allowed schemes in any case, as ECMAScript patterns
                // have no case-insensitive group.
                let schemes: Vec<String> = crate::names::DOCS_URL_SCHEMES
                    .iter()
                    .map(|scheme| {
                        let mut any_case = String::new();
                        for c in scheme.chars() {
                            any_case.push('[');
                            any_case.push(c.to_ascii_uppercase());
                            any_case.push(c);
                            any_case.push(']');
                        }
                        any_case
                    })
                    .collect();
                format!(
                    r"^({}):([^{{}}{WHITE_SPACE}]|\{{code\}}|\{{name\}})+$",
                    schemes.join("|")
                )
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
            Pattern::Url => "An https: (or http:, urn:, tag:) URI without spaces whose only placeholders are {code} and {name} (https://docs.example.com/errors/{code}).",
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
    let mut schema = Map::new();
    schema.insert(
        "$schema".into(),
        "http://json-schema.org/draft-07/schema#".into(),
    );
    schema.insert("title".into(), "errcodes catalog".into());
    schema.insert(
        "description".into(),
        "A catalog of error codes for errcodes' `error_codes!` macro and `errcodes` command."
            .into(),
    );
    schema.insert(
        "$comment".into(),
        "Written by `errcodes schema`. It checks shapes only; the build and `errcodes check` also check what needs the whole catalog: unique numbers and names, declared groups, languages and tags, group ranges, placeholders and the ledger.".into(),
    );
    schema.extend(entry(Level::Top));
    let mut out = serde_json::to_string_pretty(&Value::Object(schema)).unwrap_or_default();
    out.push('\n');
    out
}

/// The schema of a mapping whose keys are the fields of `level`.
fn entry(level: Level) -> Map<String, Value> {
    let properties: Map<String, Value> = level
        .fields()
        .iter()
        .map(|field| (field.key.to_owned(), Value::Object(property(field))))
        .collect();
    let required: Vec<&str> = level
        .fields()
        .iter()
        .filter(|field| field.required)
        .map(|field| field.key)
        .collect();
    let mut members = object(json!({ "type": "object", "properties": properties }));
    if !required.is_empty() {
        members.insert("required".into(), json!(required));
    }
    members.insert("additionalProperties".into(), false.into());
    members
}

/// The schema of one field: its description, its shape's rule and its
/// example; `null` besides when the field is optional.
fn property(field: &Field) -> Map<String, Value> {
    let mut members = object(json!({ "description": field.description }));
    members.extend(shape(field.shape));
    if !field.required {
        allow_null(&mut members);
    }
    members.insert("examples".into(), json!([example(field.example)]));
    members
}

/// Adds `null` to a rule's `type` (and to its `enum`, which applies to
/// every type).
fn allow_null(members: &mut Map<String, Value>) {
    match members.get_mut("type") {
        Some(Value::Array(types)) => types.push("null".into()),
        Some(single) => *single = json!([single.take(), "null"]),
        None => {}
    }
    if let Some(Value::Array(values)) = members.get_mut("enum") {
        values.push(Value::Null);
    }
}

/// The rule of a shape.
fn shape(shape: Shape) -> Map<String, Value> {
    match shape {
        Shape::Text => object(json!({ "type": "string" })),
        Shape::Name => name(),
        Shape::Names => list(name(), true),
        Shape::GroupKey => pattern(Pattern::GroupKey),
        Shape::Languages => list(pattern(Pattern::Language), true),
        Shape::TagKeys => list(tag_key(), true),
        Shape::Url => pattern(Pattern::Url),
        Shape::Domain => pattern(Pattern::Domain),
        Shape::Number => whole(0, u32::MAX),
        Shape::Status => whole(100, 599),
        Shape::Texts => list(object(json!({ "type": "string" })), false),
        Shape::Translations => object(json!({
            "type": "object",
            "propertyNames": pattern(Pattern::Language),
            "additionalProperties": { "type": "string" },
        })),
        Shape::Range => {
            let mut range = list(whole(0, u32::MAX), false);
            range.insert("minItems".into(), 2.into());
            range.insert("maxItems".into(), 2.into());
            range
        }
        Shape::Params => {
            let kinds: Vec<&str> = ParamKind::ALL.iter().map(|kind| kind.as_str()).collect();
            let mut key = pattern(Pattern::LowerSnake);
            key.insert(
                "not".into(),
                refused(
                    KEYWORDS
                        .iter()
                        .chain(WIRE_MEMBERS.iter().filter(|m| !KEYWORDS.contains(m)))
                        .copied(),
                ),
            );
            object(json!({
                "type": "object",
                "propertyNames": key,
                "additionalProperties": { "type": "string", "enum": kinds },
            }))
        }
        Shape::Groups => declarations(pattern(Pattern::GroupKey), Level::Group),
        Shape::Tags => declarations(tag_key(), Level::Tag),
        Shape::Codes => object(json!({
            "type": "array",
            "minItems": 1,
            "items": entry(Level::Code),
        })),
        Shape::ReservedList => list(entry(Level::Reserved), false),
        Shape::Flag => object(json!({ "type": "boolean" })),
        Shape::Grpc => {
            let names: Vec<&str> = GrpcCode::ALL
                .iter()
                .filter(|code| **code != GrpcCode::Ok)
                .map(|code| code.as_str())
                .collect();
            object(json!({ "type": "string", "enum": names }))
        }
    }
}

/// A code's name: the pattern, minus the names whose variant is taken.
fn name() -> Map<String, Value> {
    let mut members = pattern(Pattern::Name);
    let refused_names = refused_names();
    members.insert(
        "not".into(),
        refused(refused_names.iter().map(String::as_str)),
    );
    members
}

/// A tag key: the pattern, minus keys whose predicate is a method already.
fn tag_key() -> Map<String, Value> {
    let mut members = pattern(Pattern::LowerSnake);
    let taken: Vec<&str> = METHODS
        .iter()
        .filter_map(|method| method.strip_prefix("is_"))
        .collect();
    if !taken.is_empty() {
        members.insert("not".into(), refused(taken.into_iter()));
    }
    members
}

/// `{"enum": [...]}` of `values`, to be negated by a `not`.
fn refused<'a>(values: impl Iterator<Item = &'a str>) -> Value {
    json!({ "enum": values.collect::<Vec<_>>() })
}

/// A mapping from keys matching `key` to the settings of `level`, or to
/// nothing (`storage:` alone declares a group without settings).
fn declarations(key: Map<String, Value>, level: Level) -> Map<String, Value> {
    let mut settings = entry(level);
    allow_null(&mut settings);
    let mut members = object(json!({ "type": "object" }));
    members.insert("propertyNames".into(), Value::Object(key));
    members.insert("additionalProperties".into(), Value::Object(settings));
    members
}

/// A string matching `pattern`, with its rule in words.
fn pattern(pattern: Pattern) -> Map<String, Value> {
    object(json!({
        "type": "string",
        "pattern": pattern.regex(),
        "patternErrorMessage": pattern.rule(),
    }))
}

fn whole(minimum: u32, maximum: u32) -> Map<String, Value> {
    object(json!({ "type": "integer", "minimum": minimum, "maximum": maximum }))
}

fn list(items: Map<String, Value>, unique: bool) -> Map<String, Value> {
    let mut members = object(json!({ "type": "array" }));
    members.insert("items".into(), Value::Object(items));
    if unique {
        members.insert("uniqueItems".into(), true.into());
    }
    members
}

/// The members of a `json!({…})` object literal.
fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(members) => members,
        _ => Map::new(),
    }
}

/// A field's example, written in the table as catalog YAML, as JSON (read
/// by the YAML library, the reader of record; the field table's tests read
/// every example).
fn example(yaml: &str) -> Value {
    serde_yaml::from_str(yaml).unwrap_or_else(|_| yaml.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names;
    use crate::yaml::{self, Kind};

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
            for text in [
                "https://x/",
                "h:",
                "h:a ",
                "1h:",
                "HtTp:",
                "javascript:",
                "urn:x:",
                "tags:",
            ] {
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
                let key = serde_json::to_string(field.key).unwrap();
                let description = serde_json::to_string(field.description).unwrap();
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
