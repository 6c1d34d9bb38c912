//! `errcodes init`: a starter catalog and the JSON Schema editors check it
//! against, written into a directory that has neither (nor a ledger: nothing
//! is published until `errcodes lock` says so).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use errcodes_catalog::Ledger;

use crate::{CatalogArg, Outcome};

/// The catalog `init` writes; its first line points an editor at the schema.
const STARTER: &str = include_str!("starter.yaml");

/// The schema's file name, beside the catalog (the starter's modeline names it).
pub const SCHEMA_FILE: &str = "codes.schema.json";

/// `errcodes init`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub(crate) catalog: CatalogArg,
}

/// One file `init` writes.
struct Planned {
    path: PathBuf,
    text: String,
    what: &'static str,
}

pub fn run(args: &Args) -> Outcome {
    let path = &args.catalog.catalog;
    let shown = path.display().to_string();
    if let Err(diagnostics) = errcodes_catalog::check(&shown, STARTER).ok() {
        // The starter is checked by the tests; this is a bug, said plainly.
        for line in errcodes_catalog::lines(&diagnostics, usize::MAX) {
            eprintln!("errcodes: the starter catalog is invalid: {line}");
        }
        return Outcome::Problems;
    }
    let schema_path = path.with_file_name(SCHEMA_FILE);
    let schema = errcodes_catalog::schema();
    let mut planned = vec![Planned {
        path: path.clone(),
        text: STARTER.to_owned(),
        what: "a starter catalog",
    }];
    // A schema already there and identical (another catalog's, in the same
    // directory) is kept; a different one is not overwritten.
    let same_schema = std::fs::read_to_string(&schema_path).is_ok_and(|text| text == schema);
    if !same_schema {
        planned.push(Planned {
            path: schema_path.clone(),
            text: schema,
            what: "the catalog format's JSON Schema, for editors",
        });
    }
    // No ledger: nothing is published yet, and a ledger listing the starter
    // codes would make replacing them an error. One already there is in the
    // way all the same (its codes would be "published but missing").
    let ledger = Ledger::path_for(path);
    let existing: Vec<String> = planned
        .iter()
        .map(|file| &file.path)
        .chain([&ledger])
        .filter(|path| path.exists())
        .map(|path| path.display().to_string())
        .collect();
    if !existing.is_empty() {
        eprintln!(
            "errcodes: {} already exist{}; init writes only new files (remove them, or give another `--catalog` path)",
            existing.join(", "),
            if existing.len() == 1 { "s" } else { "" }
        );
        return Outcome::Problems;
    }
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        if let Err(err) = std::fs::create_dir_all(dir) {
            eprintln!("errcodes: cannot create {}: {err}", dir.display());
            return Outcome::Problems;
        }
    }
    for file in &planned {
        if let Err(err) = create(&file.path, &file.text) {
            eprintln!("errcodes: cannot write {}: {err}", file.path.display());
            return Outcome::Problems;
        }
        println!("wrote {}: {}", file.path.display(), file.what);
    }
    if same_schema {
        println!(
            "kept {}: already this version's schema",
            schema_path.display()
        );
    }
    let (check, lock) = if path.as_os_str() == "codes.yaml" {
        ("errcodes check".to_owned(), "errcodes lock".to_owned())
    } else {
        (
            format!("errcodes check --catalog {shown}"),
            format!("errcodes lock --catalog {shown}"),
        )
    };
    println!(
        "no ledger yet: nothing is published; when the first codes ship, `{lock}` writes {} and from then on the build refuses to lose them",
        ledger.display()
    );
    println!(
        "next: `{check}`, and `errcodes::error_codes!(\"{shown}\")` in a crate (the path is relative to its Cargo.toml)"
    );
    Outcome::Done
}

/// Writes a new file; fails if one appeared at `path` meanwhile.
fn create(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?
        .write_all(text.as_bytes())
}
