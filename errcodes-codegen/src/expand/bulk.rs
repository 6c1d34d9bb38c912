//! The variants and the constants as source text, one line per code: the
//! bulk of a large catalog's expansion, written without the compiler.

use errcodes_catalog::{Catalog, Code};

use super::ident;
use crate::text::{Spelled, Text};

/// The variants for `codes`, as source text: each with its documentation
/// and any deprecation.
///
/// No explicit discriminants: the variants are numbered 0, 1, 2, … in
/// order of code, which is their row in every table. rustc evaluates each
/// explicit discriminant again wherever an enum value appears in a
/// constant, which made `= code` on every variant quadratic to check.
pub(super) fn variant_text(catalog: &Catalog, codes: &[Code]) -> Text {
    let mut variants = Text::default();
    for code in codes {
        variants.raw("#[doc = ");
        variant_docs(&mut variants, catalog, code);
        variants.raw("]\n");
        if let Some(note) = &code.deprecated {
            variants.raw("#[deprecated(note = ").str(note).raw(")]\n");
        }
        variants.ident(ident(&code.variant)).raw(",\n");
    }
    variants
}

/// The constants of the constants module, as source text: `inner` is the
/// visibility they are declared with, `enum_name` the enum their docs link to.
pub(super) fn const_text(catalog: &Catalog, enum_name: &Spelled, inner: &Spelled) -> Text {
    let mut consts = Text::default();
    for code in &catalog.codes {
        let variant = &code.variant;
        // The variant's docs carry the message and the rest.
        consts
            .raw("#[doc = ")
            .open()
            .part("`")
            .int(code.code.into());
        consts
            .part("`: [`")
            .part(enum_name.as_str())
            .part("::")
            .part(variant);
        consts
            .part("`](super::")
            .part(enum_name.as_str())
            .part("::")
            .part(variant);
        consts.part(")").close().raw("]\n");
        if let Some(note) = &code.deprecated {
            consts.raw("#[deprecated(note = ").str(note).raw(")]\n");
        }
        let constant = |text: &mut Text, name: &str| {
            text.spelled(inner)
                .raw(" const ")
                .ident(ident(name))
                .raw(": u32 = ");
            text.int(code.code.into()).raw(";\n");
        };
        constant(&mut consts, &code.name);
        for alias in &code.aliases {
            let doc = format!(
                "Former name of [`{}`]({}), which replaces it.",
                code.name, code.name
            );
            let note = format!("renamed to {}", code.name);
            consts.raw("#[doc = ").str(&doc).raw("]\n");
            consts.raw("#[deprecated(note = ").str(&note).raw(")]\n");
            constant(&mut consts, alias);
        }
    }
    consts
}

/// The former names as deprecated associated constants of the enum, as
/// source text: `const CardDeclined: Self = Self::CardRefused;`, so source
/// written before a rename builds, in expressions and in `match` patterns
/// (the enum derives `PartialEq` and `Eq`), with a deprecation warning.
/// `vis` is the enum's visibility; empty when no code has a former name.
pub(super) fn alias_text(catalog: &Catalog, enum_name: &Spelled, vis: &Spelled) -> Text {
    let mut text = Text::default();
    if catalog.codes.iter().all(|code| code.aliases.is_empty()) {
        return text;
    }
    // A deprecated code's constant names its deprecated variant.
    text.raw(
        "#[allow(deprecated, non_upper_case_globals)]
impl ",
    )
    .spelled(enum_name)
    .raw(
        " {
",
    );
    for code in catalog.codes.iter().filter(|c| !c.aliases.is_empty()) {
        for alias in &code.aliases {
            let doc = format!(
                "Former name `{alias}` of [`{variant}`](Self::{variant}) (`{code} {name}`): the same code, kept so source written before the rename builds.",
                variant = code.variant,
                code = code.code,
                name = code.name,
            );
            let note = format!(
                "renamed to {} (`{}::{}`)",
                code.name,
                enum_name.as_str(),
                code.variant
            );
            text.raw("#[doc = ").str(&doc).raw(
                "]
",
            );
            text.raw("#[deprecated(note = ").str(&note).raw(
                ")]
",
            );
            text.spelled(vis)
                .raw(" const ")
                .ident(ident(&errcodes_catalog::variant_of(alias)))
                .raw(": Self = Self::")
                .ident(ident(&code.variant))
                .raw(
                    ";
",
                );
        }
    }
    text.raw(
        "}
",
    );
    text
}

/// A variant's documentation as a string literal: the number, name and
/// message, then a list of the rest.
/// A code's documentation: everything the catalog says of it.
fn variant_docs(out: &mut Text, catalog: &Catalog, code: &Code) {
    out.open().part("`");
    out.int(code.code.into())
        .part("` `")
        .part(&code.name)
        .part("`: ");
    message_doc(out, &code.message);
    out.part("\n");
    for also in &code.also {
        out.part("\n- Also sent as: ");
        message_doc(out, also);
    }
    if let Some(group) = &code.group {
        out.part("\n- Group: `").part(group).part("`");
    }
    if let Some(status) = code.http {
        out.part("\n- HTTP status: ").int(status.into());
    }
    if catalog.uses_grpc() {
        out.part("\n- gRPC status: `")
            .part(catalog.grpc_of(code).as_str())
            .part("`");
    }
    if !code.tags.is_empty() {
        out.part("\n- Tags: ");
        for (i, tag) in code.tags.iter().enumerate() {
            if i > 0 {
                out.part(", ");
            }
            out.part("`").part(tag).part("`");
        }
    }
    if let Some(title) = &code.title {
        out.part("\n- Title: ").markdown(title);
    }
    if !code.params.is_empty() {
        out.part("\n- Parameters: ");
        for (i, param) in code.params.iter().enumerate() {
            if i > 0 {
                out.part(", ");
            }
            out.part("`")
                .part(&param.name)
                .part("` (")
                .part(param.kind.as_str())
                .part(")");
        }
    }
    for (lang, text) in &code.translations {
        out.part("\n- Message in ").part(lang).part(": ");
        message_doc(out, text);
    }
    for (lang, text) in &code.descriptions {
        out.part("\n- ").part(lang).part(": ").markdown(text);
    }
    if let Some(reason) = &code.deprecated {
        out.part("\n- Deprecated: ").markdown(reason);
    }
    if !code.aliases.is_empty() {
        out.part("\n- Former names: ");
        for (i, alias) in code.aliases.iter().enumerate() {
            if i > 0 {
                out.part(", ");
            }
            out.part("`").part(alias).part("`");
        }
    }
    if let Some(url) = catalog.docs_url_of(code) {
        out.part("\n- Documentation: <").part(&url).part(">");
    }
    for (lang, text) in &code.explanations {
        explanation_doc(out, lang, text);
    }
    out.close();
}

/// An explanation (Markdown) in a variant's documentation, as its source
/// in a `text` block: rustdoc renders Markdown and passes raw HTML through,
/// resolves `[links]` and tests code blocks, none of which an explanation
/// may do in a user's documentation; in a fenced block it does none of them
/// and reads as written. The fence is longer than any run of backticks in
/// the text, so nothing in it closes the block.
fn explanation_doc(out: &mut Text, lang: &str, text: &str) {
    let mut longest = 0;
    let mut run = 0;
    for b in text.bytes() {
        run = if b == b'`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest.max(2) + 1);
    out.part("\n\nExplanation (")
        .part(lang)
        .part("):\n\n")
        .part(&fence)
        .part("text\n")
        .part(text.trim_end_matches(['\n', '\r']))
        .part("\n")
        .part(&fence);
}

fn message_doc(out: &mut Text, message: &str) {
    if message.is_empty() {
        out.part("*(no message)*");
    } else {
        out.markdown(message);
    }
}

#[cfg(test)]
mod tests {
    use crate::text::markdown;

    /// A variant's documentation says everything the catalog says of the
    /// code: statuses, tags, title, parameters, translations.
    #[test]
    fn a_variant_is_documented_whole() {
        // The documentation strings of the variants, unescaped.
        fn strings(tokens: proc_macro2::TokenStream, out: &mut String) {
            for tree in tokens {
                match tree {
                    proc_macro2::TokenTree::Group(group) => strings(group.stream(), out),
                    proc_macro2::TokenTree::Literal(literal) => {
                        if let Some(text) = crate::args::string_value(&literal.to_string()) {
                            out.push_str(&text);
                            out.push('\n');
                        }
                    }
                    _ => {}
                }
            }
        }
        let docs = |text: &str| {
            let catalog = errcodes_catalog::check("x.yaml", text).ok().unwrap();
            let mut out = String::new();
            strings(
                super::variant_text(&catalog, &catalog.codes).tokens(),
                &mut out,
            );
            out
        };
        let grpc = docs(include_str!("../../../tests/catalogs/grpc.yaml"));
        assert!(
            grpc.contains("- gRPC status: `FAILED_PRECONDITION`"),
            "{grpc}"
        );
        assert!(grpc.contains("- Parameters: `amount` (u64), `remaining_total` (u64)"));
        assert!(grpc.contains("- Former names: `THREE_DS_FAILED`"));
        let tags = docs(include_str!("../../../tests/catalogs/tags.yaml"));
        assert!(tags.contains("- Tags: `retryable`"), "{tags}");
        let params = docs(include_str!("../../../tests/catalogs/params.yaml"));
        assert!(params.contains("- Title: Invalid field type"), "{params}");
        assert!(
            params.contains(r"- Message in zh: 退款 \{amount\} 分超过剩余的 \{remaining\} 分。"),
            "{params}"
        );
        assert!(params.contains("- HTTP status: 422"));
        // No gRPC line where the catalog gives no status.
        assert!(!docs(include_str!("../../../tests/catalogs/shop.yaml")).contains("gRPC"));
        // An explanation, as written, in a block no backtick run of it closes.
        let explained = docs("languages: [en, zh]\ncodes:\n  - code: 1\n    name: ONE\n    message: One.\n    explanation:\n      en: |\n        A <script> and [link].\n\n        ````\n        code\n        ````\n      zh: |\n        一。\n");
        assert!(
            explained.contains("\n\nExplanation (en):\n\n`````text\nA <script> and [link].\n\n````\ncode\n````\n`````\n\nExplanation (zh):\n\n```text\n一。\n```"),
            "{explained}"
        );
    }

    #[test]
    fn markdown_is_escaped() {
        assert_eq!(markdown("a <b> *c*\nd"), "a \\<b\\> \\*c\\* d");
    }
}
