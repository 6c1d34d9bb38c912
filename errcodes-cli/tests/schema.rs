//! The catalog format's JSON Schema, judged by a real validator (Python's
//! `jsonschema`, draft-07): it accepts every valid catalog of the
//! repository, a generated 10,000-code catalog in both styles, a catalog
//! whose every optional field is empty, and what `errcodes init` writes; it
//! rejects each UI case whose mistake is one of shape, and accepts those
//! whose mistake needs the whole catalog. Also `errcodes schema --check`,
//! and `init` → `check` → `lock --check` in an empty directory.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{errcodes, errcodes_in, files, must_run, root, scratch, tool};
use errcodes_bench::synth::{self, Shape, Style};
use errcodes_catalog::Level;

/// UI cases whose mistake is one of shape: the schema rejects each.
const SHAPE: &[&str] = &[
    "alias-is-a-name",
    "docs-url-javascript",
    "bom-error-on-line-1",
    "code-above-u32-max",
    "code-as-float",
    "code-as-string",
    "code-negative",
    "codes-empty",
    "codes-missing",
    "default-http-out-of-range",
    "docs-url-not-absolute",
    "docs-url-unknown-placeholder",
    "file-empty",
    "file-not-mapping",
    "grpc-domain-with-spaces",
    "grpc-ok",
    "grpc-status-lowercase",
    "grpc-unknown-status",
    "http-as-string",
    "http-out-of-range",
    "many-problems",
    "message-as-list",
    "missing-code",
    "missing-message",
    "missing-name",
    "name-becomes-keyword",
    "name-not-upper-snake",
    "name-starts-with-digit",
    "param-name-keyword",
    "param-name-wire-member",
    "param-name-not-snake",
    "param-unknown-type",
    "tag-key-not-snake-case",
    "tag-listed-twice",
    "tag-unknown-field",
    "tag-wire-not-a-boolean",
    "unknown-field",
    "unknown-top-level-field",
];

/// UI cases the schema accepts: their mistake needs the whole catalog (or
/// its ledger), which only the pipeline sees.
const WHOLE: &[&str] = &[
    "also-undeclared-param",
    "params-same-in-lower-camel-case",
    "duplicate-code",
    "duplicate-name",
    "group-not-declared",
    "grpc-reason-too-long",
    "language-missing",
    "language-not-declared",
    "ledger-code-missing",
    "ledger-http-changed",
    "ledger-malformed",
    "ledger-renamed-without-alias",
    "ledger-renumbered",
    "ledger-reserved-reused",
    "ledger-retired-name-reused",
    "ledger-retired-number-reused",
    "title-names-a-parameter",
    "names-collide-after-case-conversion",
    "param-undeclared",
    "param-unused",
    "parent-numbers-differ",
    "parent-numbers-differ-parent",
    "range-code-outside",
    "range-overlap",
    "reserved-code-reused",
    "tag-not-declared",
    "tag-without-tags-section",
    "template-adjacent-placeholders",
    "template-format-spec",
    "template-lone-closing-brace",
    "template-unclosed-brace",
    "translation-missing-param",
    "translation-undeclared-language",
];

/// UI cases the schema accepts although their mistake is one of shape: in
/// JSON, `1.0` and `1` are the same number (draft-07's `integer` takes both).
const SAME_IN_JSON: &[&str] = &["code-as-whole-decimal", "http-as-decimal"];

/// UI cases that are not a document a schema sees: the YAML itself is
/// broken (an editor's YAML support underlines these before any schema).
const NOT_JSON: &[&str] = &[
    "yaml-error-then-used",
    "colon-in-plain-message",
    "duplicate-key-in-mapping",
    "lone-surrogate-escape",
    "raw-control-character",
    "file-not-utf8",
    "group-declared-twice",
    "param-declared-twice",
    "tag-declared-twice",
    "translation-language-twice",
    "yaml-bad-indentation",
    "yaml-tab-indentation",
    "yaml-tag",
    "yaml-unclosed-quote",
];

/// A YAML document as JSON, as an editor's YAML support hands it to the
/// schema (a byte-order mark is not content); `None` when it is not one.
fn as_json(bytes: &[u8]) -> Option<serde_json::Value> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    if has_tag(&value) {
        return None;
    }
    serde_json::to_value(value).ok()
}

fn has_tag(value: &serde_yaml::Value) -> bool {
    match value {
        serde_yaml::Value::Tagged(_) => true,
        serde_yaml::Value::Sequence(items) => items.iter().any(has_tag),
        serde_yaml::Value::Mapping(pairs) => pairs.iter().any(|(k, v)| has_tag(k) || has_tag(v)),
        _ => false,
    }
}

/// A catalog whose every optional field, at every level, is written with
/// nothing after it: valid for the pipeline (empty counts as absent), so
/// the schema must take `null` for each.
fn empty_optionals() -> String {
    let empty = |level: Level, indent: &str| -> String {
        level
            .fields()
            .iter()
            .filter(|field| !field.required)
            .map(|field| format!("{indent}{}:\n", field.key))
            .collect()
    };
    let mut text = empty(Level::Top, "")
        .replace("tags:\n", "")
        .replace("groups:\n", "")
        .replace("reserved:\n", "");
    text.push_str("tags:\n  bare:\n  empty:\n");
    text.push_str(&empty(Level::Tag, "    "));
    text.push_str("groups:\n  bare:\n  empty:\n");
    text.push_str(&empty(Level::Group, "    "));
    text.push_str("reserved:\n  - code: 9\n");
    text.push_str(&empty(Level::Reserved, "    "));
    text.push_str("codes:\n  - code: 1\n    name: FIRST\n    message: First.\n");
    text.push_str(&empty(Level::Code, "    "));
    text
}

#[test]
fn the_committed_schema_is_current() {
    let committed = fs::read_to_string(root().join("codes.schema.json")).unwrap();
    assert!(
        committed == errcodes_catalog::schema(),
        "codes.schema.json is out of date; run `errcodes schema --out codes.schema.json`"
    );
    let run = errcodes(&["schema", "--check", "codes.schema.json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stdout, "codes.schema.json is up to date\n");

    let dir = scratch("schema-check");
    let stale = committed.replacen("\"minItems\": 1", "\"minItems\": 0", 1);
    fs::write(dir.join("stale.json"), &stale).unwrap();
    let run = errcodes_in(&dir, &["schema", "--check", "stale.json"]);
    assert_eq!(run.code, Some(1));
    let line = committed
        .lines()
        .position(|l| l.contains("\"minItems\": 1"))
        .unwrap()
        + 1;
    assert_eq!(
        run.stderr,
        format!("errcodes: stale.json differs from the schema this version writes (from line {line}); run `errcodes schema --out stale.json` and commit it\n")
    );
    let run = errcodes_in(&dir, &["schema", "--check", "missing.json"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("cannot read missing.json"),
        "{}",
        run.stderr
    );

    let run = errcodes_in(&dir, &["schema", "--out", "written.json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        fs::read_to_string(dir.join("written.json")).unwrap(),
        committed
    );
    assert_eq!(errcodes(&["schema"]).stdout, committed);
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn the_schema_holds_every_field_of_the_field_table() {
    let schema: serde_json::Value = serde_json::from_str(&errcodes_catalog::schema()).unwrap();
    let code = &schema["properties"]["codes"]["items"];
    let levels = [
        (Level::Top, &schema),
        (Level::Code, code),
        (
            Level::Group,
            &schema["properties"]["groups"]["additionalProperties"],
        ),
        (
            Level::Tag,
            &schema["properties"]["tags"]["additionalProperties"],
        ),
        (Level::Reserved, &schema["properties"]["reserved"]["items"]),
    ];
    for (level, entry) in levels {
        assert_eq!(entry["additionalProperties"], false, "{level:?}");
        let properties = entry["properties"].as_object().expect("properties");
        let keys: Vec<&str> = level.fields().iter().map(|f| f.key).collect();
        assert_eq!(
            properties.keys().map(String::as_str).collect::<Vec<_>>(),
            keys,
            "{level:?}"
        );
        let required: Vec<&str> = level
            .fields()
            .iter()
            .filter(|f| f.required)
            .map(|f| f.key)
            .collect();
        let listed: Vec<&str> = entry["required"]
            .as_array()
            .map(|r| r.iter().map(|k| k.as_str().unwrap()).collect())
            .unwrap_or_default();
        assert_eq!(listed, required, "{level:?}");
        for field in level.fields() {
            let property = &properties[field.key];
            assert_eq!(
                property["description"], field.description,
                "{level:?} {}",
                field.key
            );
            assert_eq!(
                property["examples"].as_array().map(Vec::len),
                Some(1),
                "{}",
                field.key
            );
        }
    }
    assert_eq!(code["properties"]["http"]["minimum"], 100);
    assert_eq!(code["properties"]["http"]["maximum"], 599);
    assert_eq!(code["properties"]["code"]["maximum"], u64::from(u32::MAX));
    let grpc = code["properties"]["grpc"]["enum"].as_array().unwrap();
    assert_eq!(grpc.len(), 17, "16 statuses and null");
    assert!(!grpc.contains(&"OK".into()));
}

#[test]
fn a_real_validator_gives_the_verdicts() {
    let Some(python) = tool(
        "ERRCODES_PYTHON",
        "python3",
        &["-c", "import jsonschema.validators"],
    ) else {
        return;
    };
    let dir = scratch("schema-verdicts");
    fs::write(dir.join("codes.schema.json"), errcodes_catalog::schema()).unwrap();

    // Valid catalogs: each passes the pipeline, so the schema must take it.
    let mut valid: Vec<(String, String)> = Vec::new();
    let add_file = |valid: &mut Vec<(String, String)>, path: &Path| {
        let name = path
            .strip_prefix(root())
            .unwrap_or(path)
            .display()
            .to_string();
        valid.push((name, fs::read_to_string(path).unwrap()));
    };
    add_file(&mut valid, &root().join("codes.yaml"));
    add_file(
        &mut valid,
        &root().join("examples/services/catalog/errors.yaml"),
    );
    for dir in ["tests/catalogs", "errcodes-cli/tests/catalogs"] {
        for path in files(&root().join(dir), "yaml") {
            add_file(&mut valid, &path);
        }
    }
    let init = scratch("schema-init");
    let run = errcodes_in(&init, &["init"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    add_file(&mut valid, &init.join("codes.yaml"));
    for style in [Style::Block, Style::Flow] {
        let name = format!("synth-10000-gaps-{style:?}");
        valid.push((name, synth::written(10_000, Shape::Gaps, style)));
    }
    valid.push(("empty-optionals".to_owned(), empty_optionals()));

    let mut documents: Vec<(String, &str)> = Vec::new();
    for (i, (name, text)) in valid.iter().enumerate() {
        let checked = errcodes_catalog::check(name, text);
        assert!(
            checked.diagnostics.is_empty(),
            "{name}: {}",
            checked.diagnostics[0]
        );
        let json = as_json(text.as_bytes()).unwrap_or_else(|| panic!("{name} is JSON"));
        let file = format!("valid-{i}-{}.json", name.replace(['/', '.'], "-"));
        fs::write(dir.join(&file), json.to_string()).unwrap();
        documents.push((file, "valid"));
    }

    // The UI cases: every one is listed, and each list's verdict holds.
    let lists = [SHAPE, WHOLE, SAME_IN_JSON, NOT_JSON];
    let mut cases = Vec::new();
    for path in files(&root().join("tests/ui"), "yaml") {
        let case = path.file_stem().unwrap().to_string_lossy().into_owned();
        let listed = lists
            .iter()
            .filter(|list| list.contains(&case.as_str()))
            .count();
        assert_eq!(listed, 1, "UI case {case} is in {listed} lists; put it in one of SHAPE, WHOLE, SAME_IN_JSON, NOT_JSON");
        let bytes = fs::read(&path).unwrap();
        let json = as_json(&bytes);
        if NOT_JSON.contains(&case.as_str()) {
            assert!(
                json.is_none(),
                "{case} reads as JSON; list it by its verdict"
            );
            continue;
        }
        let json = json.unwrap_or_else(|| panic!("{case} does not read as JSON"));
        let file = format!("ui-{case}.json");
        fs::write(dir.join(&file), json.to_string()).unwrap();
        let expected = if SHAPE.contains(&case.as_str()) {
            "invalid"
        } else {
            "valid"
        };
        documents.push((file, expected));
        cases.push(case);
    }
    for list in lists {
        for case in list {
            assert!(
                root().join(format!("tests/ui/{case}.yaml")).is_file(),
                "{case} is listed but is not a UI case"
            );
        }
    }

    fs::write(dir.join("validate.py"), include_str!("schema/validate.py")).unwrap();
    let mut command = Command::new(&python);
    command
        .arg("validate.py")
        .arg("codes.schema.json")
        .current_dir(&dir);
    for (file, _) in &documents {
        command.arg(file);
    }
    let out = must_run(&mut command, "validate.py");
    let mut verdicts = out.lines();
    for (file, expected) in &documents {
        let line = verdicts.next().expect("a verdict per document");
        let mut parts = line.split('\t');
        assert_eq!(parts.next(), Some(file.as_str()));
        let verdict = parts.next().unwrap_or_default();
        assert_eq!(verdict, *expected, "{file}: {line}");
    }
    let rest: Vec<&str> = verdicts.collect();
    assert!(
        rest.is_empty(),
        "examples the schema rejects:\n{}",
        rest.join("\n")
    );
    assert!(cases.len() > 60, "only {} UI cases judged", cases.len());
    let _ = fs::remove_dir_all(dir);
    let _ = fs::remove_dir_all(init);
}

#[test]
fn init_then_check_then_lock_check_in_an_empty_directory() {
    let dir = scratch("init");
    let run = errcodes_in(&dir, &["init"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let catalog = fs::read_to_string(dir.join("codes.yaml")).unwrap();
    assert!(catalog.starts_with("# yaml-language-server: $schema=codes.schema.json\n"));
    assert_eq!(
        fs::read_to_string(dir.join("codes.schema.json")).unwrap(),
        errcodes_catalog::schema()
    );
    let run = errcodes_in(&dir, &["check"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (Some(0), "codes.yaml: 2 codes, no problems\n")
    );
    // Nothing is published: replacing the starter codes is an edit like
    // any other, and the ledger comes with the first `lock`.
    assert!(!dir.join("codes.lock").exists());
    let starter = catalog.clone();
    let replaced = starter.split("codes:\n").next().unwrap().to_owned()
        + "codes:\n  - code: 7001\n    name: ORDER_NOT_FOUND\n    message: Order not found.\n";
    fs::write(dir.join("codes.yaml"), &replaced).unwrap();
    let run = errcodes_in(&dir, &["check"]);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    let run = errcodes_in(&dir, &["lock", "--check"]);
    assert_eq!(run.code, Some(1), "no ledger yet: {}", run.stdout);
    let run = errcodes_in(&dir, &["lock"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let run = errcodes_in(&dir, &["lock", "--check"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);

    // A second `init` changes nothing and says which files are in the way,
    // a ledger among them.
    fs::write(dir.join("codes.yaml"), "edited").unwrap();
    let run = errcodes_in(&dir, &["init"]);
    assert_eq!(run.code, Some(1));
    assert_eq!(
        run.stderr,
        "errcodes: codes.yaml, codes.lock already exist; init writes only new files (remove them, or give another `--catalog` path)\n"
    );
    assert_eq!(
        fs::read_to_string(dir.join("codes.yaml")).unwrap(),
        "edited"
    );

    // Another catalog in the same directory shares the schema; one in a new
    // directory gets its own.
    let run = errcodes_in(&dir, &["init", "--catalog", "billing.yaml"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("kept codes.schema.json"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("no ledger yet: nothing is published; when the first codes ship, `errcodes lock --catalog billing.yaml` writes billing.lock"),
        "{}",
        run.stdout
    );
    assert!(!dir.join("billing.lock").exists());
    let run = errcodes_in(&dir, &["init", "--catalog", "errors/api.yaml"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    for file in ["errors/api.yaml", "errors/codes.schema.json"] {
        assert!(dir.join(file).is_file(), "{file}");
    }
    let run = errcodes_in(&dir, &["check", "--catalog", "errors/api.yaml"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);

    // A schema file of another version is not overwritten.
    let other = scratch("init-other-schema");
    fs::write(other.join("codes.schema.json"), "{}").unwrap();
    let run = errcodes_in(&other, &["init"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .starts_with("errcodes: codes.schema.json already exists;"),
        "{}",
        run.stderr
    );
    assert!(!other.join("codes.yaml").exists());
    let _ = fs::remove_dir_all(dir);
    let _ = fs::remove_dir_all(other);
}

/// The schema's patterns read the same in JavaScript (which editors run,
/// with and without the `u` flag) as in Python's validator: every pattern
/// compiles, and each gives the same verdict on names, keys, URLs and
/// domains good and bad.
#[test]
fn patterns_read_alike_in_javascript_and_python() {
    let Some(node) = tool("ERRCODES_NODE", "node", &["--version"]) else {
        return;
    };
    let Some(python) = tool("ERRCODES_PYTHON", "python3", &["--version"]) else {
        return;
    };
    let dir = scratch("schema-patterns");
    fs::write(dir.join("codes.schema.json"), errcodes_catalog::schema()).unwrap();
    let samples = [
        "OBJECT_NOT_FOUND",
        "A",
        "A__B",
        "A_",
        "_A",
        "1A",
        "ÉTÉ",
        "a",
        "retryable",
        "max_2",
        "realtime.session",
        "push-v2",
        "a..b",
        "Real Time",
        "en",
        "pt-BR",
        "zh-Hans-CN",
        "e",
        "abcdefghi",
        "https://docs.example.com/errors/{code}",
        "https://x/{name}.html",
        "https://x/{id}",
        "/errors/{code}",
        "h:a b",
        "h:a\u{3000}b",
        "billing.example.com",
        "billing example",
        "a\u{7f}b",
        "a\u{feff}b",
        "a\u{2028}b",
        "",
        "a\nb",
    ];
    fs::write(
        dir.join("samples.json"),
        serde_json::to_string(&samples).unwrap(),
    )
    .unwrap();
    let js = r#"
const fs = require("fs");
const schema = JSON.parse(fs.readFileSync("codes.schema.json", "utf8"));
const samples = JSON.parse(fs.readFileSync("samples.json", "utf8"));
const patterns = new Set();
(function walk(n) {
  if (n && typeof n === "object") {
    for (const [k, v] of Object.entries(n)) { if (k === "pattern") patterns.add(v); else walk(v); }
  }
})(schema);
for (const p of [...patterns].sort()) {
  const plain = new RegExp(p), unicode = new RegExp(p, "u");
  for (const s of samples) {
    if (plain.test(s) !== unicode.test(s)) throw new Error(`${p} differs with u on ${JSON.stringify(s)}`);
    console.log(unicode.test(s) ? 1 : 0);
  }
}
"#;
    let py = r#"
import json, re
schema = json.load(open("codes.schema.json", encoding="utf-8"))
samples = json.load(open("samples.json", encoding="utf-8"))
patterns = set()
def walk(n):
    if isinstance(n, dict):
        for k, v in n.items():
            if k == "pattern": patterns.add(v)
            else: walk(v)
    elif isinstance(n, list):
        for v in n: walk(v)
walk(schema)
for p in sorted(patterns, key=lambda p: p.encode("utf-16-be")):
    for s in samples:
        print(1 if re.search(p, s) else 0)
"#;
    fs::write(dir.join("patterns.js"), js).unwrap();
    fs::write(dir.join("patterns.py"), py).unwrap();
    let from_js = must_run(
        Command::new(node).arg("patterns.js").current_dir(&dir),
        "node",
    );
    let from_py = must_run(
        Command::new(python).arg("patterns.py").current_dir(&dir),
        "python3",
    );
    let patterns = 6;
    assert_eq!(from_js.lines().count(), patterns * samples.len());
    assert_eq!(from_js, from_py);
    assert!(from_js.contains('1') && from_js.contains('0'));
    let _ = fs::remove_dir_all(dir);
}
