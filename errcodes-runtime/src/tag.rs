//! A tag, as the catalog declares it.

/// A tag declared under the catalog's `tags:` (`ErrorCode::TAGS`): a
/// property that codes of any group may have, such as `retryable`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tag {
    key: &'static str,
    description: Option<&'static str>,
    wire: bool,
}

impl Tag {
    /// A tag; for the generated tables only.
    #[doc(hidden)]
    #[inline]
    #[must_use]
    pub const fn __new(key: &'static str, description: Option<&'static str>, wire: bool) -> Tag {
        Tag {
            key,
            description,
            wire,
        }
    }

    /// The tag's key, e.g. `"retryable"`; the enum tests it with `is_<key>()`.
    #[inline]
    #[must_use]
    pub const fn key(&self) -> &'static str {
        self.key
    }

    /// What the tag means, if the catalog says.
    #[inline]
    #[must_use]
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// Whether problem details list the tag (the catalog's `wire: true`).
    #[inline]
    #[must_use]
    pub const fn wire(&self) -> bool {
        self.wire
    }
}
