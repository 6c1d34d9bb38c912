//! What a catalog does against its ledger: the breaks `errcodes lock`
//! accepts, and the refusals no command accepts (a retired number or name
//! used again).

use super::{Ledger, Published, State};
use crate::diag::Problem;
use crate::model::Catalog;

/// The problems of `code` with the parameters `entry` published: one gone,
/// or of another type.
fn params_kept(
    code: &crate::model::Code,
    entry: &Published,
    ledger: &Ledger,
    problems: &mut Vec<Problem>,
) {
    for (name, kind) in &entry.params {
        let now = code.params.iter().find(|p| p.name == *name);
        let what = match now {
            None => format!(
                "code {} {} was published with the parameter `{name}: {kind}` ({}), which is gone",
                entry.code,
                code.name,
                ledger.at(entry)
            ),
            Some(param) if param.kind.as_str() != kind => format!(
                "code {} {} was published with the parameter `{name}: {kind}` ({}), now `{name}: {}`",
                entry.code,
                code.name,
                ledger.at(entry),
                param.kind.as_str()
            ),
            Some(_) => continue,
        };
        problems.push(Problem::at(
            code.ats.params.unwrap_or(code.ats.code),
            what,
            format!("clients read this value back; restore it, {ACCEPT}"),
        ));
    }
}

/// How to accept a deliberate break.
const ACCEPT: &str =
    "or, to publish the break on purpose, run `errcodes lock` and commit the ledger";

/// What `catalog` (sound, whole) does against `ledger`: every way it breaks
/// a published code, at the catalog's line, naming the ledger's. The
/// refusals (a retired number or name used again) come first.
pub(crate) fn verify(catalog: &Catalog, ledger: &Ledger) -> Vec<Problem> {
    let mut problems = refusals(catalog, ledger);
    problems.extend(breaks(catalog, ledger));
    problems
}

/// How `entry`, a retired line, came to be retired, for a message:
/// `published as NAME and removed (codes.lock:7)`.
fn retired_as(entry: &Published, ledger: &Ledger) -> String {
    let verb = if entry.state == State::Removed {
        "removed"
    } else {
        "reserved"
    };
    match &entry.name {
        Some(name) => format!("published as {name} and {verb} ({})", ledger.at(entry)),
        None => format!("{verb} ({})", ledger.at(entry)),
    }
}

/// What no command accepts: a retired number used again; a retired name
/// (one no code in use carries in the ledger, or a code's `retired=` former
/// name) given to another code; a published name given to another number
/// while its own number is still in the catalog (a swap, not a renumbering).
pub(crate) fn refusals(catalog: &Catalog, ledger: &Ledger) -> Vec<Problem> {
    let mut problems = Vec::new();
    for code in &catalog.codes {
        if let Some(entry) = ledger.get(code.code).filter(|e| e.state.is_retired()) {
            problems.push(Problem::at(
                code.ats.code,
                format!(
                    "code {} was {}; a published number is never used again",
                    code.code,
                    retired_as(entry, ledger)
                ),
                "choose another number (`errcodes lock` does not accept it either)",
            ));
        }
        for name in std::iter::once(&code.name).chain(&code.aliases) {
            if let Some(entry) = ledger.retired_name(name, code.code) {
                problems.push(Problem::at(
                    code.ats.name,
                    format!(
                        "name {name} was published for code {} and retired ({}); a published name never names another code",
                        entry.code,
                        ledger.at(entry)
                    ),
                    "choose another name (`errcodes lock` does not accept it either)",
                ));
            } else if let Some(entry) = ledger
                .carrier(name)
                .filter(|e| e.code != code.code && catalog.code(e.code).is_some())
            {
                problems.push(Problem::at(
                    code.ats.name,
                    format!(
                        "name {name} was published for code {} ({}), which is still in the catalog; a published name never names another code",
                        entry.code,
                        ledger.at(entry)
                    ),
                    format!(
                        "choose another name; a name moves to a new number only when its old number leaves the catalog (a renumbering, which retires code {})",
                        entry.code
                    ),
                ));
            }
        }
    }
    problems
}

/// The breaks `errcodes lock` accepts: a published code missing, renamed
/// without an alias, with another status or other parameters, or a
/// published name moved to another number.
fn breaks(catalog: &Catalog, ledger: &Ledger) -> Vec<Problem> {
    let mut problems = Vec::new();
    for entry in ledger.entries.iter().filter(|e| !e.state.is_retired()) {
        let label = entry.name.as_deref().unwrap_or("(no name)");
        let Some(code) = catalog.code(entry.code) else {
            if !catalog.reserved.iter().any(|r| r.code == entry.code) {
                problems.push(Problem::at(
                    catalog.codes_at,
                    format!(
                        "code {} {label} is published ({}) but missing from the catalog",
                        entry.code,
                        ledger.at(entry)
                    ),
                    "list it under `reserved:` with a `note:` saying why, restore it, or deprecate it; \
                     or, to remove it for good, run `errcodes lock` and commit the ledger (the number and name retire)",
                ));
            }
            continue;
        };
        let old = entry.name.as_deref().unwrap_or_default();
        let answers = |name: &str| code.name == name || code.aliases.iter().any(|a| a == name);
        for alias in entry.aliases.iter().filter(|a| !answers(a)) {
            problems.push(Problem::at(
                code.ats.name,
                format!(
                    "code {} {} was published with the former name {alias} ({}), which it no longer answers to",
                    entry.code,
                    code.name,
                    ledger.at(entry)
                ),
                format!(
                    "keep it under `aliases:`, {ACCEPT} (the name retires: no other code may take it)"
                ),
            ));
        }
        if !answers(old) {
            problems.push(Problem::at(
                code.ats.name,
                format!(
                    "code {} was published as {old} ({}) and is now named {}",
                    entry.code,
                    ledger.at(entry),
                    code.name
                ),
                format!("add `aliases: [{old}]` to keep the old name working, {ACCEPT}"),
            ));
        }
        if code.http != entry.http {
            let at = code.ats.http.unwrap_or(code.ats.code);
            let shown =
                |status: Option<u16>| status.map_or_else(|| "none".to_owned(), |s| s.to_string());
            problems.push(Problem::at(
                at,
                format!(
                    "code {} {} was published with HTTP status {} ({}), now {}",
                    entry.code,
                    code.name,
                    shown(entry.http),
                    ledger.at(entry),
                    shown(code.http)
                ),
                format!("clients match on the status; restore it, {ACCEPT}"),
            ));
        }
        params_kept(code, entry, ledger, &mut problems);
    }
    // A published name (or alias) moved to another number, its old number
    // gone from the catalog: a renumbering.
    for code in &catalog.codes {
        for name in std::iter::once(&code.name).chain(&code.aliases) {
            let moved = ledger
                .carrier(name)
                .filter(|e| e.code != code.code && catalog.code(e.code).is_none());
            if let Some(entry) = moved {
                problems.push(Problem::at(
                    code.ats.name,
                    format!(
                        "name {name} was published for code {} ({}) and now names code {}",
                        entry.code,
                        ledger.at(entry),
                        code.code
                    ),
                    format!(
                        "a published name keeps its number: restore it, or, to renumber on purpose, run `errcodes lock` and commit the ledger (code {} retires)",
                        entry.code
                    ),
                ));
            }
        }
    }
    problems
}

impl Ledger {
    /// The line in use that carries `name` (as its name or an alias).
    fn carrier(&self, name: &str) -> Option<&Published> {
        self.entries
            .iter()
            .find(|e| !e.state.is_retired() && e.carries(name))
    }

    /// The line that retired `name` for a code numbered `code`: another
    /// number's line that lists it under `retired=`, or a retired line that
    /// has it when no line in use carries it.
    fn retired_name(&self, name: &str, code: u32) -> Option<&Published> {
        let listed = |e: &&Published| e.code != code && e.retired.iter().any(|r| r == name);
        if let Some(entry) = self.entries.iter().find(listed) {
            return Some(entry);
        }
        if self.carrier(name).is_some() {
            return None;
        }
        self.entries
            .iter()
            .find(|e| e.state.is_retired() && e.carries(name))
    }
}
