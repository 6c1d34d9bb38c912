//! The billing service: it may only return billing codes.

use shop_errors::ShopError;

errcodes::error_codes!(
    "../catalog/errors.yaml",
    name = BillingError,
    groups = ["billing"],
    parent = shop_errors::ShopError,
);

/// Charges a card; a card number ending in 0 is declined.
///
/// # Errors
///
/// [`BillingError::CardDeclined`] when the bank refuses the charge.
pub fn charge(card: &str, cents: u64) -> Result<u64, BillingError> {
    if card.ends_with('0') {
        Err(BillingError::CardDeclined)
    } else {
        Ok(cents)
    }
}

/// What the gateway sends for a billing failure: the full catalog's code.
#[must_use]
pub fn to_gateway(error: BillingError) -> ShopError {
    ShopError::from(error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn billing_codes_keep_the_shared_numbers() {
        let declined = charge("4000", 100).unwrap_err();
        assert_eq!(declined.code(), billing_error::CARD_DECLINED);
        assert_eq!(declined.code(), shop_errors::shop_error::CARD_DECLINED);
        assert_eq!(to_gateway(declined), ShopError::CardDeclined);
        assert_eq!(BillingError::ALL.len(), 2);
    }

    #[test]
    fn other_services_codes_are_refused() {
        let err = BillingError::try_from(ShopError::EmailTaken).unwrap_err();
        assert_eq!(err.code(), 100);
        assert_eq!(BillingError::from_code(100), None);
    }
}
