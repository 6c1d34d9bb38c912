//! Problems found in a catalog, and their `PATH:LINE:COL: what; fix` rendering.
//!
//! Problems are found on the parsed tree and point at where its nodes start
//! (byte offsets); they become [`Diagnostic`]s, with lines and columns, only
//! when they are reported, through the file's table of line starts.

use std::fmt;

#[cfg(test)]
use crate::yaml::Lines;
use crate::yaml::Position;

/// Where in the catalog a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Where {
    /// A known position.
    At(Position),
    /// Where a node of the parsed document starts: a byte offset in the
    /// text, turned into a position when the problem is reported.
    Node(usize),
}

/// One thing wrong with the catalog: what, where, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub at: Where,
    pub what: String,
    /// The other place the problem is about: the earlier place a
    /// duplicate clashes with, or the rule it breaks.
    pub first: Option<usize>,
    /// What that other place is.
    pub label: Label,
    pub fix: String,
}

impl Problem {
    pub fn new(at: Where, what: impl Into<String>, fix: impl Into<String>) -> Problem {
        Problem {
            at,
            what: what.into(),
            first: None,
            label: Label::FirstHere,
            fix: fix.into(),
        }
    }

    /// A problem with the node that starts at byte `at`.
    pub fn at(at: usize, what: impl Into<String>, fix: impl Into<String>) -> Problem {
        Problem::new(Where::Node(at), what, fix)
    }

    /// Names the earlier place this problem clashes with: the node that
    /// starts at byte `at`.
    #[must_use]
    pub fn first_at(mut self, at: usize) -> Problem {
        self.first = Some(at);
        self
    }

    /// Names the other place this problem is about, which is not an
    /// earlier occurrence: the node at byte `at`, labelled `label` (`the
    /// group's range`, `reserved here`).
    #[must_use]
    pub fn related_at(mut self, at: usize, label: Label) -> Problem {
        self.first = Some(at);
        self.label = label;
        self
    }

    /// The problem as a [`Diagnostic`] of `file`, whose text (after any
    /// byte-order mark) is `text` and whose line starts are `lines`.
    #[cfg(test)]
    pub fn diagnostic(&self, file: &str, text: &[u8], lines: &Lines) -> Diagnostic {
        self.placed(file, |at| lines.position(text, at))
    }

    /// The offsets this problem needs placed.
    pub fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        let at = match self.at {
            Where::At(_) => None,
            Where::Node(at) => Some(at),
        };
        at.into_iter().chain(self.first)
    }

    /// The problem as a [`Diagnostic`] of `file`, each offset placed by
    /// `position_of`.
    pub fn placed(&self, file: &str, position_of: impl Fn(usize) -> Position) -> Diagnostic {
        let position = match self.at {
            Where::At(position) => position,
            Where::Node(at) => position_of(at),
        };
        Diagnostic {
            file: file.to_owned(),
            position: Some(position),
            message: self.what.clone(),
            first: self.first.map(&position_of),
            label: self.label,
            fix: self.fix.clone(),
        }
    }
}

/// A problem of a catalog, located in its file and ready to show.
///
/// Its [`Display`](fmt::Display) is the one-line form the macro reports:
/// `PATH:LINE:COL: message (PATH:LINE:COL of the first place); fix`, or,
/// when the other place is no earlier occurrence, `(LABEL: PATH:LINE:COL)`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Diagnostic {
    /// The catalog's path, as the user wrote it.
    pub file: String,
    /// Where the problem is; `None` when it concerns the file as a whole
    /// (it is missing, too large, or a directory).
    pub position: Option<Position>,
    /// What is wrong.
    pub message: String,
    /// The other place the problem is about: for a clash, the earlier
    /// place it clashes with; for a broken rule, where the rule is written.
    pub first: Option<Position>,
    /// What `first` is (see [`Diagnostic::label`]).
    label: Label,
    /// How to fix it (may be empty).
    pub fix: String,
}

impl Diagnostic {
    /// A problem with the file as a whole.
    pub(crate) fn file(file: &str, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_owned(),
            position: None,
            message: message.into(),
            first: None,
            label: Label::FirstHere,
            fix: fix.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.file;
        match self.position {
            Some(at) => write!(f, "{file}:{}:{}: ", at.line, at.column)?,
            None => write!(f, "{file}: ")?,
        }
        f.write_str(&self.message)?;
        if let Some(first) = self.first {
            // An earlier occurrence is plain; another place says what it is.
            if self.label == Label::FirstHere {
                write!(f, " ({file}:{}:{})", first.line, first.column)?;
            } else {
                let label = self.label.text();
                write!(f, " ({label}: {file}:{}:{})", first.line, first.column)?;
            }
        }
        if !self.fix.is_empty() {
            write!(f, "; {}", self.fix)?;
        }
        Ok(())
    }
}

/// What the other place of a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Label {
    /// The earlier place a duplicate clashes with.
    FirstHere,
    /// The range of the code's group.
    GroupRange,
    /// The range of another group.
    OtherGroupRange,
    /// The `reserved:` entry of the number.
    ReservedHere,
}

impl Label {
    fn text(self) -> &'static str {
        match self {
            Label::FirstHere => "first here",
            Label::GroupRange => "the group's range",
            Label::OtherGroupRange => "the other group's range",
            Label::ReservedHere => "reserved here",
        }
    }
}

impl Diagnostic {
    /// What [`Diagnostic::first`] is, as a label for it: `first here` for
    /// an earlier occurrence, else `the group's range`, `reserved here`, ….
    pub fn label(&self) -> &'static str {
        self.label.text()
    }
}

/// How many problems the macro spells out before counting the rest.
pub const SHOWN: usize = 20;

/// The diagnostics as lines, at most `limit` of them followed by one that
/// counts the rest.
pub fn lines(diagnostics: &[Diagnostic], limit: usize) -> Vec<String> {
    let mut out: Vec<String> = diagnostics
        .iter()
        .take(limit)
        .map(ToString::to_string)
        .collect();
    if let (Some(first), Some(more)) = (
        diagnostics.first(),
        diagnostics.len().checked_sub(limit).filter(|&n| n > 0),
    ) {
        out.push(format!(
            "{}: and {more} more problems; fix the ones above and build again to see them",
            first.file
        ));
    }
    out
}

/// `Some("did you mean `x`?")` when one of `candidates` is close to `input`:
/// similar by Jaro-Winkler, or one edit away for short words (`ez` → `en`).
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(input, candidates).map(|candidate| format!("did you mean `{candidate}`?"))
}

/// The candidate closest to `input`, if one is close enough to suggest.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(input, candidate), candidate))
        .filter(|(score, candidate)| {
            *score >= 0.8 || strsim::levenshtein(input, candidate) <= (candidate.len() / 4).max(1)
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_duplicates_with_both_places() {
        let text = "codes:\n  - code: 1\n  - code: 1\n";
        let (first, second) = (
            text.find("code: 1").unwrap(),
            text.rfind("code: 1").unwrap(),
        );
        let problem =
            Problem::at(second, "code 1 is already used by A", "give it another").first_at(first);
        let lines = Lines::new(text.as_bytes());
        assert_eq!(
            problem
                .diagnostic("x.yaml", text.as_bytes(), &lines)
                .to_string(),
            "x.yaml:3:5: code 1 is already used by A (x.yaml:2:5); give it another"
        );
    }

    #[test]
    fn caps_the_list() {
        let many = vec![Diagnostic::file("x.yaml", "bad", ""); SHOWN + 3];
        let lines = lines(&many, SHOWN);
        assert_eq!(lines.len(), SHOWN + 1);
        assert_eq!(lines[0], "x.yaml: bad");
        assert!(lines[SHOWN].starts_with("x.yaml: and 3 more problems"));
        assert_eq!(super::lines(&many[..2], SHOWN).len(), 2);
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
