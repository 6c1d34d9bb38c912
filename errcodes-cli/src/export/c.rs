//! A C99 header, the form C, C++, Objective-C and Swift (through a bridging
//! header or a module map) projects import:
//!
//! ```c
//! #define ERRCODES_CODES(X) X(101u, OBJECT_NOT_FOUND, "Object not found.") …
//! typedef enum errcodes_code { ERRCODES_OBJECT_NOT_FOUND = 101, … } errcodes_code;
//! static inline const char *errcodes_name(uint32_t code);       /* NULL when unknown */
//! static inline const char *errcodes_message(uint32_t code);
//! static inline const char *errcodes_message_in(uint32_t code, const char *lang);
//! static inline int errcodes_http_status(uint32_t code);        /* 0 when unknown */
//! ```
//!
//! and `_title`, `_title_in`, `_description_in`, `_deprecated`, with gRPC
//! `_grpc_status`, with tags `_has_tag`, with retired numbers
//! `_is_retired`. `--prefix` replaces `errcodes` (upper case for the
//! constants). A C enumerator holds an `int`: a code above 2147483647 is a
//! `#define` of its unsigned number instead. Every lookup takes the number
//! as `uint32_t` and switches on numbers, so a deprecated constant (a
//! former name, a deprecated code: `__attribute__((deprecated))` where the
//! compiler has it) warns only where the user names it. It compiles with
//! `-std=c99 -Wall -Wextra -Werror -pedantic`, as C++17 and as
//! Objective-C.

use std::fmt::Write as _;

use errcodes_catalog::Code;

use super::model::{Model, Writer};
use crate::text::{hidden, one_line};

/// Checks a `--prefix` value: a C identifier of letters, digits and `_`,
/// starting with a letter.
pub fn prefix(name: &str) -> Result<String, String> {
    let ok = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(name.to_owned())
    } else {
        Err("a C prefix is ASCII letters, digits and `_`, starting with a letter".to_owned())
    }
}

/// The C header, section by section.
pub struct C {
    out: String,
    /// The functions' prefix (`errcodes`).
    lower: String,
    /// The constants' prefix (`ERRCODES`).
    upper: String,
}

impl C {
    /// The writer of a header whose identifiers start with `prefix`.
    pub fn new(prefix: &str) -> C {
        C {
            out: String::new(),
            lower: prefix.to_ascii_lowercase(),
            upper: prefix.to_ascii_uppercase(),
        }
    }

    /// `static inline const char *PREFIX_NAME(uint32_t code)`: a switch on
    /// the number returning `value` of each code that has one, else `NULL`.
    fn strings(
        &mut self,
        model: &Model<'_>,
        doc: &str,
        name: &str,
        value: impl Fn(&Code) -> Option<String>,
    ) {
        let lower = &self.lower;
        let out = &mut self.out;
        let _ = writeln!(
            out,
            "\n/* {doc} */\nstatic inline const char *{lower}_{name}(uint32_t code) {{\n    switch (code) {{"
        );
        for code in model.codes() {
            if let Some(text) = value(code) {
                let _ = writeln!(out, "    case {}u: return {};", code.code, string(&text));
            }
        }
        out.push_str("    default: return NULL;\n    }\n}\n");
    }

    /// `static inline const char *PREFIX_NAME(uint32_t code, const char
    /// *lang)`: the text of `code` in `lang` that `of` gives, else
    /// `fallback(code)`.
    fn by_language(
        &mut self,
        model: &Model<'_>,
        doc: &str,
        name: &str,
        of: impl Fn(&Code) -> &Vec<(String, String)>,
        fallback: &str,
    ) {
        let lower = &self.lower;
        let out = &mut self.out;
        let _ = writeln!(
            out,
            "\n/* {doc} */\nstatic inline const char *{lower}_{name}(uint32_t code, const char *lang) {{\n    if (lang != NULL) {{\n        switch (code) {{"
        );
        for code in model.codes() {
            let texts = of(code);
            if texts.is_empty() {
                continue;
            }
            let _ = writeln!(out, "        case {}u:", code.code);
            for (lang, text) in texts {
                let _ = writeln!(
                    out,
                    "            if (strcmp(lang, {}) == 0) return {};",
                    string(lang),
                    string(text)
                );
            }
            out.push_str("            break;\n");
        }
        let _ = writeln!(
            out,
            "        default: break;\n        }}\n    }}\n    return {fallback};\n}}"
        );
    }
}

impl Writer for C {
    fn start(&mut self, model: &Model<'_>) {
        let upper = &self.upper;
        let _ = writeln!(
            self.out,
            "/* {} */\n\n#ifndef {upper}_H\n#define {upper}_H\n\n#include <stdint.h>\n#include <stddef.h>\n#include <string.h>\n\n\
             #if defined(__GNUC__) || defined(__clang__)\n#define {upper}_DEPRECATED(why) __attribute__((deprecated(why)))\n#else\n#define {upper}_DEPRECATED(why)\n#endif",
            comment(&model.from.line(&format!("c --prefix {}", self.lower)))
        );
    }

    fn codes(&mut self, model: &Model<'_>) {
        let (lower, upper) = (&self.lower, &self.upper);
        let out = &mut self.out;
        let _ = writeln!(
            out,
            "\n/* Every code, in ascending order, as X(number, NAME, \"message\"). */\n#define {upper}_CODES(X) \\"
        );
        for code in model.codes() {
            let _ = writeln!(
                out,
                "    X({}u, {}, {}) \\",
                code.code,
                code.name,
                string(&code.message)
            );
        }
        out.push_str("    /* end */\n");
        let _ = writeln!(
            out,
            "\n/* The catalog's codes (a code above 2147483647, which a C enumerator\n   cannot hold, is a #define below). */\ntypedef enum {lower}_code {{"
        );
        let (small, large): (Vec<&Code>, Vec<&Code>) = model
            .codes()
            .iter()
            .partition(|c| i32::try_from(c.code).is_ok());
        let constant = |name: &str| format!("{upper}_{name}");
        let mut first = true;
        for code in &small {
            let deprecated = code.deprecated.as_deref().map_or_else(String::new, |why| {
                format!(" {upper}_DEPRECATED({})", string(why))
            });
            let _ = write!(
                out,
                "{}    /* {} */\n    {}{deprecated} = {}",
                if first { "" } else { ",\n" },
                comment(&code.message),
                constant(&code.name),
                code.code
            );
            first = false;
            for alias in &code.aliases {
                let why = format!("renamed to {}", constant(&code.name));
                let _ = write!(
                    out,
                    ",\n    /* Former name of {}. */\n    {} {upper}_DEPRECATED({}) = {}",
                    constant(&code.name),
                    constant(alias),
                    string(&why),
                    code.code
                );
            }
        }
        if first {
            // An enum needs an enumerator.
            let _ = write!(out, "    {upper}_NO_CODE_BELOW_2147483648 = -1");
        }
        let _ = writeln!(out, "\n}} {lower}_code;");
        for code in large {
            let _ = writeln!(
                out,
                "\n/* {} */\n#define {} {}u",
                comment(&code.message),
                constant(&code.name),
                code.code
            );
            for alias in &code.aliases {
                let _ = writeln!(
                    out,
                    "/* Former name of {} (deprecated). */\n#define {} {}u",
                    constant(&code.name),
                    constant(alias),
                    code.code
                );
            }
        }
        self.strings(
            model,
            "The catalog name of code, or NULL when it is not a code of the catalog.",
            "name",
            |code| Some(code.name.clone()),
        );
    }

    fn messages(&mut self, model: &Model<'_>) {
        self.strings(
            model,
            "The message sent with code (\"\" when it has none; a template with {name}\n   placeholders for a code with values), or NULL when it is not a code of\n   the catalog.",
            "message",
            |code| Some(code.message.clone()),
        );
        let fallback = format!("{}_message(code)", self.lower);
        self.by_language(
            model,
            "The message of code in language lang when the catalog translates it,\n   else the message (NULL when it is not a code of the catalog).",
            "message_in",
            |code| &code.translations,
            &fallback,
        );
    }

    fn metadata(&mut self, model: &Model<'_>) {
        let catalog = model.catalog;
        let lower = &self.lower;
        let out = &mut self.out;
        let _ = writeln!(
            out,
            "\n/* The HTTP status code is answered with, or 0 when it is not a code of the\n   catalog. */\nstatic inline int {lower}_http_status(uint32_t code) {{\n    switch (code) {{"
        );
        for code in model.codes() {
            let _ = writeln!(
                out,
                "    case {}u: return {};",
                code.code,
                catalog.http_of(code)
            );
        }
        out.push_str("    default: return 0;\n    }\n}\n");
        self.strings(
            model,
            "A short summary of code (the problem details' title), or NULL when it is\n   not a code of the catalog.",
            "title",
            |code| Some(code.title().into_owned()),
        );
        let fallback = format!("{}_title(code)", self.lower);
        self.by_language(
            model,
            "The title of code in language lang when the catalog translates it, else\n   the title.",
            "title_in",
            |code| &code.title_translations,
            &fallback,
        );
        self.by_language(
            model,
            "What code means in language lang, or NULL when the catalog does not say.",
            "description_in",
            |code| &code.descriptions,
            "NULL",
        );
        self.strings(
            model,
            "Why code is deprecated, or NULL when it is not.",
            "deprecated",
            |code| code.deprecated.clone(),
        );
    }

    fn grpc(&mut self, model: &Model<'_>) {
        let catalog = model.catalog;
        self.strings(
            model,
            "The gRPC status (a canonical google.rpc.Code name) code is sent with, or\n   NULL when it is not a code of the catalog.",
            "grpc_status",
            |code| Some(catalog.grpc_of(code).as_str().to_owned()),
        );
    }

    fn tags(&mut self, model: &Model<'_>) {
        let lower = &self.lower;
        let out = &mut self.out;
        let _ = writeln!(
            out,
            "\n/* Whether code has the tag tag (its own tags and its groups'). */\nstatic inline int {lower}_has_tag(uint32_t code, const char *tag) {{\n    if (tag == NULL) return 0;\n    switch (code) {{"
        );
        for code in model.codes() {
            if code.tags.is_empty() {
                continue;
            }
            let tests: Vec<String> = code
                .tags
                .iter()
                .map(|t| format!("strcmp(tag, {}) == 0", string(t)))
                .collect();
            let _ = writeln!(
                out,
                "    case {}u: return {};",
                code.code,
                tests.join(" || ")
            );
        }
        out.push_str("    default: return 0;\n    }\n}\n");
    }

    fn retired(&mut self, model: &Model<'_>) {
        let lower = &self.lower;
        let out = &mut self.out;
        let _ = writeln!(
            out,
            "\n/* Whether n is a number no code may use again (reserved or removed). */\nstatic inline int {lower}_is_retired(uint32_t n) {{\n    switch (n) {{"
        );
        for retired in &model.retired {
            let _ = writeln!(out, "    case {}u:", retired.code);
        }
        out.push_str("        return 1;\n    default: return 0;\n    }\n}\n");
    }

    fn values(&mut self, _model: &Model<'_>) {
        // The header carries each code's message as its template; formatting
        // and reading values back are left to the languages with strings.
    }

    fn finish(mut self) -> String {
        let _ = writeln!(self.out, "\n#endif /* {}_H */", self.upper);
        self.out
    }
}

/// `text` as a C string literal, the same in C99, C++ and Objective-C:
/// quotes and backslashes escaped, every `?` escaped (C99 reads `??/` as a
/// trigraph), line breaks and tabs as `\n` and `\t`, and every other
/// control or [`hidden`] character as the octal escapes of its UTF-8 bytes
/// (three digits each, so no following digit is taken in).
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '?' => out.push_str("\\?"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if hidden(c) => {
                let mut bytes = [0; 4];
                for byte in c.encode_utf8(&mut bytes).bytes() {
                    let _ = write!(out, "\\{byte:03o}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` inside a `/* … */` comment: one line, hidden characters shown as
/// escapes, and no `*/` (which would end it) or `??` (a trigraph) left.
fn comment(text: &str) -> String {
    one_line(text).replace("*/", "* /").replace("??", "? ?")
}
