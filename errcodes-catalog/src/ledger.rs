//! The ledger of published codes: `codes.lock` beside `codes.yaml`.
//!
//! One line per published number, sorted, recording what clients may rely
//! on: the name, the HTTP status, whether the code is active, deprecated or
//! retired, the former names it still answers to, and the parameters of its
//! message (name and type). Messages and descriptions are not recorded: they
//! may change freely.
//!
//! A number, once published, never leaves the ledger: when a code is
//! removed, `errcodes lock` keeps its line with the state `removed` (and what
//! it was), and from then on its number — and its name, unless a code in use
//! still carries it — is refused on any entry, as a `reserved:` number is.
//! A former name a code no longer answers to (a rename without an alias, or
//! an alias dropped) stays on its line as `retired=`, and no other number
//! may take it; a published name may move to another number only when its
//! old number leaves the catalog (a renumbering, which retires the number).
//!
//! ```text
//! # errcodes ledger of codes.yaml: every published code (format 1). Update it with `errcodes lock`.
//! 101 OBJECT_NOT_FOUND active http=404
//! 205 EMAIL_TAKEN deprecated http=409 aliases=MAIL_TAKEN
//! 206 LOGIN_TAKEN active http=409 retired=USER_TAKEN
//! 111 INVALID_FIELD_TYPE active params=field:str,expected:str
//! 220 FOLLOWEE_LIMIT reserved
//! 2005 DUPLICATE_CHARGE removed http=409
//! 4319 - reserved
//! ```
//!
//! The build reads it and refuses a catalog that breaks it; `errcodes lock`
//! writes it, so accepting a deliberate break shows up in the ledger's diff.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::model::Catalog;
use crate::source::Source;
use crate::yaml::Position;

mod next;
mod verify;

pub use next::LedgerChange;
pub(crate) use verify::{refusals, verify};

/// The published state of a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// In use.
    Active,
    /// In use, deprecated.
    Deprecated,
    /// Retired: listed under `reserved:`, never to be used again.
    Reserved,
    /// Retired: removed from the catalog (accepted by `errcodes lock`),
    /// never to be used again.
    Removed,
}

impl State {
    fn word(self) -> &'static str {
        match self {
            State::Active => "active",
            State::Deprecated => "deprecated",
            State::Reserved => "reserved",
            State::Removed => "removed",
        }
    }

    /// Whether the number is retired (reserved or removed): never to be
    /// used again.
    pub fn is_retired(self) -> bool {
        matches!(self, State::Reserved | State::Removed)
    }
}

/// One published number.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Published {
    /// The number.
    pub code: u32,
    /// Its name (for a reserved number, the name it had, if known).
    pub name: Option<String>,
    /// Its state.
    pub state: State,
    /// Its HTTP status, if it has one.
    pub http: Option<u16>,
    /// The former names it still answers to.
    pub aliases: Vec<String>,
    /// The former names it no longer answers to, which no other number may
    /// take.
    pub retired: Vec<String>,
    /// The parameters of its message, `(name, type)`, in order.
    pub params: Vec<(String, String)>,
    /// The line of the ledger it was read from (0 when made from a catalog).
    pub line: usize,
}

/// A ledger: the published numbers, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    /// How diagnostics name the ledger file.
    file: String,
    entries: Vec<Published>,
}

/// The version of the line format, written in the header.
const FORMAT: u32 = 1;

impl Ledger {
    /// The ledger file of the catalog at `catalog`: its file stem + `.lock`
    /// (`codes.yaml` → `codes.lock`).
    pub fn path_for(catalog: &Path) -> PathBuf {
        catalog.with_extension("lock")
    }

    /// The ledger beside the catalog file `catalog`, if there is one: its
    /// path, and the ledger or the problems of reading it. `shown` is the
    /// catalog as diagnostics name it; the ledger is named after it
    /// (`errors/codes.yaml` → `errors/codes.lock`).
    pub fn beside(
        catalog: &Path,
        shown: &str,
    ) -> Option<(PathBuf, Result<Ledger, Vec<Diagnostic>>)> {
        let path = Ledger::path_for(catalog);
        if !path.is_file() {
            return None;
        }
        let shown = Ledger::path_for(Path::new(shown)).display().to_string();
        let ledger = Source::open_as(&path, &shown)
            .map_err(|problem| vec![problem])
            .and_then(|source| Ledger::parse(&shown, &source.text));
        Some((path, ledger))
    }

    /// The ledger `errcodes lock` writes for `catalog`: every code and
    /// reserved number as the catalog has it now.
    pub fn of(catalog: &Catalog) -> Ledger {
        let mut entries: Vec<Published> = catalog
            .codes
            .iter()
            .map(|code| Published {
                code: code.code,
                name: Some(code.name.clone()),
                state: if code.deprecated.is_some() {
                    State::Deprecated
                } else {
                    State::Active
                },
                http: code.http,
                aliases: code.aliases.clone(),
                retired: Vec::new(),
                params: code
                    .params
                    .iter()
                    .map(|p| (p.name.clone(), p.kind.as_str().to_owned()))
                    .collect(),
                line: 0,
            })
            .chain(catalog.reserved.iter().map(|retired| Published {
                code: retired.code,
                name: retired.name.clone(),
                state: State::Reserved,
                http: None,
                aliases: Vec::new(),
                retired: Vec::new(),
                params: Vec::new(),
                line: 0,
            }))
            .collect();
        crate::order::sort_by(&mut entries, |entry| u64::from(entry.code));
        Ledger {
            file: String::new(),
            entries,
        }
    }

    /// The published numbers, in ascending order.
    pub fn entries(&self) -> &[Published] {
        &self.entries
    }

    /// The ledger's text for the catalog named `catalog` (its file name).
    pub fn render(&self, catalog: &str) -> String {
        let mut out = format!(
            "# errcodes ledger of {catalog}: every published code (format {FORMAT}). Update it with `errcodes lock`.\n"
        );
        for entry in &self.entries {
            out.push_str(&entry.render());
            out.push('\n');
        }
        out
    }

    /// Reads a ledger; `file` is how diagnostics name it.
    pub fn parse(file: &str, text: &str) -> Result<Ledger, Vec<Diagnostic>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut entries: Vec<Published> = Vec::new();
        let mut problems = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let line_no = index + 1;
            let body = line.trim();
            if body.is_empty() || body.starts_with('#') {
                continue;
            }
            match parse_line(body, line_no) {
                Ok(entry) => {
                    if let Some(first) = entries.iter().find(|e| e.code == entry.code) {
                        problems.push(ledger_problem(
                            file,
                            line_no,
                            format!("{} is recorded twice (line {})", entry.code, first.line),
                            "keep one line per number; `errcodes lock` rewrites the file",
                        ));
                    } else {
                        entries.push(entry);
                    }
                }
                Err(what) => problems.push(ledger_problem(
                    file,
                    line_no,
                    what,
                    "each line is `NUMBER NAME STATE [http=STATUS] [aliases=A,B] [retired=A,B] [params=NAME:TYPE,…]`; `errcodes lock` rewrites the file",
                )),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        crate::order::sort_by(&mut entries, |entry| u64::from(entry.code));
        Ok(Ledger {
            file: file.to_owned(),
            entries,
        })
    }

    /// The file diagnostics name this ledger by.
    pub fn file(&self) -> &str {
        &self.file
    }

    fn get(&self, code: u32) -> Option<&Published> {
        self.entries
            .binary_search_by_key(&code, |e| e.code)
            .ok()
            .and_then(|at| self.entries.get(at))
    }

    /// `codes.lock:12`, where `entry` was read.
    fn at(&self, entry: &Published) -> String {
        format!("{}:{}", self.file, entry.line)
    }
}

fn ledger_problem(file: &str, line: usize, what: String, fix: &str) -> Diagnostic {
    let mut problem = Diagnostic::file(file, what, fix);
    problem.position = Some(Position { line, column: 1 });
    problem
}

/// One line: `NUMBER NAME STATE [http=STATUS] [aliases=A,B] [retired=A,B] [params=NAME:TYPE,…]`.
fn parse_line(line: &str, line_no: usize) -> Result<Published, String> {
    let mut words = line.split_whitespace();
    let number = words.next().unwrap_or_default();
    let code = number
        .parse::<u32>()
        .map_err(|_| format!("`{number}` is not a code number"))?;
    let name = match words.next() {
        Some("-") => None,
        Some(name) => Some(name.to_owned()),
        None => return Err(format!("code {code} has no name (write `-` for none)")),
    };
    let state = match words.next() {
        Some("active") => State::Active,
        Some("deprecated") => State::Deprecated,
        Some("reserved") => State::Reserved,
        Some("removed") => State::Removed,
        Some(other) => {
            return Err(format!(
                "`{other}` is not a state; use active, deprecated, reserved or removed"
            ))
        }
        None => return Err(format!("code {code} has no state")),
    };
    let mut entry = Published {
        code,
        name,
        state,
        http: None,
        aliases: Vec::new(),
        retired: Vec::new(),
        params: Vec::new(),
        line: line_no,
    };
    for word in words {
        if let Some(status) = word.strip_prefix("http=") {
            entry.http = Some(
                status
                    .parse()
                    .map_err(|_| format!("`{status}` is not an HTTP status"))?,
            );
        } else if let Some(list) = word.strip_prefix("aliases=") {
            entry.aliases = list.split(',').map(str::to_owned).collect();
        } else if let Some(list) = word.strip_prefix("retired=") {
            entry.retired = list.split(',').map(str::to_owned).collect();
        } else if let Some(list) = word.strip_prefix("params=") {
            for param in list.split(',') {
                let (name, kind) = param
                    .split_once(':')
                    .ok_or_else(|| format!("`{param}` is not `NAME:TYPE`"))?;
                entry.params.push((name.to_owned(), kind.to_owned()));
            }
        } else {
            return Err(format!("unexpected `{word}`"));
        }
    }
    if entry.name.is_none() && !entry.state.is_retired() {
        return Err(format!("the {} code {code} has no name", state.word()));
    }
    Ok(entry)
}

impl Published {
    /// Whether the line has `name` as its name or an alias.
    fn carries(&self, name: &str) -> bool {
        self.name.as_deref() == Some(name) || self.aliases.iter().any(|a| a == name)
    }

    /// The line as the ledger writes it, without its end.
    pub fn render(&self) -> String {
        let mut out = format!(
            "{} {} {}",
            self.code,
            self.name.as_deref().unwrap_or("-"),
            self.state.word()
        );
        if let Some(status) = self.http {
            let _ = write!(out, " http={status}");
        }
        if !self.aliases.is_empty() {
            let _ = write!(out, " aliases={}", self.aliases.join(","));
        }
        if !self.retired.is_empty() {
            let _ = write!(out, " retired={}", self.retired.join(","));
        }
        if !self.params.is_empty() {
            let params: Vec<String> = self
                .params
                .iter()
                .map(|(name, kind)| format!("{name}:{kind}"))
                .collect();
            let _ = write!(out, " params={}", params.join(","));
        }
        out
    }
}
