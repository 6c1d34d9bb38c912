//! Small text helpers shared by the writers.

/// Text made safe for one Markdown table cell: pipes escaped, lines joined.
pub fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace("\r\n", " ")
        .replace(['\n', '\r'], " ")
}

/// Text for a cell of the docs page: [`cell`], with HTML's special
/// characters escaped so a message such as `<token>` shows as written.
pub fn html_cell(text: &str) -> String {
    cell(
        &text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;"),
    )
}

/// A string literal with JSON's escapes, which TypeScript, Python and Go
/// read the same way (`\"`, `\\`, `\n`, `\uXXXX`, …).
pub fn quoted(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// A comment's text on one line (no newlines, no comment terminators).
pub fn one_line(text: &str) -> String {
    text.replace("*/", "* /")
        .replace("\r\n", " ")
        .replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_and_literals() {
        assert_eq!(cell("a|b\nc"), "a\\|b c");
        assert_eq!(html_cell("<a> & b|"), "&lt;a&gt; &amp; b\\|");
        assert_eq!(quoted("say \"hi\"\n{}"), "\"say \\\"hi\\\"\\n{}\"");
        assert_eq!(one_line("a */ b\nc"), "a * / b c");
    }
}
