//! Reading a template with numbers or booleans: the text once, left to
//! right, keeping one partial reading per state of each value's grammar.

use super::bytes::{byte_at, first_byte, text_at, text_len};
use super::grammar::{accepts, states, step, MOST_STATES, START};
use super::Piece;
use crate::ParamKind;

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
pub(super) struct Layout<'p, const N: usize> {
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
    pub(super) fn of(pieces: &'p [Piece], kinds: &[ParamKind; N]) -> Option<Self> {
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
            layout.live += states(kind);
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
    pub(super) fn values_of<'t>(&self, ends: &[usize; N], text: &'t str) -> Option<[&'t str; N]> {
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
pub(super) fn run<const N: usize, const S: usize>(
    layout: &Layout<'_, N>,
    bytes: &[u8],
) -> Option<[usize; N]> {
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
                if !accepts(value.kind, state) {
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
                if let Some(next) = step(value.kind, state, byte) {
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
