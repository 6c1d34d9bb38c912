//! Rust source text for the bulky parts of the expansion: the variants,
//! the constants and the tables, one line per code.
//!
//! Building them token by token costs a call into the compiler per token,
//! made from the macro's unoptimized code: a third of a second for 10,000
//! codes. Written as text and handed to the compiler's lexer in one piece,
//! they cost a few string appends per code. Everything else (the items that
//! carry the user's spans, and all error reporting) is built with `quote`.

use errcodes_catalog::Identifier;
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

/// Rust source being written. What it holds comes from three places only:
/// the macro's own syntax (`'static` text), identifiers the naming rules
/// made ([`Identifier`]) and tokens of the macro's input spelled out
/// ([`Spelled`]); catalog text goes into literals, escaped. So nothing a
/// catalog holds can be lexed as code.
#[derive(Default)]
pub struct Text(String);

/// Tokens of the macro's input (the enum's name, a visibility) as source
/// text: already lexed, so they lex again as the same tokens.
pub struct Spelled(String);

impl Spelled {
    pub fn of(tokens: &impl ToTokens) -> Spelled {
        Spelled(tokens.to_token_stream().to_string())
    }

    /// The text, to write inside a literal (documentation links).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Text {
    /// The macro's own syntax.
    pub fn raw(&mut self, source: &'static str) -> &mut Self {
        self.0.push_str(source);
        self
    }

    /// An identifier the naming rules made.
    pub fn ident(&mut self, name: Identifier<'_>) -> &mut Self {
        self.0.push_str(name.as_str());
        self
    }

    /// Tokens of the macro's input.
    pub fn spelled(&mut self, tokens: &Spelled) -> &mut Self {
        self.0.push_str(&tokens.0);
        self
    }

    /// `value` as a string literal.
    pub fn str(&mut self, value: &str) -> &mut Self {
        self.0.push('"');
        escape_into(&mut self.0, value);
        self.0.push('"');
        self
    }

    /// `value` as a byte string literal: printable ASCII as itself, other
    /// bytes escaped.
    pub fn bytes(&mut self, value: &[u8]) -> &mut Self {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.0.push_str("b\"");
        for &b in value {
            match b {
                0 => self.0.push_str("\\0"),
                b'"' | b'\\' => {
                    self.0.push('\\');
                    self.0.push(char::from(b));
                }
                0x20..=0x7e => self.0.push(char::from(b)),
                _ => {
                    self.0.push_str("\\x");
                    self.0.push(char::from(HEX[usize::from(b >> 4)]));
                    self.0.push(char::from(HEX[usize::from(b & 15)]));
                }
            }
        }
        self.0.push('"');
        self
    }

    /// Opens a string literal, written by [`Text::part`] and
    /// [`Text::markdown`] and closed by [`Text::close`].
    pub fn open(&mut self) -> &mut Self {
        self.0.push('"');
        self
    }

    /// Part of an open string literal, escaped.
    pub fn part(&mut self, value: &str) -> &mut Self {
        escape_into(&mut self.0, value);
        self
    }

    /// Part of an open string literal that documentation shows as Markdown:
    /// catalog text to be read literally, so the punctuation Markdown or
    /// HTML would interpret is escaped and line breaks become spaces. One
    /// pass does both escapes.
    pub fn markdown(&mut self, value: &str) -> &mut Self {
        let out = &mut self.0;
        markdown_pieces(value, |piece| escape_into(out, piece));
        self
    }

    /// Closes a string literal.
    pub fn close(&mut self) -> &mut Self {
        self.0.push('"');
        self
    }

    /// `value` as an unsuffixed integer literal.
    pub fn int(&mut self, value: u64) -> &mut Self {
        let mut digits = [0_u8; 20];
        let mut at = digits.len();
        let mut rest = value;
        loop {
            at -= 1;
            // A single decimal digit.
            #[allow(clippy::cast_possible_truncation)]
            let digit = (rest % 10) as u8;
            digits[at] = b'0' + digit;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        for &digit in &digits[at..] {
            self.0.push(char::from(digit));
        }
        self
    }

    /// The text as tokens. The text is generated, so it always lexes; if it
    /// ever did not, the build fails with a message rather than the macro
    /// panicking.
    ///
    /// Inside the compiler the text goes straight to its lexer:
    /// `proc_macro2` would first check it with a lexer of its own, which
    /// runs as unoptimized code and took longer than writing the text. (Its
    /// check guards against input the compiler cannot recover from, such as
    /// unbalanced delimiters; this text is generated balanced, and the tests,
    /// which run outside the compiler, parse every expansion with that
    /// checking lexer.)
    pub fn tokens(&self) -> TokenStream {
        let parsed = if proc_macro::is_available() {
            self.0
                .parse::<proc_macro::TokenStream>()
                .map(TokenStream::from)
                .map_err(|err| err.to_string())
        } else {
            self.0.parse::<TokenStream>().map_err(|err| err.to_string())
        };
        match parsed {
            Ok(tokens) => tokens,
            Err(err) => {
                let message = format!(
                    "errcodes: internal error, the generated code does not lex ({err}); please report it"
                );
                quote!(::core::compile_error!(#message);)
            }
        }
    }
}

/// Appends `value` escaped for a string literal: quotes, backslashes and
/// control characters as escapes, and the characters that change the
/// direction of text (which rustc refuses in literals) as `\u{…}`; runs of
/// other characters are copied whole.
fn escape_into(out: &mut String, value: &str) {
    let bytes = value.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !SUSPECT[usize::from(b)] || (b >= 0x80 && !escaped(bytes, i)) {
            i += 1;
            continue;
        }
        out.push_str(&value[start..i]);
        let c = value[i..].chars().next().unwrap_or('\0');
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ => {
                out.push_str("\\u{");
                let hex = format!("{:x}", u32::from(c));
                out.push_str(&hex);
                out.push('}');
            }
        }
        i += c.len_utf8();
        start = i;
    }
    out.push_str(&value[start..]);
}

/// Catalog text as literal Markdown, for documentation built as a `String`
/// (see [`Text::markdown`]).
pub fn markdown(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    markdown_pieces(value, |piece| out.push_str(piece));
    out
}

/// `value` as literal Markdown, handed to `emit` piece by piece: the runs
/// of text Markdown reads as they are, and for each byte it would interpret
/// that byte escaped (a line break becomes a space). The one place that
/// says which bytes those are and how they are escaped.
fn markdown_pieces(value: &str, mut emit: impl FnMut(&str)) {
    let bytes = value.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if MARKDOWN[usize::from(b)] {
            emit(&value[start..i - 1]);
            match b {
                b'\n' | b'\r' => emit(" "),
                // The marked bytes are ASCII, so the pair is text.
                _ => emit(std::str::from_utf8(&[b'\\', b]).unwrap_or_default()),
            }
            start = i;
        }
    }
    emit(&value[start..]);
}

/// The bytes [`Text::markdown`] escapes for Markdown.
static MARKDOWN: [bool; 256] = marked(b"\\`*_[]<>#|~&{}\n\r", false);

/// The bytes [`escape_into`] looks at more closely: those escaped, and the
/// first bytes of the multi-byte characters that may be.
static SUSPECT: [bool; 256] = marked(b"\"\\\x7f\xc2\xd8\xe2", true);

/// A table of the bytes in `bytes`, and of the control bytes if `controls`.
/// (Tables: one lookup per byte is what keeps the scans fast in the
/// unoptimized builds proc macros get. They are `static`s: unoptimized code
/// copies a `const` array onto the stack at every lookup.)
const fn marked(bytes: &[u8], controls: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    let mut b = 0;
    while controls && b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table
}

/// Whether the multi-byte character at `i` is escaped: C1 controls, the
/// Arabic letter mark, the left-to-right and right-to-left marks, and the
/// embedding, override and isolate characters.
fn escaped(bytes: &[u8], i: usize) -> bool {
    let next = bytes.get(i + 1).copied().unwrap_or(0);
    let third = bytes.get(i + 2).copied().unwrap_or(0);
    match bytes[i] {
        0xc2 => (0x80..=0x9f).contains(&next),
        0xd8 => next == 0x9c,
        0xe2 => {
            (next == 0x80 && matches!(third, 0x8e | 0x8f | 0xaa..=0xae))
                || (next == 0x81 && (0xa6..=0xa9).contains(&third))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of a literal, read back as Rust reads it.
    fn read_back(value: &str) -> String {
        let mut text = Text::default();
        text.str(value);
        syn::parse_str::<syn::LitStr>(&text.0).unwrap().value()
    }

    #[test]
    fn string_literals_read_back_as_written() {
        for value in [
            "",
            "plain",
            "quote \" backslash \\ newline \n return \r tab \t nul \0 del \u{7f}",
            "处理请求时字段已过时。 emoji 🎉 nbsp\u{a0}",
            "bidi \u{202e}reversed\u{202c} \u{2066}isolate\u{2069} marks \u{200e}\u{200f}\u{61c}",
            "C1 \u{85}\u{9f} and not C1 \u{a0}\u{ff}",
            "*/ \"\"\" r#\"",
        ] {
            assert_eq!(read_back(value), value);
        }
    }

    #[test]
    fn markdown_is_escaped_once_and_reads_back() {
        let mut text = Text::default();
        text.open()
            .part("`1` ")
            .markdown("a <b> *c*\nd \\ \"q\" 处理")
            .close();
        let value = syn::parse_str::<syn::LitStr>(&text.0).unwrap().value();
        assert_eq!(value, "`1` a \\<b\\> \\*c\\* d \\\\ \"q\" 处理");
    }

    #[test]
    fn byte_strings_read_back_as_written() {
        let all: Vec<u8> = (0..=255).collect();
        let mut text = Text::default();
        text.bytes(&all);
        let read = syn::parse_str::<syn::LitByteStr>(&text.0).unwrap().value();
        assert_eq!(read, all);
    }

    #[test]
    fn direction_characters_are_escaped() {
        let mut text = Text::default();
        text.str("a\u{202e}b\u{2067}c");
        assert_eq!(text.0, "\"a\\u{202e}b\\u{2067}c\"");
    }

    #[test]
    fn integers_are_decimal() {
        let mut text = Text::default();
        for n in [0, 7, 10, 4_294_967_295, u64::MAX] {
            text.int(n).raw(",");
        }
        assert_eq!(text.0, "0,7,10,4294967295,18446744073709551615,");
    }
}
