//! `errcodes export --format openapi`: the documents of the LeanCloud
//! catalog, the shop, the catalog of values, a subset and a generated
//! catalog of 10,000 codes pass `openapi-spec-validator` and `redocly lint`
//! with no error, in 3.1 and 3.0; every example problem validates against
//! its schema (Python's `jsonschema`); every code is in the enum and an
//! example of its status, and nothing else is.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{errcodes, must_run, root, scratch, tool};
use serde_json::Value;

/// `redocly`: `ERRCODES_REDOCLY`, the copy `.ci/run` installs, or `PATH`'s.
fn redocly() -> Option<PathBuf> {
    let local = root().join("target/tools/node_modules/.bin/redocly");
    if std::env::var_os("ERRCODES_REDOCLY").is_none() && local.is_file() {
        return Some(local);
    }
    tool("ERRCODES_REDOCLY", "redocly", &["--version"])
}

/// `python3`, when it can import `module`.
fn python_with(module: &str) -> Option<PathBuf> {
    let python = tool("ERRCODES_PYTHON", "python3", &["--version"])?;
    let found = Command::new(&python)
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found || std::env::var_os("ERRCODES_REQUIRE_TOOLS").is_none(),
        "python3 cannot import {module} (pip install {})",
        module.replace('_', "-")
    );
    found.then_some(python)
}

/// Validates every example problem against the schema of its code.
const EXAMPLES: &str = r##"
import json, sys
import jsonschema

doc = json.load(open(sys.argv[1], encoding="utf-8"))
schemas = doc["components"]["schemas"]
text = json.dumps(schemas).replace("#/components/schemas/", "#/$defs/")
defs = json.loads(text)
checked = 0
for name, response in doc["components"]["responses"].items():
    for key, example in response["content"]["application/problem+json"]["examples"].items():
        variant = "".join(w.capitalize() for w in key.split("_"))
        target = variant + "Problem" if variant + "Problem" in defs else "Problem"
        schema = {"$defs": defs, "$ref": "#/$defs/" + target}
        jsonschema.validators.Draft202012Validator(schema).validate(example["value"])
        assert example["value"]["status"] == int(name[len("Problem"):]), (name, key)
        checked += 1
print(checked)
"##;

fn document(dir: &Path, name: &str, args: &[&str]) -> (PathBuf, Value) {
    let mut all = vec!["export", "--format", "openapi"];
    all.extend_from_slice(args);
    let run = errcodes(&all);
    assert_eq!(run.code, Some(0), "{name}: {}", run.stderr);
    let file = dir.join(format!("{name}.json"));
    fs::write(&file, &run.stdout).unwrap();
    (file, serde_json::from_str(&run.stdout).unwrap())
}

/// The numbers of the codes the JSON export of `args` has.
fn numbers(args: &[&str]) -> Vec<u64> {
    let mut all = vec!["export", "--format", "json"];
    all.extend_from_slice(args);
    let run = errcodes(&all);
    let model: Value = serde_json::from_str(&run.stdout).unwrap();
    model["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_u64().unwrap())
        .collect()
}

#[test]
fn documents_pass_two_validators_and_their_examples_validate() {
    let dir = scratch("openapi");
    let generated = dir.join("generated.yaml");
    fs::write(
        &generated,
        errcodes_bench::synth::written(
            10_000,
            errcodes_bench::synth::Shape::Gaps,
            errcodes_bench::synth::Style::Block,
        ),
    )
    .unwrap();
    let generated = generated.display().to_string();
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("leancloud", vec!["--catalog", "codes.yaml"]),
        (
            "leancloud-3.0",
            vec!["--catalog", "codes.yaml", "--openapi", "3.0"],
        ),
        ("shop", vec!["--catalog", "tests/catalogs/shop.yaml"]),
        ("values", vec!["--catalog", "tests/catalogs/params.yaml"]),
        (
            "values-3.0",
            vec![
                "--catalog",
                "tests/catalogs/params.yaml",
                "--openapi",
                "3.0",
            ],
        ),
        ("tags", vec!["--catalog", "tests/catalogs/tags.yaml"]),
        (
            "subset",
            vec![
                "--catalog",
                "codes.yaml",
                "--groups",
                "storage",
                "--exclude",
                "101",
            ],
        ),
        ("generated", vec!["--catalog", generated.as_str()]),
    ];
    let validator = python_with("openapi_spec_validator");
    let checker = python_with("jsonschema");
    let redocly = redocly();
    fs::write(dir.join("examples.py"), EXAMPLES).unwrap();
    for (name, args) in &cases {
        let (file, doc) = document(&dir, name, args);
        // Every code is in the enum and is one example, of its status.
        let args: Vec<&str> = args
            .iter()
            .filter(|a| **a != "--openapi" && **a != "3.0")
            .copied()
            .collect();
        let want = numbers(&args);
        let listed: Vec<u64> = doc["components"]["schemas"]["ErrorCode"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_u64().unwrap())
            .collect();
        assert_eq!(listed, want, "{name}: the enum");
        let mut examples: Vec<u64> = doc["components"]["responses"]
            .as_object()
            .unwrap()
            .values()
            .flat_map(|r| {
                r["content"]["application/problem+json"]["examples"]
                    .as_object()
                    .unwrap()
                    .values()
                    .map(|e| e["value"]["code"].as_u64().unwrap())
                    .collect::<Vec<_>>()
            })
            .collect();
        examples.sort_unstable();
        assert_eq!(examples, want, "{name}: the examples");
        if let Some(python) = &validator {
            must_run(
                Command::new(python)
                    .args(["-m", "openapi_spec_validator"])
                    .arg(&file),
                &format!("openapi-spec-validator on {name}"),
            );
        }
        if let Some(python) = &checker {
            let out = must_run(
                Command::new(python).arg(dir.join("examples.py")).arg(&file),
                &format!("the examples of {name}"),
            );
            assert_eq!(out.trim().parse::<usize>().unwrap(), want.len(), "{name}");
        }
        if let Some(redocly) = &redocly {
            must_run(
                Command::new(redocly)
                    .args(["lint", "--format=summary"])
                    .arg(&file)
                    .env("REDOCLY_TELEMETRY", "off")
                    .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
                    .current_dir(&dir),
                &format!("redocly lint on {name}"),
            );
        }
    }
    fs::remove_dir_all(&dir).ok();
}

#[test]
fn values_are_typed_members_and_examples_carry_them() {
    let dir = scratch("openapi-values");
    let (_, doc) = document(&dir, "values", &["--catalog", "tests/catalogs/params.yaml"]);
    let schema = &doc["components"]["schemas"]["RefundTooLargeProblem"]["allOf"][1];
    assert_eq!(schema["properties"]["amount"]["type"], "integer");
    assert_eq!(
        schema["required"],
        serde_json::json!(["amount", "remaining"])
    );
    let example = &doc["components"]["responses"]["Problem422"]["content"]
        ["application/problem+json"]["examples"]["REFUND_TOO_LARGE"]["value"];
    assert_eq!(
        example["detail"],
        "Refund of 42 cents exceeds the remaining 42."
    );
    assert_eq!(example["title"], "Refund too large");
    assert_eq!(example["amount"], 42);
    let deprecated = &doc["components"]["schemas"]["ErrorCode"]["x-enum-deprecated"];
    assert_eq!(deprecated, &serde_json::json!(["RETRY_LATER"]));
    // A selection mistake is the macro's error.
    let run = errcodes(&["export", "--format", "openapi", "--groups", "storag"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("the catalog has no group `storag`; did you mean `storage`?"),
        "{}",
        run.stderr
    );
    fs::remove_dir_all(&dir).ok();
}

/// A client generated from the document by `openapi-python-client` names
/// the code enum's members after the catalog (`x-enum-varnames`).
#[test]
fn a_generated_python_client_names_the_codes_as_the_catalog_does() {
    let Some(python) = python_with("openapi_python_client") else {
        return;
    };
    let dir = scratch("openapi-client");
    let (file, _) = document(&dir, "leancloud", &["--catalog", "codes.yaml"]);
    fs::write(
        dir.join("config.yaml"),
        "post_hooks: []\npackage_name_override: errors_client\nproject_name_override: errors-client\n",
    )
    .unwrap();
    must_run(
        Command::new(&python)
            .args([
                "-m",
                "openapi_python_client",
                "generate",
                "--meta",
                "none",
                "--config",
                "config.yaml",
                "--output-path",
                "errors_client",
                "--path",
            ])
            .arg(&file)
            .current_dir(&dir),
        "openapi-python-client generate",
    );
    let out = must_run(
        Command::new(&python)
            .args(["-c", "import json\nfrom errors_client.models.error_code import ErrorCode\nprint(json.dumps({m.name: m.value for m in ErrorCode}))"])
            .current_dir(&dir),
        "importing the generated client",
    );
    let generated: serde_json::Map<String, Value> = serde_json::from_str(out.trim()).unwrap();
    let run = errcodes(&["export", "--format", "json", "--catalog", "codes.yaml"]);
    let model: Value = serde_json::from_str(&run.stdout).unwrap();
    let codes = model["codes"].as_array().unwrap();
    assert_eq!(generated.len(), codes.len());
    for code in codes {
        let name = code["name"].as_str().unwrap();
        assert_eq!(generated.get(name), Some(&code["code"]), "{name}");
    }
    fs::remove_dir_all(&dir).ok();
}
