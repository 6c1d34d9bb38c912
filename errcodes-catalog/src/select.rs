//! Selection: the codes a per-service subset keeps (`groups`, `codes`,
//! `exclude`), checked against the catalog.
//!
//! Problems here are in the selection (the macro's arguments), not in the
//! catalog file, so each names the part of the selection it is about.

use crate::model::{Catalog, Code};
use crate::names::is_within;

/// What a per-service subset keeps: the union of `groups` (with their dotted
/// sub-groups), the codes with any of `tags`, and `codes`, minus `exclude`;
/// with only `exclude`, the whole catalog minus `exclude`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Group keys.
    pub groups: Vec<String>,
    /// Code numbers.
    pub codes: Vec<u32>,
    /// Tag keys.
    pub tags: Vec<String>,
    /// Code numbers to leave out.
    pub exclude: Vec<u32>,
}

impl Selection {
    /// Whether the selection keeps the whole catalog (nothing is asked for).
    pub fn is_whole(&self) -> bool {
        self.groups.is_empty()
            && self.codes.is_empty()
            && self.tags.is_empty()
            && self.exclude.is_empty()
    }
}

/// The part of a [`Selection`] a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// `groups[n]`.
    Group(usize),
    /// `codes[n]`.
    Code(usize),
    /// `exclude[n]`.
    Exclude(usize),
    /// `tags[n]`.
    Tag(usize),
    /// The selection as a whole (it selects nothing).
    Whole,
}

/// A problem with a [`Selection`]: which part, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectionProblem {
    /// The part at fault.
    pub part: Part,
    /// What is wrong and what to do.
    pub message: String,
}

/// The subset of `catalog` that `selection` keeps, and the problems with it.
/// Groups the subset does not use are dropped (a used group keeps its parents).
///
/// With problems, the subset is what the build should go on with, so that
/// the one error is the argument's and no use of a code fails after it: an
/// unknown group, tag or code with a close match (the one its problem
/// suggests) selects as that match would; one without any makes the subset
/// the whole catalog.
pub fn select(mut catalog: Catalog, selection: &Selection) -> (Catalog, Vec<SelectionProblem>) {
    if selection.is_whole() {
        return (catalog, Vec::new());
    }
    let mut unresolved = false;
    let mut problems = Vec::new();
    let mut report = |part, message| problems.push(SelectionProblem { part, message });
    let only_exclude =
        selection.groups.is_empty() && selection.codes.is_empty() && selection.tags.is_empty();
    let mut keep = vec![only_exclude; catalog.codes.len()];

    let known_groups = group_keys(&catalog);
    for (index, key) in selection.groups.iter().enumerate() {
        let declared = known_groups.iter().any(|known| is_within(known, key));
        let mut key = key.as_str();
        if !declared {
            let near = crate::diag::closest(key, known_groups.iter().map(String::as_str));
            let hint = near.map_or_else(String::new, |near| format!("; did you mean `{near}`?"));
            report(
                Part::Group(index),
                format!("the catalog has no group `{key}`{hint}"),
            );
            let Some(near) = near else {
                unresolved = true;
                continue;
            };
            key = near;
        }
        for (kept, code) in keep.iter_mut().zip(&catalog.codes) {
            *kept |= code.group.as_deref().is_some_and(|g| is_within(g, key));
        }
    }
    for (index, key) in selection.tags.iter().enumerate() {
        let mut key = key.as_str();
        if catalog.tag(key).is_none() {
            let keys = catalog.tags.iter().map(|t| t.key.as_str());
            let near = crate::diag::closest(key, keys.clone());
            let hint = match near {
                Some(near) => format!("; did you mean `{near}`?"),
                None if catalog.tags.is_empty() => "; it declares none".to_owned(),
                None => format!("; its tags: {}", keys.collect::<Vec<_>>().join(", ")),
            };
            report(
                Part::Tag(index),
                format!("the catalog has no tag `{key}`{hint}"),
            );
            let Some(near) = near else {
                unresolved = true;
                continue;
            };
            key = near;
        }
        for (kept, code) in keep.iter_mut().zip(&catalog.codes) {
            *kept |= code.has_tag(key);
        }
    }
    unresolved |= by_number(&catalog, selection, &mut keep, &mut report);

    if unresolved {
        return (catalog, problems);
    }
    let mut index = 0;
    catalog.codes.retain(|_| {
        index += 1;
        keep[index - 1]
    });
    if catalog.codes.is_empty() && problems.is_empty() {
        problems.push(SelectionProblem {
            part: Part::Whole,
            message:
                "the selection is empty; select at least one code with `groups`, `tags` or `codes`"
                    .to_owned(),
        });
    }
    // Keep the groups the subset uses, and their parents.
    let used: Vec<String> = catalog
        .codes
        .iter()
        .filter_map(|c| c.group.clone())
        .collect();
    catalog
        .groups
        .retain(|group| used.iter().any(|key| is_within(key, &group.key)));
    (catalog, problems)
}

/// Keeps the codes `selection.codes` names (or, for a number the catalog
/// lacks, its close match) and drops those `selection.exclude` names;
/// reports the numbers that are no code, and says whether one of them had
/// no close match.
fn by_number(
    catalog: &Catalog,
    selection: &Selection,
    keep: &mut [bool],
    report: &mut impl FnMut(Part, String),
) -> bool {
    let mut unresolved = false;
    for (index, &number) in selection.codes.iter().enumerate() {
        match position(catalog, number) {
            Some(at) => keep[at] = true,
            None => {
                report(Part::Code(index), unknown_code(catalog, number));
                let near = catalog
                    .reserved
                    .iter()
                    .all(|r| r.code != number)
                    .then(|| closest(&catalog.codes, number))
                    .flatten()
                    .and_then(|near| position(catalog, near.code));
                match near {
                    Some(at) => keep[at] = true,
                    None => unresolved = true,
                }
            }
        }
    }
    for (index, &number) in selection.exclude.iter().enumerate() {
        match position(catalog, number) {
            Some(at) if keep[at] => keep[at] = false,
            Some(_) => report(
                Part::Exclude(index),
                format!(
                    "code {number} is not selected, so there is nothing to exclude; remove it from `exclude`"
                ),
            ),
            None => report(Part::Exclude(index), unknown_code(catalog, number)),
        }
    }
    unresolved
}

/// The group keys a selection may name: the declared groups, or, when the
/// catalog declares none, the groups its codes use.
fn group_keys(catalog: &Catalog) -> Vec<String> {
    if !catalog.groups.is_empty() {
        return catalog.groups.iter().map(|g| g.key.clone()).collect();
    }
    let mut keys: Vec<String> = catalog
        .codes
        .iter()
        .filter_map(|c| c.group.clone())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

fn position(catalog: &Catalog, number: u32) -> Option<usize> {
    catalog.codes.binary_search_by_key(&number, |c| c.code).ok()
}

fn unknown_code(catalog: &Catalog, number: u32) -> String {
    if let Some(retired) = catalog.reserved.iter().find(|r| r.code == number) {
        let about = retired
            .note
            .as_deref()
            .or(retired.name.as_deref())
            .map_or_else(String::new, |text| format!(" ({text})"));
        format!("code {number} is reserved{about}, not a code of the catalog")
    } else {
        let hint = closest(&catalog.codes, number).map_or_else(String::new, |c| {
            format!("; did you mean {} ({})?", c.code, c.name)
        });
        format!("the catalog has no code {number}{hint}")
    }
}

/// A code one digit edit away from `number`, the nearest in value first.
pub(crate) fn closest(codes: &[Code], number: u32) -> Option<&Code> {
    let text = number.to_string();
    codes
        .iter()
        .filter(|c| strsim::levenshtein(&c.code.to_string(), &text) == 1)
        .min_by_key(|c| c.code.abs_diff(number))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CATALOG: &str = "groups:\n  sms: {}\n  realtime: {}\n  realtime.session: {}\n  realtime.message: {}\n\
        codes:\n- {code: 1, name: A, message: a}\n- {code: 600, name: B, message: b, group: sms}\n\
        - {code: 601, name: C, message: c, group: sms}\n- {code: 4100, name: D, message: d, group: realtime.session}\n\
        - {code: 4401, name: E, message: e, group: realtime.message}\n\
        reserved:\n- {code: 220, note: removed in 2019}\n";

    fn run(
        groups: &[&str],
        codes: &[u32],
        exclude: &[u32],
    ) -> (Vec<u32>, Vec<String>, Vec<String>) {
        let checked = crate::check("x.yaml", CATALOG);
        assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
        let selection = Selection {
            groups: groups.iter().map(|g| (*g).to_owned()).collect(),
            codes: codes.to_vec(),
            exclude: exclude.to_vec(),
            ..Selection::default()
        };
        let (subset, problems) = select(checked.catalog, &selection);
        (
            subset.codes.iter().map(|c| c.code).collect(),
            subset.groups.iter().map(|g| g.key.clone()).collect(),
            problems.into_iter().map(|p| p.message).collect(),
        )
    }

    #[test]
    fn groups_select_their_sub_groups() {
        let (codes, groups, problems) = run(&["realtime"], &[], &[]);
        assert_eq!(codes, [4100, 4401]);
        assert_eq!(groups, ["realtime", "realtime.session", "realtime.message"]);
        assert!(problems.is_empty());
        assert_eq!(run(&["realtime.session"], &[], &[]).0, [4100]);
    }

    #[test]
    fn union_of_groups_and_codes_minus_exclude() {
        let (codes, _, problems) = run(&["sms"], &[1, 4100], &[601]);
        assert_eq!(codes, [1, 600, 4100]);
        assert!(problems.is_empty());
        // `exclude` alone starts from the whole catalog.
        assert_eq!(run(&[], &[], &[1]).0, [600, 601, 4100, 4401]);
    }

    #[test]
    fn tags_select_their_codes() {
        let text = "tags:\n  retryable: {}\n  network: {}\ngroups:\n  a: {tags: [retryable]}\n  a.b: {}\n\
            codes:\n- {code: 1, name: A, message: a, tags: [network]}\n- {code: 2, name: B, message: b, group: a.b}\n\
            - {code: 3, name: C, message: c}\n";
        let catalog = crate::check("t.yaml", text).catalog;
        let tags = |tags: &[&str], exclude: &[u32]| {
            let selection = Selection {
                tags: tags.iter().map(|t| (*t).to_owned()).collect(),
                exclude: exclude.to_vec(),
                ..Selection::default()
            };
            let (subset, problems) = select(catalog.clone(), &selection);
            let codes: Vec<u32> = subset.codes.iter().map(|c| c.code).collect();
            let problems: Vec<String> = problems.into_iter().map(|p| p.message).collect();
            (codes, problems)
        };
        assert_eq!(tags(&["retryable"], &[]).0, [2]);
        assert_eq!(tags(&["retryable", "network"], &[]).0, [1, 2]);
        assert_eq!(tags(&["retryable", "network"], &[1]).0, [2]);
        assert_eq!(
            tags(&["retryabel"], &[]).1,
            ["the catalog has no tag `retryabel`; did you mean `retryable`?"]
        );
    }

    #[test]
    fn a_mistyped_part_selects_as_its_close_match_would() {
        // One error, the argument's; the subset is the one meant.
        assert_eq!(run(&["smss"], &[], &[]).0, [600, 601]);
        assert_eq!(run(&["realtime.sesion"], &[], &[]).0, [4100]);
        assert_eq!(run(&[], &[602], &[]).0, [601]);
        // Nothing close: the whole catalog, so no use of a code fails.
        assert_eq!(run(&["billing"], &[], &[]).0, [1, 600, 601, 4100, 4401]);
        assert_eq!(run(&["sms"], &[220], &[]).0, [1, 600, 601, 4100, 4401]);
        assert_eq!(run(&["sms"], &[], &[]).2, Vec::<String>::new());
    }

    #[test]
    fn reports_unknown_and_empty_selections() {
        assert_eq!(
            run(&["smss"], &[], &[]).2,
            ["the catalog has no group `smss`; did you mean `sms`?"]
        );
        assert_eq!(
            run(&[], &[602], &[]).2,
            ["the catalog has no code 602; did you mean 601 (C)?"]
        );
        assert_eq!(
            run(&[], &[220], &[]).2,
            ["code 220 is reserved (removed in 2019), not a code of the catalog"]
        );
        assert_eq!(
            run(&["sms"], &[], &[1]).2,
            ["code 1 is not selected, so there is nothing to exclude; remove it from `exclude`"]
        );
        assert_eq!(
            run(&[], &[1], &[1]).2,
            ["the selection is empty; select at least one code with `groups`, `tags` or `codes`"]
        );
    }
}
