//! The fast reader's block structure: mappings, sequences and block
//! scalars, line by line, a long sequence in two halves.

use std::borrow::Cow;

use super::super::{Kind, Node};
use super::chars::plain_characters;
use super::lines::{ends_line, is_entry, plain_value, spaces_skipped, spaces_trimmed, Line};
use super::scalar::{fold, key, plain_start, quoted, resolve, Chomp};
use super::MAX_DEPTH;
use crate::beside::{beside, worth_a_thread};

pub(super) struct Reader<'a, 'r> {
    /// The whole text. Every slice of a line is a slice of it, so its
    /// address tells its offset.
    pub(super) text: &'a str,
    pub(super) lines: &'r mut [Line<'a>],
    /// The line being read.
    pub(super) at: usize,
    pub(super) depth: usize,
    /// Whether `lines` end where the file ends.
    pub(super) eof: bool,
    /// Whether a long sequence may be read in two halves on two threads
    /// (once per file: the `codes` list of a large catalog).
    pub(super) may_split: bool,
    /// Whether the halves checked the characters of the whole text.
    pub(super) checked: bool,
}

impl<'a> Reader<'a, '_> {
    /// The offset in the text of `slice`, a slice of it.
    pub(super) fn offset(&self, slice: &str) -> usize {
        slice.as_ptr() as usize - self.text.as_ptr() as usize
    }

    /// The first line from `at` with content, skipping blank lines and comments.
    pub(super) fn next_content(&self) -> Option<usize> {
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
    pub(super) fn block(&mut self, indent: usize) -> Option<Node<'a>> {
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

    pub(super) fn sequence(&mut self, indent: usize) -> Option<Node<'a>> {
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
    pub(super) fn split_point(&self, indent: usize) -> Option<(usize, usize)> {
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
    pub(super) fn halves(&mut self, indent: usize, middle: usize, end: usize) -> Option<Node<'a>> {
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

    pub(super) fn mapping(&mut self, indent: usize) -> Option<Node<'a>> {
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
    pub(super) fn nested(
        &mut self,
        indent: usize,
        under_key: bool,
        rest: &str,
    ) -> Option<Node<'a>> {
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
    pub(super) fn value(&mut self, text: &'a str, indent: usize) -> Option<Node<'a>> {
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
    pub(super) fn block_scalar(&mut self, header: &str, indent: usize) -> Option<Node<'a>> {
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
    pub(super) fn flow_sequence(&mut self, text: &'a str) -> Option<Node<'a>> {
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
