

_Piece = typing.Union[str, int]
_Value = typing.Union[str, int, float, bool]

# Reading a message back, in time proportional to its length whatever it
# holds (the Rust crate's reader, written again): of the ways a text splits
# into a template's pieces, the one whose first value is shortest, then whose
# second is, and so on. A template of text values is read by placing each
# text where it first is; one with numbers by keeping, character by
# character, only the partial readings that can still succeed (one per state
# of each value's grammar); one that uses a value twice by a search that
# gives up after a number of steps proportional to the text.

_WHOLE = {
    "u32": ("4294967295", None),
    "u64": ("18446744073709551615", None),
    "i32": ("2147483647", "2147483648"),
    "i64": ("9223372036854775807", "9223372036854775808"),
}
"""The digits of the largest value of each whole type, and of the magnitude
of its smallest."""


def _step(kind: str, state: int, c: str) -> int:
    """The state after the character `c` in `state` of the grammar of
    `kind` (Rust's `FromStr`), or -1; every value starts in state 0."""
    if kind == "str":
        return 0
    digit = "0" <= c <= "9"
    if kind == "bool":
        # "true" from state 1 (after "t") to 4, "false" from 5 to 9.
        if state == 0:
            return 1 if c == "t" else 5 if c == "f" else -1
        word, first = ("true", 1) if state <= 4 else ("false", 5)
        read = state - first + 1
        return state + 1 if read < len(word) and word[read] == c else -1
    if kind == "f64":
        # 1 sign, 2 digits, 3 ".", 4 digits ".", 5 fraction, 6 "e", 7 its
        # sign, 8 exponent, 9-16 "infinity", 17-19 "nan".
        e = c in "eE" and c != ""
        sign = c in "+-" and c != ""
        lower = c.lower() if "A" <= c <= "Z" else c
        if state in (0, 1):
            if digit:
                return 2
            if c == ".":
                return 3
            if sign and state == 0:
                return 1
            if lower == "i":
                return 9
            if lower == "n":
                return 17
            return -1
        if state == 2 and c == ".":
            return 4
        if state in (2, 4, 5) and e:
            return 6
        if state == 2 and digit:
            return 2
        if state in (3, 4, 5) and digit:
            return 5
        if state == 6 and sign:
            return 7
        if state in (6, 7, 8) and digit:
            return 8
        if state >= 17:
            return state + 1 if state < 19 and "nan"[state - 16] == lower else -1
        if state >= 9:
            return state + 1 if state < 16 and "infinity"[state - 8] == lower else -1
        return -1
    # 1 after "+", 2 after "-"; from 3, (negative, significant digits, how
    # they compare with the limit so far: 0 below, 1 equal, 2 above).
    largest, smallest = _WHOLE[kind]
    most = len(largest)
    negative, digits, compared = False, 0, 1
    if state == 0:
        if c == "+":
            return 1
        if c == "-":
            return -1 if smallest is None else 2
    elif state == 2:
        if smallest is None:
            return -1
        negative = True
    elif state > 2:
        number = (state - 3) // 3
        negative = number > most
        digits = number % (most + 1)
        compared = (state - 3) % 3
    if not digit:
        return -1
    base = most + 1 if negative else 0
    if digits == 0 and c == "0":
        return 3 + base * 3 + 1
    digits += 1
    if digits > most:
        return -1
    if compared == 1:
        bound = (smallest if negative else largest)[digits - 1]  # type: ignore[index]
        compared = 0 if c < bound else 1 if c == bound else 2
    if digits == most and compared == 2:
        return -1
    return 3 + (base + digits) * 3 + compared


def _accepts(kind: str, state: int) -> bool:
    """Whether a value of `kind` may end in `state`."""
    if kind == "str":
        return True
    if kind == "bool":
        return state in (4, 9)
    if kind == "f64":
        return state in (2, 4, 5, 8, 11, 16, 19)
    return state >= 3


def _reads(kind: str, text: str) -> bool:
    """Whether `text` reads whole as a value of `kind`, by its grammar."""
    if kind == "str":
        return True
    state = 0
    for c in text:
        state = _step(kind, state, c)
        if state < 0:
            return False
    return _accepts(kind, state)


def _value_of(kind: str, text: str) -> _Value:
    """`text` (which the grammar of `kind` accepts) as a value."""
    if kind == "str":
        return text
    if kind == "bool":
        return text == "true"
    if kind == "f64":
        return float(text)
    # At most 20 significant digits: the grammar refused more.
    digits = text.lstrip("+-").lstrip("0") or "0"
    return -int(digits) if text.startswith("-") else int(digits)


def _layout(
    pieces: typing.Sequence[_Piece], kinds: typing.Sequence[str]
) -> typing.Optional[typing.Tuple[str, typing.List[typing.Tuple[int, str, str]]]]:
    """The template as its leading text and its values (parameter, type, the
    text after it), or None when no text matches it (two values side by
    side)."""
    i = 0
    lead = ""
    while i < len(pieces) and isinstance(pieces[i], str):
        lead += typing.cast(str, pieces[i])
        i += 1
    slots = []
    while i < len(pieces):
        param = typing.cast(int, pieces[i])
        i += 1
        after = ""
        while i < len(pieces) and isinstance(pieces[i], str):
            after += typing.cast(str, pieces[i])
            i += 1
        if after == "" and i < len(pieces):
            return None
        slots.append((param, kinds[param], after))
    return lead, slots


def _nearest(text: str, lead: str, slots: typing.Sequence[typing.Tuple[int, str, str]]) -> typing.Optional[typing.List[int]]:
    """The ends of a template of text values: each text where it first is."""
    ends = []
    p = len(lead)
    for v, (_, _, after) in enumerate(slots):
        if v + 1 == len(slots):
            at = len(text) - len(after)
            if at < p or not text.startswith(after, at):
                return None
        else:
            at = text.find(after, p)
            if at < 0:
                return None
            p = at + len(after)
        ends.append(at)
    return ends


def _run(text: str, lead: str, slots: typing.Sequence[typing.Tuple[int, str, str]]) -> typing.Optional[typing.List[int]]:
    """The ends of the best reading of a template with numbers, read once
    left to right keeping, for each value, one reading per grammar state."""
    n = len(text)
    count = len(slots)
    now: typing.List[typing.Dict[int, typing.Tuple[int, ...]]] = [{} for _ in slots]
    waiting: typing.List[collections.deque] = [collections.deque() for _ in slots]
    next_at = [-1] * count
    best: typing.Optional[typing.Tuple[int, ...]] = None

    def keep(half: typing.List[typing.Dict[int, typing.Tuple[int, ...]]], v: int, state: int, ends: typing.Tuple[int, ...]) -> None:
        old = half[v].get(state)
        if old is None or ends < old:
            half[v][state] = ends

    p = len(lead)
    keep(now, 0, 0, (0,) * count)
    while True:
        for v in range(count - 1):
            queue = waiting[v]
            if queue and queue[0][0] == p:
                keep(now, v + 1, 0, queue.popleft()[1])
        for v, (_, kind, after) in enumerate(slots):
            for state, old in now[v].items():
                if not _accepts(kind, state) or not text.startswith(after, p):
                    continue
                ends = old[:v] + (p,) + old[v + 1:]
                if v + 1 == count:
                    if p + len(after) == n and (best is None or ends < best):
                        best = ends
                    continue
                at = p + len(after)
                queue = waiting[v]
                if queue and queue[-1][0] == at:
                    if ends < queue[-1][1]:
                        queue[-1] = (at, ends)
                else:
                    queue.append((at, ends))
        if p == n:
            return None if best is None else list(best)
        if all(kind == "str" or not now[v] for v, (_, kind, _) in enumerate(slots)):
            # Only text values alive: on to the next place something can happen.
            following = n + 1
            for v, (_, _, after) in enumerate(slots):
                if waiting[v]:
                    following = min(following, waiting[v][0][0])
                if not now[v]:
                    continue
                if v + 1 == count:
                    if n - len(after) > p:
                        following = min(following, n - len(after))
                    continue
                if next_at[v] <= p:
                    at = text.find(after, p + 1)
                    next_at[v] = n + 1 if at < 0 else at
                following = min(following, next_at[v])
            if following > n:
                return None if best is None else list(best)
            p = following
            continue
        c = text[p]
        then: typing.List[typing.Dict[int, typing.Tuple[int, ...]]] = [{} for _ in slots]
        for v, (_, kind, _) in enumerate(slots):
            for state, ends in now[v].items():
                following = _step(kind, state, c)
                if following >= 0:
                    keep(then, v, following, ends)
        now = then
        p += 1
        if not any(now) and not any(waiting):
            return None if best is None else list(best)


def _search(text: str, pieces: typing.Sequence[_Piece], kinds: typing.Sequence[str]) -> typing.Optional[typing.List[typing.Optional[str]]]:
    """The search, for a template that uses a value twice: each value's ends
    tried nearest first, giving up (None) after 64 steps per character of
    text and piece of template."""
    steps = [64 * (len(text) + 1) * max(len(pieces), 1)]
    slots: typing.List[typing.Optional[str]] = [None] * len(kinds)

    def spend(cost: int) -> bool:
        steps[0] -= max(cost, 1)
        return steps[0] >= 0

    def matches(at: int, pos: int) -> bool:
        if at == len(pieces):
            return pos == len(text)
        if not spend(1):
            return False
        piece = pieces[at]
        if isinstance(piece, str):
            return spend(len(piece)) and text.startswith(piece, pos) and matches(at + 1, pos + len(piece))
        seen = slots[piece]
        if seen is not None:
            return spend(len(seen)) and text.startswith(seen, pos) and matches(at + 1, pos + len(seen))
        kind = kinds[piece]
        if at + 1 == len(pieces):
            value = text[pos:]
            if not spend(len(value)) or not _reads(kind, value):
                return False
            slots[piece] = value
            return True
        following = pieces[at + 1]
        if not isinstance(following, str):
            return False
        start = pos
        while True:
            end = text.find(following, start)
            if end < 0 or not spend(end - start + len(following)):
                return False
            value = text[pos:end]
            if spend(len(value)) and _reads(kind, value):
                slots[piece] = value
                if matches(at + 1, end):
                    return True
                slots[piece] = None
            if steps[0] < 0:
                return False
            start = end + 1

    return slots if matches(0, 0) else None


def _read(
    text: str,
    templates: typing.Sequence[typing.Sequence[_Piece]],
    kinds: typing.Sequence[str],
) -> typing.Optional[typing.List[_Value]]:
    """The values in `text`, read with the first of `templates` that
    matches it whole, or None."""
    for pieces in templates:
        params = [p for p in pieces if isinstance(p, int)]
        texts: typing.Optional[typing.List[typing.Optional[str]]] = None
        if len(set(params)) < len(params):
            texts = _search(text, pieces, kinds)
        else:
            laid = _layout(pieces, kinds)
            if laid is None:
                continue
            lead, slots = laid
            if not text.startswith(lead):
                continue
            if all(kind == "str" for _, kind, _ in slots):
                ends = _nearest(text, lead, slots)
            else:
                ends = _run(text, lead, slots)
            if ends is not None:
                texts = [None] * len(kinds)
                start = len(lead)
                for (param, _, after), end in zip(slots, ends):
                    texts[param] = text[start:end]
                    start = end + len(after)
        if texts is not None and all(t is not None for t in texts):
            return [_value_of(kind, typing.cast(str, t)) for kind, t in zip(kinds, texts)]
    return None
