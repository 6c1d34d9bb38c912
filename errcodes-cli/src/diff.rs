//! `errcodes diff`: the changes between two catalogs, or between a catalog
//! and its ledger, each breaking or compatible.

use std::path::PathBuf;

use clap::ValueEnum;
use errcodes_catalog::{Change, Ledger, Source};
use serde_json::json;

use crate::{load, Outcome};

/// `errcodes diff`.
#[derive(clap::Args)]
pub struct Args {
    /// The older catalog (e.g. `git show main:codes.yaml > old.yaml`);
    /// with `--against-lock`, the catalog to compare with its ledger.
    old: PathBuf,
    /// The newer catalog.
    #[arg(
        required_unless_present = "against_lock",
        conflicts_with = "against_lock"
    )]
    new: Option<PathBuf>,
    /// Compare the catalog with the ledger beside it instead.
    #[arg(long)]
    against_lock: bool,
    /// How to print the changes.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// The output formats of `diff`.
#[derive(ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Format {
    /// One line per change: `breaking   removed  205 EMAIL_TAKEN was removed …`.
    #[default]
    Text,
    /// A JSON object with the changes and whether any is breaking.
    Json,
}

pub fn run(args: &Args) -> Outcome {
    let changes = match changes(args) {
        Ok(changes) => changes,
        Err(outcome) => return outcome,
    };
    let breaking = changes.iter().any(|c| c.kind.is_breaking());
    match args.format {
        Format::Json => {
            let list: Vec<serde_json::Value> = changes
                .iter()
                .map(|c| {
                    json!({
                        "code": c.code,
                        "kind": c.kind.label(),
                        "breaking": c.kind.is_breaking(),
                        "message": c.message,
                    })
                })
                .collect();
            println!("{}", json!({"breaking": breaking, "changes": list}));
        }
        Format::Text => {
            for change in &changes {
                let class = if change.kind.is_breaking() {
                    "breaking"
                } else {
                    "compatible"
                };
                println!("{class:<10} {:<19} {}", change.kind.label(), change.message);
            }
            if changes.is_empty() {
                println!("no changes to published codes");
            }
        }
    }
    if breaking {
        Outcome::Problems
    } else {
        Outcome::Done
    }
}

fn changes(args: &Args) -> Result<Vec<Change>, Outcome> {
    let old = load::catalog(&args.old)?;
    if let Some(new) = &args.new {
        let new = load::catalog(new)?;
        return Ok(errcodes_catalog::diff(&old, &new));
    }
    let ledger_path = Ledger::path_for(&args.old);
    let shown = ledger_path.display().to_string();
    let text = Source::open_as(&ledger_path, &shown)
        .map_err(|problem| {
            eprintln!("{problem}");
            Outcome::Problems
        })?
        .text;
    let ledger = Ledger::parse(&shown, &text).map_err(|problems| {
        for problem in problems {
            eprintln!("{problem}");
        }
        Outcome::Problems
    })?;
    Ok(errcodes_catalog::diff_ledger(&ledger, &old))
}
