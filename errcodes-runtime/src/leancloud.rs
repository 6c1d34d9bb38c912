//! LeanCloud's error codes, generated from the catalog bundled with this crate.
//!
//! Every code documented on LeanCloud's error-code page, with the exact text
//! the server sends. LeanCloud adds codes over time, so [`ErrorCode`] is
//! `#[non_exhaustive]`: match it with a wildcard arm, and keep unknown numbers
//! from the wire as numbers.
//!
//! ```
//! use errcodes::leancloud::{error_code, ErrorCode};
//!
//! let code = ErrorCode::from_code(101).unwrap();
//! assert_eq!(code, ErrorCode::ObjectNotFound);
//! assert_eq!(code.message(), "Object doesn't exist, or has an incorrect password.");
//! assert_eq!(code.group(), Some("storage"));
//! assert_eq!(code.description("zh"), Some("对象不存在，或提供的密码错误。"));
//!
//! let retry = |raw: u32| matches!(raw, error_code::TIMEOUT | error_code::TOO_MANY_REQUESTS);
//! assert!(retry(124));
//! ```

// Written by `errcodes generate` from the bundled catalog (CI checks it is
// current), so this module costs no macro run and needs no `macros`.
#[rustfmt::skip]
mod codes;

pub use codes::*;

#[cfg(all(feature = "serde", feature = "alloc"))]
mod body;

#[cfg(all(feature = "serde", feature = "alloc"))]
pub use body::ErrorBody;
