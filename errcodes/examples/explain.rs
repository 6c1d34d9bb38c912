//! Explains LeanCloud error codes from the bundled catalog.
//!
//! ```text
//! cargo run --example explain -- 101               # one code, by number
//! cargo run --example explain -- OBJECT_NOT_FOUND  # one code, by name
//! cargo run --example explain -- --group sms       # a group (and its sub-groups)
//! cargo run --example explain                      # the whole catalog as a Markdown table
//! cargo run --example explain -- --lang zh         # the table with Chinese descriptions
//! ```

use std::fmt::Write as _;
use std::process::ExitCode;

use errcodes::leancloud::ErrorCode;

const USAGE: &str = "usage: explain [CODE | NAME | --group GROUP] [--lang en|zh]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("explain: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What the command line asks for.
enum Query {
    Table,
    One(String),
    Group(String),
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut query = Query::Table;
    let mut lang = String::from("en");
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            "--group" => {
                let group = args
                    .next()
                    .ok_or("--group needs a group key, e.g. `--group sms`")?;
                query = Query::Group(group);
            }
            "--lang" => {
                lang = args.next().ok_or("--lang needs a language: en or zh")?;
                if !ErrorCode::LANGUAGES.contains(&lang.as_str()) {
                    return Err(format!(
                        "no descriptions in `{lang}`; the catalog has {}",
                        ErrorCode::LANGUAGES.join(", ")
                    ));
                }
            }
            flag if flag.starts_with('-') && flag.parse::<i64>().is_err() => {
                return Err(format!("unknown option `{flag}`; {USAGE}"));
            }
            _ if !matches!(query, Query::Table) => {
                return Err(format!("one code or group at a time; {USAGE}"));
            }
            _ => query = Query::One(arg),
        }
    }
    match query {
        Query::Table => Ok(table(&lang)),
        Query::One(input) => find(&input).map(explain),
        Query::Group(key) => group(&key, &lang),
    }
}

/// A code by number or by catalog name (any case).
fn find(input: &str) -> Result<ErrorCode, String> {
    let found = match input.parse::<u32>() {
        Ok(number) => ErrorCode::from_code(number),
        Err(_) => ErrorCode::from_name(&input.to_ascii_uppercase()),
    };
    found.ok_or_else(|| {
        let what = if input.parse::<u32>().is_ok() || input.parse::<i64>().is_ok() {
            format!("{input} is not a LeanCloud error code")
        } else {
            format!("`{input}` is not the name of a LeanCloud error code")
        };
        match suggest(input) {
            Some(code) => format!("{what}; did you mean {} {}?", code.code(), code.name()),
            None => format!("{what}; run without arguments to list them all"),
        }
    })
}

/// The closest code to a mistyped number or name.
fn suggest(input: &str) -> Option<ErrorCode> {
    if let Ok(number) = input.parse::<u32>() {
        let text = number.to_string();
        return ErrorCode::ALL
            .iter()
            .copied()
            .filter(|code| strsim::levenshtein(&code.code().to_string(), &text) == 1)
            .min_by_key(|code| code.code().abs_diff(number));
    }
    let upper = input.to_ascii_uppercase();
    ErrorCode::ALL
        .iter()
        .copied()
        .map(|code| (strsim::jaro_winkler(code.name(), &upper), code))
        .filter(|(score, _)| *score > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, code)| code)
}

fn explain(code: ErrorCode) -> String {
    let mut out = format!("{} {}\n", code.code(), code.name());
    let mut field = |label: &str, value: &str| {
        let _ = writeln!(out, "  {label:<12} {value}");
    };
    field("message:", &quoted(code.message()));
    for also in code.also() {
        field("also:", &quoted(also));
    }
    let group = code.group().unwrap_or("-");
    let about = ErrorCode::GROUPS
        .iter()
        .find(|g| g.key() == group)
        .and_then(errcodes::Group::description)
        .map_or_else(String::new, |d| format!(" ({d})"));
    field("group:", &format!("{group}{about}"));
    field(
        "http status:",
        &code
            .http_status()
            .map_or_else(|| "not documented".to_owned(), |s| s.to_string()),
    );
    for lang in ErrorCode::LANGUAGES {
        field(&format!("{lang}:"), code.description(lang).unwrap_or("-"));
    }
    out
}

fn quoted(message: &str) -> String {
    if message.is_empty() {
        "(none)".to_owned()
    } else {
        format!("{message:?}")
    }
}

fn group(key: &str, lang: &str) -> Result<String, String> {
    let Some(group) = ErrorCode::GROUPS.iter().find(|g| g.key() == key) else {
        let hint = ErrorCode::GROUPS
            .iter()
            .map(|g| (strsim::jaro_winkler(g.key(), key), g.key()))
            .filter(|(score, _)| *score > 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map_or_else(
                || {
                    let keys: Vec<&str> =
                        ErrorCode::GROUPS.iter().map(errcodes::Group::key).collect();
                    format!("the groups are {}", keys.join(", "))
                },
                |(_, close)| format!("did you mean `{close}`?"),
            );
        return Err(format!("no group `{key}`; {hint}"));
    };
    let codes: Vec<ErrorCode> = ErrorCode::ALL
        .iter()
        .copied()
        .filter(|code| code.group().is_some_and(|g| group.contains(g)))
        .collect();
    let mut out = format!(
        "{key}: {} ({} codes)\n\n",
        group.description().unwrap_or(""),
        codes.len()
    );
    out.push_str(&rows(&codes, lang, true));
    Ok(out)
}

/// The whole catalog as the Markdown table of LeanCloud's error-code page.
fn table(lang: &str) -> String {
    rows(ErrorCode::ALL, lang, false)
}

fn rows(codes: &[ErrorCode], lang: &str, with_group: bool) -> String {
    let mut out = String::new();
    if with_group {
        out.push_str("| code | name | group | message | description |\n|---|---|---|---|---|\n");
    } else {
        out.push_str("| code | name | message | description |\n|---|---|---|---|\n");
    }
    for code in codes {
        let message = code
            .messages()
            .iter()
            .map(|m| cell(m))
            .collect::<Vec<_>>()
            .join(" / ");
        let description = cell(code.description(lang).unwrap_or(""));
        let group = if with_group {
            format!(" {} |", code.group().unwrap_or(""))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "| {} | {} |{group} {message} | {description} |",
            code.code(),
            code.name()
        );
    }
    out
}

/// Text made safe for one Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', " ")
}
