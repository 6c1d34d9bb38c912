//! One row of a generated catalog table.

use core::fmt;

/// Everything the catalog says about one code.
///
/// Generated enums hold a `'static` table of these in order of code
/// (`ErrorCode::ENTRIES`); every accessor of the enum reads its entry. The
/// fields are private so the representation can change; use the methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Entry {
    code: u32,
    name: &'static str,
    /// The message first, then the `also` messages.
    messages: &'static [&'static str],
    group: Option<&'static str>,
    http: Option<u16>,
    /// `(language, text)`.
    descriptions: &'static [(&'static str, &'static str)],
    deprecated: Option<&'static str>,
}

impl Entry {
    /// An entry; for the generated tables only.
    #[doc(hidden)]
    #[inline]
    #[must_use]
    pub const fn __new(
        code: u32,
        name: &'static str,
        messages: &'static [&'static str],
        group: Option<&'static str>,
        http: Option<u16>,
        descriptions: &'static [(&'static str, &'static str)],
        deprecated: Option<&'static str>,
    ) -> Entry {
        Entry {
            code,
            name,
            messages,
            group,
            http,
            descriptions,
            deprecated,
        }
    }

    /// The code's number.
    #[inline]
    #[must_use]
    pub const fn code(&self) -> u32 {
        self.code
    }

    /// The catalog name, e.g. `"OBJECT_NOT_FOUND"`.
    #[inline]
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The message, exactly as the catalog gives it; empty for codes without text.
    #[inline]
    #[must_use]
    pub const fn message(&self) -> &'static str {
        match self.messages {
            [first, ..] => first,
            [] => "",
        }
    }

    /// The other messages sent with this code (the catalog's `also`).
    #[inline]
    #[must_use]
    pub const fn also(&self) -> &'static [&'static str] {
        match self.messages {
            [_, rest @ ..] => rest,
            [] => &[],
        }
    }

    /// The message followed by the `also` messages.
    #[inline]
    #[must_use]
    pub const fn messages(&self) -> &'static [&'static str] {
        self.messages
    }

    /// The group, if the catalog gives one.
    #[inline]
    #[must_use]
    pub const fn group(&self) -> Option<&'static str> {
        self.group
    }

    /// The HTTP status, if the catalog gives one.
    #[inline]
    #[must_use]
    pub const fn http_status(&self) -> Option<u16> {
        self.http
    }

    /// The description in language `lang`, if the catalog has one.
    #[inline]
    #[must_use]
    pub fn description(&self, lang: &str) -> Option<&'static str> {
        self.descriptions
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, text)| *text)
    }

    /// All descriptions as `(language, text)`, in the catalog's language order.
    #[inline]
    #[must_use]
    pub const fn descriptions(&self) -> &'static [(&'static str, &'static str)] {
        self.descriptions
    }

    /// Why the code is deprecated, if it is.
    #[inline]
    #[must_use]
    pub const fn deprecated(&self) -> Option<&'static str> {
        self.deprecated
    }
}

impl fmt::Display for Entry {
    /// Writes the message (the name when the message is empty); `{:#}`
    /// writes `CODE NAME: message` for logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "{} {}", self.code, self.name)?;
            if !self.message().is_empty() {
                write!(f, ": {}", self.message())?;
            }
            Ok(())
        } else if self.message().is_empty() {
            f.pad(self.name)
        } else {
            f.pad(self.message())
        }
    }
}
