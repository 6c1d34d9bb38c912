//! A Python module: `ErrorCode`, an `enum.IntEnum` whose members carry
//! their message as an attribute docstring, `MESSAGES`, and `from_code`.

use std::fmt::Write as _;

use errcodes_catalog::Catalog;

use super::Header;
use crate::text::quoted;

pub fn render(catalog: &Catalog, from: &Header) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\"\"\"Error codes of the catalog {}.\n\n{}\n\"\"\"\n",
        python_doc(&from.source),
        python_doc(&from.line("python"))
    );
    out.push_str("import enum\nimport typing\n\n__all__ = [\"ErrorCode\", \"MESSAGES\", \"from_code\"]\n\n\n");
    out.push_str("class ErrorCode(enum.IntEnum):\n    \"\"\"The catalog's error codes; each value is the code's number.\"\"\"\n");
    for code in &catalog.codes {
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
    }
    out.push_str(
        "\n    @property\n    def message(self) -> str:\n        \"\"\"The message sent with this code (empty when there is none).\"\"\"\n        return MESSAGES[self]\n",
    );
    out.push_str("\n\nMESSAGES: typing.Dict[ErrorCode, str] = {\n");
    for code in &catalog.codes {
        let _ = writeln!(
            out,
            "    ErrorCode.{}: {},",
            code.name,
            quoted(&code.message)
        );
    }
    out.push_str("}\n\"\"\"The message sent with each code.\"\"\"\n");
    out.push_str(
        "\n\ndef from_code(number: int) -> typing.Optional[ErrorCode]:\n    \"\"\"The code numbered `number`, or None when the catalog has no such code.\"\"\"\n    try:\n        return ErrorCode(number)\n    except ValueError:\n        return None\n",
    );
    out
}

/// Text safe inside a triple-quoted docstring.
fn python_doc(text: &str) -> String {
    text.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"")
}
