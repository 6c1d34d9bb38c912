
    /// <summary>
    /// Reading a message back, in time proportional to its length whatever it
    /// holds (the Rust crate's reader, written again): of the ways a text
    /// splits into a template's pieces, the one whose first value is
    /// shortest, then whose second is, and so on. A template of text values
    /// is read by placing each text where it first is; one with numbers by
    /// keeping, char by char, only the partial readings that can still
    /// succeed (one per state of each value's grammar); one that uses a
    /// value twice by a search that gives up after a number of steps
    /// proportional to the text. Pieces are strings (text) and ints (a
    /// parameter).
    /// </summary>
    internal static class Reader
    {
        static string Largest(string kind)
        {
            switch (kind)
            {
                case "u32": return "4294967295";
                case "u64": return "18446744073709551615";
                case "i32": return "2147483647";
                default: return "9223372036854775807";
            }
        }

        static string Smallest(string kind)
        {
            switch (kind)
            {
                case "i32": return "2147483648";
                case "i64": return "9223372036854775808";
                default: return null;
            }
        }

        static bool At(string text, string piece, int at)
        {
            return at >= 0 && at <= text.Length - piece.Length
                && string.CompareOrdinal(text, at, piece, 0, piece.Length) == 0;
        }

        static int Find(string text, string piece, int from)
        {
            return from > text.Length ? -1 : text.IndexOf(piece, from, System.StringComparison.Ordinal);
        }

        internal static int Step(string kind, int state, char c)
        {
            bool digit = c >= '0' && c <= '9';
            switch (kind)
            {
                case "str":
                    return 0;
                case "bool":
                {
                    if (state == 0) return c == 't' ? 1 : c == 'f' ? 5 : -1;
                    string word = state <= 4 ? "true" : "false";
                    int read = state - (state <= 4 ? 1 : 5) + 1;
                    return read < word.Length && word[read] == c ? state + 1 : -1;
                }
                case "f64":
                {
                    bool e = c == 'e' || c == 'E';
                    bool sign = c == '+' || c == '-';
                    char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                    if (state == 0 || state == 1)
                    {
                        if (digit) return 2;
                        if (c == '.') return 3;
                        if (sign && state == 0) return 1;
                        if (lower == 'i') return 9;
                        if (lower == 'n') return 17;
                        return -1;
                    }
                    if (state == 2 && c == '.') return 4;
                    if ((state == 2 || state == 4 || state == 5) && e) return 6;
                    if (state == 2 && digit) return 2;
                    if ((state == 3 || state == 4 || state == 5) && digit) return 5;
                    if (state == 6 && sign) return 7;
                    if ((state == 6 || state == 7 || state == 8) && digit) return 8;
                    if (state >= 17) return state < 19 && "nan"[state - 16] == lower ? state + 1 : -1;
                    if (state >= 9) return state < 16 && "infinity"[state - 8] == lower ? state + 1 : -1;
                    return -1;
                }
                default:
                {
                    string max = Largest(kind);
                    string min = Smallest(kind);
                    int most = max.Length;
                    bool negative = false;
                    int digits = 0;
                    int compared = 1;
                    if (state == 0)
                    {
                        if (c == '+') return 1;
                        if (c == '-') return min == null ? -1 : 2;
                    }
                    else if (state == 2)
                    {
                        if (min == null) return -1;
                        negative = true;
                    }
                    else if (state > 2)
                    {
                        int number = (state - 3) / 3;
                        negative = number > most;
                        digits = number % (most + 1);
                        compared = (state - 3) % 3;
                    }
                    if (!digit) return -1;
                    int baseDigits = negative ? most + 1 : 0;
                    if (digits == 0 && c == '0') return 3 + baseDigits * 3 + 1;
                    digits += 1;
                    string limit = negative ? min : max;
                    if (digits > most) return -1;
                    if (compared == 1)
                    {
                        char bound = limit[digits - 1];
                        compared = c < bound ? 0 : c == bound ? 1 : 2;
                    }
                    if (digits == most && compared == 2) return -1;
                    return 3 + (baseDigits + digits) * 3 + compared;
                }
            }
        }

        internal static bool Accepts(string kind, int state)
        {
            switch (kind)
            {
                case "str": return true;
                case "bool": return state == 4 || state == 9;
                case "f64":
                    return state == 2 || state == 4 || state == 5 || state == 8 || state == 11
                        || state == 16 || state == 19;
                default: return state >= 3;
            }
        }

        internal static bool Reads(string kind, string text)
        {
            if (kind == "str") return true;
            int state = 0;
            for (int i = 0; i < text.Length && state >= 0; i++) state = Step(kind, state, text[i]);
            return state >= 0 && Accepts(kind, state);
        }

        static bool Before(int[] a, int[] b)
        {
            for (int k = 0; k < a.Length; k++)
            {
                if (a[k] != b[k]) return a[k] < b[k];
            }
            return false;
        }

        sealed class Slot
        {
            internal readonly int Param;
            internal readonly string Kind;
            internal readonly string After;

            internal Slot(int param, string kind, string after)
            {
                Param = param;
                Kind = kind;
                After = after;
            }
        }

        static int[] Nearest(string text, string lead, System.Collections.Generic.List<Slot> slots)
        {
            int[] ends = new int[slots.Count];
            int p = lead.Length;
            for (int v = 0; v < slots.Count; v++)
            {
                Slot slot = slots[v];
                if (v + 1 == slots.Count)
                {
                    int at = text.Length - slot.After.Length;
                    if (at < p || !At(text, slot.After, at)) return null;
                    ends[v] = at;
                }
                else
                {
                    int at = Find(text, slot.After, p);
                    if (at < 0) return null;
                    ends[v] = at;
                    p = at + slot.After.Length;
                }
            }
            return ends;
        }

        static void Keep(System.Collections.Generic.List<System.Collections.Generic.Dictionary<int, int[]>> half, int v, int state, int[] ends)
        {
            int[] old;
            if (!half[v].TryGetValue(state, out old) || Before(ends, old)) half[v][state] = ends;
        }

        static System.Collections.Generic.List<System.Collections.Generic.Dictionary<int, int[]>> Empty(int count)
        {
            var list = new System.Collections.Generic.List<System.Collections.Generic.Dictionary<int, int[]>>();
            for (int v = 0; v < count; v++) list.Add(new System.Collections.Generic.Dictionary<int, int[]>());
            return list;
        }

        sealed class Waiting
        {
            internal int At;
            internal int[] Ends;
        }

        static int[] Run(string text, string lead, System.Collections.Generic.List<Slot> slots)
        {
            int n = text.Length;
            int count = slots.Count;
            var now = Empty(count);
            var waiting = new System.Collections.Generic.List<System.Collections.Generic.LinkedList<Waiting>>();
            int[] nextAt = new int[count];
            for (int v = 0; v < count; v++)
            {
                waiting.Add(new System.Collections.Generic.LinkedList<Waiting>());
                nextAt[v] = -1;
            }
            int[] best = null;
            int p = lead.Length;
            Keep(now, 0, 0, new int[count]);
            for (;;)
            {
                for (int v = 0; v + 1 < count; v++)
                {
                    var head = waiting[v].First;
                    if (head != null && head.Value.At == p)
                    {
                        waiting[v].RemoveFirst();
                        Keep(now, v + 1, 0, head.Value.Ends);
                    }
                }
                for (int v = 0; v < count; v++)
                {
                    Slot slot = slots[v];
                    foreach (var entry in now[v])
                    {
                        if (!Accepts(slot.Kind, entry.Key) || !At(text, slot.After, p)) continue;
                        int[] ends = (int[]) entry.Value.Clone();
                        ends[v] = p;
                        if (v + 1 == count)
                        {
                            if (p + slot.After.Length == n && (best == null || Before(ends, best))) best = ends;
                            continue;
                        }
                        int at = p + slot.After.Length;
                        var tail = waiting[v].Last;
                        if (tail != null && tail.Value.At == at)
                        {
                            if (Before(ends, tail.Value.Ends)) tail.Value.Ends = ends;
                        }
                        else
                        {
                            waiting[v].AddLast(new Waiting { At = at, Ends = ends });
                        }
                    }
                }
                if (p == n) return best;
                bool textOnly = true;
                for (int v = 0; v < count; v++)
                {
                    if (slots[v].Kind != "str" && now[v].Count > 0) textOnly = false;
                }
                if (textOnly)
                {
                    // Only text values alive: on to the next place something can happen.
                    int next = int.MaxValue;
                    for (int v = 0; v < count; v++)
                    {
                        Slot slot = slots[v];
                        var head = waiting[v].First;
                        if (head != null) next = System.Math.Min(next, head.Value.At);
                        if (now[v].Count == 0) continue;
                        if (v + 1 == count)
                        {
                            int at = n - slot.After.Length;
                            if (at > p) next = System.Math.Min(next, at);
                            continue;
                        }
                        if (nextAt[v] <= p)
                        {
                            int at = Find(text, slot.After, p + 1);
                            nextAt[v] = at < 0 ? n + 1 : at;
                        }
                        next = System.Math.Min(next, nextAt[v]);
                    }
                    if (next > n) return best;
                    p = next;
                    continue;
                }
                char c = text[p];
                var then = Empty(count);
                for (int v = 0; v < count; v++)
                {
                    string kind = slots[v].Kind;
                    foreach (var entry in now[v])
                    {
                        int next = Step(kind, entry.Key, c);
                        if (next >= 0) Keep(then, v, next, entry.Value);
                    }
                }
                now = then;
                p += 1;
                bool over = true;
                for (int v = 0; v < count; v++)
                {
                    if (now[v].Count > 0 || waiting[v].Count > 0) over = false;
                }
                if (over) return best;
            }
        }

        sealed class Search
        {
            readonly string text;
            readonly object[] pieces;
            readonly string[] kinds;
            internal readonly string[] Slots;
            long steps;

            internal Search(string text, object[] pieces, string[] kinds)
            {
                this.text = text;
                this.pieces = pieces;
                this.kinds = kinds;
                Slots = new string[kinds.Length];
                steps = 64L * (text.Length + 1) * System.Math.Max(pieces.Length, 1);
            }

            bool Spend(int cost)
            {
                steps -= System.Math.Max(cost, 1);
                return steps >= 0;
            }

            internal bool Matches(int at, int pos)
            {
                if (at == pieces.Length) return pos == text.Length;
                if (!Spend(1)) return false;
                string literal = pieces[at] as string;
                if (literal != null)
                {
                    return Spend(literal.Length) && At(text, literal, pos) && Matches(at + 1, pos + literal.Length);
                }
                int param = (int) pieces[at];
                string seen = Slots[param];
                if (seen != null)
                {
                    return Spend(seen.Length) && At(text, seen, pos) && Matches(at + 1, pos + seen.Length);
                }
                string kind = kinds[param];
                if (at + 1 == pieces.Length)
                {
                    string value = text.Substring(pos);
                    if (!Spend(value.Length) || !Reads(kind, value)) return false;
                    Slots[param] = value;
                    return true;
                }
                string next = pieces[at + 1] as string;
                if (next == null) return false;
                for (int from = pos;;)
                {
                    int end = Find(text, next, from);
                    if (end < 0 || !Spend(end - from + next.Length)) return false;
                    string value = text.Substring(pos, end - pos);
                    if (Spend(value.Length) && Reads(kind, value))
                    {
                        Slots[param] = value;
                        if (Matches(at + 1, end)) return true;
                        Slots[param] = null;
                    }
                    if (steps < 0) return false;
                    from = end + 1;
                }
            }
        }

        /// <summary>The texts of the values in text, read with the first of templates that matches it whole, or null.</summary>
        internal static string[] Read(string text, object[][] templates, string[] kinds)
        {
            foreach (object[] pieces in templates)
            {
                var seen = new System.Collections.Generic.HashSet<int>();
                bool twice = false;
                foreach (object piece in pieces)
                {
                    if (piece is int && !seen.Add((int) piece)) twice = true;
                }
                string[] texts = null;
                if (twice)
                {
                    var search = new Search(text, pieces, kinds);
                    if (search.Matches(0, 0)) texts = search.Slots;
                }
                else
                {
                    int i = 0;
                    var lead = new System.Text.StringBuilder();
                    while (i < pieces.Length && pieces[i] is string) lead.Append((string) pieces[i++]);
                    var slots = new System.Collections.Generic.List<Slot>();
                    bool sideBySide = false;
                    while (i < pieces.Length)
                    {
                        int param = (int) pieces[i++];
                        var after = new System.Text.StringBuilder();
                        while (i < pieces.Length && pieces[i] is string) after.Append((string) pieces[i++]);
                        if (after.Length == 0 && i < pieces.Length) sideBySide = true;
                        slots.Add(new Slot(param, kinds[param], after.ToString()));
                    }
                    string leading = lead.ToString();
                    if (sideBySide || !At(text, leading, 0)) continue;
                    bool allText = true;
                    foreach (Slot slot in slots)
                    {
                        if (slot.Kind != "str") allText = false;
                    }
                    int[] ends = allText ? Nearest(text, leading, slots) : Run(text, leading, slots);
                    if (ends != null)
                    {
                        texts = new string[kinds.Length];
                        int start = leading.Length;
                        for (int v = 0; v < slots.Count; v++)
                        {
                            texts[slots[v].Param] = text.Substring(start, ends[v] - start);
                            start = ends[v] + slots[v].After.Length;
                        }
                    }
                }
                if (texts != null && System.Array.TrueForAll(texts, t => t != null)) return texts;
            }
            return null;
        }

        /// <summary>A whole number's text with its sign kept and leading zeros dropped.</summary>
        internal static string Whole(string text)
        {
            bool negative = text.StartsWith("-", System.StringComparison.Ordinal);
            string digits = text.TrimStart('+', '-').TrimStart('0');
            if (digits.Length == 0) return "0";
            return negative ? "-" + digits : digits;
        }

        /// <summary>A decimal's text, which the grammar accepted, as a double.</summary>
        internal static double Decimal(string text)
        {
            bool negative = text.StartsWith("-", System.StringComparison.Ordinal);
            string body = text.TrimStart('+', '-').ToLowerInvariant();
            if (body == "nan") return double.NaN;
            if (body == "inf" || body == "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
            return Exact(negative, body);
        }

        /// <summary>
        /// The double nearest to the decimal body (digits, a point, an
        /// exponent), rounded once from its exact value: the rounding Rust's
        /// parse does, whatever the runtime's own parser does with long texts.
        /// </summary>
        static double Exact(bool negative, string body)
        {
            int e = body.IndexOf('e');
            int exponent = 0;
            string mantissa = body;
            if (e >= 0)
            {
                mantissa = body.Substring(0, e);
                string power = body.Substring(e + 1).TrimStart('+');
                bool down = power.StartsWith("-", System.StringComparison.Ordinal);
                power = power.TrimStart('-').TrimStart('0');
                // Past a few thousand, every value is 0 or infinite.
                exponent = power.Length > 6 ? 9999999 : power.Length == 0 ? 0 : int.Parse(power, System.Globalization.CultureInfo.InvariantCulture);
                if (down) exponent = -exponent;
            }
            int point = mantissa.IndexOf('.');
            if (point >= 0)
            {
                exponent -= mantissa.Length - point - 1;
                mantissa = mantissa.Remove(point, 1);
            }
            mantissa = mantissa.TrimStart('0');
            double zero = negative ? -0.0 : 0.0;
            if (mantissa.Length == 0) return zero;
            if (mantissa.Length + exponent > 400) return negative ? double.NegativeInfinity : double.PositiveInfinity;
            if (mantissa.Length + exponent < -400) return zero;
            var digits = System.Numerics.BigInteger.Parse(mantissa, System.Globalization.CultureInfo.InvariantCulture);
            // value = num / den exactly.
            System.Numerics.BigInteger num = digits, den = System.Numerics.BigInteger.One;
            if (exponent >= 0) num *= System.Numerics.BigInteger.Pow(10, exponent);
            else den = System.Numerics.BigInteger.Pow(10, -exponent);
            // Scale to a 53-bit quotient: value = q * 2^shift.
            int shift = (int) (System.Numerics.BigInteger.Log(num, 2) - System.Numerics.BigInteger.Log(den, 2)) - 54;
            System.Numerics.BigInteger q, r;
            for (;;)
            {
                System.Numerics.BigInteger n2 = shift < 0 ? num << -shift : num;
                System.Numerics.BigInteger d2 = shift > 0 ? den << shift : den;
                q = System.Numerics.BigInteger.DivRem(n2, d2, out r);
                if (q.IsZero || q < (System.Numerics.BigInteger.One << 53)) { shift -= 1; continue; }
                if (q >= (System.Numerics.BigInteger.One << 54)) { shift += 1; continue; }
                // 53 bits are kept (the 54th rounds); below the smallest
                // normal, only those down to 2^-1074.
                int drop = System.Math.Max(1, -1074 - shift);
                if (drop > 54) return zero;
                System.Numerics.BigInteger unit = System.Numerics.BigInteger.One << drop;
                System.Numerics.BigInteger kept = q >> drop;
                System.Numerics.BigInteger rest = q - (kept << drop);
                System.Numerics.BigInteger half = unit >> 1;
                bool exactHalf = rest == half && r.IsZero;
                if (rest > half || (rest == half && !r.IsZero) || (exactHalf && !kept.IsEven)) kept += 1;
                double value = (double) kept * System.Math.Pow(2, shift + drop);
                return negative ? -value : value;
            }
        }

        /// <summary>A decimal as the messages write it: the shortest digits that read back as the same number, without an exponent; NaN, inf, -inf.</summary>
        internal static string Write(double x)
        {
            if (double.IsNaN(x)) return "NaN";
            if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
            long raw = System.BitConverter.DoubleToInt64Bits(x);
            string sign = raw < 0 ? "-" : "";
            double magnitude = System.Math.Abs(x);
            if (magnitude == 0) return sign + "0";
            long bits = System.BitConverter.DoubleToInt64Bits(magnitude);
            int exponent = (int) ((bits >> 52) & 0x7FF);
            long fraction = bits & 0xFFFFFFFFFFFFFL;
            if (exponent == 0) exponent = 1; else fraction |= 1L << 52;
            exponent -= 1075;
            // The exact value as digits and the place of the point.
            string exact;
            int point;
            if (exponent >= 0)
            {
                exact = (new System.Numerics.BigInteger(fraction) << exponent).ToString(System.Globalization.CultureInfo.InvariantCulture);
                point = exact.Length;
            }
            else
            {
                exact = (new System.Numerics.BigInteger(fraction) * System.Numerics.BigInteger.Pow(5, -exponent)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                point = exact.Length + exponent;
            }
            for (int precision = 1; precision <= 17; precision++)
            {
                string digits = exact.Length <= precision ? exact : exact.Substring(0, precision);
                int at = point;
                if (exact.Length > precision)
                {
                    // Rounded half to even on the rest of the digits.
                    char next = exact[precision];
                    bool rest = exact.Substring(precision + 1).TrimEnd('0').Length > 0;
                    bool up = next > '5' || (next == '5' && (rest || (digits[digits.Length - 1] - '0') % 2 == 1));
                    if (up)
                    {
                        var bumped = System.Numerics.BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) + 1;
                        string text = bumped.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        if (text.Length > digits.Length) at += 1;
                        digits = text;
                    }
                }
                digits = digits.TrimEnd('0');
                if (digits.Length == 0) continue;
                if (Exact(false, digits + "e" + (at - digits.Length).ToString(System.Globalization.CultureInfo.InvariantCulture)) != magnitude) continue;
                if (at <= 0) return sign + "0." + new string('0', -at) + digits;
                if (at >= digits.Length) return sign + digits + new string('0', at - digits.Length);
                return sign + digits.Substring(0, at) + "." + digits.Substring(at);
            }
            return sign + exact;
        }
    }
