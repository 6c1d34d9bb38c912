//! `errcodes`: the error-code catalog outside the build.
//!
//! Checks a catalog with exactly the diagnostics the `error_codes!` macro
//! gives, explains a code, writes the catalog's documentation page and
//! exports its codes for other languages. Exit codes: 0 success, 1 problems
//! found (in the catalog, or a code that is not in it), 2 usage error.

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]
// `match` on a `Result` reads better than `let … else` when the error arm
// reports and returns.
#![allow(clippy::single_match_else)]

mod check;
mod diff;
mod docs;
mod explain;
mod export;
mod generate;
mod init;
mod load;
mod lock;
mod markdown;
mod schema;
mod site;
mod text;
mod view;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Check, explain, document and export an errcodes catalog.
#[derive(Parser)]
#[command(name = "errcodes", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the catalog: every problem, with the macro's `PATH:LINE:COL` diagnostics.
    Check(check::Args),
    /// Explain a code (by number or name), a group, or list every code.
    Explain(explain::Args),
    /// Write the catalog's error-code page as Markdown.
    Docs(docs::Args),
    /// Export the catalog's codes for another language, or as JSON.
    Export(export::Args),
    /// Write the Rust module `error_codes!` expands to, to check in (`--check` in CI).
    Generate(generate::Args),
    /// Write the ledger of published codes beside the catalog (`codes.lock`).
    Lock(lock::Args),
    /// Compare two catalogs, or a catalog with its ledger: breaking and compatible changes.
    Diff(diff::Args),
    /// Write the JSON Schema of the catalog format, which editors check catalogs against.
    Schema(schema::Args),
    /// Start a catalog: a starter `codes.yaml`, its schema and its ledger.
    Init(init::Args),
}

/// The catalog argument every subcommand takes.
#[derive(clap::Args, Debug, Clone)]
struct CatalogArg {
    /// The catalog file (default: `codes.yaml` or `errors/codes.yaml` here
    /// or in a parent directory, up to the workspace root).
    #[arg(long = "catalog", value_name = "PATH")]
    given: Option<PathBuf>,
    /// The catalog file the subcommand reads: `given`, or the one found.
    #[arg(skip)]
    catalog: PathBuf,
}

/// Where a catalog is looked for when none is given, in each directory.
const DEFAULT_CATALOGS: [&str; 2] = ["codes.yaml", "errors/codes.yaml"];

impl CatalogArg {
    /// The catalog to read: the one given; else the first of
    /// [`DEFAULT_CATALOGS`] in the current directory or a parent, up to the
    /// directory of the workspace's `Cargo.toml` (a file found away from here
    /// is named on standard error); else `codes.yaml`, whose absence
    /// [`load`] then reports with a hint of `--catalog`.
    fn find(&mut self) {
        if let Some(given) = &self.given {
            self.catalog.clone_from(given);
            return;
        }
        self.catalog = PathBuf::from(DEFAULT_CATALOGS[0]);
        let Ok(here) = std::env::current_dir() else {
            return;
        };
        // Up to the workspace's root (a `Cargo.toml` with `[workspace]`, or
        // the repository's root); outside any, here alone.
        let root = here.ancestors().position(|dir| {
            dir.join(".git").exists()
                || std::fs::read_to_string(dir.join("Cargo.toml"))
                    .is_ok_and(|manifest| manifest.contains("[workspace]"))
        });
        for dir in here.ancestors().take(root.map_or(1, |at| at + 1)) {
            for name in DEFAULT_CATALOGS {
                let candidate = dir.join(name);
                if candidate.is_file() {
                    let relative = pathdiff(&candidate, &here);
                    if relative != Path::new(DEFAULT_CATALOGS[0]) {
                        eprintln!("errcodes: reading {}", relative.display());
                    }
                    self.catalog = relative;
                    return;
                }
            }
        }
    }

    /// Whether no catalog was given (so a missing one deserves the hint).
    fn defaulted(&self) -> bool {
        self.given.is_none()
    }
}

/// `path` (under `base`, or an ancestor's) as a path relative to `base`:
/// `errors/codes.yaml`, `../codes.yaml`.
fn pathdiff(path: &Path, base: &Path) -> PathBuf {
    if let Ok(inside) = path.strip_prefix(base) {
        return inside.to_path_buf();
    }
    let mut up = PathBuf::new();
    for ancestor in base.ancestors().skip(1) {
        up.push("..");
        if let Ok(inside) = path.strip_prefix(ancestor) {
            return up.join(inside);
        }
    }
    path.to_path_buf()
}

/// Whether to colour and decorate terminal output.
#[derive(ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Color {
    /// Colour when writing to a terminal.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// How `check` and `diff` print their results.
#[derive(ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Format {
    /// Lines for people.
    #[default]
    Text,
    /// JSON for tools.
    Json,
}

/// How a subcommand ended, as an exit code.
enum Outcome {
    /// Done: exit 0.
    Done,
    /// Problems were found and reported: exit 1.
    Problems,
    /// The command line asked for something impossible: exit 2.
    Usage,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut command = cli.command;
    match &mut command {
        Command::Check(args) => args.catalog.find(),
        Command::Explain(args) => args.catalog.find(),
        Command::Docs(args) => args.catalog.find(),
        Command::Export(args) => args.catalog.find(),
        Command::Generate(args) => args.catalog.find(),
        Command::Lock(args) => args.catalog.find(),
        // `init` writes a new catalog where it is told, `codes.yaml` by default.
        Command::Init(args) => {
            args.catalog.catalog = args
                .catalog
                .given
                .clone()
                .unwrap_or_else(|| PathBuf::from(DEFAULT_CATALOGS[0]));
        }
        Command::Diff(_) | Command::Schema(_) => {}
    }
    let missing = match &command {
        Command::Check(args) => Some(&args.catalog),
        Command::Explain(args) => Some(&args.catalog),
        Command::Docs(args) => Some(&args.catalog),
        Command::Export(args) => Some(&args.catalog),
        Command::Generate(args) => Some(&args.catalog),
        Command::Lock(args) => Some(&args.catalog),
        Command::Init(_) | Command::Diff(_) | Command::Schema(_) => None,
    }
    .filter(|arg| arg.defaulted() && !arg.catalog.exists());
    if missing.is_some() {
        eprintln!(
            "errcodes: no catalog here: neither {} in this directory or a parent up to the workspace root; give its path with `--catalog PATH`, or start one with `errcodes init`",
            DEFAULT_CATALOGS.join(" nor ")
        );
        return ExitCode::from(1);
    }
    let outcome = match command {
        Command::Check(args) => check::run(&args),
        Command::Explain(args) => explain::run(&args),
        Command::Docs(args) => docs::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Generate(args) => generate::run(&args),
        Command::Lock(args) => lock::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Init(args) => init::run(&args),
    };
    match outcome {
        Outcome::Done => ExitCode::SUCCESS,
        Outcome::Problems => ExitCode::from(1),
        Outcome::Usage => ExitCode::from(2),
    }
}
