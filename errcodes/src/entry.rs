//! One row of a generated catalog table.

use core::fmt;

/// Everything the catalog says about one code.
///
/// Generated enums hold a `'static` table of these, sorted by code
/// (`ErrorCode::ENTRIES`); every accessor of the enum reads its entry.
///
/// Its fields are public only so the generated tables can be plain data,
/// cheap for rustc to check however many codes there are; they are hidden,
/// not part of the API, and may change. Use the methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Entry(
    /// The number.
    #[doc(hidden)]
    pub u32,
    /// The catalog name.
    #[doc(hidden)]
    pub &'static str,
    /// The message first, then the `also` messages.
    #[doc(hidden)]
    pub &'static [&'static str],
    /// The group.
    #[doc(hidden)]
    pub Option<&'static str>,
    /// The HTTP status.
    #[doc(hidden)]
    pub Option<u16>,
    /// `(language, text)` descriptions.
    #[doc(hidden)]
    pub &'static [(&'static str, &'static str)],
    /// The deprecation reason.
    #[doc(hidden)]
    pub Option<&'static str>,
);

impl Entry {
    /// The code's number.
    #[inline]
    #[must_use]
    pub const fn code(&self) -> u32 {
        self.0
    }

    /// The catalog name, e.g. `"OBJECT_NOT_FOUND"`.
    #[inline]
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.1
    }

    /// The message, exactly as the catalog gives it; empty for codes without text.
    #[inline]
    #[must_use]
    pub const fn message(&self) -> &'static str {
        match self.2 {
            [first, ..] => first,
            [] => "",
        }
    }

    /// The other messages sent with this code (the catalog's `also`).
    #[inline]
    #[must_use]
    pub const fn also(&self) -> &'static [&'static str] {
        match self.2 {
            [_, rest @ ..] => rest,
            [] => &[],
        }
    }

    /// The message followed by the `also` messages.
    #[inline]
    #[must_use]
    pub const fn messages(&self) -> &'static [&'static str] {
        self.2
    }

    /// The group, if the catalog gives one.
    #[inline]
    #[must_use]
    pub const fn group(&self) -> Option<&'static str> {
        self.3
    }

    /// The HTTP status, if the catalog gives one.
    #[inline]
    #[must_use]
    pub const fn http_status(&self) -> Option<u16> {
        self.4
    }

    /// The description in language `lang`, if the catalog has one.
    #[inline]
    #[must_use]
    pub fn description(&self, lang: &str) -> Option<&'static str> {
        self.5
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, text)| *text)
    }

    /// All descriptions as `(language, text)`, in the catalog's language order.
    #[inline]
    #[must_use]
    pub const fn descriptions(&self) -> &'static [(&'static str, &'static str)] {
        self.5
    }

    /// Why the code is deprecated, if it is.
    #[inline]
    #[must_use]
    pub const fn deprecated(&self) -> Option<&'static str> {
        self.6
    }
}

impl fmt::Display for Entry {
    /// Writes the message (the name when the message is empty); `{:#}`
    /// writes `CODE NAME: message` for logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "{} {}", self.0, self.1)?;
            if !self.message().is_empty() {
                write!(f, ": {}", self.message())?;
            }
            Ok(())
        } else if self.message().is_empty() {
            f.pad(self.1)
        } else {
            f.pad(self.message())
        }
    }
}
