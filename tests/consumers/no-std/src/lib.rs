//! A `no_std` library: the runtime crate without `std` or `alloc`, and
//! expansions that only name `core`.

#![no_std]

errcodes::error_codes!("../../catalogs/shop.yaml");

/// The message for a raw code, or a fallback, without allocating.
#[must_use]
pub fn message(raw: u32) -> &'static str {
    ErrorCode::from_code(raw).map_or("unknown error", ErrorCode::message)
}

/// The bundled LeanCloud catalog works without `std` too.
#[must_use]
pub fn leancloud_name(raw: u32) -> Option<&'static str> {
    errcodes::leancloud::ErrorCode::from_code(raw).map(errcodes::leancloud::ErrorCode::name)
}

/// A number from the wire, kept whether the catalog knows it or not.
#[must_use]
pub fn open(raw: u32) -> (u32, bool) {
    let code = errcodes::Open::<ErrorCode>::from(raw);
    (code.code(), code.is_known())
}

/// The status a code is answered with (the catalog's, or its default).
#[must_use]
pub fn status(raw: u32) -> Option<u16> {
    ErrorCode::from_code(raw).map(ErrorCode::status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn works_without_std() {
        assert_eq!(message(1), "The item is out of stock.");
        assert_eq!(message(7), "unknown error");
        assert_eq!(leancloud_name(101), Some("OBJECT_NOT_FOUND"));
        assert_eq!(open(1), (1, true));
        assert_eq!(open(987_654), (987_654, false));
        assert_eq!(status(1), Some(409));
    }
}
