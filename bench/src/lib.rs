//! Benchmark support for errcodes.
//!
//! The macro's pipeline (read → validate → expand) lives in the proc-macro
//! crate, whose items cannot be used from outside it; its modules are
//! compiled here again, from the same files, so the expansion can be timed
//! without rustc around it.

#![allow(dead_code, clippy::all, clippy::pedantic)]

#[path = "../../errcodes-macros/src/args.rs"]
pub mod args;
#[path = "../../errcodes-macros/src/catalog.rs"]
pub mod catalog;
#[path = "../../errcodes-macros/src/compile.rs"]
pub mod compile;
#[path = "../../errcodes-macros/src/diag.rs"]
pub mod diag;
#[path = "../../errcodes-macros/src/expand.rs"]
pub mod expand;
#[path = "../../errcodes-macros/src/model.rs"]
pub mod model;
#[path = "../../errcodes-macros/src/select.rs"]
pub mod select;
#[path = "../../errcodes-macros/src/source.rs"]
pub mod source;
#[path = "../../errcodes-macros/src/valid.rs"]
pub mod valid;
#[path = "../../errcodes-macros/src/yaml.rs"]
pub mod yaml;

pub mod harness;
pub mod naive;
pub mod synth;

/// Runs the whole pipeline on catalog text, as the macro does after reading
/// the file: the tokens, or the rendered problems.
pub fn pipeline(text: &str) -> Result<proc_macro2::TokenStream, Vec<String>> {
    let args: args::Args = syn::parse_str("\"codes.yaml\"").expect("fixed arguments parse");
    let (catalog, problems) = compile::check(text);
    if !problems.is_empty() {
        return Err(diag::render("codes.yaml", text, &problems));
    }
    let (subset, errors) = select::select(catalog, &args);
    assert!(errors.is_empty());
    Ok(expand::expand(&subset, &args, None))
}
