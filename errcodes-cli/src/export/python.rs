//! A Python module: `ErrorCode`, an `enum.IntEnum` whose members carry
//! their message as an attribute docstring (a former name is an alias of
//! its member: `ErrorCode.MAIL_TAKEN is ErrorCode.EMAIL_TAKEN`),
//! `from_code`, `MESSAGES`, `TRANSLATIONS` and `message(code, lang)`,
//! `HTTP_STATUS`, `TITLES`, `TITLE_TRANSLATIONS`, `DESCRIPTIONS`,
//! `DEPRECATED` (number → reason), with gRPC `GRPC_STATUS`, with retired
//! numbers `RETIRED`;
//! with tags, `TAGS` (the codes of each tag) and `has_tag(code, tag)`;
//! for each code with values, `XParams` (a `TypedDict`), `format_x(*, …,
//! lang=None)` and `parse_x(text)`, which write and read the messages as
//! the Rust struct does.

use std::fmt::Write as _;

use errcodes_catalog::{Code, ParamKind};

use super::model::{Model, Writer};
use super::values::{self, Templates};
use crate::text::quoted;

/// The Python export, section by section; `names` is what `__all__` lists.
#[derive(Default)]
pub struct Python {
    out: String,
    names: Vec<String>,
}

impl Python {
    /// A module-level mapping `NAME: typing.Dict[ErrorCode, TYPE]` of the
    /// value `of` gives each code (codes it gives none left out), and its
    /// docstring.
    fn mapping<'c>(
        &mut self,
        name: &str,
        kind: &str,
        doc: &str,
        of: impl Iterator<Item = (&'c Code, Option<String>)>,
    ) {
        let _ = writeln!(self.out, "\n\n{name}: typing.Dict[ErrorCode, {kind}] = {{");
        for (code, value) in of {
            if let Some(value) = value {
                let _ = writeln!(self.out, "    ErrorCode.{}: {value},", code.name);
            }
        }
        let _ = writeln!(self.out, "}}\n{}", quoted(doc));
        self.names.push(name.to_owned());
    }

    /// A mapping of each code's texts by language (`{"zh": "…"}`).
    fn by_language<'c>(
        &mut self,
        name: &str,
        doc: &str,
        of: impl Iterator<Item = (&'c Code, &'c Vec<(String, String)>)>,
    ) {
        self.mapping(
            name,
            "typing.Dict[str, str]",
            doc,
            of.map(|(code, texts)| {
                let pairs: Vec<String> = texts
                    .iter()
                    .map(|(lang, text)| format!("{}: {}", quoted(lang), quoted(text)))
                    .collect();
                (
                    code,
                    (!texts.is_empty()).then(|| format!("{{{}}}", pairs.join(", "))),
                )
            }),
        );
    }
}

impl Writer for Python {
    fn start(&mut self, model: &Model<'_>) {
        let _ = writeln!(
            self.out,
            "\"\"\"Error codes of the catalog {}.\n\n{}\n\"\"\"\n",
            python_doc(&model.from.source),
            python_doc(&model.from.line("python"))
        );
        self.out.push_str(if model.values.is_empty() {
            "import enum\nimport typing\n"
        } else {
            "import collections\nimport collections.abc\nimport decimal\nimport enum\nimport math\nimport typing\n"
        });
        // Filled in at the end, when the names are known.
        self.out.push_str("\n__all__ = [@ALL@]\n\n\n");
    }

    fn codes(&mut self, model: &Model<'_>) {
        let out = &mut self.out;
        out.push_str("class ErrorCode(enum.IntEnum):\n    \"\"\"The catalog's error codes; each value is the code's number.\"\"\"\n");
        for code in model.codes() {
            let _ = writeln!(out, "\n    {} = {}", code.name, code.code);
            let mut doc = if code.message.is_empty() {
                code.name.clone()
            } else {
                code.message.clone()
            };
            if let Some(reason) = &code.deprecated {
                let _ = write!(doc, " (deprecated: {reason})");
            }
            let _ = writeln!(out, "    {}", quoted(&doc));
            // The same value again: an alias of the member above.
            for alias in &code.aliases {
                let _ = writeln!(
                    out,
                    "\n    {alias} = {}\n    {}",
                    code.code,
                    quoted(&format!(
                        "Former name of {}, the same member (deprecated: renamed to {}).",
                        code.name, code.name
                    ))
                );
            }
        }
        out.push_str(
            "\n    @property\n    def message(self) -> str:\n        \"\"\"The message sent with this code (empty when there is none).\"\"\"\n        return MESSAGES[self]\n",
        );
        out.push_str(
            "\n\ndef from_code(number: int) -> typing.Optional[ErrorCode]:\n    \"\"\"The code numbered `number`, or None when the catalog has no such code.\"\"\"\n    try:\n        return ErrorCode(number)\n    except ValueError:\n        return None\n",
        );
        self.names
            .extend(["ErrorCode".to_owned(), "from_code".to_owned()]);
    }

    fn messages(&mut self, model: &Model<'_>) {
        self.mapping(
            "MESSAGES",
            "str",
            "The message sent with each code (a template with {name} placeholders for a code with values).",
            model.codes().iter().map(|c| (c, Some(quoted(&c.message)))),
        );
        self.by_language(
            "TRANSLATIONS",
            "The message of each code in other languages, by language.",
            model.codes().iter().map(|c| (c, &c.translations)),
        );
        self.out.push_str(
            "\n\ndef message(code: int, lang: typing.Optional[str] = None) -> typing.Optional[str]:\n    \"\"\"The message of `code` in language `lang` when the catalog translates it, else the message; None for a number that is not a code of the catalog.\"\"\"\n    if code not in MESSAGES:\n        return None\n    translated = TRANSLATIONS.get(ErrorCode(code), {}).get(lang) if lang is not None else None\n    return translated if translated is not None else MESSAGES[ErrorCode(code)]\n",
        );
        self.names.push("message".to_owned());
    }

    fn metadata(&mut self, model: &Model<'_>) {
        let catalog = model.catalog;
        self.mapping(
            "HTTP_STATUS",
            "int",
            "The HTTP status each code is answered with.",
            model
                .codes()
                .iter()
                .map(|c| (c, Some(catalog.http_of(c).to_string()))),
        );
        self.mapping(
            "TITLES",
            "str",
            "A short summary of each code (the problem details' title).",
            model.codes().iter().map(|c| (c, Some(quoted(&c.title())))),
        );
        self.by_language(
            "TITLE_TRANSLATIONS",
            "The title of each code in other languages, by language.",
            model.codes().iter().map(|c| (c, &c.title_translations)),
        );
        self.by_language(
            "DESCRIPTIONS",
            "What each code means, by language.",
            model.codes().iter().map(|c| (c, &c.descriptions)),
        );
        self.mapping(
            "DEPRECATED",
            "str",
            "Why each deprecated code is deprecated.",
            model
                .codes()
                .iter()
                .map(|c| (c, c.deprecated.as_deref().map(quoted))),
        );
    }

    fn grpc(&mut self, model: &Model<'_>) {
        let catalog = model.catalog;
        self.mapping(
            "GRPC_STATUS",
            "str",
            "The gRPC status (a canonical google.rpc.Code name) each code is sent with.",
            model
                .codes()
                .iter()
                .map(|c| (c, Some(quoted(catalog.grpc_of(c).as_str())))),
        );
    }

    fn tags(&mut self, model: &Model<'_>) {
        let catalog = model.catalog;
        let out = &mut self.out;
        out.push_str("\n\nTAGS: typing.Dict[str, typing.FrozenSet[ErrorCode]] = {\n");
        for tag in &catalog.tags {
            let members: Vec<String> = catalog
                .tagged(&tag.key)
                .map(|c| format!("ErrorCode.{}", c.name))
                .collect();
            let set = if members.is_empty() {
                "frozenset()".to_owned()
            } else {
                format!("frozenset({{{}}})", members.join(", "))
            };
            let _ = writeln!(out, "    {}: {set},", quoted(&tag.key));
        }
        out.push_str(
            "}\n\"\"\"The codes with each tag (their own tags and their groups').\"\"\"\n",
        );
        out.push_str("\n\ndef has_tag(code: int, tag: str) -> bool:\n    \"\"\"Whether `code` has the tag `tag` (False for a tag the catalog does not declare).\"\"\"\n    return code in TAGS.get(tag, frozenset())\n");
        self.names.extend(["TAGS".to_owned(), "has_tag".to_owned()]);
    }

    fn retired(&mut self, model: &Model<'_>) {
        let numbers: Vec<String> = model.retired.iter().map(|r| r.code.to_string()).collect();
        let _ = writeln!(
            self.out,
            "\n\nRETIRED: typing.FrozenSet[int] = frozenset({{{}}})\n\"\"\"Numbers no code may use again (reserved or removed); from_code answers None for them.\"\"\"",
            numbers.join(", ")
        );
        self.names.push("RETIRED".to_owned());
    }

    fn values(&mut self, model: &Model<'_>) {
        with_values(&mut self.out, &model.values, &mut self.names);
    }

    fn finish(self) -> String {
        let names: Vec<String> = self.names.iter().map(|n| quoted(n)).collect();
        self.out.replacen("@ALL@", &names.join(", "), 1)
    }
}

/// Text safe inside a triple-quoted docstring: backslashes and quotes
/// escaped, and every hidden character (`NUL`, which Python source may
/// not hold, among them) as an escape.
fn python_doc(text: &str) -> String {
    let literal = crate::text::quoted(text);
    literal[1..literal.len() - 1].to_owned()
}

/// The helpers every code with values uses: reading a message back
/// (`reader/reader.py`), and writing numbers as Rust's `Display` does.
const HELPERS: &str = concat!(
    include_str!("reader/reader.py"),
    r#"

def _decimal(x: float) -> str:
    """A decimal as the messages write it: the shortest digits that read
    back as the same number, without an exponent; NaN, inf, -inf."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    return sign + format(decimal.Decimal(repr(abs(float(x)))).normalize(), "f")


def _whole(n: int) -> str:
    return str(int(n))


def _boolean(b: bool) -> str:
    return "true" if b else "false"
"#
);

/// Python's keywords, which cannot name an argument.
const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// The argument a parameter is passed as: its name, with `_` after it when
/// that is a keyword or `lang` (PEP 8's way).
fn argument(name: &str) -> String {
    if KEYWORDS.contains(&name) || name == "lang" {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

fn py_type(kind: ParamKind) -> &'static str {
    match kind {
        ParamKind::Bool => "bool",
        ParamKind::F64 => "float",
        ParamKind::Str => "str",
        ParamKind::U32 | ParamKind::U64 | ParamKind::I32 | ParamKind::I64 => "int",
    }
}

/// The `TypedDict`, format and parse functions of every code with values.
fn with_values(out: &mut String, codes: &[(&Code, Templates<'_>)], names: &mut Vec<String>) {
    out.push_str(HELPERS);
    for (code, templates) in codes {
        let snake = values::snake(code);
        let typed = format!("{}Params", values::upper(code));
        let about = format!("{} ({})", code.name, code.code);
        let fields: Vec<String> = code
            .params
            .iter()
            .map(|p| format!("{}: {}", quoted(&p.name), py_type(p.kind)))
            .collect();
        let _ = writeln!(
            out,
            "\n\n{typed} = typing.TypedDict({}, {{{}}})\n\"\"\"The values in the message of {about}.\"\"\"",
            quoted(&typed),
            fields.join(", ")
        );
        let value = |index: usize| {
            let param = &code.params[index];
            let arg = argument(&param.name);
            match param.kind {
                ParamKind::Bool => format!("_boolean({arg})"),
                ParamKind::F64 => format!("_decimal({arg})"),
                ParamKind::Str => arg,
                ParamKind::U32 | ParamKind::U64 | ParamKind::I32 | ParamKind::I64 => {
                    format!("_whole({arg})")
                }
            }
        };
        let arguments: Vec<String> = code
            .params
            .iter()
            .map(|p| format!("{}: {}", argument(&p.name), py_type(p.kind)))
            .collect();
        let _ = writeln!(
            out,
            "\n\ndef format_{snake}(*, {}, lang: typing.Optional[str] = None) -> str:\n    \"\"\"The message of {about} with the values written in: in language `lang` when the catalog translates it.\"\"\"",
            arguments.join(", ")
        );
        for (lang, template) in &templates.translations {
            let _ = writeln!(
                out,
                "    if lang == {}:\n        return {}",
                quoted(lang),
                values::joined(template, value)
            );
        }
        let _ = writeln!(
            out,
            "    return {}",
            values::joined(&templates.message, value)
        );
        let read: Vec<String> = templates
            .read
            .iter()
            .map(|template| format!("({},)", values::parts_list(template)))
            .collect();
        let kinds = values::kinds_list(code);
        let built: Vec<String> = code
            .params
            .iter()
            .enumerate()
            .map(|(index, p)| format!("{}: values[{index}]", quoted(&p.name)))
            .collect();
        let _ = writeln!(
            out,
            "\n\ndef parse_{snake}(text: str) -> typing.Optional[{typed}]:\n    \"\"\"The values of {about} read back from one of its messages (the message, a translation, an `also` text with every value), or None.\"\"\"\n    values = _read(text, ({},), ({},))\n    if values is None:\n        return None\n    return {typed}({{{}}})",
            read.join(", "),
            kinds,
            built.join(", ")
        );
        let members: Vec<String> = code
            .params
            .iter()
            .map(|p| {
                format!(
                    "{}: _member(body, {}, {})",
                    quoted(&p.name),
                    quoted(&p.name),
                    quoted(p.kind.as_str())
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "\n\ndef from_problem_{snake}(body: typing.Mapping[str, typing.Any]) -> typing.Optional[{typed}]:\n    \"\"\"The values of a received problem body of {about}: its members, or, when one is missing or of another type, its detail read back; None for another code's problem.\"\"\"\n    if not isinstance(body, collections.abc.Mapping) or body.get(\"code\") != {} or isinstance(body.get(\"code\"), bool):\n        return None\n    values = {{{}}}\n    if all(v is not None for v in values.values()):\n        return {typed}(values)  # type: ignore[misc]\n    detail = body.get(\"detail\")\n    return parse_{snake}(detail) if isinstance(detail, str) else None",
            code.code,
            members.join(", ")
        );
        names.push(typed);
        names.push(format!("format_{snake}"));
        names.push(format!("parse_{snake}"));
        names.push(format!("from_problem_{snake}"));
    }
    out.push_str(MEMBER);
}

/// Reads a problem body's member as a value of a type, as the Rust
/// `Problem::member` does (emitted with the values).
const MEMBER: &str = r#"

def _member(body: typing.Mapping[str, typing.Any], name: str, kind: str) -> typing.Optional[_Value]:
    """The member `name` of a problem body as a value of type `kind`, or
    None when it is missing or of another type."""
    value = body.get(name)
    if kind == "str":
        return value if isinstance(value, str) else None
    if kind == "bool":
        return value if isinstance(value, bool) else None
    if kind == "f64":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        return {"NaN": math.nan, "inf": math.inf, "-inf": -math.inf}.get(value) if isinstance(value, str) else None
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    largest, smallest = _WHOLE[kind]
    low = -int(smallest) if smallest is not None else 0
    return value if low <= value <= int(largest) else None
"#;
