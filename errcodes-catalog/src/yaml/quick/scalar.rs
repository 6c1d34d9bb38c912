//! The fast reader's scalars: plain, quoted and folded text, and what a
//! plain scalar means.

use std::borrow::Cow;

use super::super::Kind;
use super::lines::spaces_trimmed;
use super::MAX_KEY;

#[derive(Clone, Copy)]
pub(super) enum Chomp {
    Strip,
    Clip,
    Keep,
}

/// The lines of a folded scalar (none of them more indented, the first and
/// last not empty) joined: neighbours by a space, a run of n empty lines
/// between two lines as n line breaks.
pub(super) fn fold(lines: &[&str]) -> String {
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
pub(super) fn key(content: &str) -> Option<(Kind<'_>, &str)> {
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
pub(super) fn plain_start(text: &str) -> bool {
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
pub(super) fn resolve(text: &str) -> Option<Kind<'_>> {
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
        return super::super::general_scalar(text);
    }
    Some(Kind::Str(Cow::Borrowed(text)))
}

/// A quoted scalar at the start of `text` that closes on the same line: its
/// value and what follows the closing quote.
pub(super) fn quoted(text: &str) -> Option<(Cow<'_, str>, &str)> {
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
pub(super) fn escape(text: &str) -> Option<(char, usize)> {
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
