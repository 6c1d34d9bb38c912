//! The rules of tags: the keys declared under `tags:`, the `tags` lists of
//! groups and codes, and a code's tags (its own and its groups').

use crate::diag::{did_you_mean, Problem};
use crate::model::{Group, Tag};
use crate::read::{Placed, RawTag};

/// The methods of a generated enum, which no tag's predicate (`is_<tag>`)
/// may take. The macro's tests check that every method it generates is
/// listed.
pub const METHODS: &[&str] = &[
    "code",
    "entry",
    "name",
    "message",
    "also",
    "messages",
    "group",
    "http_status",
    "description",
    "params",
    "translation",
    "deprecated",
    "status",
    "docs_url",
    "from_code",
    "from_name",
    "tags",
    "has_tag",
    "tagged",
    "problem",
    "http_status_code",
    "grpc_code",
];

/// The declared tags whose keys are valid, in declaration order.
pub(crate) fn declared(raw: Vec<RawTag>, problems: &mut Vec<Problem>) -> Vec<Tag> {
    let mut out = Vec::with_capacity(raw.len());
    for tag in raw {
        let key = &tag.key.value;
        if let Some(fix) = crate::names::lower_snake_fix(key) {
            problems.push(Problem::at(
                tag.key.at,
                format!("tag key `{key}` is not lower_snake_case"),
                fix,
            ));
            continue;
        }
        let predicate = format!("is_{key}");
        if METHODS.contains(&predicate.as_str()) {
            problems.push(Problem::at(
                tag.key.at,
                format!("tag `{key}` would be tested by `{predicate}()`, which the generated enum already has as a method"),
                "choose another key for the tag",
            ));
            continue;
        }
        out.push(Tag {
            key: tag.key.value,
            description: tag.description,
            wire: tag.wire,
        });
    }
    out
}

/// The tags of a `tags` list that are declared (each once), or the
/// problems with the others; `declared` is `None` when the catalog has no
/// `tags:`.
pub(crate) fn list(
    written: Vec<Placed<String>>,
    declared: Option<&[Tag]>,
    problems: &mut Vec<Problem>,
) -> Vec<String> {
    let mut out: Vec<Placed<String>> = Vec::with_capacity(written.len());
    for tag in written {
        let keys = declared.unwrap_or_default().iter().map(|t| t.key.as_str());
        if !keys.clone().any(|key| key == tag.value) {
            let fix = match (declared, did_you_mean(&tag.value, keys.clone())) {
                (_, Some(hint)) => hint,
                (None, None) => format!(
                    "declare it under a top-level `tags:` (`tags: {{{}: {{description: …}}}}`)",
                    tag.value
                ),
                (Some(_), None) => format!(
                    "declare it under `tags:` or use one of: {}",
                    keys.collect::<Vec<_>>().join(", ")
                ),
            };
            problems.push(Problem::at(
                tag.at,
                format!("tag `{}` is not declared", tag.value),
                fix,
            ));
            continue;
        }
        if let Some(first) = out.iter().find(|t| t.value == tag.value) {
            problems.push(
                Problem::at(
                    tag.at,
                    format!("tag `{}` is listed twice", tag.value),
                    "list each tag once",
                )
                .first_at(first.at),
            );
            continue;
        }
        out.push(tag);
    }
    out.into_iter().map(|tag| tag.value).collect()
}

/// A code's tags: its own, its group's and its parent groups', in the
/// order of the `tags:` declaration.
pub(crate) fn of_code(
    own: &[String],
    group: Option<&str>,
    groups: &[Group],
    declared: &[Tag],
) -> Vec<String> {
    let inherited = groups
        .iter()
        .filter(|g| group.is_some_and(|key| crate::names::is_within(key, &g.key)));
    let has = |key: &str| {
        own.iter().any(|t| t == key) || inherited.clone().any(|g| g.tags.iter().any(|t| t == key))
    };
    declared
        .iter()
        .filter(|tag| has(&tag.key))
        .map(|tag| tag.key.clone())
        .collect()
}
