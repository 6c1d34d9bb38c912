//! `errcodes check`: exit codes, the macro's diagnostics, JSON output.

mod common;

use common::{errcodes, errcodes_in, files, root, scratch};

#[test]
fn the_bundled_catalog_is_clean() {
    let run = errcodes(&["check"]);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "codes.yaml: 149 codes, no problems\n");
}

#[test]
fn many_problems_are_reported_together() {
    let run = errcodes(&["check", "--catalog", "tests/ui/many-problems.yaml"]);
    assert_eq!(run.code, Some(1));
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 5, "{}", run.stdout);
    assert_eq!(
        lines[0],
        "tests/ui/many-problems.yaml:5:11: name `objectMissing` is not UPPER_SNAKE_CASE; write it as `OBJECT_MISSING`"
    );
    assert!(run.stderr.contains("5 problems"), "{}", run.stderr);
}

/// For every UI case whose error is in its catalog, `check` prints the
/// macro's first diagnostic, word for word (the `.stderr` files are the
/// macro's reviewed output).
#[test]
fn same_first_line_as_the_macro_for_every_ui_case() {
    let ui = root().join("tests/ui");
    let mut compared = 0;
    for yaml in files(&ui, "yaml") {
        let stem = yaml.file_stem().and_then(|s| s.to_str()).expect("a name");
        let file = format!("{stem}.yaml");
        let Ok(stderr) = std::fs::read_to_string(ui.join(format!("{stem}.stderr"))) else {
            continue;
        };
        let Some(expected) = stderr
            .lines()
            .find_map(|line| line.strip_prefix("error: "))
            .filter(|line| line.starts_with(&format!("{file}:")))
        else {
            continue;
        };
        let run = errcodes_in(&ui, &["check", "--catalog", &file]);
        assert_eq!(run.code, Some(1), "{file}: {}", run.stdout);
        assert_eq!(run.stdout.lines().next(), Some(expected), "{file}");
        compared += 1;
    }
    assert!(compared >= 30, "only {compared} UI cases compared");
}

#[test]
fn file_problems() {
    let run = errcodes(&["check", "--catalog", "no/such/file.yaml"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stdout
            .starts_with("no/such/file.yaml: cannot read no/such/file.yaml"),
        "{}",
        run.stdout
    );
    let run = errcodes(&["check", "--catalog", "tests"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stdout.contains("is a directory"), "{}", run.stdout);
}

#[test]
fn json_output_parses_back() {
    let run = errcodes(&[
        "check",
        "--format",
        "json",
        "--catalog",
        "tests/ui/many-problems.yaml",
    ]);
    assert_eq!(run.code, Some(1));
    let problems: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let problems = problems.as_array().expect("an array");
    assert_eq!(problems.len(), 5);
    let dup = &problems[3];
    assert_eq!(dup["path"], "tests/ui/many-problems.yaml");
    assert_eq!(dup["line"], 15);
    assert_eq!(dup["column"], 11);
    assert_eq!(dup["message"], "code 2 is already used by FINE");
    assert_eq!(dup["fix"], "give each entry its own number");
    assert_eq!(dup["first"]["line"], 7);

    let clean = errcodes(&["check", "--format", "json"]);
    assert_eq!(clean.code, Some(0));
    assert_eq!(clean.stdout.trim(), "[]");

    let missing = errcodes(&["check", "--format", "json", "--catalog", "nope.yaml"]);
    let problems: serde_json::Value = serde_json::from_str(&missing.stdout).expect("JSON");
    assert_eq!(problems[0]["line"], serde_json::Value::Null);
}

#[test]
fn in_context_with_a_caret() {
    let run = errcodes(&[
        "check",
        "--color",
        "always",
        "--catalog",
        "tests/ui/many-problems.yaml",
    ]);
    assert_eq!(run.code, Some(1));
    let plain = strip_ansi(&run.stdout);
    assert!(
        plain.contains("error: name `objectMissing` is not UPPER_SNAKE_CASE"),
        "{plain}"
    );
    assert!(
        plain.contains("--> tests/ui/many-problems.yaml:5:11"),
        "{plain}"
    );
    assert!(plain.contains("    name: objectMissing"), "{plain}");
    assert!(
        plain.contains("^^^^^^^^^^^^^ write it as `OBJECT_MISSING`"),
        "{plain}"
    );
    assert!(plain.contains("first here"), "{plain}");
    // A second place that is no earlier occurrence says what it is.
    for (case, label) in [
        ("range-code-outside", "the group's range"),
        ("reserved-code-reused", "reserved here"),
        ("range-overlap", "the other group's range"),
    ] {
        let catalog = format!("tests/ui/{case}.yaml");
        let run = errcodes(&["check", "--color", "always", "--catalog", &catalog]);
        let plain = strip_ansi(&run.stdout);
        assert!(plain.contains(label), "{case}: {plain}");
        assert!(!plain.contains("first here"), "{case}: {plain}");
    }
    // Not a terminal and no `--color`: plain lines.
    let run = errcodes(&["check", "--catalog", "tests/ui/many-problems.yaml"]);
    assert!(!run.stdout.contains('\u{1b}') && !run.stdout.contains("-->"));
}

#[test]
fn a_byte_order_mark_before_any_key_is_accepted() {
    let dir = scratch("bom");
    let bodies = [
        "languages: [en]\ncodes:\n  - code: 1\n    name: A\n    message: A.\n    description:\n      en: x\n",
        "groups:\n  a:\n    description: x\ncodes:\n  - code: 1\n    name: A\n    message: A.\n",
        "reserved:\n  - code: 2\ncodes:\n  - code: 1\n    name: A\n    message: A.\n",
    ];
    for (index, body) in bodies.iter().enumerate() {
        for newline in ["\n", "\r\n"] {
            let file = format!("c{index}.yaml");
            let text = format!("\u{feff}{}", body.replace('\n', newline));
            std::fs::write(dir.join(&file), text).expect("write");
            let run = errcodes_in(&dir, &["check", "--catalog", &file]);
            assert_eq!(run.code, Some(0), "{file} {newline:?}: {}", run.stdout);
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn usage_errors_exit_2_and_every_subcommand_has_help() {
    assert_eq!(errcodes(&["frobnicate"]).code, Some(2));
    assert_eq!(errcodes(&["check", "--format", "xml"]).code, Some(2));
    assert_eq!(errcodes(&["export"]).code, Some(2));
    for sub in ["check", "explain", "docs", "export"] {
        let run = errcodes(&[sub, "--help"]);
        assert_eq!(run.code, Some(0), "{sub}");
        assert!(
            run.stdout.contains("--catalog <PATH>"),
            "{sub}: {}",
            run.stdout
        );
    }
}

/// The text without ANSI colour sequences.
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A reader that stops early (`errcodes check | head -1`) ends the output
/// quietly: no panic about the closed pipe, the exit status of the check.
#[test]
fn a_closed_pipe_is_not_a_panic() {
    use std::fmt::Write as _;
    use std::io::{BufRead as _, BufReader};
    use std::process::{Command, Stdio};
    let mut catalog = String::from("codes:\n");
    for n in 0..20_000 {
        let _ = writeln!(catalog, "  - {{code: {n}, name: lower_{n}, message: x}}");
    }
    let dir = scratch("closed-pipe");
    std::fs::write(dir.join("codes.yaml"), catalog).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_errcodes"))
        .args(["check", "--catalog", "codes.yaml"])
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("codes.yaml:2:"), "{first}");
    // The reading end is closed here, with most of the output unread.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(1), "{stderr}");
}

/// Without `--catalog`, the command finds `codes.yaml` or
/// `errors/codes.yaml` in the current directory or a parent up to the
/// workspace root, and names the file when it is not `./codes.yaml`; with
/// none, its error names `--catalog`.
#[test]
fn finds_the_catalog_up_to_the_workspace_root() {
    let outside = std::env::temp_dir().join(format!("errcodes-find-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&outside);
    let member = outside.join("crates/orders/src");
    std::fs::create_dir_all(&member).unwrap();
    std::fs::create_dir_all(outside.join("errors")).unwrap();
    std::fs::write(
        outside.join("Cargo.toml"),
        "[workspace]\nmembers = [\"crates/*\"]\n",
    )
    .unwrap();
    std::fs::write(
        outside.join("errors/codes.yaml"),
        "codes:\n  - code: 7001\n    name: ORDER_NOT_FOUND\n    message: Order not found.\n",
    )
    .unwrap();
    let run = common::errcodes_in(&member, &["check"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stderr, "errcodes: reading ../../../errors/codes.yaml\n");
    assert_eq!(
        run.stdout,
        "../../../errors/codes.yaml: 1 codes, no problems\n"
    );
    let run = common::errcodes_in(&outside, &["explain", "7001"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.starts_with("7001 ORDER_NOT_FOUND"),
        "{}",
        run.stdout
    );

    // Outside any workspace, only the current directory is looked in.
    let none = std::env::temp_dir().join(format!("errcodes-none-{}", std::process::id()));
    std::fs::create_dir_all(&none).unwrap();
    let run = common::errcodes_in(&none, &["check"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("give its path with `--catalog PATH`"),
        "{}",
        run.stderr
    );
    let _ = std::fs::remove_dir_all(&outside);
    let _ = std::fs::remove_dir_all(&none);
}
