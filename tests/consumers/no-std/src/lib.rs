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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn works_without_std() {
        assert_eq!(message(1), "The item is out of stock.");
        assert_eq!(message(7), "unknown error");
        assert_eq!(leancloud_name(101), Some("OBJECT_NOT_FOUND"));
    }
}
