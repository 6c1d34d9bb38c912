//! The names each export defines at its top level, checked before it is
//! written: two codes (or a code and a helper) that would define the same
//! name are refused with both named, never written as code that does not
//! compile or silently calls the wrong function.

use std::collections::HashMap;

use errcodes_catalog::Catalog;

use super::{values, Format};

/// The helpers and types the TypeScript export defines besides the codes'.
pub const TYPESCRIPT: &[&str] = &[
    "ErrorCode",
    "ErrorCodeName",
    "messages",
    "names",
    "fromCode",
    "translations",
    "message",
    "httpStatus",
    "titles",
    "titleTranslations",
    "descriptions",
    "deprecated",
    "retired",
    "Tag",
    "tagged",
    "hasTag",
    "grpcStatus",
    "ParamValue",
    "ParamKind",
    "Piece",
    "WHOLE",
    "DIGIT_0",
    "DIGIT_9",
    "step",
    "accepts",
    "valueOf",
    "before",
    "Slot",
    "layout",
    "nearest",
    "run",
    "reads",
    "search",
    "readTemplate",
    "writeDecimal",
    "writeWhole",
    "member",
];

/// The names the Python export defines besides the codes'.
pub const PYTHON: &[&str] = &[
    "ErrorCode",
    "MESSAGES",
    "from_code",
    "TRANSLATIONS",
    "message",
    "HTTP_STATUS",
    "TITLES",
    "TITLE_TRANSLATIONS",
    "DESCRIPTIONS",
    "DEPRECATED",
    "RETIRED",
    "GRPC_STATUS",
    "TAGS",
    "has_tag",
];

/// The names the Go package defines besides the codes'.
pub const GO: &[&str] = &[
    "Code",
    "Message",
    "MessageIn",
    "Name",
    "Lookup",
    "HTTPStatus",
    "Title",
    "TitleIn",
    "Description",
    "DeprecatedReason",
    "GrpcStatus",
    "Retired",
    "itoa",
];

/// The C header's own names after its prefix (`ERRCODES_CODES`, …): the
/// codes' constants are the prefix and their names.
pub const C: &[&str] = &["CODES", "DEPRECATED", "H", "NO_CODE_BELOW_2147483648"];

/// The Java enum's own members (besides the codes' constants and records).
pub const JAVA: &[&str] = &["BY_CODE", "BY_NAME", "Reader", "ErrorCode"];

/// The C# file's own types (besides the codes' classes).
pub const CSHARP: &[&str] = &["ErrorCode", "ErrorCodes", "Reader"];

/// The proto file's own names (the enum, and its zero value when the
/// catalog has no code 0).
pub const PROTO: &[&str] = &["ErrorCode", "ERROR_CODE_UNSPECIFIED"];

/// Every name the export of `catalog` as `format` would define twice, as
/// a sentence each naming both owners.
pub fn clashes(catalog: &Catalog, format: Format) -> Vec<String> {
    let fixed: &[&str] = match format {
        Format::Json | Format::Openapi => return Vec::new(),
        Format::Typescript => TYPESCRIPT,
        Format::Python => PYTHON,
        Format::Go => GO,
        Format::C => C,
        Format::Proto => PROTO,
        Format::Java => JAVA,
        Format::Csharp => CSHARP,
    };
    let mut owners: HashMap<String, String> = fixed
        .iter()
        .map(|name| ((*name).to_owned(), "the export's own helpers".to_owned()))
        .collect();
    let mut found = Vec::new();
    let mut define = |name: String, owner: String| {
        if let Some(first) = owners.get(&name) {
            found.push(format!(
                "the {} export would define `{name}` twice: for {first} and for {owner}; rename one of the codes",
                format.label()
            ));
        } else {
            owners.insert(name, owner);
        }
    };
    for code in &catalog.codes {
        let variant = values::upper(code);
        let owner = format!("{} ({})", code.name, code.code);
        if format == Format::Csharp {
            // Members of the enum, and classes beside its own types.
            define(format!("ErrorCode.{}", code.variant), owner.clone());
            for alias in &code.aliases {
                define(
                    format!("ErrorCode.{}", errcodes_catalog::variant_of(alias)),
                    format!("{owner}'s former name {alias}"),
                );
            }
            if !code.params.is_empty() {
                define(code.variant.clone(), owner.clone());
            }
            continue;
        }
        if matches!(format, Format::C | Format::Proto | Format::Java) {
            if format == Format::Java && !code.params.is_empty() {
                define(values::upper(code).to_owned(), owner.clone());
            }
            define(code.name.clone(), owner.clone());
            for alias in &code.aliases {
                define(alias.clone(), format!("{owner}'s former name {alias}"));
            }
            continue;
        }
        if format == Format::Go {
            define(format!("Code{variant}"), owner.clone());
            for alias in &code.aliases {
                define(
                    super::go::alias_constant(alias),
                    format!("{owner}'s former name {alias}"),
                );
            }
        }
        if code.params.is_empty() {
            continue;
        }
        match format {
            Format::Typescript => {
                define(format!("{variant}Params"), owner.clone());
                define(format!("format{variant}"), owner.clone());
                define(format!("parse{variant}"), owner.clone());
                define(format!("fromProblem{variant}"), owner);
            }
            Format::Python => {
                let snake = values::snake(code);
                define(format!("{variant}Params"), owner.clone());
                define(format!("format_{snake}"), owner.clone());
                define(format!("parse_{snake}"), owner.clone());
                define(format!("from_problem_{snake}"), owner);
            }
            Format::Go => {
                define(format!("Format{variant}"), owner.clone());
                define(
                    format!("Format{variant}In"),
                    format!("{owner} in a language"),
                );
                define(format!("{variant}Params"), format!("{owner}'s values"));
                define(format!("Parse{variant}"), format!("{owner}'s parse"));
            }
            Format::Json
            | Format::C
            | Format::Proto
            | Format::Java
            | Format::Csharp
            | Format::Openapi => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names a file declares at its top level: `function`, `const`,
    /// `type`, `interface` in TypeScript; `def`, assignments in Python.
    fn declared(source: &str) -> Vec<String> {
        let mut names = Vec::new();
        for line in source.lines() {
            for keyword in [
                "function ",
                "const ",
                "type ",
                "interface ",
                "export type ",
                "export const ",
                "export function ",
                "def ",
            ] {
                if let Some(rest) = line.strip_prefix(keyword) {
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    names.push(name);
                }
            }
            if let Some((name, _)) = line.split_once(" = ").or_else(|| line.split_once(": ")) {
                if !name.starts_with([' ', '#', '/', '*', '}', '"', ')'])
                    && !name.contains(' ')
                    && !name.is_empty()
                {
                    names.push(name.to_owned());
                }
            }
        }
        names
    }

    #[test]
    fn the_helper_lists_are_complete() {
        for name in declared(include_str!("reader/reader.ts")) {
            assert!(
                TYPESCRIPT.contains(&name.as_str()),
                "TypeScript helper `{name}` is not in TYPESCRIPT"
            );
        }
        for name in declared(include_str!("reader/reader.py")) {
            assert!(
                name.starts_with('_'),
                "Python helper `{name}` does not start with `_`"
            );
        }
    }
}
