//! What changed between two versions of a catalog (or a catalog and its
//! ledger), each change classified as breaking for clients or compatible.

use std::collections::BTreeMap;

use crate::ledger::{Ledger, State};
use crate::model::Catalog;

/// What kind of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChangeKind {
    /// A code was removed without reserving its number (breaking).
    Removed,
    /// A code kept its name and got another number (breaking).
    Renumbered,
    /// A code was renamed and its old name dropped (breaking).
    Renamed,
    /// A code's HTTP status changed (breaking).
    HttpChanged,
    /// A retired number is used again (breaking).
    ReservedReused,
    /// A parameter of a code's message was removed (breaking).
    ParamRemoved,
    /// A parameter of a code's message changed its type (breaking).
    ParamRetyped,
    /// A code was added (compatible).
    Added,
    /// A code was removed and its number reserved (compatible).
    Retired,
    /// A code was deprecated (compatible).
    Deprecated,
    /// A code was renamed and keeps its old name as an alias (compatible).
    RenamedWithAlias,
    /// A code gained an alias (compatible).
    AliasAdded,
    /// A code's message changed (compatible).
    MessageChanged,
    /// A code's descriptions changed (compatible).
    DescriptionChanged,
    /// A code's message gained a parameter (compatible).
    ParamAdded,
    /// A code gained a tag, its own or through its group (compatible).
    TagAdded,
    /// A code lost a tag (compatible: tags are not recorded in the ledger).
    TagRemoved,
}

impl ChangeKind {
    /// Whether clients that relied on the old version can break.
    pub fn is_breaking(self) -> bool {
        matches!(
            self,
            ChangeKind::Removed
                | ChangeKind::Renumbered
                | ChangeKind::Renamed
                | ChangeKind::HttpChanged
                | ChangeKind::ReservedReused
                | ChangeKind::ParamRemoved
                | ChangeKind::ParamRetyped
        )
    }

    /// A short label: `removed`, `renumbered`, …
    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Removed => "removed",
            ChangeKind::Renumbered => "renumbered",
            ChangeKind::Renamed => "renamed",
            ChangeKind::HttpChanged => "http-changed",
            ChangeKind::ReservedReused => "reserved-reused",
            ChangeKind::Added => "added",
            ChangeKind::Retired => "retired",
            ChangeKind::Deprecated => "deprecated",
            ChangeKind::RenamedWithAlias => "renamed-with-alias",
            ChangeKind::AliasAdded => "alias-added",
            ChangeKind::MessageChanged => "message-changed",
            ChangeKind::DescriptionChanged => "description-changed",
            ChangeKind::ParamAdded => "param-added",
            ChangeKind::ParamRemoved => "param-removed",
            ChangeKind::ParamRetyped => "param-retyped",
            ChangeKind::TagAdded => "tag-added",
            ChangeKind::TagRemoved => "tag-removed",
        }
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Change {
    /// The code's number (the old number for a renumbering).
    pub code: u32,
    /// What changed.
    pub kind: ChangeKind,
    /// In words.
    pub message: String,
}

/// One number as a version of the catalog publishes it.
#[derive(Debug, Clone)]
struct Item {
    name: Option<String>,
    state: State,
    http: Option<u16>,
    aliases: Vec<String>,
    /// The parameters, `(name, type)`.
    params: Vec<(String, String)>,
    /// Messages and descriptions, when the version has them (a ledger does not).
    text: Option<Text>,
}

/// A code's messages, its `(language, description)` pairs and its tags.
type Text = (Vec<String>, Vec<(String, String)>, Vec<String>);

type Snapshot = BTreeMap<u32, Item>;

fn of_ledger(ledger: &Ledger) -> Snapshot {
    ledger
        .entries()
        .iter()
        .map(|entry| {
            (
                entry.code,
                Item {
                    name: entry.name.clone(),
                    state: entry.state,
                    http: entry.http,
                    aliases: entry.aliases.clone(),
                    params: entry.params.clone(),
                    text: None,
                },
            )
        })
        .collect()
}

/// What the ledger of `catalog` would record, with each code's messages and
/// descriptions.
fn of_catalog(catalog: &Catalog) -> Snapshot {
    let mut out = of_ledger(&Ledger::of(catalog));
    for code in &catalog.codes {
        if let Some(item) = out.get_mut(&code.code) {
            let messages = std::iter::once(&code.message)
                .chain(&code.also)
                .cloned()
                .collect();
            item.text = Some((messages, code.descriptions.clone(), code.tags.clone()));
        }
    }
    out
}

/// The changes from catalog `old` to catalog `new`, by number.
pub fn diff(old: &Catalog, new: &Catalog) -> Vec<Change> {
    changes(&of_catalog(old), &of_catalog(new))
}

/// The changes from what `ledger` records to catalog `new`.
pub fn diff_ledger(ledger: &Ledger, new: &Catalog) -> Vec<Change> {
    changes(&of_ledger(ledger), &of_catalog(new))
}

fn in_use(item: &Item) -> bool {
    !item.state.is_retired()
}

/// The number that has `name` (as its name) in use in `snapshot`.
fn number_of(snapshot: &Snapshot, name: &str) -> Option<u32> {
    snapshot
        .iter()
        .find(|(_, item)| in_use(item) && item.name.as_deref() == Some(name))
        .map(|(&code, _)| code)
}

fn changes(old: &Snapshot, new: &Snapshot) -> Vec<Change> {
    let mut out = Vec::new();
    let mut push = |code: u32, kind: ChangeKind, message: String| {
        out.push(Change {
            code,
            kind,
            message,
        });
    };
    for (&code, before) in old {
        let name = before.name.as_deref().unwrap_or("-");
        let after = new.get(&code);
        match (in_use(before), after) {
            (false, Some(after)) if in_use(after) => push(
                code,
                ChangeKind::ReservedReused,
                format!(
                    "retired number {code} is used again, by {}",
                    after.name.as_deref().unwrap_or("-")
                ),
            ),
            (false, _) => {}
            (true, Some(after)) if !in_use(after) => push(
                code,
                ChangeKind::Retired,
                format!("{code} {name} was removed and its number reserved"),
            ),
            (true, None) => match before.name.as_deref().and_then(|n| number_of(new, n)) {
                Some(moved) => push(
                    code,
                    ChangeKind::Renumbered,
                    format!("{name} moved from {code} to {moved}"),
                ),
                None => push(
                    code,
                    ChangeKind::Removed,
                    format!("{code} {name} was removed without reserving its number"),
                ),
            },
            (true, Some(after)) => compare(code, before, after, &mut push),
        }
    }
    for (&code, after) in new {
        if old.contains_key(&code) || !in_use(after) {
            continue;
        }
        let name = after.name.as_deref().unwrap_or("-");
        // The other half of a renumbering, already reported.
        let moved = old.iter().any(|(c, item)| {
            in_use(item) && item.name.as_deref() == Some(name) && !new.contains_key(c)
        });
        if !moved {
            push(code, ChangeKind::Added, format!("{code} {name} was added"));
        }
    }
    // Breaking first, then by number, then by kind (in declaration order).
    crate::order::sort_by(&mut out, |change| {
        (u64::from(!change.kind.is_breaking()) << 40)
            | (u64::from(change.code) << 8)
            | change.kind as u64
    });
    out
}

/// The changes to the parameters of a code's message.
fn params(
    code: u32,
    name: &str,
    before: &[(String, String)],
    after: &[(String, String)],
    push: &mut impl FnMut(u32, ChangeKind, String),
) {
    for (param, kind) in before {
        match after.iter().find(|(p, _)| p == param) {
            None => push(
                code,
                ChangeKind::ParamRemoved,
                format!("{code} {name}: the parameter `{param}: {kind}` was removed"),
            ),
            Some((_, now)) if now != kind => push(
                code,
                ChangeKind::ParamRetyped,
                format!("{code} {name}: the parameter `{param}` became `{now}` (was `{kind}`)"),
            ),
            Some(_) => {}
        }
    }
    for (param, kind) in after {
        if !before.iter().any(|(p, _)| p == param) {
            push(
                code,
                ChangeKind::ParamAdded,
                format!("{code} {name}: the parameter `{param}: {kind}` was added"),
            );
        }
    }
}

/// The changes to a number in use in both versions.
fn compare(code: u32, before: &Item, after: &Item, push: &mut impl FnMut(u32, ChangeKind, String)) {
    let old_name = before.name.as_deref().unwrap_or("-");
    let new_name = after.name.as_deref().unwrap_or("-");
    if old_name != new_name {
        if after.aliases.iter().any(|a| a == old_name) {
            push(
                code,
                ChangeKind::RenamedWithAlias,
                format!(
                    "{code} was renamed from {old_name} to {new_name}, which keeps {old_name} as an alias: \
                     the number, the old name in Rust (deprecated), in every export and in lookups by name keep working; \
                     the problem's `name` member now says {new_name}"
                ),
            );
        } else {
            push(
                code,
                ChangeKind::Renamed,
                format!("{code} was renamed from {old_name} to {new_name} without an alias"),
            );
        }
    }
    if before.http != after.http {
        let shown = |s: Option<u16>| s.map_or_else(|| "none".to_owned(), |s| s.to_string());
        push(
            code,
            ChangeKind::HttpChanged,
            format!(
                "{code} {new_name}: HTTP status {} became {}",
                shown(before.http),
                shown(after.http)
            ),
        );
    }
    if before.state == State::Active && after.state == State::Deprecated {
        push(
            code,
            ChangeKind::Deprecated,
            format!("{code} {new_name} was deprecated"),
        );
    }
    for alias in &after.aliases {
        if !before.aliases.contains(alias) && alias != old_name {
            push(
                code,
                ChangeKind::AliasAdded,
                format!("{code} {new_name} gained the alias {alias}"),
            );
        }
    }
    params(code, new_name, &before.params, &after.params, push);
    if let (
        Some((old_messages, old_descriptions, old_tags)),
        Some((new_messages, new_descriptions, new_tags)),
    ) = (&before.text, &after.text)
    {
        for tag in new_tags.iter().filter(|t| !old_tags.contains(t)) {
            push(
                code,
                ChangeKind::TagAdded,
                format!("{code} {new_name} gained the tag `{tag}`"),
            );
        }
        for tag in old_tags.iter().filter(|t| !new_tags.contains(t)) {
            push(
                code,
                ChangeKind::TagRemoved,
                format!("{code} {new_name} lost the tag `{tag}`"),
            );
        }
        if old_messages != new_messages {
            push(
                code,
                ChangeKind::MessageChanged,
                format!("{code} {new_name}: the message changed"),
            );
        }
        if old_descriptions != new_descriptions {
            push(
                code,
                ChangeKind::DescriptionChanged,
                format!("{code} {new_name}: the description changed"),
            );
        }
    }
}
