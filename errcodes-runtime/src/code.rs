//! The trait every generated enum implements.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::str::FromStr;

use crate::{Entry, UnknownCode, UnknownName};

/// A code of a catalog: implemented by every enum `error_codes!` generates,
/// so generic code can serve any catalog.
///
/// The generated enum has the same methods as `const fn`s of its own; this
/// trait is for code that is generic over catalogs.
///
/// ```
/// fn describe<C: errcodes::Code>(raw: u32) -> String {
///     match C::from_code(raw) {
///         Some(code) => format!("{} {}: {}", code.code(), code.name(), code.message()),
///         None => format!("{raw}: unknown"),
///     }
/// }
/// # errcodes::error_codes!("../tests/catalogs/shop.yaml");
/// # assert_eq!(describe::<ErrorCode>(1), "1 OUT_OF_STOCK: The item is out of stock.");
/// ```
pub trait Code:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + core::error::Error
    + Send
    + Sync
    + 'static
    + Into<u32>
    + TryFrom<u32, Error = UnknownCode>
    + FromStr<Err = UnknownName>
{
    /// Every code of the catalog, in ascending order of number.
    const ALL: &'static [Self];

    /// The code's catalog entry.
    fn entry(self) -> Entry;

    /// The code with this number, if the catalog has one.
    fn from_code(code: u32) -> Option<Self>;

    /// The code with this exact catalog name, if the catalog has one.
    fn from_name(name: &str) -> Option<Self>;

    /// The HTTP status to answer with: the code's, or the catalog's
    /// `default_http` (500 when the catalog gives none).
    fn status(self) -> u16 {
        self.entry().status()
    }

    /// The code's documentation link, from the catalog's `docs_url`.
    fn docs_url(self) -> Option<crate::DocsUrl> {
        self.entry().docs_url()
    }

    /// The code's number.
    fn code(self) -> u32 {
        self.entry().code()
    }

    /// The catalog name, e.g. `"OBJECT_NOT_FOUND"`.
    fn name(self) -> &'static str {
        self.entry().name()
    }

    /// The message, exactly as the catalog gives it (may be empty).
    fn message(self) -> &'static str {
        self.entry().message()
    }

    /// The group, if the catalog gives one.
    fn group(self) -> Option<&'static str> {
        self.entry().group()
    }

    /// The HTTP status, if the catalog gives one.
    fn http_status(self) -> Option<u16> {
        self.entry().http_status()
    }

    /// The description in language `lang`, if the catalog has one.
    fn description(self, lang: &str) -> Option<&'static str> {
        self.entry().description(lang)
    }

    /// The gRPC status the code is sent with.
    fn grpc_code(self) -> crate::GrpcCode {
        self.entry().grpc_code()
    }

    /// The code's tags (its own and its groups'), in the catalog's order.
    fn tags(self) -> &'static [&'static str] {
        self.entry().tags()
    }

    /// Whether the code has the tag `key`.
    fn has_tag(self, key: &str) -> bool {
        self.entry().has_tag(key)
    }

    /// The parameters of the message (the catalog's `params`), in order.
    fn params(self) -> &'static [crate::Param] {
        self.entry().params()
    }

    /// The message in language `lang` as the catalog writes it, if it has
    /// a translation.
    fn translation(self, lang: &str) -> Option<&'static str> {
        self.entry().translation(lang)
    }
}
