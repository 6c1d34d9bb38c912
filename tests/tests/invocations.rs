//! Several invocations coexist: side by side under different names, in
//! nested modules, inside function bodies and with a renamed runtime crate path.

errcodes::error_codes!("catalogs/shop.yaml");
errcodes::error_codes!("catalogs/shop.yaml", name = PaymentCode);
errcodes::error_codes!("catalogs/tiny.yaml", name = TinyCode, crate = ::errcodes,);

mod nested {
    pub mod deeper {
        errcodes::error_codes!("catalogs/tiny.yaml");
    }
}

#[test]
fn two_names_in_one_module() {
    assert_eq!(
        ErrorCode::CardDeclined.code(),
        PaymentCode::CardDeclined.code()
    );
    assert_eq!(payment_code::CARD_DECLINED, error_code::CARD_DECLINED);
    assert_eq!(TinyCode::ALL.len(), 2);
    assert_eq!(tiny_code::FIRST, 7);
}

#[test]
fn nested_modules() {
    use nested::deeper::{error_code, ErrorCode};
    assert_eq!(
        ErrorCode::from_code(error_code::SECOND),
        Some(ErrorCode::Second)
    );
    assert_eq!(ErrorCode::Second.message(), "Second thing.");
}

#[test]
fn function_bodies() {
    errcodes::error_codes!("catalogs/tiny.yaml", name = Local);
    assert_eq!(Local::First.code(), local::FIRST);
    assert_eq!(Local::from_name("SECOND"), Some(Local::Second));
    assert_eq!(Local::LANGUAGES, [] as [&str; 0]);
    assert_eq!(Local::First.group(), None);
    assert_eq!(Local::First.description("en"), None);
}
