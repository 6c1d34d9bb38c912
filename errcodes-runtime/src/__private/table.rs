//! The format of the tables a generated enum reads, on the reading side:
//! packed integer columns, the rows of every code ([`Table`]), and the
//! lookups by number and by name. The macro's `expand/tables.rs` writes
//! them; `tests/tests/tables.rs` checks every accessor against the catalog.

/// Defines a list of unsigned integers of one width, stored little-endian
/// one after another in a byte string.
///
/// The generated tables use these rather than slices of integers: rustc
/// reads a byte string as one literal, where a list of thousands of
/// integers is thousands of tokens to lex, parse and hash every time the
/// macro runs. Reading one back is one load once optimized.
macro_rules! packed {
    ($(#[$doc:meta])* $name:ident, $int:ty, $width:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name(pub &'static [u8]);

        impl $name {
            /// How many integers the list holds.
            #[inline]
            #[must_use]
            pub const fn len(self) -> usize {
                self.0.len() / $width
            }

            /// Whether the list is empty.
            #[inline]
            #[must_use]
            pub const fn is_empty(self) -> bool {
                self.len() == 0
            }

            /// The integer at `index`; 0 past the end (which the generated
            /// tables never read: no panic path to keep the reads small).
            #[inline]
            #[must_use]
            pub const fn at(self, index: usize) -> $int {
                let Some((_, rest)) = self.0.split_at_checked(index.wrapping_mul($width)) else {
                    return 0;
                };
                match rest.first_chunk::<$width>() {
                    Some(bytes) => <$int>::from_le_bytes(*bytes),
                    None => 0,
                }
            }

            /// The integers from `start` to `end` (exclusive) as a list of
            /// their own; empty where the range is not in the list.
            #[inline]
            #[must_use]
            pub const fn range(self, start: usize, end: usize) -> Self {
                let bytes = self.0;
                let (Some(from), Some(to)) =
                    (start.checked_mul($width), end.checked_mul($width))
                else {
                    return $name(&[]);
                };
                match bytes.split_at_checked(to) {
                    Some((head, _)) => match head.split_at_checked(from) {
                        Some((_, items)) => $name(items),
                        None => $name(&[]),
                    },
                    None => $name(&[]),
                }
            }

            /// The integers in order.
            #[inline]
            pub fn iter(self) -> impl ExactSizeIterator<Item = $int> + Clone {
                self.0.chunks_exact($width).map(|bytes| {
                    let mut word = [0; $width];
                    word.copy_from_slice(bytes);
                    <$int>::from_le_bytes(word)
                })
            }
        }
    };
}

packed!(
    /// `u16`s, two bytes each.
    U16s,
    u16,
    2
);
packed!(
    /// `u32`s, four bytes each.
    U32s,
    u32,
    4
);
packed!(
    /// `u64`s, eight bytes each.
    U64s,
    u64,
    8
);

/// The tables of one generated enum: flat arrays with a row per code (in
/// order of code, the variants' order), which rustc checks far faster than
/// one nested structure per code; the integers packed into byte strings.
///
/// The reading side of the format the macro's `expand/tables.rs` writes;
/// `tests/tests/tables.rs` checks every accessor against the catalog.
#[derive(Debug)]
pub struct Table {
    pub codes: U32s,
    pub names: &'static [&'static str],
    /// Each row's message, then its `also` messages.
    pub messages: &'static [&'static str],
    /// Where each row's messages start in `messages`, and where the last
    /// row's end: one more than the rows.
    pub message_bounds: U32s,
    /// The group keys the codes use.
    pub groups: &'static [&'static str],
    /// Each row's group: 0 for none, else its index in `groups` plus one.
    pub group_of: U32s,
    /// Each row's HTTP status, 0 for none.
    pub http: U16s,
    /// The description languages the codes use.
    pub languages: &'static [&'static str],
    /// The descriptions of every row, one after another.
    pub descriptions: &'static [&'static str],
    /// The language (index in `languages`) of each of `descriptions`.
    pub description_langs: U32s,
    /// Where each row's descriptions start in `descriptions`, and where the
    /// last row's end.
    pub description_bounds: U32s,
    /// The parameters of every row, one after another, and where each
    /// row's start (and the last row's end).
    pub params: &'static [crate::Param],
    pub param_bounds: U32s,
    /// The translations of every row's message, one after another, their
    /// languages (indexes in `languages`), and where each row's start.
    pub translations: &'static [&'static str],
    pub translation_langs: U32s,
    pub translation_bounds: U32s,
    /// The catalog's tags, in declaration order.
    pub tags: &'static [crate::Tag],
    /// Each row's tags as bits (bit `t % 64` of word `t / 64` for tag `t`),
    /// `tag_words` words a row.
    pub tag_bits: U64s,
    pub tag_words: usize,
    /// The keys of every row's tags, one after another, and where each
    /// row's start (and the last row's end).
    pub tag_keys: &'static [&'static str],
    pub tag_bounds: U32s,
    /// Each row's gRPC status number (its own, its group's or the default).
    pub grpc: &'static [u8],
    /// The catalog's `grpc_domain`: the `ErrorInfo.domain` of every code.
    pub grpc_domain: Option<&'static str>,
    /// The rows of deprecated codes, ascending, and why each is deprecated.
    pub deprecated_rows: U32s,
    pub deprecated_notes: &'static [&'static str],
    /// The rows whose title is not their message (a `title:`, or a code
    /// with values), ascending, and each one's title.
    pub title_rows: U32s,
    pub titles: &'static [&'static str],
    /// The translations of those titles, their languages (indexes in
    /// `languages`), and where each title row's start.
    pub title_translations: &'static [&'static str],
    pub title_translation_langs: U32s,
    pub title_translation_bounds: U32s,
    /// Former names (`aliases:`) and the row each belongs to.
    pub aliases: &'static [&'static str],
    pub alias_rows: U32s,
    /// The catalog's `docs_url` template.
    pub docs_url: Option<&'static str>,
    /// The status of codes without `http` (the catalog's `default_http`, or 500).
    pub default_http: u16,
}

/// How a generated enum finds the row of a number, chosen by the macro for
/// the catalog's numbers.
#[derive(Debug)]
pub enum Index {
    /// Two bytes per number from `base` (little-endian): the number's row
    /// plus one, or 0 when the number is not a code. One load per lookup,
    /// for numbers close enough together that the table stays small.
    Rows { base: u32, rows: &'static [u8] },
    /// Bit `n` of `bits` (64 to a word) is set when `base + n` is a code;
    /// `ranks[w]` counts the codes before word `w`.
    Bitmap { base: u32, bits: U64s, ranks: U32s },
    /// A binary search of the sorted numbers, for numbers spread too thinly.
    Sorted,
}

/// The row of `code` among `codes` (sorted; may be empty), if it is there.
#[inline]
#[must_use]
pub const fn find_code(index: &Index, codes: U32s, code: u32) -> Option<usize> {
    match index {
        Index::Rows { base, rows } => row(*base, rows, code),
        Index::Bitmap { base, bits, ranks } => rank(*base, *bits, *ranks, code),
        Index::Sorted => search(codes, code),
    }
}

/// The row of `code` in a table of rows. Constant time.
#[inline]
#[must_use]
const fn row(base: u32, rows: &[u8], code: u32) -> Option<usize> {
    let Some(offset) = code.checked_sub(base) else {
        return None;
    };
    let offset = offset as usize;
    if offset >= rows.len() / 2 {
        return None;
    }
    match u16::from_le_bytes([rows[2 * offset], rows[2 * offset + 1]]) {
        0 => None,
        plus_one => Some(plus_one as usize - 1),
    }
}

/// The row of `code` in a bitmap index: the codes before its word, plus the
/// set bits below it in the word. Constant time.
#[inline]
#[must_use]
const fn rank(base: u32, bits: U64s, ranks: U32s, code: u32) -> Option<usize> {
    let Some(offset) = code.checked_sub(base) else {
        return None;
    };
    let word = (offset / 64) as usize;
    if word >= bits.len() || word >= ranks.len() {
        return None;
    }
    let bit = offset % 64;
    let bits = bits.at(word);
    if bits & (1 << bit) == 0 {
        return None;
    }
    let below = bits & ((1 << bit) - 1);
    Some(ranks.at(word) as usize + below.count_ones() as usize)
}

/// The position of `code` in `codes` (sorted; may be empty), if it is there.
#[inline]
#[must_use]
pub const fn search(codes: U32s, code: u32) -> Option<usize> {
    if codes.is_empty() {
        return None;
    }
    let at = position(codes, code);
    if codes.at(at) == code {
        Some(at)
    } else {
        None
    }
}

/// The position of the last number in `codes` (sorted, not empty) that is
/// at most `code`, or 0: always a valid index, and the position of `code`
/// itself when it is in `codes`.
///
/// Branch-free halving over dense `u32`s: the loop runs the same
/// number of steps for every input, so the CPU does not mispredict on the
/// comparisons, and four bytes per code keep the search in few cache lines.
#[inline]
#[must_use]
const fn position(codes: U32s, code: u32) -> usize {
    let mut base = 0;
    let mut size = codes.len();
    while size > 1 {
        let half = size / 2;
        let mid = base + half;
        // Compiles to a conditional move, not a branch.
        base = if codes.at(mid) <= code { mid } else { base };
        size -= half;
    }
    base
}

/// The hash `from_name`'s table is built with: 64-bit FNV-1a (the macro
/// has the same function; a different one would make names unfindable,
/// which the tests would see).
#[inline]
#[must_use]
pub const fn name_hash(name: &str) -> u64 {
    errcodes_core::fnv1a(name)
}

/// The row of the code named (or formerly named) `name`. `slots` (a power of
/// two of them) holds, at the slot a name hashes to or the next free one
/// after it, the name's row, or for a former name the number of codes plus
/// its index in `table.aliases`; `u32::MAX` marks a free slot, which ends the
/// search.
#[inline]
#[must_use]
pub fn find_name(table: &Table, slots: U32s, name: &str) -> Option<usize> {
    let names = table.names;
    let at = find_slot(slots, name, |value| {
        let value = value as usize;
        match value.checked_sub(names.len()) {
            None => names.get(value).copied(),
            Some(alias) => table.aliases.get(alias).copied(),
        }
    })?;
    match at.checked_sub(names.len()) {
        None => Some(at),
        Some(alias) => {
            (alias < table.alias_rows.len()).then(|| table.alias_rows.at(alias) as usize)
        }
    }
}

/// The value stored in `slots` for `name`, where `name_of` gives the name of
/// a stored value.
#[inline]
fn find_slot<'n>(
    slots: U32s,
    name: &str,
    name_of: impl Fn(u32) -> Option<&'n str>,
) -> Option<usize> {
    let mask = slots.len().checked_sub(1)?;
    // Truncating the hash to the table's size is the point.
    #[allow(clippy::cast_possible_truncation)]
    let mut slot = name_hash(name) as usize & mask;
    // At most every slot once, even if a table were full.
    for _ in 0..slots.len() {
        let value = slots.at(slot);
        if value == u32::MAX {
            return None;
        }
        if name_of(value)? == name {
            return Some(value as usize);
        }
        slot = (slot + 1) & mask;
    }
    None
}

/// `values` packed as the macro packs them, `B / N` bytes each: the tables
/// of the unit tests.
#[cfg(test)]
pub(crate) const fn pack<const N: usize, const B: usize>(values: [u64; N]) -> [u8; B] {
    let width = match B.checked_div(N) {
        Some(width) => width,
        None => 0,
    };
    let mut out = [0; B];
    let mut i = 0;
    while i < N {
        let bytes = values[i].to_le_bytes();
        let mut j = 0;
        while j < width {
            out[i * width + j] = bytes[j];
            j += 1;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &[&str] = &["B", "A", "C"];

    static TABLE: Table = Table {
        codes: U32s(&const { pack::<3, 12>([1, 5, 9]) }),
        names: NAMES,
        messages: &["", "", ""],
        message_bounds: U32s(&const { pack::<4, 16>([0, 1, 2, 3]) }),
        groups: &[],
        group_of: U32s(&[0; 12]),
        http: U16s(&[0; 6]),
        languages: &[],
        descriptions: &[],
        description_langs: U32s(&[]),
        description_bounds: U32s(&[0; 16]),
        params: &[],
        param_bounds: U32s(&[0; 16]),
        translations: &[],
        translation_langs: U32s(&[]),
        translation_bounds: U32s(&[0; 16]),
        tags: &[],
        tag_bits: U64s(&[]),
        tag_words: 0,
        tag_keys: &[],
        tag_bounds: U32s(&[0; 16]),
        grpc: &[2, 2, 2],
        grpc_domain: None,
        deprecated_rows: U32s(&[]),
        deprecated_notes: &[],
        title_rows: U32s(&[]),
        titles: &[],
        title_translations: &[],
        title_translation_langs: U32s(&[]),
        title_translation_bounds: U32s(&[0, 0, 0, 0]),
        aliases: &["OLD_C"],
        alias_rows: U32s(&const { pack::<1, 4>([2]) }),
        docs_url: None,
        default_http: 500,
    };

    #[test]
    fn reads_packed_integers() {
        let wide = U64s(&const { pack::<2, 16>([u64::MAX - 1, 1 << 40]) });
        assert_eq!(
            (wide.len(), wide.at(0), wide.at(1)),
            (2, u64::MAX - 1, 1 << 40)
        );
        let codes = U32s(&const { pack::<3, 12>([7, 0x0102_0304, 0xffff_ffff]) });
        assert_eq!(
            (codes.at(0), codes.at(1), codes.at(2)),
            (7, 0x0102_0304, u32::MAX)
        );
        let statuses = U16s(&const { pack::<2, 4>([404, 0xfffe]) });
        assert_eq!((statuses.len(), statuses.at(1)), (2, 0xfffe));
        assert!(U32s(&[]).is_empty() && !codes.is_empty());
    }

    #[test]
    fn packed_integers_end_where_their_bytes_do() {
        let two = U32s(&const { pack::<2, 8>([1, 2]) });
        assert_eq!((two.at(1), two.at(2), two.at(usize::MAX)), (2, 0, 0));
        // A partial integer at the end is not read.
        assert_eq!((U16s(&[1, 0, 7]).len(), U16s(&[1, 0, 7]).at(1)), (1, 0));
    }

    #[test]
    fn finds_codes() {
        // Every length and position, hits and misses: the multiples of 3.
        const MANY: [u8; 280] = {
            let mut values = [0_u64; 70];
            let mut i = 0;
            while i < values.len() {
                values[i] = i as u64 * 3;
                i += 1;
            }
            pack(values)
        };
        let codes = U32s(&const { pack::<3, 12>([1, 5, 9]) });
        for (at, code) in [1, 5, 9].into_iter().enumerate() {
            assert_eq!(search(codes, code), Some(at));
        }
        for missing in [0, 2, 6, 10, u32::MAX] {
            assert_eq!(search(codes, missing), None);
        }
        assert_eq!(search(U32s(&[]), 1), None);
        for len in 0..70_u32 {
            let many = U32s(&MANY[..len as usize * 4]);
            for probe in 0..=(len * 3 + 2) {
                let expected = (probe % 3 == 0 && probe / 3 < len).then_some(probe as usize / 3);
                assert_eq!(search(many, probe), expected, "{len} {probe}");
            }
        }
    }

    #[test]
    fn rows_in_a_table() {
        // Codes 10, 11, 13 and 16 from base 10: rows 0, 1, 2, 3 stored plus one.
        let index = Index::Rows {
            base: 10,
            rows: &[1, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 4, 0],
        };
        let codes = U32s(&const { pack::<4, 16>([10, 11, 13, 16]) });
        for (row, code) in [10, 11, 13, 16].into_iter().enumerate() {
            assert_eq!(find_code(&index, codes, code), Some(row), "{code}");
        }
        for missing in [0, 9, 12, 14, 15, 17, 18, 1_000, u32::MAX] {
            assert_eq!(find_code(&index, codes, missing), None, "{missing}");
        }
        // Rows past 255 use the second byte.
        let wide = Index::Rows {
            base: 0,
            rows: &[0, 0, 0x2c, 0x01],
        };
        assert_eq!(find_code(&wide, U32s(&[]), 1), Some(299));
    }

    #[test]
    fn ranks_in_a_bitmap() {
        // Codes 10, 11, 13, 80 and 200 from base 10: words 0 (bits 0, 1,
        // 3), 1 (bit 6, i.e. 70 + 10) and 2 (bit 62, i.e. 190 + 10).
        let index = Index::Bitmap {
            base: 10,
            bits: U64s(&const { pack::<3, 24>([0b1011, 1 << 6, 1 << 62]) }),
            ranks: U32s(&const { pack::<3, 12>([0, 3, 4]) }),
        };
        let codes = U32s(&const { pack::<5, 20>([10, 11, 13, 80, 200]) });
        for (row, code) in [10, 11, 13, 80, 200].into_iter().enumerate() {
            assert_eq!(find_code(&index, codes, code), Some(row), "{code}");
            assert_eq!(find_code(&Index::Sorted, codes, code), Some(row), "{code}");
        }
        for missing in [0, 9, 12, 14, 73, 79, 81, 199, 201, 202, 1_000, u32::MAX] {
            assert_eq!(find_code(&index, codes, missing), None, "{missing}");
            assert_eq!(find_code(&Index::Sorted, codes, missing), None, "{missing}");
        }
    }

    #[test]
    fn positions_are_always_valid_indexes() {
        let codes = U32s(&const { pack::<4, 16>([3, 5, 9, 4_000]) });
        for (at, code) in [3, 5, 9, 4_000].into_iter().enumerate() {
            assert_eq!(position(codes, code), at);
        }
        assert_eq!(position(codes, 0), 0);
        assert_eq!(position(codes, 6), 1);
        assert_eq!(position(codes, u32::MAX), 3);
        assert_eq!(position(U32s(&[7, 0, 0, 0]), 1), 0);
    }

    #[test]
    #[allow(clippy::cast_possible_truncation)]
    fn finds_names() {
        // A table as the macro builds it, and one where every name
        // collides into a full table.
        const SLOTS: [u8; 32] = {
            let names = ["B", "A", "C", "OLD_C"];
            let mut slots = [u32::MAX as u64; 8];
            let mut value = 0;
            while value < names.len() {
                let mut slot = name_hash(names[value]) as usize & 7;
                while slots[slot] != u32::MAX as u64 {
                    slot = (slot + 1) & 7;
                }
                slots[slot] = value as u64;
                value += 1;
            }
            pack(slots)
        };
        for slots in [U32s(&SLOTS), U32s(&const { pack::<4, 16>([2, 0, 3, 1]) })] {
            assert_eq!(find_name(&TABLE, slots, "B"), Some(0));
            assert_eq!(find_name(&TABLE, slots, "A"), Some(1));
            assert_eq!(find_name(&TABLE, slots, "C"), Some(2));
            assert_eq!(find_name(&TABLE, slots, "OLD_C"), Some(2));
            assert_eq!(find_name(&TABLE, slots, "D"), None);
            assert_eq!(find_name(&TABLE, slots, ""), None);
        }
        assert_eq!(find_name(&TABLE, U32s(&[]), "A"), None);
        // 64-bit FNV-1a of "a", as published.
        assert_eq!(name_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
