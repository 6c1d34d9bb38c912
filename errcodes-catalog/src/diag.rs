//! Problems found in a catalog, and their `PATH:LINE:COL: what; fix` rendering.
//!
//! Problems are found on the parsed tree and point at its nodes; they become
//! [`Diagnostic`]s, with lines and columns, only when they are reported, by a
//! locator the caller passes in (finding a node's position reparses the file).

use std::fmt;

use crate::yaml::{Position, Step};

/// Where in the catalog a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Where {
    /// A known position.
    At(Position),
    /// A node of the parsed document, located when the problem is reported.
    Node(Vec<Step>),
}

/// One thing wrong with the catalog: what, where, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
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

    /// The problem as a [`Diagnostic`] of `file`, its nodes found by `locate`.
    pub fn diagnostic(
        &self,
        file: &str,
        locate: &mut impl FnMut(&[Step]) -> Option<Position>,
    ) -> Diagnostic {
        let position = match &self.at {
            Where::At(position) => Some(*position),
            Where::Node(path) => locate(path),
        };
        Diagnostic {
            file: file.to_owned(),
            position,
            message: self.what.clone(),
            first: self.first.as_deref().and_then(&mut *locate),
            fix: self.fix.clone(),
        }
    }
}

/// A problem of a catalog, located in its file and ready to show.
///
/// Its [`Display`](fmt::Display) is the one-line form the macro reports:
/// `PATH:LINE:COL: message (PATH:LINE:COL of the first place); fix`.
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
    /// For a clash, the earlier place it clashes with.
    pub first: Option<Position>,
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
            write!(f, " ({file}:{}:{})", first.line, first.column)?;
        }
        if !self.fix.is_empty() {
            write!(f, "; {}", self.fix)?;
        }
        Ok(())
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
        let entry = |i| vec![Step::Value(0), Step::Index(i)];
        let problem = Problem::at(&entry(1), "code 1 is already used by A", "give it another")
            .first_at(&entry(0));
        let mut locate = |path: &[Step]| match path {
            [Step::Value(0), Step::Index(i)] => Some(Position {
                line: 2 + i,
                column: 5,
            }),
            _ => None,
        };
        assert_eq!(
            problem.diagnostic("x.yaml", &mut locate).to_string(),
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
