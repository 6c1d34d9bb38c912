//! A C# file (C# 6, so Mono's `mcs` compiles it as well as .NET's): an
//! `enum ErrorCode : uint` whose members are the codes' variants
//! (`ObjectNotFound = 101`; a deprecated code or a former name
//! `[Obsolete]`), and a static class `ErrorCodes` of lookups, extension
//! methods where they take a code:
//!
//! ```csharp
//! bool ErrorCodes.TryFromCode(uint number, out ErrorCode code);   // false when unknown
//! bool ErrorCodes.TryFromName(string name, out ErrorCode code);   // former names too
//! string code.Name();  string code.Message();  string code.Message(string lang);
//! int code.HttpStatus();  string code.Title(string lang = null);
//! string code.Description(string lang);  string code.Deprecated();  // null when none
//! ```
//!
//! with gRPC `GrpcStatus()`, with tags `HasTag(tag)`, with retired numbers
//! `ErrorCodes.IsRetired(uint)`. Every lookup switches on the number, so an
//! `[Obsolete]` member warns only where the user names it. For each code
//! with values, an immutable class of them (`InvalidFieldType`, properties
//! `Field`, …) with `Code`, `Format(string lang = null)` and `static bool
//! TryParse(string text, out InvalidFieldType values)`, which agree with the
//! Rust struct byte for byte.

use std::fmt::Write as _;

use errcodes_catalog::{Code, ParamKind};

use super::model::{Model, Writer};
use super::values::{self, Templates};
use crate::text::{one_line, quoted};

/// Checks a `--namespace` value: dot-separated identifiers of ASCII
/// letters, digits and `_`, each starting with a letter.
pub fn namespace(name: &str) -> Result<String, String> {
    let ok = name.split('.').all(|segment| {
        segment.starts_with(|c: char| c.is_ascii_alphabetic())
            && segment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
    });
    if ok {
        Ok(name.to_owned())
    } else {
        Err("a C# namespace is dot-separated identifiers (`Shop.Errors`)".to_owned())
    }
}

/// Members a values class has, which a property of the same name would
/// clash with.
const TAKEN: &[&str] = &[
    "Code",
    "Format",
    "TryParse",
    "ToString",
    "Equals",
    "GetHashCode",
    "GetType",
    "Templates",
    "Kinds",
];

/// The C# source, section by section.
pub struct CSharp {
    out: String,
    namespace: String,
    /// Whether the lookups' class is closed (the values' classes follow it).
    closed: bool,
}

impl CSharp {
    /// The writer of a file in namespace `namespace`.
    pub fn new(namespace: &str) -> CSharp {
        CSharp {
            out: String::new(),
            namespace: namespace.to_owned(),
            closed: false,
        }
    }

    /// An extension method `signature` returning, for each code, `value`
    /// (a C# expression), else `fallback`.
    fn per_code(
        &mut self,
        model: &Model<'_>,
        doc: &str,
        signature: &str,
        value: impl Fn(&Code) -> Option<String>,
        fallback: &str,
    ) {
        let out = &mut self.out;
        let _ = writeln!(
            out,
            "\n        /// <summary>{doc}</summary>\n        {signature}\n        {{\n            switch ((uint) code)\n            {{"
        );
        for code in model.codes() {
            if let Some(value) = value(code) {
                let _ = writeln!(out, "                case {}: return {value};", code.code);
            }
        }
        let _ = writeln!(
            out,
            "                default: return {fallback};\n            }}\n        }}"
        );
    }

    /// An extension method `signature` (with a `lang` argument) returning
    /// each code's text in `lang` that `of` gives, else `fallback`.
    fn by_language(
        &mut self,
        model: &Model<'_>,
        doc: &str,
        signature: &str,
        of: impl Fn(&Code) -> &Vec<(String, String)>,
        fallback: &str,
    ) {
        let out = &mut self.out;
        let _ = writeln!(
            out,
            "\n        /// <summary>{doc}</summary>\n        {signature}\n        {{\n            if (lang != null)\n            {{\n                switch ((uint) code)\n                {{"
        );
        for code in model.codes() {
            let texts = of(code);
            if texts.is_empty() {
                continue;
            }
            let _ = writeln!(out, "                    case {}:", code.code);
            for (lang, text) in texts {
                let _ = writeln!(
                    out,
                    "                        if (lang == {}) return {};",
                    quoted(lang),
                    quoted(text)
                );
            }
            out.push_str("                        break;\n");
        }
        let _ = writeln!(
            out,
            "                    default: break;\n                }}\n            }}\n            return {fallback};\n        }}"
        );
    }
}

impl Writer for CSharp {
    fn start(&mut self, model: &Model<'_>) {
        let _ = writeln!(
            self.out,
            "// {}\n\nnamespace {}\n{{",
            one_line(
                &model
                    .from
                    .line(&format!("csharp --namespace {}", self.namespace))
            ),
            self.namespace
        );
    }

    fn codes(&mut self, model: &Model<'_>) {
        let out = &mut self.out;
        out.push_str("    /// <summary>The catalog's error codes; each value is the code's number.</summary>\n    public enum ErrorCode : uint\n    {\n");
        for code in model.codes() {
            let _ = writeln!(
                out,
                "        /// <summary>{}: {}</summary>",
                code.code,
                xml(&code.message)
            );
            if let Some(reason) = &code.deprecated {
                let _ = writeln!(out, "        [System.Obsolete({})]", quoted(reason));
            }
            let _ = writeln!(out, "        {} = {},", code.variant, code.code);
            for alias in &code.aliases {
                let _ = writeln!(
                    out,
                    "        /// <summary>Former name of {variant}, the same code.</summary>\n        [System.Obsolete(\"renamed to {variant}\")]\n        {} = {},",
                    errcodes_catalog::variant_of(alias),
                    code.code,
                    variant = code.variant
                );
            }
        }
        out.push_str("    }\n\n    /// <summary>What the catalog says about each code.</summary>\n    public static class ErrorCodes\n    {");
        let _ = writeln!(
            out,
            "\n        /// <summary>The code numbered number; false when the catalog has no such code.</summary>\n        public static bool TryFromCode(uint number, out ErrorCode code)\n        {{\n            code = (ErrorCode) number;\n            return Name(code) != null;\n        }}"
        );
        out.push_str("\n        /// <summary>The code named name (a former name too); false when the catalog has no such code.</summary>\n        public static bool TryFromName(string name, out ErrorCode code)\n        {\n            switch (name)\n            {\n");
        for code in model.codes() {
            let names = std::iter::once(&code.name).chain(&code.aliases);
            for name in names {
                let _ = writeln!(
                    out,
                    "                case {}: code = (ErrorCode) {}u; return true;",
                    quoted(name),
                    code.code
                );
            }
        }
        out.push_str("                default: code = default(ErrorCode); return false;\n            }\n        }\n");
        self.per_code(
            model,
            "The catalog name of the code, or null when it is not a code of the catalog.",
            "public static string Name(this ErrorCode code)",
            |code| Some(quoted(&code.name)),
            "null",
        );
    }

    fn messages(&mut self, model: &Model<'_>) {
        self.per_code(
            model,
            "The message sent with the code (empty when it has none; a template for a code with values), or null when it is not a code of the catalog.",
            "public static string Message(this ErrorCode code)",
            |code| Some(quoted(&code.message)),
            "null",
        );
        self.by_language(
            model,
            "The message in language lang when the catalog translates it, else the message.",
            "public static string Message(this ErrorCode code, string lang)",
            |code| &code.translations,
            "Message(code)",
        );
    }

    fn metadata(&mut self, model: &Model<'_>) {
        let catalog = model.catalog;
        self.per_code(
            model,
            "The HTTP status the code is answered with, or 0 when it is not a code of the catalog.",
            "public static int HttpStatus(this ErrorCode code)",
            |code| Some(catalog.http_of(code).to_string()),
            "0",
        );
        self.per_code(
            model,
            "A short summary of the code (the problem details' title), or null when it is not a code of the catalog.",
            "static string Title(ErrorCode code)",
            |code| Some(quoted(&code.title())),
            "null",
        );
        self.by_language(
            model,
            "The title in language lang when the catalog translates it, else the title.",
            "public static string Title(this ErrorCode code, string lang = null)",
            |code| &code.title_translations,
            "Title(code)",
        );
        self.by_language(
            model,
            "What the code means in language lang, or null when the catalog does not say.",
            "public static string Description(this ErrorCode code, string lang)",
            |code| &code.descriptions,
            "null",
        );
        self.per_code(
            model,
            "Why the code is deprecated, or null when it is not.",
            "public static string Deprecated(this ErrorCode code)",
            |code| code.deprecated.as_deref().map(quoted),
            "null",
        );
    }

    fn grpc(&mut self, model: &Model<'_>) {
        let catalog = model.catalog;
        self.per_code(
            model,
            "The gRPC status (a canonical google.rpc.Code name) the code is sent with, or null when it is not a code of the catalog.",
            "public static string GrpcStatus(this ErrorCode code)",
            |code| Some(quoted(catalog.grpc_of(code).as_str())),
            "null",
        );
    }

    fn tags(&mut self, model: &Model<'_>) {
        self.per_code(
            model,
            "Whether the code has the tag (its own tags and its groups').",
            "public static bool HasTag(this ErrorCode code, string tag)",
            |code| {
                (!code.tags.is_empty()).then(|| {
                    let tests: Vec<String> = code
                        .tags
                        .iter()
                        .map(|t| format!("tag == {}", quoted(t)))
                        .collect();
                    tests.join(" || ")
                })
            },
            "false",
        );
    }

    fn retired(&mut self, model: &Model<'_>) {
        let out = &mut self.out;
        out.push_str("\n        /// <summary>Whether number is a number no code may use again (reserved or removed).</summary>\n        public static bool IsRetired(uint number)\n        {\n            switch (number)\n            {\n");
        for retired in &model.retired {
            let _ = writeln!(out, "                case {}:", retired.code);
        }
        out.push_str("                    return true;\n                default:\n                    return false;\n            }\n        }\n");
    }

    fn values(&mut self, model: &Model<'_>) {
        // The lookups' class ends here; the values' classes follow it.
        self.out.push_str("    }\n");
        self.closed = true;
        for (code, templates) in &model.values {
            class(&mut self.out, code, templates);
        }
        self.out.push_str(include_str!("reader/Reader.cs"));
    }

    fn finish(mut self) -> String {
        if !self.closed {
            self.out.push_str("    }\n");
        }
        self.out.push_str("}\n");
        self.out
    }
}

/// The C# type of a parameter's value.
fn cs_type(kind: ParamKind) -> &'static str {
    match kind {
        ParamKind::Bool => "bool",
        ParamKind::U32 => "uint",
        ParamKind::U64 => "ulong",
        ParamKind::I32 => "int",
        ParamKind::I64 => "long",
        ParamKind::F64 => "double",
        ParamKind::Str => "string",
    }
}

/// A parameter's property: `UpperCamel`, with `_` after it when that is a
/// member the class has or the class's own name.
fn property(name: &str, class: &str) -> String {
    let upper = errcodes_catalog::variant_of(&name.to_ascii_uppercase());
    if TAKEN.contains(&upper.as_str()) || upper == class {
        upper + "_"
    } else {
        upper
    }
}

/// The class of a code with values.
fn class(out: &mut String, code: &Code, templates: &Templates<'_>) {
    let name = values::upper(code);
    let properties: Vec<String> = code
        .params
        .iter()
        .map(|p| property(&p.name, name))
        .collect();
    let obsolete = code.deprecated.as_deref().map_or_else(String::new, |why| {
        format!("    [System.Obsolete({})]\n", quoted(why))
    });
    let _ = writeln!(
        out,
        "\n    /// <summary>The values in the message of {} ({}).</summary>\n{obsolete}    public sealed class {name}\n    {{",
        code.name, code.code
    );
    let read: Vec<String> = templates
        .read
        .iter()
        .map(|t| format!("new object[] {{ {} }}", values::parts_list(t)))
        .collect();
    let _ = writeln!(
        out,
        "        static readonly object[][] Templates = {{ {} }};\n        static readonly string[] Kinds = {{ {} }};\n",
        read.join(", "),
        values::kinds_list(code)
    );
    let arguments: Vec<String> = code
        .params
        .iter()
        .map(|p| format!("{} @{}", cs_type(p.kind), values::lower_camel(&p.name)))
        .collect();
    let _ = writeln!(out, "        /// <summary>The values, in the order of the catalog's params.</summary>\n        public {name}({})\n        {{", arguments.join(", "));
    for (param, property) in code.params.iter().zip(&properties) {
        let _ = writeln!(
            out,
            "            {property} = @{};",
            values::lower_camel(&param.name)
        );
    }
    out.push_str("        }\n\n");
    for (param, property) in code.params.iter().zip(&properties) {
        let _ = writeln!(
            out,
            "        /// <summary>The value of {}.</summary>\n        public {} {property} {{ get; private set; }}\n",
            param.name,
            cs_type(param.kind)
        );
    }
    let value = |index: usize| {
        let property = &properties[index];
        let invariant = "System.Globalization.CultureInfo.InvariantCulture";
        match code.params[index].kind {
            ParamKind::Str => property.clone(),
            ParamKind::Bool => format!("({property} ? \"true\" : \"false\")"),
            ParamKind::F64 => format!("Reader.Write({property})"),
            _ => format!("{property}.ToString({invariant})"),
        }
    };
    let _ = writeln!(
        out,
        "        /// <summary>The code these values are of.</summary>\n        public ErrorCode Code {{ get {{ return (ErrorCode) {}u; }} }}\n\n        /// <summary>The message in language lang when the catalog translates it, else the message, with the values written in.</summary>\n        public string Format(string lang = null)\n        {{",
        code.code
    );
    if !templates.translations.is_empty() {
        out.push_str("            switch (lang)\n            {\n");
        for (lang, template) in &templates.translations {
            let _ = writeln!(
                out,
                "                case {}: return {};",
                quoted(lang),
                values::string_expression(template, value)
            );
        }
        out.push_str("                default: break;\n            }\n");
    }
    let _ = writeln!(
        out,
        "            return {};\n        }}\n",
        values::string_expression(&templates.message, value)
    );
    let invariant = "System.Globalization.CultureInfo.InvariantCulture";
    let built: Vec<String> = code
        .params
        .iter()
        .enumerate()
        .map(|(index, p)| {
            let text = format!("texts[{index}]");
            match p.kind {
                ParamKind::Str => text,
                ParamKind::Bool => format!("{text} == \"true\""),
                ParamKind::F64 => format!("Reader.Decimal({text})"),
                kind => format!("{}.Parse(Reader.Whole({text}), {invariant})", cs_type(kind)),
            }
        })
        .collect();
    let _ = writeln!(
        out,
        "        /// <summary>The values read back from one of the code's messages (the message, a translation, an also text with every value); false when it is none of them.</summary>\n        public static bool TryParse(string text, out {name} values)\n        {{\n            string[] texts = Reader.Read(text, Templates, Kinds);\n            values = texts == null ? null : new {name}({});\n            return values != null;\n        }}\n    }}",
        built.join(", ")
    );
}

/// Text for an XML documentation comment: one line, `&`, `<` and `>` as
/// entities.
fn xml(text: &str) -> String {
    one_line(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
