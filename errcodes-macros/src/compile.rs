//! The function behind the macro: read → validate → expand, with every
//! problem turned into a `compile_error!` at the argument that caused it.

use proc_macro2::TokenStream;
use quote::quote_spanned;

use crate::args::Args;
use crate::diag::{self, Pos, Problem, Where};
use crate::model::Catalog;
use crate::{catalog, expand, select, source, valid, yaml};

/// Everything `error_codes!(args)` expands to.
pub fn error_codes(args: &Args) -> TokenStream {
    match source::find(&args.path.value()) {
        Ok(source) => {
            let (catalog, problems) = check(&source.text);
            let (subset, selection_errors) = select::select(catalog, args);
            let mut tokens = expand::expand(&subset, args, Some(&source.path));
            tokens.extend(errors(args, &source.text, &problems));
            // A broken catalog drops entries the arguments may name: only
            // report the selection when the catalog itself is sound.
            if problems.is_empty() {
                tokens.extend(selection_errors.iter().map(syn::Error::to_compile_error));
            }
            tokens
        }
        Err(problem) => {
            let mut tokens = expand::expand(&Catalog::default(), args, None);
            tokens.extend(errors(args, "", &[problem]));
            tokens
        }
    }
}

/// Reads and validates catalog text: the model of its valid part, and every problem.
pub fn check(text: &str) -> (Catalog, Vec<Problem>) {
    let mut problems = Vec::new();
    let doc = match yaml::parse(text) {
        Ok(doc) => doc,
        Err(err) => {
            // The parser gives a position for every error it can place; for
            // the rest the top of the file is the honest answer.
            let at = Where::At(err.pos.unwrap_or(Pos { line: 1, column: 1 }));
            let fix = if err.message.contains("quoted string") {
                "add the closing quote"
            } else if err.message.contains("tab") {
                "indent with spaces; YAML does not allow tabs in indentation"
            } else {
                "check the indentation (spaces, aligned under the parent) and the `key: value` syntax here"
            };
            problems.push(Problem::new(
                at,
                format!("invalid YAML: {}", err.message),
                fix,
            ));
            return (Catalog::default(), problems);
        }
    };
    let raw = catalog::read(&doc, &mut problems);
    let model = valid::validate(raw, &mut problems);
    (model, problems)
}

/// One `compile_error!` per rendered problem, on the path literal.
fn errors(args: &Args, text: &str, problems: &[Problem]) -> TokenStream {
    let span = args.path.span();
    diag::render(&args.path.value(), text, problems)
        .into_iter()
        .map(|message| quote_spanned!(span=> ::core::compile_error!(#message);))
        .collect()
}
