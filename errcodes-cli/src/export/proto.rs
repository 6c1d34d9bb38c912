//! A proto3 file with one `enum ErrorCode`, in the pattern of
//! `google/api/error_reason.proto`: each value is named as the catalog
//! names the code, its number is the code's, its comment the message.
//!
//! ```proto
//! syntax = "proto3";
//! package errcodes.v1;
//! enum ErrorCode {
//!   option allow_alias = true;
//!   ERROR_CODE_UNSPECIFIED = 0;   // only when the catalog has no code 0
//!   // Object not found.
//!   OBJECT_NOT_FOUND = 101;
//!   MAIL_TAKEN = 205 [deprecated = true];   // a former name of 205
//!   reserved 220, 4319;
//!   reserved "FOLLOWEE_LIMIT";
//! }
//! ```
//!
//! Former names are aliases of their number (deprecated), so renaming with
//! an alias keeps the wire and JSON names; every reserved and retired
//! number, and each one's name when no code uses it now, is `reserved`, so
//! `buf breaking` (category `WIRE_JSON`) calls a break exactly what
//! `errcodes diff` does for numbers and names. An enum value is an
//! `int32`: a code above 2147483647 is left out, named in a comment.

use std::fmt::Write as _;

use super::model::{Model, Writer};
use crate::text::one_line;

/// Checks a `--package` value for a proto file: dot-separated lowercase
/// segments of letters, digits and `_`, each starting with a letter.
pub fn package_name(name: &str) -> Result<String, String> {
    let ok = name.split('.').all(|segment| {
        segment.starts_with(|c: char| c.is_ascii_lowercase())
            && segment
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    });
    if ok {
        Ok(name.to_owned())
    } else {
        Err("a proto package is dot-separated lowercase segments (`errcodes.v1`), each starting with a letter".to_owned())
    }
}

/// The proto file, section by section.
pub struct Proto {
    out: String,
    package: String,
}

impl Proto {
    /// The writer of a file in package `package` (checked by
    /// [`package_name`]).
    pub fn new(package: &str) -> Proto {
        Proto {
            out: String::new(),
            package: package.to_owned(),
        }
    }
}

/// The largest number a proto enum value holds.
const LARGEST: u32 = i32::MAX as u32;

impl Writer for Proto {
    fn start(&mut self, model: &Model<'_>) {
        let _ = writeln!(
            self.out,
            "// {}\n\nsyntax = \"proto3\";\n\npackage {};",
            one_line(
                &model
                    .from
                    .line(&format!("proto --package {}", self.package))
            ),
            self.package
        );
    }

    fn codes(&mut self, model: &Model<'_>) {
        let out = &mut self.out;
        out.push_str("\n// The catalog's error codes: each value is named and numbered as the\n// catalog names and numbers the code; a former name is a deprecated alias.\nenum ErrorCode {\n");
        // A blank line between entries, none after the brace.
        let mut gap = "";
        if model.codes().iter().any(|c| !c.aliases.is_empty()) {
            out.push_str("  option allow_alias = true;\n");
            gap = "\n";
        }
        if model.catalog.code(0).is_none() {
            let _ = write!(
                out,
                "{gap}  // No code: the catalog has no code 0.\n  ERROR_CODE_UNSPECIFIED = 0;\n"
            );
            gap = "\n";
        }
        for code in model.codes() {
            if code.code > LARGEST {
                let _ = writeln!(
                    out,
                    "{gap}  // {} {} is above 2147483647, the largest enum value: not in this enum.",
                    code.code, code.name
                );
                gap = "\n";
                continue;
            }
            let message = if code.message.is_empty() {
                "(no message)".to_owned()
            } else {
                one_line(&code.message)
            };
            let _ = write!(out, "{gap}  // {}", message.trim_end());
            gap = "\n";
            if let Some(reason) = &code.deprecated {
                let _ = write!(out, "\n  // Deprecated: {}", one_line(reason).trim_end());
            }
            let deprecated = if code.deprecated.is_some() {
                " [deprecated = true]"
            } else {
                ""
            };
            let _ = writeln!(out, "\n  {} = {}{deprecated};", code.name, code.code);
            for alias in &code.aliases {
                let _ = writeln!(
                    out,
                    "  // Former name of {}.\n  {alias} = {} [deprecated = true];",
                    code.name, code.code
                );
            }
        }
    }

    fn messages(&mut self, _model: &Model<'_>) {
        // Each value's comment carries its message.
    }

    fn metadata(&mut self, _model: &Model<'_>) {
        // An enum holds numbers and names; the rest is in the JSON export.
    }

    fn grpc(&mut self, _model: &Model<'_>) {}

    fn tags(&mut self, _model: &Model<'_>) {}

    fn retired(&mut self, model: &Model<'_>) {
        let numbers: Vec<String> = model
            .retired
            .iter()
            .filter(|r| r.code <= LARGEST)
            .map(|r| r.code.to_string())
            .collect();
        let in_use = |name: &str| {
            model
                .codes()
                .iter()
                .any(|c| c.name == name || c.aliases.iter().any(|a| a == name))
        };
        let mut names: Vec<String> = Vec::new();
        for name in model.retired.iter().filter_map(|r| r.name.as_deref()) {
            if !in_use(name) && !names.iter().any(|n| n.trim_matches('"') == name) {
                names.push(format!("\"{name}\""));
            }
        }
        let out = &mut self.out;
        out.push_str("\n  // Numbers and names no code may use again (reserved or removed).\n");
        if !numbers.is_empty() {
            let _ = writeln!(out, "  reserved {};", numbers.join(", "));
        }
        if !names.is_empty() {
            let _ = writeln!(out, "  reserved {};", names.join(", "));
        }
    }

    fn values(&mut self, _model: &Model<'_>) {}

    fn finish(mut self) -> String {
        self.out.push_str("}\n");
        self.out
    }
}
