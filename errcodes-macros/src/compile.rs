//! The function behind the macro: find the catalog, check it, select the
//! subset, expand, with every problem turned into a `compile_error!` at the
//! argument that caused it.

use proc_macro2::TokenStream;
use quote::quote_spanned;

use std::path::Path;

use errcodes_catalog::{select, Catalog, Diagnostic, Ledger, Source, SHOWN};

use crate::args::Args;
use crate::expand;

/// Everything `error_codes!(args)` expands to.
pub fn error_codes(args: &Args) -> TokenStream {
    match Source::find(&args.path.value()) {
        Ok(source) => {
            let written = args.path.value();
            // The ledger beside the catalog, if there is one; a subset is
            // checked against it as the whole catalog.
            let ledger_path = Ledger::path_for(&source.path);
            let mut diagnostics = Vec::new();
            let ledger = if ledger_path.is_file() {
                let shown = Ledger::path_for(Path::new(&written)).display().to_string();
                match Source::open_as(&ledger_path, &shown)
                    .map_err(|problem| vec![problem])
                    .and_then(|ledger| Ledger::parse(&shown, &ledger.text))
                {
                    Ok(ledger) => Some(ledger),
                    Err(problems) => {
                        diagnostics.extend(problems);
                        None
                    }
                }
            } else {
                None
            };
            let checked =
                errcodes_catalog::check_with_ledger(&written, &source.text, ledger.as_ref());
            diagnostics.extend(checked.diagnostics);
            let (subset, selection_problems) = select(checked.catalog, &args.selection());
            let mut watched = vec![source.path.as_path()];
            if ledger_path.is_file() {
                watched.push(&ledger_path);
            }
            let mut tokens = expand::expand(&subset, args, &watched);
            tokens.extend(errors(args, &diagnostics));
            // A broken catalog drops entries the arguments may name: only
            // report the selection when the catalog itself is sound.
            if diagnostics.is_empty() {
                tokens.extend(selection_problems.iter().map(|problem| {
                    syn::Error::new(args.span_of(problem.part), &problem.message).to_compile_error()
                }));
            }
            tokens
        }
        Err(problem) => {
            let mut tokens = expand::expand(&Catalog::default(), args, &[]);
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
