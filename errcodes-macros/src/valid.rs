//! Validation: the rules that span entries (unique numbers and names, declared
//! groups and languages, well-formed names and statuses), raw → model.
//!
//! Invalid entries are reported and left out; the rest still form a model, so
//! the expansion can emit the valid items next to the errors.

use std::collections::HashMap;

use crate::catalog::{RawCatalog, RawCode, RawGroup, RawReserved, Spanned};
use crate::diag::{did_you_mean, Problem};
use crate::model::{Catalog, Code, Group, Reserved};
use crate::yaml::Step;

/// Associated items of the generated enum that a variant must not shadow.
const GENERATED_ITEMS: &[&str] = &["ALL", "CODES", "ENTRIES", "GROUPS", "LANGUAGES", "RESERVED"];

/// Checks `raw`, reporting into `problems`, and returns the valid part.
pub fn validate(raw: RawCatalog, problems: &mut Vec<Problem>) -> Catalog {
    let languages = languages(raw.languages.unwrap_or_default(), problems);
    let raw_groups: Option<Vec<RawGroup>> = raw.groups.map(|groups| {
        groups
            .into_iter()
            .filter(|group| check_group_key(&group.key, problems))
            .collect()
    });
    let ranges = ranges(raw_groups.as_deref().unwrap_or_default(), problems);
    let reserved = reserved(raw.reserved, problems);
    let groups = raw_groups.map(|groups| {
        groups
            .into_iter()
            .map(|group| Group {
                key: group.key.value,
                description: group.description.map(|d| d.value),
                range: group.range.map(|r| r.value),
            })
            .collect::<Vec<_>>()
    });

    let check = Check {
        languages: raw_languages(&languages),
        groups: groups.as_deref(),
        ranges: &ranges,
        reserved: &reserved,
    };
    let mut codes: Vec<Code> = Vec::with_capacity(raw.codes.len());
    // Where each accepted code, name and variant was first written.
    let mut seen = SeenIndex::default();
    for entry in raw.codes {
        if let Some((code, first)) = check.entry(entry, &seen, problems) {
            seen.insert(first);
            codes.push(code);
        }
    }
    codes.sort_by_key(|code| code.code);

    let mut reserved: Vec<Reserved> = reserved
        .into_iter()
        .map(|r| Reserved {
            code: r.code.value,
            name: r.name,
            note: r.note,
        })
        .collect();
    reserved.sort_by_key(|r| r.code);

    Catalog {
        languages: languages.into_iter().map(|l| l.value).collect(),
        groups: groups.unwrap_or_default(),
        codes,
        reserved,
    }
}

fn check_group_key(key: &Spanned<String>, problems: &mut Vec<Problem>) -> bool {
    let ok = is_group_key(&key.value);
    if !ok {
        problems.push(Problem::at(
            &key.at,
            format!(
                "group key `{}` is not lowercase words separated by dots",
                key.value
            ),
            format!(
                "use letters, digits, `_` and `-`, with `.` between levels, e.g. `{}`",
                group_key_like(&key.value)
            ),
        ));
    }
    ok
}

/// A group's range, where it was written.
struct Range {
    key: String,
    range: Spanned<(u32, u32)>,
}

/// `ancestor` is `key` or one of its dotted parents (`realtime` of `realtime.session`).
pub fn is_within(key: &str, ancestor: &str) -> bool {
    key.strip_prefix(ancestor)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// The groups' ranges; two groups may not overlap unless one contains the other.
fn ranges(groups: &[RawGroup], problems: &mut Vec<Problem>) -> Vec<Range> {
    let mut out: Vec<Range> = Vec::new();
    for group in groups {
        let Some(range) = &group.range else { continue };
        let (lo, hi) = range.value;
        let key = &group.key.value;
        let overlap = out.iter().find(|other| {
            let (a, b) = other.range.value;
            lo <= b && a <= hi && !is_within(key, &other.key) && !is_within(&other.key, key)
        });
        if let Some(other) = overlap {
            let (a, b) = other.range.value;
            problems.push(
                Problem::at(
                    &range.at,
                    format!(
                        "the range {lo}..={hi} of group `{key}` overlaps {a}..={b} of group `{}`",
                        other.key
                    ),
                    "give each group its own numbers; only a sub-group may share its parent's",
                )
                .first_at(&other.range.at),
            );
            continue;
        }
        out.push(Range {
            key: key.clone(),
            range: range.clone(),
        });
    }
    out
}

/// The retired numbers; each may be listed once.
fn reserved(list: Vec<RawReserved>, problems: &mut Vec<Problem>) -> Vec<RawReserved> {
    let mut out: Vec<RawReserved> = Vec::with_capacity(list.len());
    for entry in list {
        if let Some(first) = out.iter().find(|r| r.code.value == entry.code.value) {
            problems.push(
                Problem::at(
                    &entry.code.at,
                    format!("{} is listed twice under `reserved`", entry.code.value),
                    "keep one entry",
                )
                .first_at(&first.code.at),
            );
            continue;
        }
        out.push(entry);
    }
    out
}

fn raw_languages(languages: &[Spanned<String>]) -> Option<Vec<&str>> {
    if languages.is_empty() {
        None
    } else {
        Some(languages.iter().map(|l| l.value.as_str()).collect())
    }
}

fn languages(list: Vec<Spanned<String>>, problems: &mut Vec<Problem>) -> Vec<Spanned<String>> {
    let mut out: Vec<Spanned<String>> = Vec::with_capacity(list.len());
    for lang in list {
        if !is_language(&lang.value) {
            problems.push(Problem::at(
                &lang.at,
                format!("`{}` is not a language key", lang.value),
                "use a language tag such as `en`, `zh` or `pt-BR`",
            ));
        } else if let Some(first) = out.iter().find(|l| l.value == lang.value) {
            problems.push(
                Problem::at(
                    &lang.at,
                    format!("language `{}` is listed twice", lang.value),
                    "list each language once",
                )
                .first_at(&first.at),
            );
        } else {
            out.push(lang);
        }
    }
    out
}

/// The first place each accepted entry's number, name and variant were written.
struct Seen {
    code: u32,
    code_at: Vec<Step>,
    name: String,
    name_at: Vec<Step>,
    variant: String,
}

/// The accepted entries, indexed by number, name and variant, so checking
/// for clashes stays linear in the size of the catalog.
#[derive(Default)]
struct SeenIndex {
    entries: Vec<Seen>,
    codes: HashMap<u32, usize>,
    names: HashMap<String, usize>,
    variants: HashMap<String, usize>,
}

impl SeenIndex {
    fn insert(&mut self, seen: Seen) {
        let at = self.entries.len();
        self.codes.insert(seen.code, at);
        self.names.insert(seen.name.clone(), at);
        self.variants.insert(seen.variant.clone(), at);
        self.entries.push(seen);
    }

    fn by_code(&self, code: u32) -> Option<&Seen> {
        self.codes.get(&code).and_then(|&at| self.entries.get(at))
    }

    fn by_name(&self, name: &str) -> Option<&Seen> {
        self.names.get(name).and_then(|&at| self.entries.get(at))
    }

    fn by_variant(&self, variant: &str) -> Option<&Seen> {
        self.variants
            .get(variant)
            .and_then(|&at| self.entries.get(at))
    }
}

struct Check<'a> {
    /// Declared languages, if any.
    languages: Option<Vec<&'a str>>,
    /// Declared groups, if `groups:` is present.
    groups: Option<&'a [Group]>,
    ranges: &'a [Range],
    reserved: &'a [RawReserved],
}

impl Check<'_> {
    fn entry(
        &self,
        mut raw: RawCode,
        seen: &SeenIndex,
        problems: &mut Vec<Problem>,
    ) -> Option<(Code, Seen)> {
        let name = &raw.name;
        let variant = check_name(name, problems);
        let mut clash = false;

        if let Some(first) = seen.by_code(raw.code.value) {
            clash = true;
            problems.push(
                Problem::at(
                    &raw.code.at,
                    format!("code {} is already used by {}", raw.code.value, first.name),
                    "give each entry its own number",
                )
                .first_at(&first.code_at),
            );
        }
        if let Some(first) = seen.by_name(&name.value) {
            clash = true;
            problems.push(
                Problem::at(
                    &name.at,
                    format!("name {} is already used by code {}", name.value, first.code),
                    "give each entry its own name",
                )
                .first_at(&first.name_at),
            );
        } else if let Some(variant) = &variant {
            if let Some(first) = seen.by_variant(variant) {
                clash = true;
                problems.push(
                    Problem::at(
                        &name.at,
                        format!(
                            "name {} becomes the variant `{variant}`, the same as {}",
                            name.value, first.name
                        ),
                        "names must differ by more than underscores; rename one of them",
                    )
                    .first_at(&first.name_at),
                );
            }
        }

        clash |= self.is_reserved(&raw.code, problems);
        if let Some(group) = &raw.group {
            clash |= self.is_out_of_range(&raw.code, &group.value, problems);
        }

        // Optional fields are checked (and reported) even when the entry is
        // dropped; a bad optional field only drops that field.
        let group = raw
            .group
            .take()
            .and_then(|group| self.group(group, problems));
        let http = raw
            .http
            .take()
            .and_then(|http| match u16::try_from(http.value) {
                Ok(status) if (100..=599).contains(&status) => Some(status),
                _ => {
                    problems.push(Problem::at(
                        &http.at,
                        format!("`http` is {}, not an HTTP status", http.value),
                        "use a status from 100 to 599, or leave `http` out",
                    ));
                    None
                }
            });
        let descriptions = raw
            .description
            .take()
            .map(|description| self.descriptions(description, problems))
            .unwrap_or_default();

        let variant = variant.filter(|_| !clash)?;
        Some(finish(raw, variant, group, http, descriptions))
    }

    /// Reports a code that reuses a retired number.
    fn is_reserved(&self, code: &Spanned<u32>, problems: &mut Vec<Problem>) -> bool {
        let Some(retired) = self.reserved.iter().find(|r| r.code.value == code.value) else {
            return false;
        };
        let about = match (&retired.name, &retired.note) {
            (Some(name), Some(note)) => format!(": {name}, {note}"),
            (Some(text), None) | (None, Some(text)) => format!(": {text}"),
            (None, None) => String::new(),
        };
        problems.push(
            Problem::at(
                &code.at,
                format!("code {} is reserved{about}", code.value),
                "a retired number is never reused; choose another number",
            )
            .first_at(&retired.code.at),
        );
        true
    }

    /// Reports a code outside the range of its group or of a parent group.
    fn is_out_of_range(
        &self,
        code: &Spanned<u32>,
        group: &str,
        problems: &mut Vec<Problem>,
    ) -> bool {
        let Some(range) = self.ranges.iter().find(|r| {
            let (lo, hi) = r.range.value;
            is_within(group, &r.key) && !(lo..=hi).contains(&code.value)
        }) else {
            return false;
        };
        let (lo, hi) = range.range.value;
        problems.push(
            Problem::at(
                &code.at,
                format!(
                    "code {} is outside the range {lo}..={hi} of group `{}`",
                    code.value, range.key
                ),
                "use a number in the group's range, or widen the range",
            )
            .first_at(&range.range.at),
        );
        true
    }

    fn group(&self, group: Spanned<String>, problems: &mut Vec<Problem>) -> Option<String> {
        let Some(groups) = self.groups else {
            return Some(group.value);
        };
        if groups.iter().any(|g| g.key == group.value) {
            return Some(group.value);
        }
        let keys = groups.iter().map(|g| g.key.as_str());
        let fix = match did_you_mean(&group.value, keys.clone()) {
            Some(hint) => hint,
            None => format!(
                "declare it under `groups:` or use one of: {}",
                keys.collect::<Vec<_>>().join(", ")
            ),
        };
        problems.push(Problem::at(
            &group.at,
            format!("group `{}` is not declared", group.value),
            fix,
        ));
        None
    }

    fn descriptions(
        &self,
        description: Spanned<crate::catalog::Descriptions>,
        problems: &mut Vec<Problem>,
    ) -> Vec<(String, String)> {
        let Some(languages) = &self.languages else {
            return description
                .value
                .into_iter()
                .filter(|(lang, _)| {
                    let ok = is_language(&lang.value);
                    if !ok {
                        problems.push(Problem::at(
                            &lang.at,
                            format!("`{}` is not a language key", lang.value),
                            "use a language tag such as `en`, `zh` or `pt-BR`",
                        ));
                    }
                    ok
                })
                .map(|(lang, text)| (lang.value, text))
                .collect();
        };
        let mut found: Vec<(String, String)> = Vec::with_capacity(languages.len());
        for (lang, text) in description.value {
            if languages.contains(&lang.value.as_str()) {
                found.push((lang.value, text));
                continue;
            }
            let fix = match did_you_mean(&lang.value, languages.iter().copied()) {
                Some(hint) => hint,
                None => format!(
                    "add it to `languages:` or use one of: {}",
                    languages.join(", ")
                ),
            };
            problems.push(Problem::at(
                &lang.at,
                format!("language `{}` is not declared in `languages`", lang.value),
                fix,
            ));
        }
        let missing: Vec<&str> = languages
            .iter()
            .copied()
            .filter(|lang| !found.iter().any(|(l, _)| l == lang))
            .collect();
        if !missing.is_empty() {
            problems.push(Problem::at(
                &description.at,
                format!(
                    "this description has no text for {}",
                    missing
                        .iter()
                        .map(|l| format!("`{l}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                "every description needs one text per declared language",
            ));
        }
        // Declaration order, whatever order the file used.
        languages
            .iter()
            .filter_map(|lang| found.iter().find(|(l, _)| l == lang).cloned())
            .collect()
    }
}

fn finish(
    raw: RawCode,
    variant: String,
    group: Option<String>,
    http: Option<u16>,
    descriptions: Vec<(String, String)>,
) -> (Code, Seen) {
    let seen = Seen {
        code: raw.code.value,
        code_at: raw.code.at,
        name: raw.name.value.clone(),
        name_at: raw.name.at,
        variant: variant.clone(),
    };
    let code = Code {
        code: raw.code.value,
        name: raw.name.value,
        variant,
        message: raw.message.value,
        also: raw.also,
        group,
        http,
        descriptions,
        deprecated: raw.deprecated,
    };
    (code, seen)
}

/// Checks a catalog name and returns its enum variant.
fn check_name(name: &Spanned<String>, problems: &mut Vec<Problem>) -> Option<String> {
    let text = name.value.as_str();
    let problem = |what: String, fix: String| Problem::at(&name.at, what, fix);
    if text.is_empty() {
        problems.push(problem(
            "`name` is empty".to_owned(),
            "write an UPPER_SNAKE_CASE name, e.g. `OBJECT_NOT_FOUND`".to_owned(),
        ));
        return None;
    }
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        problems.push(problem(
            format!("name `{text}` starts with a digit"),
            format!("names become Rust identifiers; start it with a letter, e.g. `E{text}`"),
        ));
        return None;
    }
    if !is_upper_snake(text) {
        let like = upper_snake_like(text);
        let fix = if is_upper_snake(&like) {
            format!("write it as `{like}`")
        } else {
            "use A-Z, 0-9 and single `_` between words, starting with a letter".to_owned()
        };
        problems.push(problem(
            format!("name `{text}` is not UPPER_SNAKE_CASE"),
            fix,
        ));
        return None;
    }
    let variant = variant_of(text);
    if variant == "Self" {
        problems.push(problem(
            format!("name `{text}` would become the variant `Self`, a Rust keyword"),
            "choose another name".to_owned(),
        ));
        return None;
    }
    if GENERATED_ITEMS.contains(&variant.as_str()) {
        problems.push(problem(
            format!("name `{text}` would become the variant `{variant}`, which clashes with the generated `{variant}` constant"),
            "choose another name".to_owned(),
        ));
        return None;
    }
    Some(variant)
}

/// `OBJECT_NOT_FOUND` → `ObjectNotFound`; each word keeps its first letter
/// and lowercases the rest (`THREE_D_SECURE` → `ThreeDSecure`, `ERROR_2` → `Error2`).
pub fn variant_of(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split('_') {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    out
}

/// `A-Z` and `0-9` words joined by single underscores, starting with a letter.
pub fn is_upper_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.split('_').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
}

/// A best guess at what an invalid name meant: `objectNotFound` → `OBJECT_NOT_FOUND`.
fn upper_snake_like(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower {
                out.push('_');
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            out.push(c.to_ascii_uppercase());
        } else {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            prev_lower = false;
        }
    }
    out.trim_end_matches('_').to_owned()
}

/// Lowercase segments (`a-z`, `0-9`, `_`, `-`, starting with a letter) joined by dots.
pub fn is_group_key(key: &str) -> bool {
    key.split('.').all(|segment| {
        segment.starts_with(|c: char| c.is_ascii_lowercase())
            && segment
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
    })
}

fn group_key_like(key: &str) -> String {
    let lower = key.to_ascii_lowercase().replace([' ', '/'], ".");
    if is_group_key(&lower) {
        lower
    } else {
        "realtime.session".to_owned()
    }
}

/// A BCP 47-shaped tag: letters, then `-`-separated alphanumeric subtags.
fn is_language(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{catalog, yaml};

    fn check(text: &str) -> (Catalog, Vec<String>) {
        let doc = yaml::parse(text).unwrap();
        let mut problems = Vec::new();
        let raw = catalog::read(&doc, &mut problems);
        let model = validate(raw, &mut problems);
        (model, problems.into_iter().map(|p| p.what).collect())
    }

    #[test]
    fn variants_are_upper_camel_word_by_word() {
        assert_eq!(variant_of("OBJECT_NOT_FOUND"), "ObjectNotFound");
        assert_eq!(
            variant_of("THREE_D_SECURE_REQUIRED"),
            "ThreeDSecureRequired"
        );
        assert_eq!(variant_of("ERROR_2"), "Error2");
        assert_eq!(variant_of("SILIENCED"), "Silienced");
    }

    #[test]
    fn upper_snake_rules() {
        for good in ["A", "OBJECT_NOT_FOUND", "ERROR_2", "E2E", "X_1_Y"] {
            assert!(is_upper_snake(good), "{good}");
        }
        for bad in ["", "a", "Object", "A__B", "_A", "A_", "A-B", "1A", "ÄB"] {
            assert!(!is_upper_snake(bad), "{bad}");
        }
        assert_eq!(upper_snake_like("objectNotFound"), "OBJECT_NOT_FOUND");
        assert_eq!(upper_snake_like("object-not found"), "OBJECT_NOT_FOUND");
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
}
