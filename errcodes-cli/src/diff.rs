//! `errcodes diff`: the changes between two catalogs, or between a catalog
//! and its ledger, each breaking or compatible.

use std::fmt::Write as _;
use std::path::PathBuf;

use errcodes_catalog::Change;
use serde_json::json;

use crate::{load, Format, Outcome};

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
    /// How to print the changes: a line each, or a JSON object with the
    /// changes and whether any is breaking.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub fn run(args: &Args) -> Outcome {
    let changes = match changes(args) {
        Ok(changes) => changes,
        Err(outcome) => return outcome,
    };
    let breaking = changes.iter().any(|c| c.kind.is_breaking());
    // Written in one piece: a reader may close the pipe early.
    let mut out = String::new();
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
            let _ = writeln!(out, "{}", json!({"breaking": breaking, "changes": list}));
        }
        Format::Text => {
            for change in &changes {
                let class = if change.kind.is_breaking() {
                    "breaking"
                } else {
                    "compatible"
                };
                let _ = writeln!(
                    out,
                    "{class:<10} {:<19} {}",
                    change.kind.label(),
                    change.message
                );
            }
            if changes.is_empty() {
                let _ = writeln!(out, "no changes to published codes");
            }
        }
    }
    if matches!(load::print(&out), Outcome::Problems) || breaking {
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
    let (ledger, problems) = load::ledger(&args.old);
    for problem in &problems {
        load::problem(&problem);
    }
    let Some(ledger) = ledger else {
        if problems.is_empty() {
            eprintln!(
                "errcodes: {} has no ledger beside it; run `errcodes lock` first",
                args.old.display()
            );
        }
        return Err(Outcome::Problems);
    };
    Ok(errcodes_catalog::diff_ledger(&ledger, &old))
}
