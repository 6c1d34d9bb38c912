//! `errcodes explain`: one code, one group, or the whole catalog as a table.

use std::fmt::Write as _;

use errcodes_catalog::{Catalog, Code};

use crate::text::markdown as cell;
use crate::view::{description, params};
use crate::{load, CatalogArg, Outcome};

/// `errcodes explain`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub(crate) catalog: CatalogArg,
    /// A code's number, or its name in any case (`101`, `object_not_found`).
    /// Without it, every code is listed as a Markdown table.
    #[arg(conflicts_with_all = ["group", "tag"])]
    code: Option<String>,
    /// List a group and its sub-groups instead.
    #[arg(long, value_name = "GROUP", conflicts_with = "tag")]
    group: Option<String>,
    /// List the codes with a tag instead (their own or their groups').
    #[arg(long, value_name = "TAG")]
    tag: Option<String>,
    /// The language of the descriptions in tables (default: the catalog's first).
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
}

pub fn run(args: &Args) -> Outcome {
    let (catalog, lang) = match load::with_language(&args.catalog.catalog, args.lang.as_deref()) {
        Ok(loaded) => loaded,
        Err(outcome) => return outcome,
    };
    let result = match (&args.code, &args.group, &args.tag) {
        (Some(input), _, _) => find(&catalog, input).map(|code| explain(&catalog, code)),
        (None, Some(key), _) => group(&catalog, key, lang.as_deref()),
        (None, None, Some(key)) => tag(&catalog, key, lang.as_deref()),
        (None, None, None) => Ok(rows(
            &catalog.codes.iter().collect::<Vec<_>>(),
            lang.as_deref(),
            false,
        )),
    };
    match result {
        Ok(text) => load::print(&text),
        Err(message) => {
            eprintln!("errcodes: {message}");
            Outcome::Problems
        }
    }
}

/// A code by number or by name (any case), or why there is none.
fn find<'c>(catalog: &'c Catalog, input: &str) -> Result<&'c Code, String> {
    let by_number = input.parse::<u32>().ok();
    let found = if let Some(number) = by_number {
        catalog.code(number)
    } else {
        // By name, or by a former name (`aliases`).
        let upper = input.to_ascii_uppercase();
        catalog
            .named(&upper)
            .or_else(|| catalog.codes.iter().find(|c| c.aliases.contains(&upper)))
    };
    found.ok_or_else(|| {
        let what = if by_number.is_some() || input.parse::<i64>().is_ok() {
            format!("{input} is not a code of the catalog")
        } else {
            format!("`{input}` is not the name of a code of the catalog")
        };
        if let Some(retired) = by_number.and_then(|n| catalog.reserved.iter().find(|r| r.code == n))
        {
            let about = retired
                .note
                .as_deref()
                .or(retired.name.as_deref())
                .unwrap_or("retired");
            return format!("{input} is a reserved number ({about}), not a code of the catalog");
        }
        match suggest(catalog, input) {
            Some((code, None)) => format!("{what}; did you mean {} {}?", code.code, code.name),
            Some((code, Some(former))) => format!(
                "{what}; did you mean {} {} (formerly {former})?",
                code.code, code.name
            ),
            None => format!("{what}; run `errcodes explain` to list them all"),
        }
    })
}

/// The closest code to a mistyped number or name (names and former names
/// alike), and the former name it was found by, if it was.
fn suggest<'c>(catalog: &'c Catalog, input: &str) -> Option<(&'c Code, Option<&'c str>)> {
    if let Ok(number) = input.parse::<u32>() {
        let text = number.to_string();
        return catalog
            .codes
            .iter()
            .filter(|code| strsim::levenshtein(&code.code.to_string(), &text) == 1)
            .min_by_key(|code| code.code.abs_diff(number))
            .map(|code| (code, None));
    }
    let upper = input.to_ascii_uppercase();
    let names = catalog.codes.iter().flat_map(|code| {
        std::iter::once(code.name.as_str()).chain(code.aliases.iter().map(String::as_str))
    });
    let name = errcodes_catalog::closest(&upper, names)?;
    catalog.named(name).map(|code| (code, None)).or_else(|| {
        catalog.codes.iter().find_map(|code| {
            Some((
                code,
                Some(code.aliases.iter().find(|a| *a == name)?.as_str()),
            ))
        })
    })
}

fn explain(catalog: &Catalog, code: &Code) -> String {
    let mut out = format!("{} {}\n", code.code, code.name);
    let mut field = |label: &str, value: &str| {
        let _ = writeln!(out, "  {label:<12} {value}");
    };
    field("message:", &shown(&code.message));
    for (lang, text) in &code.translations {
        field(&format!("message ({lang}):"), &shown(text));
    }
    for also in &code.also {
        field("also:", &shown(also));
    }
    if code.has_own_title() {
        field("title:", &code.title());
        for (lang, text) in &code.title_translations {
            field(&format!("title ({lang}):"), text);
        }
    }
    if !code.params.is_empty() {
        field("params:", &params(code));
    }
    let group = code.group.as_deref().unwrap_or("-");
    let about = catalog
        .group(group)
        .and_then(|g| g.description.as_deref())
        .map_or_else(String::new, |d| format!(" ({d})"));
    field("group:", &format!("{group}{about}"));
    if !code.tags.is_empty() {
        field("tags:", &code.tags.join(", "));
    }
    field(
        "http status:",
        &code
            .http
            .map_or_else(|| "not documented".to_owned(), |s| s.to_string()),
    );
    if catalog.uses_grpc() {
        field("grpc status:", catalog.grpc_of(code).as_str());
    }
    if let Some(reason) = &code.deprecated {
        field("deprecated:", reason);
    }
    if !code.aliases.is_empty() {
        field("former names:", &code.aliases.join(", "));
    }
    for (lang, text) in &code.descriptions {
        field(&format!("{lang}:"), text);
    }
    // The long explanation, under the code: Markdown read as text.
    for (lang, text) in &code.explanations {
        let _ = writeln!(out, "  explanation ({lang}):");
        for line in crate::markdown::wrapped(text, 76) {
            if line.is_empty() {
                out.push('\n');
            } else {
                let _ = writeln!(out, "    {line}");
            }
        }
    }
    out
}

fn shown(message: &str) -> String {
    if message.is_empty() {
        "(none)".to_owned()
    } else {
        format!("{message:?}")
    }
}

fn group(catalog: &Catalog, key: &str, lang: Option<&str>) -> Result<String, String> {
    let codes: Vec<&Code> = catalog.codes_in(key).collect();
    let declared = catalog.group(key);
    if declared.is_none() && codes.is_empty() {
        let keys: Vec<&str> = if catalog.groups.is_empty() {
            let mut keys: Vec<&str> = catalog
                .codes
                .iter()
                .filter_map(|c| c.group.as_deref())
                .collect();
            keys.sort_unstable();
            keys.dedup();
            keys
        } else {
            catalog.groups.iter().map(|g| g.key.as_str()).collect()
        };
        let hint = errcodes_catalog::did_you_mean(key, keys.iter().copied())
            .unwrap_or_else(|| format!("the groups are {}", keys.join(", ")));
        return Err(format!("no group `{key}`; {hint}"));
    }
    let about = declared
        .and_then(|g| g.description.as_deref())
        .unwrap_or("");
    let mut out = format!("{key}: {about} ({} codes)\n\n", codes.len());
    out.push_str(&rows(&codes, lang, true));
    Ok(out)
}

fn tag(catalog: &Catalog, key: &str, lang: Option<&str>) -> Result<String, String> {
    let Some(declared) = catalog.tag(key) else {
        let keys = catalog.tags.iter().map(|t| t.key.as_str());
        let hint = if catalog.tags.is_empty() {
            "the catalog declares no tags".to_owned()
        } else {
            errcodes_catalog::did_you_mean(key, keys.clone())
                .unwrap_or_else(|| format!("the tags are {}", keys.collect::<Vec<_>>().join(", ")))
        };
        return Err(format!("no tag `{key}`; {hint}"));
    };
    let codes: Vec<&Code> = catalog.tagged(key).collect();
    let about = declared.description.as_deref().unwrap_or("");
    let wire = if declared.wire {
        ", listed in problem details"
    } else {
        ""
    };
    let mut out = format!("{key}: {about} ({} codes{wire})\n\n", codes.len());
    out.push_str(&rows(&codes, lang, true));
    Ok(out)
}

/// Codes as a Markdown table: code, name, (group,) messages, description.
fn rows(codes: &[&Code], lang: Option<&str>, with_group: bool) -> String {
    let mut out = String::new();
    if with_group {
        out.push_str("| code | name | group | message | description |\n|---|---|---|---|---|\n");
    } else {
        out.push_str("| code | name | message | description |\n|---|---|---|---|\n");
    }
    for code in codes {
        let message = std::iter::once(&code.message)
            .chain(&code.also)
            .map(|m| cell(m))
            .collect::<Vec<_>>()
            .join(" / ");
        let description = description(code, lang);
        let group = if with_group {
            format!(" {} |", code.group.as_deref().unwrap_or(""))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "| {} | {} |{group} {message} | {} |",
            code.code,
            code.name,
            cell(description)
        );
    }
    out
}
