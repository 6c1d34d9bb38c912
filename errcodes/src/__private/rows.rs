//! The catalog of a module written by `errcodes generate`: one [`Row`] per
//! code, which reads as the catalog does and changes by a few lines when a
//! code does, turned at compile time into the same [`Table`], name slots
//! and [`Index`] the macro writes packed.
//!
//! Every column is a `const fn` over the rows with its length from another,
//! so an array of the right size is filled in constant evaluation: the
//! reading side (`table.rs`) is shared, and `tests/tests/generated.rs`
//! compares a generated module with the macro's expansion of the same
//! catalog, accessor by accessor.

// Rows, counts and indexes are far below 2^32 (a catalog is a few
// megabytes); a row in the table of rows is below 2^16 (`index_len` makes
// sure); a name's hash is cut to the table's size on purpose.
#![allow(clippy::cast_possible_truncation)]

use super::table::name_hash;
use crate::{Param, Tag};

/// One code of a generated module's catalog.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    pub code: u32,
    pub name: &'static str,
    pub message: &'static str,
    pub also: &'static [&'static str],
    pub group: Option<&'static str>,
    pub http: Option<u16>,
    /// The gRPC status number (its own, its group's or the catalog's).
    pub grpc: u8,
    /// `(language, text)` pairs.
    pub descriptions: &'static [(&'static str, &'static str)],
    pub translations: &'static [(&'static str, &'static str)],
    pub params: &'static [Param],
    pub tags: &'static [&'static str],
    pub deprecated: Option<&'static str>,
    /// The title when it is not the message.
    pub title: Option<&'static str>,
    pub title_translations: &'static [(&'static str, &'static str)],
    pub aliases: &'static [&'static str],
}

impl Row {
    /// A row with nothing set (gRPC `UNKNOWN`): rows give what they have
    /// and take the rest with `..Row::EMPTY`.
    pub const EMPTY: Row = Row {
        code: 0,
        name: "",
        message: "",
        also: &[],
        group: None,
        http: None,
        grpc: 2,
        descriptions: &[],
        translations: &[],
        params: &[],
        tags: &[],
        deprecated: None,
        title: None,
        title_translations: &[],
        aliases: &[],
    };
}

/// A list of strings the table keeps for every row, one row after another.
#[derive(Debug, Clone, Copy)]
pub enum Strs {
    Names,
    Messages,
    Descriptions,
    Translations,
    TagKeys,
    Aliases,
    DeprecatedNotes,
    Titles,
    TitleTranslations,
}

/// A list of `(language, text)` pairs of each row.
#[derive(Debug, Clone, Copy)]
pub enum Pairs {
    Descriptions,
    Translations,
    TitleTranslations,
}

/// How many items each row has in a list whose bounds the table keeps.
#[derive(Debug, Clone, Copy)]
pub enum Counts {
    Messages,
    Descriptions,
    Params,
    Translations,
    Tags,
    /// Of the rows with a title only.
    TitleTranslations,
}

/// Rows picked for a list of row numbers.
#[derive(Debug, Clone, Copy)]
pub enum Picked {
    Deprecated,
    Titled,
    /// A row per former name.
    Aliases,
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn pairs(row: &Row, which: Pairs) -> &'static [(&'static str, &'static str)] {
    match which {
        Pairs::Descriptions => row.descriptions,
        Pairs::Translations => row.translations,
        Pairs::TitleTranslations => {
            if row.title.is_some() {
                row.title_translations
            } else {
                &[]
            }
        }
    }
}

/// How many strings row `row` has in `which`, and the `i`th of them.
const fn row_strs(row: &Row, which: Strs, i: usize) -> (usize, &'static str) {
    const fn at<T: Copy>(list: &[T], i: usize, none: T) -> T {
        if i < list.len() {
            list[i]
        } else {
            none
        }
    }
    const fn text(list: &[(&'static str, &'static str)], i: usize) -> &'static str {
        at(list, i, ("", "")).1
    }
    const fn one(value: Option<&'static str>) -> (usize, &'static str) {
        match value {
            Some(text) => (1, text),
            None => (0, ""),
        }
    }
    match which {
        Strs::Names => (1, row.name),
        Strs::Messages => {
            let text = if i == 0 {
                row.message
            } else {
                at(row.also, i.wrapping_sub(1), "")
            };
            (1 + row.also.len(), text)
        }
        Strs::Descriptions => (row.descriptions.len(), text(row.descriptions, i)),
        Strs::Translations => (row.translations.len(), text(row.translations, i)),
        Strs::TagKeys => (row.tags.len(), at(row.tags, i, "")),
        Strs::Aliases => (row.aliases.len(), at(row.aliases, i, "")),
        Strs::DeprecatedNotes => one(row.deprecated),
        Strs::Titles => one(row.title),
        Strs::TitleTranslations => {
            let list = pairs(row, Pairs::TitleTranslations);
            (list.len(), text(list, i))
        }
    }
}

/// How many strings all rows have in `which`.
#[must_use]
pub const fn strs_len(rows: &[Row], which: Strs) -> usize {
    let mut total = 0;
    let mut r = 0;
    while r < rows.len() {
        total += row_strs(&rows[r], which, 0).0;
        r += 1;
    }
    total
}

/// The strings of all rows in `which`, one row after another.
#[must_use]
pub const fn strs<const N: usize>(rows: &[Row], which: Strs) -> [&'static str; N] {
    let mut out = [""; N];
    let mut at = 0;
    let mut r = 0;
    while r < rows.len() {
        let (count, _) = row_strs(&rows[r], which, 0);
        let mut i = 0;
        while i < count && at < N {
            out[at] = row_strs(&rows[r], which, i).1;
            at += 1;
            i += 1;
        }
        r += 1;
    }
    out
}

const fn put(out: &mut [u8], at: usize, bytes: &[u8]) {
    let mut i = 0;
    while i < bytes.len() && at + i < out.len() {
        out[at + i] = bytes[i];
        i += 1;
    }
}

const fn count(row: &Row, which: Counts) -> usize {
    match which {
        Counts::Messages => 1 + row.also.len(),
        Counts::Descriptions => row.descriptions.len(),
        Counts::Params => row.params.len(),
        Counts::Translations => row.translations.len(),
        Counts::Tags => row.tags.len(),
        Counts::TitleTranslations => row.title_translations.len(),
    }
}

/// The bytes of `which`'s bounds: where each row's items start, then
/// where the last one's end (for `TitleTranslations`, of the titled rows).
#[must_use]
pub const fn bounds_len(rows: &[Row], which: Counts) -> usize {
    let counted = match which {
        Counts::TitleTranslations => strs_len(rows, Strs::Titles),
        _ => rows.len(),
    };
    4 * (counted + 1)
}

#[must_use]
pub const fn bounds<const B: usize>(rows: &[Row], which: Counts) -> [u8; B] {
    let mut out = [0; B];
    let mut end: u32 = 0;
    let mut at = 4;
    let mut r = 0;
    while r < rows.len() {
        let titled_only = matches!(which, Counts::TitleTranslations);
        if !titled_only || rows[r].title.is_some() {
            end += count(&rows[r], which) as u32;
            put(&mut out, at, &end.to_le_bytes());
            at += 4;
        }
        r += 1;
    }
    out
}

/// Each row's number, four bytes each.
#[must_use]
pub const fn codes<const B: usize>(rows: &[Row]) -> [u8; B] {
    let mut out = [0; B];
    let mut r = 0;
    while r < rows.len() {
        put(&mut out, 4 * r, &rows[r].code.to_le_bytes());
        r += 1;
    }
    out
}

/// Each row's HTTP status (0 for none), two bytes each.
#[must_use]
pub const fn http<const B: usize>(rows: &[Row]) -> [u8; B] {
    let mut out = [0; B];
    let mut r = 0;
    while r < rows.len() {
        let status = match rows[r].http {
            Some(status) => status,
            None => 0,
        };
        put(&mut out, 2 * r, &status.to_le_bytes());
        r += 1;
    }
    out
}

/// Each row's gRPC status number.
#[must_use]
pub const fn grpc<const N: usize>(rows: &[Row]) -> [u8; N] {
    let mut out = [0; N];
    let mut r = 0;
    while r < rows.len() && r < N {
        out[r] = rows[r].grpc;
        r += 1;
    }
    out
}

/// The position of `key` in `keys[..len]`.
const fn position(keys: &[&str], len: usize, key: &str) -> Option<usize> {
    let mut i = 0;
    while i < len && i < keys.len() {
        if same(keys[i], key) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The group keys in order of first use, and how many there are (at most `N`).
#[must_use]
pub const fn groups<const N: usize>(rows: &[Row]) -> ([&'static str; N], usize) {
    let mut out = [""; N];
    let mut len = 0;
    let mut r = 0;
    while r < rows.len() {
        if let Some(key) = rows[r].group {
            if position(&out, len, key).is_none() && len < N {
                out[len] = key;
                len += 1;
            }
        }
        r += 1;
    }
    (out, len)
}

/// Each row's group: 0 for none, else its place in `groups` plus one.
#[must_use]
pub const fn group_of<const B: usize>(rows: &[Row], groups: &[&str]) -> [u8; B] {
    let mut out = [0; B];
    let mut r = 0;
    while r < rows.len() {
        let index = match rows[r].group {
            Some(key) => match position(groups, groups.len(), key) {
                Some(at) => at as u32 + 1,
                None => 0,
            },
            None => 0,
        };
        put(&mut out, 4 * r, &index.to_le_bytes());
        r += 1;
    }
    out
}

/// The languages: the declared ones, then any other in order of use by
/// descriptions, translations and title translations (at most `N`).
#[must_use]
pub const fn languages<const N: usize>(
    rows: &[Row],
    declared: &[&'static str],
) -> ([&'static str; N], usize) {
    let mut out = [""; N];
    let mut len = 0;
    while len < declared.len() && len < N {
        out[len] = declared[len];
        len += 1;
    }
    let lists = [
        Pairs::Descriptions,
        Pairs::Translations,
        Pairs::TitleTranslations,
    ];
    let mut l = 0;
    while l < lists.len() {
        let mut r = 0;
        while r < rows.len() {
            let list = pairs(&rows[r], lists[l]);
            let mut i = 0;
            while i < list.len() {
                if position(&out, len, list[i].0).is_none() && len < N {
                    out[len] = list[i].0;
                    len += 1;
                }
                i += 1;
            }
            r += 1;
        }
        l += 1;
    }
    (out, len)
}

/// An upper bound of the languages: the declared ones and every pair.
#[must_use]
pub const fn languages_bound(rows: &[Row], declared: &[&str]) -> usize {
    declared.len()
        + strs_len(rows, Strs::Descriptions)
        + strs_len(rows, Strs::Translations)
        + strs_len(rows, Strs::TitleTranslations)
}

/// The language of each pair of `which` (its place in `languages`), four
/// bytes each.
#[must_use]
pub const fn langs<const B: usize>(rows: &[Row], which: Pairs, languages: &[&str]) -> [u8; B] {
    let mut out = [0; B];
    let mut at = 0;
    let mut r = 0;
    while r < rows.len() {
        let list = pairs(&rows[r], which);
        let mut i = 0;
        while i < list.len() {
            let index = match position(languages, languages.len(), list[i].0) {
                Some(index) => index as u32,
                None => u32::MAX,
            };
            put(&mut out, at, &index.to_le_bytes());
            at += 4;
            i += 1;
        }
        r += 1;
    }
    out
}

/// The parameters of every row, one row after another.
#[must_use]
pub const fn params<const N: usize>(rows: &[Row]) -> [Param; N] {
    let mut out = [Param::__new("", crate::ParamKind::Str); N];
    let mut at = 0;
    let mut r = 0;
    while r < rows.len() {
        let mut i = 0;
        while i < rows[r].params.len() && at < N {
            out[at] = rows[r].params[i];
            at += 1;
            i += 1;
        }
        r += 1;
    }
    out
}

/// How many 64-bit words hold a row's tags.
#[must_use]
pub const fn tag_words(tags: &[Tag]) -> usize {
    tags.len().div_ceil(64)
}

/// Each row's tags as bits (bit `t % 64` of word `t / 64` for tag `t`).
#[must_use]
pub const fn tag_bits<const B: usize>(rows: &[Row], tags: &[Tag]) -> [u8; B] {
    let words = tag_words(tags);
    let mut out = [0; B];
    let mut r = 0;
    while r < rows.len() {
        let mut t = 0;
        while t < tags.len() {
            let mut k = 0;
            while k < rows[r].tags.len() {
                if same(rows[r].tags[k], tags[t].key()) {
                    let byte = (r * words + t / 64) * 8 + (t % 64) / 8;
                    if byte < B {
                        out[byte] |= 1 << (t % 8);
                    }
                }
                k += 1;
            }
            t += 1;
        }
        r += 1;
    }
    out
}

/// How many row numbers `which` picks.
#[must_use]
pub const fn picked_len(rows: &[Row], which: Picked) -> usize {
    match which {
        Picked::Deprecated => strs_len(rows, Strs::DeprecatedNotes),
        Picked::Titled => strs_len(rows, Strs::Titles),
        Picked::Aliases => strs_len(rows, Strs::Aliases),
    }
}

/// The numbers of the rows `which` picks, ascending, four bytes each.
#[must_use]
pub const fn picked<const B: usize>(rows: &[Row], which: Picked) -> [u8; B] {
    let mut out = [0; B];
    let mut at = 0;
    let mut r = 0;
    while r < rows.len() {
        let times = match which {
            Picked::Deprecated => rows[r].deprecated.is_some() as usize,
            Picked::Titled => rows[r].title.is_some() as usize,
            Picked::Aliases => rows[r].aliases.len(),
        };
        let mut i = 0;
        while i < times {
            put(&mut out, at, &(r as u32).to_le_bytes());
            at += 4;
            i += 1;
        }
        r += 1;
    }
    out
}

/// The slots of `from_name`'s table: a power of two, at least a third
/// more than the names and former names.
#[must_use]
pub const fn name_slots_len(rows: &[Row]) -> usize {
    let names = rows.len() + strs_len(rows, Strs::Aliases);
    let wanted = names * 4 / 3 + 1;
    4 * if wanted < 2 {
        2
    } else {
        wanted.next_power_of_two()
    }
}

/// `from_name`'s table (see `find_name`): each name's row, each former
/// name as the number of rows plus its index among all former names, at
/// the slot its hash gives or the next free one; `u32::MAX` is free.
#[must_use]
pub const fn name_slots<const B: usize>(rows: &[Row]) -> [u8; B] {
    let mut out = [0xff; B];
    let slots = B / 4;
    let mut value = 0;
    let mut r = 0;
    while r < rows.len() {
        place(&mut out, slots, rows[r].name, value);
        value += 1;
        r += 1;
    }
    r = 0;
    while r < rows.len() {
        let mut a = 0;
        while a < rows[r].aliases.len() {
            place(&mut out, slots, rows[r].aliases[a], value);
            value += 1;
            a += 1;
        }
        r += 1;
    }
    out
}

const fn place(out: &mut [u8], slots: usize, name: &str, value: u32) {
    if slots == 0 {
        return;
    }
    let mask = slots - 1;
    let mut slot = name_hash(name) as usize & mask;
    let mut tries = 0;
    while tries < slots {
        let at = slot * 4;
        if out[at] == 0xff && out[at + 1] == 0xff && out[at + 2] == 0xff && out[at + 3] == 0xff {
            put(out, at, &value.to_le_bytes());
            return;
        }
        slot = (slot + 1) & mask;
        tries += 1;
    }
}

/// The bytes of a table of rows for `from_code` (two per number from the
/// first to the last), or 0 when the numbers are too spread for one, as
/// the macro decides; such a catalog's lookups search the sorted numbers.
#[must_use]
pub const fn index_len(rows: &[Row]) -> usize {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return 0;
    };
    let span = (last.code - first.code) as u64 + 1;
    let count = rows.len() as u64;
    if count < u16::MAX as u64 && span <= 1 << 18 && span <= count * 32 {
        2 * span as usize
    } else {
        0
    }
}

/// The table of rows: each number's row plus one, 0 for a number that is
/// not a code.
#[must_use]
pub const fn index<const B: usize>(rows: &[Row]) -> [u8; B] {
    let mut out = [0; B];
    let Some(first) = rows.first() else {
        return out;
    };
    let mut r = 0;
    while r < rows.len() {
        let at = 2 * (rows[r].code - first.code) as usize;
        put(&mut out, at, &(r as u16 + 1).to_le_bytes());
        r += 1;
    }
    out
}

/// The `Table` of a generated module's rows:
/// `rows_table!(ROWS, LANGUAGES, TAGS, grpc_domain, docs_url, default_http)`,
/// every argument a constant expression.
#[doc(hidden)]
#[macro_export]
macro_rules! __rows_table {
    ($rows:expr, $languages:expr, $tags:expr, $grpc_domain:expr, $docs_url:expr, $default_http:expr $(,)?) => {{
        use $crate::__private::rows::{self as r, Counts, Pairs, Picked, Strs};
        use $crate::__private::{U16s, U32s, U64s};
        const ROWS: &[r::Row] = $rows;
        const TAGS: &[$crate::Tag] = $tags;
        const ALL_GROUPS: ([&str; r::strs_len(ROWS, Strs::Names)], usize) = r::groups(ROWS);
        const GROUPS: [&str; ALL_GROUPS.1] = r::strs_prefix(&ALL_GROUPS.0);
        const ALL_LANGUAGES: ([&str; r::languages_bound(ROWS, $languages)], usize) =
            r::languages(ROWS, $languages);
        const LANGUAGES: [&str; ALL_LANGUAGES.1] = r::strs_prefix(&ALL_LANGUAGES.0);
        const CODES: [u8; 4 * ROWS.len()] = r::codes(ROWS);
        const NAMES: [&str; ROWS.len()] = r::strs(ROWS, Strs::Names);
        const MESSAGES: [&str; r::strs_len(ROWS, Strs::Messages)] = r::strs(ROWS, Strs::Messages);
        const MESSAGE_BOUNDS: [u8; r::bounds_len(ROWS, Counts::Messages)] =
            r::bounds(ROWS, Counts::Messages);
        const GROUP_OF: [u8; 4 * ROWS.len()] = r::group_of(ROWS, &GROUPS);
        const HTTP: [u8; 2 * ROWS.len()] = r::http(ROWS);
        const DESCRIPTIONS: [&str; r::strs_len(ROWS, Strs::Descriptions)] =
            r::strs(ROWS, Strs::Descriptions);
        const DESCRIPTION_LANGS: [u8; 4 * DESCRIPTIONS.len()] =
            r::langs(ROWS, Pairs::Descriptions, &LANGUAGES);
        const DESCRIPTION_BOUNDS: [u8; r::bounds_len(ROWS, Counts::Descriptions)] =
            r::bounds(ROWS, Counts::Descriptions);
        const PARAMS: [$crate::Param; r::params_len(ROWS)] = r::params(ROWS);
        const PARAM_BOUNDS: [u8; r::bounds_len(ROWS, Counts::Params)] =
            r::bounds(ROWS, Counts::Params);
        const TRANSLATIONS: [&str; r::strs_len(ROWS, Strs::Translations)] =
            r::strs(ROWS, Strs::Translations);
        const TRANSLATION_LANGS: [u8; 4 * TRANSLATIONS.len()] =
            r::langs(ROWS, Pairs::Translations, &LANGUAGES);
        const TRANSLATION_BOUNDS: [u8; r::bounds_len(ROWS, Counts::Translations)] =
            r::bounds(ROWS, Counts::Translations);
        const TAG_BITS: [u8; 8 * r::tag_words(TAGS) * ROWS.len()] = r::tag_bits(ROWS, TAGS);
        const TAG_KEYS: [&str; r::strs_len(ROWS, Strs::TagKeys)] = r::strs(ROWS, Strs::TagKeys);
        const TAG_BOUNDS: [u8; r::bounds_len(ROWS, Counts::Tags)] = r::bounds(ROWS, Counts::Tags);
        const GRPC: [u8; ROWS.len()] = r::grpc(ROWS);
        const DEPRECATED_ROWS: [u8; 4 * r::picked_len(ROWS, Picked::Deprecated)] =
            r::picked(ROWS, Picked::Deprecated);
        const DEPRECATED_NOTES: [&str; r::strs_len(ROWS, Strs::DeprecatedNotes)] =
            r::strs(ROWS, Strs::DeprecatedNotes);
        const TITLE_ROWS: [u8; 4 * r::picked_len(ROWS, Picked::Titled)] =
            r::picked(ROWS, Picked::Titled);
        const TITLES: [&str; r::strs_len(ROWS, Strs::Titles)] = r::strs(ROWS, Strs::Titles);
        const TITLE_TRANSLATIONS: [&str; r::strs_len(ROWS, Strs::TitleTranslations)] =
            r::strs(ROWS, Strs::TitleTranslations);
        const TITLE_TRANSLATION_LANGS: [u8; 4 * TITLE_TRANSLATIONS.len()] =
            r::langs(ROWS, Pairs::TitleTranslations, &LANGUAGES);
        const TITLE_TRANSLATION_BOUNDS: [u8; r::bounds_len(ROWS, Counts::TitleTranslations)] =
            r::bounds(ROWS, Counts::TitleTranslations);
        const ALIASES: [&str; r::strs_len(ROWS, Strs::Aliases)] = r::strs(ROWS, Strs::Aliases);
        const ALIAS_ROWS: [u8; 4 * ALIASES.len()] = r::picked(ROWS, Picked::Aliases);
        $crate::__private::Table {
            codes: U32s(&CODES),
            names: &NAMES,
            messages: &MESSAGES,
            message_bounds: U32s(&MESSAGE_BOUNDS),
            groups: &GROUPS,
            group_of: U32s(&GROUP_OF),
            http: U16s(&HTTP),
            languages: &LANGUAGES,
            descriptions: &DESCRIPTIONS,
            description_langs: U32s(&DESCRIPTION_LANGS),
            description_bounds: U32s(&DESCRIPTION_BOUNDS),
            params: &PARAMS,
            param_bounds: U32s(&PARAM_BOUNDS),
            translations: &TRANSLATIONS,
            translation_langs: U32s(&TRANSLATION_LANGS),
            translation_bounds: U32s(&TRANSLATION_BOUNDS),
            tags: TAGS,
            tag_bits: U64s(&TAG_BITS),
            tag_words: r::tag_words(TAGS),
            tag_keys: &TAG_KEYS,
            tag_bounds: U32s(&TAG_BOUNDS),
            grpc: &GRPC,
            grpc_domain: $grpc_domain,
            deprecated_rows: U32s(&DEPRECATED_ROWS),
            deprecated_notes: &DEPRECATED_NOTES,
            title_rows: U32s(&TITLE_ROWS),
            titles: &TITLES,
            title_translations: &TITLE_TRANSLATIONS,
            title_translation_langs: U32s(&TITLE_TRANSLATION_LANGS),
            title_translation_bounds: U32s(&TITLE_TRANSLATION_BOUNDS),
            aliases: &ALIASES,
            alias_rows: U32s(&ALIAS_ROWS),
            docs_url: $docs_url,
            default_http: $default_http,
        }
    }};
}

/// `from_name`'s slots of a generated module's rows: `rows_names!(ROWS)`.
#[doc(hidden)]
#[macro_export]
macro_rules! __rows_names {
    ($rows:expr) => {{
        const ROWS: &[$crate::__private::rows::Row] = $rows;
        const SLOTS: [u8; $crate::__private::rows::name_slots_len(ROWS)] =
            $crate::__private::rows::name_slots(ROWS);
        $crate::__private::U32s(&SLOTS)
    }};
}

/// `from_code`'s index of a generated module's rows: `rows_index!(ROWS)`.
#[doc(hidden)]
#[macro_export]
macro_rules! __rows_index {
    ($rows:expr) => {{
        const ROWS: &[$crate::__private::rows::Row] = $rows;
        const INDEX: [u8; $crate::__private::rows::index_len(ROWS)] =
            $crate::__private::rows::index(ROWS);
        if INDEX.is_empty() {
            $crate::__private::Index::Sorted
        } else {
            $crate::__private::Index::Rows {
                base: ROWS[0].code,
                rows: &INDEX,
            }
        }
    }};
}

/// The first `N` strings of `all`.
#[must_use]
pub const fn strs_prefix<const N: usize, const M: usize>(
    all: &[&'static str; M],
) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N && i < M {
        out[i] = all[i];
        i += 1;
    }
    out
}

/// How many parameters all rows have.
#[must_use]
pub const fn params_len(rows: &[Row]) -> usize {
    let mut total = 0;
    let mut r = 0;
    while r < rows.len() {
        total += rows[r].params.len();
        r += 1;
    }
    total
}

/// That this crate is the version a generated module was written for:
/// else the build stops with `message`, which says how to regenerate.
pub const fn generated_for(version: &str, message: &str) {
    assert!(same(version, env!("CARGO_PKG_VERSION")), "{}", message);
}
