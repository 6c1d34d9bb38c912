//! Reading a template whose values are all text: each piece where it
//! first is.

use super::bytes::{byte_at, first_byte, text_at, text_len};
use super::Piece;

/// The reading of a template whose values are all text, each parameter
/// once: each text between two values where it first is. It is the reading
/// [`run`] would give, found without keeping readings: if any reading
/// exists, the nearest place of each text in turn ends each value no later
/// than that reading does (by induction: the first value ends at the first
/// place of the text after it, so the next value starts no later, and so
/// on), which leaves the last value at least as much room — so it is a
/// reading, and the first.
pub(super) fn nearest<'t, const N: usize>(pieces: &[Piece], text: &'t str) -> Option<[&'t str; N]> {
    let bytes = text.as_bytes();
    let mut values = [None; N];
    // Where the next piece starts, and the value that starts there.
    let mut p = 0;
    let mut open = None;
    let mut i = 0;
    while let Some(piece) = pieces.get(i) {
        if let Piece::Value(index) = *piece {
            if open.is_some() {
                // Two values side by side: nothing tells where one ends.
                return None;
            }
            open = Some(index);
            i += 1;
            continue;
        }
        let run_end = pieces[i..]
            .iter()
            .position(|p| matches!(p, Piece::Value(_)))
            .map_or(pieces.len(), |n| i + n);
        let run = &pieces[i..run_end];
        let len = text_len(run);
        let at = match open {
            None => p,
            Some(_) if run_end == pieces.len() => {
                bytes.len().checked_sub(len).filter(|&at| at >= p)?
            }
            Some(_) => {
                let first = first_byte(run)?;
                let mut at = p;
                loop {
                    at += byte_at(bytes.get(at..)?, first)?;
                    if text_at(bytes, at, run) {
                        break at;
                    }
                    at += 1;
                }
            }
        };
        if !text_at(bytes, at, run) {
            return None;
        }
        if let Some(index) = open.take() {
            *values.get_mut(index)? = Some(text.get(p..at)?);
        }
        p = at + len;
        i = run_end;
    }
    match open {
        Some(index) => *values.get_mut(index)? = Some(text.get(p..)?),
        None if p != bytes.len() => return None,
        None => {}
    }
    let mut out = [""; N];
    for (out, value) in out.iter_mut().zip(values) {
        *out = value?;
    }
    Some(out)
}
