//! `parse`'s reader: the values of a message read back with its templates,
//! in time proportional to the length of the text, whatever the text.
//!
//! A template is text and values in turn (`Refund of {amount} cents …`),
//! no two values side by side. Of the ways a text splits into a template's
//! pieces, the reader gives the one whose first value is shortest, then
//! whose second is, and so on: what a search trying each value's ends
//! nearest first would find first. It gets there without the search, which
//! a text built to defeat it (a separator repeated thousands of times) makes
//! take time growing with a power of the length: it reads the text once,
//! left to right, keeping only the partial readings that can still succeed
//! (a Pike VM, in regular-expression terms). Two partial readings in the
//! same place and the same state accept the same rest, so only the one
//! whose values ended earliest is kept — whatever completes the other
//! completes it, and it comes first. The readings alive at once are bounded
//! by the template (one per state of each value's grammar, one per byte of
//! the text between two values), never by the text, so they live in an
//! array on the stack whose size the generated code computes at compile
//! time ([`slots`]).
//!
//! A template that uses a parameter twice cannot be read so: the second use
//! must repeat the first's text, which no bounded state remembers. Such a
//! template is read by the search, which gives up (reads nothing) after a
//! number of steps proportional to the length of the text; a formatted
//! message needs a small fraction of them.

use crate::ParamKind;

mod bytes;
mod grammar;
mod nearest;
mod run;
mod search;
#[cfg(test)]
mod tests;

use bytes::text_at;
use nearest::nearest;
use run::{run, Layout};
/// One piece of a message template, for `parse`: text that must be there
/// as it is, or the value of the parameter at an index.
pub type Piece = errcodes_core::Piece<&'static str>;

/// The slots the reader needs for `templates`: twice the states of each
/// template's values' grammars (the readings at this byte and the next) and
/// a byte of each text between two values (the readings past a value whose
/// text is still to come), for the largest template.
#[must_use]
pub const fn slots<const N: usize>(templates: &[&[Piece]], kinds: &[ParamKind; N]) -> usize {
    let mut most = 1;
    let mut t = 0;
    while t < templates.len() {
        let pieces = templates[t];
        let mut states = 0;
        let mut between = 0;
        let mut pending = 0;
        let mut i = 0;
        while i < pieces.len() {
            match pieces[i] {
                Piece::Text(text) => pending += text.len(),
                Piece::Value(index) => {
                    if index < N {
                        states += grammar::states(kinds[index]);
                    }
                    between += pending;
                    pending = 0;
                }
            }
            i += 1;
        }
        if 2 * states + between > most {
            most = 2 * states + between;
        }
        t += 1;
    }
    most
}

/// The text of each parameter's value in `text`, read with the first of
/// `templates` that matches it whole, or `None`. `S` is at least
/// [`slots`] of the templates (else a template too large reads nothing).
#[must_use]
pub fn read<'t, const N: usize, const S: usize>(
    templates: &[&[Piece]],
    kinds: &[ParamKind; N],
    text: &'t str,
) -> Option<[&'t str; N]> {
    templates.iter().find_map(|pieces| {
        // Most templates a text is not from differ in their first bytes.
        let lead = pieces.iter().take_while(|p| matches!(p, Piece::Text(_)));
        if !text_at(text.as_bytes(), 0, pieces.get(..lead.count())?) {
            return None;
        }
        match shape(pieces, kinds) {
            Shape::Text => nearest(pieces, text),
            Shape::Repeats => search::read(pieces, kinds, text),
            Shape::Typed => {
                let layout = Layout::of(pieces, kinds)?;
                let ends = run::<N, S>(&layout, text.as_bytes())?;
                layout.values_of(&ends, text)
            }
        }
    })
}

/// Which of the three ways a template is read.
enum Shape {
    /// Every value text, each parameter once: [`nearest`].
    Text,
    /// A parameter used twice: the search.
    Repeats,
    /// Some value a number or a boolean: [`run`].
    Typed,
}

fn shape<const N: usize>(pieces: &[Piece], kinds: &[ParamKind; N]) -> Shape {
    let mut seen = [false; N];
    let mut typed = false;
    for piece in pieces {
        if let Piece::Value(index) = *piece {
            let (Some(seen), Some(kind)) = (seen.get_mut(index), kinds.get(index)) else {
                // Not a parameter: the search reads nothing with it.
                return Shape::Repeats;
            };
            if *seen {
                return Shape::Repeats;
            }
            *seen = true;
            typed |= *kind != ParamKind::Str;
        }
    }
    if typed {
        Shape::Typed
    } else {
        Shape::Text
    }
}
