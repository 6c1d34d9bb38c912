//! Open codes: a code of the catalog, or a number it does not know yet.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};

use crate::Code;

/// A code of catalog `C`, or a number the catalog does not know.
///
/// What a client reads from the wire: the day the server adds a code, the
/// number still arrives, and `Open` keeps it instead of failing (protobuf
/// calls this an *open* enum). Equality, ordering and hashing go by number,
/// so `Open::Known(c) == Open::from(c.code())`.
///
/// With the `serde` feature it (de)serializes as the bare number and never
/// fails on one the catalog lacks.
///
/// ```
/// use errcodes::leancloud::ErrorCode;
/// use errcodes::Open;
///
/// let known = Open::<ErrorCode>::from(101);
/// assert_eq!(known.known(), Some(ErrorCode::ObjectNotFound));
/// assert_eq!(known.to_string(), "Object doesn't exist, or has an incorrect password.");
///
/// let new = Open::<ErrorCode>::from(987_654);
/// assert_eq!((new.known(), new.code()), (None, 987_654));
/// assert_eq!(new.to_string(), "unknown code 987654");
/// ```
#[derive(Clone, Copy)]
pub enum Open<C> {
    /// A code of the catalog.
    Known(C),
    /// A number the catalog does not know.
    Unknown(u32),
}

impl<C: Code> Open<C> {
    /// The number, known or not.
    #[inline]
    #[must_use]
    pub fn code(self) -> u32 {
        match self {
            Open::Known(code) => code.code(),
            Open::Unknown(number) => number,
        }
    }

    /// The code, if the catalog knows the number.
    #[inline]
    #[must_use]
    pub fn known(self) -> Option<C> {
        match self {
            Open::Known(code) => Some(code),
            Open::Unknown(_) => None,
        }
    }

    /// Whether the catalog knows the number.
    #[inline]
    #[must_use]
    pub fn is_known(self) -> bool {
        matches!(self, Open::Known(_))
    }

    /// Whether the code has the tag `key`: `None` for a number the catalog
    /// does not know, whose tags nobody can tell.
    #[must_use]
    pub fn has_tag(self, key: &str) -> Option<bool> {
        self.known().map(|code| code.has_tag(key))
    }
}

impl<C: Code> From<u32> for Open<C> {
    /// Never fails: a number the catalog lacks becomes [`Open::Unknown`].
    #[inline]
    fn from(number: u32) -> Open<C> {
        C::from_code(number).map_or(Open::Unknown(number), Open::Known)
    }
}

impl<C: Code> From<C> for Open<C> {
    #[inline]
    fn from(code: C) -> Open<C> {
        Open::Known(code)
    }
}

impl<C: Code> From<Open<C>> for u32 {
    #[inline]
    fn from(open: Open<C>) -> u32 {
        open.code()
    }
}

impl<C: Code> PartialEq for Open<C> {
    fn eq(&self, other: &Open<C>) -> bool {
        self.code() == other.code()
    }
}

impl<C: Code> Eq for Open<C> {}

impl<C: Code> PartialOrd for Open<C> {
    fn partial_cmp(&self, other: &Open<C>) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<C: Code> Ord for Open<C> {
    fn cmp(&self, other: &Open<C>) -> Ordering {
        self.code().cmp(&other.code())
    }
}

impl<C: Code> Hash for Open<C> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code().hash(state);
    }
}

impl<C: Code> fmt::Debug for Open<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Open::Known(code) => f.debug_tuple("Known").field(code).finish(),
            Open::Unknown(number) => f.debug_tuple("Unknown").field(number).finish(),
        }
    }
}

impl<C: Code> fmt::Display for Open<C> {
    /// The code's message (as the code displays), or `unknown code N`;
    /// `{:#}` gives `CODE NAME: message` for a known code.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Open::Known(code) => fmt::Display::fmt(code, f),
            Open::Unknown(number) => write!(f, "unknown code {number}"),
        }
    }
}

#[cfg(feature = "serde")]
impl<C: Code> serde::Serialize for Open<C> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de, C: Code> serde::Deserialize<'de> for Open<C> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Open<C>, D::Error> {
        u32::deserialize(deserializer).map(Open::from)
    }
}
