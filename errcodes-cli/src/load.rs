//! Loading the catalog for the subcommands that need a valid one, and
//! writing their output.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use errcodes_catalog::{Catalog, Diagnostic, Ledger, Source};

use crate::Outcome;

/// The catalog at `path`, or `Err` after printing its problems to stderr.
pub fn catalog(path: &Path) -> Result<Catalog, Outcome> {
    let shown = path.display().to_string();
    let source = Source::open(path).map_err(|found| {
        problem(&found);
        Outcome::Problems
    })?;
    errcodes_catalog::check(&shown, &source.text)
        .ok()
        .map_err(|diagnostics| {
            for line in errcodes_catalog::lines(&diagnostics, usize::MAX) {
                problem(&line);
            }
            eprintln!(
                "errcodes: {shown} has {} problem{}; `errcodes check` shows them in context",
                diagnostics.len(),
                if diagnostics.len() == 1 { "" } else { "s" }
            );
            Outcome::Problems
        })
}

/// The catalog at `path` and the description language to use, or `Err`
/// after printing why not (the catalog's problems, or a language it lacks).
pub fn with_language(
    path: &Path,
    asked: Option<&str>,
) -> Result<(Catalog, Option<String>), Outcome> {
    let catalog = catalog(path)?;
    match language(&catalog, asked) {
        Ok(lang) => Ok((catalog, lang)),
        Err(message) => {
            eprintln!("errcodes: {message}");
            Err(Outcome::Usage)
        }
    }
}

/// The description language: the one asked for, which the catalog must
/// declare, or the catalog's first.
fn language(catalog: &Catalog, asked: Option<&str>) -> Result<Option<String>, String> {
    match asked {
        Some(lang)
            if catalog.languages.is_empty() || catalog.languages.iter().any(|l| l == lang) =>
        {
            Ok(Some(lang.to_owned()))
        }
        Some(lang) => Err(format!(
            "the catalog has no descriptions in `{lang}`; its languages are {}",
            catalog.languages.join(", ")
        )),
        None => Ok(catalog.languages.first().cloned()),
    }
}

/// The ledger beside the catalog at `catalog`, if there is one, and the
/// problems of reading it.
pub fn ledger(catalog: &Path) -> (Option<Ledger>, Vec<Diagnostic>) {
    match Ledger::beside(catalog, &catalog.display().to_string()) {
        None => (None, Vec::new()),
        Some((_, Ok(ledger))) => (Some(ledger), Vec::new()),
        Some((_, Err(problems))) => (None, problems),
    }
}

/// Writes `text` for a person at a terminal: standard output, with the
/// catalog text in it made inert ([`crate::text::terminal`]).
pub fn print(text: &str) -> Outcome {
    write(None, &crate::text::terminal(text))
}

/// Writes a line about a problem to standard error, made inert.
pub fn problem(line: &dyn std::fmt::Display) {
    eprintln!("{}", crate::text::terminal(&line.to_string()));
}

/// Writes `text` to `out`, or to standard output when there is none.
pub fn write(out: Option<&PathBuf>, text: &str) -> Outcome {
    let result = match out {
        Some(path) => std::fs::write(path, text).map_err(|err| (path.display().to_string(), err)),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|err| ("standard output".to_owned(), err)),
    };
    match result {
        Ok(()) => Outcome::Done,
        // A closed pipe (`errcodes docs | head`) is the reader's choice.
        Err((_, err)) if err.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Done,
        Err((place, err)) => {
            eprintln!("errcodes: cannot write {place}: {err}");
            Outcome::Problems
        }
    }
}
