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
mod init;
mod load;
mod lock;
mod schema;
mod text;
mod view;

use std::path::PathBuf;
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
    /// The catalog file.
    #[arg(long, value_name = "PATH", default_value = "codes.yaml")]
    catalog: PathBuf,
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
    let outcome = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Explain(args) => explain::run(&args),
        Command::Docs(args) => docs::run(&args),
        Command::Export(args) => export::run(&args),
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
