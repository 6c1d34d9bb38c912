//! A group of codes, as the catalog declares it.

/// A group declared under the catalog's `groups:` (`ErrorCode::GROUPS`).
///
/// Like [`Entry`](crate::Entry), its fields are public only for the generated
/// tables; they are hidden and not part of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Group(
    /// The key.
    #[doc(hidden)]
    pub &'static str,
    /// The description.
    #[doc(hidden)]
    pub Option<&'static str>,
    /// The inclusive range of numbers.
    #[doc(hidden)]
    pub Option<(u32, u32)>,
);

impl Group {
    /// The group's key, e.g. `"storage"` or `"realtime.session"`.
    #[inline]
    #[must_use]
    pub const fn key(&self) -> &'static str {
        self.0
    }

    /// The one-line description, if the catalog gives one.
    #[inline]
    #[must_use]
    pub const fn description(&self) -> Option<&'static str> {
        self.1
    }

    /// The inclusive range of numbers reserved for the group, if any.
    #[inline]
    #[must_use]
    pub const fn range(&self) -> Option<(u32, u32)> {
        self.2
    }

    /// Whether `key` is this group or one of its dotted sub-groups
    /// (`"realtime"` contains `"realtime.session"`).
    #[inline]
    #[must_use]
    pub fn contains(&self, key: &str) -> bool {
        key.strip_prefix(self.0)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    }
}

#[cfg(test)]
mod tests {
    use super::Group;

    #[test]
    fn contains_itself_and_its_sub_groups() {
        let realtime = Group("realtime", None, None);
        assert!(realtime.contains("realtime"));
        assert!(realtime.contains("realtime.session"));
        assert!(!realtime.contains("realtimeish"));
        assert!(!realtime.contains("storage"));
    }
}
