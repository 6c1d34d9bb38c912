//! `errcodes generate`: the Rust module `error_codes!` would expand to, as
//! a file to check in — the same public items, behaviour and documentation,
//! compiled against the runtime crate alone (no proc macro, no YAML at
//! build time), formatted as rustfmt formats it.
//!
//! The flags are the macro's arguments under the same names; they are
//! written as the macro's argument tokens and read by the macro's own
//! reader (`errcodes_codegen::Args`), so both accept and refuse alike.
//!
//! The header names the catalog, the arguments, the version and a hash of
//! the code (its tokens, so reformatting keeps it); `--check` regenerates
//! and says what differs: a hand edit, another version or other arguments,
//! or the catalog's changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use errcodes_catalog::{select, Source};
use errcodes_codegen::Args as MacroArgs;
use proc_macro2::{Delimiter, TokenStream, TokenTree};

use crate::{load, CatalogArg, Outcome};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub catalog: CatalogArg,
    /// The enum's name (the macro's `name`; default `ErrorCode`).
    #[arg(long, value_name = "IDENT")]
    name: Option<String>,
    /// Select the codes of these groups and their sub-groups (`groups`).
    #[arg(long, value_delimiter = ',', value_name = "KEY,…")]
    groups: Vec<String>,
    /// Select the codes with any of these tags (`tags`).
    #[arg(long, value_delimiter = ',', value_name = "KEY,…")]
    tags: Vec<String>,
    /// Select these codes (`codes`).
    #[arg(long, value_delimiter = ',', value_name = "NUMBER,…")]
    codes: Vec<u32>,
    /// Leave these codes out (`exclude`).
    #[arg(long, value_delimiter = ',', value_name = "NUMBER,…")]
    exclude: Vec<u32>,
    /// The full catalog's enum, for a subset's conversions (`parent`).
    #[arg(long, value_name = "PATH")]
    parent: Option<String>,
    /// How the module names the runtime crate (`crate`; default `::errcodes`).
    #[arg(long = "crate", value_name = "PATH")]
    krate: Option<String>,
    /// The visibility of the enum and its items (`vis`; default `pub`;
    /// `--vis ''` for private).
    #[arg(long, value_name = "VIS")]
    vis: Option<String>,
    /// Mark the enum `#[non_exhaustive]` (`non_exhaustive = true`).
    #[arg(long)]
    non_exhaustive: bool,
    /// How the module holds the catalog: a row per code (`rows`: readable,
    /// a code's change is a few lines), the macro's packed tables
    /// (`packed`: cheapest to compile), or rows up to 1,000 codes and
    /// packed beyond (`auto`).
    #[arg(long, value_enum, default_value = "auto")]
    tables: Tables,
    /// Write the module to FILE (left untouched when it is already current,
    /// so cargo does not rebuild); standard output without it.
    #[arg(long, value_name = "FILE", conflicts_with = "check")]
    out: Option<PathBuf>,
    /// Check that FILE is what this command writes: exit 1 naming what is
    /// stale (for CI).
    #[arg(long, value_name = "FILE")]
    check: Option<PathBuf>,
}

/// `--tables`.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum Tables {
    Auto,
    Rows,
    Packed,
}

pub fn run(args: &Args) -> Outcome {
    let invocation = invocation(args);
    let macro_args = match invocation
        .parse::<TokenStream>()
        .map_err(|err| vec![err.to_string()])
        .and_then(|tokens| {
            MacroArgs::parse(tokens)
                .map_err(|errors| errors.messages().map(str::to_owned).collect())
        }) {
        Ok(parsed) => parsed,
        Err(messages) => {
            for message in messages {
                eprintln!("errcodes: {message}");
            }
            return Outcome::Usage;
        }
    };
    let text = match module(args, &macro_args, &invocation) {
        Ok(text) => text,
        Err(outcome) => return outcome,
    };
    if let Some(file) = &args.check {
        return check(file, &text, args);
    }
    if let Some(file) = &args.out {
        if std::fs::read_to_string(file).is_ok_and(|old| old == text) {
            return Outcome::Done;
        }
    }
    load::write(args.out.as_ref(), &text)
}

/// The catalog's path as the module names it: as given, with `/`.
fn catalog_path(args: &Args) -> String {
    let path = args.catalog.catalog.to_string_lossy().replace('\\', "/");
    path.strip_prefix("./").unwrap_or(&path).to_owned()
}

/// The flags as the macro's arguments: `"codes.yaml", name = X, …`.
fn invocation(args: &Args) -> String {
    let mut out = format!("{:?}", catalog_path(args));
    if let Some(name) = &args.name {
        let _ = write!(out, ", name = {name}");
    }
    let strings = |list: &[String]| {
        let items: Vec<String> = list.iter().map(|s| format!("{s:?}")).collect();
        format!("[{}]", items.join(", "))
    };
    let numbers = |list: &[u32]| {
        let items: Vec<String> = list.iter().map(u32::to_string).collect();
        format!("[{}]", items.join(", "))
    };
    if !args.groups.is_empty() {
        let _ = write!(out, ", groups = {}", strings(&args.groups));
    }
    if !args.tags.is_empty() {
        let _ = write!(out, ", tags = {}", strings(&args.tags));
    }
    if !args.codes.is_empty() {
        let _ = write!(out, ", codes = {}", numbers(&args.codes));
    }
    if !args.exclude.is_empty() {
        let _ = write!(out, ", exclude = {}", numbers(&args.exclude));
    }
    if let Some(parent) = &args.parent {
        let _ = write!(out, ", parent = {parent}");
    }
    if let Some(krate) = &args.krate {
        let _ = write!(out, ", crate = {krate}");
    }
    if args.non_exhaustive {
        out.push_str(", non_exhaustive = true");
    }
    if let Some(vis) = &args.vis {
        let _ = write!(out, ", vis = {vis}");
    }
    out
}

/// The command that writes the module again, for its header.
fn command(args: &Args, file: Option<&Path>) -> String {
    let mut out = format!("errcodes generate --catalog {}", catalog_path(args));
    let mut flag = |name: &str, value: &str| {
        let value = if value.is_empty() || value.contains([' ', '(', ')', '"', '\'']) {
            format!("'{value}'")
        } else {
            value.to_owned()
        };
        let _ = write!(out, " --{name} {value}");
    };
    if let Some(name) = &args.name {
        flag("name", name);
    }
    let join = |list: Vec<String>| list.join(",");
    if !args.groups.is_empty() {
        flag("groups", &join(args.groups.clone()));
    }
    if !args.tags.is_empty() {
        flag("tags", &join(args.tags.clone()));
    }
    if !args.codes.is_empty() {
        flag(
            "codes",
            &join(args.codes.iter().map(u32::to_string).collect()),
        );
    }
    if !args.exclude.is_empty() {
        flag(
            "exclude",
            &join(args.exclude.iter().map(u32::to_string).collect()),
        );
    }
    if let Some(parent) = &args.parent {
        flag("parent", parent);
    }
    if let Some(krate) = &args.krate {
        flag("crate", krate);
    }
    if let Some(vis) = &args.vis {
        flag("vis", vis);
    }
    if args.non_exhaustive {
        out.push_str(" --non-exhaustive");
    }
    match args.tables {
        Tables::Auto => {}
        Tables::Rows => out.push_str(" --tables rows"),
        Tables::Packed => out.push_str(" --tables packed"),
    }
    if let Some(file) = file {
        let _ = write!(out, " --out {}", file.display());
    }
    out
}

/// The whole file: header, then the formatted module.
fn module(args: &Args, macro_args: &MacroArgs, invocation: &str) -> Result<String, Outcome> {
    let path = &args.catalog.catalog;
    let shown = path.display().to_string();
    let source = Source::open(path).map_err(|problem| {
        load::problem(&problem);
        Outcome::Problems
    })?;
    let (ledger, ledger_problems) = load::ledger(path);
    let checked = errcodes_catalog::check_with_ledger(&shown, &source.text, ledger.as_ref());
    let mut diagnostics = ledger_problems;
    diagnostics.extend(checked.diagnostics);
    if !diagnostics.is_empty() {
        for line in errcodes_catalog::lines(&diagnostics, usize::MAX) {
            load::problem(&line);
        }
        eprintln!(
            "errcodes: {shown} has {} problem{}; `errcodes check` shows them in context",
            diagnostics.len(),
            if diagnostics.len() == 1 { "" } else { "s" }
        );
        return Err(Outcome::Problems);
    }
    let (subset, problems) = select(checked.catalog, &macro_args.selection());
    if !problems.is_empty() {
        for problem in &problems {
            load::problem(&format_args!("errcodes: {}", problem.message));
        }
        return Err(Outcome::Usage);
    }
    let rows = match args.tables {
        Tables::Rows => true,
        Tables::Packed => false,
        Tables::Auto => subset.codes.len() <= errcodes_codegen::ROWS_UP_TO,
    };
    let tokens = errcodes_codegen::module(&subset, macro_args, rows);
    let body = match syn::parse2::<syn::File>(tokens) {
        Ok(mut file) => {
            syn::visit_mut::VisitMut::visit_file_mut(&mut DocLines, &mut file);
            prettyplease::unparse(&file)
        }
        Err(err) => {
            eprintln!("errcodes: internal error, the generated module does not parse ({err}); please report it");
            return Err(Outcome::Problems);
        }
    };
    let body = format!("{ALLOW}\n{body}");
    let out = args.out.as_deref().or(args.check.as_deref());
    let text = format!(
        "// @generated by errcodes {version} from {catalog}: edit the catalog, not this file.\n\
         // Written by: {command}\n\
         // The same as: errcodes::error_codes!({invocation});\n\
         // Kept current in CI by the same command with `--check` in place of `--out`.\n\
         // Code hash: {hash:016x}\n\
         \n{body}",
        version = env!("CARGO_PKG_VERSION"),
        catalog = catalog_path(args),
        command = command(args, out),
        hash = code_hash(&body).unwrap_or_default(),
    );
    let dir = out
        .and_then(Path::parent)
        .filter(|dir| !dir.as_os_str().is_empty());
    Ok(rustfmt(&text, dir.unwrap_or(Path::new("."))).unwrap_or(text))
}

/// `text` formatted by rustfmt (`$RUSTFMT`, else `rustfmt` on the path),
/// run where the module goes so the project's `rustfmt.toml` applies as
/// `cargo fmt` would apply it; `None` when there is no rustfmt or it
/// fails, and the text stays as prettyplease laid it out, which is close.
/// The code hash is of the tokens, so either way `--check` agrees.
fn rustfmt(text: &str, dir: &Path) -> Option<String> {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Command::new(program)
        .args(["--edition", "2021"])
        .current_dir(if dir.is_dir() { dir } else { Path::new(".") })
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    // Written from a thread: rustfmt may fill its output pipe before it
    // has read all its input.
    let mut stdin = child.stdin.take()?;
    let input = text.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    let formatted = String::from_utf8(output.stdout).ok()?;
    (output.status.success() && !formatted.is_empty()).then_some(formatted)
}

/// Splits each documentation attribute into one per line, which print as
/// `///` lines (the macro writes a code's documentation as one attribute,
/// which would print as a `/** */` block). Each line gains the space a
/// `///` comment has (rustdoc removes a common indentation, so the page
/// is the same).
struct DocLines;

impl syn::visit_mut::VisitMut for DocLines {
    fn visit_attributes_mut(&mut self, attributes: &mut Vec<syn::Attribute>) {
        let mut out = Vec::with_capacity(attributes.len());
        for attribute in attributes.drain(..) {
            let text = match &attribute.meta {
                syn::Meta::NameValue(pair) if pair.path.is_ident("doc") => match &pair.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }) => Some(text.value()),
                    _ => None,
                },
                _ => None,
            };
            match text {
                Some(text) => {
                    for line in text.split('\n') {
                        let line = if line.is_empty() {
                            String::new()
                        } else {
                            format!(" {line}")
                        };
                        let mut split = attribute.clone();
                        split.meta = syn::parse_quote!(doc = #line);
                        out.push(split);
                    }
                }
                None => out.push(attribute),
            }
        }
        *attributes = out;
    }
}

/// Lints a checked-in module is not written for: it is generated, and its
/// shapes are the macro's (which lints do not see inside an expansion);
/// and a catalog has codes a crate does not use (which `dead_code` does
/// not report inside an expansion either).
const ALLOW: &str = "#![allow(dead_code, clippy::all, clippy::pedantic, clippy::nursery)]";

/// A hash of the code's tokens: whitespace, comments and line breaks do
/// not change it, nor what formatters add or drop — a comma before a
/// closing bracket, braces around a `match` arm's expression — so the
/// module may be formatted with any style (`cargo fmt`) and stay current.
fn code_hash(text: &str) -> Option<u64> {
    let tokens: TokenStream = text.parse().ok()?;
    let mut canonical = String::new();
    canonical_into(tokens, &mut canonical);
    Some(errcodes_catalog::__fnv1a(&canonical))
}

fn canonical_into(tokens: TokenStream, out: &mut String) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut after_arrow = false;
    for (i, tree) in trees.iter().enumerate() {
        let last = i + 1 == trees.len();
        match tree {
            // `=> { expr }` is `=> expr,`.
            TokenTree::Group(group)
                if after_arrow
                    && group.delimiter() == Delimiter::Brace
                    && !group
                        .stream()
                        .into_iter()
                        .any(|t| matches!(&t, TokenTree::Punct(p) if p.as_char() == ';')) =>
            {
                canonical_into(group.stream(), out);
                let comma_next =
                    matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ',');
                if !last && !comma_next {
                    out.push_str(", ");
                }
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::None => ("", ""),
                };
                out.push_str(open);
                canonical_into(group.stream(), out);
                out.push_str(close);
            }
            TokenTree::Punct(punct) if punct.as_char() == ',' && last => {}
            TokenTree::Punct(punct) => {
                out.push(punct.as_char());
                if punct.spacing() == proc_macro2::Spacing::Alone {
                    out.push(' ');
                }
            }
            other => {
                out.push_str(&other.to_string());
                out.push(' ');
            }
        }
        after_arrow = matches!(
            (i.checked_sub(1).and_then(|j| trees.get(j)), tree),
            (Some(TokenTree::Punct(eq)), TokenTree::Punct(gt))
                if eq.as_char() == '=' && eq.spacing() == proc_macro2::Spacing::Joint && gt.as_char() == '>'
        );
    }
}

/// The header line `// NAME: value` of a generated file.
fn header<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    text.lines()
        .take_while(|line| line.starts_with("//"))
        .find_map(|line| {
            line.strip_prefix("// ")?
                .strip_prefix(name)?
                .strip_prefix(": ")
        })
}

/// `--check FILE`: current, or what is stale.
fn check(file: &Path, fresh: &str, args: &Args) -> Outcome {
    let shown = file.display();
    let again = command(args, Some(file));
    let Ok(old) = std::fs::read_to_string(file) else {
        eprintln!("errcodes: {shown} does not exist or cannot be read; write it with `{again}`");
        return Outcome::Problems;
    };
    if old == fresh {
        return Outcome::Done;
    }
    let body = |text: &str| -> String {
        text.lines()
            .skip_while(|line| line.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let (old_body, new_body) = (body(&old), body(fresh));
    let recorded = header(&old, "Code hash").and_then(|hash| u64::from_str_radix(hash, 16).ok());
    let old_hash = code_hash(&old_body);
    let new_hash = code_hash(&new_body);
    if old_hash.is_some() && old_hash == new_hash {
        // Only the formatting or the comments differ: the code is current.
        return Outcome::Done;
    }
    let mut reasons = Vec::new();
    if recorded.is_none() {
        reasons.push(
            "it has no `Code hash` header: it was not written by `errcodes generate`".to_owned(),
        );
    } else if recorded != old_hash {
        reasons.push("its code was edited by hand after it was generated (it no longer matches the hash in its header)".to_owned());
    }
    let first = |name: &str, text: &str| header(text, name).map(str::to_owned);
    let old_by = first(
        "@generated by errcodes",
        &old.replacen(
            "// @generated by errcodes ",
            "// @generated by errcodes: ",
            1,
        ),
    );
    let new_by = first(
        "@generated by errcodes",
        &fresh.replacen(
            "// @generated by errcodes ",
            "// @generated by errcodes: ",
            1,
        ),
    );
    if old_by != new_by {
        reasons.push(format!(
            "it was generated by errcodes {}, this is errcodes {}",
            old_by
                .as_deref()
                .and_then(|s| s.split(' ').next())
                .unwrap_or("(unknown)"),
            env!("CARGO_PKG_VERSION")
        ));
    }
    let (old_as, new_as) = (first("The same as", &old), first("The same as", fresh));
    if old_as != new_as {
        reasons.push(format!(
            "it was generated with other arguments: {}",
            old_as.as_deref().unwrap_or("(none recorded)")
        ));
    }
    if reasons.is_empty() || recorded == old_hash {
        reasons.push(format!(
            "the catalog changed since: {}",
            changes(&old_body, &new_body)
        ));
    }
    eprintln!("errcodes: {shown} is stale:");
    for reason in reasons {
        eprintln!("  - {reason}");
    }
    eprintln!("write it again with `{again}`");
    Outcome::Problems
}

/// What differs between two versions of the module, in a few lines: the
/// numbers of the codes whose rows differ, or the first lines that do.
fn changes(old: &str, new: &str) -> String {
    let rows = |text: &str| -> Vec<String> {
        let mut rows = Vec::new();
        let mut current = String::new();
        for line in text.lines() {
            let trimmed = line.trim();
            if trimmed.ends_with("rows::Row {") {
                current.clear();
            }
            current.push_str(trimmed);
            current.push('\n');
            if trimmed.starts_with("..") && trimmed.ends_with("Row::EMPTY") {
                rows.push(std::mem::take(&mut current));
            }
        }
        rows
    };
    let code_of = |row: &str| {
        let at = |key: &str| {
            row.lines()
                .find_map(|line| line.strip_prefix(key))
                .map(|value| value.trim_end_matches(',').to_owned())
        };
        format!(
            "{} {}",
            at("code: ").unwrap_or_default(),
            at("name: ").unwrap_or_default().trim_matches('"')
        )
    };
    let (old_rows, new_rows) = (rows(old), rows(new));
    let mut described = Vec::new();
    for row in &new_rows {
        if !old_rows.contains(row) {
            let code = code_of(row);
            let existed = old_rows
                .iter()
                .any(|old| code_of(old).split(' ').next() == code.split(' ').next());
            described.push(format!(
                "{code} {}",
                if existed { "changed" } else { "added" }
            ));
        }
    }
    for row in &old_rows {
        let code = code_of(row);
        if !new_rows
            .iter()
            .any(|new| code_of(new).split(' ').next() == code.split(' ').next())
        {
            described.push(format!("{code} removed"));
        }
    }
    if described.is_empty() {
        let line = old
            .lines()
            .zip(new.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| old.lines().count().min(new.lines().count()));
        return format!("the module differs from line {} of its code on", line + 1);
    }
    let count = described.len();
    described.truncate(10);
    let more = if count > 10 {
        format!(" and {} more", count - 10)
    } else {
        String::new()
    };
    format!("code {}{more}", described.join(", "))
}
