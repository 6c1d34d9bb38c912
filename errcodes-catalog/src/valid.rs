//! Validation: the rules that span entries (unique numbers and names, declared
//! groups and languages, well-formed names and statuses), raw → model.
//!
//! Invalid entries are reported and left out; the rest still form a model, so
//! the expansion can emit the valid items next to the errors.

use crate::diag::{did_you_mean, Label, Problem};
use crate::model::{Catalog, Code, CodeAts, Group, Param, Reserved, Tag};
use crate::names::{self, is_within, Broken};
use crate::params;
use crate::read::{Descriptions, Placed, RawCatalog, RawCode, RawGroup, RawReserved};
use crate::seen::SeenIndex;
use clashes::{aliases, clashes};

/// Checks `raw`, reporting into `problems`, and returns the valid part.
/// `text` is the catalog's text (after any byte-order mark), where the
/// values were read from.
pub fn validate(raw: RawCatalog, text: &str, problems: &mut Vec<Problem>) -> Catalog {
    let languages = languages(raw.languages.unwrap_or_default(), problems);
    let tags: Option<Vec<Tag>> = raw.tags.map(|tags| crate::tags::declared(tags, problems));
    let raw_groups: Option<Vec<RawGroup>> = raw.groups.map(|groups| {
        groups
            .into_iter()
            .filter(|group| match names::group_key(&group.key.value) {
                Ok(()) => true,
                Err(broken) => {
                    problems.push(at(group.key.at, broken));
                    false
                }
            })
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
                tags: crate::tags::list(group.tags, tags.as_deref(), problems),
                grpc: group
                    .grpc
                    .and_then(|grpc| crate::grpc::status(&grpc, "grpc", problems)),
            })
            .collect::<Vec<_>>()
    });

    let check = Check {
        languages: raw_languages(&languages),
        groups: groups.as_deref(),
        tags: tags.as_deref(),
        ranges: &ranges,
        reserved: &reserved,
        text,
    };
    let grpc_domain = raw
        .grpc_domain
        .and_then(|domain| crate::grpc::domain(&domain, problems));
    let default_grpc = raw
        .default_grpc
        .and_then(|grpc| crate::grpc::status(&grpc, "default_grpc", problems));
    if grpc_domain.is_some() {
        crate::grpc::reasons(&raw.codes, problems);
    }
    let mut seen = SeenIndex::with_capacity(raw.codes.len());
    for entry in raw.codes {
        if let Some((code, aliases)) = check.entry(entry, &seen, problems) {
            seen.insert(code, aliases);
        }
    }
    let mut codes = seen.codes;
    crate::order::sort_by(&mut codes, |code| u64::from(code.code));

    let mut reserved: Vec<Reserved> = reserved
        .into_iter()
        .map(|r| Reserved {
            code: r.code.value,
            name: r.name,
            note: r.note,
            at: r.code.at,
        })
        .collect();
    crate::order::sort_by(&mut reserved, |r| u64::from(r.code));

    let docs_url = raw
        .docs_url
        .and_then(|url| match names::docs_url(&url.value) {
            Ok(()) => Some(url.value),
            Err(broken) => {
                problems.push(at(url.at, broken));
                None
            }
        });
    let default_http = raw.default_http.and_then(|http| {
        let what = |value| format!("`{value}` is not an HTTP status");
        status(&http, what, "use a status from 100 to 599", problems)
    });

    Catalog {
        languages: languages.into_iter().map(|l| l.value).collect(),
        groups: groups.unwrap_or_default(),
        tags: tags.unwrap_or_default(),
        grpc_domain,
        default_grpc,
        codes,
        reserved,
        docs_url,
        default_http,
        codes_at: raw.codes_at,
    }
}

/// An HTTP status from 100 to 599, or the problem with it: `what` says
/// what is wrong with the number, `fix` what to do.
fn status(
    http: &Placed<u32>,
    what: impl FnOnce(u32) -> String,
    fix: &str,
    problems: &mut Vec<Problem>,
) -> Option<u16> {
    match u16::try_from(http.value) {
        Ok(status) if (100..=599).contains(&status) => Some(status),
        _ => {
            problems.push(Problem::at(http.at, what(http.value), fix));
            None
        }
    }
}

/// A broken naming rule, reported at the node the name was read from.
fn at(at: usize, broken: Broken) -> Problem {
    Problem::at(at, broken.what, broken.fix)
}

/// A group's range, where it was written.
struct Range {
    key: String,
    range: Placed<(u32, u32)>,
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
                    range.at,
                    format!(
                        "the range {lo}..={hi} of group `{key}` overlaps {a}..={b} of group `{}`",
                        other.key
                    ),
                    "give each group its own numbers; only a sub-group may share its parent's",
                )
                .related_at(other.range.at, Label::OtherGroupRange),
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
                    entry.code.at,
                    format!("{} is listed twice under `reserved`", entry.code.value),
                    "keep one entry",
                )
                .first_at(first.code.at),
            );
            continue;
        }
        out.push(entry);
    }
    out
}

fn raw_languages(languages: &[Placed<String>]) -> Option<Vec<&str>> {
    if languages.is_empty() {
        None
    } else {
        Some(languages.iter().map(|l| l.value.as_str()).collect())
    }
}

fn languages(list: Vec<Placed<String>>, problems: &mut Vec<Problem>) -> Vec<Placed<String>> {
    let mut out: Vec<Placed<String>> = Vec::with_capacity(list.len());
    for lang in list {
        if let Err(broken) = names::language(&lang.value) {
            problems.push(at(lang.at, broken));
        } else if let Some(first) = out.iter().find(|l| l.value == lang.value) {
            problems.push(
                Problem::at(
                    lang.at,
                    format!("language `{}` is listed twice", lang.value),
                    "list each language once",
                )
                .first_at(first.at),
            );
        } else {
            out.push(lang);
        }
    }
    out
}

struct Check<'a> {
    /// Declared languages, if any.
    languages: Option<Vec<&'a str>>,
    /// Declared groups, if `groups:` is present.
    groups: Option<&'a [Group]>,
    /// Declared tags, if `tags:` is present.
    tags: Option<&'a [Tag]>,
    ranges: &'a [Range],
    reserved: &'a [RawReserved],
    /// The catalog's text, to place problems inside strings.
    text: &'a str,
}

impl Check<'_> {
    fn entry(
        &self,
        mut raw: RawCode,
        seen: &SeenIndex,
        problems: &mut Vec<Problem>,
    ) -> Option<(Code, Vec<Placed<String>>)> {
        let name = &raw.name;
        let variant = names::variant(&name.value)
            .map_err(|broken| problems.push(at(name.at, broken)))
            .ok();
        let mut clash = clashes(&raw, variant.as_deref(), seen, problems);

        raw.aliases = aliases(
            std::mem::take(&mut raw.aliases),
            &raw.name.value,
            variant.as_deref(),
            seen,
            problems,
        );

        if let Some(problem) = self.reserved_problem(&raw.code) {
            clash = true;
            problems.push(problem);
        }
        let out_of_range = raw
            .group
            .as_ref()
            .and_then(|group| self.range_problem(&raw.code, &group.value));
        if let Some(problem) = out_of_range {
            clash = true;
            problems.push(problem);
        }

        // Optional fields are checked (and reported) even when the entry is
        // dropped; a bad optional field only drops that field.
        let group = raw
            .group
            .take()
            .and_then(|group| self.group(group, problems));
        let own_tags = crate::tags::list(std::mem::take(&mut raw.tags), self.tags, problems);
        let tags = crate::tags::of_code(
            &own_tags,
            group.as_deref(),
            self.groups.unwrap_or_default(),
            self.tags.unwrap_or_default(),
        );
        let grpc = raw
            .grpc
            .take()
            .and_then(|grpc| crate::grpc::status(&grpc, "grpc", problems))
            .or_else(|| self.group_grpc(group.as_deref()));
        let http_at = raw.http.as_ref().map(|http| http.at);
        let http = raw.http.take().and_then(|http| {
            let what = |value| format!("`http` is {value}, not an HTTP status");
            let fix = "use a status from 100 to 599, or leave `http` out";
            status(&http, what, fix, problems)
        });
        let descriptions = raw
            .description
            .take()
            .map(|description| self.descriptions(description, "description", problems))
            .unwrap_or_default();
        let explanations = raw
            .explanation
            .take()
            .map(|explanation| self.descriptions(explanation, "explanation", problems))
            .unwrap_or_default();

        let (title, title_translations) = self.title(&mut raw, problems);
        let params_at = raw.params.as_ref().map(|params| params.at);
        let values = params::Entry {
            params: raw.params.take(),
            message: &raw.message,
            also: &raw.also,
            translations: raw.translations.take(),
        };
        let languages = self.languages.as_deref();
        let (params, translations) = params::check(values, self.text, languages, problems);

        let variant = variant.filter(|_| !clash)?;
        let http = http.map(|status| (status, http_at.unwrap_or_default()));
        let mut code = finish(raw, variant, group, http, descriptions);
        code.0.ats.params = params_at;
        code.0.tags = tags;
        code.0.grpc = grpc;
        code.0.title = title;
        code.0.explanations = explanations;
        code.0.title_translations = title_translations;
        Some(with_values(code, params, translations))
    }

    /// The problem with a code that reuses a retired number.
    fn reserved_problem(&self, code: &Placed<u32>) -> Option<Problem> {
        let retired = self.reserved.iter().find(|r| r.code.value == code.value)?;
        let about = match (&retired.name, &retired.note) {
            (Some(name), Some(note)) => format!(": {name}, {note}"),
            (Some(text), None) | (None, Some(text)) => format!(": {text}"),
            (None, None) => String::new(),
        };
        Some(
            Problem::at(
                code.at,
                format!("code {} is reserved{about}", code.value),
                "a retired number is never reused; choose another number",
            )
            .related_at(retired.code.at, Label::ReservedHere),
        )
    }

    /// The problem with a code outside the range of its group or of a parent group.
    fn range_problem(&self, code: &Placed<u32>, group: &str) -> Option<Problem> {
        let range = self.ranges.iter().find(|r| {
            let (lo, hi) = r.range.value;
            is_within(group, &r.key) && !(lo..=hi).contains(&code.value)
        })?;
        let (lo, hi) = range.range.value;
        Some(
            Problem::at(
                code.at,
                format!(
                    "code {} is outside the range {lo}..={hi} of group `{}`",
                    code.value, range.key
                ),
                "use a number in the group's range, or widen the range",
            )
            .related_at(range.range.at, Label::GroupRange),
        )
    }

    /// The gRPC status of the nearest of `group` and its parents that
    /// gives one.
    fn group_grpc(&self, group: Option<&str>) -> Option<crate::grpc::GrpcCode> {
        let groups = self.groups?;
        let mut key = group?;
        loop {
            if let Some(grpc) = groups.iter().find(|g| g.key == key).and_then(|g| g.grpc) {
                return Some(grpc);
            }
            key = &key[..key.rfind('.')?];
        }
    }

    fn group(&self, group: Placed<String>, problems: &mut Vec<Problem>) -> Option<String> {
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
            group.at,
            format!("group `{}` is not declared", group.value),
            fix,
        ));
        None
    }

    /// The texts by language of a `description` or an `explanation`
    /// (`what`): only declared languages, and every one of them.
    fn descriptions(
        &self,
        description: Placed<Descriptions>,
        what: &str,
        problems: &mut Vec<Problem>,
    ) -> Vec<(String, String)> {
        let mut found: Vec<(String, String)> = Vec::with_capacity(description.value.len());
        for (lang, text) in description.value {
            match names::declared_language(&lang.value, self.languages.as_deref())
                .err()
                .map(|broken| at(lang.at, broken))
            {
                Some(problem) => problems.push(problem),
                None => found.push((lang.value, text.value)),
            }
        }
        let Some(languages) = &self.languages else {
            return found;
        };
        let missing: Vec<&str> = languages
            .iter()
            .copied()
            .filter(|lang| !found.iter().any(|(l, _)| l == lang))
            .collect();
        if !missing.is_empty() {
            problems.push(Problem::at(
                description.at,
                format!(
                    "this {what} has no text for {}",
                    missing
                        .iter()
                        .map(|l| format!("`{l}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                format!("every {what} needs one text per declared language"),
            ));
        }
        // Declaration order, whatever order the file used (a stable sort, then
        // the first text of a language written twice), moved rather than copied.
        let rank = |lang: &str| languages.iter().position(|l| *l == lang);
        if found
            .windows(2)
            .any(|pair| rank(&pair[0].0) >= rank(&pair[1].0))
        {
            // Undeclared languages first, as `Option` orders them.
            crate::order::sort_by(&mut found, |(lang, _)| {
                rank(lang).map_or(0, |at| at as u64 + 1)
            });
            found.dedup_by(|later, first| later.0 == first.0);
        }
        found
    }
}

/// The model of an accepted entry, and where its former names are written.
fn finish(
    raw: RawCode,
    variant: String,
    group: Option<String>,
    http: Option<(u16, usize)>,
    descriptions: Vec<(String, String)>,
) -> (Code, Vec<Placed<String>>) {
    let (http, http_at) = match http {
        Some((status, path)) => (Some(status), Some(path)),
        None => (None, None),
    };
    let code = Code {
        code: raw.code.value,
        name: raw.name.value,
        variant,
        message: raw.message.value,
        also: raw.also.into_iter().map(|also| also.value).collect(),
        group,
        http,
        tags: Vec::new(),
        grpc: None,
        descriptions,
        explanations: Vec::new(),
        deprecated: raw.deprecated,
        aliases: raw.aliases.iter().map(|a| a.value.clone()).collect(),
        params: Vec::new(),
        translations: Vec::new(),
        title: None,
        title_translations: Vec::new(),
        ats: CodeAts {
            code: raw.code.at,
            name: raw.name.at,
            http: http_at,
            params: None,
        },
    };
    (code, raw.aliases)
}

/// `code` with its parameters and translations.
fn with_values(
    (mut code, aliases): (Code, Vec<Placed<String>>),
    params: Vec<Param>,
    translations: Vec<(String, String)>,
) -> (Code, Vec<Placed<String>>) {
    code.params = params;
    code.translations = translations;
    (code, aliases)
}

mod clashes;
mod title;

#[cfg(test)]
mod tests;
