//! The Rust code an error-code catalog becomes: what the `error_codes!`
//! macro of the [`errcodes`](https://docs.rs/errcodes) crate expands to,
//! and what `errcodes generate` writes as a module to check in.
//!
//! Depend on `errcodes`, not on this crate: its versions are matched
//! exactly. Reading and checking the catalog is `errcodes-catalog`'s work;
//! here are `args` (the macro's arguments, read from tokens), `compile`
//! (find → check → select → expand, problems as `compile_error!`) and
//! `expand` (the model → tokens), all plain functions on `proc_macro2`, so
//! they run inside the compiler and outside it alike.

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]
// Problems are built with explicit `what` and `fix` strings; the
// documentation lives on the public macro in the runtime crate.
#![allow(
    clippy::module_name_repetitions,
    clippy::missing_errors_doc,
    // `match` on an `Option` reads better than `if let … else` when both arms build tokens.
    clippy::single_match_else,
    // An implementation detail of the macro and the command: its callers
    // use what they ask for.
    clippy::must_use_candidate
)]

// Inside the compiler, bulky generated text goes straight to its lexer
// (`text::Text::tokens`).
extern crate proc_macro;

pub mod args;
mod compile;
mod expand;
mod text;

#[cfg(test)]
mod mutation;

pub use args::Args;
pub use compile::{error_codes, module};
pub use expand::ROWS_UP_TO;
