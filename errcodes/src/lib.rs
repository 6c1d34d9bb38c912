#![doc = include_str!("../docs/crate.md")]
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![warn(clippy::pedantic, missing_docs)]

// Everything but the macro lives in `errcodes-runtime`, which a build
// compiles beside the macro's pipeline (syn-free, but with a YAML reader)
// rather than after it: only this thin crate waits for the macro.
#[doc(inline)]
pub use errcodes_runtime::*;

#[cfg(feature = "macros")]
pub use errcodes_macros::error_codes;

pub mod guide;

// The README's examples run as doctests too.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
