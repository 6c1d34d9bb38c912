//! What the generated code calls and no one else should: the glue of the
//! optional features, the small helpers of its impls, the reader of `parse`
//! and the tables' format (`table`). Not public API: they change without
//! notice.

mod features;
pub mod rows;
mod table;

use core::fmt::{self, Write as _};

use crate::{Entry, UnknownCode, UnknownName};

pub use crate::reader::{read, slots, Piece};
pub use crate::{
    __rows_index as rows_index, __rows_names as rows_names, __rows_table as rows_table,
};
pub use features::*;
pub use rows::generated_for;
#[cfg(test)]
pub(crate) use table::pack;
pub use table::{find_code, find_name, name_hash, search, Index, Table, U16s, U32s, U64s};

/// The error of `TryFrom<u32>`: `code` is not a code of the enum `enum_name`.
#[inline]
#[must_use]
pub const fn not_a_code(code: u32, enum_name: &'static str) -> UnknownCode {
    UnknownCode::new(code, enum_name)
}

/// The error of `FromStr`: `name` is not a name of the enum `enum_name`.
#[inline]
#[must_use]
pub fn not_a_name(name: &str, enum_name: &'static str) -> UnknownName {
    UnknownName::new(name, enum_name)
}

#[cfg(feature = "serde")]
pub use serde;

#[cfg(feature = "utoipa")]
pub use crate::openapi::{code_responses, code_schema};
/// The `alloc` types the utoipa impls name (a `no_std` crate that expands
/// them has no `std` or `alloc` of its own in scope).
#[cfg(feature = "utoipa")]
pub use alloc::{borrow::Cow, collections::BTreeMap, string::String};
#[cfg(feature = "axum")]
pub use axum_core as axum;
#[cfg(feature = "http")]
pub use http;
#[cfg(feature = "tonic")]
pub use tonic;
#[cfg(feature = "utoipa")]
pub use utoipa;

/// The `tonic::Status` of a code: its gRPC code, its message (its name
/// when it has none), and with the catalog's `grpc_domain` an `ErrorInfo`.
#[cfg(feature = "tonic")]
#[must_use]
pub fn grpc_status(entry: Entry) -> tonic::Status {
    use std::string::ToString as _;
    crate::grpc::status_of(entry, entry.to_string(), core::iter::empty())
}

/// The `tonic::Status` of a struct of values: the formatted message, and
/// each value in the `ErrorInfo` metadata under its name in `lowerCamelCase`
/// (AIP-193's convention).
#[cfg(feature = "tonic")]
#[must_use]
pub fn grpc_args_status<A: crate::Args + ?Sized>(args: &A) -> tonic::Status {
    use crate::Code as _;
    use std::string::{String, ToString as _};
    let values = args.values().map(|(name, value)| {
        let key: String = errcodes_core::lower_camel(name).collect();
        (key, value.to_string())
    });
    crate::grpc::status_of(args.code().entry(), args.to_string(), values)
}

/// The `http` crate's status for `status`; 500 for a number that is not a
/// status (impossible for a checked catalog).
#[cfg(feature = "http")]
#[inline]
#[must_use]
pub fn status_code(status: u16) -> http::StatusCode {
    http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// Whether `f` has the default options (no width, precision, sign, `#` or
/// `0`), so a message's numbers may be written with it as they are.
#[inline]
#[must_use]
pub fn plain(f: &fmt::Formatter<'_>) -> bool {
    f.width().is_none()
        && f.precision().is_none()
        && !f.sign_plus()
        && !f.sign_minus()
        && !f.alternate()
        && !f.sign_aware_zero_pad()
}

/// A `bool` value `parse` read: `true` or `false`.
#[inline]
#[must_use]
pub fn boolean(text: &str) -> Option<bool> {
    match text {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// `Display` of a generated enum.
#[inline]
pub fn display(entry: &Entry, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    fmt::Display::fmt(entry, f)
}

/// `Debug` of a generated enum: the catalog name in `UpperCamelCase` word by
/// word (`OBJECT_NOT_FOUND` → `ObjectNotFound`), the variant's own name.
#[inline]
pub fn debug(name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    for word in name.split('_') {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            f.write_char(first.to_ascii_uppercase())?;
        }
        for c in chars {
            f.write_char(c.to_ascii_lowercase())?;
        }
    }
    Ok(())
}

/// The error of deserializing a number that is not a code of `catalog`.
#[cfg(feature = "serde")]
#[inline]
#[must_use]
pub fn unknown_code<E: serde::de::Error>(code: u32, catalog: &str) -> E {
    E::custom(format_args!(
        "unknown error code {code}: not a code of {catalog}"
    ))
}
