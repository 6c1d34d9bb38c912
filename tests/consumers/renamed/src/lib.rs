//! `errcodes` renamed to `my_errors`, and re-exported by a facade module:
//! `crate = …` tells the expansion where the runtime crate is.

/// A facade re-exporting the runtime crate, as a company-wide errors crate would.
pub mod facade {
    pub use my_errors as runtime;
}

my_errors::error_codes!("../../catalogs/shop.yaml", crate = ::my_errors);

/// Through the facade path rather than the dependency's name.
pub mod through_facade {
    my_errors::error_codes!(
        "../../catalogs/tiny.yaml",
        name = TinyCode,
        crate = crate::facade::runtime
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_generated_item_works_under_the_new_name() {
        assert_eq!(ErrorCode::from_code(100), Some(ErrorCode::CardDeclined));
        assert_eq!(ErrorCode::try_from(5).unwrap_err().code(), 5);
        assert!("NOPE".parse::<ErrorCode>().is_err());
        assert_eq!(ErrorCode::GROUPS.len(), 2);
        assert_eq!(serde_json::to_string(&ErrorCode::OutOfStock).unwrap(), "1");
        fn generic<C: my_errors::Code>(code: C) -> &'static str {
            code.name()
        }
        assert_eq!(generic(ErrorCode::OrderLocked), "ORDER_LOCKED");
        assert_eq!(through_facade::TinyCode::First.code(), 7);
    }
}
