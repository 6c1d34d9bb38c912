//! An explanation (Markdown) as plain text for a terminal: read with
//! pulldown-cmark, written back as paragraphs, lists, quotes and indented
//! code, links as `text (url)`, emphasis as the words alone. Raw HTML is
//! kept as the text it is, never interpreted; the caller makes the whole
//! inert for a terminal (`text::terminal`).

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// An explanation's Markdown as pulldown-cmark reads it, with raw HTML
/// (blocks and inline) turned into text: shown, never interpreted; and a
/// link or image whose address could run code ([`safe_url`]) turned into
/// its text. The terminal ([`plain`]), the site and the Markdown page
/// ([`html`]) read explanations through this.
pub fn events(markdown: &str) -> impl Iterator<Item = Event<'_>> {
    // Whether each link or image open was kept, to drop the ends of those
    // that were not (links do not nest, images may sit in links).
    let mut open: Vec<bool> = Vec::new();
    Parser::new_ext(
        markdown,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    )
    .filter_map(move |event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Some(Event::Text(html)),
        Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. }) => {
            let keep = safe_url(dest_url);
            open.push(keep);
            keep.then_some(event)
        }
        Event::End(TagEnd::Link | TagEnd::Image) => open.pop().unwrap_or(true).then_some(event),
        other => Some(other),
    })
}

/// Whether a link's address is one a page may follow: relative, or
/// `http`, `https` or `mailto`. Browsers drop tabs, line breaks and
/// leading spaces or controls from an address before reading its scheme,
/// so this does too (`java\tscript:` is `javascript:`).
pub fn safe_url(url: &str) -> bool {
    let url: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect();
    // A scheme is what comes before the first `:`, unless a `/`, `?` or
    // `#` comes first (then the address is relative).
    match url.find([':', '/', '?', '#']) {
        Some(at) if url[at..].starts_with(':') => {
            let scheme = url[..at].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto")
        }
        _ => true,
    }
}

/// An explanation as HTML: rendered by pulldown-cmark from [`events`], so
/// raw HTML shows as text and no link can run code; hidden characters are
/// shown as in every other text ([`crate::text::terminal`]).
pub fn html(markdown: &str) -> String {
    let events: Vec<Event<'_>> = events(markdown).collect();
    // A line break between ideographs is dropped, not shown as a space:
    // Chinese and Japanese are written without spaces (as `plain` does).
    let ends = |event: Option<&Event<'_>>, last: bool| {
        let Some(Event::Text(text) | Event::Code(text)) = event else {
            return false;
        };
        let c = if last {
            text.chars().next_back()
        } else {
            text.chars().next()
        };
        c.is_some_and(wide)
    };
    let kept = events.iter().enumerate().filter_map(|(i, event)| {
        let joins = matches!(event, Event::SoftBreak)
            && ends(i.checked_sub(1).and_then(|j| events.get(j)), true)
            && ends(events.get(i + 1), false);
        (!joins).then(|| event.clone())
    });
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, kept);
    crate::text::terminal(&out)
}

/// An explanation as a block of a Markdown document: its [`html`] in a
/// `<div>`, which Markdown passes through up to the first blank line, so
/// none is left in it (a blank line of a code block joins the line before
/// it through `&#10;`, the same line break to HTML).
pub fn html_block(markdown: &str) -> String {
    let html = html(markdown);
    let mut out = String::from("<div>\n");
    for line in html.lines() {
        if line.trim().is_empty() {
            out.pop();
            out.push_str("&#10;");
        }
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("</div>\n");
    out
}

/// `markdown` as lines of plain text (no trailing blank line).
pub fn plain(markdown: &str) -> Vec<String> {
    let mut out = Writer::default();
    for event in events(markdown) {
        out.event(event);
    }
    out.end_line();
    while out.lines.last().is_some_and(String::is_empty) {
        out.lines.pop();
    }
    out.lines
}

#[derive(Default)]
struct Writer {
    lines: Vec<String>,
    line: String,
    /// What each line starts with inside the blocks now open (quotes, list
    /// items, code).
    prefixes: Vec<String>,
    /// The next number of each open list (`None` for bullets).
    lists: Vec<Option<u64>>,
    /// The destination of each open link, written after its text.
    links: Vec<String>,
    /// The line holds a list item's marker and nothing yet: it stays open
    /// for the item's first block.
    marker: bool,
    /// A soft line break was read: a space before the next text, unless
    /// ideographs meet there.
    soft_break: bool,
}

/// Whether `c` is written without spaces around it: CJK ideographs, kana,
/// Hangul and full-width punctuation.
fn wide(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

impl Writer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => {
                for (i, piece) in text.split('\n').enumerate() {
                    if i > 0 {
                        self.end_line();
                    }
                    self.push(piece);
                }
            }
            Event::Code(code) => {
                self.push("`");
                self.push(&code);
                self.push("`");
            }
            // A line break inside a paragraph: a space between words, none
            // between ideographs (Chinese and Japanese are written without).
            Event::SoftBreak => self.soft_break = true,
            Event::HardBreak => self.end_line(),
            Event::Rule => {
                self.blank();
                self.push("----");
                self.end_line();
            }
            Event::TaskListMarker(done) => self.push(if done { "[x] " } else { "[ ] " }),
            Event::FootnoteReference(name) => {
                self.push("[");
                self.push(&name);
                self.push("]");
            }
            Event::InlineMath(text) | Event::DisplayMath(text) => self.push(&text),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => self.blank(),
            Tag::Heading { level, .. } => {
                self.blank();
                let marks = match level {
                    HeadingLevel::H1 => "# ",
                    HeadingLevel::H2 => "## ",
                    _ => "### ",
                };
                self.push(marks);
            }
            Tag::BlockQuote(_) => {
                self.blank();
                self.prefixes.push("> ".to_owned());
            }
            Tag::CodeBlock(_) => {
                self.blank();
                self.prefixes.push("    ".to_owned());
            }
            Tag::List(first) => {
                if self.prefixes.is_empty() {
                    self.blank();
                } else {
                    self.end_line();
                }
                self.lists.push(first);
            }
            Tag::Item => {
                self.end_line();
                let marker = match self.lists.last_mut() {
                    Some(Some(number)) => {
                        *number += 1;
                        format!("{}. ", *number - 1)
                    }
                    _ => "- ".to_owned(),
                };
                self.line = self.prefixes.concat() + &marker;
                self.marker = true;
                self.prefixes.push(" ".repeat(marker.len()));
            }
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                self.links.push(dest_url.to_string());
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableRow | TagEnd::TableHead => {
                self.end_line();
            }
            TagEnd::TableCell => self.push(" | "),
            TagEnd::BlockQuote(_) | TagEnd::Item | TagEnd::CodeBlock => {
                self.end_line();
                self.prefixes.pop();
            }
            TagEnd::List(_) => {
                self.end_line();
                self.lists.pop();
            }
            TagEnd::Link | TagEnd::Image => {
                if let Some(url) = self.links.pop() {
                    if !url.is_empty() {
                        self.push(" (");
                        self.push(&url);
                        self.push(")");
                    }
                }
            }
            _ => {}
        }
    }

    fn push(&mut self, text: &str) {
        if self.line.is_empty() && !self.marker {
            self.line = self.prefixes.concat();
        }
        if std::mem::take(&mut self.soft_break) {
            let before = self.line.chars().next_back().is_some_and(wide);
            let after = text.chars().next().is_some_and(wide);
            if !before && !after {
                self.line.push(' ');
            }
        }
        self.marker = false;
        self.line.push_str(text);
    }

    fn end_line(&mut self) {
        if self.marker {
            return;
        }
        self.soft_break = false;
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            self.lines.push(line.trim_end().to_owned());
        }
    }

    /// Ends the line and leaves one blank line before the next block.
    fn blank(&mut self) {
        if self.marker {
            return;
        }
        self.end_line();
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }
}

/// `markdown` as plain text lines of at most `width` characters where
/// spaces allow (a word longer than that, or a run of ideographs, stays
/// whole), each wrapped line continued under its first word, code as it is.
pub fn wrapped(markdown: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    for line in plain(markdown) {
        let body = line.trim_start_matches([' ', '>']);
        let lead = &line[..line.len() - body.len()];
        // A list item's text continues under its text, not its marker.
        let marker = ["- ", "* "]
            .iter()
            .find(|m| body.starts_with(**m))
            .map(|m| m.len())
            .or_else(|| {
                let digits = body.bytes().take_while(u8::is_ascii_digit).count();
                (digits > 0 && body[digits..].starts_with(". ")).then_some(digits + 2)
            })
            .unwrap_or(0);
        if lead.len() >= 4 && !lead.contains('>') || line.chars().count() <= width {
            out.push(line);
            continue;
        }
        let hang = format!("{lead}{}", " ".repeat(marker));
        let mut current = String::new();
        for word in body.split(' ').filter(|w| !w.is_empty()) {
            let start = if current.is_empty() { lead } else { "" };
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
                out.push(std::mem::take(&mut current));
                current.push_str(&hang);
            } else if !current.is_empty() && current.trim() != "" {
                current.push(' ');
            }
            if current.is_empty() {
                current.push_str(start);
            }
            current.push_str(word);
        }
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{html, html_block, plain, safe_url, wrapped};

    #[test]
    fn addresses_that_run_code_are_not_links() {
        for url in [
            "https://example.com",
            "http://x",
            "mailto:a@b.c",
            "page.html#x",
            "/a:b",
            "?q=a:b",
            "#x:y",
            "",
        ] {
            assert!(safe_url(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "JavaScript:x",
            " javascript:x",
            "java\tscript:x",
            "\u{1}javascript:x",
            "data:text/html,x",
            "vbscript:x",
            "file:///etc/passwd",
        ] {
            assert!(!safe_url(url), "{url:?}");
        }
        let page = html("[a](javascript:alert(1)) ![b](data:image/png,x) [c][r] [d](https://example.com)\n\n[r]: JAVASCRIPT:x\n");
        assert_eq!(page, "<p>a b c <a href=\"https://example.com\">d</a></p>\n");
        assert_eq!(plain("[a](javascript:alert(1))"), ["a"]);
        // Entities in an address are decoded before it is judged.
        assert_eq!(
            html("[a](&#106;avascript:x) [b](javascript&colon;x) [c](<java\u{b}script:x>)"),
            "<p>a b c</p>\n"
        );
    }

    #[test]
    fn ideographs_join_across_lines_in_html() {
        assert_eq!(
            html("第一行。\n第二行\nand English\nwords。\n"),
            "<p>第一行。第二行\nand English\nwords。</p>\n"
        );
    }

    #[test]
    fn an_html_block_has_no_blank_line() {
        let block = html_block("A <script>x</script>.\n\n```\none\n\n  \ntwo\n```\n");
        assert_eq!(
            block,
            "<div>\n<p>A &lt;script&gt;x&lt;/script&gt;.</p>\n<pre><code>one&#10;&#10;  \ntwo\n</code></pre>\n</div>\n"
        );
        assert!(!block.lines().any(|line| line.trim().is_empty()));
    }

    #[test]
    fn ideographs_join_without_spaces_and_long_lines_wrap() {
        assert_eq!(
            plain("第一行\n第二行，then\nEnglish."),
            ["第一行第二行，then English."]
        );
        assert_eq!(
            wrapped("- one two three four five six\n", 14),
            ["- one two", "  three four", "  five six"]
        );
        assert_eq!(
            wrapped("    let a_long_line_of_code = 1;\n", 10),
            ["    let a_long_line_of_code = 1;"]
        );
        assert_eq!(wrapped("> a b c d e f\n", 7), ["> a b c", "> d e f"]);
    }

    #[test]
    fn blocks_read_as_plain_text() {
        let text = "Sessions last **30 days**.\nSign in *again*.\n\n\
                    # Why\n\n\
                    - Check the `clock`.\n- See [the docs](https://example.com/x).\n  1. nested\n\n\
                    > quoted\n\n    let x = 1;\n\nA <script>alert(1)</script> stays text.\n";
        assert_eq!(
            plain(text),
            [
                "Sessions last 30 days. Sign in again.",
                "",
                "# Why",
                "",
                "- Check the `clock`.",
                "- See the docs (https://example.com/x).",
                "  1. nested",
                "",
                "> quoted",
                "",
                "    let x = 1;",
                "",
                "A <script>alert(1)</script> stays text.",
            ]
        );
    }

    #[test]
    fn html_blocks_are_text() {
        assert_eq!(
            plain("<div onclick=x>\nhi\n</div>\n"),
            ["<div onclick=x>", "hi", "</div>"]
        );
    }
}
