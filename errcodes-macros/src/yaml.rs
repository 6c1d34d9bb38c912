//! The YAML layer: the only file that names `serde_yaml`.
//!
//! The catalog is parsed into a plain [`Node`] tree that keeps mappings as
//! ordered pairs, so repeated keys survive to be reported (a `BTreeMap` would
//! silently keep the last one). `serde_yaml` does not expose positions of
//! values, only of errors, so [`locate`] finds the line and column of any node
//! by walking to it and raising an error there. It reparses the file, so it is
//! only used on the error path, for the problems that are reported.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::diag::Pos;

/// A parsed YAML value, with nothing resolved or merged.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Pairs in file order; keys may repeat.
    Map(Vec<(Node, Node)>),
    /// A value carrying an explicit tag such as `!foo`.
    Tagged(String),
}

impl Node {
    /// How the value is described in an error: its kind and, for scalars, the value.
    pub fn describe(&self) -> String {
        match self {
            Node::Null => "an empty value".to_owned(),
            Node::Bool(b) => format!("the boolean `{b}`"),
            Node::Int(i) => format!("the number `{i}`"),
            Node::Float(x) => format!("the number `{x}`"),
            Node::Str(s) => format!("the string {s:?}"),
            Node::Seq(_) => "a list".to_owned(),
            Node::Map(_) => "a mapping".to_owned(),
            Node::Tagged(tag) => format!("a value tagged `{tag}`"),
        }
    }
}

/// One step from a node to one of its children.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The n-th element of a sequence.
    Index(usize),
    /// The key of the n-th pair of a mapping.
    Key(usize),
    /// The value of the n-th pair of a mapping.
    Value(usize),
}

/// A syntax error, with where the parser noticed it.
#[derive(Debug)]
pub struct SyntaxError {
    pub pos: Option<Pos>,
    pub message: String,
}

/// Parses one YAML document.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    serde_yaml::from_str::<Node>(text).map_err(|err| {
        let pos = err.location().map(|loc| Pos {
            line: loc.line(),
            column: loc.column(),
        });
        let mut error = explain(pos, &err.to_string());
        if error.pos.is_none() && error.message.contains("more than one document") {
            error.message = String::from(
                "the file holds more than one YAML document; a catalog is a single document",
            );
            error.pos = Some(second_document(text));
        }
        if error.pos.is_none() && error.message.contains("repetition limit") {
            error.message = String::from(
                "aliases (`*name`) expand to too much data (more than the YAML reader's repetition limit)",
            );
            error.pos = Some(first_alias(text));
        }
        let at_tab = error.pos.and_then(|pos| char_at(text, pos)) == Some('\t');
        if at_tab && !error.message.contains("tab") {
            error.message = format!("a tab character ({})", error.message);
        }
        error
    })
}

/// Where a second document starts: the first `---` line after content, or
/// the second `---` line (a first one may open the only document).
fn second_document(text: &str) -> Pos {
    let mut seen_content = false;
    let mut seen_marker = false;
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim_start_matches('\u{feff}');
        if trimmed.starts_with("---") || trimmed.starts_with("...") {
            if seen_content || seen_marker {
                return Pos {
                    line: index + 1,
                    column: 1,
                };
            }
            seen_marker = trimmed.starts_with("---");
        } else if !trimmed.trim().is_empty() && !trimmed.trim_start().starts_with('#') {
            seen_content = true;
        }
    }
    Pos { line: 1, column: 1 }
}

/// Where the first alias (`*name` after a space, `[`, `,` or `:`) is.
fn first_alias(text: &str) -> Pos {
    for (index, line) in text.lines().enumerate() {
        let mut prev = ' ';
        for (column, c) in line.chars().enumerate() {
            if c == '*' && matches!(prev, ' ' | '[' | ',' | ':' | '-') {
                return Pos {
                    line: index + 1,
                    column: column + 1,
                };
            }
            prev = c;
        }
    }
    Pos { line: 1, column: 1 }
}

/// The character at a 1-based line and column of `text`.
fn char_at(text: &str, pos: Pos) -> Option<char> {
    let line = text.lines().nth(pos.line.checked_sub(1)?)?;
    line.chars().nth(pos.column.checked_sub(1)?)
}

/// Rewrites `serde_yaml`'s "PROBLEM at line L column C, while CONTEXT at line
/// L2 column C2" so the position is given once, in front, and an unclosed
/// quote is reported where the quote opens rather than where the file ends.
fn explain(pos: Option<Pos>, text: &str) -> SyntaxError {
    let (problem, context) = match text.split_once(", while ") {
        Some((problem, context)) => (problem, Some(context)),
        None => (text, None),
    };
    let (problem, _) = split_position(problem);
    match context.map(split_position) {
        Some((context, Some(opened))) if context.contains("quoted scalar") => SyntaxError {
            pos: Some(opened),
            message: format!(
                "this quoted string is never closed ({problem}{})",
                pos.map_or_else(String::new, |p| format!(" at line {}", p.line))
            ),
        },
        Some((context, _)) => SyntaxError {
            pos,
            message: format!("{problem}, while {context}"),
        },
        None => SyntaxError {
            pos,
            message: problem.to_owned(),
        },
    }
}

/// Splits a trailing " at line L column C" off `text`.
fn split_position(text: &str) -> (&str, Option<Pos>) {
    let Some(cut) = text.rfind(" at line ") else {
        return (text, None);
    };
    let mut words = text[cut + " at line ".len()..].split(' ');
    let line = words.next().and_then(|w| w.parse().ok());
    let column = match (words.next(), words.next()) {
        (Some("column"), Some(c)) => c.parse().ok(),
        _ => None,
    };
    match (line, column, words.next()) {
        (Some(line), Some(column), None) => (&text[..cut], Some(Pos { line, column })),
        _ => (text, None),
    }
}

/// The line and column where the node at `path` starts, or `None` if the
/// path does not lead to a node of `text`.
pub fn locate(text: &str, path: &[Step]) -> Option<Pos> {
    let de = serde_yaml::Deserializer::from_str(text);
    match (Seek { path }).deserialize(de) {
        Err(err) if err.to_string().contains(FOUND) => err.location().map(|loc| Pos {
            line: loc.line(),
            column: loc.column(),
        }),
        _ => None,
    }
}

/// The message of the error [`locate`] raises on purpose at its target.
const FOUND: &str = "errcodes: target reached";

struct Seek<'p> {
    path: &'p [Step],
}

impl<'de> DeserializeSeed<'de> for Seek<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Seek<'_> {
    fn here<E: de::Error>(&self) -> Result<(), E> {
        if self.path.is_empty() {
            Err(E::custom(FOUND))
        } else {
            Ok(())
        }
    }
}

impl<'de> Visitor<'de> for Seek<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.here()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.here()
    }
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        self.here()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.here()
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        self.here()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.here()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.here()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.here()
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.here()
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        self.here()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((&Step::Index(target), rest)) = self.path.split_first() else {
            return self.here();
        };
        for _ in 0..target {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
        }
        seq.next_element_seed(Seek { path: rest }).map(drop)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (target, rest, want_key) = match self.path.split_first() {
            Some((&Step::Key(n), rest)) => (n, rest, true),
            Some((&Step::Value(n), rest)) => (n, rest, false),
            _ => return self.here(),
        };
        for _ in 0..target {
            if map.next_key::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
            map.next_value::<IgnoredAny>()?;
        }
        if want_key {
            map.next_key_seed(Seek { path: rest }).map(drop)
        } else if map.next_key::<IgnoredAny>()?.is_some() {
            map.next_value_seed(Seek { path: rest })
        } else {
            Ok(())
        }
    }
}

impl<'de> de::Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Int(v.into()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Int(v.into()))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Node, E> {
        // Beyond i128 only matters as "too large"; saturating keeps that meaning.
        Ok(Node::Int(i128::try_from(v).unwrap_or(i128::MAX)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Node, A::Error> {
        let (tag, variant) = data.variant::<String>()?;
        de::VariantAccess::newtype_variant::<IgnoredAny>(variant)?;
        Ok(Node::Tagged(tag))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut pairs = Vec::new();
        while let Some(key) = map.next_key()? {
            let value = map.next_value()?;
            pairs.push((key, value));
        }
        Ok(Node::Map(pairs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "codes:\n  - code: 1\n    name: A\n  - code: 2\n    name: B\n    name: C\n";

    #[test]
    fn repeated_keys_are_kept() {
        let Node::Map(top) = parse(TEXT).unwrap() else {
            panic!("not a map")
        };
        let Node::Seq(codes) = &top[0].1 else {
            panic!("not a seq")
        };
        let Node::Map(second) = &codes[1] else {
            panic!("not a map")
        };
        assert_eq!(second.len(), 3);
    }

    #[test]
    fn locates_keys_values_and_entries() {
        let pos = |path: &[Step]| locate(TEXT, path).map(|p| (p.line, p.column));
        assert_eq!(pos(&[Step::Value(0), Step::Index(1)]), Some((4, 5)));
        assert_eq!(
            pos(&[Step::Value(0), Step::Index(1), Step::Key(2)]),
            Some((6, 5))
        );
        assert_eq!(
            pos(&[Step::Value(0), Step::Index(1), Step::Value(2)]),
            Some((6, 11))
        );
        assert_eq!(pos(&[Step::Value(0), Step::Index(7)]), None);
    }

    #[test]
    fn hostile_documents_are_refused_with_a_position() {
        let deep = format!("codes: {}{}\n", "[".repeat(500), "]".repeat(500));
        let err = parse(&deep).unwrap_err();
        assert!(err.pos.is_some(), "{err:?}");

        // Each level doubles the expansion: a "billion laughs" alias bomb.
        let mut lines = vec![String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]")];
        for level in 1..12 {
            let refs = vec![format!("*a{}", level - 1); 10].join(", ");
            lines.push(format!("a{level}: &a{level} [{refs}]"));
        }
        let bomb = lines.join("\n");
        let err = parse(&bomb).unwrap_err();
        assert_eq!(
            err.pos,
            Some(Pos {
                line: 2,
                column: 10
            }),
            "{err:?}"
        );
        assert!(err.message.contains("aliases"), "{err:?}");
    }

    #[test]
    fn syntax_errors_have_positions() {
        let err = parse("codes:\n  - name: \"open\n  - x: 1\n").unwrap_err();
        assert_eq!(
            err.pos,
            Some(Pos {
                line: 2,
                column: 11
            }),
            "{err:?}"
        );
        assert!(err
            .message
            .starts_with("this quoted string is never closed"));

        let err = parse("codes: []\n---\ncodes: []\n").unwrap_err();
        assert_eq!(err.pos, Some(Pos { line: 2, column: 1 }), "{err:?}");

        let err = parse("codes:\n\t- code: 1\n").unwrap_err();
        assert!(err.message.contains("tab"), "{err:?}");
        assert!(!err.message.contains(" at line "), "{err:?}");
        assert_eq!(err.pos.map(|p| p.line), Some(2));
    }
}
