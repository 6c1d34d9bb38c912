//! Problems found in a catalog, and their `PATH:LINE:COL:` rendering.

use std::fmt::Write as _;

use crate::yaml::{self, Step};

/// A 1-based line and column in the catalog file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    /// The position of byte `offset` of `text` (columns count characters).
    pub fn of_offset(text: &[u8], offset: usize) -> Pos {
        let before = &text[..offset.min(text.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = before.split(|&b| b == b'\n').count();
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        Pos { line, column }
    }
}

/// Where in the catalog a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Where {
    /// The file as a whole (it cannot be read at all).
    File,
    /// A known position.
    At(Pos),
    /// A node of the parsed document, located when the problem is rendered.
    Node(Vec<Step>),
}

/// One thing wrong with the catalog: what, where, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: Where,
    pub what: String,
    /// The earlier place a duplicate clashes with.
    pub first: Option<Vec<Step>>,
    pub fix: String,
}

impl Problem {
    pub fn new(at: Where, what: impl Into<String>, fix: impl Into<String>) -> Problem {
        Problem {
            at,
            what: what.into(),
            first: None,
            fix: fix.into(),
        }
    }

    pub fn at(path: &[Step], what: impl Into<String>, fix: impl Into<String>) -> Problem {
        Problem::new(Where::Node(path.to_vec()), what, fix)
    }

    /// Names the earlier place this problem clashes with.
    #[must_use]
    pub fn first_at(mut self, path: &[Step]) -> Problem {
        self.first = Some(path.to_vec());
        self
    }
}

/// How many problems are spelled out before the rest are counted.
pub const SHOWN: usize = 20;

/// Renders problems as `PATH:LINE:COL: what (first place); fix`, at most
/// [`SHOWN`] of them plus a line counting the rest. `file` is the path as the
/// user wrote it and `text` the catalog, used to locate nodes.
pub fn render(file: &str, text: &str, problems: &[Problem]) -> Vec<String> {
    // Locating reparses the file; duplicates often share their first place.
    let mut seen: Vec<(&[Step], Option<Pos>)> = Vec::new();
    render_with(file, problems, |path| {
        if let Some((_, pos)) = seen.iter().find(|(p, _)| *p == path) {
            return *pos;
        }
        let pos = yaml::locate(text, path);
        seen.push((path, pos));
        pos
    })
}

/// [`render`] with the locator given: `locate` finds the position of a node.
pub fn render_with<'p>(
    file: &str,
    problems: &'p [Problem],
    mut locate: impl FnMut(&'p [Step]) -> Option<Pos>,
) -> Vec<String> {
    let mut place = |path: &'p [Step]| match locate(path) {
        Some(pos) => format!("{file}:{}:{}", pos.line, pos.column),
        // Only reachable if the locator and the parser disagree; the top of
        // the file is then the most precise honest answer.
        None => format!("{file}:1:1"),
    };
    let mut lines: Vec<String> = problems
        .iter()
        .take(SHOWN)
        .map(|problem| {
            let mut line = match &problem.at {
                Where::File => format!("{file}: "),
                Where::At(pos) => format!("{file}:{}:{}: ", pos.line, pos.column),
                Where::Node(path) => format!("{}: ", place(path)),
            };
            line.push_str(&problem.what);
            if let Some(first) = &problem.first {
                let _ = write!(line, " ({})", place(first));
            }
            if !problem.fix.is_empty() {
                line.push_str("; ");
                line.push_str(&problem.fix);
            }
            line
        })
        .collect();
    if problems.len() > SHOWN {
        lines.push(format!(
            "{file}: and {} more problems; fix the ones above and build again to see them",
            problems.len() - SHOWN
        ));
    }
    lines
}

/// `Some("did you mean `x`?")` when one of `candidates` is close to `input`:
/// similar by Jaro-Winkler, or one edit away for short words (`ez` → `en`).
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(input, candidate), candidate))
        .filter(|(score, candidate)| {
            *score >= 0.8 || strsim::levenshtein(input, candidate) <= (candidate.len() / 4).max(1)
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| format!("did you mean `{candidate}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "ab\ncdé\nf".as_bytes();
        assert_eq!(Pos::of_offset(text, 0), Pos { line: 1, column: 1 });
        assert_eq!(Pos::of_offset(text, 3), Pos { line: 2, column: 1 });
        assert_eq!(Pos::of_offset(text, 7), Pos { line: 2, column: 4 });
    }

    #[test]
    fn renders_duplicates_with_both_places() {
        let text = "codes:\n  - code: 1\n  - code: 1\n";
        let entry = |i| vec![Step::Value(0), Step::Index(i)];
        let problem = Problem::at(&entry(1), "code 1 is already used by A", "give it another")
            .first_at(&entry(0));
        assert_eq!(
            render("x.yaml", text, &[problem]),
            ["x.yaml:3:5: code 1 is already used by A (x.yaml:2:5); give it another"]
        );
    }

    #[test]
    fn caps_the_list() {
        let many = vec![Problem::new(Where::File, "bad", ""); SHOWN + 3];
        let lines = render("x.yaml", "", &many);
        assert_eq!(lines.len(), SHOWN + 1);
        assert!(lines[SHOWN].contains("and 3 more problems"));
    }

    #[test]
    fn suggests_close_names() {
        assert_eq!(
            did_you_mean("mesage", ["code", "message", "name"]).as_deref(),
            Some("did you mean `message`?")
        );
        assert_eq!(did_you_mean("zzz", ["code", "message"]), None);
        assert_eq!(
            did_you_mean("ez", ["en", "zh"]).as_deref(),
            Some("did you mean `en`?")
        );
    }
}
