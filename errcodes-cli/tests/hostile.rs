//! `parse` in TypeScript, Python, Go, Java and C# on texts built to defeat a
//! backtracking reader (the shapes of `tests/tests/hostile.rs`, 1 KB to
//! 1 MB, under a limit generous enough for a loaded machine), and a random
//! campaign: random templates (numbers beside text, separators made of
//! numbers' own characters, values used twice) and random texts, read alike
//! by Rust, TypeScript and Python.

mod common;

use std::fs;
use std::process::Command;

use common::{errcodes_in, must_run, scratch, tool, tsc_strict};
use errcodes::__private::Piece;
use errcodes::ParamKind;
use serde_json::{json, Value};

errcodes::error_codes!("../tests/catalogs/hostile.yaml");

/// The longest a parse of 1 MB may take in a language tool: a linear reader
/// takes a few seconds in Python on a loaded machine; a backtracking one
/// hours.
const LIMIT_MS: f64 = 60_000.0;

/// `(code, before, unit, after)`: `unit` repeated to the size between the
/// two, as the Rust hostile tests build them (every piece ASCII, so a
/// harness may count characters for bytes).
const SHAPES: &[(&str, &str, &str, &str)] = &[
    ("TWO_VALUES", "Values ", ", ", ""),
    ("TWO_VALUES", "Values ", ", ", "."),
    (
        "INVALID_FIELD_TYPE",
        "Invalid value type for field '",
        "', expected type '', but got '",
        "'",
    ),
    ("FOUR_VALUES", "", ",, ", ","),
    ("FIVE_VALUES", "", "; ", ""),
    ("NUMBERS_BESIDE_TEXT", "", "1 x ", "-"),
    ("NUMBERS_BESIDE_TEXT", "", "1 x ", "7"),
    ("DECIMAL_BESIDE_E", "", "1e", ""),
    ("DECIMAL_BESIDE_E", "", "e1", ""),
    ("ZERO_BETWEEN_NUMBERS", "", "0", ""),
    ("ZERO_BETWEEN_NUMBERS", "", "0", "."),
    ("ZERO_BETWEEN_NUMBERS", "", "10", "1."),
    ("USED_TWICE", "", "x (", ""),
    ("USED_TWICE", "", "x (x) ", ""),
];

fn built(before: &str, unit: &str, size: usize, after: &str) -> String {
    let mut text = String::from(before);
    while text.len() < size {
        text.push_str(unit);
    }
    text.push_str(after);
    text
}

/// Whether the Rust struct of `code` reads `text`.
fn rust_reads(code: &str, text: &str) -> bool {
    use error_code::*;
    match code {
        "TWO_VALUES" => TwoValues::parse(text).is_some(),
        "INVALID_FIELD_TYPE" => InvalidFieldType::parse(text).is_some(),
        "FOUR_VALUES" => FourValues::parse(text).is_some(),
        "FIVE_VALUES" => FiveValues::parse(text).is_some(),
        "NUMBERS_BESIDE_TEXT" => NumbersBesideText::parse(text).is_some(),
        "DECIMAL_BESIDE_E" => DecimalBesideE::parse(text).is_some(),
        "ZERO_BETWEEN_NUMBERS" => ZeroBetweenNumbers::parse(text).is_some(),
        "USED_TWICE" => UsedTwice::parse(text).is_some(),
        other => panic!("{other}"),
    }
}

/// Each input as `[code, before, unit, size, after]`; the harnesses build
/// the text and print `[[read, milliseconds], …]`.
const TS_HOSTILE: &str = r#"
const errors = require("./out/errors.js");
const fs = require("fs");
const input = JSON.parse(fs.readFileSync("input.json", "utf8"));
const camel = (name) => name.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase());
const out = input.map(([code, before, unit, size, after]) => {
  let text = before;
  while (text.length < size) text += unit;
  text += after;
  const start = process.hrtime.bigint();
  const read = errors["parse" + camel(code)](text) !== null;
  return [read, Number(process.hrtime.bigint() - start) / 1e6];
});
process.stdout.write(JSON.stringify(out));
"#;

const PY_HOSTILE: &str = r#"
import json, sys, time
import errors

out = []
for code, before, unit, size, after in json.load(open("input.json", encoding="utf-8")):
    text = before
    if len(text) < size:
        text += unit * ((size - len(text) + len(unit) - 1) // len(unit))
    text += after
    start = time.perf_counter()
    read = getattr(errors, "parse_" + code.lower())(text) is not None
    out.append([read, (time.perf_counter() - start) * 1000])
sys.stdout.write(json.dumps(out))
"#;

/// Exports `catalog` (inside `dir`) for TypeScript (compiled strictly) and
/// Python, writes `input`, runs each harness and returns what each printed.
fn run_both(
    dir: &std::path::Path,
    catalog: &str,
    input: &Value,
    ts: &str,
    py: &str,
) -> Vec<(&'static str, Value)> {
    let tsc = tool("ERRCODES_TSC", "tsc", &["--version"]);
    let node = tool("ERRCODES_NODE", "node", &["--version"]);
    let python = tool("ERRCODES_PYTHON", "python3", &["--version"]);
    fs::write(dir.join("input.json"), input.to_string()).unwrap();
    let export = |format: &str| {
        let run = errcodes_in(dir, &["export", "--format", format, "--catalog", catalog]);
        assert_eq!(run.code, Some(0), "{format}: {}", run.stderr);
        run.stdout
    };
    let mut outputs = Vec::new();
    if let (Some(tsc), Some(node)) = (&tsc, &node) {
        fs::write(dir.join("errors.ts"), export("typescript")).unwrap();
        fs::write(dir.join("harness.js"), ts).unwrap();
        tsc_strict(tsc, dir, &["errors.ts"], "tsc --strict on the export");
        let out = must_run(
            Command::new(node).arg("harness.js").current_dir(dir),
            "node",
        );
        outputs.push((
            "TypeScript",
            serde_json::from_str(&out).expect("JSON from node"),
        ));
    }
    if let Some(python) = &python {
        fs::write(dir.join("errors.py"), export("python")).unwrap();
        fs::write(dir.join("harness.py"), py).unwrap();
        let out = must_run(
            Command::new(python).arg("harness.py").current_dir(dir),
            "python3",
        );
        outputs.push((
            "Python",
            serde_json::from_str(&out).expect("JSON from python"),
        ));
    }
    outputs
}

#[test]
fn typescript_and_python_read_hostile_texts_in_linear_time() {
    let dir = scratch("hostile");
    fs::copy(
        common::root().join("tests/catalogs/hostile.yaml"),
        dir.join("hostile.yaml"),
    )
    .unwrap();
    let mut inputs = Vec::new();
    let mut want = Vec::new();
    for size in [1_000, 100_000, 1_000_000] {
        for &(code, before, unit, after) in SHAPES {
            inputs.push(json!([code, before, unit, size, after]));
            want.push(rust_reads(code, &built(before, unit, size, after)));
        }
    }
    for (language, out) in run_both(
        &dir,
        "hostile.yaml",
        &Value::from(inputs.clone()),
        TS_HOSTILE,
        PY_HOSTILE,
    ) {
        let out = out.as_array().expect("a list");
        assert_eq!(out.len(), inputs.len());
        for ((result, input), want) in out.iter().zip(&inputs).zip(&want) {
            assert_eq!(result[0].as_bool(), Some(*want), "{language} on {input}");
            let ms = result[1].as_f64().unwrap();
            assert!(ms < LIMIT_MS, "{language} took {ms} ms on {input}");
        }
    }
    fs::remove_dir_all(&dir).ok();
}

/// A small deterministic generator (xorshift).
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).unwrap()
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

const KINDS: [(ParamKind, &str); 7] = [
    (ParamKind::Str, "str"),
    (ParamKind::Str, "str"),
    (ParamKind::U32, "u32"),
    (ParamKind::I64, "i64"),
    (ParamKind::U64, "u64"),
    (ParamKind::F64, "f64"),
    (ParamKind::Bool, "bool"),
];

/// Separators and text made of what numbers, booleans and the separators
/// themselves are made of, so that most texts split many ways.
const BITS: &[&str] = &[
    "', '", ", ", " (", ")", "e", "1", "-", ".", "0", "x", "é", "true", "9", "+", "inf", "E5",
];

/// A value of a template's text: what the Rust reader gives, normalized as
/// the harnesses print values (numbers in decimal, decimals as their bits).
fn shown(kind: ParamKind, text: &str) -> String {
    match kind {
        ParamKind::F64 => {
            let x: f64 = text.parse().unwrap();
            if x.is_nan() {
                "NaN".to_owned()
            } else {
                x.to_bits().to_string()
            }
        }
        ParamKind::Str | ParamKind::Bool => text.to_owned(),
        _ => text.parse::<i128>().unwrap().to_string(),
    }
}

const TS_RANDOM: &str = r#"
const errors = require("./out/errors.js");
const fs = require("fs");
const input = JSON.parse(fs.readFileSync("input.json", "utf8"));
function shown(kind, v) {
  if (kind === "f64") {
    return Number.isNaN(v) ? "NaN" : new BigUint64Array(new Float64Array([v]).buffer)[0].toString();
  }
  return String(v);
}
const out = input.map(([code, kinds, text]) => {
  const result = errors["parseRandom" + code](text);
  return result === null ? null : kinds.map((kind, i) => shown(kind, result["p" + i]));
});
process.stdout.write(JSON.stringify(out));
"#;

const PY_RANDOM: &str = r#"
import json, struct, sys
import errors

def shown(kind, v):
    if kind == "f64":
        return "NaN" if v != v else str(struct.unpack("<Q", struct.pack("<d", v))[0])
    if kind == "bool":
        return "true" if v else "false"
    return str(v)

out = []
for code, kinds, text in json.load(open("input.json", encoding="utf-8")):
    result = getattr(errors, "parse_random_" + str(code))(text)
    out.append(None if result is None else [shown(k, result["p" + str(i)]) for i, k in enumerate(kinds)])
sys.stdout.write(json.dumps(out))
"#;

#[test]
fn rust_typescript_and_python_read_random_templates_alike() {
    let mut random = Random(0x005e_ed0f_bad5_eed5);
    let mut yaml = String::from("codes:\n");
    let mut inputs = Vec::new();
    let mut rust = Vec::new();
    for code in 1..=300 {
        let count = 1 + random.below(3);
        let kinds: Vec<(ParamKind, &str)> = (0..count)
            .map(|_| KINDS[random.below(KINDS.len())])
            .collect();
        // The template: each parameter once in order, sometimes one again.
        let mut pieces: Vec<Piece> = Vec::new();
        let mut message = String::new();
        let text_piece = |random: &mut Random, pieces: &mut Vec<Piece>, message: &mut String| {
            let text: String = (0..=random.below(2)).map(|_| random.pick(BITS)).collect();
            message.push_str(&text);
            pieces.push(Piece::Text(Box::leak(text.into_boxed_str())));
        };
        if random.below(2) == 0 {
            text_piece(&mut random, &mut pieces, &mut message);
        }
        let mut order: Vec<usize> = (0..count).collect();
        if random.below(4) == 0 {
            order.push(random.below(count));
        }
        for (at, &index) in order.iter().enumerate() {
            if at > 0 {
                text_piece(&mut random, &mut pieces, &mut message);
            }
            pieces.push(Piece::Value(index));
            message.push_str(&format!("{{p{index}}}"));
        }
        if random.below(2) == 0 {
            text_piece(&mut random, &mut pieces, &mut message);
        }
        let params: Vec<String> = kinds
            .iter()
            .enumerate()
            .map(|(i, (_, name))| format!("p{i}: {name}"))
            .collect();
        yaml.push_str(&format!(
            "  - code: {code}\n    name: RANDOM_{code}\n    message: {}\n    params: {{{}}}\n",
            serde_json::to_string(&message).unwrap(),
            params.join(", ")
        ));
        let pieces: &'static [Piece] = Box::leak(pieces.into_boxed_slice());
        let templates: &[&[Piece]] = &[pieces];
        let names: Vec<&str> = kinds.iter().map(|(_, name)| *name).collect();
        for _ in 0..30 {
            let text: String = if random.below(3) == 0 {
                (0..random.below(14)).map(|_| random.pick(BITS)).collect()
            } else {
                // The template written with random values (the same text
                // for a value used twice) that often read as their type.
                let values: Vec<String> = kinds
                    .iter()
                    .map(|(kind, _)| {
                        let bits = if *kind == ParamKind::Str || random.below(4) == 0 {
                            BITS
                        } else {
                            &[
                                "0", "1", "9", "-", "+", ".", "e", "true", "false", "inf", "00",
                            ][..]
                        };
                        (0..random.below(5)).map(|_| random.pick(bits)).collect()
                    })
                    .collect();
                pieces
                    .iter()
                    .map(|piece| match piece {
                        Piece::Text(text) => (*text).to_owned(),
                        Piece::Value(index) => values[*index].clone(),
                    })
                    .collect()
            };
            let texts: Option<Vec<&str>> = match kinds.as_slice() {
                [a] => errcodes::__private::read::<1, 4096>(templates, &[a.0], &text)
                    .map(|v| v.to_vec()),
                [a, b] => errcodes::__private::read::<2, 4096>(templates, &[a.0, b.0], &text)
                    .map(|v| v.to_vec()),
                [a, b, c] => {
                    errcodes::__private::read::<3, 4096>(templates, &[a.0, b.0, c.0], &text)
                        .map(|v| v.to_vec())
                }
                _ => unreachable!(),
            };
            rust.push(texts.map(|texts| {
                texts
                    .iter()
                    .zip(&kinds)
                    .map(|(text, (kind, _))| shown(*kind, text))
                    .collect::<Vec<_>>()
            }));
            inputs.push(json!([code, names, text]));
        }
    }
    let read = rust.iter().filter(|r| r.is_some()).count();
    assert!(read > 500, "only {read} texts read");
    let dir = scratch("random-templates");
    fs::write(dir.join("random.yaml"), &yaml).unwrap();
    let check = errcodes_in(&dir, &["check", "--catalog", "random.yaml"]);
    assert_eq!(check.code, Some(0), "{}", check.stderr);
    for (language, out) in run_both(
        &dir,
        "random.yaml",
        &Value::from(inputs.clone()),
        TS_RANDOM,
        PY_RANDOM,
    ) {
        let out = out.as_array().expect("a list");
        assert_eq!(out.len(), rust.len());
        for ((got, want), input) in out.iter().zip(&rust).zip(&inputs) {
            let want = want.as_ref().map_or(Value::Null, |v| json!(v));
            assert_eq!(got, &want, "{language} differs from Rust on {input}");
        }
    }
    fs::remove_dir_all(&dir).ok();
}

/// The codes of `tests/catalogs/hostile.yaml`, by name and variant.
const CODES: &[(&str, &str)] = &[
    ("TWO_VALUES", "TwoValues"),
    ("INVALID_FIELD_TYPE", "InvalidFieldType"),
    ("FOUR_VALUES", "FourValues"),
    ("FIVE_VALUES", "FiveValues"),
    ("NUMBERS_BESIDE_TEXT", "NumbersBesideText"),
    ("DECIMAL_BESIDE_E", "DecimalBesideE"),
    ("ZERO_BETWEEN_NUMBERS", "ZeroBetweenNumbers"),
    ("USED_TWICE", "UsedTwice"),
];

/// `text` as `x` and the hex digits of its bytes (`x` alone when empty).
fn hex(text: &str) -> String {
    let digits: String = text.bytes().map(|b| format!("{b:02x}")).collect();
    format!("x{digits}")
}

/// The Go harness: each line `CODE BEFORE UNIT SIZE AFTER` (texts in hex)
/// built and parsed, `[[read, milliseconds], …]` printed.
fn go_hostile() -> String {
    let mut cases = String::new();
    for (name, variant) in CODES {
        cases.push_str(&format!(
            "\t\tcase \"{name}\":\n\t\t\t_, read = errcodes.Parse{variant}(text)\n"
        ));
    }
    format!(
        "package main\n\nimport (\n\t\"encoding/hex\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n\n\t\"example.com/check/errcodes\"\n)\n\n\
         func text(word string) string {{\n\tbytes, err := hex.DecodeString(word[1:])\n\tif err != nil {{\n\t\tpanic(err)\n\t}}\n\treturn string(bytes)\n}}\n\n\
         func main() {{\n\tdata, _ := os.ReadFile(\"input.txt\")\n\tout := []string{{}}\n\
         \tfor _, line := range strings.Split(strings.TrimSpace(string(data)), \"\\n\") {{\n\
         \t\tw := strings.Split(line, \" \")\n\t\tsize, _ := strconv.Atoi(w[3])\n\
         \t\tvar b strings.Builder\n\t\tb.WriteString(text(w[1]))\n\t\tfor b.Len() < size {{\n\t\t\tb.WriteString(text(w[2]))\n\t\t}}\n\t\tb.WriteString(text(w[4]))\n\t\ttext := b.String()\n\
         \t\tread := false\n\t\tstart := time.Now()\n\t\tswitch w[0] {{\n{cases}\t\tdefault:\n\t\t\tpanic(w[0])\n\t\t}}\n\
         \t\tout = append(out, fmt.Sprintf(\"[%t,%f]\", read, float64(time.Since(start).Microseconds())/1000))\n\t}}\n\
         \tfmt.Print(\"[\" + strings.Join(out, \",\") + \"]\")\n}}\n"
    )
}

/// The Java harness, as the Go one.
fn java_hostile() -> String {
    let mut cases = String::new();
    for (name, variant) in CODES {
        cases.push_str(&format!(
            "                case \"{name}\": read = ErrorCode.{variant}.parse(text).isPresent(); break;\n"
        ));
    }
    format!(
        "import errcodes.ErrorCode;\n\npublic final class Hostile {{\n    private Hostile() {{\n    }}\n\n\
         \x20   static String text(String word) {{\n        byte[] bytes = new byte[(word.length() - 1) / 2];\n        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) Integer.parseInt(word.substring(1 + 2 * i, 3 + 2 * i), 16);\n        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);\n    }}\n\n\
         \x20   public static void main(String[] args) throws java.io.IOException {{\n\
         \x20       java.util.List<String> out = new java.util.ArrayList<>();\n\
         \x20       for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(\"input.txt\"))) {{\n\
         \x20           String[] w = line.split(\" \", -1);\n            int size = Integer.parseInt(w[3]);\n\
         \x20           StringBuilder b = new StringBuilder(text(w[1]));\n            String unit = text(w[2]);\n\
         \x20           while (b.length() < size) b.append(unit);\n\
         \x20           b.append(text(w[4]));\n            String text = b.toString();\n            boolean read;\n            long start = System.nanoTime();\n\
         \x20           switch (w[0]) {{\n{cases}                default: throw new IllegalArgumentException(w[0]);\n            }}\n\
         \x20           out.add(\"[\" + read + \",\" + (System.nanoTime() - start) / 1e6 + \"]\");\n        }}\n\
         \x20       System.out.print(\"[\" + String.join(\",\", out) + \"]\");\n    }}\n}}\n"
    )
}

/// The C# harness, as the Go one.
fn cs_hostile() -> String {
    let mut cases = String::new();
    for (name, variant) in CODES {
        cases.push_str(&format!(
            "                    case \"{name}\": {{ {variant} v; read = {variant}.TryParse(text, out v); break; }}\n"
        ));
    }
    format!(
        "using Errcodes;\n\npublic static class Hostile\n{{\n\
         \x20   static string Text(string word)\n    {{\n        var bytes = new byte[(word.Length - 1) / 2];\n        for (int i = 0; i < bytes.Length; i++) bytes[i] = System.Convert.ToByte(word.Substring(1 + 2 * i, 2), 16);\n        return System.Text.Encoding.UTF8.GetString(bytes);\n    }}\n\n\
         \x20   public static void Main()\n    {{\n        var results = new System.Collections.Generic.List<string>();\n\
         \x20       foreach (string line in System.IO.File.ReadAllLines(\"input.txt\"))\n        {{\n\
         \x20           string[] w = line.Split(' ');\n            int size = int.Parse(w[3]);\n\
         \x20           var b = new System.Text.StringBuilder(Text(w[1]));\n            string unit = Text(w[2]);\n\
         \x20           while (b.Length < size) b.Append(unit);\n\
         \x20           b.Append(Text(w[4]));\n            string text = b.ToString();\n            bool read;\n\
         \x20           var clock = System.Diagnostics.Stopwatch.StartNew();\n\
         \x20           switch (w[0])\n            {{\n{cases}                    default: throw new System.ArgumentException(w[0]);\n            }}\n\
         \x20           results.Add(\"[\" + (read ? \"true\" : \"false\") + \",\" + clock.Elapsed.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + \"]\");\n        }}\n\
         \x20       System.Console.Out.Write(\"[\" + string.Join(\",\", results) + \"]\");\n    }}\n}}\n"
    )
}

#[test]
fn go_java_and_csharp_read_hostile_texts_in_linear_time() {
    let go = tool("ERRCODES_GO", "go", &["version"]);
    let javac = tool("ERRCODES_JAVAC", "javac", &["-version"]);
    let java = tool("ERRCODES_JAVA", "java", &["-version"]);
    let mcs = tool("ERRCODES_MCS", "mcs", &["--version"]);
    let mono = tool("ERRCODES_MONO", "mono", &["--version"]);
    let dir = scratch("hostile-compiled");
    fs::copy(
        common::root().join("tests/catalogs/hostile.yaml"),
        dir.join("hostile.yaml"),
    )
    .unwrap();
    let mut input = String::new();
    let mut want = Vec::new();
    let mut shown = Vec::new();
    for size in [1_000, 100_000, 1_000_000] {
        for &(code, before, unit, after) in SHAPES {
            input.push_str(&format!(
                "{code} {} {} {size} {}\n",
                hex(before),
                hex(unit),
                hex(after)
            ));
            want.push(rust_reads(code, &built(before, unit, size, after)));
            shown.push(format!("{code} {before:?} {unit:?} {size} {after:?}"));
        }
    }
    let export = |format: &str| {
        let run = errcodes_in(
            &dir,
            &["export", "--format", format, "--catalog", "hostile.yaml"],
        );
        assert_eq!(run.code, Some(0), "{format}: {}", run.stderr);
        run.stdout
    };
    let mut outputs: Vec<(&str, String)> = Vec::new();
    if let Some(go) = &go {
        let module = dir.join("go");
        fs::create_dir_all(module.join("errcodes")).unwrap();
        fs::write(module.join("errcodes/errcodes.go"), export("go")).unwrap();
        fs::write(module.join("main.go"), go_hostile()).unwrap();
        fs::write(module.join("input.txt"), &input).unwrap();
        outputs.push((
            "Go",
            common::go_run(go, &module, &dir.join(".gocache"), "go run"),
        ));
    }
    if let (Some(javac), Some(java)) = (&javac, &java) {
        let module = dir.join("java");
        fs::create_dir_all(module.join("errcodes")).unwrap();
        fs::write(module.join("errcodes/ErrorCode.java"), export("java")).unwrap();
        fs::write(module.join("Hostile.java"), java_hostile()).unwrap();
        fs::write(module.join("input.txt"), &input).unwrap();
        must_run(
            Command::new(javac)
                .args(["-d", "out", "errcodes/ErrorCode.java", "Hostile.java"])
                .current_dir(&module),
            "javac",
        );
        outputs.push((
            "Java",
            must_run(
                Command::new(java)
                    .args(["-cp", "out", "Hostile"])
                    .current_dir(&module),
                "java",
            ),
        ));
    }
    if let (Some(mcs), Some(mono)) = (&mcs, &mono) {
        let module = dir.join("cs");
        fs::create_dir_all(&module).unwrap();
        fs::write(module.join("Errors.cs"), export("csharp")).unwrap();
        fs::write(module.join("Hostile.cs"), cs_hostile()).unwrap();
        fs::write(module.join("input.txt"), &input).unwrap();
        must_run(
            Command::new(mcs)
                .args([
                    "-r:System.Numerics.dll",
                    "-out:hostile.exe",
                    "Errors.cs",
                    "Hostile.cs",
                ])
                .current_dir(&module),
            "mcs",
        );
        outputs.push((
            "C#",
            must_run(
                Command::new(mono).arg("hostile.exe").current_dir(&module),
                "mono",
            ),
        ));
    }
    for (language, out) in outputs {
        let out: Value =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{language}: {e}: {out}"));
        let out = out.as_array().expect("a list");
        assert_eq!(out.len(), want.len(), "{language}");
        for ((result, want), input) in out.iter().zip(&want).zip(&shown) {
            assert_eq!(result[0].as_bool(), Some(*want), "{language} on {input}");
            let ms = result[1].as_f64().unwrap();
            assert!(ms < LIMIT_MS, "{language} took {ms} ms on {input}");
        }
    }
    fs::remove_dir_all(&dir).ok();
}
