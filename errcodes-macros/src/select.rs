//! Selection: the codes a per-service subset keeps (`groups`, `codes`,
//! `exclude`), checked against the catalog.
//!
//! Problems here are in the macro's arguments, so they are reported on the
//! offending literal rather than in the catalog file.

use crate::args::{Args, Number};
use crate::diag::did_you_mean;
use crate::model::{Catalog, Code};
use crate::valid::is_within;

/// The subset of `catalog` the arguments select, and the problems with them.
/// With no selecting argument the whole catalog is kept.
pub fn select(mut catalog: Catalog, args: &Args) -> (Catalog, Vec<syn::Error>) {
    if !args.selects() {
        return (catalog, Vec::new());
    }
    let mut errors = Vec::new();
    let mut keep = vec![args.groups.is_empty() && args.codes.is_empty(); catalog.codes.len()];

    let known_groups = group_keys(&catalog);
    for group in &args.groups {
        let key = group.value();
        let declared = known_groups.iter().any(|known| is_within(known, &key));
        if !declared {
            let hint = did_you_mean(&key, known_groups.iter().map(String::as_str))
                .map_or_else(String::new, |hint| format!("; {hint}"));
            errors.push(syn::Error::new(
                group.span(),
                format!("the catalog has no group `{key}`{hint}"),
            ));
            continue;
        }
        for (kept, code) in keep.iter_mut().zip(&catalog.codes) {
            *kept |= code.group.as_deref().is_some_and(|g| is_within(g, &key));
        }
    }
    for number in &args.codes {
        match position(&catalog, number.value) {
            Some(index) => keep[index] = true,
            None => errors.push(unknown_code(&catalog, number)),
        }
    }
    for number in &args.exclude {
        match position(&catalog, number.value) {
            Some(index) if keep[index] => keep[index] = false,
            Some(_) => errors.push(syn::Error::new(
                number.span,
                format!(
                    "code {} is not selected, so there is nothing to exclude; remove it from `exclude`",
                    number.value
                ),
            )),
            None => errors.push(unknown_code(&catalog, number)),
        }
    }

    let mut index = 0;
    catalog.codes.retain(|_| {
        index += 1;
        keep[index - 1]
    });
    if catalog.codes.is_empty() && errors.is_empty() {
        let span = args
            .groups
            .first()
            .map(syn::LitStr::span)
            .or_else(|| args.codes.first().map(|n| n.span))
            .unwrap_or_else(|| args.path.span());
        errors.push(syn::Error::new(
            span,
            "the selection is empty; select at least one code with `groups` or `codes`",
        ));
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
    (catalog, errors)
}

/// The group keys a `groups = [...]` literal may name: the declared groups,
/// or, when the catalog declares none, the groups its codes use.
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

fn unknown_code(catalog: &Catalog, number: &Number) -> syn::Error {
    let message = if let Some(retired) = catalog.reserved.iter().find(|r| r.code == number.value) {
        let about = retired
            .note
            .as_deref()
            .or(retired.name.as_deref())
            .map_or_else(String::new, |text| format!(" ({text})"));
        format!(
            "code {} is reserved{about}, not a code of the catalog",
            number.value
        )
    } else {
        let hint = closest(&catalog.codes, number.value).map_or_else(String::new, |c| {
            format!("; did you mean {} ({})?", c.code, c.name)
        });
        format!("the catalog has no code {}{hint}", number.value)
    };
    syn::Error::new(number.span, message)
}

/// A code one digit edit away from `number`, the nearest in value first.
fn closest(codes: &[Code], number: u32) -> Option<&Code> {
    let text = number.to_string();
    codes
        .iter()
        .filter(|c| strsim::levenshtein(&c.code.to_string(), &text) == 1)
        .min_by_key(|c| c.code.abs_diff(number))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile;

    const CATALOG: &str = "groups:\n  sms: {}\n  realtime: {}\n  realtime.session: {}\n  realtime.message: {}\n\
        codes:\n- {code: 1, name: A, message: a}\n- {code: 600, name: B, message: b, group: sms}\n\
        - {code: 601, name: C, message: c, group: sms}\n- {code: 4100, name: D, message: d, group: realtime.session}\n\
        - {code: 4401, name: E, message: e, group: realtime.message}\n\
        reserved:\n- {code: 220, note: removed in 2019}\n";

    fn run(arguments: &str) -> (Vec<u32>, Vec<String>, Vec<String>) {
        let (catalog, problems) = compile::check(CATALOG);
        assert!(problems.is_empty(), "{problems:?}");
        let args: Args = syn::parse_str(&format!("\"x.yaml\", {arguments}")).unwrap();
        let (subset, errors) = select(catalog, &args);
        (
            subset.codes.iter().map(|c| c.code).collect(),
            subset.groups.iter().map(|g| g.key.clone()).collect(),
            errors.iter().map(ToString::to_string).collect(),
        )
    }

    #[test]
    fn groups_select_their_sub_groups() {
        let (codes, groups, errors) = run("groups = [\"realtime\"]");
        assert_eq!(codes, [4100, 4401]);
        assert_eq!(groups, ["realtime", "realtime.session", "realtime.message"]);
        assert!(errors.is_empty());
        assert_eq!(run("groups = [\"realtime.session\"]").0, [4100]);
    }

    #[test]
    fn union_of_groups_and_codes_minus_exclude() {
        let (codes, _, errors) = run("groups = [\"sms\"], codes = [1, 4100], exclude = [601]");
        assert_eq!(codes, [1, 600, 4100]);
        assert!(errors.is_empty());
        // `exclude` alone starts from the whole catalog.
        assert_eq!(run("exclude = [1]").0, [600, 601, 4100, 4401]);
    }

    #[test]
    fn reports_unknown_and_empty_selections() {
        assert_eq!(
            run("groups = [\"smss\"]").2,
            ["the catalog has no group `smss`; did you mean `sms`?"]
        );
        assert_eq!(
            run("codes = [602]").2,
            ["the catalog has no code 602; did you mean 601 (C)?"]
        );
        assert_eq!(
            run("codes = [220]").2,
            ["code 220 is reserved (removed in 2019), not a code of the catalog"]
        );
        assert_eq!(
            run("groups = [\"sms\"], exclude = [1]").2,
            ["code 1 is not selected, so there is nothing to exclude; remove it from `exclude`"]
        );
        assert_eq!(
            run("codes = [1], exclude = [1]").2,
            ["the selection is empty; select at least one code with `groups` or `codes`"]
        );
    }
}
