//! The catalog of a module written by `errcodes generate`: one [`Row`] per
//! code, which reads as the catalog does and changes by a few lines when a
//! code does, turned at compile time into the same [`Table`](super::Table), name slots
//! and [`Index`](super::Index) the macro writes packed.
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
        grpc: crate::GrpcCode::Unknown as u8,
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

/// How many of each thing the rows hold: the lengths of the table's
/// columns, counted in one pass.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    pub rows: usize,
    pub messages: usize,
    pub descriptions: usize,
    pub translations: usize,
    pub params: usize,
    pub tag_keys: usize,
    pub aliases: usize,
    pub deprecated: usize,
    pub titled: usize,
    pub title_translations: usize,
    /// 64-bit words of tag bits per row.
    pub tag_words: usize,
}

/// The string columns, in the order they sit in one array.
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

/// The packed columns, in the order they sit in one byte array.
#[derive(Debug, Clone, Copy)]
pub enum Bytes {
    Codes,
    MessageBounds,
    GroupOf,
    Http,
    DescriptionLangs,
    DescriptionBounds,
    ParamBounds,
    TranslationLangs,
    TranslationBounds,
    TagBits,
    TagBounds,
    Grpc,
    DeprecatedRows,
    TitleRows,
    TitleTranslationLangs,
    TitleTranslationBounds,
    AliasRows,
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

/// The lengths of every column of `rows`, with `tags` declared.
#[must_use]
pub const fn sizes(rows: &[Row], tags: &[Tag]) -> Sizes {
    let mut s = Sizes {
        rows: rows.len(),
        messages: 0,
        descriptions: 0,
        translations: 0,
        params: 0,
        tag_keys: 0,
        aliases: 0,
        deprecated: 0,
        titled: 0,
        title_translations: 0,
        tag_words: tags.len().div_ceil(64),
    };
    let mut r = 0;
    while r < rows.len() {
        let row = &rows[r];
        s.messages += 1 + row.also.len();
        s.descriptions += row.descriptions.len();
        s.translations += row.translations.len();
        s.params += row.params.len();
        s.tag_keys += row.tags.len();
        s.aliases += row.aliases.len();
        if row.deprecated.is_some() {
            s.deprecated += 1;
        }
        if row.title.is_some() {
            s.titled += 1;
            s.title_translations += row.title_translations.len();
        }
        r += 1;
    }
    s
}

/// The lengths of the string columns, in their order.
const fn str_lengths(s: &Sizes) -> [usize; 9] {
    [
        s.rows,
        s.messages,
        s.descriptions,
        s.translations,
        s.tag_keys,
        s.aliases,
        s.deprecated,
        s.titled,
        s.title_translations,
    ]
}

/// The lengths in bytes of the packed columns, in their order.
const fn byte_lengths(s: &Sizes) -> [usize; 17] {
    [
        4 * s.rows,
        4 * (s.rows + 1),
        4 * s.rows,
        2 * s.rows,
        4 * s.descriptions,
        4 * (s.rows + 1),
        4 * (s.rows + 1),
        4 * s.translations,
        4 * (s.rows + 1),
        8 * s.tag_words * s.rows,
        4 * (s.rows + 1),
        s.rows,
        4 * s.deprecated,
        4 * s.titled,
        4 * s.title_translations,
        4 * (s.titled + 1),
        4 * s.aliases,
    ]
}

const fn total(lengths: &[usize]) -> usize {
    let mut sum = 0;
    let mut i = 0;
    while i < lengths.len() {
        sum += lengths[i];
        i += 1;
    }
    sum
}

/// The strings of all columns, one array.
#[must_use]
pub const fn strs_len(s: &Sizes) -> usize {
    total(&str_lengths(s))
}

/// The packed columns, one array.
#[must_use]
pub const fn bytes_len(s: &Sizes) -> usize {
    total(&byte_lengths(s))
}

/// The part of `all` (`N` items in `lengths` order) at `index`.
const fn part<T>(all: &'static [T], lengths: &[usize], index: usize) -> &'static [T] {
    let mut start = 0;
    let mut i = 0;
    while i < index {
        start += lengths[i];
        i += 1;
    }
    match all.split_at_checked(start) {
        Some((_, rest)) => match rest.split_at_checked(lengths[index]) {
            Some((part, _)) => part,
            None => rest,
        },
        None => &[],
    }
}

/// One string column out of the array [`strs`] filled.
#[must_use]
pub const fn strs_part(
    all: &'static [&'static str],
    s: &Sizes,
    which: Strs,
) -> &'static [&'static str] {
    part(all, &str_lengths(s), which as usize)
}

/// One packed column out of the array [`bytes`] filled.
#[must_use]
pub const fn bytes_part(all: &'static [u8], s: &Sizes, which: Bytes) -> &'static [u8] {
    part(all, &byte_lengths(s), which as usize)
}

/// Where each column starts in an array of `lengths`.
const fn starts<const K: usize>(lengths: &[usize; K]) -> [usize; K] {
    let mut out = [0; K];
    let mut i = 1;
    while i < K {
        out[i] = out[i - 1] + lengths[i - 1];
        i += 1;
    }
    out
}

/// Every string column, one row after another in each, in one pass.
#[must_use]
pub const fn strs<const N: usize>(rows: &[Row], s: &Sizes) -> [&'static str; N] {
    let mut out = [""; N];
    let mut at = starts(&str_lengths(s));
    let mut r = 0;
    while r < rows.len() && N > 0 {
        let row = &rows[r];
        push(&mut out, &mut at[0], row.name);
        push(&mut out, &mut at[1], row.message);
        let mut i = 0;
        while i < row.also.len() {
            push(&mut out, &mut at[1], row.also[i]);
            i += 1;
        }
        i = 0;
        while i < row.descriptions.len() {
            push(&mut out, &mut at[2], row.descriptions[i].1);
            i += 1;
        }
        i = 0;
        while i < row.translations.len() {
            push(&mut out, &mut at[3], row.translations[i].1);
            i += 1;
        }
        i = 0;
        while i < row.tags.len() {
            push(&mut out, &mut at[4], row.tags[i]);
            i += 1;
        }
        i = 0;
        while i < row.aliases.len() {
            push(&mut out, &mut at[5], row.aliases[i]);
            i += 1;
        }
        if let Some(note) = row.deprecated {
            push(&mut out, &mut at[6], note);
        }
        if let Some(title) = row.title {
            push(&mut out, &mut at[7], title);
            i = 0;
            while i < row.title_translations.len() {
                push(&mut out, &mut at[8], row.title_translations[i].1);
                i += 1;
            }
        }
        r += 1;
    }
    out
}

const fn push(out: &mut [&'static str], at: &mut usize, text: &'static str) {
    if *at < out.len() {
        out[*at] = text;
    }
    *at += 1;
}

/// Writes `bytes` at `*at` and moves past them.
const fn put(out: &mut [u8], at: &mut usize, bytes: &[u8]) {
    let mut i = 0;
    while i < bytes.len() {
        if *at + i < out.len() {
            out[*at + i] = bytes[i];
        }
        i += 1;
    }
    *at += bytes.len();
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

/// The language index of each pair, four bytes each.
const fn put_langs(out: &mut [u8], at: &mut usize, pairs: &[(&str, &str)], languages: &[&str]) {
    let mut i = 0;
    while i < pairs.len() {
        let index = match position(languages, languages.len(), pairs[i].0) {
            Some(index) => index as u32,
            None => u32::MAX,
        };
        put(out, at, &index.to_le_bytes());
        i += 1;
    }
}

/// A row's tags as bits: bit `t % 64` of word `t / 64` for tag `t`.
const fn put_tag_bits(out: &mut [u8], at: &mut usize, row: &Row, tags: &[Tag], words: usize) {
    let mut t = 0;
    while t < tags.len() {
        let mut k = 0;
        while k < row.tags.len() {
            if same(row.tags[k], tags[t].key()) {
                let byte = *at + (t / 64) * 8 + (t % 64) / 8;
                if byte < out.len() {
                    out[byte] |= 1 << (t % 8);
                }
            }
            k += 1;
        }
        t += 1;
    }
    *at += 8 * words;
}

/// Every packed column, in one pass: numbers, bounds, groups, statuses,
/// languages, tag bits, picked rows.
// Long because it writes every column, one line each: the list is the format.
#[allow(clippy::too_many_lines)]
#[must_use]
pub const fn bytes<const B: usize>(
    rows: &[Row],
    s: &Sizes,
    groups: &[&str],
    languages: &[&str],
    tags: &[Tag],
) -> [u8; B] {
    let mut out = [0; B];
    let mut at = starts(&byte_lengths(s));
    // Every bounds column starts at 0.
    let zero = 0_u32.to_le_bytes();
    put(&mut out, &mut at[Bytes::MessageBounds as usize], &zero);
    put(&mut out, &mut at[Bytes::DescriptionBounds as usize], &zero);
    put(&mut out, &mut at[Bytes::ParamBounds as usize], &zero);
    put(&mut out, &mut at[Bytes::TranslationBounds as usize], &zero);
    put(&mut out, &mut at[Bytes::TagBounds as usize], &zero);
    put(
        &mut out,
        &mut at[Bytes::TitleTranslationBounds as usize],
        &zero,
    );
    let (mut messages, mut descriptions, mut params, mut translations) =
        (0_u32, 0_u32, 0_u32, 0_u32);
    let (mut tag_keys, mut title_translations) = (0_u32, 0_u32);
    let mut r = 0;
    while r < rows.len() && B > 0 {
        let row = &rows[r];
        let number = (r as u32).to_le_bytes();
        put(
            &mut out,
            &mut at[Bytes::Codes as usize],
            &row.code.to_le_bytes(),
        );
        messages += 1 + row.also.len() as u32;
        put(
            &mut out,
            &mut at[Bytes::MessageBounds as usize],
            &messages.to_le_bytes(),
        );
        let group = match row.group {
            Some(key) => match position(groups, groups.len(), key) {
                Some(index) => index as u32 + 1,
                None => 0,
            },
            None => 0,
        };
        put(
            &mut out,
            &mut at[Bytes::GroupOf as usize],
            &group.to_le_bytes(),
        );
        let http = match row.http {
            Some(status) => status,
            None => 0,
        };
        put(&mut out, &mut at[Bytes::Http as usize], &http.to_le_bytes());
        put_langs(
            &mut out,
            &mut at[Bytes::DescriptionLangs as usize],
            row.descriptions,
            languages,
        );
        descriptions += row.descriptions.len() as u32;
        put(
            &mut out,
            &mut at[Bytes::DescriptionBounds as usize],
            &descriptions.to_le_bytes(),
        );
        params += row.params.len() as u32;
        put(
            &mut out,
            &mut at[Bytes::ParamBounds as usize],
            &params.to_le_bytes(),
        );
        put_langs(
            &mut out,
            &mut at[Bytes::TranslationLangs as usize],
            row.translations,
            languages,
        );
        translations += row.translations.len() as u32;
        put(
            &mut out,
            &mut at[Bytes::TranslationBounds as usize],
            &translations.to_le_bytes(),
        );
        put_tag_bits(
            &mut out,
            &mut at[Bytes::TagBits as usize],
            row,
            tags,
            s.tag_words,
        );
        tag_keys += row.tags.len() as u32;
        put(
            &mut out,
            &mut at[Bytes::TagBounds as usize],
            &tag_keys.to_le_bytes(),
        );
        put(&mut out, &mut at[Bytes::Grpc as usize], &[row.grpc]);
        if row.deprecated.is_some() {
            put(&mut out, &mut at[Bytes::DeprecatedRows as usize], &number);
        }
        if row.title.is_some() {
            put(&mut out, &mut at[Bytes::TitleRows as usize], &number);
            put_langs(
                &mut out,
                &mut at[Bytes::TitleTranslationLangs as usize],
                row.title_translations,
                languages,
            );
            title_translations += row.title_translations.len() as u32;
            put(
                &mut out,
                &mut at[Bytes::TitleTranslationBounds as usize],
                &title_translations.to_le_bytes(),
            );
        }
        let mut a = 0;
        while a < row.aliases.len() {
            put(&mut out, &mut at[Bytes::AliasRows as usize], &number);
            a += 1;
        }
        r += 1;
    }
    out
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
    let mut list = 0;
    while list < 3 {
        let mut r = 0;
        while r < rows.len() {
            let row = &rows[r];
            let pairs = match list {
                0 => row.descriptions,
                1 => row.translations,
                _ if row.title.is_some() => row.title_translations,
                _ => &[],
            };
            let mut i = 0;
            while i < pairs.len() {
                if position(&out, len, pairs[i].0).is_none() && len < N {
                    out[len] = pairs[i].0;
                    len += 1;
                }
                i += 1;
            }
            r += 1;
        }
        list += 1;
    }
    (out, len)
}

/// An upper bound of the languages: the declared ones and every pair.
#[must_use]
pub const fn languages_bound(s: &Sizes, declared: &[&str]) -> usize {
    declared.len() + s.descriptions + s.translations + s.title_translations
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

/// The slots of `from_name`'s table: a power of two, at least a third
/// more than the names and former names.
#[must_use]
pub const fn name_slots_len(rows: &[Row]) -> usize {
    let mut names = rows.len();
    let mut r = 0;
    while r < rows.len() {
        names += rows[r].aliases.len();
        r += 1;
    }
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
            let mut at = at;
            put(out, &mut at, &value.to_le_bytes());
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
        let mut at = 2 * (rows[r].code - first.code) as usize;
        put(&mut out, &mut at, &(r as u16 + 1).to_le_bytes());
        r += 1;
    }
    out
}

/// The `Table` of a generated module's rows:
/// `rows_table!(ROWS, LANGUAGES, TAGS, grpc_domain, docs_url, default_http)`,
/// every argument a constant expression. A handful of passes over the rows
/// (constant evaluation is interpreted, so each pass costs compile time):
/// the sizes, the groups, the languages, every string column in one array,
/// every packed column in one array, the parameters.
#[doc(hidden)]
#[macro_export]
macro_rules! __rows_table {
    ($rows:expr, $languages:expr, $tags:expr, $grpc_domain:expr, $docs_url:expr, $default_http:expr $(,)?) => {{
        use $crate::__private::rows::{self as r, Bytes, Strs};
        use $crate::__private::{U16s, U32s, U64s};
        #[allow(long_running_const_eval)]
        const ROWS: &[r::Row] = $rows;
        #[allow(long_running_const_eval)]
        const TAGS: &[$crate::Tag] = $tags;
        #[allow(long_running_const_eval)]
        const SIZES: r::Sizes = r::sizes(ROWS, TAGS);
        #[allow(long_running_const_eval)]
        const ALL_GROUPS: ([&str; SIZES.rows], usize) = r::groups(ROWS);
        #[allow(long_running_const_eval)]
        const GROUPS: &[&str] = &r::strs_prefix::<{ ALL_GROUPS.1 }, { SIZES.rows }>(&ALL_GROUPS.0);
        #[allow(long_running_const_eval)]
        const ALL_LANGUAGES: ([&str; r::languages_bound(&SIZES, $languages)], usize) =
            r::languages(ROWS, $languages);
        #[allow(long_running_const_eval)]
        const LANGUAGES: &[&str] = &r::strs_prefix::<
            { ALL_LANGUAGES.1 },
            { r::languages_bound(&SIZES, $languages) },
        >(&ALL_LANGUAGES.0);
        #[allow(long_running_const_eval)]
        const STRS: &[&str] = &r::strs::<{ r::strs_len(&SIZES) }>(ROWS, &SIZES);
        #[allow(long_running_const_eval)]
        const BYTES: &[u8] =
            &r::bytes::<{ r::bytes_len(&SIZES) }>(ROWS, &SIZES, GROUPS, LANGUAGES, TAGS);
        #[allow(long_running_const_eval)]
        const PARAMS: &[$crate::Param] = &r::params::<{ SIZES.params }>(ROWS);
        const fn s(which: Strs) -> &'static [&'static str] {
            r::strs_part(STRS, &SIZES, which)
        }
        const fn b(which: Bytes) -> &'static [u8] {
            r::bytes_part(BYTES, &SIZES, which)
        }
        $crate::__private::Table {
            codes: U32s(b(Bytes::Codes)),
            names: s(Strs::Names),
            messages: s(Strs::Messages),
            message_bounds: U32s(b(Bytes::MessageBounds)),
            groups: GROUPS,
            group_of: U32s(b(Bytes::GroupOf)),
            http: U16s(b(Bytes::Http)),
            languages: LANGUAGES,
            descriptions: s(Strs::Descriptions),
            description_langs: U32s(b(Bytes::DescriptionLangs)),
            description_bounds: U32s(b(Bytes::DescriptionBounds)),
            params: PARAMS,
            param_bounds: U32s(b(Bytes::ParamBounds)),
            translations: s(Strs::Translations),
            translation_langs: U32s(b(Bytes::TranslationLangs)),
            translation_bounds: U32s(b(Bytes::TranslationBounds)),
            tags: TAGS,
            tag_bits: U64s(b(Bytes::TagBits)),
            tag_words: SIZES.tag_words,
            tag_keys: s(Strs::TagKeys),
            tag_bounds: U32s(b(Bytes::TagBounds)),
            grpc: b(Bytes::Grpc),
            grpc_domain: $grpc_domain,
            deprecated_rows: U32s(b(Bytes::DeprecatedRows)),
            deprecated_notes: s(Strs::DeprecatedNotes),
            title_rows: U32s(b(Bytes::TitleRows)),
            titles: s(Strs::Titles),
            title_translations: s(Strs::TitleTranslations),
            title_translation_langs: U32s(b(Bytes::TitleTranslationLangs)),
            title_translation_bounds: U32s(b(Bytes::TitleTranslationBounds)),
            aliases: s(Strs::Aliases),
            alias_rows: U32s(b(Bytes::AliasRows)),
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
        #[allow(long_running_const_eval)]
        const ROWS: &[$crate::__private::rows::Row] = $rows;
        #[allow(long_running_const_eval)]
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
        #[allow(long_running_const_eval)]
        const ROWS: &[$crate::__private::rows::Row] = $rows;
        #[allow(long_running_const_eval)]
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

/// That this crate is the version a generated module was written for:
/// else the build stops with `message`, which says how to regenerate.
pub const fn generated_for(version: &str, message: &str) {
    assert!(same(version, env!("CARGO_PKG_VERSION")), "{}", message);
}
