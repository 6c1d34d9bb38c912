//! Catalog text written into other places, escaped for each: one function
//! per target, used by every writer of that target, so a message, a
//! description or a note is shown as written and never becomes markup, code
//! or a terminal command.

use std::fmt::Write as _;

/// Whether `c` must not appear as itself where catalog text is shown: the
/// controls (C0, DEL, C1: a terminal reads `ESC` as a command, Python and Go
/// source refuse `NUL`), the line and paragraph separators (which end a
/// JavaScript comment), the byte-order mark (which Go refuses inside a
/// file), and the bidirectional controls (which reorder what is shown).
pub fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// `c` written as Rust writes an escape, `\u{1b}`: visible and inert.
fn shown(out: &mut String, c: char) {
    let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
}

/// Text for a terminal: every [`hidden`] character but line breaks and
/// tabs shown as an escape, so catalog text cannot clear the screen, set
/// the window title or hide a link (`OSC 8`).
pub fn terminal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if hidden(c) && c != '\n' && c != '\t' {
            shown(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// Text for inline Markdown (a table cell, a line of a page): shown as
/// written. HTML's special characters are entities, every character
/// Markdown gives a meaning to inline is escaped with a backslash, line
/// breaks are spaces (a cell is one line; a break could start a heading),
/// and [`hidden`] characters are shown as escapes.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' | '\n' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if hidden(c) => shown(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

/// Text for HTML, in an element or an attribute value: `& < > " '` as
/// entities, [`hidden`] characters shown as escapes (line breaks and tabs
/// kept).
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if hidden(c) => shown(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

/// Text as inline code: a code span when it holds nothing a code span
/// cannot carry (a backtick, a table's pipe, a line break, a [`hidden`]
/// character), else a `<code>` element of escaped text.
pub fn code(text: &str) -> String {
    if text
        .chars()
        .any(|c| matches!(c, '`' | '|' | '&' | '<' | '>') || hidden(c))
    {
        let mut out = String::from("<code>");
        for c in text.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '|' => out.push_str("&#124;"),
                '`' => out.push_str("&#96;"),
                c if hidden(c) => shown(&mut out, c),
                c => out.push(c),
            }
        }
        out.push_str("</code>");
        out
    } else {
        format!("`{text}`")
    }
}

/// Text for a paragraph of its own: [`markdown`], with what would start a
/// list or a thematic break at the start of a line (`- `, `+ `, `1. `, `=`)
/// escaped too.
pub fn paragraph(text: &str) -> String {
    let text = markdown(text.trim());
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    match text.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => format!("{}\\{}", &text[..digits], &text[digits..]),
        Some(b'-' | b'+' | b'=') if digits == 0 => format!("\\{text}"),
        _ => text,
    }
}

/// A string literal with JSON's escapes, which TypeScript, Python and Go
/// read the same way (`\"`, `\\`, `\n`, `\uXXXX`), every [`hidden`]
/// character escaped (JSON leaves the separators, the byte-order mark and
/// the bidirectional controls as they are).
pub fn quoted(text: &str) -> String {
    // Every hidden character is in the Basic Multilingual Plane.
    literal(text, &[], |out, c| {
        let _ = write!(out, "\\u{:04x}", u32::from(c));
    })
}

/// A double-quoted string literal of the common syntax: `"` and `\`
/// escaped, line breaks and tabs as `\n`, `\r`, `\t`, each of `special`
/// after a backslash (PHP's `$`, Ruby's `#`), and every other [`hidden`]
/// character as `hidden_escape` writes it (`\u2028`, `\u{2028}`).
pub fn literal(text: &str, special: &[char], hidden_escape: impl Fn(&mut String, char)) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if hidden(c) => hidden_escape(&mut out, c),
            c if special.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A comment's text on one line: no line breaks, no comment terminators,
/// every [`hidden`] character shown as an escape.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.replace("*/", "* /").chars() {
        match c {
            '\r' | '\n' => out.push(' '),
            c if hidden(c) => shown(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A character of every class the escapes must handle.
    const EVERY: &str = "a\u{0}\u{1b}]0;x\u{7}\u{7f}\u{85}\u{9b}\u{2028}\u{2029}\u{feff}\u{202e}\u{2066}\u{200f}\r\n\t字😀";

    #[test]
    fn nothing_hidden_survives() {
        for out in [
            terminal(EVERY),
            markdown(EVERY),
            one_line(EVERY),
            quoted(EVERY),
        ] {
            assert!(
                out.chars().all(|c| !hidden(c) || c == '\n' || c == '\t'),
                "{out:?}"
            );
            assert!(out.contains("字😀"), "{out:?}");
        }
        assert_eq!(terminal("\u{1b}[2J\n"), "\\u{1b}[2J\n");
        assert!(!one_line(EVERY).contains(['\n', '\t']) || !one_line(EVERY).contains('\n'));
    }

    #[test]
    fn markdown_is_text() {
        assert_eq!(markdown("a|b\nc"), "a\\|b c");
        assert_eq!(markdown("<a> & b|"), "&lt;a&gt; &amp; b\\|");
        assert_eq!(
            markdown("[x](javascript:alert(1)) *b* `c` _d_ ![i](y)"),
            "\\[x\\](javascript:alert(1)) \\*b\\* \\`c\\` \\_d\\_ \\!\\[i\\](y)"
        );
        assert_eq!(
            markdown("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(paragraph("line\n# heading"), "line \\# heading");
        assert_eq!(paragraph("- item"), "\\- item");
        assert_eq!(paragraph("12. item"), "12\\. item");
        assert_eq!(paragraph("=== "), "\\===");
        assert_eq!(paragraph("2024 was"), "2024 was");
        assert_eq!(code("OLD_NAME"), "`OLD_NAME`");
        assert_eq!(
            code("a`b|<c>\n"),
            "<code>a&#96;b&#124;&lt;c&gt;\\u{a}</code>"
        );
    }

    #[test]
    fn literals_and_comments() {
        assert_eq!(quoted("say \"hi\"\n{}"), "\"say \\\"hi\\\"\\n{}\"");
        assert_eq!(quoted("\u{feff}\u{0}\u{2028}"), "\"\\ufeff\\u0000\\u2028\"");
        // The same as JSON wherever JSON escapes.
        let json = serde_json::Value::from("a\u{1}\u{1f}\"\\\n\r\t").to_string();
        assert_eq!(quoted("a\u{1}\u{1f}\"\\\n\r\t"), json);
        assert_eq!(one_line("a */ b\nc"), "a * / b c");
        assert_eq!(one_line("x\u{2028}y"), "x\\u{2028}y");
    }
}
