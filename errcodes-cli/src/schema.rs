//! `errcodes schema`: the JSON Schema of the catalog format, for editors;
//! with `--check`, fail when a committed copy is not what this version
//! writes.

use std::path::PathBuf;

use crate::{load, Outcome};

/// `errcodes schema`.
#[derive(clap::Args)]
pub struct Args {
    /// Write the schema to FILE instead of standard output.
    #[arg(long, value_name = "FILE", conflicts_with = "check")]
    out: Option<PathBuf>,
    /// Change nothing; exit 1 if FILE is missing or differs from the schema
    /// this version writes (for CI).
    #[arg(long, value_name = "FILE")]
    check: Option<PathBuf>,
}

pub fn run(args: &Args) -> Outcome {
    let wanted = errcodes_catalog::schema();
    let Some(path) = &args.check else {
        return load::write(args.out.as_ref(), &wanted);
    };
    let shown = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("errcodes: cannot read {shown}: {err}; write it with `errcodes schema --out {shown}`");
            return Outcome::Problems;
        }
    };
    let text = text.replace("\r\n", "\n");
    if text == wanted {
        println!("{shown} is up to date");
        return Outcome::Done;
    }
    let line = text
        .lines()
        .zip(wanted.lines())
        .position(|(have, want)| have != want)
        .unwrap_or_else(|| text.lines().count().min(wanted.lines().count()))
        + 1;
    eprintln!(
        "errcodes: {shown} differs from the schema this version writes (from line {line}); run `errcodes schema --out {shown}` and commit it"
    );
    Outcome::Problems
}
