//! The accounts service: its own codes plus the shared `INTERNAL`.

errcodes::error_codes!(
    "../catalog/errors.yaml",
    name = AccountError,
    groups = ["accounts"],
    codes = [1],
    exclude = [102],
    parent = shop_errors::ShopError,
);

/// Checks a new password.
///
/// # Errors
///
/// [`AccountError::PasswordRejected`] for a password shorter than 12 characters.
pub fn check_password(password: &str) -> Result<(), AccountError> {
    if password.chars().count() < 12 {
        Err(AccountError::PasswordRejected)
    } else {
        Ok(())
    }
}

/// The HTTP status a raw code from another service maps to, if it is ours.
#[must_use]
pub fn status_of(raw: u32) -> Option<u16> {
    match raw {
        account_error::INTERNAL => Some(500),
        account_error::EMAIL_TAKEN => Some(409),
        _ => AccountError::from_code(raw).and_then(AccountError::http_status),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subset_is_groups_and_codes_minus_exclude() {
        let numbers: Vec<u32> = AccountError::ALL.iter().map(|c| c.code()).collect();
        assert_eq!(numbers, [1, 100, 101, 103]);
        assert_eq!(check_password("short"), Err(AccountError::PasswordRejected));
        assert_eq!(status_of(101), Some(401));
        assert_eq!(status_of(200), None);
        assert_eq!(
            shop_errors::ShopError::from(AccountError::Internal).message(),
            "Internal error."
        );
    }
}
