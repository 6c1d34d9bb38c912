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
        variant_docs(&mut variants, code, catalog.docs_url_of(code).as_deref());
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
fn variant_docs(out: &mut Text, code: &Code, docs_url: Option<&str>) {
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
    if let Some(url) = docs_url {
        out.part("\n- Documentation: <").part(url).part(">");
    }
    out.close();
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

    #[test]
    fn markdown_is_escaped() {
        assert_eq!(markdown("a <b> *c*\nd"), "a \\<b\\> \\*c\\* d");
    }
}
