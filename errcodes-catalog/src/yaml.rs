//! The YAML layer: the only file that names `serde_yaml`.
//!
//! The catalog is parsed into a plain [`Node`] tree that keeps mappings as
//! ordered pairs, so repeated keys survive to be reported (a `BTreeMap` would
//! silently keep the last one). `serde_yaml` does not expose positions of
//! values, only of errors, so [`locate`] finds the line and column of any node
//! by walking to it and raising an error there. It reparses the file, so it is
//! only used on the error path, for the problems that are reported.
//!
//! A leading byte-order mark is not part of the YAML text: both [`parse`] and
//! [`locate`] skip it, so positions on line 1 count the characters an editor
//! shows.

mod quick;

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A 1-based line and column in the catalog file; columns count characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in characters (not bytes).
    pub column: usize,
}

impl Position {
    /// The top of the file.
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of byte `offset` of `text`. A leading byte-order mark is
    /// not counted, as editors do not show it.
    pub fn of_offset(text: &[u8], offset: usize) -> Position {
        let before = &text[..offset.min(text.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = before.split(|&b| b == b'\n').count();
        let mut in_line = &before[line_start..];
        if line_start == 0 {
            in_line = in_line.strip_prefix(BOM.as_bytes()).unwrap_or(in_line);
        }
        let column = String::from_utf8_lossy(in_line).chars().count() + 1;
        Position { line, column }
    }
}

/// The byte-order mark some editors put at the start of UTF-8 files.
const BOM: &str = "\u{feff}";

/// `text` without a leading byte-order mark.
fn body(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

/// A parsed YAML value, with nothing resolved or merged. Strings borrow
/// from the text where they are written out plainly in it.
#[derive(Debug, Clone, PartialEq)]
pub enum Node<'a> {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(Cow<'a, str>),
    Seq(Vec<Node<'a>>),
    /// Pairs in file order; keys may repeat.
    Map(Vec<(Node<'a>, Node<'a>)>),
    /// A value carrying an explicit tag such as `!foo`.
    Tagged(String),
}

impl Node<'_> {
    /// How the value is described in an error: its kind and, for scalars, the value.
    pub fn describe(&self) -> String {
        match self {
            Node::Null => "an empty value".to_owned(),
            Node::Bool(b) => format!("the boolean `{b}`"),
            Node::Int(i) => format!("the number `{i}`"),
            // `{:?}` keeps the point: `404.0`, not `404`.
            Node::Float(x) => format!("the decimal `{x:?}`"),
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

/// A syntax error: where the parser noticed it, what it is, and how to fix it.
#[derive(Debug)]
pub struct SyntaxError {
    pub pos: Option<Position>,
    pub message: String,
    pub fix: &'static str,
}

/// Parses one YAML document.
///
/// Catalogs in the common block style are read by a fast reader of that
/// style ([`quick`]); anything else, and every error, by `serde_yaml`.
pub fn parse(text: &str) -> Result<Node<'_>, SyntaxError> {
    let text = body(text);
    if let Some(node) = quick::parse(text) {
        return Ok(node);
    }
    general(text).map_err(|err| {
        let pos = err.location().map(|loc| Position {
            line: loc.line(),
            column: loc.column(),
        });
        let mut error = explain(pos, &err.to_string());
        if error.pos.is_none() && error.message.contains("more than one document") {
            // Only said when it is true: the reader's own text otherwise.
            if let Some(second) = second_document(text) {
                error.message = String::from(
                    "the file holds more than one YAML document; a catalog is a single document",
                );
                error.pos = Some(second);
            }
        }
        if error.pos.is_none() && error.message.contains("repetition limit") {
            error.message = String::from(
                "aliases (`*name`) expand to too much data (more than the YAML reader's repetition limit)",
            );
            error.pos = Some(first_alias(text));
            error.fix = "write the values out instead of repeating them through aliases";
        }
        let at_tab = error.pos.and_then(|pos| char_at(text, pos)) == Some('\t');
        if at_tab && !error.message.contains("tab") {
            error.message = format!("a tab character ({})", error.message);
        }
        if error.message.contains("tab") && error.fix == CHECK_SYNTAX {
            error.fix = "indent with spaces; YAML does not allow tabs in indentation";
        }
        error
    })
}

/// Whether the fast reader agrees with the general one on `text`: `Ok(true)`
/// when it read `text`, to the same tree, `Ok(false)` when it left `text`
/// to the general reader, `Err` with both trees when they differ (a bug).
pub fn fast_reader_agrees(text: &str) -> Result<bool, String> {
    let text = body(text);
    let Some(fast) = quick::parse(text) else {
        return Ok(false);
    };
    // Compared as text: a NaN equals itself there.
    let fast = format!("{fast:?}");
    match general(text) {
        Ok(node) if format!("{node:?}") == fast => Ok(true),
        Ok(node) => Err(format!("fast reader: {fast}\ngeneral reader: {node:?}")),
        Err(err) => Err(format!(
            "the fast reader read {fast}\nwhere the general reader refuses: {err}"
        )),
    }
}

/// `text` read by the general YAML reader.
fn general(text: &str) -> Result<Node<'static>, serde_yaml::Error> {
    serde_yaml::from_str::<Node<'static>>(text)
}

/// Where a second document starts, if there is one: the first document
/// marker (`---` or `...`) that comes after content or after an opening
/// `---`, and is itself followed by content.
fn second_document(text: &str) -> Option<Position> {
    let lines: Vec<&str> = text.lines().collect();
    let mut seen_content = false;
    let mut opened = false;
    for (index, line) in lines.iter().enumerate() {
        let Some((opens, rest)) = marker(line) else {
            seen_content |= is_content(line);
            continue;
        };
        if seen_content || opened {
            let follows = is_content(rest)
                || lines.iter().skip(index + 1).any(|line| {
                    marker(line).map_or(is_content(line), |(_, rest)| is_content(rest))
                });
            return follows.then_some(Position {
                line: index + 1,
                column: 1,
            });
        }
        opened = opens;
        seen_content |= is_content(rest);
    }
    None
}

/// A document marker line: whether it opens a document (`---`, not `...`),
/// and what follows it on the line.
fn marker(line: &str) -> Option<(bool, &str)> {
    for (mark, opens) in [("---", true), ("...", false)] {
        if let Some(rest) = line.strip_prefix(mark) {
            if rest.is_empty() || rest.starts_with([' ', '\t', '\r']) {
                return Some((opens, rest));
            }
        }
    }
    None
}

/// A line that holds YAML content: not blank and not only a comment.
fn is_content(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && !line.starts_with('#')
}

/// Where the first alias (`*name` after a space, `[`, `,` or `:`) is.
fn first_alias(text: &str) -> Position {
    for (index, line) in text.lines().enumerate() {
        let mut prev = ' ';
        for (column, c) in line.chars().enumerate() {
            if c == '*' && matches!(prev, ' ' | '[' | ',' | ':' | '-') {
                return Position {
                    line: index + 1,
                    column: column + 1,
                };
            }
            prev = c;
        }
    }
    Position { line: 1, column: 1 }
}

/// The character at a 1-based line and column of `text`.
fn char_at(text: &str, pos: Position) -> Option<char> {
    let line = text.lines().nth(pos.line.checked_sub(1)?)?;
    line.chars().nth(pos.column.checked_sub(1)?)
}

/// The fix for a syntax error the reader gives no more detail about.
const CHECK_SYNTAX: &str =
    "check the indentation (spaces, aligned under the parent) and the `key: value` syntax here";

/// Rewrites `serde_yaml`'s "PROBLEM at line L column C, while CONTEXT at line
/// L2 column C2" so the position is given once, in front, and an unclosed
/// quote is reported where the quote opens rather than where the file ends.
fn explain(pos: Option<Position>, text: &str) -> SyntaxError {
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
            fix: "add the closing quote",
        },
        Some((context, _)) => SyntaxError {
            pos,
            message: format!("{problem}, while {context}"),
            fix: CHECK_SYNTAX,
        },
        None => SyntaxError {
            pos,
            message: problem.to_owned(),
            fix: CHECK_SYNTAX,
        },
    }
}

/// Splits a trailing " at line L column C" off `text`.
fn split_position(text: &str) -> (&str, Option<Position>) {
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
        (Some(line), Some(column), None) => (&text[..cut], Some(Position { line, column })),
        _ => (text, None),
    }
}

/// The line and column where the node at `path` starts, or `None` if the
/// path does not lead to a node of `text`.
pub fn locate(text: &str, path: &[Step]) -> Option<Position> {
    let de = serde_yaml::Deserializer::from_str(body(text));
    match (Seek { path }).deserialize(de) {
        Err(err) if err.to_string().contains(FOUND) => err.location().map(|loc| Position {
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

impl<'de> de::Deserialize<'de> for Node<'static> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node<'static>, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node<'static>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node<'static>, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node<'static>, E> {
        Ok(Node::Int(v.into()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Node<'static>, E> {
        Ok(Node::Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node<'static>, E> {
        Ok(Node::Int(v.into()))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Node<'static>, E> {
        // Beyond i128 only matters as "too large"; saturating keeps that meaning.
        Ok(Node::Int(i128::try_from(v).unwrap_or(i128::MAX)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node<'static>, E> {
        Ok(Node::Float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node<'static>, E> {
        Ok(Node::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Node<'static>, E> {
        Ok(Node::Str(Cow::Owned(v)))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node<'static>, E> {
        Ok(Node::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Node<'static>, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node<'static>, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Node<'static>, A::Error> {
        let (tag, variant) = data.variant::<String>()?;
        de::VariantAccess::newtype_variant::<IgnoredAny>(variant)?;
        Ok(Node::Tagged(tag))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'static>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'static>, A::Error> {
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
            Some(Position {
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
            Some(Position {
                line: 2,
                column: 11
            }),
            "{err:?}"
        );
        assert!(err
            .message
            .starts_with("this quoted string is never closed"));

        let err = parse("codes: []\n---\ncodes: []\n").unwrap_err();
        assert_eq!(err.pos, Some(Position { line: 2, column: 1 }), "{err:?}");

        let err = parse("codes:\n\t- code: 1\n").unwrap_err();
        assert!(err.message.contains("tab"), "{err:?}");
        assert!(!err.message.contains(" at line "), "{err:?}");
        assert_eq!(err.pos.map(|p| p.line), Some(2));
    }

    #[test]
    fn a_byte_order_mark_is_not_yaml() {
        let bodies = [
            "languages: [en]\ncodes: []\n",
            "groups:\n  a: {}\ncodes: []\n",
            "reserved: []\ncodes: []\n",
            "# a note\ncodes: []\n",
            "codes: []\n",
        ];
        for body in bodies {
            for text in [body.to_owned(), body.replace('\n', "\r\n")] {
                let text = format!("\u{feff}{text}");
                assert!(parse(&text).is_ok(), "{text:?}: {:?}", parse(&text));
            }
        }
        // Positions on line 1 do not count the mark.
        let text = "\u{feff}languages: 5\ncodes: []\n";
        let path = [Step::Value(0)];
        assert_eq!(
            locate(text, &path),
            Some(Position {
                line: 1,
                column: 12
            })
        );
    }

    #[test]
    fn only_a_real_second_document_is_called_one() {
        let at = |line| Some(Position { line, column: 1 });
        assert_eq!(second_document("codes: []\n---\ncodes: []\n"), at(2));
        assert_eq!(second_document("---\ncodes: []\n---\nx: 1\n"), at(3));
        assert_eq!(second_document("codes: []\n--- x\n"), at(2));
        assert_eq!(second_document("---\ncodes: []\n"), None);
        assert_eq!(second_document("codes: []\n...\n"), None);
        assert_eq!(second_document("codes: []\n---\n# only a comment\n"), None);
        assert_eq!(second_document("codes:\n  - name: ---x\n"), None);
    }

    #[test]
    fn a_real_second_document_is_reported_as_one() {
        let err = parse("codes: []\n---\ncodes: []\n").unwrap_err();
        assert!(
            err.message
                .starts_with("the file holds more than one YAML document"),
            "{err:?}"
        );
        assert_eq!(err.pos, Some(Position { line: 2, column: 1 }));
    }
}
