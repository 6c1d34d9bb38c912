//! `errcodes lock`, `lock --check`, `diff` and `check` against a ledger.

mod common;

use std::fs;
use std::path::Path;

use common::{errcodes_in, scratch};

const BASE: &str = "codes:
  - code: 1
    name: FIRST
    message: First.
    http: 404
  - code: 2
    name: SECOND
    message: Second.
  - code: 3
    name: THIRD
    message: Third.
reserved:
  - code: 9
    name: NINTH
";

fn write(dir: &Path, file: &str, text: &str) {
    fs::write(dir.join(file), text).expect("write");
}

/// `errcodes check` of `text` as `codes.yaml` in `dir` fails, its first
/// problem starting with `expected`.
fn check_fails_with(dir: &Path, text: &str, expected: &str) {
    write(dir, "codes.yaml", text);
    let run = errcodes_in(dir, &["check"]);
    assert_eq!(run.code, Some(1), "{text}");
    assert!(
        run.stdout.starts_with(expected),
        "{}\nexpected {expected}",
        run.stdout
    );
}

#[test]
fn lock_then_check_then_a_new_code() {
    let dir = scratch("lock");
    write(&dir, "codes.yaml", BASE);
    assert_eq!(
        errcodes_in(&dir, &["lock", "--check"]).code,
        Some(1),
        "no ledger yet"
    );
    let run = errcodes_in(&dir, &["lock"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let ledger = fs::read_to_string(dir.join("codes.lock")).expect("codes.lock");
    assert_eq!(
        ledger,
        "# errcodes ledger of codes.yaml: every published code (format 1). Update it with `errcodes lock`.\n\
         1 FIRST active http=404\n2 SECOND active\n3 THIRD active\n9 NINTH reserved\n"
    );
    assert_eq!(errcodes_in(&dir, &["lock", "--check"]).code, Some(0));

    // A new code builds, but CI insists it is recorded.
    write(
        &dir,
        "codes.yaml",
        &BASE.replace(
            "reserved:",
            "  - code: 4\n    name: FOURTH\n    message: Fourth.\nreserved:",
        ),
    );
    assert_eq!(errcodes_in(&dir, &["check"]).code, Some(0));
    let run = errcodes_in(&dir, &["lock", "--check"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("  codes.lock:5: added: 4 FOURTH active\n"),
        "{}",
        run.stderr
    );
    let run = errcodes_in(&dir, &["lock"]);
    assert_eq!(run.stdout, "codes.lock:5: added: 4 FOURTH active\n");
    assert_eq!(errcodes_in(&dir, &["lock", "--check"]).code, Some(0));

    // A message changing is not a ledger change.
    write(
        &dir,
        "codes.yaml",
        &BASE.replace("Second.", "Second, reworded.").replace(
            "reserved:",
            "  - code: 4\n    name: FOURTH\n    message: Fourth.\nreserved:",
        ),
    );
    assert_eq!(errcodes_in(&dir, &["lock", "--check"]).code, Some(0));
    fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_enforces_the_ledger() {
    let dir = scratch("enforce");
    write(&dir, "codes.yaml", BASE);
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(0));
    let cases = [
        (BASE.replace("  - code: 3\n    name: THIRD\n    message: Third.\n", ""), "codes.yaml:1:1: code 3 THIRD is published (codes.lock:4) but missing from the catalog"),
        (BASE.replace("name: SECOND", "name: SECOND_ONE"), "codes.yaml:7:11: code 2 was published as SECOND (codes.lock:3) and is now named SECOND_ONE"),
        (BASE.replace("http: 404", "http: 400"), "codes.yaml:5:11: code 1 FIRST was published with HTTP status 404 (codes.lock:2), now 400"),
    ];
    for (text, expected) in &cases {
        check_fails_with(&dir, text, expected);
    }
    // The fixes the messages suggest build.
    write(
        &dir,
        "codes.yaml",
        &BASE.replace("name: SECOND", "name: SECOND_ONE\n    aliases: [SECOND]"),
    );
    assert_eq!(errcodes_in(&dir, &["check"]).code, Some(0));
    write(
        &dir,
        "codes.yaml",
        &BASE
            .replace("  - code: 3\n    name: THIRD\n    message: Third.\n", "")
            .replace("reserved:", "reserved:\n  - code: 3\n    name: THIRD"),
    );
    assert_eq!(errcodes_in(&dir, &["check"]).code, Some(0));
    // A retired number used again.
    write(
        &dir,
        "codes.yaml",
        &BASE.replace(
            "reserved:\n  - code: 9\n    name: NINTH\n",
            "  - code: 9\n    name: NINE\n    message: Nine.\n",
        ),
    );
    let run = errcodes_in(&dir, &["check"]);
    assert!(
        run.stdout
            .contains("code 9 was published as NINTH and reserved (codes.lock:5); a published number is never used again"),
        "{}",
        run.stdout
    );
    fs::remove_dir_all(&dir).ok();
}

fn diff(dir: &Path, new: &str) -> (Option<i32>, Vec<(String, String)>) {
    write(dir, "new.yaml", new);
    let run = errcodes_in(dir, &["diff", "old.yaml", "new.yaml", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let changes = json["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_owned(),
                c["code"].to_string(),
            )
        })
        .collect();
    assert_eq!(json["breaking"], run.code == Some(1));
    (run.code, changes)
}

#[test]
fn diff_classifies_every_change() {
    let dir = scratch("diff");
    write(&dir, "old.yaml", BASE);
    let kinds = |changes: &[(String, String)]| {
        changes
            .iter()
            .map(|(k, c)| format!("{k} {c}"))
            .collect::<Vec<_>>()
    };
    let third = "  - code: 3\n    name: THIRD\n    message: Third.\n";
    let cases: Vec<(String, Option<i32>, Vec<&str>)> = vec![
        (BASE.to_owned(), Some(0), vec![]),
        (BASE.replace(third, ""), Some(1), vec!["removed 3"]),
        (
            BASE.replace("code: 3\n", "code: 30\n"),
            Some(1),
            vec!["renumbered 3"],
        ),
        (
            BASE.replace("name: SECOND", "name: SECOND_ONE"),
            Some(1),
            vec!["renamed 2"],
        ),
        (
            BASE.replace("http: 404", "http: 410"),
            Some(1),
            vec!["http-changed 1"],
        ),
        (
            BASE.replace(
                "reserved:\n  - code: 9\n    name: NINTH\n",
                "  - code: 9\n    name: NINE\n    message: Nine.\n",
            ),
            Some(1),
            vec!["reserved-reused 9"],
        ),
        (
            BASE.replace(
                "reserved:",
                "  - code: 4\n    name: FOURTH\n    message: Fourth.\nreserved:",
            ),
            Some(0),
            vec!["added 4"],
        ),
        (
            BASE.replace(third, "")
                .replace("reserved:", "reserved:\n  - code: 3\n    name: THIRD"),
            Some(0),
            vec!["retired 3"],
        ),
        (
            BASE.replace(
                "message: Third.",
                "message: Third.\n    deprecated: use FIRST",
            ),
            Some(0),
            vec!["deprecated 3"],
        ),
        (
            BASE.replace("name: SECOND", "name: SECOND_ONE\n    aliases: [SECOND]"),
            Some(0),
            vec!["renamed-with-alias 2"],
        ),
        (
            BASE.replace("name: SECOND", "name: SECOND\n    aliases: [ZWEI]"),
            Some(0),
            vec!["alias-added 2"],
        ),
        (
            BASE.replace("Second.", "Second!"),
            Some(0),
            vec!["message-changed 2"],
        ),
    ];
    for (new, code, expected) in cases {
        let (exit, changes) = diff(&dir, &new);
        assert_eq!(kinds(&changes), expected, "{new}");
        assert_eq!(exit, code, "{new}");
    }
    // Text output, and against the ledger.
    write(&dir, "new.yaml", &BASE.replace(third, ""));
    let run = errcodes_in(&dir, &["diff", "old.yaml", "new.yaml"]);
    assert!(
        run.stdout.starts_with("breaking   removed"),
        "{}",
        run.stdout
    );
    fs::copy(dir.join("old.yaml"), dir.join("codes.yaml")).unwrap();
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(0));
    write(&dir, "codes.yaml", &BASE.replace("http: 404", "http: 410"));
    let run = errcodes_in(&dir, &["diff", "--against-lock", "codes.yaml"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stdout.contains("http-changed"), "{}", run.stdout);
    fs::remove_dir_all(&dir).ok();
}

/// The ledger records each code's parameters: removing one or changing its
/// type breaks the build at the catalog's `params`, naming the ledger's
/// line; adding one is compatible. `diff` classifies all three.
#[test]
fn parameters_are_published() {
    const PARAMS: &str = "codes:
  - code: 4105
    name: REFUND_TOO_LARGE
    message: \"Refund of {amount} cents exceeds the remaining {remaining}.\"
    params:
      amount: u64
      remaining: u64
";
    let dir = scratch("params");
    write(&dir, "codes.yaml", PARAMS);
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(0));
    let ledger = fs::read_to_string(dir.join("codes.lock")).unwrap();
    assert!(
        ledger.contains("4105 REFUND_TOO_LARGE active params=amount:u64,remaining:u64\n"),
        "{ledger}"
    );
    let removed = PARAMS
        .replace(" exceeds the remaining {remaining}", " is too large")
        .replace("      remaining: u64\n", "");
    let retyped = PARAMS.replace("amount: u64", "amount: u32");
    let cases = [
        (&removed, "codes.yaml:6:7: code 4105 REFUND_TOO_LARGE was published with the parameter `remaining: u64` (codes.lock:2), which is gone"),
        (&retyped, "codes.yaml:6:7: code 4105 REFUND_TOO_LARGE was published with the parameter `amount: u64` (codes.lock:2), now `amount: u32`"),
    ];
    for (text, expected) in cases {
        check_fails_with(&dir, text, expected);
    }
    let added = PARAMS
        .replace("{remaining}.", "{remaining} (order {order}).")
        .replace(
            "      remaining: u64\n",
            "      remaining: u64\n      order: str\n",
        );
    write(&dir, "codes.yaml", &added);
    let run = errcodes_in(&dir, &["check"]);
    assert_eq!(run.code, Some(0), "{}", run.stdout);

    write(&dir, "old.yaml", PARAMS);
    for (new, code, kind) in [
        (&added, Some(0), "param-added 4105"),
        (&removed, Some(1), "param-removed 4105"),
        (&retyped, Some(1), "param-retyped 4105"),
    ] {
        let (status, changes) = diff(&dir, new);
        let kinds: Vec<String> = changes.iter().map(|(k, c)| format!("{k} {c}")).collect();
        assert!(kinds.iter().any(|k| k == kind), "{kinds:?}");
        assert_eq!(status, code, "{kinds:?}");
    }
    fs::remove_dir_all(&dir).ok();
}

/// Tags are not published: gaining or losing one (its own or through its
/// group) is a compatible change `diff` reports per code, and `lock` does
/// not record them.
#[test]
fn tag_changes_are_compatible() {
    const TAGGED: &str = "tags:
  retryable: {}
  network: {}
groups:
  storage: {tags: [retryable]}
codes:
  - code: 1
    name: ONE
    message: One.
    group: storage
  - code: 2
    name: TWO
    message: Two.
    tags: [network]
";
    let dir = scratch("tags");
    write(&dir, "codes.yaml", TAGGED);
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(0));
    let ledger = fs::read_to_string(dir.join("codes.lock")).unwrap();
    assert!(
        !ledger.contains("retryable") && !ledger.contains("network"),
        "{ledger}"
    );
    write(&dir, "old.yaml", TAGGED);
    // The group loses its tag; code 2 gains one of its own.
    let new = TAGGED
        .replace("storage: {tags: [retryable]}", "storage: {}")
        .replace("tags: [network]", "tags: [retryable, network]");
    let (status, changes) = diff(&dir, &new);
    let kinds: Vec<String> = changes.iter().map(|(k, c)| format!("{k} {c}")).collect();
    assert_eq!(kinds, ["tag-removed 1", "tag-added 2"]);
    assert_eq!(status, Some(0));
    // The ledger still accepts it.
    write(&dir, "codes.yaml", &new);
    assert_eq!(errcodes_in(&dir, &["lock", "--check"]).code, Some(0));
    fs::remove_dir_all(&dir).ok();
}

#[test]
fn lock_says_what_it_changed_and_nothing_else() {
    let dir = scratch("lock-says");
    write(&dir, "codes.yaml", BASE);
    let run = errcodes_in(&dir, &["lock"]);
    assert_eq!(
        run.stdout,
        "codes.lock:2: added: 1 FIRST active http=404\n\
         codes.lock:3: added: 2 SECOND active\n\
         codes.lock:4: added: 3 THIRD active\n\
         codes.lock:5: added: 9 NINTH reserved\n"
    );
    // Nothing changed: nothing said.
    let run = errcodes_in(&dir, &["lock"]);
    assert_eq!((run.code, run.stdout.as_str()), (Some(0), ""));
    // A rename with an alias, a new status and a deprecation are changes;
    // a removed code retires.
    write(
        &dir,
        "codes.yaml",
        &BASE
            .replace(
                "name: SECOND",
                "name: SECOND_ONE\n    aliases: [SECOND]\n    deprecated: use FIRST",
            )
            .replace("http: 404", "http: 410")
            .replace("  - code: 3\n    name: THIRD\n    message: Third.\n", ""),
    );
    let expected = "codes.lock:2: changed: 1 FIRST active http=410 (was: 1 FIRST active http=404)\n\
                    codes.lock:3: changed: 2 SECOND_ONE deprecated aliases=SECOND (was: 2 SECOND active)\n\
                    codes.lock:4: retired: 3 THIRD removed (was: 3 THIRD active)\n";
    let run = errcodes_in(&dir, &["lock", "--check"]);
    assert_eq!(run.code, Some(1));
    let listed: String = run
        .stderr
        .lines()
        .filter_map(|line| line.strip_prefix("  "))
        .map(|line| format!("{line}\n"))
        .collect();
    assert_eq!(listed, expected, "{}", run.stderr);
    let run = errcodes_in(&dir, &["lock"]);
    assert_eq!(run.stdout, expected);
    assert_eq!(errcodes_in(&dir, &["lock", "--check"]).code, Some(0));
    fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_published_number_or_name_never_returns() {
    let dir = scratch("never-returns");
    write(&dir, "codes.yaml", BASE);
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(0));
    // Removing THIRD is refused until the removal is locked ...
    let removed = BASE.replace("  - code: 3\n    name: THIRD\n    message: Third.\n", "");
    check_fails_with(
        &dir,
        &removed,
        "codes.yaml:1:1: code 3 THIRD is published (codes.lock:4) but missing from the catalog; list it under `reserved:`",
    );
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(0));
    assert_eq!(errcodes_in(&dir, &["check"]).code, Some(0));
    let ledger = fs::read_to_string(dir.join("codes.lock")).expect("codes.lock");
    assert!(ledger.contains("\n3 THIRD removed\n"), "{ledger}");

    // ... and then its number and its name never come back, by any way.
    let reuse_number = removed.replace(
        "reserved:",
        "  - code: 3\n    name: DISPUTED\n    message: Disputed.\nreserved:",
    );
    let reuse_name = removed.replace(
        "reserved:",
        "  - code: 4\n    name: THIRD\n    message: Third again.\nreserved:",
    );
    let reuse_as_alias = removed.replace("name: SECOND", "name: SECOND\n    aliases: [THIRD]");
    let reuse_reserved_name = removed.replace(
        "name: SECOND",
        "name: SECOND_ONE\n    aliases: [NINTH, SECOND]",
    );
    let cases = [
        (&reuse_number, "codes.yaml:9:11: code 3 was published as THIRD and removed (codes.lock:4); a published number is never used again"),
        (&reuse_name, "codes.yaml:10:11: name THIRD was published for code 3 and retired (codes.lock:4)"),
        (&reuse_as_alias, "codes.yaml:7:11: name THIRD was published for code 3 and retired (codes.lock:4)"),
        (&reuse_reserved_name, "codes.yaml:7:11: name NINTH was published for code 9 and retired (codes.lock:5)"),
    ];
    for (text, expected) in cases {
        check_fails_with(&dir, text, expected);
        for args in [&["lock"][..], &["lock", "--check"]] {
            let run = errcodes_in(&dir, args);
            assert_eq!(run.code, Some(1), "{args:?} {text}");
            assert!(run.stderr.contains(expected), "{}", run.stderr);
        }
        let after = fs::read_to_string(dir.join("codes.lock")).expect("codes.lock");
        assert_eq!(after, ledger, "lock wrote nothing");
    }

    // Deleting the retired number from `reserved:` keeps it retired.
    write(
        &dir,
        "codes.yaml",
        &removed.replace("reserved:\n  - code: 9\n    name: NINTH\n", ""),
    );
    assert_eq!(errcodes_in(&dir, &["lock"]).stdout, "");
    let again = fs::read_to_string(dir.join("codes.lock")).expect("codes.lock");
    assert_eq!(again, ledger);
    // A renumbering retires the old number; the name lives on at the new one.
    write(
        &dir,
        "codes.yaml",
        &removed.replace("code: 2\n", "code: 5\n"),
    );
    let run = errcodes_in(&dir, &["lock"]);
    assert_eq!(
        run.stdout,
        "codes.lock:3: retired: 2 SECOND removed (was: 2 SECOND active)\n\
         codes.lock:5: added: 5 SECOND active\n"
    );
    assert_eq!(errcodes_in(&dir, &["check"]).code, Some(0));
    check_fails_with(
        &dir,
        &removed
            .replace("code: 2\n", "code: 5\n")
            .replace("code: 1\n", "code: 2\n"),
        "codes.yaml:2:11: code 2 was published as SECOND and removed (codes.lock:3)",
    );
    fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_former_name_stays_with_its_number() {
    let dir = scratch("former-names");
    write(&dir, "codes.yaml", BASE);
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(0));
    let ledger_has = |line: &str| {
        let ledger = fs::read_to_string(dir.join("codes.lock")).expect("codes.lock");
        assert!(ledger.contains(line), "{line}\n{ledger}");
    };

    // A swap is no renumbering: each number would come back for another code.
    let swapped = BASE
        .replace("name: FIRST", "name: TEMP")
        .replace("name: SECOND", "name: FIRST")
        .replace("name: TEMP", "name: SECOND");
    check_fails_with(
        &dir,
        &swapped,
        "codes.yaml:3:11: name SECOND was published for code 2 (codes.lock:3), which is still in the catalog",
    );
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(1));

    // A rename without an alias, accepted: the old name retires with its
    // number, and no other code may take it.
    let renamed = BASE.replace("name: SECOND", "name: SECOND_ONE");
    write(&dir, "codes.yaml", &renamed);
    let run = errcodes_in(&dir, &["lock"]);
    assert_eq!(
        run.stdout,
        "codes.lock:3: changed: 2 SECOND_ONE active retired=SECOND (was: 2 SECOND active)\n"
    );
    ledger_has("\n2 SECOND_ONE active retired=SECOND\n");
    let taken = renamed.replace(
        "reserved:",
        "  - code: 4\n    name: SECOND\n    message: Again.\nreserved:",
    );
    check_fails_with(
        &dir,
        &taken,
        "codes.yaml:13:11: name SECOND was published for code 2 and retired (codes.lock:3)",
    );
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(1));
    // Its own number may take it back (a rename again, which lock accepts).
    write(&dir, "codes.yaml", BASE);
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(0));
    ledger_has("\n2 SECOND active retired=SECOND_ONE\n");

    // An alias dropped is a break; accepted, it retires too.
    write(
        &dir,
        "codes.yaml",
        &BASE.replace("name: THIRD", "name: THIRD\n    aliases: [OLD_THIRD]"),
    );
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(0));
    check_fails_with(
        &dir,
        BASE,
        "codes.yaml:10:11: code 3 THIRD was published with the former name OLD_THIRD (codes.lock:4), which it no longer answers to",
    );
    assert_eq!(errcodes_in(&dir, &["lock"]).code, Some(0));
    ledger_has("\n3 THIRD active retired=OLD_THIRD\n");
    check_fails_with(
        &dir,
        &BASE.replace("name: FIRST", "name: FIRST\n    aliases: [OLD_THIRD]"),
        "codes.yaml:3:11: name OLD_THIRD was published for code 3 and retired (codes.lock:4)",
    );
    fs::remove_dir_all(&dir).ok();
}
