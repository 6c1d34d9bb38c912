//! Tags agree in every language: for every code and tag of a generated
//! catalog of a few hundred codes in nested groups (and for a tag and a
//! number it lacks), the TypeScript export (after `tsc --strict`), the Python
//! export and the Go export answer `has_tag` as the Rust enum does.

mod common;

use std::fs;
use std::process::Command;

use common::{errcodes, go_run, must_run, scratch, tool, tsc_strict};
use serde_json::Value;

errcodes::error_codes!("../tests/catalogs/tagged.yaml");

const CATALOG: &str = "tests/catalogs/tagged.yaml";

fn export(format: &str) -> String {
    let run = errcodes(&["export", "--format", format, "--catalog", CATALOG]);
    assert_eq!(run.code, Some(0), "{format}: {}", run.stderr);
    run.stdout
}

/// Every `(code, tag)` asked about: each code with each tag, an undeclared
/// tag, and a number the catalog lacks.
fn questions() -> Vec<(u32, String)> {
    let mut tags: Vec<String> = ErrorCode::TAGS.iter().map(|t| t.key().to_owned()).collect();
    tags.push("not_a_tag".to_owned());
    let mut numbers: Vec<u32> = ErrorCode::ALL.iter().map(|c| c.code()).collect();
    numbers.push(4_000_000);
    numbers
        .iter()
        .flat_map(|&n| tags.iter().map(move |t| (n, t.clone())))
        .collect()
}

fn rust_answers(questions: &[(u32, String)]) -> Vec<bool> {
    questions
        .iter()
        .map(|(n, tag)| ErrorCode::from_code(*n).is_some_and(|c| c.has_tag(tag)))
        .collect()
}

fn answers(output: &str, language: &str) -> Vec<bool> {
    let value: Value = serde_json::from_str(output.trim())
        .unwrap_or_else(|e| panic!("{language} printed no JSON ({e}): {output}"));
    value
        .as_array()
        .unwrap_or_else(|| panic!("{language} printed no list"))
        .iter()
        .map(|v| v.as_bool().expect("booleans"))
        .collect()
}

fn agree(rust: &[bool], other: &[bool], questions: &[(u32, String)], language: &str) {
    assert_eq!(
        rust.len(),
        other.len(),
        "{language}: one answer per question"
    );
    for ((want, got), (code, tag)) in rust.iter().zip(other).zip(questions) {
        assert_eq!(want, got, "{language}: has_tag({code}, {tag})");
    }
}

const TS_TYPES: &str = r#"
import { ErrorCode, Tag, hasTag, tagged } from "./errors";
const tag: Tag = "retryable";
const yes: boolean = hasTag(tagged.network[0], tag);
// @ts-expect-error a tag the catalog does not declare
hasTag(ErrorCode.CODE_9, "not_a_tag");
export const used = [yes];
"#;

const TS_HARNESS: &str = r#"
const errors = require("./out/errors.js");
const questions = JSON.parse(require("fs").readFileSync("questions.json", "utf8"));
process.stdout.write(JSON.stringify(questions.map(([code, tag]) => errors.hasTag(code, tag))));
"#;

const PY_HARNESS: &str = r#"
import json, sys
import errors
questions = json.load(open("questions.json"))
assert all(isinstance(k, str) and isinstance(v, frozenset) for k, v in errors.TAGS.items())
sys.stdout.write(json.dumps([errors.has_tag(code, tag) for code, tag in questions]))
"#;

const GO_HARNESS: &str = r#"package main

import (
	"encoding/json"
	"os"

	"example.com/check/errcodes"
)

func main() {
	var questions [][2]interface{}
	data, _ := os.ReadFile("questions.json")
	if err := json.Unmarshal(data, &questions); err != nil {
		panic(err)
	}
	answers := []bool{}
	for _, q := range questions {
		answers = append(answers, errcodes.Code(uint32(q[0].(float64))).HasTag(q[1].(string)))
	}
	out, _ := json.Marshal(answers)
	os.Stdout.Write(out)
}
"#;

#[test]
fn every_language_answers_has_tag_as_rust_does() {
    let tsc = tool("ERRCODES_TSC", "tsc", &["--version"]);
    let node = tool("ERRCODES_NODE", "node", &["--version"]);
    let python = tool("ERRCODES_PYTHON", "python3", &["--version"]);
    let go = tool("ERRCODES_GO", "go", &["version"]);
    let questions = questions();
    let rust = rust_answers(&questions);
    let tagged = rust.iter().filter(|&&yes| yes).count();
    assert!(
        tagged > 200 && tagged < rust.len() / 2,
        "{tagged} of {}",
        rust.len()
    );

    let dir = scratch("tags");
    let json = serde_json::to_string(&questions).unwrap();
    fs::write(dir.join("questions.json"), &json).unwrap();
    if let (Some(tsc), Some(node)) = (&tsc, &node) {
        fs::write(dir.join("errors.ts"), export("typescript")).unwrap();
        fs::write(dir.join("types.ts"), TS_TYPES).unwrap();
        fs::write(dir.join("harness.js"), TS_HARNESS).unwrap();
        tsc_strict(
            tsc,
            &dir,
            &["errors.ts", "types.ts"],
            "tsc --strict on the export with tags",
        );
        let out = must_run(
            Command::new(node).arg("harness.js").current_dir(&dir),
            "node",
        );
        agree(
            &rust,
            &answers(&out, "TypeScript"),
            &questions,
            "TypeScript",
        );
    }
    if let Some(python) = &python {
        fs::write(dir.join("errors.py"), export("python")).unwrap();
        fs::write(dir.join("harness.py"), PY_HARNESS).unwrap();
        let out = must_run(
            Command::new(python).arg("harness.py").current_dir(&dir),
            "python3",
        );
        agree(&rust, &answers(&out, "Python"), &questions, "Python");
    }
    if let Some(go) = &go {
        let module = dir.join("go");
        fs::create_dir_all(module.join("errcodes")).unwrap();
        fs::write(module.join("errcodes/errcodes.go"), export("go")).unwrap();
        fs::write(module.join("main.go"), GO_HARNESS).unwrap();
        fs::write(module.join("questions.json"), &json).unwrap();
        let out = go_run(go, &module, &dir.join(".gocache"), "go run");
        agree(&rust, &answers(&out, "Go"), &questions, "Go");
    }
    fs::remove_dir_all(&dir).ok();
}
