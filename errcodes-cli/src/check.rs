//! `errcodes check`: every problem of a catalog, as the macro reports them.

use std::fmt::Write as _;
use std::io::IsTerminal as _;

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use errcodes_catalog::{Diagnostic, Position, Source};
use serde_json::json;

use crate::text::{hidden, terminal};
use crate::{load, CatalogArg, Color, Format, Outcome};

/// `errcodes check`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub(crate) catalog: CatalogArg,
    /// How to print the problems: `PATH:LINE:COL: what; fix` lines (in
    /// context on a terminal), or a JSON array for editors and CI annotations.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Show each problem in its source line, coloured (`auto`: on a terminal).
    #[arg(long, value_enum, default_value_t)]
    color: Color,
}

pub fn run(args: &Args) -> Outcome {
    let path = &args.catalog.catalog;
    let shown = path.display().to_string();
    let (text, diagnostics, codes) = match Source::open(path) {
        Ok(source) => {
            // Checked against the ledger beside it, as the build does.
            let (ledger, mut diagnostics) = load::ledger(path);
            let checked =
                errcodes_catalog::check_with_ledger(&shown, &source.text, ledger.as_ref());
            let codes = checked.catalog.codes.len();
            diagnostics.extend(checked.diagnostics);
            (source.text, diagnostics, codes)
        }
        Err(problem) => (String::new(), vec![problem], 0),
    };
    // Written in one piece: a reader that closes the pipe early
    // (`errcodes check | head`) ends the output, not the program.
    let mut out = String::new();
    match args.format {
        Format::Json => {
            let _ = writeln!(out, "{}", json_report(&diagnostics));
        }
        Format::Text => {
            let at_terminal = std::io::stdout().is_terminal();
            let in_context = match args.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => at_terminal,
            };
            for diagnostic in &diagnostics {
                if in_context {
                    let _ = writeln!(out, "{}\n", in_source(diagnostic, &text));
                } else {
                    let _ = writeln!(out, "{}", terminal(&diagnostic.to_string()));
                }
            }
            if diagnostics.is_empty() {
                let _ = writeln!(out, "{shown}: {codes} codes, no problems");
            }
        }
    }
    if matches!(load::write(None, &out), Outcome::Problems) {
        return Outcome::Problems;
    }
    if !diagnostics.is_empty() && matches!(args.format, Format::Text) {
        eprintln!(
            "errcodes: {shown}: {} problem{}",
            diagnostics.len(),
            if diagnostics.len() == 1 { "" } else { "s" }
        );
    }
    if diagnostics.is_empty() {
        Outcome::Done
    } else {
        Outcome::Problems
    }
}

/// The problems as a JSON array: `path`, `line`, `column` (null for the
/// file as a whole), `message`, `fix`, and the `first` place of a clash.
fn json_report(diagnostics: &[Diagnostic]) -> serde_json::Value {
    let place = |at: Option<Position>| at.map(|at| json!({"line": at.line, "column": at.column}));
    diagnostics
        .iter()
        .map(|d| {
            json!({
                "path": d.file,
                "line": d.position.map(|at| at.line),
                "column": d.position.map(|at| at.column),
                "message": d.message,
                "fix": d.fix,
                "first": place(d.first),
                "rendered": d.to_string(),
            })
        })
        .collect()
}

/// A problem shown in its source line with a caret, as rustc shows errors.
fn in_source(diagnostic: &Diagnostic, text: &str) -> String {
    // The catalog's text made inert before the colours are added: the
    // message, the fix and the source lines, whose byte offsets move.
    let title = terminal(&diagnostic.message);
    let fix = terminal(&diagnostic.fix);
    let file = terminal(&diagnostic.file);
    let Some(at) = diagnostic.position else {
        let fix = (!fix.is_empty()).then(|| Level::HELP.message(fix.as_str()));
        let mut group = Level::ERROR
            .primary_title(title.as_str())
            .element(Level::NOTE.message(format!("in {file}")));
        if let Some(fix) = fix {
            group = group.element(fix);
        }
        return Renderer::styled().render(&[group]);
    };
    let (shown, moved) = inert(text);
    let span = |range: std::ops::Range<usize>| moved(range.start)..moved(range.end);
    let mut snippet = Snippet::source(shown.as_str())
        .line_start(1)
        .path(file.as_str())
        .annotation(
            AnnotationKind::Primary
                .span(span(token(text, at)))
                .label(fix.as_str()),
        );
    if let Some(first) = diagnostic.first {
        snippet = snippet.annotation(
            AnnotationKind::Context
                .span(span(token(text, first)))
                .label(diagnostic.label()),
        );
    }
    Renderer::styled().render(&[Level::ERROR.primary_title(title.as_str()).element(snippet)])
}

/// `text` for the terminal ([`terminal`]), and where each byte offset of
/// `text` (at a character boundary) is in it.
fn inert(text: &str) -> (String, impl Fn(usize) -> usize) {
    let mut shown = String::with_capacity(text.len());
    // The offsets in `text` of characters shown as escapes, and how many
    // bytes longer the text is after each.
    let mut longer: Vec<(usize, usize)> = Vec::new();
    for (at, c) in text.char_indices() {
        if !hidden(c) || c == '\n' || c == '\t' {
            shown.push(c);
            continue;
        }
        let escaped = terminal(c.encode_utf8(&mut [0; 4]));
        let before = longer.last().map_or(0, |&(_, n)| n);
        longer.push((at, before + escaped.len() - c.len_utf8()));
        shown.push_str(&escaped);
    }
    let moved = move |offset: usize| {
        let before = longer.partition_point(|&(at, _)| at < offset);
        offset + before.checked_sub(1).map_or(0, |i| longer[i].1)
    };
    (shown, moved)
}

/// The byte range of the token at `at` (a 1-based line and character column):
/// a quoted string, or a run of characters up to a space or separator.
fn token(text: &str, at: Position) -> std::ops::Range<usize> {
    let mut start = text.len();
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if index + 1 == at.line {
            start = offset
                + line
                    .char_indices()
                    .nth(at.column.saturating_sub(1))
                    .map_or(line.trim_end().len(), |(i, _)| i);
            break;
        }
        offset += line.len();
    }
    let rest = &text[start..];
    let len = match rest.chars().next() {
        Some(quote @ ('"' | '\'')) => rest[1..]
            .find(quote)
            .map_or_else(|| rest.find('\n').unwrap_or(rest.len()), |end| end + 2),
        _ => rest
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | ']' | '}' | '#'))
            .unwrap_or(rest.len()),
    };
    start..start + len.max(usize::from(!rest.is_empty() && len == 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_under_the_caret() {
        let text = "codes:\n  - name: objectMissing\n    message: \"a b\"\n";
        let at = |line, column| Position { line, column };
        assert_eq!(&text[token(text, at(2, 11))], "objectMissing");
        assert_eq!(&text[token(text, at(3, 14))], "\"a b\"");
        assert_eq!(&text[token(text, at(1, 1))], "codes:");
        // Past the end of the file: an empty range at the end.
        assert_eq!(token(text, at(9, 1)), text.len()..text.len());
    }
}
