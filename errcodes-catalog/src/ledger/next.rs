//! The ledger `errcodes lock` writes after another: numbers never leave
//! it, and what changed from one to the next.

use super::{Ledger, Published, State};
use crate::model::Catalog;

/// What `errcodes lock` changed in one line of the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LedgerChange {
    /// A number published for the first time.
    Added(Published),
    /// A number retired: its line before and after.
    Retired(Published, Published),
    /// A published line changed otherwise (name, aliases, status,
    /// parameters, deprecation): before and after.
    Changed(Published, Published),
}

impl Ledger {
    /// The ledger `errcodes lock` writes after this one for `catalog`: every
    /// code and reserved number as the catalog has it now, and every number
    /// this ledger has that the catalog no longer lists, retired (a code's
    /// line becomes `removed`, keeping what it was). A number listed under
    /// `reserved:` without a name keeps the name this ledger knew. This
    /// does not judge the catalog: [`crate::lock`] refuses one that uses a
    /// retired number or name again before it gets here.
    #[must_use]
    pub fn next(&self, catalog: &Catalog) -> Ledger {
        let mut next = Ledger::of(catalog);
        next.file.clone_from(&self.file);
        for entry in &mut next.entries {
            let Some(before) = self.get(entry.code) else {
                continue;
            };
            if entry.state.is_retired() {
                entry.name = entry.name.take().or_else(|| before.name.clone());
                entry.http = entry.http.or(before.http);
                if entry.aliases.is_empty() {
                    entry.aliases.clone_from(&before.aliases);
                }
                if entry.params.is_empty() {
                    entry.params.clone_from(&before.params);
                }
            }
            // The names it no longer answers to stay, retired.
            let former = before
                .retired
                .iter()
                .chain(&before.name)
                .chain(&before.aliases);
            for name in former {
                if !entry.carries(name) && !entry.retired.contains(name) {
                    entry.retired.push(name.clone());
                }
            }
        }
        let gone: Vec<Published> = self
            .entries
            .iter()
            .filter(|e| next.get(e.code).is_none())
            .map(|e| Published {
                state: if e.state.is_retired() {
                    e.state
                } else {
                    State::Removed
                },
                line: 0,
                ..e.clone()
            })
            .collect();
        next.entries.extend(gone);
        crate::order::sort_by(&mut next.entries, |entry| u64::from(entry.code));
        next
    }

    /// What changed from this ledger to `next`, by number. Line numbers
    /// are those of `next` as [`Ledger::render`] writes it.
    pub fn changes(&self, next: &Ledger) -> Vec<LedgerChange> {
        let mut out = Vec::new();
        for (index, after) in next.entries.iter().enumerate() {
            let after = Published {
                // The header is line 1.
                line: index + 2,
                ..after.clone()
            };
            let Some(before) = self.get(after.code) else {
                out.push(LedgerChange::Added(after));
                continue;
            };
            let same = |a: &Published, b: &Published| {
                (&a.name, a.state, a.http, &a.aliases, &a.retired, &a.params)
                    == (&b.name, b.state, b.http, &b.aliases, &b.retired, &b.params)
            };
            if same(before, &after) {
                continue;
            }
            if after.state.is_retired() && !before.state.is_retired() {
                out.push(LedgerChange::Retired(before.clone(), after));
            } else {
                out.push(LedgerChange::Changed(before.clone(), after));
            }
        }
        out
    }
}
