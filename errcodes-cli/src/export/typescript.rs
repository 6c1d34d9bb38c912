//! A TypeScript module, plain objects rather than a `const enum` (which
//! isolated-module builds and JavaScript callers cannot use):
//!
//! ```ts
//! export const ErrorCode = { OBJECT_NOT_FOUND: 101, … } as const;
//! export type ErrorCodeName = keyof typeof ErrorCode;
//! export type ErrorCode = (typeof ErrorCode)[ErrorCodeName]; // 101 | 102 | …
//! export const messages: Readonly<Record<ErrorCode, string>>;
//! export const names: Readonly<Record<ErrorCode, ErrorCodeName>>;
//! export function fromCode(n: number): ErrorCode | undefined;
//! ```

use std::fmt::Write as _;

use errcodes_catalog::{Catalog, Code};

use super::Header;
use crate::text::{one_line, quoted};

pub fn render(catalog: &Catalog, from: &Header) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "// {}\n", from.line("typescript"));
    out.push_str("/** The catalog's error codes, by name. */\nexport const ErrorCode = {\n");
    for code in &catalog.codes {
        let _ = writeln!(out, "{}  {}: {},", doc(code), code.name, code.code);
    }
    out.push_str("} as const;\n\n");
    out.push_str("/** The name of an error code of the catalog. */\n");
    out.push_str("export type ErrorCodeName = keyof typeof ErrorCode;\n\n");
    out.push_str("/** An error code of the catalog: one of its numbers. */\n");
    out.push_str("export type ErrorCode = (typeof ErrorCode)[ErrorCodeName];\n\n");

    out.push_str("/** The message sent with each code (empty when there is none). */\n");
    out.push_str("export const messages: Readonly<Record<ErrorCode, string>> = {\n");
    for code in &catalog.codes {
        let _ = writeln!(out, "  {}: {},", code.code, quoted(&code.message));
    }
    out.push_str("};\n\n");

    out.push_str("/** The name of each code. */\n");
    out.push_str("export const names: Readonly<Record<ErrorCode, ErrorCodeName>> = {\n");
    for code in &catalog.codes {
        let _ = writeln!(out, "  {}: {},", code.code, quoted(&code.name));
    }
    out.push_str("};\n\n");

    out.push_str(
        "/** The code numbered `n`, or `undefined` when the catalog has no such code. */\n\
         export function fromCode(n: number): ErrorCode | undefined {\n  \
         return Object.prototype.hasOwnProperty.call(messages, n) ? (n as ErrorCode) : undefined;\n\
         }\n",
    );
    out
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
