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

use crate::grammar::{MOST_STATES, START};
use crate::ParamKind;

/// One piece of a message template, for `parse`: text that must be there
/// as it is, or the value of the parameter at an index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    /// Text as it is in the message.
    Text(&'static str),
    /// The value of the parameter at this index.
    Value(usize),
}

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
                        states += kinds[index].states();
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

/// One value of a template, in the template's order.
#[derive(Debug, Clone, Copy)]
struct Value<'p> {
    param: usize,
    kind: ParamKind,
    /// Its first slot in each half of the live readings.
    base: usize,
    /// The text after it, up to the next value or the template's end.
    after: &'p [Piece],
    after_len: usize,
    /// The first slot of its readings waiting for the end of `after`.
    queue: usize,
}

const NO_VALUE: Value<'static> = Value {
    param: 0,
    kind: ParamKind::Str,
    base: 0,
    after: &[],
    after_len: 0,
    queue: 0,
};

/// A template laid out for the reader.
struct Layout<'p, const N: usize> {
    lead: &'p [Piece],
    lead_len: usize,
    values: [Value<'p>; N],
    count: usize,
    /// The slots of one half of the live readings.
    live: usize,
    /// All the slots used.
    used: usize,
}

impl<'p, const N: usize> Layout<'p, N> {
    /// `None` for a template no text matches: two values side by side, or
    /// a parameter that is not one of the `N` (neither is in a checked
    /// catalog).
    fn of(pieces: &'p [Piece], kinds: &[ParamKind; N]) -> Option<Self> {
        let lead_end = pieces
            .iter()
            .position(|p| matches!(p, Piece::Value(_)))
            .unwrap_or(pieces.len());
        let lead = &pieces[..lead_end];
        let mut layout = Layout {
            lead,
            lead_len: text_len(lead),
            values: [NO_VALUE; N],
            count: 0,
            live: 0,
            used: 0,
        };
        let mut at = lead_end;
        while let Some(&Piece::Value(param)) = pieces.get(at) {
            let kind = *kinds.get(param)?;
            let end = pieces[at + 1..]
                .iter()
                .position(|p| matches!(p, Piece::Value(_)))
                .map_or(pieces.len(), |n| at + 1 + n);
            let after = &pieces[at + 1..end];
            let after_len = text_len(after);
            if after_len == 0 && end < pieces.len() {
                return None;
            }
            *layout.values.get_mut(layout.count)? = Value {
                param,
                kind,
                base: layout.live,
                after,
                after_len,
                queue: 0,
            };
            layout.count += 1;
            layout.live += kind.states();
            at = end;
        }
        layout.used = 2 * layout.live;
        for value in &mut layout.values[..layout.count.saturating_sub(1)] {
            value.queue = layout.used;
            layout.used += value.after_len;
        }
        Some(layout)
    }

    /// The values' texts, given where each value (in template order) ends.
    fn values_of<'t>(&self, ends: &[usize; N], text: &'t str) -> Option<[&'t str; N]> {
        let mut values = [None; N];
        let mut start = self.lead_len;
        for (value, &end) in self.values[..self.count].iter().zip(ends) {
            *values.get_mut(value.param)? = Some(text.get(start..end)?);
            start = end + value.after_len;
        }
        let mut out = [""; N];
        for (out, value) in out.iter_mut().zip(values) {
            *out = value?;
        }
        Some(out)
    }
}

/// The length of the text of `pieces`.
fn text_len(pieces: &[Piece]) -> usize {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(text) => text.len(),
            Piece::Value(_) => 0,
        })
        .sum()
}

/// Whether the text of `pieces` is in `bytes` at `at`.
fn text_at(bytes: &[u8], at: usize, pieces: &[Piece]) -> bool {
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
fn first_byte(pieces: &[Piece]) -> Option<u8> {
    pieces.iter().find_map(|p| match p {
        Piece::Text(text) => text.as_bytes().first().copied(),
        Piece::Value(_) => None,
    })
}

/// The reading of a template whose values are all text, each parameter
/// once: each text between two values where it first is. It is the reading
/// [`run`] would give, found without keeping readings: if any reading
/// exists, the nearest place of each text in turn ends each value no later
/// than that reading does (by induction: the first value ends at the first
/// place of the text after it, so the next value starts no later, and so
/// on), which leaves the last value at least as much room — so it is a
/// reading, and the first.
fn nearest<'t, const N: usize>(pieces: &[Piece], text: &'t str) -> Option<[&'t str; N]> {
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

/// A partial reading: where each value of the template (in its order) has
/// ended so far (0 for those still to come), and for a reading past a
/// value, the byte its next value starts at.
#[derive(Debug, Clone, Copy)]
struct Slot<const N: usize> {
    at: usize,
    ends: [usize; N],
}

/// The states of a value that hold a reading, one bit each.
type Live = [u64; MOST_STATES.div_ceil(64)];

/// The live readings of every value at one byte.
struct Half<const N: usize> {
    live: [Live; N],
}

impl<const N: usize> Half<N> {
    const EMPTY: Self = Half {
        live: [[0; MOST_STATES.div_ceil(64)]; N],
    };

    fn any(&self, value: usize) -> bool {
        self.live[value].iter().any(|&word| word != 0)
    }
}

/// The reader: the best reading of the whole text, as the ends of the
/// template's values.
#[allow(clippy::too_many_lines)]
fn run<const N: usize, const S: usize>(layout: &Layout<'_, N>, bytes: &[u8]) -> Option<[usize; N]> {
    let n = bytes.len();
    let count = layout.count;
    if layout.used > S || !text_at(bytes, 0, layout.lead) {
        return None;
    }
    if count == 0 {
        return (layout.lead_len == n).then_some([0; N]);
    }
    let values = &layout.values[..count];
    let mut slots = [Slot {
        at: 0,
        ends: [0; N],
    }; S];
    // The readings at this byte are in the half from `now`; the next
    // byte's are built in the other.
    let mut now = Half::<N>::EMPTY;
    let mut now_at = 0;
    // The readings waiting for the text after each value to end: a ring of
    // `after_len` slots from its `queue`, the first at `head`.
    let mut head = [0_usize; N];
    let mut waiting = [0_usize; N];
    // Where the text after each value next starts with its first byte (a
    // position at or before the current one means not looked for yet).
    let mut next_first = [0_usize; N];
    let mut best: Option<[usize; N]> = None;

    // A reading in state `state` of value `value`, kept unless one that
    // ended its values no later is there.
    let keep = |slots: &mut [Slot<N>; S],
                half: &mut Half<N>,
                half_at: usize,
                value: usize,
                state: u16,
                ends: &[usize; N]| {
        let word = usize::from(state / 64);
        let bit = 1_u64 << (state % 64);
        let Some(slot) = slots.get_mut(half_at + values[value].base + usize::from(state)) else {
            return;
        };
        if half.live[value][word] & bit == 0 || *ends < slot.ends {
            half.live[value][word] |= bit;
            slot.ends = *ends;
        }
    };

    let mut p = layout.lead_len;
    keep(&mut slots, &mut now, now_at, 0, START, &[0; N]);
    loop {
        // Readings whose text between two values ends here start the next.
        for value in 0..count - 1 {
            let queue = values[value].queue;
            let cap = values[value].after_len;
            if waiting[value] > 0 && slots[queue + head[value]].at == p {
                let ends = slots[queue + head[value]].ends;
                head[value] = (head[value] + 1) % cap;
                waiting[value] -= 1;
                keep(&mut slots, &mut now, now_at, value + 1, START, &ends);
            }
        }
        // Values that may end here, and the text after them.
        for (v, value) in values.iter().enumerate() {
            for state in states_of(&now.live[v]) {
                if !value.kind.accepts(state) {
                    continue;
                }
                let mut ends = slots[now_at + value.base + usize::from(state)].ends;
                ends[v] = p;
                if v + 1 == count {
                    if p + value.after_len == n
                        && text_at(bytes, p, value.after)
                        && best.is_none_or(|best| ends < best)
                    {
                        best = Some(ends);
                    }
                } else if text_at(bytes, p, value.after) {
                    let at = p + value.after_len;
                    let cap = value.after_len;
                    let last = (head[v] + waiting[v] + cap - 1) % cap;
                    let tail = &mut slots[value.queue + last];
                    if waiting[v] > 0 && tail.at == at {
                        if ends < tail.ends {
                            tail.ends = ends;
                        }
                    } else if waiting[v] < cap {
                        let free = (head[v] + waiting[v]) % cap;
                        slots[value.queue + free] = Slot { at, ends };
                        waiting[v] += 1;
                    }
                }
            }
        }
        if p == n {
            return best;
        }
        // Only values of text alive: nothing happens before the next byte
        // some text after one of them could start at, or a waiting reading
        // arrives.
        let only_text = values
            .iter()
            .enumerate()
            .all(|(v, value)| value.kind == ParamKind::Str || !now.any(v));
        if only_text {
            let mut next = usize::MAX;
            for (v, value) in values.iter().enumerate() {
                if waiting[v] > 0 {
                    next = next.min(slots[value.queue + head[v]].at);
                }
                if !now.any(v) {
                    continue;
                }
                if v + 1 == count {
                    if let Some(at) = n.checked_sub(value.after_len).filter(|&at| at > p) {
                        next = next.min(at);
                    }
                } else if let Some(first) = first_byte(value.after) {
                    if next_first[v] <= p {
                        next_first[v] =
                            byte_at(&bytes[p + 1..], first).map_or(n + 1, |at| p + 1 + at);
                    }
                    next = next.min(next_first[v]);
                }
            }
            if next > n {
                return best;
            }
            p = next;
            continue;
        }
        // One byte on.
        let byte = bytes[p];
        let then_at = layout.live - now_at;
        let mut then = Half::EMPTY;
        for (v, value) in values.iter().enumerate() {
            for state in states_of(&now.live[v]) {
                if let Some(next) = value.kind.step(state, byte) {
                    let ends = slots[now_at + value.base + usize::from(state)].ends;
                    keep(&mut slots, &mut then, then_at, v, next, &ends);
                }
            }
        }
        now = then;
        now_at = then_at;
        p += 1;
        if (0..count).all(|v| !now.any(v) && waiting[v] == 0) {
            return best;
        }
    }
}

/// The states whose bit is set in `live`, lowest first.
fn states_of(live: &Live) -> impl Iterator<Item = u16> + '_ {
    live.iter().enumerate().flat_map(|(word, &bits)| {
        let mut bits = bits;
        core::iter::from_fn(move || {
            if bits == 0 {
                return None;
            }
            let bit = bits.trailing_zeros();
            bits &= bits - 1;
            // At most `MOST_STATES`, which fits.
            #[allow(clippy::cast_possible_truncation)]
            Some((word * 64 + bit as usize) as u16)
        })
    })
}

/// Where `byte` first is in `bytes`: eight bytes at a time (a word whose
/// bytes equal to `byte` are zeroed by the XOR, found with the classic
/// zero-byte test, whose lowest flagged byte is always a true one).
#[inline]
fn byte_at(bytes: &[u8], byte: u8) -> Option<usize> {
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
fn same(a: &[u8], b: &[u8]) -> bool {
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

/// The search, for templates that use a parameter twice: each value's ends
/// tried nearest first, backtracking, a value used again matched as the text
/// it read the first time. Every byte it looks at costs a step, and it
/// reads nothing once the steps run out.
mod search {
    use super::{byte_at, same, Piece};
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
}

#[cfg(test)]
mod tests {
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
                    let between: String =
                        (0..=random.below(2)).map(|_| random.pick(TEXTS)).collect();
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
                    2 => {
                        read::<2, 4096>(&[pieces], &[kinds[0], kinds[1]], &text).map(|v| v.to_vec())
                    }
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
        use Piece::{Text, Value};
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
            2 * (1 + ParamKind::U32.states()) + "Refund ".len() + " to '".len()
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
}
