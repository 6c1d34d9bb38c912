//! `errcodes generate`: the checked-in modules are what their own header's
//! command writes; `--check` passes on a current module (however it is
//! formatted), and fails, naming why, after a catalog edit, a hand edit or
//! other arguments; `--out` leaves a current file untouched; the file passes
//! `rustfmt --check`; a one-code change is a few lines of diff.
//! (`tests/tests/generated.rs` compiles the modules beside the macro's
//! expansion and compares their behaviour.)

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{errcodes, errcodes_in, must_run, root, scratch, tool};

/// The modules the repository keeps: the runtime crate's LeanCloud module,
/// which `errcodes::leancloud` is, and the ones the behaviour test compiles.
fn modules() -> Vec<String> {
    let mut all = vec!["errcodes-runtime/src/leancloud/codes.rs".to_owned()];
    all.extend(
        common::files(&root().join("tests/generated"), "rs")
            .iter()
            .map(|path| {
                format!(
                    "tests/generated/{}",
                    path.file_name().unwrap().to_string_lossy()
                )
            }),
    );
    all
}

/// The command in a module's header, as arguments (`'…'` quotes one).
fn header_command(text: &str) -> Vec<String> {
    let line = text
        .lines()
        .find_map(|line| line.strip_prefix("// Written by: errcodes "))
        .expect("a `Written by` header");
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut started = false;
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                started = true;
            }
            ' ' if !quoted => {
                if started {
                    words.push(std::mem::take(&mut word));
                }
                started = false;
            }
            c => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        words.push(word);
    }
    words
}

/// Each checked-in module is what its header's command writes today
/// (`ERRCODES_BLESS=1` writes them again), so CI can run the same command
/// with `--check`.
#[test]
fn the_checked_in_modules_are_current() {
    for module in modules() {
        let text = fs::read_to_string(root().join(&module)).unwrap();
        let mut words = header_command(&text);
        assert!(
            words.ends_with(&["--out".to_owned(), module.clone()]),
            "{module}: {words:?}"
        );
        if std::env::var_os("ERRCODES_BLESS").is_none() {
            let at = words.len() - 2;
            words[at] = "--check".to_owned();
        }
        let args: Vec<&str> = words.iter().map(String::as_str).collect();
        let run = errcodes(&args);
        assert_eq!(
            run.code,
            Some(0),
            "{module} is stale (ERRCODES_BLESS=1 writes it again):\n{}",
            run.stderr
        );
    }
}

/// A scratch project: a catalog (the shop's) and nothing else yet.
fn project(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    fs::copy(
        root().join("tests/catalogs/shop.yaml"),
        dir.join("codes.yaml"),
    )
    .unwrap();
    dir
}

/// The catalog with one more code, 150.
fn with_code(catalog: &str) -> String {
    catalog.replacen(
        "codes:\n",
        "codes:\n  - code: 150\n    name: CARD_EXPIRED\n    message: The card has expired.\n    group: payment\n    http: 402\n",
        1,
    )
}

fn generate(dir: &Path, extra: &[&str]) -> common::Run {
    let mut args = vec!["generate", "--catalog", "codes.yaml"];
    args.extend_from_slice(extra);
    errcodes_in(dir, &args)
}

#[test]
fn check_passes_when_current_and_names_what_is_stale() {
    let dir = project("generate-check");
    let written = generate(&dir, &["--out", "codes.rs"]);
    assert_eq!(written.code, Some(0), "{}", written.stderr);
    let check = |extra: &[&str]| {
        let mut args = vec!["--check", "codes.rs"];
        args.extend_from_slice(extra);
        generate(&dir, &args)
    };
    assert_eq!(check(&[]).code, Some(0), "{}", check(&[]).stderr);

    // The catalog changes: a message edited, a code added.
    let catalog = fs::read_to_string(dir.join("codes.yaml")).unwrap();
    let edited = with_code(&catalog.replace("The item is out of stock.", "Sold out."));
    fs::write(dir.join("codes.yaml"), edited).unwrap();
    let stale = check(&[]);
    assert_eq!(stale.code, Some(1));
    assert!(
        stale.stderr.contains("codes.rs is stale")
            && stale.stderr.contains("1 OUT_OF_STOCK changed")
            && stale.stderr.contains("150 CARD_EXPIRED added")
            && stale
                .stderr
                .contains("errcodes generate --catalog codes.yaml --out codes.rs"),
        "{}",
        stale.stderr
    );
    assert_eq!(generate(&dir, &["--out", "codes.rs"]).code, Some(0));
    assert_eq!(check(&[]).code, Some(0));

    // Other arguments than the module was written with.
    let other = check(&["--name", "ShopError"]);
    assert_eq!(other.code, Some(1));
    assert!(other.stderr.contains("other arguments"), "{}", other.stderr);

    // A hand edit of the code.
    let module = fs::read_to_string(dir.join("codes.rs")).unwrap();
    fs::write(
        dir.join("codes.rs"),
        module.replace("\"Sold out.\"", "\"Sold out!\""),
    )
    .unwrap();
    let edited = check(&[]);
    assert_eq!(edited.code, Some(1));
    assert!(
        edited.stderr.contains("edited by hand"),
        "{}",
        edited.stderr
    );

    // Laid out differently (as `cargo fmt` with another style would, or a
    // module written without rustfmt), the code is the same: current.
    let relaid: String = module
        .lines()
        .map(|line| format!("{}\n", line.trim_start()))
        .collect::<String>()
        .replace(",\n}", "\n}");
    fs::write(dir.join("codes.rs"), relaid).unwrap();
    let relaid = check(&[]);
    assert_eq!(relaid.code, Some(0), "{}", relaid.stderr);

    // A file that is not Rust at all (unbalanced, control characters, a
    // forged header) is stale, not a crash.
    let hostile = format!(
        "// Code hash: 0000000000000000\n{}\u{0}\u{1b}[2J\"unterminated",
        "}{(".repeat(10_000)
    );
    fs::write(dir.join("codes.rs"), hostile).unwrap();
    let garbage = check(&[]);
    assert_eq!(garbage.code, Some(1), "{}", garbage.stderr);
    assert!(
        garbage.stderr.contains("codes.rs is stale"),
        "{}",
        garbage.stderr
    );

    // A missing module says how to write it.
    fs::remove_file(dir.join("codes.rs")).unwrap();
    let missing = check(&[]);
    assert_eq!(missing.code, Some(1));
    assert!(
        missing.stderr.contains("--out codes.rs"),
        "{}",
        missing.stderr
    );
}

#[test]
fn out_leaves_a_current_module_untouched() {
    let dir = project("generate-untouched");
    assert_eq!(generate(&dir, &["--out", "codes.rs"]).code, Some(0));
    let file = dir.join("codes.rs");
    let long_ago = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
    fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(long_ago)
        .unwrap();
    assert_eq!(generate(&dir, &["--out", "codes.rs"]).code, Some(0));
    assert_eq!(fs::metadata(&file).unwrap().modified().unwrap(), long_ago);
    // A change is written.
    assert_eq!(
        generate(&dir, &["--out", "codes.rs", "--non-exhaustive"]).code,
        Some(0)
    );
    assert_ne!(fs::metadata(&file).unwrap().modified().unwrap(), long_ago);
}

/// The module is formatted as rustfmt formats it; without rustfmt it is
/// laid out by prettyplease, and `--check` still passes (the hash is of the
/// code).
#[test]
fn the_module_passes_rustfmt_check() {
    let Some(rustfmt) = tool("ERRCODES_RUSTFMT", "rustfmt", &["--version"]) else {
        return;
    };
    for module in modules() {
        must_run(
            Command::new(&rustfmt)
                .args(["--check", "--edition", "2021"])
                .arg(root().join(&module)),
            &format!("rustfmt --check {module}"),
        );
    }
    let dir = project("generate-without-rustfmt");
    let plain = Command::new(env!("CARGO_BIN_EXE_errcodes"))
        .args(["generate", "--catalog", "codes.yaml", "--out", "codes.rs"])
        .current_dir(&dir)
        .env("RUSTFMT", dir.join("no-such-rustfmt"))
        .output()
        .unwrap();
    assert!(plain.status.success());
    let check = generate(&dir, &["--check", "codes.rs"]);
    assert_eq!(check.code, Some(0), "{}", check.stderr);
}

/// Lines that differ between two texts: those not in their longest common
/// subsequence of lines.
fn changed_lines(old: &str, new: &str) -> usize {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let mut lcs = vec![vec![0_u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    a.len() + b.len() - 2 * lcs[0][0] as usize
}

/// A one-code change is a few lines of the module, not a rewritten table.
#[test]
fn a_one_code_change_is_a_few_lines() {
    let dir = project("generate-diff");
    let module = || {
        let run = generate(&dir, &[]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        run.stdout
    };
    let before = module();
    let catalog = fs::read_to_string(dir.join("codes.yaml")).unwrap();
    fs::write(
        dir.join("codes.yaml"),
        catalog.replace("Your card was declined.", "The card was declined."),
    )
    .unwrap();
    let edited = module();
    // The variant's documentation, its row, and the header's hash.
    let changed = changed_lines(&before, &edited);
    assert!((3..=8).contains(&changed), "{changed} lines changed");
    fs::write(dir.join("codes.yaml"), with_code(&catalog)).unwrap();
    let added = module();
    // The variant and its documentation, its constant, its place in `ALL`,
    // its row, the counts in the enum's documentation, the hash.
    let changed = changed_lines(&before, &added);
    assert!((10..=40).contains(&changed), "{changed} lines changed");
    assert!(before.lines().count() > 300);
}

#[test]
fn bad_arguments_and_broken_catalogs_are_refused() {
    let dir = project("generate-refused");
    let run = generate(&dir, &["--name", "type"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("`name` takes the enum's name"),
        "{}",
        run.stderr
    );
    let run = generate(&dir, &["--groups", "ordr"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("order"), "{}", run.stderr);
    let run = generate(&dir, &["--vis", "crate"]);
    assert_eq!(run.code, Some(2));
    fs::write(
        dir.join("codes.yaml"),
        "codes:\n  - code: 1\n    name: lower\n    message: x\n",
    )
    .unwrap();
    let run = generate(&dir, &["--out", "codes.rs"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("codes.yaml:3:11"), "{}", run.stderr);
    assert!(!dir.join("codes.rs").exists());
}
