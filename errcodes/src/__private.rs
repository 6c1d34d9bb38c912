//! Helpers for the generated code. Not public API: they change without notice.

use core::fmt::{self, Write as _};

use crate::Entry;

#[cfg(feature = "serde")]
pub use serde;

/// The position of `code` in `codes` (sorted; may be empty), if it is there.
#[inline]
#[must_use]
pub const fn find_code(codes: &[u32], code: u32) -> Option<usize> {
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
pub const fn position(codes: &[u32], code: u32) -> usize {
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
        Entry(1, "B", &["one"], None, None, &[], None),
        Entry(5, "A", &["five"], None, None, &[], None),
        Entry(9, "C", &["nine"], None, None, &[], None),
    ];

    #[test]
    fn finds_codes() {
        let codes: [u32; 3] = [1, 5, 9];
        for (at, &code) in codes.iter().enumerate() {
            assert_eq!(find_code(&codes, code), Some(at));
        }
        for missing in [0, 2, 6, 10, u32::MAX] {
            assert_eq!(find_code(&codes, missing), None);
        }
        assert_eq!(find_code(&[], 1), None);
        // Every length and position, hits and misses.
        let mut many = [0_u32; 70];
        for (i, code) in many.iter_mut().enumerate() {
            *code = u32::try_from(i).unwrap() * 3;
        }
        for len in 0..many.len() {
            for probe in 0..=(u32::try_from(len).unwrap() * 3 + 2) {
                let expected = many[..len].iter().position(|&c| c == probe);
                assert_eq!(find_code(&many[..len], probe), expected, "{len} {probe}");
            }
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
