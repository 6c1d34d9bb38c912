//! The `error_codes!` procedural macro of the [`errcodes`](https://docs.rs/errcodes) crate.
//!
//! Depend on `errcodes`, not on this crate: its versions are matched exactly.
//! A thin shell: what the macro expands to is `errcodes-codegen`'s work,
//! shared with `errcodes generate`.

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]

use proc_macro::TokenStream;

/// Generates an error-code enum, its constants and its tables from a YAML catalog.
///
/// See the `errcodes` crate for the catalog format and the generated API.
#[proc_macro]
pub fn error_codes(input: TokenStream) -> TokenStream {
    match errcodes_codegen::Args::parse(input.into()) {
        Ok(args) => errcodes_codegen::error_codes(&args).into(),
        Err(errors) => errors.to_compile_errors().into(),
    }
}
