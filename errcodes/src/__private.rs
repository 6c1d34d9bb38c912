//! Helpers for the generated code. Not public API: they change without notice.

use core::fmt::{self, Write as _};

use crate::{Entry, UnknownCode, UnknownName};

/// The error of `TryFrom<u32>`: `code` is not a code of the enum `enum_name`.
#[inline]
#[must_use]
pub const fn not_a_code(code: u32, enum_name: &'static str) -> UnknownCode {
    UnknownCode::new(code, enum_name)
}

/// The error of `FromStr`: `name` is not a name of the enum `enum_name`.
#[inline]
#[must_use]
pub fn not_a_name(name: &str, enum_name: &'static str) -> UnknownName {
    UnknownName::new(name, enum_name)
}

#[cfg(feature = "serde")]
pub use serde;

/// How a generated enum finds the row of a number, chosen by the macro for
/// the catalog's numbers.
#[derive(Debug)]
pub enum Index {
    /// Bit `n` of `bits` (64 to a word) is set when `base + n` is a code;
    /// `ranks[w]` counts the codes before word `w`.
    Bitmap {
        base: u32,
        bits: &'static [u64],
        ranks: &'static [u32],
    },
    /// A binary search of the sorted numbers, for numbers spread too thinly.
    Sorted,
}

/// The row of `code` among `codes` (sorted; may be empty), if it is there.
#[inline]
#[must_use]
pub const fn find_code(index: &Index, codes: &[u32], code: u32) -> Option<usize> {
    match index {
        Index::Bitmap { base, bits, ranks } => rank(*base, bits, ranks, code),
        Index::Sorted => search(codes, code),
    }
}

/// The row of `code` in a bitmap index: the codes before its word, plus the
/// set bits below it in the word. Constant time.
#[inline]
#[must_use]
const fn rank(base: u32, bits: &[u64], ranks: &[u32], code: u32) -> Option<usize> {
    let Some(offset) = code.checked_sub(base) else {
        return None;
    };
    let word = (offset / 64) as usize;
    if word >= bits.len() || word >= ranks.len() {
        return None;
    }
    let bit = offset % 64;
    let bits = bits[word];
    if bits & (1 << bit) == 0 {
        return None;
    }
    let below = bits & ((1 << bit) - 1);
    Some(ranks[word] as usize + below.count_ones() as usize)
}

/// The position of `code` in `codes` (sorted; may be empty), if it is there.
#[inline]
#[must_use]
pub const fn search(codes: &[u32], code: u32) -> Option<usize> {
    if codes.is_empty() {
        return None;
    }
    let at = position(codes, code);
    if codes[at] == code {
        Some(at)
    } else {
        None
    }
}

/// The position of the last number in `codes` (sorted, not empty) that is
/// at most `code`, or 0: always a valid index, and the position of `code`
/// itself when it is in `codes`.
///
/// Branch-free halving over a dense `u32` array: the loop runs the same
/// number of steps for every input, so the CPU does not mispredict on the
/// comparisons, and four bytes per code keep the search in few cache lines.
#[inline]
#[must_use]
const fn position(codes: &[u32], code: u32) -> usize {
    let mut base = 0;
    let mut size = codes.len();
    while size > 1 {
        let half = size / 2;
        let mid = base + half;
        // Compiles to a conditional move, not a branch.
        base = if codes[mid] <= code { mid } else { base };
        size -= half;
    }
    base
}

/// The position in `entries` of the entry named `name`; `by_name` lists
/// positions in `entries` in ascending order of name.
#[inline]
#[must_use]
pub fn find_name(entries: &[Entry], by_name: &[usize], name: &str) -> Option<usize> {
    by_name
        .binary_search_by(|&index| entries[index].name().cmp(name))
        .ok()
        .map(|at| by_name[at])
}

/// `Display` of a generated enum.
#[inline]
pub fn display(entry: &Entry, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    fmt::Display::fmt(entry, f)
}

/// `Debug` of a generated enum: the catalog name in `UpperCamelCase` word by
/// word (`OBJECT_NOT_FOUND` → `ObjectNotFound`), the variant's own name.
#[inline]
pub fn debug(name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    for word in name.split('_') {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            f.write_char(first.to_ascii_uppercase())?;
        }
        for c in chars {
            f.write_char(c.to_ascii_lowercase())?;
        }
    }
    Ok(())
}

/// The error of deserializing a number that is not a code of `catalog`.
#[cfg(feature = "serde")]
#[inline]
#[must_use]
pub fn unknown_code<E: serde::de::Error>(code: u32, catalog: &str) -> E {
    E::custom(format_args!(
        "unknown error code {code}: not a code of {catalog}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRIES: &[Entry] = &[
        Entry::__new(1, "B", &["one"], None, None, &[], None),
        Entry::__new(5, "A", &["five"], None, None, &[], None),
        Entry::__new(9, "C", &["nine"], None, None, &[], None),
    ];

    #[test]
    fn finds_codes() {
        let codes: [u32; 3] = [1, 5, 9];
        for (at, &code) in codes.iter().enumerate() {
            assert_eq!(search(&codes, code), Some(at));
        }
        for missing in [0, 2, 6, 10, u32::MAX] {
            assert_eq!(search(&codes, missing), None);
        }
        assert_eq!(search(&[], 1), None);
        // Every length and position, hits and misses.
        let mut many = [0_u32; 70];
        for (i, code) in many.iter_mut().enumerate() {
            *code = u32::try_from(i).unwrap() * 3;
        }
        for len in 0..many.len() {
            for probe in 0..=(u32::try_from(len).unwrap() * 3 + 2) {
                let expected = many[..len].iter().position(|&c| c == probe);
                assert_eq!(search(&many[..len], probe), expected, "{len} {probe}");
            }
        }
    }

    #[test]
    fn ranks_in_a_bitmap() {
        // Codes 10, 11, 13, 80 and 200 from base 10: words 0 (bits 0, 1,
        // 3), 1 (bit 6, i.e. 70 + 10) and 2 (bit 62, i.e. 190 + 10).
        let index = Index::Bitmap {
            base: 10,
            bits: &[0b1011, 1 << 6, 1 << 62],
            ranks: &[0, 3, 4],
        };
        let codes = [10, 11, 13, 80, 200];
        for (row, &code) in codes.iter().enumerate() {
            assert_eq!(find_code(&index, &codes, code), Some(row), "{code}");
            assert_eq!(find_code(&Index::Sorted, &codes, code), Some(row), "{code}");
        }
        for missing in [0, 9, 12, 14, 73, 79, 81, 199, 201, 202, 1_000, u32::MAX] {
            assert_eq!(find_code(&index, &codes, missing), None, "{missing}");
            assert_eq!(
                find_code(&Index::Sorted, &codes, missing),
                None,
                "{missing}"
            );
        }
    }

    #[test]
    fn positions_are_always_valid_indexes() {
        let codes: [u32; 4] = [3, 5, 9, 4_000];
        for (at, &code) in codes.iter().enumerate() {
            assert_eq!(position(&codes, code), at);
        }
        assert_eq!(position(&codes, 0), 0);
        assert_eq!(position(&codes, 6), 1);
        assert_eq!(position(&codes, u32::MAX), 3);
        assert_eq!(position(&[7], 1), 0);
    }

    #[test]
    fn finds_names() {
        let by_name = [1, 0, 2];
        assert_eq!(find_name(ENTRIES, &by_name, "A"), Some(1));
        assert_eq!(find_name(ENTRIES, &by_name, "C"), Some(2));
        assert_eq!(find_name(ENTRIES, &by_name, "D"), None);
    }
}
