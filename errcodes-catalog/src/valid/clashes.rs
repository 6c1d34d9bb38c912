//! A code's clashes with the codes before it: its number, name, variant
//! and former names, each reported with the first place it was used.

use super::at;
use crate::diag::Problem;
use crate::names;
use crate::read::{Placed, RawCode};
use crate::seen::SeenIndex;

/// The aliases of the entry named `name` that follow the name rules and are
/// no other name or alias; the rest are reported.
pub(super) fn aliases(
    list: Vec<Placed<String>>,
    name: &str,
    seen: &SeenIndex,
    problems: &mut Vec<Problem>,
) -> Vec<Placed<String>> {
    let mut out: Vec<Placed<String>> = Vec::with_capacity(list.len());
    for alias in list {
        if let Err(broken) = names::variant(&alias.value) {
            problems.push(at(alias.at, broken));
        } else if alias.value == name {
            problems.push(Problem::at(
                alias.at,
                format!("alias {} is the code's own name", alias.value),
                "list only former names under `aliases`",
            ));
        } else if let Some(first) = out.iter().find(|a| a.value == alias.value) {
            problems.push(
                Problem::at(
                    alias.at,
                    format!("alias {} is listed twice", alias.value),
                    "list each former name once",
                )
                .first_at(first.at),
            );
        } else if let Some(first) = seen.by_name(&alias.value) {
            problems.push(
                Problem::at(
                    alias.at,
                    format!("alias {} is the name of code {}", alias.value, first.code),
                    "an alias must be a name no code has now",
                )
                .first_at(first.ats.name),
            );
        } else if let Some((code, first)) = seen.by_alias(&alias.value) {
            problems.push(
                Problem::at(
                    alias.at,
                    format!("alias {} is already an alias of code {code}", alias.value),
                    "a former name belongs to one code; remove one of them",
                )
                .first_at(first),
            );
        } else {
            out.push(alias);
        }
    }
    out
}

/// Whether the entry's number, name or variant is already taken (or its
/// name is another code's former name); each clash is reported.
pub(super) fn clashes(
    raw: &RawCode,
    variant: Option<&str>,
    seen: &SeenIndex,
    problems: &mut Vec<Problem>,
) -> bool {
    let name = &raw.name;
    let mut clash = false;

    if let Some(first) = seen.by_code(raw.code.value) {
        clash = true;
        problems.push(
            Problem::at(
                raw.code.at,
                format!("code {} is already used by {}", raw.code.value, first.name),
                "give each entry its own number",
            )
            .first_at(first.ats.code),
        );
    }
    if let Some(first) = seen.by_name(&name.value) {
        clash = true;
        problems.push(
            Problem::at(
                name.at,
                format!("name {} is already used by code {}", name.value, first.code),
                "give each entry its own name",
            )
            .first_at(first.ats.name),
        );
    } else if let Some((code, alias_at)) = seen.by_alias(&name.value) {
        clash = true;
        problems.push(
            Problem::at(
                name.at,
                format!("name {} is already an alias of code {code}", name.value),
                "a former name stays with its code; choose another name",
            )
            .first_at(alias_at),
        );
    } else if let Some(variant) = variant {
        if let Some(first) = seen.by_variant(variant) {
            clash = true;
            problems.push(
                Problem::at(
                    name.at,
                    format!(
                        "name {} becomes the variant `{variant}`, the same as {}",
                        name.value, first.name
                    ),
                    "names must differ by more than underscores; rename one of them",
                )
                .first_at(first.ats.name),
            );
        }
    }
    clash
}
