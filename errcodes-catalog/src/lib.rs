//! The catalog pipeline of [errcodes](https://docs.rs/errcodes): a YAML
//! catalog of error codes is read, checked and turned into a [`Catalog`],
//! or into [`Diagnostic`]s that say where and what is wrong and how to fix it.
//!
//! The `error_codes!` macro, the `errcodes` command-line tool and the
//! benchmarks all use this crate, so they accept and reject exactly the same
//! catalogs, with the same words.
//!
//! ```
//! let checked = errcodes_catalog::check(
//!     "codes.yaml",
//!     "codes:\n  - code: 101\n    name: OBJECT_NOT_FOUND\n    message: Object not found.\n",
//! );
//! assert!(checked.diagnostics.is_empty());
//! let code = checked.catalog.code(101).unwrap();
//! assert_eq!(code.variant, "ObjectNotFound");
//!
//! let broken = errcodes_catalog::check("codes.yaml", "codes:\n  - code: 1\n    name: objectMissing\n    message: x\n");
//! assert_eq!(
//!     broken.diagnostics[0].to_string(),
//!     "codes.yaml:3:11: name `objectMissing` is not UPPER_SNAKE_CASE; write it as `OBJECT_MISSING`"
//! );
//! ```
//!
//! The pipeline, one module a step: `source` (the file), `yaml` (text → a
//! node tree whose every node knows the byte offset where it starts: a fast
//! reader for the common block style, and the YAML library, the only module
//! naming it, for everything else and for every syntax error, its nodes
//! placed by one pass of the parser it runs on), `fields` (every field of
//! the format, once), `read` (nodes → raw entries that remember where each
//! value starts), `names` (the naming rules), `valid` (rules across entries
//! → the model), `model` (the checked catalog), `schema` (the format's
//! JSON Schema, written from `fields`), `select` (per-service
//! subsets), `ledger` (the published codes a catalog must keep,
//! `codes.lock`), `diff` (changes between versions, breaking or
//! compatible), `diag` (problems → diagnostics, through one table of line
//! starts per file), `beside` (the one policy for a second thread).
//!
//! A problem costs the same whatever the file's size: its position is read
//! off the node it is about, so a catalog with a thousand problems is
//! reported about as fast as a valid one is checked.

// The one unsafe module, `yaml/marks.rs`, allows it for itself.
#![deny(unsafe_code)]
#![warn(clippy::pedantic, missing_docs)]
// Lookups returning an `Option` are not worth a `#[must_use]` each; errors
// are described on the types (`Diagnostic`) rather than per function.
#![allow(
    clippy::module_name_repetitions,
    clippy::missing_errors_doc,
    clippy::must_use_candidate,
    // `match` on an `Option` reads better than `if let … else` when both arms
    // are substantial.
    clippy::single_match_else
)]

mod beside;
mod diag;
mod diff;
mod fields;
mod grpc;
mod ledger;
mod model;
mod names;
mod order;
mod params;
mod read;
mod salvage;
#[cfg(feature = "schema")]
mod schema;
mod seen;
mod select;
mod source;
mod tags;
mod template;
mod valid;
mod yaml;

use std::path::Path;

pub use diag::{closest, did_you_mean, lines, Diagnostic, SHOWN};
pub use diff::{diff, diff_ledger, Change, ChangeKind};
pub use fields::{Field, Level, Shape};
pub use grpc::{GrpcCode, MAX_REASON};
pub use ledger::{Ledger, LedgerChange, Published, State};
pub use model::{Catalog, Code, Group, Param, ParamKind, Reserved, Tag, Template, TemplatePart};
/// For the macro (not part of the API): its arguments' identifiers obey the
/// same keyword list as parameter names.
#[doc(hidden)]
pub use names::is_keyword as __is_keyword;
pub use names::lower_camel;
pub use names::GENERATED_ITEMS as __CONSTANTS;
pub use names::{identifier, variant_of, Identifier};
#[cfg(feature = "schema")]
pub use schema::schema;
pub use select::{select, Part, Selection, SelectionProblem};
pub use source::{Source, FALLBACK_DIR, MAX_BYTES};
pub use tags::METHODS as __METHODS;
pub use yaml::Position;

/// A catalog's text, checked: the model of its valid part, and every problem.
///
/// When there are diagnostics, `catalog` holds the entries that passed, so a
/// generator can still produce them next to the errors.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Checked {
    /// The valid part of the catalog (all of it when there are no diagnostics).
    pub catalog: Catalog,
    /// Every problem, in the order of the file's checks.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// The catalog, if there are no problems.
    pub fn ok(self) -> Result<Catalog, Vec<Diagnostic>> {
        if self.diagnostics.is_empty() {
            Ok(self.catalog)
        } else {
            Err(self.diagnostics)
        }
    }
}

/// Checks catalog text; `file` is how diagnostics name the catalog (the path
/// as the user wrote it). A leading byte-order mark is ignored.
pub fn check(file: &str, text: &str) -> Checked {
    check_with_ledger(file, text, None)
}

/// Checks catalog text, and, when the catalog is otherwise sound, that it
/// keeps every promise of `ledger` (the codes published before: see
/// [`Ledger`]).
pub fn check_with_ledger(file: &str, text: &str, ledger: Option<&Ledger>) -> Checked {
    let mut problems = Vec::new();
    let catalog = match yaml::parse(text) {
        Ok(doc) => {
            let raw = read::read(&doc, &mut problems);
            valid::validate(raw, yaml::body(text), &mut problems)
        }
        Err(err) => {
            // The parser gives a position for every error it can place; for
            // the rest the top of the file is the honest answer.
            let at = diag::Where::At(err.pos.unwrap_or(Position::START));
            problems.push(diag::Problem::new(
                at,
                format!("invalid YAML: {}", err.message),
                err.fix,
            ));
            Catalog::default()
        }
    };
    if let Some(ledger) = ledger.filter(|_| problems.is_empty()) {
        problems = ledger::verify(&catalog, ledger);
    }
    let diagnostics = placed(file, text, &problems);
    Checked {
        catalog,
        diagnostics,
    }
}

/// What `errcodes lock` writes for the catalog text after the ledger `old`
/// (none: the first lock): the next ledger ([`Ledger::next`]), or every
/// problem — the catalog's own, or a number or name `old` retired used
/// again, which no command accepts. The other breaks of `old` are what
/// locking accepts.
pub fn lock(file: &str, text: &str, old: Option<&Ledger>) -> Result<Ledger, Vec<Diagnostic>> {
    let catalog = check(file, text).ok()?;
    let Some(old) = old else {
        return Ok(Ledger::of(&catalog));
    };
    let refused = ledger::refusals(&catalog, old);
    if refused.is_empty() {
        Ok(old.next(&catalog))
    } else {
        Err(placed(file, text, &refused))
    }
}

/// `problems` of the catalog text as diagnostics of `file`.
fn placed(file: &str, text: &str, problems: &[diag::Problem]) -> Vec<Diagnostic> {
    if problems.is_empty() {
        return Vec::new();
    }
    // Offsets count from after a byte-order mark, as the readers read.
    let body = yaml::body(text).as_bytes();
    let lines = yaml::Lines::new(body);
    let positions = lines.positions(body, problems.iter().flat_map(diag::Problem::offsets));
    problems
        .iter()
        .map(|problem| {
            problem.placed(file, |at| {
                positions
                    .get(&at)
                    .copied()
                    .unwrap_or_else(|| lines.position(body, at))
            })
        })
        .collect()
}

/// 64-bit FNV-1a of `text`, for the macro (not part of the API): the hash of
/// the clash index here and of the name tables the macro writes, which the
/// runtime crate's `name_hash` must match (tests look every name up).
#[doc(hidden)]
pub fn __fnv1a(text: &str) -> u64 {
    errcodes_core::fnv1a(text)
}

/// For the macro (not part of the API): the pipeline's one policy for a
/// second thread, so the expansion splits its work as the reading does.
#[doc(hidden)]
pub use beside::{
    beside as __beside, one_thread as __one_thread, worth_a_thread as __worth_a_thread,
    CloseOnDrop as __CloseOnDrop, Handoff as __Handoff,
};

/// For the macro (not part of the API): the valid part of a catalog that
/// is not YAML, without the code entry its syntax error is in.
#[doc(hidden)]
pub use salvage::salvage as __salvage;

/// For tests of the YAML readers (not part of the API): whether the fast
/// reader of the common block style agrees with the general reader on
/// `text`. `Ok(true)`: it read `text`, to the same tree; `Ok(false)`: it left
/// `text` to the general reader; `Err`: the two differ, described.
#[doc(hidden)]
pub fn __fast_reader_agrees(text: &str) -> Result<bool, String> {
    yaml::fast_reader_agrees(text)
}

/// Reads and checks the catalog file at `path`: the catalog, or every problem.
pub fn read(path: &Path) -> Result<Catalog, Vec<Diagnostic>> {
    let source = Source::open(path).map_err(|problem| vec![problem])?;
    check(&path.display().to_string(), &source.text).ok()
}

/// `SplitMix64`: a small deterministic generator, the one the mutation
/// test and the benchmarks' synthetic catalogs draw from (not part of the
/// API).
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct __SplitMix64(pub u64);

impl __SplitMix64 {
    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 for an `n` of 0); the modulo bias does not
    /// matter to its users.
    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next_u64() % n.max(1) as u64).unwrap_or(0)
    }
}
