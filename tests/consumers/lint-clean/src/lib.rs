//! Expands full catalogs, a subset with a parent, and a catalog with
//! deprecated codes (present, unused) under strict lints: `cargo clippy`
//! must report nothing.

#![deny(
    warnings,
    missing_docs,
    missing_debug_implementations,
    unused_qualifications,
    unreachable_pub,
    clippy::all,
    clippy::pedantic
)]
#![forbid(unsafe_code)]

errcodes::error_codes!("../../../codes.yaml", name = LeanCloud);
errcodes::error_codes!("../../catalogs/shop.yaml");

/// A subset in a public module, converting into the full enum.
pub mod payments {
    errcodes::error_codes!(
        "../../catalogs/shop.yaml",
        name = PaymentCode,
        groups = ["payment"],
        parent = crate::ErrorCode,
        non_exhaustive = true,
    );
}

/// Uses the generated items the way a library would.
#[must_use]
pub fn describe(raw: u32) -> Option<(&'static str, &'static str)> {
    LeanCloud::from_code(raw).map(|code| (code.name(), code.message()))
}
