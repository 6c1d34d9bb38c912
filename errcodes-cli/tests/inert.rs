//! Catalog text is inert wherever it is written: `tests/catalogs/inert.yaml`
//! holds terminal commands (screen clear, window title, an OSC 8 link), C0
//! and C1 controls, NUL, DEL, bidirectional controls, a byte-order mark,
//! line and paragraph separators, HTML, Markdown and comment terminators.
//! The docs page shows it as text, `explain` and `check` print no control
//! character of it, and the TypeScript, Python, Go, Java, C# and C exports
//! compile and give back every message byte for byte (the proto export
//! passes `protoc` with none of those characters in it). An export whose names would clash
//! is refused.

mod common;

use std::fs;
use std::process::Command;

use common::{errcodes, errcodes_in, go_run, must_run, scratch, tool, tsc_strict};

const CATALOG: &str = "tests/catalogs/inert.yaml";

/// Whether `text` holds a character no output may carry as itself (line
/// breaks and tabs aside).
fn has_hidden(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

/// The catalog's messages, by number, as the JSON export gives them.
fn messages() -> Vec<(u64, String)> {
    let run = errcodes(&["export", "--format", "json", "--catalog", CATALOG]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let model: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    model["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["code"].as_u64().unwrap(),
                c["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_docs_page_shows_catalog_text_as_text() {
    let run = errcodes(&["docs", "--catalog", CATALOG]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let page = run.stdout;
    assert_eq!(has_hidden(&page), None, "{page}");
    assert!(
        !page.contains("<script") && !page.contains("</td>"),
        "{page}"
    );
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{page}"
    );
    // The description's lines are one paragraph: no heading, no list.
    assert!(
        page.contains("and links. \\# Not a heading - not a list"),
        "{page}"
    );
    assert!(
        !page
            .lines()
            .any(|l| l.starts_with("# Not") || l.starts_with("- not")),
        "{page}"
    );
    // No link, emphasis or code span from a description.
    assert!(
        page.contains("\\[click\\](javascript:alert(1)) \\*bold\\* \\`code\\` \\_em\\_ \\| pipe"),
        "{page}"
    );
    assert!(page.contains("\\u{1b}\\[2J"), "{page}");
}

#[test]
fn explain_and_check_print_no_control_character_of_the_catalog() {
    for code in ["1", "2", "3", "--group", "web"] {
        let args: Vec<&str> = if code == "--group" {
            vec!["explain", "--catalog", CATALOG, "--group", "web"]
        } else if code == "web" {
            continue;
        } else {
            vec!["explain", code, "--catalog", CATALOG]
        };
        let run = errcodes(&args);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert_eq!(has_hidden(&run.stdout), None, "{args:?}: {}", run.stdout);
    }
    let explained = errcodes(&["explain", "1", "--catalog", CATALOG]).stdout;
    assert!(
        explained.contains("Terminal \\u{1b}[2J\\u{1b}]0;pwned\\u{7}"),
        "{explained}"
    );

    // A broken catalog whose problems quote its text: plain and in context.
    let dir = scratch("inert-check");
    fs::write(
        dir.join("codes.yaml"),
        "codes:\n  - code: 1\n    name: \"OOPS\\e]0;pwned\\a\\u202e\"\n    message: \"x {a}\"\n    params: {a: \"\\e[2Jstr\"}\n",
    )
    .unwrap();
    for color in ["never", "always"] {
        let run = errcodes_in(
            &dir,
            &["check", "--catalog", "codes.yaml", "--color", color],
        );
        assert_eq!(run.code, Some(1), "{}", run.stderr);
        let out = format!("{}{}", run.stdout, run.stderr);
        assert!(
            out.contains("\\u{1b}]0;pwned\\u{7}") && out.contains("\\u{202e}"),
            "{out}"
        );
        if color == "never" {
            assert_eq!(has_hidden(&out), None, "{out}");
        } else {
            // Only the colours' own escapes: no other command, no bell, no
            // reordering.
            let rest = out.replace("\u{1b}[", "");
            assert_eq!(has_hidden(&rest), None, "{out}");
        }
    }
    fs::remove_dir_all(&dir).ok();
}

const TS_HARNESS: &str = r#"
const errors = require("./out/errors.js");
process.stdout.write(JSON.stringify({
  messages: errors.messages,
  retry: errors.formatRetry({ seconds: 3, note: "n" }),
  decimal: errors.formatDecimal({ ratio: 0.5 }),
  whole: errors.formatWhole({ count: 2 }),
  parsed: errors.parseRetry("Retry after 3 s (\u2028n)."),
}));
"#;

const PY_HARNESS: &str = r#"
import json, sys
import errors
sys.stdout.write(json.dumps({
    "messages": {str(int(k)): v for k, v in errors.MESSAGES.items()},
    "retry": errors.format_retry(seconds=3, note="n"),
    "decimal": errors.format_decimal(ratio=0.5),
    "whole": errors.format_whole(count=2),
    "parsed": errors.parse_retry("Retry after 3 s (\u2028n)."),
}))
"#;

const GO_HARNESS: &str = r#"package main

import (
	"encoding/json"
	"os"
	"strconv"

	"example.com/check/errcodes"
)

func main() {
	messages := map[string]string{}
	for n := uint32(1); n <= 5; n++ {
		messages[strconv.Itoa(int(n))] = errcodes.Message(errcodes.Code(n))
	}
	out, _ := json.Marshal(map[string]interface{}{
		"messages": messages,
		"retry":    errcodes.FormatRetry(3, "n"),
		"decimal":  errcodes.FormatDecimal(0.5),
		"whole":    errcodes.FormatWhole(2),
	})
	os.Stdout.Write(out)
}
"#;

#[test]
fn every_export_compiles_and_gives_each_message_back() {
    let want = messages();
    let check = |language: &str, out: &str| {
        let got: serde_json::Value =
            serde_json::from_str(out).unwrap_or_else(|e| panic!("{language}: {e}: {out}"));
        for (code, message) in &want {
            assert_eq!(
                got["messages"][code.to_string()],
                *message,
                "{language}, code {code}"
            );
        }
        assert_eq!(got["retry"], "Retry after 3 s (\u{2028}n).", "{language}");
        assert_eq!(got["decimal"], "Ratio 0.5.", "{language}");
        assert_eq!(got["whole"], "Count 2 */ // \" ' ` $2.", "{language}");
        if !got["parsed"].is_null() || language != "Go" {
            assert_eq!(got["parsed"]["seconds"], 3, "{language}");
            assert_eq!(got["parsed"]["note"], "n", "{language}");
        }
    };
    let dir = scratch("inert-exports");
    let export = |format: &str| {
        let run = errcodes(&["export", "--format", format, "--catalog", CATALOG]);
        assert_eq!(run.code, Some(0), "{format}: {}", run.stderr);
        run.stdout
    };
    if let (Some(tsc), Some(node)) = (
        tool("ERRCODES_TSC", "tsc", &["--version"]),
        tool("ERRCODES_NODE", "node", &["--version"]),
    ) {
        fs::write(dir.join("errors.ts"), export("typescript")).unwrap();
        fs::write(dir.join("harness.js"), TS_HARNESS).unwrap();
        tsc_strict(
            &tsc,
            &dir,
            &["errors.ts"],
            "tsc --strict on the inert catalog",
        );
        let out = must_run(
            Command::new(node).arg("harness.js").current_dir(&dir),
            "node",
        );
        check("TypeScript", &out);
    }
    if let Some(python) = tool("ERRCODES_PYTHON", "python3", &["--version"]) {
        let source = export("python");
        assert!(!source.contains('\0'), "Python source holds a NUL");
        fs::write(dir.join("errors.py"), source).unwrap();
        fs::write(dir.join("harness.py"), PY_HARNESS).unwrap();
        let out = must_run(
            Command::new(python)
                .args(["-W", "error", "harness.py"])
                .current_dir(&dir),
            "python3",
        );
        check("Python", &out);
    }
    if let Some(go) = tool("ERRCODES_GO", "go", &["version"]) {
        let module = dir.join("go");
        fs::create_dir_all(module.join("errcodes")).unwrap();
        let source = export("go");
        assert!(
            !source.contains(['\0', '\u{feff}']),
            "Go source holds a NUL or a BOM"
        );
        fs::write(module.join("errcodes/errcodes.go"), source).unwrap();
        fs::write(module.join("main.go"), GO_HARNESS).unwrap();
        let out = go_run(&go, &module, &dir.join(".gocache"), "go run");
        check("Go", &out);
    }
    fs::remove_dir_all(&dir).ok();
}

/// Text as the hex digits of its UTF-8 bytes, as the harnesses below print
/// every string (so no escape of theirs is trusted).
fn unhex(line: &str) -> String {
    let bytes: Vec<u8> = (0..line.len() / 2)
        .map(|i| u8::from_str_radix(&line[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    String::from_utf8(bytes).unwrap()
}

/// What a harness printed, one hex line per string: the five messages,
/// then (where the language formats values) the three formatted messages
/// and the parsed note.
fn lines_back(language: &str, out: &str, want: &[(u64, String)]) {
    let got: Vec<String> = out.lines().map(unhex).collect();
    for ((code, message), got) in want.iter().zip(&got) {
        assert_eq!(got, message, "{language}, code {code}");
    }
    if language == "C" {
        assert_eq!(got.len(), 5, "{language}: {out}");
        return;
    }
    assert_eq!(got.len(), 9, "{language}: {out}");
    assert_eq!(got[5], "Retry after 3 s (\u{2028}n).", "{language}");
    assert_eq!(got[6], "Ratio 0.5.", "{language}");
    assert_eq!(got[7], "Count 2 */ // \" ' ` $2.", "{language}");
    assert_eq!(got[8], "n", "{language}: the note parsed back");
}

const JAVA_HARNESS: &str = r#"import errcodes.ErrorCode;

public final class Harness {
    private Harness() {
    }

    static void hex(String text) {
        StringBuilder b = new StringBuilder();
        for (byte x : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) b.append(String.format("%02x", x));
        System.out.println(b);
    }

    public static void main(String[] args) {
        for (long n = 1; n <= 5; n++) hex(ErrorCode.fromCode(n).orElseThrow().message());
        hex(new ErrorCode.Retry(3, "n").format());
        hex(new ErrorCode.Decimal(0.5).format());
        hex(new ErrorCode.Whole(2).format());
        hex(ErrorCode.Retry.parse(new ErrorCode.Retry(3, "n").format()).orElseThrow().note());
    }
}
"#;

const CS_HARNESS: &str = r#"using Errcodes;

public static class Harness
{
    static void Hex(string text)
    {
        var b = new System.Text.StringBuilder();
        foreach (byte x in System.Text.Encoding.UTF8.GetBytes(text)) b.Append(x.ToString("x2"));
        System.Console.WriteLine(b.ToString());
    }

    public static void Main()
    {
        for (uint n = 1; n <= 5; n++) Hex(((ErrorCode) n).Message());
        Hex(new Retry(3, "n").Format());
        Hex(new Decimal(0.5).Format());
        Hex(new Whole(2).Format());
        Retry back;
        Retry.TryParse(new Retry(3, "n").Format(), out back);
        Hex(back.Note);
    }
}
"#;

const C_HARNESS: &str = r#"#include <stdio.h>
#include "errors.h"

static void hex(const char *text) {
    for (const unsigned char *p = (const unsigned char *) text; *p; p++) printf("%02x", *p);
    printf("\n");
}

int main(void) {
    /* The header carries the messages (templates), not formatters. */
    for (unsigned n = 1; n <= 5; n++) hex(errcodes_message(n));
    return 0;
}
"#;

/// The Java, C# and C exports of the same catalog compile (warnings as
/// errors) and give every message back, byte for byte; the proto export
/// passes `protoc` and carries no hidden character.
#[test]
fn the_compiled_exports_give_each_message_back() {
    let want = messages();
    let dir = scratch("inert-compiled");
    let export = |format: &str| {
        let run = errcodes(&["export", "--format", format, "--catalog", CATALOG]);
        assert_eq!(run.code, Some(0), "{format}: {}", run.stderr);
        run.stdout
    };
    if let (Some(javac), Some(java)) = (
        tool("ERRCODES_JAVAC", "javac", &["-version"]),
        tool("ERRCODES_JAVA", "java", &["-version"]),
    ) {
        let module = dir.join("java");
        fs::create_dir_all(module.join("errcodes")).unwrap();
        fs::write(module.join("errcodes/ErrorCode.java"), export("java")).unwrap();
        fs::write(module.join("Harness.java"), JAVA_HARNESS).unwrap();
        must_run(
            Command::new(javac)
                .args([
                    "-Xlint:all",
                    "-Werror",
                    "-d",
                    "out",
                    "errcodes/ErrorCode.java",
                    "Harness.java",
                ])
                .current_dir(&module),
            "javac on the inert catalog",
        );
        let out = must_run(
            Command::new(java)
                .args(["-cp", "out", "Harness"])
                .current_dir(&module),
            "java",
        );
        lines_back("Java", &out, &want);
    }
    if let (Some(mcs), Some(mono)) = (
        tool("ERRCODES_MCS", "mcs", &["--version"]),
        tool("ERRCODES_MONO", "mono", &["--version"]),
    ) {
        let module = dir.join("cs");
        fs::create_dir_all(&module).unwrap();
        fs::write(module.join("Errors.cs"), export("csharp")).unwrap();
        fs::write(module.join("Harness.cs"), CS_HARNESS).unwrap();
        must_run(
            Command::new(mcs)
                .args([
                    "-warnaserror",
                    "-warn:4",
                    "-r:System.Numerics.dll",
                    "-out:harness.exe",
                    "Errors.cs",
                    "Harness.cs",
                ])
                .current_dir(&module),
            "mcs on the inert catalog",
        );
        let out = must_run(
            Command::new(mono).arg("harness.exe").current_dir(&module),
            "mono",
        );
        lines_back("C#", &out, &want);
    }
    if let Some(cc) = tool("ERRCODES_CC", "cc", &["--version"]) {
        let module = dir.join("c");
        fs::create_dir_all(&module).unwrap();
        fs::write(module.join("errors.h"), export("c")).unwrap();
        fs::write(module.join("main.c"), C_HARNESS).unwrap();
        must_run(
            Command::new(cc)
                .args([
                    "-std=c99",
                    "-Wall",
                    "-Wextra",
                    "-Werror",
                    "-pedantic",
                    "main.c",
                    "-o",
                    "harness",
                ])
                .current_dir(&module),
            "cc on the inert catalog",
        );
        let out = must_run(
            Command::new(module.join("harness")).current_dir(&module),
            "the C harness",
        );
        lines_back("C", &out, &want);
    }
    let proto = export("proto");
    assert_eq!(
        has_hidden(&proto),
        None,
        "the proto export holds a hidden character"
    );
    if let Some(protoc) = tool("ERRCODES_PROTOC", "protoc", &["--version"]) {
        fs::write(dir.join("errors.proto"), &proto).unwrap();
        must_run(
            Command::new(protoc)
                .args([
                    "--proto_path=.",
                    "--descriptor_set_out=set.pb",
                    "errors.proto",
                ])
                .current_dir(&dir),
            "protoc on the inert catalog",
        );
    }
    fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_export_whose_names_clash_is_refused() {
    let dir = scratch("clash");
    fs::write(
        dir.join("codes.yaml"),
        "codes:\n  - code: 1\n    name: RETRY\n    message: \"Retry {n}.\"\n    params: {n: u32}\n  - code: 2\n    name: RETRY_IN\n    message: \"Retry in {n}.\"\n    params: {n: u32}\n",
    )
    .unwrap();
    let run = errcodes_in(
        &dir,
        &["export", "--format", "go", "--catalog", "codes.yaml"],
    );
    assert_eq!(run.code, Some(1), "{}", run.stdout);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("the Go export would define `FormatRetryIn` twice: for RETRY (1) in a language and for RETRY_IN (2)"),
        "{}",
        run.stderr
    );
    // Other languages name these apart.
    for format in ["typescript", "python", "json"] {
        let run = errcodes_in(
            &dir,
            &["export", "--format", format, "--catalog", "codes.yaml"],
        );
        assert_eq!(run.code, Some(0), "{format}: {}", run.stderr);
    }
    fs::remove_dir_all(&dir).ok();
}
