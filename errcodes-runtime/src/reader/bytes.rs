//! Finding a template's text in the bytes of a message: the scans every
//! reader shares, written for the short pieces of a message.

use super::Piece;

/// The length of the text of `pieces`.
pub(super) fn text_len(pieces: &[Piece]) -> usize {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(text) => text.len(),
            Piece::Value(_) => 0,
        })
        .sum()
}

/// Whether the text of `pieces` is in `bytes` at `at`.
pub(super) fn text_at(bytes: &[u8], at: usize, pieces: &[Piece]) -> bool {
    let mut at = at;
    for piece in pieces {
        if let Piece::Text(text) = piece {
            let Some(here) = bytes.get(at..at + text.len()) else {
                return false;
            };
            if !same(here, text.as_bytes()) {
                return false;
            }
            at += text.len();
        }
    }
    true
}

/// The first byte of the text of `pieces`.
pub(super) fn first_byte(pieces: &[Piece]) -> Option<u8> {
    pieces.iter().find_map(|p| match p {
        Piece::Text(text) => text.as_bytes().first().copied(),
        Piece::Value(_) => None,
    })
}

/// Where `byte` first is in `bytes`: eight bytes at a time (a word whose
/// bytes equal to `byte` are zeroed by the XOR, found with the classic
/// zero-byte test, whose lowest flagged byte is always a true one).
#[inline]
pub(super) fn byte_at(bytes: &[u8], byte: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let pattern = ONES * u64::from(byte);
    let mut words = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in words.by_ref() {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word) ^ pattern;
        let zeros = word.wrapping_sub(ONES) & !word & HIGHS;
        if zeros != 0 {
            return Some(at + (zeros.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    words
        .remainder()
        .iter()
        .position(|&b| b == byte)
        .map(|offset| at + offset)
}

/// Whether two slices of the same length hold the same bytes: a loop
/// eight bytes at a time, which for the short pieces of a message beats
/// calling `memcmp`.
#[inline]
pub(super) fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut a_words = a.chunks_exact(8);
    let mut b_words = b.chunks_exact(8);
    for (x, y) in a_words.by_ref().zip(b_words.by_ref()) {
        let word = |bytes: &[u8]| {
            let mut word = [0; 8];
            word.copy_from_slice(bytes);
            u64::from_ne_bytes(word)
        };
        if word(x) != word(y) {
            return false;
        }
    }
    a_words
        .remainder()
        .iter()
        .zip(b_words.remainder())
        .all(|(x, y)| x == y)
}
