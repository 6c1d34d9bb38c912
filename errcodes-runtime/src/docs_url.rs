//! A code's documentation link, formatted without allocating.

use core::fmt;

/// The documentation link of a code: the catalog's `docs_url` with `{code}`
/// and `{name}` filled in when it is displayed, so formatting needs no
/// allocation (`to_string()` gives a `String` where one is wanted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DocsUrl {
    template: &'static str,
    code: u32,
    name: &'static str,
}

impl DocsUrl {
    /// The link of code `code` named `name`, from `template`.
    #[doc(hidden)]
    #[inline]
    #[must_use]
    pub const fn __new(template: &'static str, code: u32, name: &'static str) -> DocsUrl {
        DocsUrl {
            template,
            code,
            name,
        }
    }

    /// The catalog's template, e.g. `"https://docs.example.com/errors/{code}"`.
    #[inline]
    #[must_use]
    pub const fn template(&self) -> &'static str {
        self.template
    }
}

impl fmt::Display for DocsUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.template;
        while let Some(open) = rest.find('{') {
            f.write_str(&rest[..open])?;
            let after = &rest[open..];
            if let Some(tail) = after.strip_prefix("{code}") {
                write!(f, "{}", self.code)?;
                rest = tail;
            } else if let Some(tail) = after.strip_prefix("{name}") {
                f.write_str(self.name)?;
                rest = tail;
            } else {
                // The catalog checker allows no other placeholder.
                f.write_str("{")?;
                rest = &after[1..];
            }
        }
        f.write_str(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::DocsUrl;

    extern crate std;
    use std::string::ToString;

    #[test]
    fn fills_in_the_placeholders() {
        let url = DocsUrl::__new(
            "https://x.test/{code}#{name}-{code}",
            101,
            "OBJECT_NOT_FOUND",
        );
        assert_eq!(url.to_string(), "https://x.test/101#OBJECT_NOT_FOUND-101");
        assert_eq!(DocsUrl::__new("urn:x", 1, "A").to_string(), "urn:x");
    }
}
