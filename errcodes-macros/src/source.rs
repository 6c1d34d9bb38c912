//! Finding and reading the catalog file: the only place that touches the filesystem.

use std::path::{Path, PathBuf};
use std::{env, fs};

use crate::diag::{Pos, Problem, Where};

/// Catalogs larger than this are refused before they are read.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// A second directory to look in when a relative catalog path is not found
/// next to the invoking crate's `Cargo.toml`.
///
/// trybuild builds each UI case in a scratch crate under `target/`, so
/// `CARGO_MANIFEST_DIR` does not point at the fixtures
/// (<https://github.com/dtolnay/trybuild/issues/202>); the UI test sets this.
/// It is only a fallback, so the dependencies built in the same run (which
/// find their own catalogs) are not affected. Cargo does not rebuild when it
/// changes, so it is not meant for ordinary builds.
pub const FALLBACK_DIR: &str = "ERRCODES_CATALOG_DIR";

/// The catalog's text and its resolved path.
#[derive(Debug)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

/// Where to look for `written`, in order: next to the invoking crate's
/// `Cargo.toml`, then in [`FALLBACK_DIR`] if it is set.
pub fn candidates(written: &str) -> Vec<PathBuf> {
    let written = Path::new(written);
    if written.is_absolute() {
        return vec![written.to_path_buf()];
    }
    let manifest_dir =
        env::var_os("CARGO_MANIFEST_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let mut out = vec![manifest_dir.join(written)];
    if let Some(fallback) = env::var_os(FALLBACK_DIR) {
        out.push(PathBuf::from(fallback).join(written));
    }
    out
}

/// Finds and reads the catalog `written` (see [`candidates`]).
pub fn find(written: &str) -> Result<Source, Problem> {
    let candidates = candidates(written);
    match candidates.iter().find(|path| path.exists()) {
        Some(path) => read(path),
        None => {
            let looked: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
            Err(Problem::new(
                Where::File,
                format!("catalog not found; looked for {}", looked.join(" and ")),
                "relative paths start at the directory of the crate's Cargo.toml",
            ))
        }
    }
}

/// Reads the catalog at `path`, refusing directories, huge files and non-UTF-8 text.
pub fn read(path: &Path) -> Result<Source, Problem> {
    let file_problem = |what: String, fix: &str| Problem::new(Where::File, what, fix);
    let meta = fs::metadata(path).map_err(|err| {
        file_problem(
            format!("cannot read {}: {err}", path.display()),
            "check that the file exists and can be read",
        )
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
    Ok(Source {
        path: path.to_path_buf(),
        text: decode(bytes)?,
    })
}

/// The catalog's bytes as text, or where the first invalid UTF-8 byte is.
pub fn decode(bytes: Vec<u8>) -> Result<String, Problem> {
    String::from_utf8(bytes).map_err(|err| {
        let offset = err.utf8_error().valid_up_to();
        Problem::new(
            Where::At(Pos::of_offset(err.as_bytes(), offset)),
            "the catalog is not valid UTF-8",
            "save the file as UTF-8",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_files_over_the_cap() {
        let dir = std::env::temp_dir().join(format!("errcodes-cap-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("huge.yaml");
        // Sparse: the size is what matters, nothing is written.
        fs::File::create(&path)
            .unwrap()
            .set_len(MAX_BYTES + 1)
            .unwrap();
        let problem = read(&path).unwrap_err();
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(problem.at, Where::File);
        assert!(
            problem.what.contains("more than the 16777216-byte limit"),
            "{problem:?}"
        );
    }

    #[test]
    fn points_at_the_first_invalid_byte() {
        let problem = decode(b"codes:\n  - x: caf\xe9\n".to_vec()).unwrap_err();
        assert_eq!(
            problem.at,
            Where::At(Pos {
                line: 2,
                column: 11
            })
        );
    }
}
