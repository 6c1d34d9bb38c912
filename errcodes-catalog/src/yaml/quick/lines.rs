//! The fast reader's lines: indentation, content, and the small scans of
//! a line's text.

#[derive(Clone, Copy)]
pub(super) struct Line<'a> {
    /// Leading spaces.
    pub(super) indent: usize,
    /// The rest of the line from its first character that is not a space,
    /// without its line break.
    pub(super) content: &'a str,
}

impl Line<'_> {
    /// Blank, or only a comment.
    pub(super) fn is_blank(&self) -> bool {
        matches!(self.content.as_bytes().first(), None | Some(b'#'))
    }
}

/// The lines of `text`; `None` if it has document markers or directives.
pub(super) fn lines(text: &str) -> Option<Vec<Line<'_>>> {
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
pub(super) fn spaces_skipped(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && bytes[i] == b' ' {
        i += 1;
    }
    &text[i..]
}

/// `text` without the spaces it ends with.
pub(super) fn spaces_trimmed(text: &str) -> &str {
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
pub(super) fn plain_value(text: &str) -> Option<&str> {
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

pub(super) fn is_entry(content: &str) -> bool {
    let bytes = content.as_bytes();
    bytes.first() == Some(&b'-') && (bytes.len() == 1 || bytes[1] == b' ')
}

/// Whether `rest` (what follows a value on its line) is empty or a
/// comment, which needs a space before it.
pub(super) fn ends_line(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() && bytes[i] == b' ' {
        i += 1;
    }
    i == bytes.len() || (bytes[i] == b'#' && i > 0)
}
