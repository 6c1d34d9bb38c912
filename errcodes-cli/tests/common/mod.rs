//! Running the real `errcodes` binary, and finding other languages' tools.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (the workspace).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the CLI crate sits in the workspace")
        .to_path_buf()
}

/// What one run of the binary did.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Self {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// Runs `errcodes ARGS` in `dir`.
pub fn errcodes_in(dir: &Path, args: &[&str]) -> Run {
    Command::new(env!("CARGO_BIN_EXE_errcodes"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("the errcodes binary runs")
        .into()
}

/// Runs `errcodes ARGS` at the repository root.
pub fn errcodes(args: &[&str]) -> Run {
    errcodes_in(&root(), args)
}

/// Every file `dir` holds with extension `ext`, sorted.
pub fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == ext))
        .collect();
    found.sort();
    found
}

/// A fresh scratch directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("errcodes-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// A tool of another language (found when `program PROBE…` succeeds), or `None` (with a note) when it is not
/// installed. With `ERRCODES_REQUIRE_TOOLS=1` (as CI sets), a missing tool
/// fails the test instead.
pub fn tool(env_var: &str, program: &str, probe: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os(env_var).map_or_else(|| PathBuf::from(program), PathBuf::from);
    let found = Command::new(&path)
        .args(probe)
        .stdin(std::process::Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success());
    if found {
        return Some(path);
    }
    assert!(
        std::env::var_os("ERRCODES_REQUIRE_TOOLS").is_none(),
        "{program} is required (ERRCODES_REQUIRE_TOOLS is set) but not found; set {env_var} or install it"
    );
    eprintln!("note: {program} is not installed; skipping this language's check (set {env_var} to point at it)");
    None
}

/// Runs a command and fails with its output if it does not succeed.
pub fn must_run(command: &mut Command, what: &str) -> String {
    let output = command
        .output()
        .unwrap_or_else(|err| panic!("{what}: cannot start: {err}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// The catalogs every export is checked on: the bundled LeanCloud catalog,
/// the test shop, one of awkward texts, one of messages with values and
/// one with tags.
pub const CATALOGS: &[&str] = &[
    "codes.yaml",
    "tests/catalogs/shop.yaml",
    "tests/catalogs/params.yaml",
    "tests/catalogs/tags.yaml",
    "tests/catalogs/grpc.yaml",
    "tests/catalogs/renamed.yaml",
    "errcodes-cli/tests/catalogs/awkward.yaml",
];

/// The JSON export of a catalog, parsed: what the other exports are checked against.
pub fn model(catalog: &str) -> serde_json::Value {
    let run = errcodes(&["export", "--format", "json", "--catalog", catalog]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("the JSON export parses")
}

/// `(code, name, message)` of every code of a JSON export.
pub fn codes(model: &serde_json::Value) -> Vec<(u64, String, String)> {
    model["codes"]
        .as_array()
        .expect("codes")
        .iter()
        .map(|c| {
            (
                c["code"].as_u64().expect("code"),
                c["name"].as_str().expect("name").to_owned(),
                c["message"].as_str().expect("message").to_owned(),
            )
        })
        .collect()
}

/// The former names in the JSON export: `(number, former name, name)`.
pub fn aliases(model: &serde_json::Value) -> Vec<(u64, String, String)> {
    let mut out = Vec::new();
    for c in model["codes"].as_array().expect("codes") {
        for alias in c["aliases"].as_array().expect("aliases") {
            out.push((
                c["code"].as_u64().expect("code"),
                alias.as_str().expect("alias").to_owned(),
                c["name"].as_str().expect("name").to_owned(),
            ));
        }
    }
    out
}

/// What every export answers about one code, read from the JSON export.
pub struct Facts {
    pub code: u64,
    pub message: String,
    /// `(language, text)`.
    pub translations: Vec<(String, String)>,
    /// The status it is answered with (`http`, else `default_http`, else 500).
    pub http: u64,
    pub title: String,
    pub title_translations: Vec<(String, String)>,
    pub descriptions: Vec<(String, String)>,
    pub deprecated: Option<String>,
    /// The gRPC status it is sent with.
    pub grpc: String,
    /// Whether it has each of the catalog's tags, in their order.
    pub tags: Vec<(String, bool)>,
}

/// The facts of every code of the JSON export.
pub fn facts(model: &serde_json::Value) -> Vec<Facts> {
    let pairs = |value: &serde_json::Value| -> Vec<(String, String)> {
        value
            .as_object()
            .map(|map| {
                map.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().expect("a text").to_owned()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let default_http = model["default_http"].as_u64().unwrap_or(500);
    let tags: Vec<String> = model["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .map(|t| t["key"].as_str().expect("key").to_owned())
        .collect();
    model["codes"]
        .as_array()
        .expect("codes")
        .iter()
        .map(|c| Facts {
            code: c["code"].as_u64().expect("code"),
            message: c["message"].as_str().expect("message").to_owned(),
            translations: pairs(&c["translations"]),
            http: c["http"].as_u64().unwrap_or(default_http),
            title: c["title"].as_str().expect("title").to_owned(),
            title_translations: pairs(&c["title_translations"]),
            descriptions: pairs(&c["descriptions"]),
            deprecated: c["deprecated"].as_str().map(str::to_owned),
            grpc: c["grpc"].as_str().expect("grpc").to_owned(),
            tags: tags
                .iter()
                .map(|key| {
                    let has = c["tags"].as_array().expect("tags").iter().any(|t| t == key);
                    (key.clone(), has)
                })
                .collect(),
        })
        .collect()
}

/// The retired numbers of the JSON export (`reserved`).
pub fn retired(model: &serde_json::Value) -> Vec<u64> {
    model["reserved"]
        .as_array()
        .expect("reserved")
        .iter()
        .map(|r| r["code"].as_u64().expect("code"))
        .collect()
}

/// A string literal that JavaScript, TypeScript, Python and Go all read.
pub fn literal(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// Compiles `files` in `dir` with `tsc` as strictly as the exports are
/// checked (`--strict --noUnusedLocals`, ES2020, CommonJS) into `dir/out`.
pub fn tsc_strict(tsc: &Path, dir: &Path, files: &[&str], what: &str) {
    must_run(
        Command::new(tsc)
            .args(["--strict", "--noUnusedLocals", "--target", "es2020"])
            .args(["--module", "commonjs", "--outDir", "out"])
            .args(files)
            .current_dir(dir),
        what,
    );
}

/// `go run .` in the module `module` (with a `go.mod`), its build cache in
/// `cache`; what it printed.
pub fn go_run(go: &Path, module: &Path, cache: &Path, what: &str) -> String {
    fs::write(
        module.join("go.mod"),
        "module example.com/check\n\ngo 1.18\n",
    )
    .expect("a go.mod");
    must_run(
        Command::new(go)
            .args(["run", "."])
            .env("GOCACHE", cache)
            .env("GOFLAGS", "-mod=mod")
            .env("GO111MODULE", "on")
            .current_dir(module),
        what,
    )
}

/// The values of `attribute="…"` in `html` (a page the site wrote).
pub fn attributes<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}
