//! A code's clashes with the codes before it: its number, name, variant
//! and former names, each reported with the first place it was used.

use super::at;
use crate::diag::Problem;
use crate::names;
use crate::read::{Placed, RawCode};
use crate::seen::SeenIndex;

/// The aliases of the entry named `name` (whose variant is `own`) that
/// follow the name rules and are no other name or alias, nor become another
/// variant (each is a deprecated associated constant of the enum); the rest
/// are reported.
pub(super) fn aliases(
    list: Vec<Placed<String>>,
    name: &str,
    own: Option<&str>,
    seen: &SeenIndex,
    problems: &mut Vec<Problem>,
) -> Vec<Placed<String>> {
    let mut out: Vec<Placed<String>> = Vec::with_capacity(list.len());
    for alias in list {
        let variant = match names::variant(&alias.value) {
            Ok(variant) => variant,
            Err(broken) => {
                problems.push(at(alias.at, broken));
                continue;
            }
        };
        if alias.value == name {
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
        } else if let Some(problem) = variant_taken(&alias, &variant, own, &out, seen) {
            problems.push(problem);
        } else {
            out.push(alias);
        }
    }
    out
}

/// The clash of the former name `alias`, whose variant is `variant`, with
/// the variant of its code (`own`), of an alias before it in its code's
/// list (`before`), or of a code or alias accepted earlier.
fn variant_taken(
    alias: &Placed<String>,
    variant: &str,
    own: Option<&str>,
    before: &[Placed<String>],
    seen: &SeenIndex,
) -> Option<Problem> {
    let problem = |other: &str| {
        Problem::at(
            alias.at,
            format!(
                "alias {} becomes the constant `{variant}`, the same as {other}",
                alias.value
            ),
            "names must differ by more than underscores; drop or rename the alias",
        )
    };
    let taken = |other: &str, first: usize| Some(problem(other).first_at(first));
    if own == Some(variant) {
        return Some(problem("the code's own variant"));
    }
    if let Some(first) = before
        .iter()
        .find(|a| names::variant_of(&a.value) == variant)
    {
        return taken(&first.value, first.at);
    }
    if let Some(code) = seen.by_variant(variant) {
        return taken(&code.name, code.ats.name);
    }
    seen.by_alias_variant(variant)
        .and_then(|(other, _, first)| taken(other, first))
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
        if let Some((alias, code, alias_at)) = seen.by_alias_variant(variant) {
            clash = true;
            problems.push(
                Problem::at(
                    name.at,
                    format!(
                        "name {} becomes the variant `{variant}`, the same as the alias {alias} of code {code}",
                        name.value
                    ),
                    "names must differ by more than underscores; rename one of them",
                )
                .first_at(alias_at),
            );
        } else if let Some(first) = seen.by_variant(variant) {
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
