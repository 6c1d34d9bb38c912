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
use proc_macro2::TokenStream;

use crate::{load, CatalogArg, Outcome};

mod layout;
mod stale;

use layout::{rustfmt, DocLines, ALLOW};
use stale::code_hash;

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
        return stale::check(file, &text, &command(args, Some(file)));
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

/// One argument given: its key (the macro's, and the flag's with `-` for
/// `_`) and its value.
enum Given {
    /// Written as it is: an identifier, a path, a visibility.
    Tokens(String),
    Strings(Vec<String>),
    Numbers(Vec<u32>),
    /// `non_exhaustive = true`, `--non-exhaustive`.
    Yes,
}

/// The arguments the flags give, in the macro's documented order.
fn given(args: &Args) -> Vec<(&'static str, Given)> {
    let mut out = Vec::new();
    let tokens = |value: &Option<String>| value.clone().map(Given::Tokens);
    let some = |key, value: Option<Given>, out: &mut Vec<_>| {
        if let Some(value) = value {
            out.push((key, value));
        }
    };
    some("name", tokens(&args.name), &mut out);
    some(
        "groups",
        (!args.groups.is_empty()).then(|| Given::Strings(args.groups.clone())),
        &mut out,
    );
    some(
        "tags",
        (!args.tags.is_empty()).then(|| Given::Strings(args.tags.clone())),
        &mut out,
    );
    some(
        "codes",
        (!args.codes.is_empty()).then(|| Given::Numbers(args.codes.clone())),
        &mut out,
    );
    some(
        "exclude",
        (!args.exclude.is_empty()).then(|| Given::Numbers(args.exclude.clone())),
        &mut out,
    );
    some("parent", tokens(&args.parent), &mut out);
    some("crate", tokens(&args.krate), &mut out);
    some(
        "non_exhaustive",
        args.non_exhaustive.then_some(Given::Yes),
        &mut out,
    );
    some("vis", tokens(&args.vis), &mut out);
    out
}

/// The flags as the macro's arguments: `"codes.yaml", name = X, …`.
fn invocation(args: &Args) -> String {
    let mut out = format!("{:?}", catalog_path(args));
    for (key, value) in given(args) {
        let value = match value {
            Given::Tokens(tokens) => tokens,
            Given::Strings(list) => {
                let items: Vec<String> = list.iter().map(|s| format!("{s:?}")).collect();
                format!("[{}]", items.join(", "))
            }
            Given::Numbers(list) => {
                let items: Vec<String> = list.iter().map(u32::to_string).collect();
                format!("[{}]", items.join(", "))
            }
            Given::Yes => "true".to_owned(),
        };
        let _ = write!(out, ", {key} = {value}");
    }
    out
}

/// The command that writes the module again, for its header.
fn command(args: &Args, file: Option<&Path>) -> String {
    let mut out = format!("errcodes generate --catalog {}", catalog_path(args));
    for (key, value) in given(args) {
        let flag = key.replace('_', "-");
        let value = match value {
            Given::Tokens(tokens) => tokens,
            Given::Strings(list) => list.join(","),
            Given::Numbers(list) => {
                let items: Vec<String> = list.iter().map(u32::to_string).collect();
                items.join(",")
            }
            Given::Yes => {
                let _ = write!(out, " --{flag}");
                continue;
            }
        };
        // Quoted for a shell where it would not be one word.
        let value = if value.is_empty() || value.contains([' ', '(', ')', '"', '\'']) {
            format!("'{value}'")
        } else {
            value
        };
        let _ = write!(out, " --{flag} {value}");
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
