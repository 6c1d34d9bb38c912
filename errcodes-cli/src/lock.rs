//! `errcodes lock`: write the ledger of published codes beside the catalog,
//! or, with `--check`, fail when it is missing or out of date.

use std::path::Path;

use errcodes_catalog::{Ledger, Source};

use crate::{load, CatalogArg, Outcome};

/// `errcodes lock`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub(crate) catalog: CatalogArg,
    /// Change nothing; exit 1 if the ledger is missing, lacks a code, or
    /// differs from what `errcodes lock` would write (for CI).
    #[arg(long)]
    check: bool,
}

pub fn run(args: &Args) -> Outcome {
    let path = &args.catalog.catalog;
    let catalog = match load::catalog(path) {
        Ok(catalog) => catalog,
        Err(outcome) => return outcome,
    };
    let ledger_path = Ledger::path_for(path);
    let shown = ledger_path.display().to_string();
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let wanted = Ledger::of(&catalog).render(&name);
    if !args.check {
        let existed = ledger_path.is_file();
        return match std::fs::write(&ledger_path, &wanted) {
            Ok(()) => {
                let verb = if existed { "updated" } else { "wrote" };
                println!(
                    "{verb} {shown}: {} published numbers",
                    Ledger::of(&catalog).entries().len()
                );
                Outcome::Done
            }
            Err(err) => {
                eprintln!("errcodes: cannot write {shown}: {err}");
                Outcome::Problems
            }
        };
    }
    check(&ledger_path, &shown, &catalog, &wanted)
}

/// `lock --check`: the ledger exists, records every code, and is current.
fn check(
    ledger_path: &Path,
    shown: &str,
    catalog: &errcodes_catalog::Catalog,
    wanted: &str,
) -> Outcome {
    let text = match Source::open_as(ledger_path, shown) {
        Ok(source) => source.text,
        Err(_) => {
            eprintln!("errcodes: {shown} is missing; run `errcodes lock` and commit it");
            return Outcome::Problems;
        }
    };
    let ledger = match Ledger::parse(shown, &text) {
        Ok(ledger) => ledger,
        Err(problems) => {
            for problem in problems {
                crate::load::problem(&problem);
            }
            return Outcome::Problems;
        }
    };
    let unrecorded = ledger.unrecorded(catalog);
    if !unrecorded.is_empty() {
        let numbers: Vec<String> = unrecorded.iter().map(u32::to_string).collect();
        eprintln!(
            "errcodes: {shown} does not record {}; run `errcodes lock` and commit it",
            numbers.join(", ")
        );
        return Outcome::Problems;
    }
    if text.replace("\r\n", "\n") != wanted {
        let changes = errcodes_catalog::diff_ledger(&ledger, catalog);
        eprintln!(
            "errcodes: {shown} is out of date with the catalog; run `errcodes lock` and commit it"
        );
        for change in changes.iter().filter(|c| c.kind.is_breaking()) {
            crate::load::problem(&format!("  breaking: {}", change.message));
        }
        return Outcome::Problems;
    }
    println!("{shown} is up to date");
    Outcome::Done
}
