//! Finding and reading the catalog file: the only place that touches the filesystem.

// A file that cannot be read is reported once, as the whole outcome: the
// size of the error is no cost there, and callers keep one `Diagnostic` type.
#![allow(clippy::result_large_err)]

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use crate::diag::Diagnostic;
use crate::yaml::Position;

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

/// A catalog file, read: where it is and its text.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Source {
    /// The file that was read.
    pub path: PathBuf,
    /// Its text, without a leading byte-order mark.
    pub text: String,
}

impl Source {
    /// Finds and reads the catalog as the macro does: `written` is resolved
    /// against the invoking crate's `CARGO_MANIFEST_DIR`, then against
    /// [`FALLBACK_DIR`] if it is set. Diagnostics name the file as written.
    pub fn find(written: &str) -> Result<Source, Diagnostic> {
        find(written)
    }

    /// Reads the catalog at `path`; diagnostics name it as given.
    pub fn open(path: &Path) -> Result<Source, Diagnostic> {
        read(path, &path.display().to_string())
    }

    /// Reads the file at `path`; diagnostics name it `file`.
    pub fn open_as(path: &Path, file: &str) -> Result<Source, Diagnostic> {
        read(path, file)
    }

    /// A catalog from bytes already read; `file` names it in diagnostics.
    pub fn from_bytes(path: PathBuf, file: &str, bytes: Vec<u8>) -> Result<Source, Diagnostic> {
        Ok(Source {
            text: decode(file, bytes)?,
            path,
        })
    }
}

/// Where to look for `written`, in order: next to the invoking crate's
/// `Cargo.toml` (`manifest_dir`, the current directory when unknown), then in
/// the `fallback` directory ([`FALLBACK_DIR`]) if there is one.
fn candidates(
    written: &str,
    manifest_dir: Option<PathBuf>,
    fallback: Option<PathBuf>,
) -> Vec<PathBuf> {
    let written = Path::new(written);
    if written.is_absolute() {
        return vec![written.to_path_buf()];
    }
    let manifest_dir = manifest_dir.unwrap_or_else(|| PathBuf::from("."));
    let mut out = vec![manifest_dir.join(written)];
    if let Some(fallback) = fallback {
        out.push(fallback.join(written));
    }
    out
}

/// Finds and reads the catalog `written` (see [`candidates`]).
fn find(written: &str) -> Result<Source, Diagnostic> {
    let candidates = candidates(
        written,
        env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from),
        env::var_os(FALLBACK_DIR).map(PathBuf::from),
    );
    match candidates.iter().find(|path| path.exists()) {
        Some(path) => read(path, written),
        None => Err(not_found(written, &candidates)),
    }
}

/// The problem of a catalog found in none of the `candidates`.
fn not_found(written: &str, candidates: &[PathBuf]) -> Diagnostic {
    let looked: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
    let fix = if Path::new(written).is_absolute() {
        "check the path; an absolute path is used as written"
    } else {
        "relative paths start at the directory of the crate's Cargo.toml"
    };
    Diagnostic::file(
        written,
        format!("catalog not found; looked for {}", looked.join(" and ")),
        fix,
    )
}

/// Reads the catalog at `path`, refusing directories, huge files and
/// non-UTF-8 text; `file` is how diagnostics name it.
fn read(path: &Path, file: &str) -> Result<Source, Diagnostic> {
    let file_problem = |what: String, fix: &str| Diagnostic::file(file, what, fix);
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
    let too_large = |size: Option<u64>| {
        let size = size.map_or_else(String::new, |size| format!(" {size} bytes,"));
        file_problem(
            format!("the catalog is{size} more than the {MAX_BYTES}-byte limit"),
            "split it into several catalogs",
        )
    };
    if meta.len() > MAX_BYTES {
        return Err(too_large(Some(meta.len())));
    }
    // The limit holds while reading too: a pipe, a device (`/dev/zero`) or a
    // file that grows reports no size, or a false one.
    let cannot_read = |err: std::io::Error| {
        file_problem(
            format!("cannot read {}: {err}", path.display()),
            "check the file's permissions",
        )
    };
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|opened| opened.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(None));
    }
    Ok(Source {
        path: path.to_path_buf(),
        text: decode(file, bytes)?,
    })
}

/// The catalog's bytes as text without a leading byte-order mark, or where
/// the first invalid UTF-8 byte is.
fn decode(file: &str, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            let mut problem = Diagnostic::file(
                file,
                "the catalog is not valid UTF-8",
                "save the file as UTF-8",
            );
            problem.position = Some(Position::of_offset(err.as_bytes(), offset));
            Err(problem)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn reads_no_more_than_the_cap_from_a_device() {
        // `/dev/zero` reports no size and never ends.
        let problem = Source::open(Path::new("/dev/zero")).unwrap_err();
        assert!(
            problem
                .message
                .contains("more than the 16777216-byte limit"),
            "{problem:?}"
        );
    }

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
        let problem = Source::open(&path).unwrap_err();
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(problem.position, None);
        assert!(
            problem
                .message
                .contains("more than the 16777216-byte limit"),
            "{problem:?}"
        );
    }

    #[test]
    fn relative_paths_start_at_the_manifest_then_the_fallback() {
        let manifest = Some(PathBuf::from("/srv/shop"));
        let fallback = Some(PathBuf::from("/srv/shop/tests/ui"));
        assert_eq!(
            candidates("errors/codes.yaml", manifest.clone(), fallback.clone()),
            [
                PathBuf::from("/srv/shop/errors/codes.yaml"),
                PathBuf::from("/srv/shop/tests/ui/errors/codes.yaml")
            ]
        );
        assert_eq!(
            candidates("codes.yaml", manifest.clone(), None),
            [PathBuf::from("/srv/shop/codes.yaml")]
        );
        assert_eq!(
            candidates("codes.yaml", None, None),
            [PathBuf::from("./codes.yaml")]
        );
        // An absolute path is the only candidate.
        assert_eq!(
            candidates("/etc/codes.yaml", manifest, fallback),
            [PathBuf::from("/etc/codes.yaml")]
        );
    }

    #[test]
    fn a_missing_catalog_says_where_it_was_looked_for() {
        let looked = [
            PathBuf::from("/srv/shop/codes.yaml"),
            PathBuf::from("/srv/shop/tests/ui/codes.yaml"),
        ];
        assert_eq!(
            not_found("codes.yaml", &looked).to_string(),
            "codes.yaml: catalog not found; looked for /srv/shop/codes.yaml and \
             /srv/shop/tests/ui/codes.yaml; relative paths start at the directory of the crate's Cargo.toml"
        );
    }

    #[test]
    fn points_at_the_first_invalid_byte() {
        let problem = decode("x.yaml", b"codes:\n  - x: caf\xe9\n".to_vec()).unwrap_err();
        assert_eq!(
            problem.position,
            Some(Position {
                line: 2,
                column: 11
            })
        );
        assert!(
            problem.to_string().starts_with("x.yaml:2:11: "),
            "{problem}"
        );
        // A byte-order mark is not a column.
        let problem = decode("x.yaml", b"\xef\xbb\xbfa: \xe9".to_vec()).unwrap_err();
        assert_eq!(problem.position, Some(Position { line: 1, column: 4 }));
    }

    #[test]
    fn drops_a_byte_order_mark() {
        assert_eq!(
            decode("x.yaml", b"\xef\xbb\xbfcodes: []".to_vec()).unwrap(),
            "codes: []"
        );
    }
}
