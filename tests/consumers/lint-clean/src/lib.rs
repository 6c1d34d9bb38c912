//! Expands full catalogs, a subset with a parent, a catalog with
//! deprecated codes (present, unused) and catalogs kept private with `vis`
//! (mostly unused) under strict lints: `cargo clippy` must report nothing.

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

/// A catalog the library uses internally and does not export.
mod internal {
    errcodes::error_codes!("../../catalogs/shop.yaml", name = Internal, vis = pub(crate));

    /// Private to this module.
    mod hidden {
        errcodes::error_codes!("../../catalogs/tiny.yaml", name = Hidden, vis = pub(self));

        pub(super) fn first() -> u32 {
            Hidden::First.code() + hidden::SECOND
        }
    }

    pub(crate) fn status(raw: u32) -> Option<u16> {
        Internal::from_code(raw)
            .and_then(Internal::http_status)
            .filter(|_| hidden::first() > 0)
    }
}

/// The HTTP status of a shop code, through the private catalog.
#[must_use]
pub fn shop_status(raw: u32) -> Option<u16> {
    internal::status(raw)
}

/// Messages with parameters, public and kept private.
pub mod values {
    errcodes::error_codes!("../../catalogs/params.yaml", name = WithValues);

    mod private {
        errcodes::error_codes!("../../catalogs/params.yaml", name = Kept, vis = pub(self));

        pub(super) fn refund() -> String {
            kept::RefundTooLarge {
                amount: 2,
                remaining: 1,
            }
            .to_string()
        }
    }

    /// The refund message, through the private catalog.
    #[must_use]
    pub fn refund() -> String {
        private::refund()
    }
}

/// Every catalog feature expanded where no prelude is in scope: the
/// expansion names every trait and type by its full path.
#[no_implicit_prelude]
pub mod bare {
    ::errcodes::error_codes!("../../catalogs/every-field.yaml", name = EveryField);
    ::errcodes::error_codes!("../../catalogs/tagged.yaml", name = Tagged);
    ::errcodes::error_codes!("../../catalogs/params.yaml", name = WithValues);
    ::errcodes::error_codes!("../../catalogs/grpc.yaml", name = Grpc);
    ::errcodes::error_codes!("../../catalogs/hostile.yaml", name = Hostile);
}
