//! The readers against the search they replace, and their documented cases.

use super::bytes::byte_at;
use super::*;
use std::boxed::Box;
use std::string::String;
use std::vec::Vec;

/// The search without a limit: the answers the reader must give.
fn searched<'t>(pieces: &[Piece], kinds: &[ParamKind], text: &'t str) -> Option<Vec<&'t str>> {
    fn matches<'t>(
        pieces: &[Piece],
        kinds: &[ParamKind],
        rest: &'t str,
        slots: &mut [Option<&'t str>],
    ) -> bool {
        let Some((first, later)) = pieces.split_first() else {
            return rest.is_empty();
        };
        match *first {
            Piece::Text(text) => rest
                .strip_prefix(text)
                .is_some_and(|rest| matches(later, kinds, rest, slots)),
            Piece::Value(index) => {
                if let Some(seen) = slots[index] {
                    return rest
                        .strip_prefix(seen)
                        .is_some_and(|rest| matches(later, kinds, rest, slots));
                }
                for end in (0..=rest.len()).filter(|&end| rest.is_char_boundary(end)) {
                    if matches!(later.first(), Some(Piece::Value(_))) {
                        return false;
                    }
                    if kinds[index].reads(&rest[..end]) {
                        slots[index] = Some(&rest[..end]);
                        if matches(later, kinds, &rest[end..], slots) {
                            return true;
                        }
                        slots[index] = None;
                    }
                }
                false
            }
        }
    }
    let mut slots = std::vec![None; kinds.len()];
    if !matches(pieces, kinds, text, &mut slots) {
        return None;
    }
    slots.into_iter().collect()
}

/// A small deterministic generator (xorshift).
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).unwrap()
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

const KINDS: [ParamKind; 3] = [ParamKind::Str, ParamKind::U32, ParamKind::F64];

#[test]
fn reads_as_the_search_does() {
    // Templates and texts from a few pieces that overlap each other,
    // numbers' characters among them, so most texts split many ways.
    const TEXTS: &[&str] = &[
        "a", "'", ", ", "', '", "1", "e", "-", ".", "0", "é", " (", ")",
    ];
    let mut random = Random(0x0dd_ba11);
    let mut compared = 0;
    for _ in 0..20_000 {
        let mut kinds = [ParamKind::Str; 3];
        for kind in &mut kinds {
            *kind = KINDS[random.below(3)];
        }
        let mut pieces = Vec::new();
        if random.below(2) == 0 {
            pieces.push(Piece::Text(random.pick(TEXTS)));
        }
        let values = 1 + random.below(4);
        for at in 0..values {
            // Each parameter once, then (sometimes) one again.
            let index = if at < 3 { at } else { random.below(3) };
            if at > 0 {
                let between: String = (0..=random.below(2)).map(|_| random.pick(TEXTS)).collect();
                pieces.push(Piece::Text(Box::leak(between.into_boxed_str())));
            }
            pieces.push(Piece::Value(index));
        }
        if random.below(2) == 0 {
            pieces.push(Piece::Text(random.pick(TEXTS)));
        }
        let used = values.min(3);
        let kinds = &kinds;
        let pieces = &*Box::leak(pieces.into_boxed_slice());
        for _ in 0..8 {
            let text: String = (0..random.below(12)).map(|_| random.pick(TEXTS)).collect();
            let want = searched(pieces, &kinds[..used], &text);
            let got: Option<Vec<&str>> = match used {
                1 => read::<1, 4096>(&[pieces], &[kinds[0]], &text).map(|v| v.to_vec()),
                2 => read::<2, 4096>(&[pieces], &[kinds[0], kinds[1]], &text).map(|v| v.to_vec()),
                _ => read::<3, 4096>(&[pieces], kinds, &text).map(|v| v.to_vec()),
            };
            assert_eq!(got, want, "{pieces:?} {kinds:?} {text:?}");
            compared += usize::from(want.is_some());
        }
    }
    // Not every text refused: the comparison saw readings.
    assert!(compared > 2_000, "{compared}");
}

#[test]
#[allow(clippy::items_after_statements)]
fn reads_the_documented_cases() {
    use errcodes_core::Piece::{Text, Value};
    const KINDS: [ParamKind; 2] = [ParamKind::Str, ParamKind::U32];
    let refund: &[Piece] = &[
        Text("Refund "),
        Value(1),
        Text(" to '"),
        Value(0),
        Text("'."),
    ];
    let twice: &[Piece] = &[Value(0), Text(" ("), Value(0), Text(") "), Value(1)];
    let templates: &[&[Piece]] = &[refund, twice];
    const S: usize = slots(
        &[&[
            Text("Refund "),
            Value(1),
            Text(" to '"),
            Value(0),
            Text("'."),
        ]],
        &KINDS,
    );
    assert_eq!(
        S,
        2 * (1 + grammar::states(ParamKind::U32)) + "Refund ".len() + " to '".len()
    );
    let read_text = |text| read::<2, 200>(templates, &KINDS, text);
    assert_eq!(read_text("Refund 7 to 'ann'."), Some(["ann", "7"]));
    assert_eq!(read_text("Refund 7 to ''.'."), Some(["'.", "7"]));
    assert_eq!(read_text("Refund x to 'a'."), None);
    assert_eq!(read_text("a (b (a) 1"), None);
    assert_eq!(read_text("a (b (a (b) 1"), Some(["a (b", "1"]));
    assert_eq!(read_text("a (a) 1) 2"), None);
    let touching: &[Piece] = &[Value(0), Value(1)];
    assert_eq!(read::<2, 200>(&[touching], &KINDS, "a1"), None);
    // Too few slots: nothing read rather than a wrong answer.
    assert_eq!(read::<2, 4>(&[refund], &KINDS, "Refund 7 to 'ann'."), None);
}

#[test]
fn finds_bytes() {
    // Every length and place, and bytes whose neighbours differ by one
    // (where a zero-byte test borrows).
    for len in 0..40 {
        let mut all = [0_u8; 40];
        for (i, b) in all.iter_mut().enumerate() {
            *b = b"abcdefg"[i % 7];
        }
        let bytes = &mut all[..len];
        for at in 0..len {
            let saved = bytes[at];
            bytes[at] = b'\'';
            assert_eq!(byte_at(bytes, b'\''), Some(at), "{len} {at}");
            bytes[at] = saved;
        }
        assert_eq!(byte_at(bytes, b'z'), None);
    }
    assert_eq!(byte_at(&[1, 0, 1, 0, 1, 1, 1, 1, 1], 1), Some(0));
    assert_eq!(byte_at(&[0, 0, 0, 0, 0, 0, 0, 2, 1, 1], 1), Some(8));
    assert_eq!(
        byte_at(&[0x80, 0x81, 0x7f, 0, 1, 0, 0, 0, 0x81], 1),
        Some(4)
    );
}
