//! The YAML layer: the only file that names `serde_yaml`.
//!
//! The catalog is parsed into a plain [`Node`] tree that keeps mappings as
//! ordered pairs, so repeated keys survive to be reported (a `BTreeMap` would
//! silently keep the last one), and every node knows the byte offset where it
//! starts. The fast reader ([`quick`]) knows its offsets as it reads; for
//! the files it leaves to `serde_yaml`, [`marks`] finds them in one pass of
//! the parser `serde_yaml` runs on. [`Lines`], built once per file, turns an
//! offset into a line and column when a problem is reported.
//!
//! A leading byte-order mark is not part of the YAML text: [`parse`] skips
//! it, offsets count from after it, and so positions on line 1 count the
//! characters an editor shows.

// libyaml's events, through `unsafe-libyaml`: the crate's only unsafe code.
#[allow(unsafe_code)]
mod marks;
mod quick;

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

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
    /// not counted, as editors do not show it. (To place many offsets of one
    /// text, build its line table once: this builds one per call.)
    pub fn of_offset(text: &[u8], offset: usize) -> Position {
        let body = text.strip_prefix(BOM.as_bytes()).unwrap_or(text);
        let offset = offset.saturating_sub(text.len() - body.len());
        Lines::new(body).position(body, offset)
    }
}

/// Where each line of a text starts, to turn byte offsets into lines and
/// columns: built once per file, then a binary search per position.
#[derive(Debug, Clone)]
pub(crate) struct Lines {
    /// The offset of the first byte of each line; the first is 0.
    starts: Vec<usize>,
}

impl Lines {
    /// The line starts of `text`, whose line breaks are those of YAML (and
    /// of the YAML reader's positions): LF, CR LF, a CR alone, and NEL,
    /// U+2028 and U+2029.
    pub fn new(text: &[u8]) -> Lines {
        let mut starts = vec![0];
        let mut i = 0;
        while i < text.len() {
            let next = text.get(i + 1).copied();
            let width = match (text[i], next, text.get(i + 2).copied()) {
                (b'\r', Some(b'\n'), _) | (0xc2, Some(0x85), _) => 2,
                (b'\n' | b'\r', _, _) => 1,
                (0xe2, Some(0x80), Some(0xa8 | 0xa9)) => 3,
                _ => {
                    i += 1;
                    continue;
                }
            };
            i += width;
            starts.push(i);
        }
        Lines { starts }
    }

    /// The line and column of byte `offset` of `text` (the text the table
    /// was built from); an offset past the end is the end. The column counts
    /// the characters before the offset on its line (a character that is
    /// not valid UTF-8 counts as one).
    pub fn position(&self, text: &[u8], offset: usize) -> Position {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts.get(line.wrapping_sub(1)).copied().unwrap_or(0);
        let before = text.get(start..offset).unwrap_or_default();
        let column = String::from_utf8_lossy(before).chars().count() + 1;
        Position {
            line: line.max(1),
            column,
        }
    }

    /// The positions of many offsets of `text` (UTF-8) at once, by offset:
    /// in order, so each
    /// line's characters are counted once however many problems it has
    /// (30,000 problems on one long line are as quick as on 30,000 lines).
    pub fn positions(
        &self,
        text: &[u8],
        offsets: impl IntoIterator<Item = usize>,
    ) -> std::collections::BTreeMap<usize, Position> {
        let mut sorted: Vec<usize> = offsets.into_iter().collect();
        crate::order::sort_by(&mut sorted, |&at| at as u64);
        sorted.dedup();
        let mut out = std::collections::BTreeMap::new();
        // The line start, offset and column of the last position found.
        let mut last: Option<(usize, usize, usize)> = None;
        for asked in sorted {
            let offset = asked.min(text.len());
            let line = self.starts.partition_point(|&start| start <= offset);
            let start = self.starts.get(line.wrapping_sub(1)).copied().unwrap_or(0);
            let (from, column) = match last {
                Some((last_start, at, column)) if last_start == start => (at, column),
                _ => (start, 1),
            };
            // Characters, as the bytes that start one (the text is UTF-8).
            let between = text.get(from..offset).unwrap_or_default();
            let column = column + between.iter().filter(|&&b| b & 0xc0 != 0x80).count();
            last = Some((start, offset, column));
            out.insert(
                asked,
                Position {
                    line: line.max(1),
                    column,
                },
            );
        }
        out
    }
}

/// The byte-order mark some editors put at the start of UTF-8 files.
const BOM: &str = "\u{feff}";

/// `text` without a leading byte-order mark: the text offsets count in.
pub(crate) fn body(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

/// A parsed YAML value and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    /// The byte offset in the text (after any byte-order mark) where the
    /// node starts: where `serde_yaml` reports an error about it.
    pub at: usize,
    pub kind: Kind<'a>,
}

/// What a node is, with nothing resolved or merged. Strings borrow from the
/// text where they are written out plainly in it.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind<'a> {
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

impl<'a> Node<'a> {
    pub fn new(at: usize, kind: Kind<'a>) -> Node<'a> {
        Node { at, kind }
    }

    /// How the value is described in an error: its kind and, for scalars, the value.
    pub fn describe(&self) -> String {
        match &self.kind {
            Kind::Null => "an empty value".to_owned(),
            Kind::Bool(b) => format!("the boolean `{b}`"),
            Kind::Int(i) => format!("the number `{i}`"),
            // `{:?}` keeps the point: `404.0`, not `404`.
            Kind::Float(x) => format!("the decimal `{x:?}`"),
            // A long string shown by its start: a problem is one line.
            Kind::Str(s) if s.chars().nth(60).is_some() => {
                let start: String = s.chars().take(60).collect();
                format!("the string {start:?}… ({} characters)", s.chars().count())
            }
            Kind::Str(s) => format!("the string {s:?}"),
            Kind::Seq(_) => "a list".to_owned(),
            Kind::Map(_) => "a mapping".to_owned(),
            Kind::Tagged(tag) => format!("a value tagged `{tag}`"),
        }
    }

    /// Whether the node is an empty value (`key:` with nothing after it, `~`, `null`).
    pub fn is_null(&self) -> bool {
        matches!(self.kind, Kind::Null)
    }
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
        if error.message.contains("control characters are not allowed") {
            // The reader gives no line: the first character YAML refuses.
            if let Some((offset, c)) = text.char_indices().find(|&(_, c)| !allowed(c)) {
                error.message = format!(
                    "the catalog holds the control character U+{:04X}, which YAML does not allow in a file",
                    u32::from(c)
                );
                error.pos = Some(Lines::new(text.as_bytes()).position(text.as_bytes(), offset));
                error.fix = "remove it, or write it as an escape inside a double-quoted string (`\\0`, `\\x07`, `\\u009B`)";
            }
        }
        if error.message.contains("mapping values are not allowed") {
            if let Some((what, fix)) = error.pos.and_then(|pos| colon_in_value(text, pos)) {
                error.message = what;
                error.fix = fix;
            }
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

/// `text` read by the general YAML reader, each node placed where it starts.
fn general(text: &str) -> Result<Node<'static>, serde_yaml::Error> {
    let mut node = serde_yaml::from_str::<Node<'static>>(text)?;
    marks::place(&mut node, text);
    Ok(node)
}

/// A scalar read by the general YAML reader alone, with no position (for
/// the fast reader's rare number forms).
fn general_scalar(text: &str) -> Option<Kind<'static>> {
    match serde_yaml::from_str::<Node<'static>>(text).ok()?.kind {
        kind @ (Kind::Null | Kind::Bool(_) | Kind::Int(_) | Kind::Float(_) | Kind::Str(_)) => {
            Some(kind)
        }
        _ => None,
    }
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

/// The most common YAML slip in a catalog: a plain value holding `: `
/// (`message: Shipping address: not valid.`), which YAML reads as a second
/// key. When the line at `pos` is `key: value` with a plain value, what is
/// wrong and the value quoted as the fix.
fn colon_in_value(text: &str, pos: Position) -> Option<(String, &'static str)> {
    let line = text.lines().nth(pos.line.checked_sub(1)?)?;
    let content = line.trim_start().trim_start_matches("- ");
    let (key, value) = content.split_once(": ")?;
    let value = value.trim();
    let plain = !key.is_empty()
        && !key.contains(['"', '\'', '#', '[', '{'])
        && !value.starts_with(['"', '\'', '[', '{', '|', '>', '&', '*', '!']);
    if !plain {
        return None;
    }
    let quoted = value.replace('\\', "\\\\").replace('"', "\\\"");
    Some((
        format!(
            "the value of `{key}` holds `: `, which YAML reads as the start of another key; write it as `{key}: \"{quoted}\"`"
        ),
        "quote a text that holds `: ` (or ends with `:`)",
    ))
}

/// Whether YAML allows `c` as itself in a file: tab, the line breaks and
/// the printable characters (YAML 1.2, production 1), not the other C0
/// controls, DEL, the C1 controls but NEL, or U+FFFE and U+FFFF.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{85}')
        || !(c.is_control() || c == '\u{fffe}' || c == '\u{ffff}')
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
        Some((context, position)) if context.contains("quoted scalar") && problem.contains("escape") => {
            SyntaxError {
                pos: pos.or(position),
                message: format!("this escape in a quoted string is not valid ({problem})"),
                fix: "an escape names a character: `\\uXXXX` and `\\UXXXXXXXX` take its hexadecimal number, which may not be a surrogate (D800 to DFFF); for a character beyond U+FFFF write `\\U` and eight digits, or the character itself",
            }
        }
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

impl<'de> de::Deserialize<'de> for Node<'static> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node<'static>, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

/// A node of the general reader, placed by [`marks`] once the tree is built.
fn unplaced(kind: Kind<'static>) -> Node<'static> {
    Node::new(0, kind)
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node<'static>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node<'static>, E> {
        Ok(unplaced(Kind::Bool(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node<'static>, E> {
        Ok(unplaced(Kind::Int(v.into())))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Node<'static>, E> {
        Ok(unplaced(Kind::Int(v)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node<'static>, E> {
        Ok(unplaced(Kind::Int(v.into())))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Node<'static>, E> {
        // Beyond i128 only matters as "too large"; saturating keeps that meaning.
        Ok(unplaced(Kind::Int(i128::try_from(v).unwrap_or(i128::MAX))))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node<'static>, E> {
        Ok(unplaced(Kind::Float(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node<'static>, E> {
        Ok(unplaced(Kind::Str(Cow::Owned(v.to_owned()))))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Node<'static>, E> {
        Ok(unplaced(Kind::Str(Cow::Owned(v))))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node<'static>, E> {
        Ok(unplaced(Kind::Null))
    }
    fn visit_none<E: de::Error>(self) -> Result<Node<'static>, E> {
        Ok(unplaced(Kind::Null))
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node<'static>, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Node<'static>, A::Error> {
        let (tag, variant) = data.variant::<String>()?;
        de::VariantAccess::newtype_variant::<IgnoredAny>(variant)?;
        Ok(unplaced(Kind::Tagged(tag)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'static>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(unplaced(Kind::Seq(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'static>, A::Error> {
        let mut pairs = Vec::new();
        while let Some(key) = map.next_key()? {
            let value = map.next_value()?;
            pairs.push((key, value));
        }
        Ok(unplaced(Kind::Map(pairs)))
    }
}

#[cfg(test)]
mod tests;
