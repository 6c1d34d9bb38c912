//! A group of codes, as the catalog declares it.

/// A group declared under the catalog's `groups:` (`ErrorCode::GROUPS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Group {
    key: &'static str,
    description: Option<&'static str>,
    /// The inclusive range of numbers.
    range: Option<(u32, u32)>,
}

impl Group {
    /// A group; for the generated tables only.
    #[doc(hidden)]
    #[inline]
    #[must_use]
    pub const fn __new(
        key: &'static str,
        description: Option<&'static str>,
        range: Option<(u32, u32)>,
    ) -> Group {
        Group {
            key,
            description,
            range,
        }
    }

    /// The group's key, e.g. `"storage"` or `"realtime.session"`.
    #[inline]
    #[must_use]
    pub const fn key(&self) -> &'static str {
        self.key
    }

    /// The one-line description, if the catalog gives one.
    #[inline]
    #[must_use]
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// The inclusive range of numbers reserved for the group, if any.
    #[inline]
    #[must_use]
    pub const fn range(&self) -> Option<(u32, u32)> {
        self.range
    }

    /// Whether `key` is this group or one of its dotted sub-groups
    /// (`"realtime"` contains `"realtime.session"`).
    #[inline]
    #[must_use]
    pub fn contains(&self, key: &str) -> bool {
        key.strip_prefix(self.key)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    }
}

#[cfg(test)]
mod tests {
    use super::Group;

    #[test]
    fn contains_itself_and_its_sub_groups() {
        let realtime = Group::__new("realtime", None, None);
        assert!(realtime.contains("realtime"));
        assert!(realtime.contains("realtime.session"));
        assert!(!realtime.contains("realtimeish"));
        assert!(!realtime.contains("storage"));
    }
}
