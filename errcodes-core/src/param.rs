//! The types a message's parameters may have.

use core::fmt;

/// The type of a parameter, as the catalog's `params:` names it.
///
/// A closed set: a new type is a compile error at every `match` of the
/// workspace that must learn it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParamKind {
    /// Text (`str`): a `&str` field.
    Str,
    /// `true` or `false` (`bool`).
    Bool,
    /// `u32`.
    U32,
    /// `u64`.
    U64,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// A decimal (`f64`), written as Rust's `Display` writes it.
    F64,
}

impl ParamKind {
    /// Every type, in the order the catalog format lists them.
    pub const ALL: [ParamKind; 7] = [
        ParamKind::Str,
        ParamKind::Bool,
        ParamKind::U32,
        ParamKind::U64,
        ParamKind::I32,
        ParamKind::I64,
        ParamKind::F64,
    ];

    /// The type as the catalog writes it: `"str"`, `"bool"`, `"u32"`, …
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ParamKind::Str => "str",
            ParamKind::Bool => "bool",
            ParamKind::U32 => "u32",
            ParamKind::U64 => "u64",
            ParamKind::I32 => "i32",
            ParamKind::I64 => "i64",
            ParamKind::F64 => "f64",
        }
    }

    /// The type the catalog writes as `text` (`"u32"`).
    #[must_use]
    pub fn from_name(text: &str) -> Option<ParamKind> {
        ParamKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }

    /// Whether `text` reads whole as a value of this type, as `parse`
    /// reads it: any text for `str`, `true` or `false` for `bool`, and for
    /// numbers what Rust's `FromStr` of the type accepts.
    #[must_use]
    pub fn reads(self, text: &str) -> bool {
        match self {
            ParamKind::Str => true,
            ParamKind::Bool => text == "true" || text == "false",
            ParamKind::U32 => text.parse::<u32>().is_ok(),
            ParamKind::U64 => text.parse::<u64>().is_ok(),
            ParamKind::I32 => text.parse::<i32>().is_ok(),
            ParamKind::I64 => text.parse::<i64>().is_ok(),
            ParamKind::F64 => text.parse::<f64>().is_ok(),
        }
    }
}

impl fmt::Display for ParamKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
