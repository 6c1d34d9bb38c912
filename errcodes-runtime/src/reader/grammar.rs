//! The grammar of a value of each parameter type, as a small automaton
//! that reads one byte at a time: what `parse` accepts for a number is
//! exactly what Rust's `FromStr` accepts (`+7`, `007`, `-0` for signed
//! types, `1.`, `.5`, `1e-3`, `inf`, `NaN` in any case), decided without
//! converting, so the reader never needs more than the current state.
//!
//! A whole number's state keeps how many significant digits it has read
//! and how they compare with the type's limit so far, which is all the
//! future depends on: two readings in the same state accept the same rest.

// Every state and word length here is below 128.
#![allow(clippy::cast_possible_truncation)]

use crate::ParamKind;

/// The state every value starts in.
pub(crate) const START: u16 = 0;

/// The most states any type's automaton has (`i64`'s).
pub(crate) const MOST_STATES: usize = 123;

/// How a whole number's significant digits compare with its type's limit,
/// digit by digit: below, equal so far, above.
const BELOW: u16 = 0;
const EQUAL: u16 = 1;
const ABOVE: u16 = 2;

/// The digits of the largest value of a whole type, and of the magnitude of
/// its smallest (for signed types).
struct Whole {
    max: &'static [u8],
    min: Option<&'static [u8]>,
}

const fn whole(kind: ParamKind) -> Option<Whole> {
    match kind {
        ParamKind::U32 => Some(Whole {
            max: b"4294967295",
            min: None,
        }),
        ParamKind::U64 => Some(Whole {
            max: b"18446744073709551615",
            min: None,
        }),
        ParamKind::I32 => Some(Whole {
            max: b"2147483647",
            min: Some(b"2147483648"),
        }),
        ParamKind::I64 => Some(Whole {
            max: b"9223372036854775807",
            min: Some(b"9223372036854775808"),
        }),
        ParamKind::Str | ParamKind::Bool | ParamKind::F64 => None,
    }
}

// The states of a decimal (`f64`).
const D_SIGN: u16 = 1;
const D_INT: u16 = 2;
const D_POINT: u16 = 3;
const D_INT_POINT: u16 = 4;
const D_FRACTION: u16 = 5;
const D_E: u16 = 6;
const D_E_SIGN: u16 = 7;
const D_EXPONENT: u16 = 8;
// `inf`, `infinity` and `nan`, a letter at a time from 9.
const D_WORDS: u16 = 9;
const INFINITY: &[u8] = b"infinity";
const NAN: &[u8] = b"nan";
const D_NAN: u16 = D_WORDS + INFINITY.len() as u16;
const DECIMAL_STATES: u16 = D_NAN + NAN.len() as u16;

// The states of a boolean: a letter of `true` at a time from 1, of `false`
// from 5.
const TRUE: &[u8] = b"true";
const FALSE: &[u8] = b"false";

/// How many states the automaton of `kind` has (its states are
/// `0..states(kind)`).
#[must_use]
pub(crate) const fn states(kind: ParamKind) -> usize {
    match kind {
        ParamKind::Str => 1,
        ParamKind::Bool => 1 + TRUE.len() + FALSE.len(),
        ParamKind::F64 => DECIMAL_STATES as usize,
        ParamKind::U32 | ParamKind::U64 | ParamKind::I32 | ParamKind::I64 => {
            let Some(whole) = whole(kind) else {
                return 1;
            };
            let signs = if whole.min.is_some() { 2 } else { 1 };
            3 + signs * (whole.max.len() + 1) * 3
        }
    }
}

/// The state after reading `byte` in `state` of `kind`'s automaton, or
/// `None` when no value of the type goes on so.
#[must_use]
pub(crate) fn step(kind: ParamKind, state: u16, byte: u8) -> Option<u16> {
    match kind {
        ParamKind::Str => Some(START),
        ParamKind::Bool => boolean_step(state, byte),
        ParamKind::F64 => decimal_step(state, byte),
        ParamKind::U32 | ParamKind::U64 | ParamKind::I32 | ParamKind::I64 => {
            whole_step(&whole(kind)?, state, byte)
        }
    }
}

/// Whether a value of `kind` may end in `state`.
#[must_use]
pub(crate) fn accepts(kind: ParamKind, state: u16) -> bool {
    match kind {
        ParamKind::Str => true,
        ParamKind::Bool => state == TRUE.len() as u16 || state == (TRUE.len() + FALSE.len()) as u16,
        ParamKind::F64 => {
            matches!(state, D_INT | D_INT_POINT | D_FRACTION | D_EXPONENT)
                || state == D_WORDS + 2
                || state == D_WORDS + INFINITY.len() as u16 - 1
                || state == D_NAN + NAN.len() as u16 - 1
        }
        // Every number state: the steps refuse a digit too many.
        ParamKind::U32 | ParamKind::U64 | ParamKind::I32 | ParamKind::I64 => state >= 3,
    }
}

/// `true` from state 1 (after `t`) to 4, `false` from 5 (after `f`) to 9.
fn boolean_step(state: u16, byte: u8) -> Option<u16> {
    let (word, first, read) = if state == START {
        return match byte {
            b't' => Some(1),
            b'f' => Some(TRUE.len() as u16 + 1),
            _ => None,
        };
    } else if usize::from(state) <= TRUE.len() {
        (TRUE, 1, usize::from(state))
    } else {
        (
            FALSE,
            TRUE.len() as u16 + 1,
            usize::from(state) - TRUE.len(),
        )
    };
    (word.get(read) == Some(&byte)).then_some(first + read as u16)
}

fn decimal_step(state: u16, byte: u8) -> Option<u16> {
    let digit = byte.is_ascii_digit();
    let e = byte == b'e' || byte == b'E';
    let sign = byte == b'+' || byte == b'-';
    let lower = byte.to_ascii_lowercase();
    match state {
        START | D_SIGN => {
            if digit {
                Some(D_INT)
            } else if byte == b'.' {
                Some(D_POINT)
            } else if sign && state == START {
                Some(D_SIGN)
            } else if lower == INFINITY[0] {
                Some(D_WORDS)
            } else if lower == NAN[0] {
                Some(D_NAN)
            } else {
                None
            }
        }
        D_INT if byte == b'.' => Some(D_INT_POINT),
        D_INT | D_INT_POINT | D_FRACTION if e => Some(D_E),
        D_INT if digit => Some(D_INT),
        D_POINT | D_INT_POINT | D_FRACTION if digit => Some(D_FRACTION),
        D_E if sign => Some(D_E_SIGN),
        D_E | D_E_SIGN | D_EXPONENT if digit => Some(D_EXPONENT),
        _ if state >= D_NAN => {
            let read = usize::from(state - D_NAN) + 1;
            (NAN.get(read) == Some(&lower)).then_some(state + 1)
        }
        _ if state >= D_WORDS => {
            let read = usize::from(state - D_WORDS) + 1;
            (INFINITY.get(read) == Some(&lower)).then_some(state + 1)
        }
        _ => None,
    }
}

/// States 1 and 2 are after `+` and `-`; from 3, `(negative, digits,
/// comparison)` three to a digit count, where `digits` counts the
/// significant digits (0 after only zeros).
fn whole_step(whole: &Whole, state: u16, byte: u8) -> Option<u16> {
    let most = whole.max.len();
    let encode = |negative: bool, digits: usize, compared: u16| {
        let at = (usize::from(negative) * (most + 1) + digits) * 3 + usize::from(compared);
        u16::try_from(3 + at).ok()
    };
    let (negative, digits, compared) = match state {
        START => match byte {
            b'+' => return Some(1),
            b'-' => return whole.min.map(|_| 2),
            _ => (false, 0, EQUAL),
        },
        1 => (false, 0, EQUAL),
        2 if whole.min.is_some() => (true, 0, EQUAL),
        2 => return None,
        _ => {
            let at = usize::from(state - 3);
            let number = at / 3;
            (number > most, number % (most + 1), (at % 3) as u16)
        }
    };
    if !byte.is_ascii_digit() {
        return None;
    }
    if digits == 0 && byte == b'0' {
        return encode(negative, 0, EQUAL);
    }
    let digits = digits + 1;
    let limit = if negative { whole.min? } else { whole.max };
    let compared = match (compared, limit.get(digits - 1)) {
        (EQUAL, Some(&bound)) => match byte.cmp(&bound) {
            core::cmp::Ordering::Less => BELOW,
            core::cmp::Ordering::Equal => EQUAL,
            core::cmp::Ordering::Greater => ABOVE,
        },
        (_, None) => return None,
        (compared, Some(_)) => compared,
    };
    if digits == most && compared == ABOVE {
        return None;
    }
    encode(negative, digits, compared)
}

/// Whether `text` reads whole as a value of `kind`, by the automaton.
#[cfg(test)]
fn reads(kind: ParamKind, text: &str) -> bool {
    let mut state = START;
    for &byte in text.as_bytes() {
        match step(kind, state, byte) {
            Some(next) => state = next,
            None => return false,
        }
    }
    accepts(kind, state)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KINDS: [ParamKind; 7] = ParamKind::ALL;

    #[test]
    fn states_stay_in_range() {
        for kind in KINDS {
            assert!(states(kind) <= MOST_STATES);
            for state in 0..states(kind) as u16 {
                for byte in 0..=255 {
                    if let Some(next) = step(kind, state, byte) {
                        assert!(usize::from(next) < states(kind), "{kind} {state} {byte}");
                    }
                }
            }
        }
        assert_eq!(states(ParamKind::I64), MOST_STATES);
    }

    #[test]
    fn every_short_text_reads_as_from_str_does() {
        // Every text of up to four bytes from an alphabet of the grammar's
        // own characters and a few others.
        const ALPHABET: &[u8] = b"019+-.eEinfatyNIxu ";
        let mut text = [0_u8; 4];
        for len in 0..=4 {
            let count = ALPHABET.len().pow(len as u32);
            for mut index in 0..count {
                for byte in &mut text[..len] {
                    *byte = ALPHABET[index % ALPHABET.len()];
                    index /= ALPHABET.len();
                }
                let text = core::str::from_utf8(&text[..len]).unwrap();
                for kind in KINDS {
                    assert_eq!(reads(kind, text), kind.reads(text), "{kind} {text:?}");
                }
            }
        }
    }

    #[test]
    fn limits_and_long_texts_read_as_from_str_does() {
        let mut texts = std::vec::Vec::new();
        for bound in [
            "4294967295",
            "18446744073709551615",
            "2147483647",
            "2147483648",
            "9223372036854775807",
            "9223372036854775808",
        ] {
            let n: u128 = bound.parse().unwrap();
            for delta in [0, 1, 2, 10, 100] {
                for value in [n - delta, n + delta] {
                    for prefix in ["", "+", "-", "000", "-00", "+0"] {
                        texts.push(std::format!("{prefix}{value}"));
                    }
                }
            }
        }
        texts.push("0".repeat(5_000));
        texts.push(std::format!("-{}1", "0".repeat(5_000)));
        texts.push(std::format!(
            "{}.{}e-{}",
            "9".repeat(400),
            "1".repeat(400),
            "7".repeat(30)
        ));
        texts.push("1".repeat(21));
        texts.push("infinity".into());
        texts.push("INFINITYy".into());
        texts.push("truee".into());
        texts.push("fals".into());
        for text in &texts {
            for kind in KINDS {
                assert_eq!(reads(kind, text), kind.reads(text), "{kind} {text:?}");
            }
        }
    }
}
