//! A fast reader for the plain block style most catalogs are written in.
//!
//! Proc macros are built without optimizations unless the user asks, and the
//! general YAML reader is slow as unoptimized code: on a catalog of 10,000
//! codes it took half a second of every build, edits elsewhere in the crate
//! included. This reader handles the common shapes only — block mappings and
//! sequences indented with spaces, `- key: value` entries, plain and quoted
//! one-line scalars, one-line flow sequences of scalars, `|` and `>` block
//! scalars and comments — and answers `None` the moment it meets anything
//! else (anchors, tags, flow mappings, multi-line flow or quoted scalars,
//! tabs, several documents, …) or anything malformed. The caller then reads
//! the file with the general reader, which also produces every error message,
//! so this reader never has to decide what is wrong, only what is plainly
//! right.
//!
//! When it answers, its tree is the general reader's tree: tests compare
//! both on every catalog in the repository, on generated catalogs and on
//! thousands of damaged ones.

use std::borrow::Cow;

use super::{Kind, Node};
use crate::beside::{beside, worth_a_thread};

/// The tree of `text` (without a byte-order mark), or `None` when `text`
/// is not in the subset this reader handles. The tree only counts if the
/// characters pass too: a long sequence checks them in its two halves
/// (see [`Reader::halves`]), else they are checked here.
pub(super) fn parse(text: &str) -> Option<Node<'_>> {
    let (node, checked) = read(text)?;
    (checked || plain_characters(text.as_bytes())).then_some(node)
}

/// The tree of `text`, and whether its characters were checked on the way.
fn read(text: &str) -> Option<(Node<'_>, bool)> {
    let mut lines = lines(text)?;
    let mut reader = Reader {
        text,
        lines: &mut lines,
        at: 0,
        depth: 0,
        eof: true,
        may_split: true,
        checked: false,
    };
    let first = reader.next_content()?;
    if reader.lines[first].indent != 0 {
        return None;
    }
    reader.at = first;
    let node = reader.block(0)?;
    if reader.next_content().is_some() {
        return None;
    }
    Some((node, reader.checked))
}

/// Nesting deeper than this is left to the general reader (which has a
/// limit of its own, and reports it).
const MAX_DEPTH: usize = 32;

/// Implicit keys longer than this are an error for the general reader.
const MAX_KEY: usize = 1000;

/// Whether every character is one this reader accepts: no tabs, no carriage
/// return outside a CRLF pair, no control or non-printable characters, and
/// none of the line breaks YAML 1.1 knows beyond `\n` (NEL, U+2028,
/// U+2029) nor a byte-order mark inside the text. The text is valid UTF-8,
/// so the multi-byte characters are recognised by their first two or three
/// bytes.
fn plain_characters(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !SUSPECT[usize::from(b)] {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let third = bytes.get(i + 2).copied().unwrap_or(0);
        let refused = match b {
            b'\n' => false,
            b'\r' => next != b'\n',
            // U+0080..U+009F: C1 controls, NEL among them.
            0xc2 => (0x80..=0x9f).contains(&next),
            // U+2028, U+2029.
            0xe2 => next == 0x80 && (third == 0xa8 || third == 0xa9),
            // U+FEFF, U+FFFE, U+FFFF.
            0xef => (next == 0xbb && third == 0xbf) || (next == 0xbf && third >= 0xbe),
            // Other controls, DEL.
            _ => true,
        };
        if refused {
            return false;
        }
        i += 1;
    }
    true
}

/// The bytes [`plain_characters`] looks at more closely: controls, DEL and
/// the first bytes of the refused multi-byte characters. (A table: one
/// lookup per byte is what keeps the scan fast in unoptimized code; a
/// `static`, which unoptimized code reads in place, where it copies a
/// `const` array onto the stack at every lookup.)
static SUSPECT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[0x7f] = true;
    table[0xc2] = true;
    table[0xe2] = true;
    table[0xef] = true;
    table
};

#[derive(Clone, Copy)]
struct Line<'a> {
    /// Leading spaces.
    indent: usize,
    /// The rest of the line from its first character that is not a space,
    /// without its line break.
    content: &'a str,
}

impl Line<'_> {
    /// Blank, or only a comment.
    fn is_blank(&self) -> bool {
        matches!(self.content.as_bytes().first(), None | Some(b'#'))
    }
}

/// The lines of `text`; `None` if it has document markers or directives.
fn lines(text: &str) -> Option<Vec<Line<'_>>> {
    let mut lines = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    while start <= bytes.len() {
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'\n' {
            end += 1;
        }
        let raw = &text[start..end];
        start = end + 1;
        let raw = if raw.as_bytes().last() == Some(&b'\r') {
            &raw[..raw.len() - 1]
        } else {
            raw
        };
        let content = spaces_skipped(raw);
        let indent = raw.len() - content.len();
        let first = raw.as_bytes().first().copied();
        if indent == 0
            && matches!(first, Some(b'-' | b'.' | b'%'))
            && (raw.starts_with("---") || raw.starts_with("...") || first == Some(b'%'))
        {
            return None;
        }
        lines.push(Line { indent, content });
    }
    // The text after the last line break is a line only if it holds something.
    if lines.last().is_some_and(|line| line.content.is_empty()) {
        lines.pop();
    }
    Some(lines)
}

/// Whether a line's content starts a sequence entry: `-` then a space or
/// nothing.
/// `text` from its first character that is not a space. (Byte loops here
/// and below: the reader runs unoptimized inside the compiler, where
/// `str`'s pattern searches are slow.)
fn spaces_skipped(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && bytes[i] == b' ' {
        i += 1;
    }
    &text[i..]
}

/// `text` without the spaces it ends with.
fn spaces_trimmed(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    while end > 0 && bytes[end - 1] == b' ' {
        end -= 1;
    }
    &text[..end]
}

/// The plain scalar that `text` starts with: up to a comment, without
/// trailing spaces; `None` if it holds a `: ` (or ends with `:`), which
/// would make it a key.
fn plain_value(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b':' if i + 1 == bytes.len() || bytes[i + 1] == b' ' => return None,
            b'#' if i > 0 && bytes[i - 1] == b' ' => {
                end = i;
                break;
            }
            _ => {}
        }
        i += 1;
    }
    Some(spaces_trimmed(&text[..end]))
}

fn is_entry(content: &str) -> bool {
    let bytes = content.as_bytes();
    bytes.first() == Some(&b'-') && (bytes.len() == 1 || bytes[1] == b' ')
}

/// Whether `rest` (what follows a value on its line) is empty or a
/// comment, which needs a space before it.
fn ends_line(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() && bytes[i] == b' ' {
        i += 1;
    }
    i == bytes.len() || (bytes[i] == b'#' && i > 0)
}

struct Reader<'a, 'r> {
    /// The whole text. Every slice of a line is a slice of it, so its
    /// address tells its offset.
    text: &'a str,
    lines: &'r mut [Line<'a>],
    /// The line being read.
    at: usize,
    depth: usize,
    /// Whether `lines` end where the file ends.
    eof: bool,
    /// Whether a long sequence may be read in two halves on two threads
    /// (once per file: the `codes` list of a large catalog).
    may_split: bool,
    /// Whether the halves checked the characters of the whole text.
    checked: bool,
}

impl<'a> Reader<'a, '_> {
    /// The offset in the text of `slice`, a slice of it.
    fn offset(&self, slice: &str) -> usize {
        slice.as_ptr() as usize - self.text.as_ptr() as usize
    }

    /// The first line from `at` with content, skipping blank lines and comments.
    fn next_content(&self) -> Option<usize> {
        let mut i = self.at;
        while i < self.lines.len() {
            if !self.lines[i].is_blank() {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// The block node starting at line `at`, whose indent is `indent`.
    fn block(&mut self, indent: usize) -> Option<Node<'a>> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let node = if is_entry(self.lines[self.at].content) {
            self.sequence(indent)
        } else {
            self.mapping(indent)
        };
        self.depth -= 1;
        node
    }

    fn sequence(&mut self, indent: usize) -> Option<Node<'a>> {
        if self.may_split {
            if let Some((middle, end)) = self.split_point(indent) {
                self.may_split = false;
                return self.halves(indent, middle, end);
            }
        }
        let start = self.offset(self.lines[self.at].content);
        let mut items = Vec::new();
        loop {
            let line = self.lines[self.at];
            let rest = &line.content[1..];
            let after = spaces_skipped(rest);
            let column = indent + line.content.len() - after.len();
            if ends_line(rest) || after.is_empty() {
                self.at += 1;
                items.push(self.nested(indent, false, rest)?);
            } else if is_entry(after) {
                return None;
            } else if key(after).is_some() {
                // `- key: value`: a mapping indented to its first key.
                self.lines[self.at] = Line {
                    indent: column,
                    content: after,
                };
                items.push(self.block(column)?);
            } else {
                items.push(self.value(after, indent)?);
            }
            match self.next_content() {
                Some(next) if self.lines[next].indent == indent => {
                    if !is_entry(self.lines[next].content) {
                        // The parent mapping goes on (`key:` then its entries
                        // at the key's own indent); it checks this line.
                        break;
                    }
                    self.at = next;
                }
                Some(next) if self.lines[next].indent > indent => return None,
                _ => break,
            }
        }
        Some(Node::new(start, Kind::Seq(items)))
    }

    /// For a long sequence at `indent` starting at line `at`: the line of
    /// its middle entry and the line where it ends. Entries are the lines
    /// at `indent` that start with `-`; everything else of an entry is
    /// indented deeper, so the entries are read the same apart.
    fn split_point(&self, indent: usize) -> Option<(usize, usize)> {
        let mut entries = Vec::new();
        let mut end = self.lines.len();
        for (i, line) in self.lines.iter().enumerate().skip(self.at) {
            if line.is_blank() || line.indent > indent {
                continue;
            }
            if line.indent < indent || !is_entry(line.content) {
                end = i;
                break;
            }
            entries.push(i);
        }
        worth_a_thread(entries.len()).then(|| (entries[entries.len() / 2], end))
    }

    /// The sequence at `indent` from line `at` to `end`, its entries before
    /// line `middle` read on a second thread and the rest on this one. Each
    /// thread also checks the characters of its half of the whole text.
    fn halves(&mut self, indent: usize, middle: usize, end: usize) -> Option<Node<'a>> {
        let (depth, at, text) = (self.depth, self.at, self.text);
        let eof = self.eof && end == self.lines.len();
        // The middle entry's line starts with its `-`: a character boundary.
        let cut = self.offset(self.lines[middle].content);
        let (first, second) = self.lines[at..end].split_at_mut(middle - at);
        let half = |lines, eof| Reader {
            text,
            lines,
            at: 0,
            depth,
            eof,
            may_split: false,
            checked: false,
        };
        let (mut first, mut second) = (half(first, false), half(second, eof));
        let (bytes_before, bytes_after) = text.as_bytes().split_at(cut);
        let (head, tail) = beside(
            "errcodes-yaml",
            move || {
                let node = first.sequence(indent);
                node.filter(|_| plain_characters(bytes_before))
            },
            || {
                let node = second.sequence(indent);
                node.filter(|_| plain_characters(bytes_after))
            },
        );
        let (head, tail) = (head?, tail?);
        self.checked = true;
        let (Kind::Seq(mut items), Kind::Seq(rest)) = (head.kind, tail.kind) else {
            return None;
        };
        items.extend(rest);
        self.at = end;
        Some(Node::new(head.at, Kind::Seq(items)))
    }

    fn mapping(&mut self, indent: usize) -> Option<Node<'a>> {
        let start = self.offset(self.lines[self.at].content);
        let mut pairs = Vec::new();
        loop {
            let line = self.lines[self.at];
            let (name, rest) = key(line.content)?;
            let name = Node::new(self.offset(line.content), name);
            let after = spaces_skipped(rest);
            let value = if ends_line(rest) || after.is_empty() {
                self.at += 1;
                self.nested(indent, true, rest)?
            } else {
                self.value(after, indent)?
            };
            pairs.push((name, value));
            match self.next_content() {
                Some(next) if self.lines[next].indent == indent => {
                    if is_entry(self.lines[next].content) {
                        return None;
                    }
                    self.at = next;
                }
                Some(next) if self.lines[next].indent > indent => return None,
                _ => break,
            }
        }
        Some(Node::new(start, Kind::Map(pairs)))
    }

    /// The value of a key or entry at `indent` that has nothing after it on
    /// its line: a block below it, a sequence at the key's own indent (only
    /// under a mapping key), or nothing. An empty value is where the general
    /// reader places it: right after the `:` or `-`, where `rest` starts.
    fn nested(&mut self, indent: usize, under_key: bool, rest: &str) -> Option<Node<'a>> {
        let empty = Node::new(self.offset(rest), Kind::Null);
        let Some(next) = self.next_content() else {
            return Some(empty);
        };
        let line = self.lines[next];
        if line.indent > indent || (under_key && line.indent == indent && is_entry(line.content)) {
            self.at = next;
            self.block(line.indent)
        } else {
            Some(empty)
        }
    }

    /// A value written on the current line (`text` is what is left of it),
    /// inside a block at `indent`; moves past the lines it takes.
    fn value(&mut self, text: &'a str, indent: usize) -> Option<Node<'a>> {
        let first = text.as_bytes()[0];
        let at = self.offset(text);
        let kind = match first {
            b'"' | b'\'' => {
                let (value, rest) = quoted(text)?;
                if !ends_line(rest) {
                    return None;
                }
                Kind::Str(value)
            }
            b'[' => return self.flow_sequence(text),
            b'|' | b'>' => {
                self.at += 1;
                return self.block_scalar(text, indent);
            }
            _ => {
                let value = plain_value(text)?;
                if !plain_start(value) {
                    return None;
                }
                resolve(value)?
            }
        };
        self.at += 1;
        Some(Node::new(at, kind))
    }

    /// A `|` or `>` scalar whose header is `header`, its lines from `at`,
    /// inside a block at `indent`.
    fn block_scalar(&mut self, header: &str, indent: usize) -> Option<Node<'a>> {
        let at = self.offset(header);
        let literal = header.starts_with('|');
        let rest = &header[1..];
        let (chomp, rest) = match rest.as_bytes().first() {
            Some(b'-') => (Chomp::Strip, &rest[1..]),
            Some(b'+') => (Chomp::Keep, &rest[1..]),
            _ => (Chomp::Clip, rest),
        };
        if !ends_line(rest) {
            return None;
        }
        // The first line sets the indent; blank lines before it are left to
        // the general reader, as is an empty scalar.
        let first = *self.lines.get(self.at)?;
        if first.content.is_empty() || first.indent <= indent {
            return None;
        }
        let own = first.indent;
        let mut body: Vec<&str> = Vec::new();
        while let Some(line) = self.lines.get(self.at) {
            if line.content.is_empty() {
                if line.indent > own {
                    // Spaces beyond the indent are content: left to the general reader.
                    return None;
                }
                body.push("");
            } else if line.indent == own {
                body.push(line.content);
            } else if line.indent > own {
                // More-indented lines keep their spaces, and their breaks
                // when folded: left to the general reader.
                return None;
            } else {
                break;
            }
            self.at += 1;
        }
        // At the end of the file the last line break may be missing, which
        // changes what clipping keeps: left to the general reader.
        if self.at == self.lines.len() && self.eof {
            return None;
        }
        let trailing = body.iter().rev().take_while(|line| line.is_empty()).count();
        let lines = &body[..body.len() - trailing];
        let mut text = if literal {
            lines.join("\n")
        } else {
            fold(lines)
        };
        match chomp {
            Chomp::Strip => {}
            Chomp::Clip => text.push('\n'),
            Chomp::Keep => {
                text.push('\n');
                for _ in 0..trailing {
                    text.push('\n');
                }
            }
        }
        Some(Node::new(at, Kind::Str(Cow::Owned(text))))
    }

    /// A flow sequence of scalars on one line, `[a, "b", 'c']`, with nothing
    /// but a comment after it; moves past its line.
    fn flow_sequence(&mut self, text: &'a str) -> Option<Node<'a>> {
        let at = self.offset(text);
        let mut rest = &text[1..];
        let mut items = Vec::new();
        loop {
            rest = spaces_skipped(rest);
            if items.is_empty() {
                if let Some(after) = rest.strip_prefix(']') {
                    rest = after;
                    break;
                }
            }
            let first = *rest.as_bytes().first()?;
            let item_at = self.offset(rest);
            if first == b'"' || first == b'\'' {
                let (value, after) = quoted(rest)?;
                items.push(Node::new(item_at, Kind::Str(value)));
                rest = after;
            } else {
                let end = rest.find([',', ']'])?;
                let item = spaces_trimmed(&rest[..end]);
                if item.is_empty() || !plain_start(item) || item.contains([':', '#', '[', '{', '}'])
                {
                    return None;
                }
                items.push(Node::new(item_at, resolve(item)?));
                rest = &rest[end..];
            }
            rest = spaces_skipped(rest);
            match rest.as_bytes().first()? {
                b',' => rest = &rest[1..],
                b']' => {
                    rest = &rest[1..];
                    break;
                }
                _ => return None,
            }
        }
        if !ends_line(rest) {
            return None;
        }
        self.at += 1;
        Some(Node::new(at, Kind::Seq(items)))
    }
}

#[derive(Clone, Copy)]
enum Chomp {
    Strip,
    Clip,
    Keep,
}

/// The lines of a folded scalar (none of them more indented, the first and
/// last not empty) joined: neighbours by a space, a run of n empty lines
/// between two lines as n line breaks.
fn fold(lines: &[&str]) -> String {
    let mut text = String::new();
    let mut empty_run = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            empty_run += 1;
            continue;
        }
        if i > 0 {
            if empty_run == 0 {
                text.push(' ');
            } else {
                for _ in 0..empty_run {
                    text.push('\n');
                }
            }
        }
        empty_run = 0;
        text.push_str(line);
    }
    text
}

/// A mapping key at the start of `content` and what follows its `:`, if
/// `content` starts with one.
fn key(content: &str) -> Option<(Kind<'_>, &str)> {
    let first = *content.as_bytes().first()?;
    if first == b'"' || first == b'\'' {
        let (name, rest) = quoted(content)?;
        let rest = rest.strip_prefix(':')?;
        if !(rest.is_empty() || rest.starts_with(' ')) || content.len() - rest.len() > MAX_KEY {
            return None;
        }
        return Some((Kind::Str(name), rest));
    }
    // The first `: ` (or `:` at the end), unless a comment starts before it.
    let bytes = content.as_bytes();
    let mut colon = None;
    let mut i = 0;
    while i < bytes.len() && i <= MAX_KEY {
        let b = bytes[i];
        if b == b':' && (i + 1 == bytes.len() || bytes[i + 1] == b' ') {
            colon = Some(i);
            break;
        }
        if b == b'#' && i > 0 && bytes[i - 1] == b' ' {
            return None;
        }
        i += 1;
    }
    let colon = colon?;
    let name = spaces_trimmed(&content[..colon]);
    if name.is_empty() || colon > MAX_KEY || !plain_start(name) {
        return None;
    }
    Some((resolve(name)?, &content[colon + 1..]))
}

/// Whether a plain scalar may start this way: not with an indicator, except
/// `-`, `?` and `:` followed by something other than a space.
fn plain_start(text: &str) -> bool {
    let bytes = text.as_bytes();
    match bytes.first() {
        Some(b'-' | b'?' | b':') => bytes.get(1).is_some_and(|&b| b != b' '),
        Some(
            b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'\''
            | b'"' | b'%' | b'@' | b'`',
        )
        | None => false,
        Some(_) => true,
    }
}

/// What a plain scalar means: null, a boolean, a number or a string, as the
/// general reader resolves it. Numbers other than plain decimals are rare
/// in catalogs; the general reader resolves those.
fn resolve(text: &str) -> Option<Kind<'_>> {
    let bytes = text.as_bytes();
    let first = bytes[0];
    if first.is_ascii_alphabetic() {
        // The words are four or five letters long: longer text is compared
        // to none of them.
        if bytes.len() > 5 {
            return Some(Kind::Str(Cow::Borrowed(text)));
        }
        return Some(match text {
            "null" | "Null" | "NULL" => Kind::Null,
            "true" | "True" | "TRUE" => Kind::Bool(true),
            "false" | "False" | "FALSE" => Kind::Bool(false),
            _ => Kind::Str(Cow::Borrowed(text)),
        });
    }
    if text == "~" {
        return Some(Kind::Null);
    }
    // A decimal without a leading zero, of at most 18 digits: its value fits.
    if bytes.len() <= 18 && (first != b'0' || bytes.len() == 1) {
        let mut value: i64 = 0;
        let mut i = 0;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            value = value * 10 + i64::from(bytes[i] - b'0');
            i += 1;
        }
        if i == bytes.len() {
            return Some(Kind::Int(i128::from(value)));
        }
    }
    if first.is_ascii_digit() || matches!(first, b'+' | b'-' | b'.') {
        if text.starts_with("---") || text.starts_with("...") {
            return None;
        }
        return super::general_scalar(text);
    }
    Some(Kind::Str(Cow::Borrowed(text)))
}

/// A quoted scalar at the start of `text` that closes on the same line: its
/// value and what follows the closing quote.
fn quoted(text: &str) -> Option<(Cow<'_, str>, &str)> {
    let quote = text.as_bytes()[0];
    let body = &text[1..];
    // Borrowed until an escape makes the value differ from the text.
    let mut value: Option<String> = None;
    let mut start = 0;
    let bytes = body.as_bytes();
    let mut i = 0;
    let finish = |value: Option<String>, start: usize, end: usize| match value {
        None => Cow::Borrowed(&body[start..end]),
        Some(mut owned) => {
            owned.push_str(&body[start..end]);
            Cow::Owned(owned)
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b == quote {
            if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                let owned = value.get_or_insert_with(String::new);
                owned.push_str(&body[start..=i]);
                i += 2;
                start = i;
                continue;
            }
            return Some((finish(value, start, i), &body[i + 1..]));
        }
        if quote == b'"' && b == b'\\' {
            let owned = value.get_or_insert_with(String::new);
            owned.push_str(&body[start..i]);
            let (c, used) = escape(&body[i + 1..])?;
            owned.push(c);
            i += 1 + used;
            start = i;
            continue;
        }
        i += 1;
    }
    None
}

/// The character a double-quoted escape (after its `\`) stands for, and how
/// many bytes it takes; only the common escapes.
fn escape(text: &str) -> Option<(char, usize)> {
    let c = match text.as_bytes().first()? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'n' => '\n',
        b't' => '\t',
        b'r' => '\r',
        b'0' => '\0',
        b'u' => {
            let hex = text.get(1..5)?;
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            return char::from_u32(u32::from_str_radix(hex, 16).ok()?).map(|c| (c, 5));
        }
        _ => return None,
    };
    Some((c, 1))
}

#[cfg(test)]
mod tests;
