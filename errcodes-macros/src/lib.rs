//! The `error_codes!` procedural macro of the [`errcodes`](https://docs.rs/errcodes) crate.
//!
//! Depend on `errcodes`, not on this crate: its versions are matched exactly.
//! Reading and checking the catalog is `errcodes-catalog`'s work; here are
//! the entry point, `args` (the arguments), `compile` (find → check → select
//! → expand, errors as `compile_error!`) and `expand` (the model → tokens),
//! all plain functions on `proc_macro2`.

#![forbid(unsafe_code)]
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
mod compile;
mod expand;
mod text;

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
