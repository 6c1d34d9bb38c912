//! Compile a YAML catalog of error codes into a checked Rust enum, `u32`
//! constants and message tables, at compile time and with no build script.
//!
//! ```
//! errcodes::error_codes!("../tests/catalogs/shop.yaml");
//!
//! let code = ErrorCode::OutOfStock;
//! assert_eq!(code.code(), 1);
//! assert_eq!(code.name(), "OUT_OF_STOCK");
//! assert_eq!(code.message(), "The item is out of stock.");
//! assert_eq!(ErrorCode::from_code(error_code::OUT_OF_STOCK), Some(code));
//! ```
//!
//! The path is relative to the invoking crate's `Cargo.toml`. See the README
//! for the catalog format, the generated API and the errors.

#![no_std]
#![warn(clippy::pedantic, missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;

// Lets the generated code name this crate `::errcodes` from inside it too.
extern crate self as errcodes;

#[doc(hidden)]
pub mod __private;
mod code;
mod entry;
mod error;
mod group;

#[cfg(feature = "leancloud")]
pub mod leancloud;

pub use code::Code;
pub use entry::Entry;
pub use errcodes_macros::error_codes;
pub use error::{UnknownCode, UnknownName};
pub use group::Group;
