//! A Java 17 source file, `ErrorCode.java`: one `public enum ErrorCode`
//! (usable from Kotlin as it is), each constant named as the catalog names
//! the code:
//!
//! ```java
//! long code();  String message();  String message(String lang);
//! int httpStatus();  String title();  String title(String lang);
//! Optional<String> description(String lang);  Optional<String> deprecated();
//! static Optional<ErrorCode> fromCode(long code);  // empty when unknown
//! static Optional<ErrorCode> fromName(String name); // former names too
//! ```
//!
//! with gRPC `grpcStatus()`, with tags `hasTag(String)`, with retired
//! numbers `static boolean isRetired(long)`. A former name is a
//! `@Deprecated static final` field holding the renamed constant. For each
//! code with values, a nested `record` of them (`InvalidFieldType(String
//! field, …)`) with `code()`, `format()`, `format(String lang)` and `static
//! Optional<…> parse(String)`, which agree with the Rust struct byte for
//! byte. Numbers are unsigned 32-bit: `code()` is a `long`; a `u32` value is
//! a `long`, a `u64` a `long` read as unsigned (`Long.toUnsignedString`).

use std::fmt::Write as _;

use errcodes_catalog::{Code, ParamKind};

use super::model::{Model, Writer};
use super::values::{self, Templates};
use crate::text::{one_line, quoted};

/// Java's reserved words, which cannot name a package segment or a record
/// component.
const KEYWORDS: &[&str] = &[
    "abstract",
    "assert",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extends",
    "false",
    "final",
    "finally",
    "float",
    "for",
    "goto",
    "if",
    "implements",
    "import",
    "instanceof",
    "int",
    "interface",
    "long",
    "native",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "short",
    "static",
    "strictfp",
    "super",
    "switch",
    "synchronized",
    "this",
    "throw",
    "throws",
    "transient",
    "true",
    "try",
    "void",
    "volatile",
    "while",
    "var",
    "record",
    "yield",
    "sealed",
    "permits",
    "_",
];

/// Methods a record has (its own and `Object`'s), which a component of the
/// same name would clash with.
const TAKEN: &[&str] = &[
    "code",
    "format",
    "parse",
    "toString",
    "hashCode",
    "equals",
    "getClass",
    "notify",
    "notifyAll",
    "wait",
    "clone",
    "finalize",
    "lang",
    "text",
    "values",
];

/// Checks a `--package` value for Java: dot-separated lowercase
/// identifiers, none a keyword.
pub fn package_name(name: &str) -> Result<String, String> {
    let ok = name.split('.').all(|segment| {
        segment.starts_with(|c: char| c.is_ascii_lowercase())
            && segment
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !KEYWORDS.contains(&segment)
    });
    if ok {
        Ok(name.to_owned())
    } else {
        Err("a Java package is dot-separated lowercase identifiers (`com.example.errors`), none a keyword".to_owned())
    }
}

/// The Java source, section by section.
pub struct Java {
    out: String,
    package: String,
}

impl Java {
    /// The writer of `ErrorCode.java` in package `package`.
    pub fn new(package: &str) -> Java {
        Java {
            out: String::new(),
            package: package.to_owned(),
        }
    }

    /// A method `signature` switching on `this`: for each code `of` gives
    /// texts by language, the text for `lang`; else `fallback`.
    fn by_language(
        &mut self,
        model: &Model<'_>,
        doc: &str,
        signature: &str,
        of: impl Fn(&Code) -> &Vec<(String, String)>,
        fallback: &str,
    ) {
        let out = &mut self.out;
        let _ = writeln!(out, "\n    /** {doc} */\n    {signature} {{");
        let codes: Vec<&Code> = model.codes().iter().filter(|c| !of(c).is_empty()).collect();
        if !codes.is_empty() {
            out.push_str("        if (lang != null) {\n            switch (this) {\n");
            for code in codes {
                let _ = writeln!(out, "                case {}:", code.name);
                for (lang, text) in of(code) {
                    let _ = writeln!(
                        out,
                        "                    if (lang.equals({})) return {};",
                        quoted(lang),
                        quoted(text)
                    );
                }
                out.push_str("                    break;\n");
            }
            out.push_str(
                "                default:\n                    break;\n            }\n        }\n",
            );
        }
        let _ = writeln!(out, "        return {fallback};\n    }}");
    }
}

impl Writer for Java {
    fn start(&mut self, model: &Model<'_>) {
        let _ = writeln!(
            self.out,
            "// {}\n\npackage {};\n\n/**\n * The error codes of the catalog {}: one constant per code, named as the\n * catalog names it.\n */\npublic enum ErrorCode {{",
            java_comment(&model.from.line(&format!("java --package {}", self.package))),
            self.package,
            java_comment(&model.from.source)
        );
    }

    fn codes(&mut self, model: &Model<'_>) {
        let catalog = model.catalog;
        let out = &mut self.out;
        for (index, code) in model.codes().iter().enumerate() {
            let mut doc = format!("{}: {}", code.code, java_comment(&code.message));
            if let Some(reason) = &code.deprecated {
                let _ = write!(doc, "\n     *\n     * @deprecated {}", java_comment(reason));
            }
            let _ = writeln!(
                out,
                "{}    /**\n     * {doc}\n     */",
                if index > 0 { "\n" } else { "" }
            );
            if code.deprecated.is_some() {
                out.push_str("    @Deprecated\n");
            }
            let _ = write!(
                out,
                "    {}({}L, {}, {}, {}, {})",
                code.name,
                code.code,
                quoted(&code.message),
                catalog.http_of(code),
                quoted(&code.title()),
                code.deprecated
                    .as_deref()
                    .map_or_else(|| "null".to_owned(), quoted)
            );
            out.push_str(if index + 1 == model.codes().len() {
                ";\n"
            } else {
                ",\n"
            });
        }
        for code in model.codes() {
            for alias in &code.aliases {
                let _ = writeln!(
                    out,
                    "\n    /**\n     * Former name of {name}, the same code.\n     *\n     * @deprecated renamed to {name}\n     */\n    @Deprecated\n    public static final ErrorCode {alias} = {name};",
                    name = code.name
                );
            }
        }
        out.push_str(CODES);
        let names: Vec<String> = model
            .codes()
            .iter()
            .flat_map(|c| {
                c.aliases.iter().map(move |alias| {
                    format!("        BY_NAME.put({}, {});", quoted(alias), c.name)
                })
            })
            .collect();
        let _ = writeln!(
            out,
            "\n    static {{\n        for (ErrorCode code : values()) {{\n            BY_CODE.put(code.code, code);\n            BY_NAME.put(code.name(), code);\n        }}{}{}\n    }}",
            if names.is_empty() { "" } else { "\n" },
            names.join("\n")
        );
    }

    fn messages(&mut self, model: &Model<'_>) {
        self.out.push_str(
            "\n    /** The message sent with this code (empty when there is none; a template with {name} placeholders for a code with values). */\n    public String message() {\n        return message;\n    }\n",
        );
        self.by_language(
            model,
            "The message in language {@code lang} when the catalog translates it, else the message.",
            "public String message(String lang)",
            |code| &code.translations,
            "message",
        );
    }

    fn metadata(&mut self, model: &Model<'_>) {
        self.out.push_str(
            "\n    /** The HTTP status this code is answered with. */\n    public int httpStatus() {\n        return httpStatus;\n    }\n\n    /** A short summary of this code (the problem details' title). */\n    public String title() {\n        return title;\n    }\n",
        );
        self.by_language(
            model,
            "The title in language {@code lang} when the catalog translates it, else the title.",
            "public String title(String lang)",
            |code| &code.title_translations,
            "title",
        );
        let _ = writeln!(self.out);
        let mut describe = Java::new("");
        describe.by_language(
            model,
            "What this code means in language {@code lang}, as text or null.",
            "private String describe(String lang)",
            |code| &code.descriptions,
            "null",
        );
        self.out.push_str(describe.out.trim_start_matches('\n'));
        self.out.push_str(
            "\n    /** What this code means in language {@code lang}, if the catalog says. */\n    public java.util.Optional<String> description(String lang) {\n        return java.util.Optional.ofNullable(describe(lang));\n    }\n\n    /** Why this code is deprecated, if it is. */\n    public java.util.Optional<String> deprecated() {\n        return java.util.Optional.ofNullable(deprecated);\n    }\n",
        );
    }

    fn grpc(&mut self, model: &Model<'_>) {
        let catalog = model.catalog;
        let out = &mut self.out;
        out.push_str("\n    /** The gRPC status (a canonical google.rpc.Code name) this code is sent with. */\n    public String grpcStatus() {\n        switch (this) {\n");
        for code in model.codes() {
            let _ = writeln!(
                out,
                "            case {}:\n                return {};",
                code.name,
                quoted(catalog.grpc_of(code).as_str())
            );
        }
        out.push_str(
            "            default:\n                return \"UNKNOWN\";\n        }\n    }\n",
        );
    }

    fn tags(&mut self, model: &Model<'_>) {
        let out = &mut self.out;
        out.push_str("\n    /** Whether this code has the tag {@code tag} (its own tags and its groups'). */\n    public boolean hasTag(String tag) {\n        switch (this) {\n");
        for code in model.codes().iter().filter(|c| !c.tags.is_empty()) {
            let tests: Vec<String> = code
                .tags
                .iter()
                .map(|t| format!("{}.equals(tag)", quoted(t)))
                .collect();
            let _ = writeln!(
                out,
                "            case {}:\n                return {};",
                code.name,
                tests.join(" || ")
            );
        }
        out.push_str("            default:\n                return false;\n        }\n    }\n");
    }

    fn retired(&mut self, model: &Model<'_>) {
        let numbers: Vec<String> = model
            .retired
            .iter()
            .map(|r| format!("{}L", r.code))
            .collect();
        let _ = writeln!(
            self.out,
            "\n    /** Whether {{@code code}} is a number no code may use again (reserved or removed); {{@code fromCode}} is empty for it. */\n    public static boolean isRetired(long code) {{\n        return java.util.Arrays.binarySearch(new long[] {{{}}}, code) >= 0;\n    }}",
            numbers.join(", ")
        );
    }

    fn values(&mut self, model: &Model<'_>) {
        for (code, templates) in &model.values {
            record(&mut self.out, code, templates);
        }
        self.out.push_str(include_str!("reader/Reader.java"));
    }

    fn finish(mut self) -> String {
        self.out.push_str("}\n");
        self.out
    }
}

/// The fields, constructor and lookups every enum has.
const CODES: &str = "
    private static final java.util.Map<Long, ErrorCode> BY_CODE = new java.util.HashMap<>();
    private static final java.util.Map<String, ErrorCode> BY_NAME = new java.util.HashMap<>();

    private final long code;
    private final String message;
    private final int httpStatus;
    private final String title;
    private final String deprecated;

    ErrorCode(long code, String message, int httpStatus, String title, String deprecated) {
        this.code = code;
        this.message = message;
        this.httpStatus = httpStatus;
        this.title = title;
        this.deprecated = deprecated;
    }

    /** The code's number, from 0 to 4294967295. */
    public long code() {
        return code;
    }

    /** The code numbered {@code code}, or empty when the catalog has no such code. */
    public static java.util.Optional<ErrorCode> fromCode(long code) {
        return java.util.Optional.ofNullable(BY_CODE.get(code));
    }

    /** The code named {@code name} (a former name too), or empty when the catalog has no such code. */
    public static java.util.Optional<ErrorCode> fromName(String name) {
        return java.util.Optional.ofNullable(BY_NAME.get(name));
    }
";

/// The Java type of a parameter's value.
fn java_type(kind: ParamKind) -> &'static str {
    match kind {
        ParamKind::Bool => "boolean",
        ParamKind::I32 => "int",
        ParamKind::U32 | ParamKind::U64 | ParamKind::I64 => "long",
        ParamKind::F64 => "double",
        ParamKind::Str => "String",
    }
}

/// A parameter's name as a record component: `lowerCamel`, with `_` after
/// it when that is a keyword or a method the record has.
fn component(name: &str) -> String {
    let camel = values::lower_camel(name);
    if KEYWORDS.contains(&camel.as_str()) || TAKEN.contains(&camel.as_str()) {
        camel + "_"
    } else {
        camel
    }
}

/// The nested record of a code with values.
fn record(out: &mut String, code: &Code, templates: &Templates<'_>) {
    let name = values::upper(code);
    let fields: Vec<String> = code.params.iter().map(|p| component(&p.name)).collect();
    let declared: Vec<String> = code
        .params
        .iter()
        .zip(&fields)
        .map(|(p, field)| format!("{} {field}", java_type(p.kind)))
        .collect();
    let value = |index: usize| {
        let field = &fields[index];
        match code.params[index].kind {
            ParamKind::Str => field.clone(),
            ParamKind::F64 => format!("Reader.write({field})"),
            ParamKind::U64 => format!("Long.toUnsignedString({field})"),
            _ => format!("String.valueOf({field})"),
        }
    };
    let deprecated = if code.deprecated.is_some() {
        "    @Deprecated\n"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "\n    /** The values in the message of {} ({}). */\n{deprecated}    public record {name}({}) {{",
        code.name,
        code.code,
        declared.join(", ")
    );
    let read: Vec<String> = templates
        .read
        .iter()
        .map(|t| format!("{{{}}}", values::parts_list(t)))
        .collect();
    let _ = writeln!(
        out,
        "        private static final Object[][] TEMPLATES = {{{}}};\n        private static final String[] KINDS = {{{}}};\n",
        read.join(", "),
        values::kinds_list(code)
    );
    let _ = writeln!(
        out,
        "        /** The code these values are of. */\n        public ErrorCode code() {{\n            return {};\n        }}\n\n        /** The message with the values written in. */\n        public String format() {{\n            return format(null);\n        }}\n\n        /** The message in language {{@code lang}} when the catalog translates it, else the message, with the values written in. */\n        public String format(String lang) {{",
        code.name
    );
    if !templates.translations.is_empty() {
        out.push_str("            if (lang != null) {\n                switch (lang) {\n");
        for (lang, template) in &templates.translations {
            let _ = writeln!(
                out,
                "                    case {}:\n                        return {};",
                quoted(lang),
                values::string_expression(template, value)
            );
        }
        out.push_str("                    default:\n                        break;\n                }\n            }\n");
    }
    let _ = writeln!(
        out,
        "            return {};\n        }}",
        values::string_expression(&templates.message, value)
    );
    let built: Vec<String> = code
        .params
        .iter()
        .enumerate()
        .map(|(index, p)| {
            let text = format!("texts[{index}]");
            match p.kind {
                ParamKind::Str => text,
                ParamKind::Bool => format!("{text}.equals(\"true\")"),
                ParamKind::U32 | ParamKind::I64 => format!("Long.parseLong(Reader.whole({text}))"),
                ParamKind::U64 => format!("Long.parseUnsignedLong(Reader.whole({text}))"),
                ParamKind::I32 => format!("Integer.parseInt(Reader.whole({text}))"),
                ParamKind::F64 => format!("Reader.decimal({text})"),
            }
        })
        .collect();
    let _ = writeln!(
        out,
        "\n        /** The values read back from one of the code's messages (the message, a translation, an {{@code also}} text with every value), or empty. */\n        public static java.util.Optional<{name}> parse(String text) {{\n            String[] texts = Reader.read(text, TEMPLATES, KINDS);\n            if (texts == null) {{\n                return java.util.Optional.empty();\n            }}\n            return java.util.Optional.of(new {name}({}));\n        }}\n    }}",
        built.join(", ")
    );
}

/// Text inside a Java comment: one line, no `*/`, and every backslash
/// doubled (javac reads `\u` followed by hex digits as a character even in
/// a comment, and anything else after `\u` as an error).
fn java_comment(text: &str) -> String {
    one_line(text).replace('\\', "\\\\")
}
