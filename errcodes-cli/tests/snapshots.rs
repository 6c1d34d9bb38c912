//! The outputs for a small catalog, compared with reviewed copies in
//! `tests/snapshots/`. After a deliberate change, rewrite them with
//! `ERRCODES_BLESS=1 cargo test -p errcodes-cli --test snapshots` and read
//! the diff before committing.

mod common;

use std::path::Path;

use common::errcodes;

const CATALOG: &str = "tests/catalogs/shop.yaml";

fn snapshot(file: &str, args: &[&str]) {
    let run = errcodes(args);
    assert!(run.code.is_some(), "{args:?} was killed");
    let actual = if run.code == Some(0) {
        run.stdout
    } else {
        format!("exit {:?}\n{}{}", run.code, run.stdout, run.stderr)
    };
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(file);
    if std::env::var_os("ERRCODES_BLESS").is_some() {
        std::fs::write(&path, &actual).expect("write the snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing; run with ERRCODES_BLESS=1", path.display()));
    assert!(
        expected == actual,
        "{file} differs from the output; rerun with ERRCODES_BLESS=1 if the change is meant\n--- expected\n{expected}\n--- actual\n{actual}"
    );
}

#[test]
fn shop_docs() {
    snapshot("shop.md", &["docs", "--catalog", CATALOG]);
}

#[test]
fn shop_exports() {
    for (file, format) in [
        ("shop.json", "json"),
        ("shop.ts", "typescript"),
        ("shop.py", "python"),
        ("shop.go", "go"),
    ] {
        snapshot(file, &["export", "--format", format, "--catalog", CATALOG]);
    }
}

#[test]
fn shop_explain() {
    snapshot(
        "shop-explain-100.txt",
        &["explain", "--catalog", CATALOG, "100"],
    );
}

#[test]
fn many_problems_json() {
    snapshot(
        "many-problems.json",
        &[
            "check",
            "--format",
            "json",
            "--catalog",
            "tests/ui/many-problems.yaml",
        ],
    );
}
