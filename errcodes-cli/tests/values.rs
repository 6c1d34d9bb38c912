//! Messages with values agree in every language: the same arguments of the
//! same catalog formatted by the Rust struct, the TypeScript export (after
//! `tsc --strict`, run by node), the Python export and the Go export give
//! the same text byte for byte, in every language of the catalog; and the
//! same texts parse to the same values in Rust, TypeScript and Python.

mod common;

use std::fmt::Write as _;
use std::fs;
use std::process::Command;

use common::{errcodes, go_run, must_run, scratch, tool, tsc_strict};
use serde_json::{json, Value};

errcodes::error_codes!("../tests/catalogs/params.yaml");

const CATALOG: &str = "tests/catalogs/params.yaml";

/// A small deterministic generator (xorshift).
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }

    /// Text from pieces that trouble a writer or a reader: escapes,
    /// quotes, braces, unicode beyond the BMP, the templates' own pieces.
    fn text(&mut self) -> String {
        const PIECES: &[&str] = &[
            "",
            "'",
            "\"",
            "\\",
            "\n",
            "{",
            "}",
            "{{",
            "é",
            "字段",
            "😀",
            "\u{2028}",
            " ",
            "nick",
            "', expected type '",
            "', but got '",
            "'.",
            " (",
            ") (",
            "; rounding ",
            " cents",
            "7",
            "-",
            "«",
            "»",
        ];
        (0..self.below(4))
            .map(|_| PIECES[self.below(PIECES.len())])
            .collect()
    }

    fn unsigned(&mut self, bits: u32) -> u64 {
        let edges = [0, 1, 9, 10, u64::MAX >> (64 - bits)];
        if self.next() % 3 == 0 {
            edges[self.below(edges.len())]
        } else {
            (self.next() >> (self.next() % 64)) & (u64::MAX >> (64 - bits))
        }
    }

    #[allow(clippy::cast_possible_wrap)]
    fn signed(&mut self, bits: u32) -> i64 {
        let shift = 64 - bits;
        let edges = [0, -1, 1, i64::MIN >> shift, i64::MAX >> shift];
        if self.next() % 3 == 0 {
            edges[self.below(edges.len())]
        } else {
            ((self.next() >> (self.next() % 64)) as i64) << shift >> shift
        }
    }

    fn decimal(&mut self) -> f64 {
        let edges = [
            0.0,
            -0.0,
            0.1,
            0.3,
            1.0,
            -2.5,
            100.0,
            1e21,
            1e22,
            1.5e-7,
            123_456.789,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            9_007_199_254_740_993.0,
        ];
        match self.next() % 3 {
            0 => edges[self.below(edges.len())],
            1 => f64::from_bits(self.next()),
            _ => (self.next() % 100_000) as f64 / 100.0,
        }
    }
}

/// One set of arguments: the code's name, the language (none for the
/// message) and the values as text (decimals by their bits, so every
/// language reads the same number).
struct Case {
    name: &'static str,
    lang: Option<&'static str>,
    values: Vec<String>,
}

fn bits(x: f64) -> String {
    x.to_bits().to_string()
}

fn cases() -> Vec<Case> {
    let mut random = Random(0x0dd_ba11_5eed_0002);
    let mut cases = Vec::new();
    let langs = [None, Some("en"), Some("zh"), Some("fr"), Some("de")];
    for _ in 0..300 {
        let lang = langs[random.below(langs.len())];
        let case = match random.below(5) {
            0 => Case {
                name: "INVALID_FIELD_TYPE",
                lang,
                values: vec![random.text(), random.text(), random.text()],
            },
            1 => Case {
                name: "CQL_SYNTAX_ERROR",
                lang,
                values: vec![
                    random.unsigned(32).to_string(),
                    random.unsigned(32).to_string(),
                ],
            },
            2 => Case {
                name: "REFUND_TOO_LARGE",
                lang,
                values: vec![
                    random.unsigned(64).to_string(),
                    random.unsigned(64).to_string(),
                ],
            },
            3 => Case {
                name: "BALANCE_OFF",
                lang,
                values: vec![
                    random.signed(64).to_string(),
                    bits(random.decimal()),
                    (random.next() % 2 == 0).to_string(),
                    random.text(),
                ],
            },
            _ => Case {
                name: "RETRY_LATER",
                lang,
                values: vec![
                    random.signed(32).to_string(),
                    random.unsigned(32).to_string(),
                ],
            },
        };
        cases.push(case);
    }
    cases
}

/// `value` of a case as `T` (the case was written from one).
fn read<T: std::str::FromStr>(value: &str) -> T {
    value
        .parse()
        .unwrap_or_else(|_| panic!("{value} is a case's value"))
}

fn decimal(value: &str) -> f64 {
    f64::from_bits(read(value))
}

/// The case formatted by the Rust struct.
fn format_in_rust(case: &Case) -> String {
    fn written(args: &impl errcodes::Args, lang: Option<&str>) -> String {
        match lang {
            Some(lang) => args.localized(lang).to_string(),
            None => args.to_string(),
        }
    }
    let v = &case.values;
    match case.name {
        "INVALID_FIELD_TYPE" => written(
            &error_code::InvalidFieldType {
                field: &v[0],
                expected: &v[1],
                actual: &v[2],
            },
            case.lang,
        ),
        "CQL_SYNTAX_ERROR" => written(
            &error_code::CqlSyntaxError {
                line: read(&v[0]),
                column: read(&v[1]),
            },
            case.lang,
        ),
        "REFUND_TOO_LARGE" => written(
            &error_code::RefundTooLarge {
                amount: read(&v[0]),
                remaining: read(&v[1]),
            },
            case.lang,
        ),
        "BALANCE_OFF" => written(
            &error_code::BalanceOff {
                delta: read(&v[0]),
                ratio: decimal(&v[1]),
                rounded: read(&v[2]),
                account: &v[3],
            },
            case.lang,
        ),
        #[allow(deprecated)]
        "RETRY_LATER" => written(
            &error_code::RetryLater {
                seconds: read(&v[0]),
                attempt: read(&v[1]),
            },
            case.lang,
        ),
        other => panic!("no case for {other}"),
    }
}

/// A parsed value as text all languages write alike: decimals by their
/// bits (NaN as `NaN`, whose bits no language keeps).
fn value_text(value: errcodes::Value<'_>) -> String {
    match value {
        errcodes::Value::F64(x) if x.is_nan() => "NaN".to_owned(),
        errcodes::Value::F64(x) => bits(x),
        other => other.to_string(),
    }
}

/// What the Rust struct of `name` parses from `text`.
fn parse_in_rust(name: &str, text: &str) -> Value {
    fn values(args: Option<impl errcodes::Args>) -> Value {
        args.map_or(Value::Null, |args| {
            Value::from(
                args.values()
                    .map(|(_, v)| value_text(v))
                    .collect::<Vec<_>>(),
            )
        })
    }
    match name {
        "INVALID_FIELD_TYPE" => values(error_code::InvalidFieldType::parse(text)),
        "CQL_SYNTAX_ERROR" => values(error_code::CqlSyntaxError::parse(text)),
        "REFUND_TOO_LARGE" => values(error_code::RefundTooLarge::parse(text)),
        "BALANCE_OFF" => values(error_code::BalanceOff::parse(text)),
        #[allow(deprecated)]
        "RETRY_LATER" => values(error_code::RetryLater::parse(text)),
        other => panic!("no parser for {other}"),
    }
}

/// The texts every parser reads: each formatted message, and variations
/// that must be refused or read differently.
fn texts(formatted: &[String]) -> Vec<String> {
    let mut texts = Vec::new();
    for text in formatted {
        texts.push(text.clone());
        let mut shorter = text.clone();
        shorter.pop();
        texts.push(shorter);
        texts.push(format!("{text} "));
        texts.push(text.replacen('1', "+1", 1));
        texts.push(text.replacen('0', "00", 1));
        texts.push(text.replacen("in ", "in -", 1));
        texts.push(text.replacen(" (", " (.5e3", 1));
        texts.push(text.replacen("true", "True", 1));
        texts.push(text.replacen("inf", "Infinity", 1));
    }
    texts.extend(
        [
            "Refund of 18446744073709551616 cents exceeds the remaining 1.",
            "Retry in -2147483649 s (attempt 1).",
            "Retry in -0 s (attempt -0).",
            "Balance off by 1 (1e400 of {limit}); rounding false; account a (a).",
            "Balance off by 1 (-NaN of {limit}); rounding false; account a (a).",
            "Balance off by 1 (1_0 of {limit}); rounding false; account a (a).",
            "Balance off by 1 ( 1 of {limit}); rounding false; account a (a).",
            "Balance off by 1 (0x1p3 of {limit}); rounding false; account a (a).",
            "Balance off by 1 (1. of {limit}); rounding false; account a) (a (a) (a).",
            "CQL syntax error.Detail: Parse error at line ٣, column 1",
            "CQL syntax error at line 4.",
        ]
        .map(str::to_owned),
    );
    texts
}

fn export(format: &str) -> String {
    let run = errcodes(&["export", "--format", format, "--catalog", CATALOG]);
    assert_eq!(run.code, Some(0), "{format}: {}", run.stderr);
    run.stdout
}

fn cases_json(cases: &[Case]) -> String {
    let cases: Vec<Value> = cases
        .iter()
        .map(|c| json!({ "name": c.name, "lang": c.lang, "values": c.values }))
        .collect();
    Value::from(cases).to_string()
}

/// A code with parameters: its name, its variant, and `(name, type)` of
/// each parameter.
type Signature = (String, String, Vec<(String, String)>);

/// The signature of each code with parameters, from the JSON export.
fn signatures() -> Vec<Signature> {
    let model: Value = serde_json::from_str(&export("json")).unwrap();
    model["codes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| !c["params"].as_array().unwrap().is_empty())
        .map(|c| {
            let name = c["name"].as_str().unwrap().to_owned();
            let variant = format!("{:?}", name.parse::<ErrorCode>().unwrap());
            let params = c["params"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    (
                        p["name"].as_str().unwrap().to_owned(),
                        p["type"].as_str().unwrap().to_owned(),
                    )
                })
                .collect();
            (name, variant, params)
        })
        .collect()
}

fn strings(output: &str, what: &str) -> Vec<String> {
    serde_json::from_str(output.trim())
        .unwrap_or_else(|e| panic!("{what} printed no list ({e}): {output}"))
}

/// Compares the lists item by item, naming the first difference.
fn agree<T: PartialEq + std::fmt::Debug>(
    rust: &[T],
    other: &[T],
    language: &str,
    inputs: &[String],
) {
    assert_eq!(
        rust.len(),
        other.len(),
        "{language}: as many results as inputs"
    );
    for ((want, got), input) in rust.iter().zip(other).zip(inputs) {
        assert_eq!(want, got, "{language} differs from Rust on {input:?}");
    }
}

/// The TypeScript harness: the cases formatted, the texts parsed, as JSON.
const TS_HARNESS: &str = r#"
const errors = require("./out/errors.js");
const fs = require("fs");
const input = JSON.parse(fs.readFileSync("input.json", "utf8"));
const signatures = input.signatures;
function value(kind, text) {
  switch (kind) {
    case "str": return text;
    case "bool": return text === "true";
    case "f64": return new Float64Array(new BigUint64Array([BigInt(text)]).buffer)[0];
    case "u64": case "i64": return Number.isSafeInteger(Number(text)) && BigInt(Number(text)) === BigInt(text) ? Number(text) : BigInt(text);
    default: return Number(text);
  }
}
function shown(kind, v) {
  if (kind === "f64") {
    return Number.isNaN(v) ? "NaN" : new BigUint64Array(new Float64Array([v]).buffer)[0].toString();
  }
  return String(v);
}
const formatted = input.cases.map((c) => {
  const [, variant, params] = signatures.find((s) => s[0] === c.name);
  const args = {};
  params.forEach(([name, kind], i) => { args[name] = value(kind, c.values[i]); });
  return errors["format" + variant](args, c.lang === null ? undefined : c.lang);
});
const parsed = input.parse.map(([name, text]) => {
  const [, variant, params] = signatures.find((s) => s[0] === name);
  const result = errors["parse" + variant](text);
  return result === null ? null : params.map(([param, kind]) => shown(kind, result[param]));
});
process.stdout.write(JSON.stringify({ formatted, parsed }));
"#;

const PY_HARNESS: &str = r#"
import json, struct, sys
import errors

data = json.load(open("input.json", encoding="utf-8"))
signatures = {s[0]: s for s in data["signatures"]}

def value(kind, text):
    if kind == "str":
        return text
    if kind == "bool":
        return text == "true"
    if kind == "f64":
        return struct.unpack("<d", struct.pack("<Q", int(text)))[0]
    return int(text)

def shown(kind, v):
    if kind == "f64":
        assert isinstance(v, float)
        return "NaN" if v != v else str(struct.unpack("<Q", struct.pack("<d", v))[0])
    if kind == "bool":
        assert isinstance(v, bool)
        return "true" if v else "false"
    assert isinstance(v, int if kind != "str" else str) and not isinstance(v, bool)
    return str(v)

def snake(name):
    return name.lower()

formatted = []
for case in data["cases"]:
    _, variant, params = signatures[case["name"]]
    args = {name: value(kind, case["values"][i]) for i, (name, kind) in enumerate(params)}
    formatted.append(getattr(errors, "format_" + snake(case["name"]))(lang=case["lang"], **args))
parsed = []
for name, text in data["parse"]:
    _, variant, params = signatures[name]
    result = getattr(errors, "parse_" + snake(name))(text)
    parsed.append(None if result is None else [shown(kind, result[p]) for p, kind in params])
sys.stdout.write(json.dumps({"formatted": formatted, "parsed": parsed}))
"#;

/// The Go harness: a `switch` calling each code's `FormatXIn`, and one
/// calling its `ParseX`.
fn go_harness(signatures: &[Signature]) -> String {
    let mut out = String::from(
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"math\"\n\t\"os\"\n\t\"strconv\"\n\n\t\"example.com/check/errcodes\"\n)\n\n\
         type input struct {\n\tCases []struct {\n\t\tName   string   `json:\"name\"`\n\t\tLang   *string  `json:\"lang\"`\n\t\tValues []string `json:\"values\"`\n\t} `json:\"cases\"`\n\tParse [][2]string `json:\"parse\"`\n}\n\n\
         func u(s string, bits int) uint64 {\n\tn, err := strconv.ParseUint(s, 10, bits)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\treturn n\n}\n\n\
         func i(s string, bits int) int64 {\n\tn, err := strconv.ParseInt(s, 10, bits)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\treturn n\n}\n\n\
         func f(x float64) string {\n\tif math.IsNaN(x) {\n\t\treturn \"NaN\"\n\t}\n\treturn strconv.FormatUint(math.Float64bits(x), 10)\n}\n\n\
         func main() {\n\tvar in input\n\tdata, _ := os.ReadFile(\"input.json\")\n\tif err := json.Unmarshal(data, &in); err != nil {\n\t\tpanic(err)\n\t}\n\tout := []string{}\n\
         \tfor _, c := range in.Cases {\n\t\tlang := \"\"\n\t\tif c.Lang != nil {\n\t\t\tlang = *c.Lang\n\t\t}\n\t\tv := c.Values\n\t\tswitch c.Name {\n",
    );
    for (name, variant, params) in signatures {
        let args: Vec<String> = params
            .iter()
            .enumerate()
            .map(|(at, (_, kind))| match kind.as_str() {
                "str" => format!("v[{at}]"),
                "bool" => format!("v[{at}] == \"true\""),
                "u32" => format!("uint32(u(v[{at}], 32))"),
                "u64" => format!("u(v[{at}], 64)"),
                "i32" => format!("int32(i(v[{at}], 32))"),
                "i64" => format!("i(v[{at}], 64)"),
                _ => format!("math.Float64frombits(u(v[{at}], 64))"),
            })
            .collect();
        let _ = writeln!(
            out,
            "\t\tcase \"{name}\":\n\t\t\tout = append(out, errcodes.Format{variant}In(lang, {}))",
            args.join(", ")
        );
    }
    out.push_str("\t\tdefault:\n\t\t\tpanic(c.Name)\n\t\t}\n\t}\n\tparsed := []*[]string{}\n\tfor _, p := range in.Parse {\n\t\tvar shown *[]string\n\t\tswitch p[0] {\n");
    for (name, variant, params) in signatures {
        let fields: Vec<String> = params
            .iter()
            .map(|(param, kind)| {
                let field = format!(
                    "r.{}",
                    errcodes_catalog::variant_of(&param.to_ascii_uppercase())
                );
                match kind.as_str() {
                    "str" => field,
                    "bool" => format!("strconv.FormatBool({field})"),
                    "u32" => format!("strconv.FormatUint(uint64({field}), 10)"),
                    "u64" => format!("strconv.FormatUint({field}, 10)"),
                    "i32" => format!("strconv.FormatInt(int64({field}), 10)"),
                    "i64" => format!("strconv.FormatInt({field}, 10)"),
                    _ => format!("f({field})"),
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "\t\tcase \"{name}\":\n\t\t\tif r, ok := errcodes.Parse{variant}(p[1]); ok {{\n\t\t\t\tshown = &[]string{{{}}}\n\t\t\t}}",
            fields.join(", ")
        );
    }
    out.push_str("\t\tdefault:\n\t\t\tpanic(p[0])\n\t\t}\n\t\tparsed = append(parsed, shown)\n\t}\n\ttext, _ := json.Marshal(map[string]interface{}{\"formatted\": out, \"parsed\": parsed})\n\tos.Stdout.Write(text)\n}\n");
    out
}

/// Text as the hex digits of its UTF-8 bytes (`-` for none): how the Java
/// harness reads its input, a line of such words per case.
fn hex(text: Option<&str>) -> String {
    text.map_or_else(
        || "-".to_owned(),
        |text| {
            let digits: String = text.bytes().map(|b| format!("{b:02x}")).collect();
            format!("x{digits}")
        },
    )
}

/// The Java harness's input: `F NAME LANG VALUE…` per case, `P NAME TEXT`
/// per text to parse, every word hex-encoded.
fn java_input(cases: &[Case], inputs: &[(String, String)]) -> String {
    let mut out = String::new();
    for case in cases {
        let values: Vec<String> = case.values.iter().map(|v| hex(Some(v))).collect();
        let _ = writeln!(
            out,
            "F {} {} {}",
            hex(Some(case.name)),
            hex(case.lang),
            values.join(" ")
        );
    }
    for (name, text) in inputs {
        let _ = writeln!(out, "P {} {}", hex(Some(name)), hex(Some(text)));
    }
    out
}

/// The Java harness around its two switches (`@FORMAT@`, `@PARSE@`): each
/// case formatted with the code's record, each text parsed, as JSON.
const JAVA_HARNESS: &str = r#"import errcodes.ErrorCode;

public final class Harness {
    private Harness() {
    }

    static String text(String word) {
        if (word.equals("-")) return null;
        byte[] bytes = new byte[(word.length() - 1) / 2];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) Integer.parseInt(word.substring(1 + 2 * i, 3 + 2 * i), 16);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    static String bits(double x) {
        return Double.isNaN(x) ? "NaN" : Long.toUnsignedString(Double.doubleToRawLongBits(x));
    }

    @SuppressWarnings("deprecation")
    static String format(String name, String lang, String[] v) {
        switch (name) {
@FORMAT@            default:
                throw new IllegalArgumentException(name);
        }
    }

    @SuppressWarnings("deprecation")
    static String parse(String name, String text) {
        switch (name) {
@PARSE@            default:
                throw new IllegalArgumentException(name);
        }
    }

    public static void main(String[] args) throws java.io.IOException {
        java.util.List<String> formatted = new java.util.ArrayList<>();
        java.util.List<String> parsed = new java.util.ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("input.txt"))) {
            String[] words = line.split(" ", -1);
            if (words[0].equals("F")) {
                String[] v = new String[words.length - 3];
                for (int i = 0; i < v.length; i++) v[i] = text(words[3 + i]);
                formatted.add(json(format(text(words[1]), text(words[2]), v)));
            } else {
                parsed.add(parse(text(words[1]), text(words[2])));
            }
        }
        System.out.print("{\"formatted\": [" + String.join(",", formatted) + "], \"parsed\": [" + String.join(",", parsed) + "]}");
    }
}
"#;

/// The Java harness for the codes of `signatures`.
fn java_harness(signatures: &[Signature]) -> String {
    let value = |at: usize, kind: &str| match kind {
        "str" => format!("v[{at}]"),
        "bool" => format!("v[{at}].equals(\"true\")"),
        "u32" | "i64" => format!("Long.parseLong(v[{at}])"),
        "u64" => format!("Long.parseUnsignedLong(v[{at}])"),
        "i32" => format!("Integer.parseInt(v[{at}])"),
        _ => format!("Double.longBitsToDouble(Long.parseUnsignedLong(v[{at}]))"),
    };
    let mut formats = String::new();
    let mut parses = String::new();
    for (name, variant, params) in signatures {
        let args: Vec<String> = params
            .iter()
            .enumerate()
            .map(|(at, (_, kind))| value(at, kind))
            .collect();
        let _ = writeln!(
            formats,
            "            case \"{name}\":\n                return new ErrorCode.{variant}({}).format(lang);",
            args.join(", ")
        );
        let shown: Vec<String> = params
            .iter()
            .map(|(param, kind)| {
                let field = format!("r.{}()", java_component(param));
                let text = match kind.as_str() {
                    "str" => field,
                    "f64" => format!("bits({field})"),
                    "u64" => format!("Long.toUnsignedString({field})"),
                    _ => format!("String.valueOf({field})"),
                };
                format!("json({text})")
            })
            .collect();
        let _ = writeln!(
            parses,
            "            case \"{name}\":\n                return ErrorCode.{variant}.parse(text).map(r -> \"[\" + String.join(\",\", {}) + \"]\").orElse(\"null\");",
            shown.join(", ")
        );
    }
    JAVA_HARNESS
        .replace("@FORMAT@", &formats)
        .replace("@PARSE@", &parses)
}

/// The C# harness around its two switches, as the Java one.
const CS_HARNESS: &str = r#"using Errcodes;

public static class Harness
{
    static string Text(string word)
    {
        if (word == "-") return null;
        var bytes = new byte[(word.Length - 1) / 2];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = System.Convert.ToByte(word.Substring(1 + 2 * i, 2), 16);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    static string Json(string s)
    {
        var b = new System.Text.StringBuilder("\"");
        foreach (char c in s)
        {
            if (c == '"' || c == '\\') b.Append('\\').Append(c);
            else if (c < 0x20) b.Append("\\u").Append(((int) c).ToString("x4"));
            else b.Append(c);
        }
        return b.Append('"').ToString();
    }

    static string Bits(double x)
    {
        return double.IsNaN(x) ? "NaN" : ((ulong) System.BitConverter.DoubleToInt64Bits(x)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    static string S(object v)
    {
        if (v is bool) return (bool) v ? "true" : "false";
        if (v is double) return Bits((double) v);
        return System.Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture);
    }

#pragma warning disable 618
    static string Format(string name, string lang, string[] v)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        switch (name)
        {
@FORMAT@            default: throw new System.ArgumentException(name);
        }
    }

    static string Parse(string name, string text)
    {
        switch (name)
        {
@PARSE@            default: throw new System.ArgumentException(name);
        }
    }
#pragma warning restore 618

    public static void Main()
    {
        var formatted = new System.Collections.Generic.List<string>();
        var parsed = new System.Collections.Generic.List<string>();
        foreach (string line in System.IO.File.ReadAllLines("input.txt"))
        {
            string[] words = line.Split(' ');
            if (words[0] == "F")
            {
                var v = new string[words.Length - 3];
                for (int i = 0; i < v.Length; i++) v[i] = Text(words[3 + i]);
                formatted.Add(Json(Format(Text(words[1]), Text(words[2]), v)));
            }
            else
            {
                parsed.Add(Parse(Text(words[1]), Text(words[2])));
            }
        }
        System.Console.Out.Write("{\"formatted\": [" + string.Join(",", formatted) + "], \"parsed\": [" + string.Join(",", parsed) + "]}");
    }
}
"#;

/// The C# harness for the codes of `signatures`.
fn cs_harness(signatures: &[Signature]) -> String {
    let value = |at: usize, kind: &str| match kind {
        "str" => format!("v[{at}]"),
        "bool" => format!("v[{at}] == \"true\""),
        "u32" => format!("uint.Parse(v[{at}], inv)"),
        "u64" => format!("ulong.Parse(v[{at}], inv)"),
        "i32" => format!("int.Parse(v[{at}], inv)"),
        "i64" => format!("long.Parse(v[{at}], inv)"),
        _ => format!("System.BitConverter.Int64BitsToDouble((long) ulong.Parse(v[{at}], inv))"),
    };
    let mut formats = String::new();
    let mut parses = String::new();
    for (name, variant, params) in signatures {
        let args: Vec<String> = params
            .iter()
            .enumerate()
            .map(|(at, (_, kind))| value(at, kind))
            .collect();
        let _ = writeln!(
            formats,
            "            case \"{name}\": return new {variant}({}).Format(lang);",
            args.join(", ")
        );
        let shown: Vec<String> = params
            .iter()
            .map(|(param, kind)| {
                let property = errcodes_catalog::variant_of(&param.to_ascii_uppercase());
                if kind == "str" {
                    format!("Json(r.{property})")
                } else {
                    format!("Json(S(r.{property}))")
                }
            })
            .collect();
        let _ = writeln!(
            parses,
            "            case \"{name}\": {{ {variant} r; return {variant}.TryParse(text, out r) ? \"[\" + string.Join(\",\", new[] {{ {} }}) + \"]\" : \"null\"; }}",
            shown.join(", ")
        );
    }
    CS_HARNESS
        .replace("@FORMAT@", &formats)
        .replace("@PARSE@", &parses)
}

/// A parameter's record component in the Java export (its `lowerCamel`
/// form; these test parameters take no `_`).
fn java_component(name: &str) -> String {
    errcodes_catalog::lower_camel(name)
}

/// A TypeScript file the types must accept (and refuse) under `--strict`.
const TS_TYPES: &str = r#"
import { formatRefundTooLarge, parseRefundTooLarge, RefundTooLargeParams, formatInvalidFieldType, parseBalanceOff } from "./errors";
const text: string = formatRefundTooLarge({ amount: 1500, remaining: 900 });
const back: RefundTooLargeParams | null = parseRefundTooLarge(text);
const big: string = formatRefundTooLarge({ amount: BigInt("18446744073709551615"), remaining: 0 }, "zh");
const field: string = formatInvalidFieldType({ field: "nick", expected: "String", actual: "Number" });
const ratio: number | undefined = parseBalanceOff("")?.ratio;
// @ts-expect-error a text value is a string
formatInvalidFieldType({ field: 1, expected: "", actual: "" });
// @ts-expect-error every value is required
formatRefundTooLarge({ amount: 1 });
export const used = [text, back, big, field, ratio];
"#;

#[test]
fn six_languages_format_and_parse_byte_for_byte() {
    let tsc = tool("ERRCODES_TSC", "tsc", &["--version"]);
    let node = tool("ERRCODES_NODE", "node", &["--version"]);
    let python = tool("ERRCODES_PYTHON", "python3", &["--version"]);
    let go = tool("ERRCODES_GO", "go", &["version"]);
    let javac = tool("ERRCODES_JAVAC", "javac", &["-version"]);
    let java = tool("ERRCODES_JAVA", "java", &["-version"]);
    let mcs = tool("ERRCODES_MCS", "mcs", &["--version"]);
    let mono = tool("ERRCODES_MONO", "mono", &["--version"]);

    let cases = cases();
    let rust_formatted: Vec<String> = cases.iter().map(format_in_rust).collect();
    let signatures = signatures();
    let inputs: Vec<(String, String)> = texts(&rust_formatted)
        .into_iter()
        .flat_map(|text| {
            signatures
                .iter()
                .map(move |(name, _, _)| (name.clone(), text.clone()))
        })
        .collect();
    let rust_parsed: Vec<Value> = inputs
        .iter()
        .map(|(name, text)| parse_in_rust(name, text))
        .collect();
    // The inputs are not all refused: each code reads its own messages.
    let read = rust_parsed.iter().filter(|v| !v.is_null()).count();
    assert!(read >= cases.len(), "only {read} texts parsed");
    let shown: Vec<String> = inputs.iter().map(|(n, t)| format!("{n}: {t}")).collect();

    let dir = scratch("values");
    let input = format!(
        "{{\"cases\": {}, \"parse\": {}, \"signatures\": {}}}",
        cases_json(&cases),
        serde_json::to_string(&inputs).unwrap(),
        serde_json::to_string(&signatures).unwrap()
    );
    fs::write(dir.join("input.json"), &input).unwrap();
    let check = |language: &str, output: &str| {
        let output: Value = serde_json::from_str(output.trim())
            .unwrap_or_else(|e| panic!("{language} printed no JSON ({e}): {output}"));
        let formatted = strings(&output["formatted"].to_string(), language);
        let case_names: Vec<String> = cases
            .iter()
            .map(|c| format!("{} {:?} {:?}", c.name, c.lang, c.values))
            .collect();
        agree(&rust_formatted, &formatted, language, &case_names);
        if let Some(parsed) = output["parsed"].as_array() {
            agree(&rust_parsed, parsed, language, &shown);
        }
    };

    if let (Some(tsc), Some(node)) = (&tsc, &node) {
        fs::write(dir.join("errors.ts"), export("typescript")).unwrap();
        fs::write(dir.join("types.ts"), TS_TYPES).unwrap();
        fs::write(dir.join("harness.js"), TS_HARNESS).unwrap();
        tsc_strict(
            tsc,
            &dir,
            &["errors.ts", "types.ts"],
            "tsc --strict on the export with values",
        );
        let out = must_run(
            Command::new(node).arg("harness.js").current_dir(&dir),
            "node",
        );
        check("TypeScript", &out);
    }
    if let Some(python) = &python {
        fs::write(dir.join("errors.py"), export("python")).unwrap();
        fs::write(dir.join("harness.py"), PY_HARNESS).unwrap();
        let out = must_run(
            Command::new(python).arg("harness.py").current_dir(&dir),
            "python3",
        );
        check("Python", &out);
    }
    if let Some(go) = &go {
        let module = dir.join("go");
        fs::create_dir_all(module.join("errcodes")).unwrap();
        fs::write(module.join("errcodes/errcodes.go"), export("go")).unwrap();
        fs::write(module.join("main.go"), go_harness(&signatures)).unwrap();
        fs::write(module.join("input.json"), &input).unwrap();
        let out = go_run(go, &module, &dir.join(".gocache"), "go run");
        check("Go", &out);
    }
    if let (Some(javac), Some(java)) = (&javac, &java) {
        let module = dir.join("java");
        fs::create_dir_all(module.join("errcodes")).unwrap();
        fs::write(module.join("errcodes/ErrorCode.java"), export("java")).unwrap();
        fs::write(module.join("Harness.java"), java_harness(&signatures)).unwrap();
        fs::write(module.join("input.txt"), java_input(&cases, &inputs)).unwrap();
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
            "javac -Xlint:all -Werror on the export with values",
        );
        let out = must_run(
            Command::new(java)
                .args(["-cp", "out", "Harness"])
                .current_dir(&module),
            "java",
        );
        check("Java", &out);
    }
    if let (Some(mcs), Some(mono)) = (&mcs, &mono) {
        let module = dir.join("cs");
        fs::create_dir_all(&module).unwrap();
        fs::write(module.join("Errors.cs"), export("csharp")).unwrap();
        fs::write(module.join("Harness.cs"), cs_harness(&signatures)).unwrap();
        fs::write(module.join("input.txt"), java_input(&cases, &inputs)).unwrap();
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
            "mcs -warnaserror on the export with values",
        );
        let out = must_run(
            Command::new(mono).arg("harness.exe").current_dir(&module),
            "mono",
        );
        check("C#", &out);
    }
    fs::remove_dir_all(&dir).ok();
}

/// The reader `parse` replaced, kept here as the reference: each value's
/// ends tried nearest first, backtracking without limit, a value used again
/// read as the same text. Exponential on a hostile text, exact on these.
fn searched(
    parts: &[errcodes_catalog::TemplatePart],
    kinds: &[errcodes::ParamKind],
    text: &str,
) -> Option<Vec<String>> {
    use errcodes_catalog::TemplatePart;
    fn matches<'t>(
        parts: &[TemplatePart],
        kinds: &[errcodes::ParamKind],
        rest: &'t str,
        slots: &mut Vec<Option<&'t str>>,
    ) -> bool {
        let Some((first, later)) = parts.split_first() else {
            return rest.is_empty();
        };
        match first {
            TemplatePart::Text(piece) => rest
                .strip_prefix(piece.as_str())
                .is_some_and(|rest| matches(later, kinds, rest, slots)),
            TemplatePart::Value(index) => {
                if let Some(seen) = slots[*index] {
                    return rest
                        .strip_prefix(seen)
                        .is_some_and(|rest| matches(later, kinds, rest, slots));
                }
                let ends = (0..=rest.len()).filter(|&end| rest.is_char_boundary(end));
                for end in ends {
                    if kinds[*index].reads(&rest[..end]) {
                        slots[*index] = Some(&rest[..end]);
                        if matches(later, kinds, &rest[end..], slots) {
                            return true;
                        }
                        slots[*index] = None;
                    }
                }
                false
            }
        }
    }
    let mut slots = vec![None; kinds.len()];
    if !matches(parts, kinds, text, &mut slots) {
        return None;
    }
    let values = slots.into_iter().zip(kinds).map(|(slot, kind)| {
        let text = slot?;
        Some(match kind {
            errcodes::ParamKind::F64 => {
                let x: f64 = text.parse().ok()?;
                if x.is_nan() {
                    "NaN".to_owned()
                } else {
                    bits(x)
                }
            }
            errcodes::ParamKind::Str | errcodes::ParamKind::Bool => text.to_owned(),
            _ => text.parse::<i128>().ok()?.to_string(),
        })
    });
    values.collect()
}

/// The linear reader gives what the search gave, on every text the
/// agreement test reads: the formatted messages of 300 random cases and
/// their perturbations (about 13,000 readings over five codes).
#[test]
fn parse_gives_the_answers_of_the_search() {
    let catalog = errcodes_catalog::read(&common::root().join(CATALOG)).expect("the catalog");
    let formatted: Vec<String> = cases().iter().map(format_in_rust).collect();
    let texts = texts(&formatted);
    let mut compared = 0;
    for code in catalog.codes.iter().filter(|c| !c.params.is_empty()) {
        // One type in both crates: errcodes-core's.
        let kinds: Vec<errcodes::ParamKind> = code.params.iter().map(|p| p.kind).collect();
        // What `parse` tries, in its order.
        let mut templates = vec![code.template_of(&code.message).unwrap()];
        templates.extend(
            code.translations
                .iter()
                .map(|(_, t)| code.template_of(t).unwrap()),
        );
        templates.extend(
            code.also
                .iter()
                .filter_map(|t| code.template_of(t))
                .filter(|t| t.uses_all(code.params.len())),
        );
        for text in &texts {
            let want = templates
                .iter()
                .find_map(|t| searched(&t.parts, &kinds, text))
                .map_or(Value::Null, |values| json!(values));
            assert_eq!(
                parse_in_rust(&code.name, text),
                want,
                "{} on {text:?}",
                code.name
            );
            compared += usize::from(!want.is_null());
        }
    }
    assert!(compared >= 1_000, "only {compared} texts read");
}

/// The agreement check catches a wrong writer: a Java export whose `u64`
/// values are written as signed numbers differs from Rust.
#[test]
fn a_mutated_number_writer_fails_the_agreement() {
    let (Some(javac), Some(java)) = (
        tool("ERRCODES_JAVAC", "javac", &["-version"]),
        tool("ERRCODES_JAVA", "java", &["-version"]),
    ) else {
        return;
    };
    let cases = cases();
    let rust_formatted: Vec<String> = cases.iter().map(format_in_rust).collect();
    let dir = scratch("values-mutated");
    fs::create_dir_all(dir.join("errcodes")).unwrap();
    let source = export("java");
    let mutated = source.replace("Long.toUnsignedString(", "String.valueOf(");
    assert_ne!(mutated, source, "the export writes u64 values unsigned");
    fs::write(dir.join("errcodes/ErrorCode.java"), mutated).unwrap();
    fs::write(dir.join("Harness.java"), java_harness(&signatures())).unwrap();
    fs::write(dir.join("input.txt"), java_input(&cases, &[])).unwrap();
    must_run(
        Command::new(javac)
            .args(["-d", "out", "errcodes/ErrorCode.java", "Harness.java"])
            .current_dir(&dir),
        "javac",
    );
    let out = must_run(
        Command::new(java)
            .args(["-cp", "out", "Harness"])
            .current_dir(&dir),
        "java",
    );
    let out: Value = serde_json::from_str(out.trim()).unwrap();
    let formatted = strings(&out["formatted"].to_string(), "Java");
    assert_eq!(formatted.len(), rust_formatted.len());
    assert!(
        formatted.iter().zip(&rust_formatted).any(|(a, b)| a != b),
        "a signed u64 writer agreed with Rust on every case"
    );
    fs::remove_dir_all(&dir).ok();
}

/// Problem bodies as a client receives them, and what `fromProblemX` /
/// `from_problem_x` must give back: `(code, body, values as JSON or null)`.
fn bodies() -> Vec<(&'static str, Value, Value)> {
    vec![
        (
            "REFUND_TOO_LARGE",
            json!({"code": 4105, "amount": 1500, "remaining": 900}),
            json!([1500, 900]),
        ),
        (
            "REFUND_TOO_LARGE",
            json!({"code": 4105, "amount": "1500", "detail": "Refund of 7 cents exceeds the remaining 8."}),
            json!([7, 8]),
        ),
        (
            "REFUND_TOO_LARGE",
            json!({"code": 4105, "amount": -1, "remaining": 1}),
            Value::Null,
        ),
        (
            "REFUND_TOO_LARGE",
            json!({"code": 111, "amount": 1, "remaining": 1}),
            Value::Null,
        ),
        (
            "CQL_SYNTAX_ERROR",
            json!({"code": 300, "line": 4_294_967_296_u64, "column": 1}),
            Value::Null,
        ),
        (
            "CQL_SYNTAX_ERROR",
            json!({"code": 300, "line": 4_294_967_295_u32, "column": 0}),
            json!([4_294_967_295_u32, 0]),
        ),
        (
            "BALANCE_OFF",
            json!({"code": 4106, "delta": -3, "ratio": "NaN", "rounded": true, "account": "acme"}),
            json!([-3, "NaN", true, "acme"]),
        ),
        (
            "BALANCE_OFF",
            json!({"code": 4106, "delta": -3, "ratio": 0.5, "rounded": 1, "account": "acme"}),
            Value::Null,
        ),
        (
            "INVALID_FIELD_TYPE",
            json!({"code": 111, "field": "a", "expected": "b", "actual": "c"}),
            json!(["a", "b", "c"]),
        ),
        ("INVALID_FIELD_TYPE", json!([1, 2]), Value::Null),
    ]
}

#[test]
fn typescript_and_python_read_values_back_from_a_problem() {
    let dir = scratch("from-problem");
    let input: Vec<Value> = bodies()
        .into_iter()
        .map(|(name, body, _)| json!([name, body]))
        .collect();
    fs::write(dir.join("bodies.json"), Value::from(input).to_string()).unwrap();
    let want: Vec<Value> = bodies().into_iter().map(|(_, _, want)| want).collect();
    let shown = |out: &str| -> Vec<Value> { serde_json::from_str(out.trim()).unwrap() };
    if let (Some(tsc), Some(node)) = (
        tool("ERRCODES_TSC", "tsc", &["--version"]),
        tool("ERRCODES_NODE", "node", &["--version"]),
    ) {
        fs::write(dir.join("errors.ts"), export("typescript")).unwrap();
        tsc_strict(&tsc, &dir, &["errors.ts"], "tsc --strict");
        fs::write(
            dir.join("check.js"),
            "const e = require(\"./out/errors.js\");\nconst camel = (n) => n.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase());\n\
             const bodies = JSON.parse(require(\"fs\").readFileSync(\"bodies.json\", \"utf8\"));\n\
             const out = bodies.map(([name, body]) => { const r = e[\"fromProblem\" + camel(name)](body); return r === null ? null : Object.values(r).map((v) => (typeof v === \"number\" && Number.isNaN(v)) ? \"NaN\" : typeof v === \"bigint\" ? Number(v) : v); });\n\
             process.stdout.write(JSON.stringify(out));\n",
        )
        .unwrap();
        let out = must_run(Command::new(node).arg("check.js").current_dir(&dir), "node");
        assert_eq!(shown(&out), want, "TypeScript");
    }
    if let Some(python) = tool("ERRCODES_PYTHON", "python3", &["--version"]) {
        fs::write(dir.join("errors.py"), export("python")).unwrap();
        fs::write(
            dir.join("check.py"),
            "import json, math, sys\nimport errors\nout = []\nfor name, body in json.load(open(\"bodies.json\")):\n    r = getattr(errors, \"from_problem_\" + name.lower())(body)\n    out.append(None if r is None else [\"NaN\" if isinstance(v, float) and math.isnan(v) else v for v in r.values()])\nsys.stdout.write(json.dumps(out))\n",
        )
        .unwrap();
        let out = must_run(
            Command::new(python).arg("check.py").current_dir(&dir),
            "python3",
        );
        assert_eq!(shown(&out), want, "Python");
    }
    fs::remove_dir_all(&dir).ok();
}
