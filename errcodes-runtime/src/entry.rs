//! Everything the catalog says about one code, read from its enum's tables.

use core::fmt;
use core::hash::{Hash, Hasher};

use crate::__private::{Table, U32s};
use crate::{DocsUrl, GrpcCode, Param};

/// Everything the catalog says about one code: what `ErrorCode::entry()`
/// returns and every accessor of the enum reads.
///
/// A small copyable view of one row of the enum's tables (which are flat
/// arrays, cheap for rustc to check however large the catalog); two entries
/// are equal when they say the same things.
#[derive(Clone, Copy)]
pub struct Entry {
    table: &'static Table,
    row: usize,
}

/// `slice[start..end]`, in a `const fn`.
const fn range<T>(slice: &'static [T], start: usize, end: usize) -> &'static [T] {
    let (_, tail) = slice.split_at(start);
    tail.split_at(end - start).0
}

impl Entry {
    /// The entry of row `row` of `table`; for the generated code only.
    #[doc(hidden)]
    #[inline]
    #[must_use]
    pub const fn __new(table: &'static Table, row: usize) -> Entry {
        Entry { table, row }
    }

    /// Where this row's messages (or descriptions) start and end in a flat
    /// table whose rows start at `bounds`.
    const fn span(&self, bounds: U32s) -> (usize, usize) {
        (
            bounds.at(self.row) as usize,
            bounds.at(self.row + 1) as usize,
        )
    }

    /// The number.
    #[inline]
    #[must_use]
    pub const fn code(&self) -> u32 {
        self.table.codes.at(self.row)
    }

    /// The catalog name, e.g. `"OBJECT_NOT_FOUND"`.
    #[inline]
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.table.names[self.row]
    }

    /// The message (may be empty).
    #[inline]
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.table.messages[self.table.message_bounds.at(self.row) as usize]
    }

    /// Other messages sent with this code (the catalog's `also`).
    #[inline]
    #[must_use]
    pub const fn also(&self) -> &'static [&'static str] {
        let (start, end) = self.span(self.table.message_bounds);
        range(self.table.messages, start + 1, end)
    }

    /// The message followed by the `also` messages.
    #[inline]
    #[must_use]
    pub const fn messages(&self) -> &'static [&'static str] {
        let (start, end) = self.span(self.table.message_bounds);
        range(self.table.messages, start, end)
    }

    /// The group's key, if the code has a group.
    #[inline]
    #[must_use]
    pub const fn group(&self) -> Option<&'static str> {
        match self.table.group_of.at(self.row) {
            0 => None,
            group => Some(self.table.groups[group as usize - 1]),
        }
    }

    /// The HTTP status, if the catalog gives one.
    #[inline]
    #[must_use]
    pub const fn http_status(&self) -> Option<u16> {
        match self.table.http.at(self.row) {
            0 => None,
            status => Some(status),
        }
    }

    /// The HTTP status to answer with: the code's, or the catalog's
    /// `default_http` (500 when the catalog gives none).
    #[inline]
    #[must_use]
    pub const fn status(&self) -> u16 {
        match self.http_status() {
            Some(status) => status,
            None => self.table.default_http,
        }
    }

    /// The code's documentation link, from the catalog's `docs_url`.
    #[inline]
    #[must_use]
    pub const fn docs_url(&self) -> Option<DocsUrl> {
        match self.table.docs_url {
            Some(template) => Some(DocsUrl::__new(template, self.code(), self.name())),
            None => None,
        }
    }

    /// The description in language `lang`, if the catalog has one.
    #[inline]
    #[must_use]
    pub fn description(&self, lang: &str) -> Option<&'static str> {
        self.descriptions()
            .find(|(l, _)| *l == lang)
            .map(|(_, text)| text)
    }

    /// The descriptions as `(language, text)`, in the catalog's order of
    /// languages.
    #[must_use]
    pub fn descriptions(
        &self,
    ) -> impl ExactSizeIterator<Item = (&'static str, &'static str)> + Clone + 'static {
        let table = self.table;
        let (start, end) = self.span(table.description_bounds);
        by_language(
            table.languages,
            table.description_langs.range(start, end),
            range(table.descriptions, start, end),
        )
    }

    /// The parameters of the message (the catalog's `params`), in order;
    /// empty when the message is plain text.
    #[inline]
    #[must_use]
    pub const fn params(&self) -> &'static [Param] {
        let (start, end) = self.span(self.table.param_bounds);
        range(self.table.params, start, end)
    }

    /// The message in language `lang`, as the catalog writes it (a
    /// template when the code has parameters), if the catalog has one.
    #[inline]
    #[must_use]
    pub fn translation(&self, lang: &str) -> Option<&'static str> {
        self.translations()
            .find(|(l, _)| *l == lang)
            .map(|(_, text)| text)
    }

    /// The translations of the message as `(language, text)`, in the
    /// catalog's order.
    #[must_use]
    pub fn translations(
        &self,
    ) -> impl ExactSizeIterator<Item = (&'static str, &'static str)> + Clone + 'static {
        let table = self.table;
        let (start, end) = self.span(table.translation_bounds);
        by_language(
            table.languages,
            table.translation_langs.range(start, end),
            range(table.translations, start, end),
        )
    }

    /// The code's tags (its own and its groups'), in the order of the
    /// catalog's `tags:`.
    #[inline]
    #[must_use]
    pub const fn tags(&self) -> &'static [&'static str] {
        let (start, end) = self.span(self.table.tag_bounds);
        range(self.table.tag_keys, start, end)
    }

    /// Whether the code has the tag `key`.
    #[inline]
    #[must_use]
    pub fn has_tag(&self, key: &str) -> bool {
        self.table
            .tags
            .iter()
            .position(|tag| tag.key() == key)
            .is_some_and(|index| self.__has_tag(index))
    }

    /// Whether the code has the tag at `index` of the catalog's tags; the
    /// generated `is_<tag>()` predicates.
    #[doc(hidden)]
    #[inline]
    #[must_use]
    pub const fn __has_tag(&self, index: usize) -> bool {
        let words = self.table.tag_words;
        if index / 64 >= words {
            return false;
        }
        let word = self.table.tag_bits.at(self.row * words + index / 64);
        word & (1 << (index % 64)) != 0
    }

    /// The keys of the code's tags that problem details list (`wire: true`).
    pub fn wire_tags(&self) -> impl Iterator<Item = &'static str> + 'static {
        let table = self.table;
        let entry = *self;
        table
            .tags
            .iter()
            .enumerate()
            .filter(move |&(index, tag)| tag.wire() && entry.__has_tag(index))
            .map(|(_, tag)| tag.key())
    }

    /// The gRPC status the code is sent with: its own `grpc`, its group's,
    /// the catalog's `default_grpc`, or `UNKNOWN`.
    #[inline]
    #[must_use]
    pub const fn grpc_code(&self) -> GrpcCode {
        let grpc = self.table.grpc;
        let number = if self.row < grpc.len() {
            grpc[self.row] as i32
        } else {
            2
        };
        match GrpcCode::from_number(number) {
            Some(code) => code,
            None => GrpcCode::Unknown,
        }
    }

    /// The `domain` of the code's gRPC `ErrorInfo` (the catalog's
    /// `grpc_domain`), if the catalog gives one.
    #[inline]
    #[must_use]
    pub const fn grpc_domain(&self) -> Option<&'static str> {
        self.table.grpc_domain
    }

    /// A short summary of the code, the problem details' `title`: the
    /// catalog's `title:`; else, for a code with values, its name in words
    /// (`REFUND_TOO_LARGE` → `Refund too large`); else the message, or the
    /// name when the message is empty.
    #[must_use]
    pub fn title(&self) -> &'static str {
        match self.title_index() {
            Some(index) => self.table.titles[index],
            None if self.message().is_empty() => self.name(),
            None => self.message(),
        }
    }

    /// The title in language `lang`, if the catalog has it: the
    /// translation of its `title:` (`title_translations:`), or, for a code
    /// whose title is its message, the message's translation.
    #[must_use]
    pub fn title_translation(&self, lang: &str) -> Option<&'static str> {
        let Some(index) = self.title_index() else {
            return if self.message().is_empty() {
                None
            } else {
                self.translation(lang)
            };
        };
        let table = self.table;
        let bounds = table.title_translation_bounds;
        let (start, end) = (bounds.at(index) as usize, bounds.at(index + 1) as usize);
        by_language(
            table.languages,
            table.title_translation_langs.range(start, end),
            range(table.title_translations, start, end),
        )
        .find(|(l, _)| *l == lang)
        .map(|(_, text)| text)
    }

    /// The index of this row among the rows with their own title.
    fn title_index(&self) -> Option<usize> {
        let rows = self.table.title_rows;
        let (mut low, mut high) = (0, rows.len());
        while low < high {
            let middle = low + (high - low) / 2;
            match (rows.at(middle) as usize).cmp(&self.row) {
                core::cmp::Ordering::Less => low = middle + 1,
                core::cmp::Ordering::Greater => high = middle,
                core::cmp::Ordering::Equal => return Some(middle),
            }
        }
        None
    }

    /// Why the code is deprecated, if it is.
    #[inline]
    #[must_use]
    pub const fn deprecated(&self) -> Option<&'static str> {
        let rows = self.table.deprecated_rows;
        let mut index = 0;
        while index < rows.len() {
            if rows.at(index) as usize == self.row {
                return Some(self.table.deprecated_notes[index]);
            }
            index += 1;
        }
        None
    }
}

/// `(language, text)` for texts whose languages are `langs` (indexes in
/// `languages`, packed four bytes each).
fn by_language(
    languages: &'static [&'static str],
    langs: U32s,
    texts: &'static [&'static str],
) -> impl ExactSizeIterator<Item = (&'static str, &'static str)> + Clone + 'static {
    langs
        .iter()
        .zip(texts)
        .map(move |(lang, &text)| (languages[lang as usize], text))
}

impl PartialEq for Entry {
    fn eq(&self, other: &Entry) -> bool {
        self.code() == other.code()
            && self.name() == other.name()
            && self.messages() == other.messages()
            && self.group() == other.group()
            && self.http_status() == other.http_status()
            && self.descriptions().eq(other.descriptions())
            && self.params() == other.params()
            && self.tags() == other.tags()
            && self.grpc_code() == other.grpc_code()
            && self.translations().eq(other.translations())
            && self.deprecated() == other.deprecated()
            && self.title() == other.title()
    }
}

impl Eq for Entry {}

impl Hash for Entry {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Equal entries have equal numbers and names.
        self.code().hash(state);
        self.name().hash(state);
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Descriptions(Entry);
        impl fmt::Debug for Descriptions {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map().entries(self.0.descriptions()).finish()
            }
        }
        struct Translations(Entry);
        impl fmt::Debug for Translations {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map().entries(self.0.translations()).finish()
            }
        }
        f.debug_struct("Entry")
            .field("code", &self.code())
            .field("name", &self.name())
            .field("messages", &self.messages())
            .field("group", &self.group())
            .field("http_status", &self.http_status())
            .field("descriptions", &Descriptions(*self))
            .field("params", &self.params())
            .field("tags", &self.tags())
            .field("translations", &Translations(*self))
            .field("deprecated", &self.deprecated())
            .finish()
    }
}

/// The message; `{:#}` writes `CODE NAME: message` (or `CODE NAME` when
/// there is no message), for logs. A code without a message displays its
/// name.
impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "{} {}", self.code(), self.name())?;
            if !self.message().is_empty() {
                write!(f, ": {}", self.message())?;
            }
            Ok(())
        } else if self.message().is_empty() {
            f.pad(self.name())
        } else {
            f.pad(self.message())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::__private::{pack, U16s, U64s};
    use crate::{GrpcCode, Param, ParamKind, Tag};

    static TABLE: Table = Table {
        codes: U32s(&const { pack::<2, 8>([1, 5]) }),
        names: &["ONE", "FIVE"],
        messages: &["One.", "Five.", "Also five."],
        message_bounds: U32s(&const { pack::<3, 12>([0, 1, 3]) }),
        groups: &["a"],
        group_of: U32s(&const { pack::<2, 8>([1, 0]) }),
        http: U16s(&const { pack::<2, 4>([404, 0]) }),
        languages: &["en", "zh"],
        descriptions: &["The first.", "第一。"],
        description_langs: U32s(&const { pack::<2, 8>([0, 1]) }),
        description_bounds: U32s(&const { pack::<3, 12>([0, 2, 2]) }),
        params: &[Param::__new("n", ParamKind::U32)],
        param_bounds: U32s(&const { pack::<3, 12>([0, 0, 1]) }),
        translations: &["五。"],
        translation_langs: U32s(&const { pack::<1, 4>([1]) }),
        translation_bounds: U32s(&const { pack::<3, 12>([0, 0, 1]) }),
        tags: &[
            Tag::__new("retryable", None, true),
            Tag::__new("network", Some("The network."), false),
        ],
        tag_bits: U64s(&const { pack::<2, 16>([0b11, 0b10]) }),
        tag_words: 1,
        tag_keys: &["retryable", "network", "network"],
        tag_bounds: U32s(&const { pack::<3, 12>([0, 2, 3]) }),
        grpc: &[5, 9],
        grpc_domain: Some("x.test"),
        deprecated_rows: U32s(&const { pack::<1, 4>([1]) }),
        deprecated_notes: &["use ONE"],
        title_rows: U32s(&[]),
        titles: &[],
        title_translations: &[],
        title_translation_langs: U32s(&[]),
        title_translation_bounds: U32s(&[0, 0, 0, 0]),
        aliases: &[],
        alias_rows: U32s(&[]),
        docs_url: Some("https://x.test/{code}"),
        default_http: 400,
    };

    #[test]
    fn reads_its_row() {
        let one = Entry::__new(&TABLE, 0);
        let five = Entry::__new(&TABLE, 1);
        assert_eq!((one.code(), one.name(), one.message()), (1, "ONE", "One."));
        assert_eq!(one.also(), [] as [&str; 0]);
        assert_eq!(five.messages(), ["Five.", "Also five."]);
        assert_eq!(five.also(), ["Also five."]);
        assert_eq!((one.group(), five.group()), (Some("a"), None));
        assert_eq!((one.http_status(), five.http_status()), (Some(404), None));
        assert_eq!(one.description("zh"), Some("第一。"));
        assert_eq!(five.description("en"), None);
        assert_eq!(five.descriptions().len(), 0);
        assert_eq!(
            (one.deprecated(), five.deprecated()),
            (None, Some("use ONE"))
        );
        assert_eq!((one.params(), five.params()), (&[][..], TABLE.params));
        assert_eq!(
            (one.translation("zh"), five.translation("zh")),
            (None, Some("五。"))
        );
        assert_eq!(five.translation("en"), None);
        assert_eq!(
            (one.tags(), five.tags()),
            (&["retryable", "network"][..], &["network"][..])
        );
        assert!(one.has_tag("retryable") && one.has_tag("network") && !one.has_tag("x"));
        assert!(!five.has_tag("retryable") && five.has_tag("network"));
        assert!(five.__has_tag(1) && !five.__has_tag(0) && !five.__has_tag(64));
        assert!(one.wire_tags().eq(["retryable"]));
        assert_eq!(five.wire_tags().count(), 0);
        assert_eq!(
            (one.grpc_code(), five.grpc_code()),
            (GrpcCode::NotFound, GrpcCode::FailedPrecondition)
        );
        assert_eq!(one.grpc_domain(), Some("x.test"));
        assert_eq!(one, Entry::__new(&TABLE, 0));
        assert_ne!(one, five);
    }
}
