//! A TypeScript module, plain objects rather than a `const enum` (which
//! isolated-module builds and JavaScript callers cannot use):
//!
//! ```ts
//! export const ErrorCode = { OBJECT_NOT_FOUND: 101, … } as const;
//! export type ErrorCodeName = keyof typeof ErrorCode; // former names too
//! export type ErrorCode = (typeof ErrorCode)[ErrorCodeName]; // 101 | 102 | …
//! export const names: Readonly<Record<ErrorCode, ErrorCodeName>>;
//! export function fromCode(n: number): ErrorCode | undefined;
//! export const messages: Readonly<Record<ErrorCode, string>>;
//! export function message(code: ErrorCode, lang?: string): string;
//! export const httpStatus, titles, titleTranslations, descriptions, deprecated;
//! ```
//!
//! With gRPC, `grpcStatus`; with retired numbers, `retired`.
//!
//! A former name (`aliases:`) is a member of `ErrorCode` too, with the same
//! number, marked `@deprecated`; `names` gives the current name.
//!
//! With tags: `type Tag = "retryable" | …`, `tagged` (the codes of each
//! tag) and `hasTag(code, tag)`.
//!
//! For each code with values, `XParams` (an interface of them), `formatX`
//! and `parseX`, which write and read the messages exactly as the Rust
//! struct does (`u64`/`i64` values are `number | bigint`: a `number`
//! holds whole numbers exactly only up to 2^53).

use std::fmt::Write as _;

use errcodes_catalog::{Catalog, Code, ParamKind};

use super::model::{Model, Writer};
use super::values::{self, Templates};
use crate::text::{one_line, quoted};

/// The TypeScript export, section by section.
#[derive(Default)]
pub struct TypeScript {
    out: String,
}

impl Writer for TypeScript {
    fn start(&mut self, model: &Model<'_>) {
        let _ = writeln!(
            self.out,
            "// {}\n//\n// Compiles with `tsc --strict --target es2020` (BigInt for 64-bit values)\n// or any later target; no other setting is needed.\n",
            model.from.line("typescript")
        );
    }

    fn codes(&mut self, model: &Model<'_>) {
        let out = &mut self.out;
        out.push_str("/** The catalog's error codes, by name (former names too, deprecated). */\nexport const ErrorCode = {\n");
        for code in model.codes() {
            let _ = writeln!(out, "{}  {}: {},", doc(code), code.name, code.code);
            for alias in &code.aliases {
                let _ = writeln!(
                    out,
                    "  /**\n   * {}: former name of {}, the same code.\n   * @deprecated renamed to {}\n   */\n  {alias}: {},",
                    code.code, code.name, code.name, code.code
                );
            }
        }
        out.push_str("} as const;\n\n");
        out.push_str("/** The name of an error code of the catalog. */\n");
        out.push_str("export type ErrorCodeName = keyof typeof ErrorCode;\n\n");
        out.push_str("/** An error code of the catalog: one of its numbers. */\n");
        out.push_str("export type ErrorCode = (typeof ErrorCode)[ErrorCodeName];\n\n");
        out.push_str("/** The name of each code. */\n");
        out.push_str("export const names: Readonly<Record<ErrorCode, ErrorCodeName>> = {\n");
        for code in model.codes() {
            let _ = writeln!(out, "  {}: {},", code.code, quoted(&code.name));
        }
        out.push_str("};\n\n");
        out.push_str(
            "/** The code numbered `n`, or `undefined` when the catalog has no such code. */\n\
             export function fromCode(n: number): ErrorCode | undefined {\n  \
             return Object.prototype.hasOwnProperty.call(names, n) ? (n as ErrorCode) : undefined;\n\
             }\n",
        );
    }

    fn messages(&mut self, model: &Model<'_>) {
        let out = &mut self.out;
        out.push_str("\n/** The message sent with each code (empty when there is none; a template with `{name}` placeholders for a code with values). */\n");
        out.push_str("export const messages: Readonly<Record<ErrorCode, string>> = {\n");
        for code in model.codes() {
            let _ = writeln!(out, "  {}: {},", code.code, quoted(&code.message));
        }
        out.push_str("};\n\n");
        by_language(
            out,
            "The message of each code in other languages, by language.",
            "translations",
            model.codes().iter().map(|c| (c, &c.translations)),
        );
        out.push_str(
            "\n/** The message of `code` in language `lang` when the catalog translates it, else the message. */\n\
             export function message(code: ErrorCode, lang?: string): string {\n  \
             const translated = lang === undefined ? undefined : translations[code]?.[lang];\n  \
             return translated ?? messages[code];\n\
             }\n",
        );
    }

    fn metadata(&mut self, model: &Model<'_>) {
        let catalog = model.catalog;
        let out = &mut self.out;
        out.push_str("\n/** The HTTP status each code is answered with. */\nexport const httpStatus: Readonly<Record<ErrorCode, number>> = {\n");
        for code in model.codes() {
            let _ = writeln!(out, "  {}: {},", code.code, catalog.http_of(code));
        }
        out.push_str("};\n\n/** A short summary of each code (the problem details' `title`). */\nexport const titles: Readonly<Record<ErrorCode, string>> = {\n");
        for code in model.codes() {
            let _ = writeln!(out, "  {}: {},", code.code, quoted(&code.title()));
        }
        out.push_str("};\n\n");
        by_language(
            out,
            "The title of each code in other languages, by language.",
            "titleTranslations",
            model.codes().iter().map(|c| (c, &c.title_translations)),
        );
        out.push('\n');
        by_language(
            out,
            "What each code means, by language.",
            "descriptions",
            model.codes().iter().map(|c| (c, &c.descriptions)),
        );
        out.push_str("\n/** Why each deprecated code is deprecated. */\nexport const deprecated: Readonly<Partial<Record<ErrorCode, string>>> = {\n");
        for code in model.codes() {
            if let Some(reason) = &code.deprecated {
                let _ = writeln!(out, "  {}: {},", code.code, quoted(reason));
            }
        }
        out.push_str("};\n");
    }

    fn grpc(&mut self, model: &Model<'_>) {
        let out = &mut self.out;
        out.push_str("\n/** The gRPC status (a canonical `google.rpc.Code` name) each code is sent with. */\nexport const grpcStatus: Readonly<Record<ErrorCode, string>> = {\n");
        for code in model.codes() {
            let _ = writeln!(
                out,
                "  {}: {},",
                code.code,
                quoted(model.catalog.grpc_of(code).as_str())
            );
        }
        out.push_str("};\n");
    }

    fn tags(&mut self, model: &Model<'_>) {
        with_tags(&mut self.out, model.catalog);
    }

    fn retired(&mut self, model: &Model<'_>) {
        let numbers: Vec<String> = model.retired.iter().map(|r| r.code.to_string()).collect();
        let _ = writeln!(
            self.out,
            "\n/** Numbers no code may use again (reserved or removed); `fromCode` answers `undefined` for them. */\nexport const retired: readonly number[] = [{}];",
            numbers.join(", ")
        );
    }

    fn values(&mut self, model: &Model<'_>) {
        with_values(&mut self.out, &model.values);
    }

    fn finish(self) -> String {
        self.out
    }
}

/// A `Partial<Record<ErrorCode, Record<string, string>>>` constant named
/// `name` of the texts by language `of` gives each code (codes with none
/// left out).
fn by_language<'c>(
    out: &mut String,
    doc: &str,
    name: &str,
    of: impl Iterator<Item = (&'c Code, &'c Vec<(String, String)>)>,
) {
    let _ = writeln!(
        out,
        "/** {doc} */\nexport const {name}: Readonly<Partial<Record<ErrorCode, Readonly<Record<string, string>>>>> = {{"
    );
    for (code, texts) in of {
        if texts.is_empty() {
            continue;
        }
        let pairs: Vec<String> = texts
            .iter()
            .map(|(lang, text)| format!("{}: {}", quoted(lang), quoted(text)))
            .collect();
        let _ = writeln!(out, "  {}: {{ {} }},", code.code, pairs.join(", "));
    }
    out.push_str("};\n");
}

/// `Tag`, `tagged` and `hasTag`, when the catalog declares tags.
fn with_tags(out: &mut String, catalog: &Catalog) {
    if catalog.tags.is_empty() {
        return;
    }
    let keys: Vec<String> = catalog.tags.iter().map(|t| quoted(&t.key)).collect();
    let _ = writeln!(
        out,
        "\n/** A tag of the catalog: a property codes of any group may have. */\nexport type Tag = {};\n",
        keys.join(" | ")
    );
    out.push_str("/** The codes with each tag, in ascending order (their own tags and their groups'). */\nexport const tagged: Readonly<Record<Tag, readonly ErrorCode[]>> = {\n");
    for tag in &catalog.tags {
        let codes: Vec<String> = catalog
            .tagged(&tag.key)
            .map(|c| c.code.to_string())
            .collect();
        let _ = writeln!(out, "  {}: [{}],", quoted(&tag.key), codes.join(", "));
    }
    out.push_str("};\n\n");
    out.push_str(
        "/** Whether `code` has the tag `tag`. */\n\
         export function hasTag(code: ErrorCode, tag: Tag): boolean {\n  \
         return Object.prototype.hasOwnProperty.call(tagged, tag) && (tagged[tag] as readonly number[]).includes(code);\n\
         }\n",
    );
}

/// The `JSDoc` of one member: number, message, deprecation.
fn doc(code: &Code) -> String {
    let mut lines = vec![if code.message.is_empty() {
        format!("{} (no message)", code.code)
    } else {
        format!("{}: {}", code.code, one_line(&code.message))
    }];
    if let Some(reason) = &code.deprecated {
        lines.push(format!("@deprecated {}", one_line(reason)));
    }
    let body: Vec<String> = lines
        .iter()
        .map(|l| format!("   * {}", l.trim_end()))
        .collect();
    format!("  /**\n{}\n   */\n", body.join("\n"))
}

/// The helpers every code with values uses: the types of values, and
/// reading a message back.
const HELPERS: &str = include_str!("reader/reader.ts");

/// Formats a decimal (emitted only when a parameter is an `f64`: unused
/// locals are an error under `noUnusedLocals`).
const FORMAT_DECIMAL: &str = r#"
/** A decimal as the messages write it: the shortest digits that read back
 * as the same number, without an exponent; `NaN`, `inf`, `-inf`. */
function writeDecimal(x: number): string {
  if (Number.isNaN(x)) {
    return "NaN";
  }
  if (!Number.isFinite(x)) {
    return x > 0 ? "inf" : "-inf";
  }
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const [mantissa, exponent] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const point = Number(exponent) + 1;
  if (point <= 0) {
    return sign + "0." + "0".repeat(-point) + digits;
  }
  if (point >= digits.length) {
    return sign + digits + "0".repeat(point - digits.length);
  }
  return sign + digits.slice(0, point) + "." + digits.slice(point);
}
"#;

/// Formats a whole number (emitted only when a parameter is one).
const FORMAT_WHOLE: &str = r#"
/** A whole number in decimal digits, however large. */
function writeWhole(n: number | bigint): string {
  if (typeof n === "number" && Number.isInteger(n)) {
    return BigInt(n).toString();
  }
  return n.toString();
}
"#;

/// The TypeScript type of a parameter's value.
fn ts_type(kind: ParamKind) -> &'static str {
    match kind {
        ParamKind::Bool => "boolean",
        ParamKind::U32 | ParamKind::I32 | ParamKind::F64 => "number",
        ParamKind::U64 | ParamKind::I64 => "number | bigint",
        ParamKind::Str => "string",
    }
}

/// The interface, format and parse functions of every code with values.
fn with_values(out: &mut String, codes: &[(&Code, Templates<'_>)]) {
    out.push_str(HELPERS);
    if values::any_kind(codes, |kind| kind == ParamKind::F64) {
        out.push_str(FORMAT_DECIMAL);
    }
    if values::any_kind(codes, |kind| {
        !matches!(kind, ParamKind::F64 | ParamKind::Str | ParamKind::Bool)
    }) {
        out.push_str(FORMAT_WHOLE);
    }
    for (code, templates) in codes {
        let name = values::upper(code);
        let about = format!("{} ({})", code.name, code.code);
        let _ = writeln!(
            out,
            "\n/** The values in the message of {about}. */\nexport interface {name}Params {{"
        );
        for param in &code.params {
            let _ = writeln!(out, "  {}: {};", param.name, ts_type(param.kind));
        }
        out.push_str("}\n");
        let value = |index: usize| {
            let param = &code.params[index];
            match param.kind {
                ParamKind::Bool => format!("String(params.{})", param.name),
                ParamKind::F64 => format!("writeDecimal(params.{})", param.name),
                ParamKind::Str => format!("params.{}", param.name),
                ParamKind::U32 | ParamKind::U64 | ParamKind::I32 | ParamKind::I64 => {
                    format!("writeWhole(params.{})", param.name)
                }
            }
        };
        let _ = writeln!(
            out,
            "\n/** The message of {about} with `params` written in: in language `lang` when the catalog translates it. */\n\
             export function format{name}(params: {name}Params, lang?: string): string {{"
        );
        if !templates.translations.is_empty() {
            out.push_str("  switch (lang) {\n");
            for (lang, template) in &templates.translations {
                let _ = writeln!(
                    out,
                    "    case {}:\n      return {};",
                    quoted(lang),
                    values::joined(template, value)
                );
            }
            out.push_str("  }\n");
        }
        let _ = writeln!(
            out,
            "  return {};\n}}",
            values::joined(&templates.message, value)
        );
        let read: Vec<String> = templates
            .read
            .iter()
            .map(|template| format!("[{}]", values::parts_list(template)))
            .collect();
        let kinds = values::kinds_list(code);
        let fields: Vec<String> = code
            .params
            .iter()
            .enumerate()
            .map(|(index, param)| {
                format!("{}: values[{index}] as {}", param.name, ts_type(param.kind))
            })
            .collect();
        let _ = writeln!(
            out,
            "\n/** The values of {about} read back from one of its messages (the message, a translation, an `also` text with every value), or `null`. */\n\
             export function parse{name}(text: string): {name}Params | null {{\n  \
             const values = readTemplate(text, [{}], [{}]);\n  \
             return values === null ? null : {{ {} }};\n}}",
            read.join(", "),
            kinds,
            fields.join(", ")
        );
        from_problem(out, code, name, &about);
    }
    out.push_str(MEMBER);
}

/// `fromProblemX`: the values of a received problem body.
fn from_problem(out: &mut String, code: &Code, name: &str, about: &str) {
    let members: Vec<String> = code
        .params
        .iter()
        .map(|p| {
            format!(
                "{}: member(body, {}, {})",
                p.name,
                quoted(&p.name),
                quoted(p.kind.as_str())
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "\n/** The values of a received problem body of {about}: its members, or, when one is missing or of another type, its `detail` read back; `null` for another code's problem. */\n\
         export function fromProblem{name}(body: unknown): {name}Params | null {{\n  \
         if (typeof body !== \"object\" || body === null || (body as Record<string, unknown>).code !== {}) return null;\n  \
         const values = {{ {} }};\n  \
         if (Object.values(values).every((v) => v !== undefined)) return values as {name}Params;\n  \
         const detail = (body as Record<string, unknown>).detail;\n  \
         return typeof detail === \"string\" ? parse{name}(detail) : null;\n}}",
        code.code,
        members.join(", ")
    );
}

/// Reads a problem body's member as a value of a type, as the Rust
/// `Problem::member` does (emitted with the values).
const MEMBER: &str = r#"
/** The member `name` of a problem body as a value of type `kind`, or
 * `undefined` when it is missing or of another type. */
function member(body: unknown, name: string, kind: ParamKind): ParamValue | undefined {
  const value = (body as Record<string, unknown>)[name];
  switch (kind) {
    case "str":
      return typeof value === "string" ? value : undefined;
    case "bool":
      return typeof value === "boolean" ? value : undefined;
    case "f64":
      if (typeof value === "number") return value;
      if (value === "NaN") return NaN;
      if (value === "inf") return Infinity;
      if (value === "-inf") return -Infinity;
      return undefined;
    default: {
      if (typeof value !== "number" || !Number.isSafeInteger(value)) return undefined;
      const [max, min] = WHOLE[kind];
      const n = BigInt(value);
      const low = min === null ? BigInt(0) : -BigInt(min);
      return n <= BigInt(max) && n >= low ? value : undefined;
    }
  }
}
"#;
