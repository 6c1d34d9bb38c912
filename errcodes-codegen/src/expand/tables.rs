//! The tables the runtime reads: the catalog encoded row by row in order
//! of code, and the indexes `from_code` and `from_name` search.
//!
//! This is the writing side of one format; the reading side is
//! `errcodes::__private` (`Table`, `Index`, `U16s`/`U32s`/`U64s`, `find_name`),
//! field for field. `tests/tests/tables.rs` reads every accessor back
//! against the checked catalog, with every field set and with none, so a
//! change on one side that the other does not follow fails there.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::ident;
use super::option_str;
use crate::text::{Spelled, Text};
use errcodes_catalog::{Catalog, Code};

/// `from_name`'s table: a power of two of slots, at least a third more than
/// the names and former names, each holding (at the slot the name hashes to, or the
/// next free one) the row of a name, or the number of codes plus the index
/// of a former name among all aliases; `u32::MAX` is a free slot.
fn name_slots(codes: &[Code]) -> Vec<u32> {
    let names: Vec<&str> = codes
        .iter()
        .map(|c| c.name.as_str())
        .chain(
            codes
                .iter()
                .flat_map(|c| c.aliases.iter().map(String::as_str)),
        )
        .collect();
    // At most three quarters full: a few probes per lookup, and a table that
    // grows with the catalog rather than jumping to twice its size.
    let size = (names.len() * 4 / 3 + 1).max(2).next_power_of_two();
    let mask = size - 1;
    let mut slots = vec![u32::MAX; size];
    for (value, name) in names.iter().enumerate() {
        // Truncating the hash to the table's size is the point.
        #[allow(clippy::cast_possible_truncation)]
        // 64-bit FNV-1a, the same function as `errcodes::__private::name_hash`.
        let mut slot = errcodes_catalog::__fnv1a(name) as usize & mask;
        while slots[slot] != u32::MAX {
            slot = (slot + 1) & mask;
        }
        slots[slot] = u32::try_from(value).unwrap_or(u32::MAX);
    }
    slots
}

/// The largest bitmap `from_code` uses, in 64-bit words per code: past it
/// (numbers spread very thinly) a binary search of the numbers is used instead.
const MAX_WORDS_PER_CODE: usize = 4;

/// The largest table of rows `from_code` uses, in numbers per code (two
/// bytes each): past it, the bitmap.
const MAX_NUMBERS_PER_CODE: u64 = 32;

/// The largest table of rows in numbers, whatever the catalog's size
/// (512 KiB).
const MAX_NUMBERS: u64 = 1 << 18;

/// How `from_code` finds a number's row, chosen for the catalog's numbers
/// (sorted): a table of rows for every number from the smallest to the
/// largest when that stays small (one load per lookup); else a bitmap of
/// the numbers with the count of codes before each 64-bit word (a popcount
/// away); or, for numbers spread too thin for either, a binary search.
pub(super) enum CodeIndex {
    Rows { base: u32, rows: Text },
    Bitmap { base: u32, bits: Text, ranks: Text },
    Sorted,
}

pub(super) fn code_index(lists: &Lists, krate: &TokenStream) -> TokenStream {
    match &lists.index {
        CodeIndex::Sorted => quote!(#krate::__private::Index::Sorted),
        CodeIndex::Rows { base, rows } => {
            let base = Literal::u32_unsuffixed(*base);
            let rows = rows.tokens();
            quote! {
                #krate::__private::Index::Rows {
                    base: #base,
                    rows: #rows,
                }
            }
        }
        CodeIndex::Bitmap { base, bits, ranks } => {
            let base = Literal::u32_unsuffixed(*base);
            let (bits, ranks) = (bits.tokens(), ranks.tokens());
            quote! {
                #krate::__private::Index::Bitmap {
                    base: #base,
                    bits: #krate::__private::U64s(#bits),
                    ranks: #krate::__private::U32s(#ranks),
                }
            }
        }
    }
}

/// The index that suits `codes` (sorted), written out.
fn choose_index(codes: &[Code]) -> CodeIndex {
    let (Some(first), Some(last)) = (codes.first(), codes.last()) else {
        return CodeIndex::Sorted;
    };
    let span = u64::from(last.code - first.code) + 1;
    let count = codes.len() as u64;
    // Rows are stored plus one in 16 bits, 0 meaning "not a code".
    if count < u64::from(u16::MAX) && span <= MAX_NUMBERS && span <= count * MAX_NUMBERS_PER_CODE {
        let mut rows = vec![0_u8; usize::try_from(span * 2).unwrap_or(0)];
        for (row, code) in codes.iter().enumerate() {
            let at = (code.code - first.code) as usize * 2;
            let stored = u16::try_from(row + 1).unwrap_or(u16::MAX).to_le_bytes();
            rows[at..at + 2].copy_from_slice(&stored);
        }
        let mut text = Text::default();
        text.bytes(&rows);
        return CodeIndex::Rows {
            base: first.code,
            rows: text,
        };
    }
    let words = usize::try_from(span.div_ceil(64)).unwrap_or(usize::MAX);
    if words > codes.len().max(16).saturating_mul(MAX_WORDS_PER_CODE) {
        return CodeIndex::Sorted;
    }
    let mut bits = vec![0_u64; words];
    for code in codes {
        let offset = code.code - first.code;
        bits[(offset / 64) as usize] |= 1 << (offset % 64);
    }
    let mut before = 0_u32;
    let ranks = packed(bits.iter().map(|word| {
        let rank = before;
        before += word.count_ones();
        rank.to_le_bytes()
    }));
    CodeIndex::Bitmap {
        base: first.code,
        bits: packed(bits.iter().map(|word| word.to_le_bytes())),
        ranks,
    }
}

/// Integers as a byte string, each given as its little-endian bytes (all
/// of one width): what the runtime's `U16s`, `U32s` and `U64s` read. One
/// literal, where a list of integers is a token per integer for rustc to
/// lex, parse and hash.
fn packed<const WIDTH: usize>(values: impl Iterator<Item = [u8; WIDTH]>) -> Text {
    let bytes: Vec<u8> = values.flatten().collect();
    let mut text = Text::default();
    text.bytes(&bytes);
    text
}

/// A row as the tables store it (a catalog has far fewer than 2^32 codes).
fn row_number(row: usize) -> [u8; 4] {
    u32::try_from(row).unwrap_or(u32::MAX).to_le_bytes()
}

/// Strings as a comma-separated list of literals.
fn str_list<'a>(values: impl Iterator<Item = &'a str>) -> Text {
    let mut text = Text::default();
    for value in values {
        text.str(value).raw(",");
    }
    text
}

/// How one column of the runtime's `Table` is spelled: plain source text,
/// so built on the lists' own thread.
pub(super) enum Column {
    /// A packed list of integers of one width (`U32s(b"…")`).
    U16s(Text),
    U32s(Text),
    U64s(Text),
    /// A slice of string literals (`&["…", …]`).
    Strs(Text),
    /// A byte string as it is (`b"…"`).
    Bytes(Text),
}

/// The bulky lists of the generated tables, as source text. Plain data,
/// written without the compiler, so on a thread of its own.
pub(super) struct Lists {
    /// `ALL`'s variants.
    pub all: Text,
    /// `__NAMES`: `from_name`'s slots.
    pub name_slots: Text,
    /// `__INDEX`.
    pub index: CodeIndex,
    /// The table's columns, each under the name of its `Table` field: a
    /// new column is one line here (or in [`table`] when it is made of
    /// tokens), one field of the runtime's `Table` and its accessor.
    pub columns: Vec<(&'static str, Column)>,
}

/// The lists of `catalog`'s tables, for the enum named `enum_name`.
// Long because it lists every column, one entry each: the list is the format.
#[allow(clippy::too_many_lines)]
pub(super) fn lists<'a>(catalog: &'a Catalog, enum_name: &Spelled) -> Lists {
    let codes = &catalog.codes;
    // `Name::Variant`, not `Self::Variant`: the resolver finds a variant of
    // a named enum directly, while `Self::Variant` is looked up by the type
    // checker among all the variants, for each of them (a quarter of a
    // second for 10,000 codes).
    let mut all = Text::default();
    for code in codes {
        all.spelled(enum_name)
            .raw("::")
            .ident(ident(&code.variant))
            .raw(",");
    }
    // The group keys in order of first use, declared or not.
    let mut groups: Vec<&str> = Vec::new();
    let mut group_of = Vec::with_capacity(codes.len());
    for code in codes {
        let index = code.group.as_deref().map_or(0, |key| {
            let at = groups.iter().position(|g| *g == key).unwrap_or_else(|| {
                groups.push(key);
                groups.len() - 1
            });
            at + 1
        });
        group_of.push(u32::try_from(index).unwrap_or(u32::MAX));
    }
    // The declared languages first, then any others in order of use.
    let mut languages: Vec<&str> = catalog.languages.iter().map(String::as_str).collect();
    let mut language_of = |lang: &'a str| {
        let at = languages
            .iter()
            .position(|l| *l == lang)
            .unwrap_or_else(|| {
                languages.push(lang);
                languages.len() - 1
            });
        u32::try_from(at).unwrap_or(u32::MAX)
    };
    let description_langs: Vec<u32> = codes
        .iter()
        .flat_map(|c| &c.descriptions)
        .map(|(lang, _)| language_of(lang))
        .collect();
    let translation_langs: Vec<u32> = codes
        .iter()
        .flat_map(|c| &c.translations)
        .map(|(lang, _)| language_of(lang))
        .collect();
    // The rows whose title is not their message: a `title:`, or the name
    // in words of a code with values.
    let titled: Vec<(usize, &Code)> = codes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.has_own_title())
        .collect();
    let title_translation_langs: Vec<u32> = titled
        .iter()
        .flat_map(|(_, c)| &c.title_translations)
        .map(|(lang, _)| language_of(lang))
        .collect();
    let deprecated: Vec<(usize, &str)> = codes
        .iter()
        .enumerate()
        .filter_map(|(row, c)| c.deprecated.as_deref().map(|note| (row, note)))
        .collect();
    let grpc = {
        let mut text = Text::default();
        // The variants are declared in order of number, 0 to 16.
        let numbers: Vec<u8> = codes.iter().map(|c| catalog.grpc_of(c) as u8).collect();
        text.bytes(&numbers);
        text
    };
    let strs = |values: &mut dyn Iterator<Item = &str>| Column::Strs(str_list(values));
    let columns = vec![
        (
            "codes",
            Column::U32s(packed(codes.iter().map(|c| c.code.to_le_bytes()))),
        ),
        ("names", strs(&mut codes.iter().map(|c| c.name.as_str()))),
        (
            "messages",
            strs(
                &mut codes
                    .iter()
                    .flat_map(|c| std::iter::once(&c.message).chain(&c.also))
                    .map(String::as_str),
            ),
        ),
        (
            "message_bounds",
            Column::U32s(bounds(codes.iter().map(|c| 1 + c.also.len()))),
        ),
        ("groups", strs(&mut groups.into_iter())),
        (
            "group_of",
            Column::U32s(packed(group_of.into_iter().map(u32::to_le_bytes))),
        ),
        (
            "http",
            Column::U16s(packed(
                codes.iter().map(|c| c.http.unwrap_or(0).to_le_bytes()),
            )),
        ),
        ("languages", strs(&mut languages.into_iter())),
        (
            "descriptions",
            strs(
                &mut codes
                    .iter()
                    .flat_map(|c| c.descriptions.iter().map(|(_, text)| text.as_str())),
            ),
        ),
        (
            "description_langs",
            Column::U32s(packed(description_langs.into_iter().map(u32::to_le_bytes))),
        ),
        (
            "description_bounds",
            Column::U32s(bounds(codes.iter().map(|c| c.descriptions.len()))),
        ),
        (
            "param_bounds",
            Column::U32s(bounds(codes.iter().map(|c| c.params.len()))),
        ),
        (
            "translations",
            strs(
                &mut codes
                    .iter()
                    .flat_map(|c| c.translations.iter().map(|(_, text)| text.as_str())),
            ),
        ),
        (
            "translation_langs",
            Column::U32s(packed(translation_langs.into_iter().map(u32::to_le_bytes))),
        ),
        (
            "translation_bounds",
            Column::U32s(bounds(codes.iter().map(|c| c.translations.len()))),
        ),
        ("tag_bits", Column::U64s(tag_bits(catalog))),
        (
            "tag_keys",
            strs(&mut codes.iter().flat_map(|c| &c.tags).map(String::as_str)),
        ),
        (
            "tag_bounds",
            Column::U32s(bounds(codes.iter().map(|c| c.tags.len()))),
        ),
        ("grpc", Column::Bytes(grpc)),
        (
            "deprecated_rows",
            Column::U32s(packed(deprecated.iter().map(|(row, _)| row_number(*row)))),
        ),
        (
            "deprecated_notes",
            strs(&mut deprecated.iter().map(|(_, note)| *note)),
        ),
        (
            "title_rows",
            Column::U32s(packed(titled.iter().map(|(row, _)| row_number(*row)))),
        ),
        (
            "titles",
            Column::Strs(titled.iter().fold(Text::default(), |mut text, (_, c)| {
                text.str(&c.title()).raw(",");
                text
            })),
        ),
        (
            "title_translations",
            strs(
                &mut titled
                    .iter()
                    .flat_map(|(_, c)| c.title_translations.iter().map(|(_, t)| t.as_str())),
            ),
        ),
        (
            "title_translation_langs",
            Column::U32s(packed(
                title_translation_langs.into_iter().map(u32::to_le_bytes),
            )),
        ),
        (
            "title_translation_bounds",
            Column::U32s(bounds(
                titled.iter().map(|(_, c)| c.title_translations.len()),
            )),
        ),
        (
            "aliases",
            strs(&mut codes.iter().flat_map(|c| &c.aliases).map(String::as_str)),
        ),
        (
            "alias_rows",
            Column::U32s(packed(
                codes
                    .iter()
                    .enumerate()
                    .flat_map(|(row, c)| c.aliases.iter().map(move |_| row_number(row))),
            )),
        ),
    ];
    Lists {
        all,
        name_slots: packed(name_slots(codes).into_iter().map(u32::to_le_bytes)),
        index: choose_index(codes),
        columns,
    }
}

/// The catalog as flat tables (`errcodes::__private::Table`), row by row
/// in order of code: integers packed into byte strings and lists of string
/// literals, no nested structure per code.
pub(super) fn table(catalog: &Catalog, lists: &Lists, krate: &TokenStream) -> TokenStream {
    let columns = lists.columns.iter().map(|(field, column)| {
        let field = quote::format_ident!("{}", field);
        let value = match column {
            Column::U16s(text) => {
                let text = text.tokens();
                quote!(#krate::__private::U16s(#text))
            }
            Column::U32s(text) => {
                let text = text.tokens();
                quote!(#krate::__private::U32s(#text))
            }
            Column::U64s(text) => {
                let text = text.tokens();
                quote!(#krate::__private::U64s(#text))
            }
            Column::Strs(text) => {
                let text = text.tokens();
                quote!(&[#text])
            }
            Column::Bytes(text) => text.tokens(),
        };
        quote!(#field: #value,)
    });
    // The columns made of tokens, on the compiler's thread; few codes have
    // parameters and few catalogs many tags, so these are written with
    // `quote!`.
    let params = catalog
        .codes
        .iter()
        .flat_map(|code| &code.params)
        .map(|param| {
            let name = &param.name;
            let kind = super::params::kind(param.kind, krate);
            quote!(#krate::Param::__new(#name, #kind))
        });
    let tags = tags(catalog, krate);
    let tag_words = Literal::usize_unsuffixed(tag_words(catalog));
    let grpc_domain = option_str(catalog.grpc_domain.as_deref());
    let docs_url = option_str(catalog.docs_url.as_deref());
    let default_http =
        Literal::u16_unsuffixed(catalog.default_http.unwrap_or(Catalog::DEFAULT_HTTP));
    quote! {
        #krate::__private::Table {
            #(#columns)*
            params: &[#(#params),*],
            tags: &[#(#tags),*],
            tag_words: #tag_words,
            grpc_domain: #grpc_domain,
            docs_url: #docs_url,
            default_http: #default_http,
        }
    }
}

/// The catalog's tags, as the runtime's `Tag`s.
pub(super) fn tags(catalog: &Catalog, krate: &TokenStream) -> Vec<TokenStream> {
    catalog
        .tags
        .iter()
        .map(|tag| {
            let key = &tag.key;
            let description = option_str(tag.description.as_deref());
            let wire = tag.wire;
            quote!(#krate::Tag::__new(#key, #description, #wire))
        })
        .collect()
}

/// Each row's tags as bits, [`tag_words`] 64-bit words a row.
fn tag_bits(catalog: &Catalog) -> Text {
    let words = tag_words(catalog);
    packed(catalog.codes.iter().flat_map(|code| {
        let mut row = vec![0_u64; words];
        for (index, tag) in catalog.tags.iter().enumerate() {
            if code.has_tag(&tag.key) {
                row[index / 64] |= 1 << (index % 64);
            }
        }
        row.into_iter().map(u64::to_le_bytes)
    }))
}

/// How many 64-bit words hold a row's tags: one bit per declared tag.
pub(super) fn tag_words(catalog: &Catalog) -> usize {
    catalog.tags.len().div_ceil(64)
}

/// Where each row starts in a flat table whose rows have `lengths` items,
/// then where the last one ends. (A catalog is at most a few megabytes, so
/// the bounds fit a `u32`.)
fn bounds(lengths: impl Iterator<Item = usize>) -> Text {
    let mut end = 0_u32;
    packed(
        std::iter::once(0)
            .chain(lengths.map(|len| {
                end = end.saturating_add(u32::try_from(len).unwrap_or(u32::MAX));
                end
            }))
            .map(u32::to_le_bytes),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_suits_the_numbers() {
        let kind = |text: &str| {
            let catalog = errcodes_catalog::check("codes.yaml", text).ok().unwrap();
            match choose_index(&catalog.codes) {
                CodeIndex::Rows { .. } => "rows",
                CodeIndex::Bitmap { .. } => "bitmap",
                CodeIndex::Sorted => "sorted",
            }
        };
        assert_eq!(kind(include_str!("../../../codes.yaml")), "rows");
        assert_eq!(
            kind(include_str!("../../../tests/catalogs/spread.yaml")),
            "bitmap"
        );
        assert_eq!(
            kind(include_str!("../../../tests/catalogs/sparse.yaml")),
            "sorted"
        );
    }
}
