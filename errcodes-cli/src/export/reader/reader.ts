
/** A value in a message. */
export type ParamValue = string | number | bigint | boolean;

/** The type of a parameter, as the catalog names it. */
export type ParamKind = "str" | "bool" | "u32" | "u64" | "i32" | "i64" | "f64";

/** A piece of a template: text as it is, or the index of a parameter. */
type Piece = string | number;

/*
 * Reading a message back, in time proportional to its length whatever it
 * holds (the Rust crate's reader, written again): of the ways a text splits
 * into a template's pieces, the one whose first value is shortest, then
 * whose second is, and so on. A template of text values is read by placing
 * each text where it first is; one with numbers by keeping, byte by byte,
 * only the partial readings that can still succeed (one per state of each
 * value's grammar); one that uses a value twice by a search that gives up
 * after a number of steps proportional to the text.
 */

/** The digits of the largest value of each whole type, and of the
 * magnitude of its smallest. */
const WHOLE: Record<string, [string, string | null]> = {
  u32: ["4294967295", null],
  u64: ["18446744073709551615", null],
  i32: ["2147483647", "2147483648"],
  i64: ["9223372036854775807", "9223372036854775808"],
};

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** The state after the code unit `c` in `state` of the grammar of `kind`
 * (Rust's `FromStr`), or -1; every value starts in state 0. */
function step(kind: ParamKind, state: number, c: number): number {
  const digit = c >= DIGIT_0 && c <= DIGIT_9;
  switch (kind) {
    case "str":
      return 0;
    case "bool": {
      // "true" from state 1 (after "t") to 4, "false" from 5 to 9.
      if (state === 0) {
        return c === 116 ? 1 : c === 102 ? 5 : -1;
      }
      const [word, first] = state <= 4 ? ["true", 1] : ["false", 5];
      const read = state - first + 1;
      return read < word.length && word.charCodeAt(read) === c ? state + 1 : -1;
    }
    case "f64": {
      const e = c === 101 || c === 69;
      const sign = c === 43 || c === 45;
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      // 1 sign, 2 digits, 3 ".", 4 digits ".", 5 fraction, 6 "e", 7 its
      // sign, 8 exponent, 9-16 "infinity", 17-19 "nan".
      if (state === 0 || state === 1) {
        if (digit) return 2;
        if (c === 46) return 3;
        if (sign && state === 0) return 1;
        if (lower === 105) return 9;
        if (lower === 110) return 17;
        return -1;
      }
      if (state === 2 && c === 46) return 4;
      if ((state === 2 || state === 4 || state === 5) && e) return 6;
      if (state === 2 && digit) return 2;
      if ((state === 3 || state === 4 || state === 5) && digit) return 5;
      if (state === 6 && sign) return 7;
      if ((state === 6 || state === 7 || state === 8) && digit) return 8;
      if (state >= 17) {
        return state < 19 && "nan".charCodeAt(state - 16) === lower ? state + 1 : -1;
      }
      if (state >= 9) {
        return state < 16 && "infinity".charCodeAt(state - 8) === lower ? state + 1 : -1;
      }
      return -1;
    }
    default: {
      // 1 after "+", 2 after "-"; from 3, (negative, significant digits,
      // how they compare with the limit so far: 0 below, 1 equal, 2 above).
      const [max, min] = WHOLE[kind];
      const most = max.length;
      let negative = false;
      let digits = 0;
      let compared = 1;
      if (state === 0) {
        if (c === 43) return 1;
        if (c === 45) return min === null ? -1 : 2;
      } else if (state === 2) {
        if (min === null) return -1;
        negative = true;
      } else if (state > 2) {
        const number = Math.floor((state - 3) / 3);
        negative = number > most;
        digits = number % (most + 1);
        compared = (state - 3) % 3;
      }
      if (!digit) return -1;
      const encode = (d: number, cmp: number) => 3 + ((negative ? most + 1 : 0) + d) * 3 + cmp;
      if (digits === 0 && c === DIGIT_0) return encode(0, 1);
      digits += 1;
      const limit = negative ? (min as string) : max;
      if (digits > most) return -1;
      if (compared === 1) {
        const bound = limit.charCodeAt(digits - 1);
        compared = c < bound ? 0 : c === bound ? 1 : 2;
      }
      if (digits === most && compared === 2) return -1;
      return encode(digits, compared);
    }
  }
}

/** Whether a value of `kind` may end in `state`. */
function accepts(kind: ParamKind, state: number): boolean {
  switch (kind) {
    case "str":
      return true;
    case "bool":
      return state === 4 || state === 9;
    case "f64":
      return [2, 4, 5, 8, 11, 16, 19].includes(state);
    default:
      return state >= 3;
  }
}

/** `text` (which the grammar of `kind` accepts) as a value: 64-bit
 * numbers past 2^53 are `bigint`s. */
function valueOf(kind: ParamKind, text: string): ParamValue {
  switch (kind) {
    case "str":
      return text;
    case "bool":
      return text === "true";
    case "f64": {
      const body = text.replace(/^[+-]/, "").toLowerCase();
      const negative = text.startsWith("-");
      if (body === "nan") return NaN;
      if (body === "inf" || body === "infinity") return negative ? -Infinity : Infinity;
      return Number(text);
    }
    default: {
      // At most 20 significant digits: the grammar refused more.
      const digits = text.replace(/^[+-]?0*/, "");
      const n = BigInt(digits === "" ? "0" : digits) * (text.startsWith("-") ? BigInt(-1) : BigInt(1));
      return Number.isSafeInteger(Number(n)) ? Number(n) : n;
    }
  }
}

/** Whether a decided reading `a` comes before `b`. */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) {
    if (a[k] !== b[k]) return a[k] < b[k];
  }
  return false;
}

/** A template's values in order: the parameter, its type, and the text
 * after it up to the next value or the end. */
interface Slot {
  param: number;
  kind: ParamKind;
  after: string;
}

/** The template as its leading text and its values, or null when no text
 * matches it (two values side by side). */
function layout(pieces: readonly Piece[], kinds: readonly ParamKind[]): [string, Slot[]] | null {
  let i = 0;
  let lead = "";
  while (i < pieces.length && typeof pieces[i] === "string") lead += pieces[i++];
  const slots: Slot[] = [];
  while (i < pieces.length) {
    const param = pieces[i++] as number;
    let after = "";
    while (i < pieces.length && typeof pieces[i] === "string") after += pieces[i++];
    if (after === "" && i < pieces.length) return null;
    slots.push({ param, kind: kinds[param], after });
  }
  return [lead, slots];
}

/** The ends of a template of text values: each text where it first is. */
function nearest(text: string, lead: string, slots: readonly Slot[]): number[] | null {
  const ends: number[] = [];
  let p = lead.length;
  slots.forEach((slot, v) => {
    if (p < 0) return;
    if (v + 1 === slots.length) {
      const at = text.length - slot.after.length;
      p = at >= p && text.startsWith(slot.after, at) ? at : -1;
    } else {
      const at = text.indexOf(slot.after, p);
      p = at === -1 ? -1 : at + slot.after.length;
      ends.push(at);
      return;
    }
    ends.push(p);
  });
  return p < 0 ? null : ends;
}

/** The ends of the best reading of a template with numbers, read once
 * left to right keeping, for each value, one reading per grammar state. */
function run(text: string, lead: string, slots: readonly Slot[]): number[] | null {
  const n = text.length;
  const count = slots.length;
  let now: Map<number, number[]>[] = slots.map(() => new Map());
  // The readings waiting for the text after each value to end: [at, ends].
  const waiting: [number, number[]][][] = slots.map(() => []);
  const nextAt: number[] = slots.map(() => -1);
  let best: number[] | null = null;
  const keep = (half: Map<number, number[]>[], v: number, state: number, ends: number[]) => {
    const old = half[v].get(state);
    if (old === undefined || before(ends, old)) half[v].set(state, ends);
  };
  let p = lead.length;
  keep(now, 0, 0, slots.map(() => 0));
  for (;;) {
    for (let v = 0; v + 1 < count; v++) {
      const head = waiting[v][0];
      if (head !== undefined && head[0] === p) {
        waiting[v].shift();
        keep(now, v + 1, 0, head[1]);
      }
    }
    slots.forEach((slot, v) => {
      now[v].forEach((old, state) => {
        if (!accepts(slot.kind, state) || !text.startsWith(slot.after, p)) return;
        const ends = old.slice();
        ends[v] = p;
        if (v + 1 === count) {
          if (p + slot.after.length === n && (best === null || before(ends, best))) best = ends;
          return;
        }
        const at = p + slot.after.length;
        const queue = waiting[v];
        const tail = queue[queue.length - 1];
        if (tail !== undefined && tail[0] === at) {
          if (before(ends, tail[1])) tail[1] = ends;
        } else {
          queue.push([at, ends]);
        }
      });
    });
    if (p === n) return best;
    if (slots.every((slot, v) => slot.kind === "str" || now[v].size === 0)) {
      // Only text values alive: on to the next place something can happen.
      let next = Infinity;
      slots.forEach((slot, v) => {
        const head = waiting[v][0];
        if (head !== undefined) next = Math.min(next, head[0]);
        if (now[v].size === 0) return;
        if (v + 1 === count) {
          const at = n - slot.after.length;
          if (at > p) next = Math.min(next, at);
          return;
        }
        if (nextAt[v] <= p) {
          const at = text.indexOf(slot.after, p + 1);
          nextAt[v] = at === -1 ? n + 1 : at;
        }
        next = Math.min(next, nextAt[v]);
      });
      if (next > n) return best;
      p = next;
      continue;
    }
    const c = text.charCodeAt(p);
    const then: Map<number, number[]>[] = slots.map(() => new Map());
    slots.forEach((slot, v) => {
      now[v].forEach((ends, state) => {
        const next = step(slot.kind, state, c);
        if (next >= 0) keep(then, v, next, ends);
      });
    });
    now = then;
    p += 1;
    if (now.every((m) => m.size === 0) && waiting.every((q) => q.length === 0)) return best;
  }
}

/** Whether `text` reads whole as a value of `kind`, by its grammar. */
function reads(kind: ParamKind, text: string): boolean {
  if (kind === "str") return true;
  let state = 0;
  for (let i = 0; i < text.length && state >= 0; i++) state = step(kind, state, text.charCodeAt(i));
  return state >= 0 && accepts(kind, state);
}

/** The search, for a template that uses a value twice: each value's ends
 * tried nearest first, giving up (null) after 64 steps per code unit of
 * text and piece of template. */
function search(text: string, pieces: readonly Piece[], kinds: readonly ParamKind[]): (string | undefined)[] | null {
  let steps = 64 * (text.length + 1) * Math.max(pieces.length, 1);
  const spend = (cost: number) => {
    steps -= Math.max(cost, 1);
    return steps >= 0;
  };
  const slots: (string | undefined)[] = kinds.map(() => undefined);
  const matches = (at: number, pos: number): boolean => {
    if (at === pieces.length) return pos === text.length;
    if (!spend(1)) return false;
    const piece = pieces[at];
    if (typeof piece === "string") {
      return spend(piece.length) && text.startsWith(piece, pos) && matches(at + 1, pos + piece.length);
    }
    const seen = slots[piece];
    if (seen !== undefined) {
      return spend(seen.length) && text.startsWith(seen, pos) && matches(at + 1, pos + seen.length);
    }
    const kind = kinds[piece];
    const next = pieces[at + 1];
    if (next === undefined) {
      const value = text.slice(pos);
      if (!spend(value.length) || !reads(kind, value)) return false;
      slots[piece] = value;
      return true;
    }
    if (typeof next !== "string") return false;
    for (let from = pos; ; ) {
      const end = text.indexOf(next, from);
      if (end === -1 || !spend(end - from + next.length)) return false;
      const value = text.slice(pos, end);
      if (spend(value.length) && reads(kind, value)) {
        slots[piece] = value;
        if (matches(at + 1, end)) return true;
        slots[piece] = undefined;
      }
      if (steps < 0) return false;
      from = end + 1;
    }
  };
  return matches(0, 0) ? slots : null;
}

/** The values in `text`, read with the first of `templates` that matches
 * it whole, or `null`. */
function readTemplate(
  text: string,
  templates: readonly (readonly Piece[])[],
  kinds: readonly ParamKind[],
): ParamValue[] | null {
  for (const pieces of templates) {
    const params = pieces.filter((p): p is number => typeof p === "number");
    let texts: (string | undefined)[] | null = null;
    if (new Set(params).size < params.length) {
      texts = search(text, pieces, kinds);
    } else {
      const laid = layout(pieces, kinds);
      if (laid === null) continue;
      const [lead, slots] = laid;
      if (!text.startsWith(lead)) continue;
      const ends = slots.every((s) => s.kind === "str") ? nearest(text, lead, slots) : run(text, lead, slots);
      if (ends !== null) {
        texts = kinds.map(() => undefined);
        let start = lead.length;
        slots.forEach((slot, v) => {
          (texts as (string | undefined)[])[slot.param] = text.slice(start, ends[v]);
          start = ends[v] + slot.after.length;
        });
      }
    }
    if (texts !== null && texts.every((t) => t !== undefined)) {
      return kinds.map((kind, i) => valueOf(kind, texts![i] as string));
    }
  }
  return null;
}
