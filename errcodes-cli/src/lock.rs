//! `errcodes lock`: write the ledger of published codes beside the catalog,
//! saying what changed in it, or, with `--check`, fail listing what
//! `errcodes lock` would change.

use std::path::Path;

use errcodes_catalog::{Ledger, LedgerChange, Source};

use crate::{load, CatalogArg, Outcome};

/// `errcodes lock`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub(crate) catalog: CatalogArg,
    /// Change nothing; exit 1, listing what `errcodes lock` would change,
    /// if the ledger is missing or out of date (for CI).
    #[arg(long)]
    check: bool,
}

pub fn run(args: &Args) -> Outcome {
    let path = &args.catalog.catalog;
    let shown = path.display().to_string();
    let source = match Source::open(path) {
        Ok(source) => source,
        Err(problem) => {
            load::problem(&problem);
            return Outcome::Problems;
        }
    };
    let ledger_path = Ledger::path_for(path);
    let ledger_shown = ledger_path.display().to_string();
    let (old, problems) = load::ledger(path);
    if !problems.is_empty() {
        for problem in &problems {
            load::problem(problem);
        }
        eprintln!("errcodes: {ledger_shown} cannot be read; fix the lines above");
        return Outcome::Problems;
    }
    let next = match errcodes_catalog::lock(&shown, &source.text, old.as_ref()) {
        Ok(next) => next,
        Err(diagnostics) => {
            for line in errcodes_catalog::lines(&diagnostics, usize::MAX) {
                load::problem(&line);
            }
            eprintln!(
                "errcodes: {ledger_shown} not {}; fix the problem{} above (`errcodes check` shows them in context)",
                if args.check { "checked" } else { "written" },
                if diagnostics.len() == 1 { "" } else { "s" }
            );
            return Outcome::Problems;
        }
    };
    let name = path
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    let wanted = next.render(&name);
    let changes = old.as_ref().map_or_else(
        || Ledger::default().changes(&next),
        |old| old.changes(&next),
    );
    let said: Vec<String> = changes
        .iter()
        .map(|change| line(&ledger_shown, change))
        .collect();
    if args.check {
        return check(&ledger_path, &ledger_shown, &wanted, &said);
    }
    if let Err(err) = std::fs::write(&ledger_path, &wanted) {
        eprintln!("errcodes: cannot write {ledger_shown}: {err}");
        return Outcome::Problems;
    }
    let mut out = said.join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    load::print(&out)
}

/// One change as `PATH:LINE: added: LINE`, `…: retired: LINE (was: LINE)`
/// or `…: changed: LINE (was: LINE)`, the line of the ledger written.
fn line(file: &str, change: &LedgerChange) -> String {
    let (verb, after, before) = match change {
        LedgerChange::Added(after) => ("added", after, None),
        LedgerChange::Retired(before, after) => ("retired", after, Some(before)),
        LedgerChange::Changed(before, after) => ("changed", after, Some(before)),
    };
    let was = before.map_or_else(String::new, |b| format!(" (was: {})", b.render()));
    format!("{file}:{}: {verb}: {}{was}", after.line, after.render())
}

/// `lock --check`: the ledger exists and is what `errcodes lock` writes.
fn check(ledger_path: &Path, shown: &str, wanted: &str, said: &[String]) -> Outcome {
    let Ok(source) = Source::open_as(ledger_path, shown) else {
        eprintln!("errcodes: {shown} is missing; run `errcodes lock` and commit it");
        return Outcome::Problems;
    };
    if source.text.replace("\r\n", "\n") == wanted {
        println!("{shown} is up to date");
        return Outcome::Done;
    }
    eprintln!(
        "errcodes: {shown} is out of date with the catalog; `errcodes lock` would change it so (run it and commit the ledger):"
    );
    for line in said {
        load::problem(&format!("  {line}"));
    }
    if said.is_empty() {
        load::problem(&"  no entry changes; the file is not as `errcodes lock` writes it (its header, order or spacing)");
    }
    Outcome::Problems
}
