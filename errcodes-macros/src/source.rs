//! Finding and reading the catalog file: the only place that touches the filesystem.

use std::path::{Path, PathBuf};
use std::{env, fs};

use crate::diag::{Pos, Problem, Where};

/// Catalogs larger than this are refused before they are read.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Overrides the directory relative catalog paths are resolved against.
///
/// trybuild builds each UI case in a scratch crate under `target/`, so
/// `CARGO_MANIFEST_DIR` does not point at the fixtures
/// (<https://github.com/dtolnay/trybuild/issues/202>); the UI test sets this.
/// It is not meant for ordinary builds: cargo does not rebuild when it changes.
pub const DIR_OVERRIDE: &str = "ERRCODES_CATALOG_DIR";

/// The catalog's text and its resolved path.
#[derive(Debug)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

/// Resolves `written` against the invoking crate's directory.
pub fn resolve(written: &str) -> PathBuf {
    let written = Path::new(written);
    if written.is_absolute() {
        return written.to_path_buf();
    }
    let base = env::var_os(DIR_OVERRIDE)
        .or_else(|| env::var_os("CARGO_MANIFEST_DIR"))
        .map_or_else(|| PathBuf::from("."), PathBuf::from);
    base.join(written)
}

/// Reads the catalog at `path`, refusing directories, huge files and non-UTF-8 text.
pub fn read(path: &Path) -> Result<Source, Problem> {
    let file_problem = |what: String, fix: &str| Problem::new(Where::File, what, fix);
    let meta = fs::metadata(path).map_err(|err| {
        if err.kind() == std::io::ErrorKind::NotFound {
            file_problem(
                format!("catalog not found; looked for {}", path.display()),
                "relative paths start at the directory of the crate's Cargo.toml",
            )
        } else {
            file_problem(
                format!("cannot read {}: {err}", path.display()),
                "check the file's permissions",
            )
        }
    })?;
    if meta.is_dir() {
        return Err(file_problem(
            format!("{} is a directory, not a catalog file", path.display()),
            "name the YAML file inside it, e.g. `errors/codes.yaml`",
        ));
    }
    if meta.len() > MAX_BYTES {
        return Err(file_problem(
            format!(
                "the catalog is {} bytes, more than the {MAX_BYTES}-byte limit",
                meta.len()
            ),
            "split it into several catalogs",
        ));
    }
    let bytes = fs::read(path).map_err(|err| {
        file_problem(
            format!("cannot read {}: {err}", path.display()),
            "check the file's permissions",
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let offset = err.utf8_error().valid_up_to();
        Problem::new(
            Where::At(Pos::of_offset(err.as_bytes(), offset)),
            "the catalog is not valid UTF-8",
            "save the file as UTF-8",
        )
    })?;
    Ok(Source {
        path: path.to_path_buf(),
        text,
    })
}
