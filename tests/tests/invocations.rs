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

/// `vis` restricts the enum, its items and its constants; each visibility
/// means the same for the constants module one level down.
mod visibility {
    pub(crate) mod crate_wide {
        errcodes::error_codes!("catalogs/tiny.yaml", vis = pub(crate));
    }

    pub(crate) mod outer {
        pub(crate) mod inner {
            // Visible in `outer` only.
            errcodes::error_codes!("catalogs/tiny.yaml", vis = pub(super));
        }

        pub(crate) fn from_outer() -> (u32, u32) {
            (inner::ErrorCode::Second.code(), inner::error_code::SECOND)
        }

        pub(crate) mod private {
            // Visible in `private` only: the constants module is `pub(super)`.
            errcodes::error_codes!("catalogs/tiny.yaml", vis = , name = Hidden);

            pub(crate) fn from_here() -> (&'static str, u32) {
                (Hidden::First.name(), hidden::FIRST)
            }
        }
    }

    pub(crate) mod in_path {
        pub(crate) mod inner {
            errcodes::error_codes!("catalogs/tiny.yaml", vis = pub(in crate::visibility::in_path));
        }

        pub(crate) fn from_path() -> u32 {
            inner::error_code::FIRST
        }
    }
}

#[test]
fn visibility_argument() {
    use visibility::crate_wide::{error_code, ErrorCode};
    assert_eq!(
        ErrorCode::from_code(error_code::FIRST),
        Some(ErrorCode::First)
    );
    assert_eq!(visibility::outer::from_outer(), (8, 8));
    assert_eq!(visibility::outer::private::from_here(), ("FIRST", 7));
    assert_eq!(visibility::in_path::from_path(), 7);
}

/// The user's own associated items may take any name the expansion does not
/// document: the search tables it needs are hidden under `__` names.
mod own_items {
    errcodes::error_codes!("catalogs/tiny.yaml");

    impl ErrorCode {
        /// The user's own table.
        pub(crate) const CODES: [u32; 2] = [7, 8];
        /// The user's own index.
        pub(crate) const BY_NAME: &'static str = "mine";
        /// The user's own method.
        pub(crate) fn position(self) -> usize {
            Self::CODES
                .iter()
                .position(|&c| c == self.code())
                .unwrap_or(usize::MAX)
        }
    }
}

#[test]
fn the_users_associated_items_keep_their_names() {
    use own_items::ErrorCode;
    assert_eq!(ErrorCode::CODES, [7, 8]);
    assert_eq!(ErrorCode::BY_NAME, "mine");
    assert_eq!(ErrorCode::Second.position(), 1);
    assert_eq!(ErrorCode::from_code(8), Some(ErrorCode::Second));
    assert_eq!(ErrorCode::from_name("FIRST"), Some(ErrorCode::First));
}
