//! The search, for templates that use a parameter twice: each value's ends
//! tried nearest first, backtracking, a value used again matched as the text
//! it read the first time. Every byte it looks at costs a step, and it
//! reads nothing once the steps run out.

use super::bytes::{byte_at, same};
use super::Piece;
use crate::ParamKind;

/// Steps per byte of text and piece of template: a formatted message
/// takes a few per byte.
const STEPS: usize = 64;

pub(super) fn read<'t, const N: usize>(
    pieces: &[Piece],
    kinds: &[ParamKind; N],
    text: &'t str,
) -> Option<[&'t str; N]> {
    let mut slots = [None; N];
    let mut steps = STEPS
        .saturating_mul(text.len().saturating_add(1))
        .saturating_mul(pieces.len().max(1));
    if !matches(pieces, kinds, text, &mut slots, &mut steps) {
        return None;
    }
    let mut values = [""; N];
    for (value, slot) in values.iter_mut().zip(slots) {
        *value = slot?;
    }
    Some(values)
}

/// Takes `cost` steps, or says there are not that many left.
fn spend(steps: &mut usize, cost: usize) -> bool {
    let left = steps.checked_sub(cost.max(1));
    *steps = left.unwrap_or(0);
    left.is_some()
}

/// Whether `pieces` match all of `rest`, given the values read so far;
/// on success the slots hold every value the pieces use.
fn matches<'t>(
    pieces: &[Piece],
    kinds: &[ParamKind],
    rest: &'t str,
    slots: &mut [Option<&'t str>],
    steps: &mut usize,
) -> bool {
    let Some((first, later)) = pieces.split_first() else {
        return rest.is_empty();
    };
    if !spend(steps, 1) {
        return false;
    }
    let index = match *first {
        Piece::Text(text) => {
            return spend(steps, text.len())
                && rest
                    .strip_prefix(text)
                    .is_some_and(|rest| matches(later, kinds, rest, slots, steps));
        }
        Piece::Value(index) => index,
    };
    let (Some(&kind), Some(&seen)) = (kinds.get(index), slots.get(index)) else {
        return false;
    };
    if let Some(seen) = seen {
        return spend(steps, seen.len())
            && rest
                .strip_prefix(seen)
                .is_some_and(|rest| matches(later, kinds, rest, slots, steps));
    }
    let next = match later.first() {
        None => {
            let read = spend(steps, rest.len()) && kind.reads(rest);
            if read {
                slots[index] = Some(rest);
            }
            return read;
        }
        Some(Piece::Text(next)) => *next,
        Some(Piece::Value(_)) => return false,
    };
    let mut from = 0;
    while let Some(end) = find(rest.as_bytes(), next.as_bytes(), from) {
        if !spend(steps, end - from + next.len()) {
            return false;
        }
        let value = &rest[..end];
        if spend(steps, value.len()) && kind.reads(value) {
            slots[index] = Some(value);
            if matches(later, kinds, &rest[end..], slots, steps) {
                return true;
            }
            slots[index] = None;
        }
        if *steps == 0 {
            return false;
        }
        // On to the next byte: the next place may overlap this one.
        from = end + 1;
    }
    false
}

/// Where `needle` (not empty, the bytes of a `str`) next starts in
/// `haystack` at or after `from`: a scan for its first byte, then a
/// comparison. Messages are short, so this beats `str::find`, whose
/// searcher is prepared anew for every call. The first byte of a `str`
/// starts a character, so every place found is a character boundary.
fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let (&first, _) = needle.split_first()?;
    let last_start = haystack.len().checked_sub(needle.len())?;
    let mut at = from;
    while at <= last_start {
        at += byte_at(&haystack[at..=last_start], first)?;
        if same(&haystack[at..at + needle.len()], needle) {
            return Some(at);
        }
        at += 1;
    }
    None
}
