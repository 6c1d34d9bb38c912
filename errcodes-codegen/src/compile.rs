//! The function behind the macro: find the catalog, check it, select the
//! subset, expand, with every problem turned into a `compile_error!` at the
//! argument that caused it.

use proc_macro2::TokenStream;
use quote::quote_spanned;

use std::path::{Path, PathBuf};

use errcodes_catalog::{select, Catalog, Diagnostic, Ledger, Source, SHOWN};

use crate::args::Args;
use crate::expand::{self, Target};

/// Everything `error_codes!(args)` expands to.
pub fn error_codes(args: &Args) -> TokenStream {
    match Source::find(&args.path.value) {
        Ok(source) => {
            let written = shown(&source.path, &args.path.value);
            // The ledger beside the catalog, if there is one (watched even
            // when it cannot be read, so fixing it rebuilds); a subset is
            // checked against it as the whole catalog.
            let mut diagnostics = Vec::new();
            let mut watched = vec![source.path.clone()];
            let mut ledger = None;
            if let Some((path, read)) = Ledger::beside(&source.path, &written) {
                watched.push(path);
                match read {
                    Ok(read) => ledger = Some(read),
                    Err(problems) => diagnostics.extend(problems),
                }
            }
            let checked =
                errcodes_catalog::check_with_ledger(&written, &source.text, ledger.as_ref());
            let mut catalog = checked.catalog;
            // Not YAML: the codes outside the broken entry, so the uses of
            // them compile and the one error is the catalog's.
            if catalog.codes.is_empty() && !checked.diagnostics.is_empty() {
                if let Some(salvaged) = errcodes_catalog::__salvage(&source.text) {
                    catalog = salvaged;
                }
            }
            diagnostics.extend(checked.diagnostics);
            let (subset, selection_problems) = select(catalog, &args.selection());
            let watched: Vec<&Path> = watched.iter().map(PathBuf::as_path).collect();
            let mut tokens = expand::expand(&subset, args, &watched, Target::Macro);
            tokens.extend(errors(args, &diagnostics));
            // A broken catalog drops entries the arguments may name: only
            // report the selection when the catalog itself is sound.
            if diagnostics.is_empty() {
                tokens.extend(selection_problems.iter().map(|problem| {
                    let message = &problem.message;
                    quote_spanned!(args.span_of(problem.part)=> ::core::compile_error!{ #message })
                }));
            }
            tokens
        }
        Err(problem) => {
            let mut tokens = expand::expand(&Catalog::default(), args, &[], Target::Macro);
            tokens.extend(errors(args, &[problem]));
            tokens
        }
    }
}

/// How diagnostics name the catalog at `path` (`written` in the
/// invocation): relative to the directory the compiler runs in, as rustc
/// names source files — under cargo, the workspace root, where the terminal
/// that shows the error is — so `errors/codes.yaml:119:12` opens from there,
/// not `../errors/codes.yaml`, which is relative to the crate. As written
/// when the file is not under that directory.
fn shown(path: &Path, written: &str) -> String {
    let Ok(here) = std::env::current_dir() else {
        return written.to_owned();
    };
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    match canonical(path).strip_prefix(canonical(&here)) {
        Ok(relative) if !relative.as_os_str().is_empty() => relative.display().to_string(),
        _ => written.to_owned(),
    }
}

/// One `compile_error!` per diagnostic (at most [`SHOWN`], then a count), on
/// the path literal.
fn errors(args: &Args, diagnostics: &[Diagnostic]) -> TokenStream {
    let span = args.path.span;
    errcodes_catalog::lines(diagnostics, SHOWN)
        .into_iter()
        .map(|message| quote_spanned!(span=> ::core::compile_error!(#message);))
        .collect()
}

/// The module `errcodes generate` writes for `catalog` (checked, and
/// already the subset the arguments select): the same items as
/// `error_codes!` with `args`, self-contained; its catalog a row per code
/// when `rows`, else the macro's packed tables.
pub fn module(catalog: &Catalog, args: &Args, rows: bool) -> TokenStream {
    expand::expand(catalog, args, &[], Target::Module { rows })
}
