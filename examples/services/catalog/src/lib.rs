//! The shop's full error catalog, shared by every service.

errcodes::error_codes!("errors.yaml", name = ShopError);

/// The JSON body the gateway answers with, `{"code": …, "error": "…"}`.
#[must_use]
pub fn response(code: ShopError) -> (u16, String) {
    let status = code.http_status().unwrap_or(500);
    let body = format!(r#"{{"code":{},"error":{:?}}}"#, code.code(), code.message());
    (status, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gateway_answers_with_the_catalog() {
        assert_eq!(
            response(ShopError::CardDeclined),
            (
                402,
                r#"{"code":200,"error":"Your card was declined."}"#.to_owned()
            )
        );
        assert_eq!(ShopError::RESERVED, [202]);
    }
}
