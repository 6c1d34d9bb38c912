//! The unit tests of `valid`.

use super::*;
use crate::{read, yaml};

fn check(text: &str) -> (Catalog, Vec<String>) {
    let doc = yaml::parse(text).unwrap();
    let mut problems = Vec::new();
    let raw = read::read(&doc, &mut problems);
    let model = validate(raw, text, &mut problems);
    (model, problems.into_iter().map(|p| p.what).collect())
}

#[test]
fn sorts_by_code_and_keeps_metadata() {
    let (model, problems) = check(
        "languages: [en, zh]\ngroups: {b: {}, a: {range: [1, 9]}}\ncodes:\n\
         - {code: 2, name: TWO, message: two, group: b, http: 404, description: {zh: 二, en: two}}\n\
         - {code: 1, name: ONE, message: '', group: a}\n",
    );
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(model.codes[0].name, "ONE");
    assert_eq!(model.codes[1].variant, "Two");
    assert_eq!(model.codes[1].http, Some(404));
    assert_eq!(
        model.codes[1].descriptions,
        [("en".into(), "two".into()), ("zh".into(), "二".into())]
    );
    assert_eq!(model.groups[1].range, Some((1, 9)));
}

#[test]
fn reports_clashes_and_keeps_the_first() {
    let (model, problems) = check(
        "codes:\n- {code: 1, name: ERROR_2, message: a}\n- {code: 1, name: B, message: b}\n\
         - {code: 3, name: ERROR_2, message: c}\n- {code: 4, name: ERROR2, message: d}\n",
    );
    assert_eq!(
        problems,
        [
            "code 1 is already used by ERROR_2",
            "name ERROR_2 is already used by code 1",
            "name ERROR2 becomes the variant `Error2`, the same as ERROR_2",
        ]
    );
    assert_eq!(model.codes.len(), 1);
}

/// Thousands of entries sharing numbers, names and variants, checked
/// against the rule stated plainly: an entry clashes with the entries
/// accepted before it, and is accepted only if it clashes with none.
#[test]
fn clashes_in_a_large_catalog_match_the_plain_rule() {
    let mut state: u64 = 0x5eed;
    let mut next = |below: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % below
    };
    let entries: Vec<(u32, String)> = (0..3000)
        .map(|_| {
            let code = u32::try_from(next(2000)).unwrap();
            // `E_12` and `E12` both become the variant `E12`.
            let k = next(1500);
            let name = if next(2) == 0 {
                format!("E_{k}")
            } else {
                format!("E{k}")
            };
            (code, name)
        })
        .collect();
    let text: String = std::iter::once("codes:\n".to_owned())
        .chain(
            entries
                .iter()
                .map(|(code, name)| format!("- {{code: {code}, name: {name}, message: m}}\n")),
        )
        .collect();

    let mut expected = Vec::new();
    let mut accepted: Vec<&(u32, String)> = Vec::new();
    for entry in &entries {
        let (code, name) = entry;
        let variant = names::variant_of(name);
        let mut clash = false;
        if let Some(first) = accepted.iter().find(|(c, _)| c == code) {
            expected.push(format!("code {code} is already used by {}", first.1));
            clash = true;
        }
        if let Some(first) = accepted.iter().find(|(_, n)| n == name) {
            expected.push(format!("name {name} is already used by code {}", first.0));
            clash = true;
        } else if let Some(first) = accepted
            .iter()
            .find(|(_, n)| names::variant_of(n) == variant)
        {
            expected.push(format!(
                "name {name} becomes the variant `{variant}`, the same as {}",
                first.1
            ));
            clash = true;
        }
        if !clash {
            accepted.push(entry);
        }
    }

    let (model, problems) = check(&text);
    assert_eq!(problems, expected);
    let mut kept: Vec<(u32, &str)> = accepted.iter().map(|(c, n)| (*c, n.as_str())).collect();
    kept.sort_unstable();
    let got: Vec<(u32, &str)> = model
        .codes
        .iter()
        .map(|c| (c.code, c.name.as_str()))
        .collect();
    assert_eq!(got, kept);
    assert!(
        kept.len() > 500 && problems.len() > 1000,
        "the catalog exercises both"
    );
}

#[test]
fn enforces_reserved_numbers_and_ranges() {
    let (model, problems) = check(
        "groups:\n  sms: {range: [600, 699]}\n  push: {range: [650, 700]}\n  realtime: {range: [4000, 4999]}\n\
         \x20 realtime.session: {range: [4100, 4199]}\n\
         codes:\n- {code: 220, name: A, message: a}\n- {code: 700, name: B, message: b, group: sms}\n\
         - {code: 4200, name: C, message: c, group: realtime.session}\n- {code: 601, name: D, message: d, group: sms}\n\
         reserved:\n- {code: 220, name: FOLLOWEE_LIMIT, note: removed in 2019}\n- {code: 220}\n",
    );
    assert_eq!(
        problems,
        [
            "the range 650..=700 of group `push` overlaps 600..=699 of group `sms`",
            "220 is listed twice under `reserved`",
            "code 220 is reserved: FOLLOWEE_LIMIT, removed in 2019",
            "code 700 is outside the range 600..=699 of group `sms`",
            "code 4200 is outside the range 4100..=4199 of group `realtime.session`",
        ]
    );
    let kept: Vec<u32> = model.codes.iter().map(|c| c.code).collect();
    assert_eq!(kept, [601]);
    assert_eq!(model.reserved.len(), 1);
}

#[test]
fn reports_bad_names_groups_statuses_and_languages() {
    let (model, problems) = check(
        "languages: [en, zh]\ngroups: {storage: {}}\ncodes:\n\
         - {code: 1, name: 1ST, message: a}\n- {code: 2, name: Bad, message: b}\n\
         - {code: 3, name: SELF, message: c}\n- {code: 4, name: D, message: d, group: storag}\n\
         - {code: 5, name: E, message: e, http: 600}\n- {code: 6, name: F, message: f, description: {en: x, fr: y}}\n",
    );
    assert_eq!(
        problems,
        [
            "name `1ST` starts with a digit",
            "name `Bad` is not UPPER_SNAKE_CASE",
            "name `SELF` would become the variant `Self`, a Rust keyword",
            "group `storag` is not declared",
            "`http` is 600, not an HTTP status",
            "language `fr` is not declared in `languages`",
            "this description has no text for `zh`",
        ]
    );
    // Entries whose only problems are optional fields are kept without them.
    let kept: Vec<&str> = model.codes.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(kept, ["D", "E", "F"]);
    assert_eq!(model.codes[0].group, None);
}

#[test]
fn an_alias_may_not_become_a_taken_variant() {
    // Each former name is a deprecated associated constant of the enum, so
    // its variant may be no code's variant and no other former name's.
    let (model, problems) = check(
        "codes:\n\
         - {code: 1, name: ERROR2, message: a, aliases: [ERROR_2]}\n\
         - {code: 2, name: B, message: b, aliases: [OLD_B, OLDB, OLD_B1]}\n\
         - {code: 3, name: C, message: c, aliases: [OLD_B_1, ERROR_2_]}\n\
         - {code: 4, name: OLD_C, message: d, aliases: [D1]}\n\
         - {code: 5, name: D_1, message: e}\n",
    );
    assert_eq!(
        problems,
        [
            "alias ERROR_2 becomes the constant `Error2`, the same as the code's own variant",
            "alias OLD_B_1 becomes the constant `OldB1`, the same as OLD_B1",
            "name `ERROR_2_` is not UPPER_SNAKE_CASE",
            "name D_1 becomes the variant `D1`, the same as the alias D1 of code 4",
        ]
    );
    assert_eq!(model.codes[1].aliases, ["OLD_B", "OLDB", "OLD_B1"]);
    assert!(model.codes[2].aliases.is_empty());
}
