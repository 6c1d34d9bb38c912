#![doc = include_str!("../README.md")]
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
