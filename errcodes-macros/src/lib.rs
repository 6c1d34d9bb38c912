//! The `error_codes!` procedural macro of the [`errcodes`](https://docs.rs/errcodes) crate.
//!
//! Depend on `errcodes`, not on this crate: its versions are matched exactly.
//! Everything here but the entry point is plain functions on `proc_macro2`:
//! `args` (the arguments), `source` (the file), `yaml` and `catalog` (reading),
//! `valid` (checking), `select` (per-service subsets), `expand` (generating),
//! `diag` (error messages).

#![warn(clippy::pedantic)]
// Problems are built with explicit `what` and `fix` strings; the
// documentation lives on the public macro in the runtime crate.
#![allow(
    clippy::module_name_repetitions,
    clippy::missing_errors_doc,
    // `match` on an `Option` reads better than `if let … else` when both arms build tokens.
    clippy::single_match_else
)]

mod args;
mod catalog;
mod compile;
mod diag;
mod expand;
mod model;
mod select;
mod source;
mod valid;
mod yaml;

#[cfg(test)]
mod mutation;

use proc_macro::TokenStream;

/// Generates an error-code enum, its constants and its tables from a YAML catalog.
///
/// See the `errcodes` crate for the catalog format and the generated API.
#[proc_macro]
pub fn error_codes(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as args::Args);
    compile::error_codes(&args).into()
}
