//! The errors of converting a number or a name into a generated enum.

use core::fmt;

/// A number that is not a code of the catalog: the error of `TryFrom<u32>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: u32,
    enum_name: &'static str,
}

impl UnknownCode {
    /// The error for `code`, rejected by the enum named `enum_name`.
    #[must_use]
    pub(crate) const fn new(code: u32, enum_name: &'static str) -> UnknownCode {
        UnknownCode { code, enum_name }
    }

    /// The rejected number.
    #[must_use]
    pub const fn code(&self) -> u32 {
        self.code
    }

    /// The name of the enum that rejected it, e.g. `"ErrorCode"`.
    #[must_use]
    pub const fn enum_name(&self) -> &'static str {
        self.enum_name
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a code of {}", self.code, self.enum_name)
    }
}

impl core::error::Error for UnknownCode {}

/// How many bytes of a rejected name [`UnknownName`] keeps.
const KEPT: usize = 64;

/// A string that is not a catalog name: the error of `FromStr`.
///
/// It keeps the rejected name without allocating (so it works without
/// `alloc`): names longer than 64 bytes are cut at a character boundary,
/// which [`UnknownName::is_truncated`] tells.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownName {
    bytes: [u8; KEPT],
    kept: u8,
    truncated: bool,
    enum_name: &'static str,
}

impl UnknownName {
    /// The error for `name`, rejected by the enum named `enum_name`.
    #[must_use]
    pub(crate) fn new(name: &str, enum_name: &'static str) -> UnknownName {
        let mut kept = name.len().min(KEPT);
        while !name.is_char_boundary(kept) {
            kept -= 1;
        }
        let mut bytes = [0; KEPT];
        bytes[..kept].copy_from_slice(&name.as_bytes()[..kept]);
        UnknownName {
            bytes,
            // `kept <= KEPT`, which fits a byte.
            kept: u8::try_from(kept).unwrap_or(u8::MAX),
            truncated: kept < name.len(),
            enum_name,
        }
    }

    /// The rejected name (its first 64 bytes if it was longer).
    #[must_use]
    pub fn name(&self) -> &str {
        let kept = &self.bytes[..usize::from(self.kept)];
        // Cut at a character boundary of a `str`, so always valid UTF-8.
        core::str::from_utf8(kept).unwrap_or_default()
    }

    /// Whether [`name`](Self::name) is only the start of the rejected input.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// The name of the enum that rejected it, e.g. `"ErrorCode"`.
    #[must_use]
    pub const fn enum_name(&self) -> &'static str {
        self.enum_name
    }
}

impl fmt::Debug for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownName")
            .field("name", &self.name())
            .field("truncated", &self.truncated)
            .field("enum_name", &self.enum_name)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ellipsis = if self.truncated { "…" } else { "" };
        write!(
            f,
            "{:?}{ellipsis} is not a code name of {}",
            self.name(),
            self.enum_name
        )
    }
}

impl core::error::Error for UnknownName {}
