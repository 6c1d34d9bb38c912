//! The rules of a code's parameters and templates: `params` names and types,
//! the placeholders of `message`, `also` and `translations`, and the
//! translations' languages.
//!
//! Without `params`, messages and translations are plain text (braces
//! literal) and only the translations' languages are checked.

use crate::diag::{did_you_mean, Problem};
use crate::model::{Param, ParamKind};
use crate::names;
use crate::read::{Descriptions, Params, Placed};
use crate::template::{self, Placeholder};

/// What a code's entry says about its values, read but not yet checked.
pub(crate) struct Entry<'a> {
    pub params: Option<Placed<Params>>,
    pub message: &'a Placed<String>,
    pub also: &'a [Placed<String>],
    pub translations: Option<Placed<Descriptions>>,
}

/// Checks `entry` against the catalog's text (to place a placeholder inside
/// its string) and declared `languages`: its parameters and translations,
/// or the problems with them.
pub(crate) fn check(
    entry: Entry<'_>,
    text: &str,
    languages: Option<&[&str]>,
    problems: &mut Vec<Problem>,
) -> (Vec<Param>, Vec<(String, String)>) {
    let translations = translation_languages(entry.translations, languages, problems);
    let Some(declared) = entry.params else {
        let plain = translations.into_iter().map(|(l, t)| (l.value, t.value));
        return (Vec::new(), plain.collect());
    };
    // Every name written under `params` counts as declared for the
    // templates, so one bad name or type is one problem, not one per use.
    let written: Vec<(String, usize)> = declared
        .value
        .iter()
        .map(|(name, _)| (name.value.clone(), name.at))
        .collect();
    let names: Vec<&str> = written.iter().map(|(name, _)| name.as_str()).collect();
    let params = params(declared.value, problems);

    // The message uses every parameter; `also` and translations use
    // declared ones (translations all of the message's).
    let in_message = placeholders(entry.message, text, &names, "the message", problems);
    if let Some(used) = &in_message {
        for (name, at) in &written {
            if !used.iter().any(|u| u.name == *name) {
                problems.push(Problem::at(
                    *at,
                    format!("parameter `{name}` is not used in the message"),
                    format!(
                        "write `{{{name}}}` where its value goes in `message`, or remove it from `params`"
                    ),
                ));
            }
        }
    }
    for also in entry.also {
        placeholders(also, text, &names, "this `also` text", problems);
    }
    for (lang, translation) in &translations {
        let what = format!("the `{}` translation", lang.value);
        let Some(used) = placeholders(translation, text, &names, &what, problems) else {
            continue;
        };
        // Compared with what the message uses, when it could be read.
        let Some(in_message) = &in_message else {
            continue;
        };
        let mut missing: Vec<&str> = Vec::new();
        for wanted in in_message {
            let name = wanted.name.as_str();
            if !used.iter().any(|u| u.name == name) && !missing.contains(&name) {
                missing.push(name);
            }
        }
        if !missing.is_empty() {
            let list: Vec<String> = missing.iter().map(|m| format!("`{{{m}}}`")).collect();
            problems.push(Problem::at(
                translation.at,
                format!("{what} does not use {}", list.join(", ")),
                "a translation carries every value of the message: write each placeholder where it goes in this language",
            ));
        }
    }
    let translations = translations
        .into_iter()
        .map(|(lang, text)| (lang.value, text.value))
        .collect();
    (params, translations)
}

/// The declared parameters whose names and types are valid.
fn params(declared: Params, problems: &mut Vec<Problem>) -> Vec<Param> {
    let mut out = Vec::with_capacity(declared.len());
    let mut camel: Vec<(String, String)> = Vec::with_capacity(declared.len());
    for (name, kind) in declared {
        let mut name_ok = match names::param_name(&name.value) {
            Err(broken) => {
                problems.push(Problem::at(name.at, broken.what, broken.fix));
                false
            }
            Ok(()) => true,
        };
        if name_ok {
            let wire = names::lower_camel(&name.value);
            if let Some((other, _)) = camel.iter().find(|(_, seen)| *seen == wire) {
                problems.push(Problem::at(
                    name.at,
                    format!(
                        "parameters `{other}` and `{}` are both `{wire}` on the wire (gRPC metadata and the exports write names in lowerCamelCase), so one value would hide the other",
                        name.value
                    ),
                    format!("rename one of them so that their words differ, e.g. `{}_2`", name.value),
                ));
                name_ok = false;
            } else {
                camel.push((name.value.clone(), wire));
            }
        }
        let Some(kind_of) = ParamKind::from_name(&kind.value) else {
            let kinds = ParamKind::ALL.map(ParamKind::as_str);
            let fix = match did_you_mean(&kind.value, kinds) {
                Some(hint) => format!("{hint} (the types: {})", kinds.join(", ")),
                None => format!("use one of: {}", kinds.join(", ")),
            };
            problems.push(Problem::at(
                kind.at,
                format!("`{}` is not a parameter type", kind.value),
                fix,
            ));
            continue;
        };
        if name_ok {
            out.push(Param {
                name: name.value,
                kind: kind_of,
            });
        }
    }
    out
}

/// The translations whose language is declared (or well-formed, when the
/// catalog declares none).
pub(crate) fn translation_languages(
    translations: Option<Placed<Descriptions>>,
    languages: Option<&[&str]>,
    problems: &mut Vec<Problem>,
) -> Descriptions {
    let Some(translations) = translations else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(translations.value.len());
    for (lang, text) in translations.value {
        match names::declared_language(&lang.value, languages) {
            Err(broken) => problems.push(Problem::at(lang.at, broken.what, broken.fix)),
            Ok(()) => out.push((lang, text)),
        }
    }
    out
}

/// The placeholders of the template `scalar` when it is well-formed and
/// uses declared parameters only; else the problems, each at its place in
/// the file.
fn placeholders(
    scalar: &Placed<String>,
    text: &str,
    names: &[&str],
    what: &str,
    problems: &mut Vec<Problem>,
) -> Option<Vec<Placeholder>> {
    let placed = |offset| inside(text, scalar, offset);
    let used = match template::parse(&scalar.value) {
        Ok((_, used)) => used,
        Err(mistakes) => {
            for mistake in mistakes {
                problems.push(Problem::at(
                    placed(mistake.at),
                    format!("{what}: {}", mistake.what),
                    mistake.fix,
                ));
            }
            return None;
        }
    };
    let mut sound = true;
    for placeholder in &used {
        if names.contains(&placeholder.name.as_str()) {
            continue;
        }
        sound = false;
        let fix = match did_you_mean(&placeholder.name, names.iter().copied()) {
            Some(hint) => hint,
            None if names.is_empty() => "declare it under `params:`".to_owned(),
            None => format!(
                "declare it under `params:` or use one of: {}",
                names.join(", ")
            ),
        };
        problems.push(Problem::at(
            placed(placeholder.at),
            format!(
                "{what} uses `{{{}}}`, which is not a parameter of this code",
                placeholder.name
            ),
            fix,
        ));
    }
    sound.then_some(used)
}

/// The offset in the file of byte `offset` of `scalar`'s value: inside the
/// string where it is written out as is from its start to there (plain, or
/// quoted with no escape before it), else the start of the string.
fn inside(text: &str, scalar: &Placed<String>, offset: usize) -> usize {
    let source = text.get(scalar.at..).unwrap_or_default();
    let skip = usize::from(source.starts_with(['"', '\'']));
    let prefix = scalar.value.get(..offset).unwrap_or_default();
    let written = source
        .get(skip..)
        .is_some_and(|rest| rest.starts_with(prefix) && !prefix.contains('\n'));
    if written {
        scalar.at + skip + offset
    } else {
        scalar.at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The catalog of the format's example, valid.
    const EXAMPLE: &str = "languages: [en, zh]\ncodes:\n  - code: 111\n    name: INVALID_FIELD_TYPE\n    message: \"Invalid value type for field '{field}', expected type '{expected}', but got '{actual}'.\"\n    params:\n      field: str\n      expected: str\n      actual: str\n    translations:\n      zh: \"字段 '{field}' 的类型无效：应为 '{expected}'，实际为 '{actual}'。\"\n  - code: 4105\n    name: REFUND_TOO_LARGE\n    message: \"Refund of {amount} cents exceeds the remaining {remaining}.\"\n    params: {amount: u64, remaining: u64}\n    also: [\"Refund of {amount} cents is too large.\"]\n  - code: 300\n    name: CQL_SYNTAX\n    message: \"{className: 'Post'} is not {valid}\"\n    translations: {zh: 语法错误}\n";

    fn problems(text: &str) -> Vec<String> {
        crate::check("c.yaml", text)
            .diagnostics
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn the_example_is_valid() {
        let checked = crate::check("c.yaml", EXAMPLE);
        assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
        let code = checked.catalog.code(111).unwrap();
        let names: Vec<&str> = code.params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["field", "expected", "actual"]);
        assert_eq!(code.params[0].kind, ParamKind::Str);
        assert!(code.translation("zh").unwrap().starts_with("字段"));
        let refund = checked.catalog.code(4105).unwrap();
        assert_eq!(refund.params[1].kind, ParamKind::U64);
        assert_eq!(refund.template_of(&refund.message).unwrap().parts.len(), 5);
        // Without `params`, braces are text.
        let plain = checked.catalog.code(300).unwrap();
        assert!(plain.params.is_empty());
        assert_eq!(plain.translation("zh"), Some("语法错误"));
    }

    #[test]
    fn every_mistake_at_its_place() {
        let cases: &[(&str, &str, &str)] = &[
            ("{field}", "{feld}", "c.yaml:5:45: the message uses `{feld}`, which is not a parameter of this code; did you mean `field`?"),
            ("      actual: str\n", "      actual: str\n      extra: u32\n", "c.yaml:10:7: parameter `extra` is not used in the message"),
            ("actual: str", "actual: string", "c.yaml:9:15: `string` is not a parameter type; did you mean `str`?"),
            ("      field: str\n", "      Field: str\n", "c.yaml:7:7: parameter name `Field` is not lower_snake_case"),
            ("{amount} cents exceeds", "{amount:>5} cents exceeds", "c.yaml:14:25: the message: `{amount:>5}` has a format spec (`:>5`); templates have none"),
            ("the remaining {remaining}", "the remaining{amount}{remaining}", "c.yaml:14:69: the message: `{remaining}` follows `{amount}` with nothing between them"),
            ("is too large.", "is {too} large.", "c.yaml:16:41: this `also` text uses `{too}`, which is not a parameter of this code"),
            ("实际为 '{actual}'", "实际为 ''", "c.yaml:11:11: the `zh` translation does not use `{actual}`"),
            ("      zh: \"字段", "      jp: \"字段", "c.yaml:11:7: language `jp` is not declared in `languages`"),
            ("{field}', expected", "{field', expected", "c.yaml:5:45: the message: this `{` is never closed"),
        ];
        for (from, to, expected) in cases {
            assert!(EXAMPLE.contains(from), "{from}");
            let text = EXAMPLE.replacen(from, to, 1);
            let got = problems(&text);
            // One mistake, one problem: no cascade into the other texts
            // (a parameter renamed away from its placeholders is both).
            let cascade = got.len() > 1 && !to.contains("Field");
            assert!(!cascade, "{to:?}: {got:#?}");
            assert!(
                got.iter().any(|line| line.starts_with(expected)),
                "{to:?}: wanted {expected}\ngot {got:#?}"
            );
        }
    }

    #[test]
    fn places_inside_one_line_strings() {
        let text = "message: \"a {b}\"\nplain: a {b}\nescaped: \"\\u0061 {b}\"\n";
        let placed = |at: usize, value: &str| Placed {
            value: value.to_owned(),
            at,
        };
        let quoted = placed(9, "a {b}");
        assert_eq!(&text[inside(text, &quoted, 2)..][..3], "{b}");
        let plain = placed(text.find("a {b}\n").unwrap(), "a {b}");
        assert_eq!(&text[inside(text, &plain, 2)..][..3], "{b}");
        let escaped = placed(text.find("\"\\u0061").unwrap(), "a {b}");
        assert_eq!(inside(text, &escaped, 2), escaped.at);
    }
}
