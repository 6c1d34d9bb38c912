//! The function behind the macro: find the catalog, check it, select the
//! subset, expand, with every problem turned into a `compile_error!` at the
//! argument that caused it.

use proc_macro2::TokenStream;
use quote::quote_spanned;

use errcodes_catalog::{select, Catalog, Diagnostic, Source, SHOWN};

use crate::args::Args;
use crate::expand;

/// Everything `error_codes!(args)` expands to.
pub fn error_codes(args: &Args) -> TokenStream {
    match Source::find(&args.path.value()) {
        Ok(source) => {
            let checked = errcodes_catalog::check(&args.path.value(), &source.text);
            let (subset, selection_problems) = select(checked.catalog, &args.selection());
            let mut tokens = expand::expand(&subset, args, Some(&source.path));
            tokens.extend(errors(args, &checked.diagnostics));
            // A broken catalog drops entries the arguments may name: only
            // report the selection when the catalog itself is sound.
            if checked.diagnostics.is_empty() {
                tokens.extend(selection_problems.iter().map(|problem| {
                    syn::Error::new(args.span_of(problem.part), &problem.message).to_compile_error()
                }));
            }
            tokens
        }
        Err(problem) => {
            let mut tokens = expand::expand(&Catalog::default(), args, None);
            tokens.extend(errors(args, &[problem]));
            tokens
        }
    }
}

/// One `compile_error!` per diagnostic (at most [`SHOWN`], then a count), on
/// the path literal.
fn errors(args: &Args, diagnostics: &[Diagnostic]) -> TokenStream {
    let span = args.path.span();
    errcodes_catalog::lines(diagnostics, SHOWN)
        .into_iter()
        .map(|message| quote_spanned!(span=> ::core::compile_error!(#message);))
        .collect()
}
