
    /**
     * Reading a message back, in time proportional to its length whatever it
     * holds (the Rust crate's reader, written again): of the ways a text
     * splits into a template's pieces, the one whose first value is shortest,
     * then whose second is, and so on. A template of text values is read by
     * placing each text where it first is; one with numbers by keeping, char
     * by char, only the partial readings that can still succeed (one per
     * state of each value's grammar); one that uses a value twice by a search
     * that gives up after a number of steps proportional to the text.
     * Pieces are {@code String}s (text) and {@code Integer}s (a parameter).
     */
    private static final class Reader {
        private Reader() {
        }

        /** The digits of the largest value of each whole type. */
        private static String largest(String kind) {
            switch (kind) {
                case "u32": return "4294967295";
                case "u64": return "18446744073709551615";
                case "i32": return "2147483647";
                default: return "9223372036854775807";
            }
        }

        /** The digits of the magnitude of the smallest, or null when unsigned. */
        private static String smallest(String kind) {
            switch (kind) {
                case "i32": return "2147483648";
                case "i64": return "9223372036854775808";
                default: return null;
            }
        }

        /** The state after {@code c} in {@code state} of the grammar of {@code kind} (Rust's FromStr), or -1. */
        static int step(String kind, int state, char c) {
            boolean digit = c >= '0' && c <= '9';
            switch (kind) {
                case "str":
                    return 0;
                case "bool": {
                    if (state == 0) {
                        return c == 't' ? 1 : c == 'f' ? 5 : -1;
                    }
                    String word = state <= 4 ? "true" : "false";
                    int read = state - (state <= 4 ? 1 : 5) + 1;
                    return read < word.length() && word.charAt(read) == c ? state + 1 : -1;
                }
                case "f64": {
                    boolean e = c == 'e' || c == 'E';
                    boolean sign = c == '+' || c == '-';
                    char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                    if (state == 0 || state == 1) {
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
                    if (state >= 17) {
                        return state < 19 && "nan".charAt(state - 16) == lower ? state + 1 : -1;
                    }
                    if (state >= 9) {
                        return state < 16 && "infinity".charAt(state - 8) == lower ? state + 1 : -1;
                    }
                    return -1;
                }
                default: {
                    String max = largest(kind);
                    String min = smallest(kind);
                    int most = max.length();
                    boolean negative = false;
                    int digits = 0;
                    int compared = 1;
                    if (state == 0) {
                        if (c == '+') return 1;
                        if (c == '-') return min == null ? -1 : 2;
                    } else if (state == 2) {
                        if (min == null) return -1;
                        negative = true;
                    } else if (state > 2) {
                        int number = (state - 3) / 3;
                        negative = number > most;
                        digits = number % (most + 1);
                        compared = (state - 3) % 3;
                    }
                    if (!digit) return -1;
                    int base = negative ? most + 1 : 0;
                    if (digits == 0 && c == '0') return 3 + base * 3 + 1;
                    digits += 1;
                    String limit = negative ? min : max;
                    if (digits > most) return -1;
                    if (compared == 1) {
                        char bound = limit.charAt(digits - 1);
                        compared = c < bound ? 0 : c == bound ? 1 : 2;
                    }
                    if (digits == most && compared == 2) return -1;
                    return 3 + (base + digits) * 3 + compared;
                }
            }
        }

        /** Whether a value of {@code kind} may end in {@code state}. */
        static boolean accepts(String kind, int state) {
            switch (kind) {
                case "str": return true;
                case "bool": return state == 4 || state == 9;
                case "f64":
                    return state == 2 || state == 4 || state == 5 || state == 8 || state == 11
                        || state == 16 || state == 19;
                default: return state >= 3;
            }
        }

        /** Whether {@code text} reads whole as a value of {@code kind}. */
        static boolean reads(String kind, String text) {
            if (kind.equals("str")) return true;
            int state = 0;
            for (int i = 0; i < text.length() && state >= 0; i++) {
                state = step(kind, state, text.charAt(i));
            }
            return state >= 0 && accepts(kind, state);
        }

        /** Whether a decided reading {@code a} comes before {@code b}. */
        static boolean before(int[] a, int[] b) {
            for (int k = 0; k < a.length; k++) {
                if (a[k] != b[k]) return a[k] < b[k];
            }
            return false;
        }

        /** A value of a template: its parameter, type and the text after it. */
        private static final class Slot {
            final int param;
            final String kind;
            final String after;

            Slot(int param, String kind, String after) {
                this.param = param;
                this.kind = kind;
                this.after = after;
            }
        }

        /** The ends of a template of text values: each text where it first is. */
        static int[] nearest(String text, String lead, java.util.List<Slot> slots) {
            int[] ends = new int[slots.size()];
            int p = lead.length();
            for (int v = 0; v < slots.size(); v++) {
                Slot slot = slots.get(v);
                if (v + 1 == slots.size()) {
                    int at = text.length() - slot.after.length();
                    if (at < p || !text.startsWith(slot.after, at)) return null;
                    ends[v] = at;
                } else {
                    int at = text.indexOf(slot.after, p);
                    if (at < 0) return null;
                    ends[v] = at;
                    p = at + slot.after.length();
                }
            }
            return ends;
        }

        /** Keeps {@code ends} for {@code state} of value {@code v} unless a reading before it is kept. */
        private static void keep(java.util.List<java.util.Map<Integer, int[]>> half, int v, int state, int[] ends) {
            int[] old = half.get(v).get(state);
            if (old == null || before(ends, old)) half.get(v).put(state, ends);
        }

        private static java.util.List<java.util.Map<Integer, int[]>> empty(int count) {
            java.util.List<java.util.Map<Integer, int[]>> out = new java.util.ArrayList<>();
            for (int v = 0; v < count; v++) out.add(new java.util.LinkedHashMap<>());
            return out;
        }

        /** The ends of the best reading of a template with numbers. */
        static int[] run(String text, String lead, java.util.List<Slot> slots) {
            int n = text.length();
            int count = slots.size();
            java.util.List<java.util.Map<Integer, int[]>> now = empty(count);
            java.util.List<java.util.ArrayDeque<Object[]>> waiting = new java.util.ArrayList<>();
            int[] nextAt = new int[count];
            for (int v = 0; v < count; v++) {
                waiting.add(new java.util.ArrayDeque<>());
                nextAt[v] = -1;
            }
            int[] best = null;
            int p = lead.length();
            keep(now, 0, 0, new int[count]);
            for (;;) {
                for (int v = 0; v + 1 < count; v++) {
                    Object[] head = waiting.get(v).peekFirst();
                    if (head != null && (Integer) head[0] == p) {
                        waiting.get(v).pollFirst();
                        keep(now, v + 1, 0, (int[]) head[1]);
                    }
                }
                for (int v = 0; v < count; v++) {
                    Slot slot = slots.get(v);
                    for (java.util.Map.Entry<Integer, int[]> entry : now.get(v).entrySet()) {
                        if (!accepts(slot.kind, entry.getKey()) || !text.startsWith(slot.after, p)) continue;
                        int[] ends = entry.getValue().clone();
                        ends[v] = p;
                        if (v + 1 == count) {
                            if (p + slot.after.length() == n && (best == null || before(ends, best))) best = ends;
                            continue;
                        }
                        int at = p + slot.after.length();
                        Object[] tail = waiting.get(v).peekLast();
                        if (tail != null && (Integer) tail[0] == at) {
                            if (before(ends, (int[]) tail[1])) tail[1] = ends;
                        } else {
                            waiting.get(v).addLast(new Object[] {at, ends});
                        }
                    }
                }
                if (p == n) return best;
                boolean textOnly = true;
                for (int v = 0; v < count; v++) {
                    if (!slots.get(v).kind.equals("str") && !now.get(v).isEmpty()) textOnly = false;
                }
                if (textOnly) {
                    // Only text values alive: on to the next place something can happen.
                    int next = Integer.MAX_VALUE;
                    for (int v = 0; v < count; v++) {
                        Slot slot = slots.get(v);
                        Object[] head = waiting.get(v).peekFirst();
                        if (head != null) next = Math.min(next, (Integer) head[0]);
                        if (now.get(v).isEmpty()) continue;
                        if (v + 1 == count) {
                            int at = n - slot.after.length();
                            if (at > p) next = Math.min(next, at);
                            continue;
                        }
                        if (nextAt[v] <= p) {
                            int at = text.indexOf(slot.after, p + 1);
                            nextAt[v] = at < 0 ? n + 1 : at;
                        }
                        next = Math.min(next, nextAt[v]);
                    }
                    if (next > n) return best;
                    p = next;
                    continue;
                }
                char c = text.charAt(p);
                java.util.List<java.util.Map<Integer, int[]>> then = empty(count);
                for (int v = 0; v < count; v++) {
                    String kind = slots.get(v).kind;
                    for (java.util.Map.Entry<Integer, int[]> entry : now.get(v).entrySet()) {
                        int next = step(kind, entry.getKey(), c);
                        if (next >= 0) keep(then, v, next, entry.getValue());
                    }
                }
                now = then;
                p += 1;
                boolean over = true;
                for (int v = 0; v < count; v++) {
                    if (!now.get(v).isEmpty() || !waiting.get(v).isEmpty()) over = false;
                }
                if (over) return best;
            }
        }

        /** The search, for a template that uses a value twice, with a budget of steps. */
        private static final class Search {
            final String text;
            final Object[] pieces;
            final String[] kinds;
            final String[] slots;
            long steps;

            Search(String text, Object[] pieces, String[] kinds) {
                this.text = text;
                this.pieces = pieces;
                this.kinds = kinds;
                this.slots = new String[kinds.length];
                this.steps = 64L * (text.length() + 1) * Math.max(pieces.length, 1);
            }

            boolean spend(int cost) {
                steps -= Math.max(cost, 1);
                return steps >= 0;
            }

            boolean matches(int at, int pos) {
                if (at == pieces.length) return pos == text.length();
                if (!spend(1)) return false;
                Object piece = pieces[at];
                if (piece instanceof String) {
                    String literal = (String) piece;
                    return spend(literal.length()) && text.startsWith(literal, pos)
                        && matches(at + 1, pos + literal.length());
                }
                int param = (Integer) piece;
                String seen = slots[param];
                if (seen != null) {
                    return spend(seen.length()) && text.startsWith(seen, pos) && matches(at + 1, pos + seen.length());
                }
                String kind = kinds[param];
                if (at + 1 == pieces.length) {
                    String value = text.substring(pos);
                    if (!spend(value.length()) || !reads(kind, value)) return false;
                    slots[param] = value;
                    return true;
                }
                if (!(pieces[at + 1] instanceof String)) return false;
                String next = (String) pieces[at + 1];
                for (int from = pos;;) {
                    int end = text.indexOf(next, from);
                    if (end < 0 || !spend(end - from + next.length())) return false;
                    String value = text.substring(pos, end);
                    if (spend(value.length()) && reads(kind, value)) {
                        slots[param] = value;
                        if (matches(at + 1, end)) return true;
                        slots[param] = null;
                    }
                    if (steps < 0) return false;
                    from = end + 1;
                }
            }
        }

        /** The texts of the values in {@code text}, read with the first of {@code templates} that matches it whole, or null. */
        static String[] read(String text, Object[][] templates, String[] kinds) {
            for (Object[] pieces : templates) {
                java.util.Set<Integer> seen = new java.util.HashSet<>();
                boolean twice = false;
                for (Object piece : pieces) {
                    if (piece instanceof Integer && !seen.add((Integer) piece)) twice = true;
                }
                String[] texts = null;
                if (twice) {
                    Search search = new Search(text, pieces, kinds);
                    if (search.matches(0, 0)) texts = search.slots;
                } else {
                    int i = 0;
                    StringBuilder lead = new StringBuilder();
                    while (i < pieces.length && pieces[i] instanceof String) lead.append((String) pieces[i++]);
                    java.util.List<Slot> slots = new java.util.ArrayList<>();
                    boolean sideBySide = false;
                    while (i < pieces.length) {
                        int param = (Integer) pieces[i++];
                        StringBuilder after = new StringBuilder();
                        while (i < pieces.length && pieces[i] instanceof String) after.append((String) pieces[i++]);
                        if (after.length() == 0 && i < pieces.length) sideBySide = true;
                        slots.add(new Slot(param, kinds[param], after.toString()));
                    }
                    if (sideBySide || !text.startsWith(lead.toString())) continue;
                    boolean allText = true;
                    for (Slot slot : slots) {
                        if (!slot.kind.equals("str")) allText = false;
                    }
                    int[] ends = allText ? nearest(text, lead.toString(), slots) : run(text, lead.toString(), slots);
                    if (ends != null) {
                        texts = new String[kinds.length];
                        int start = lead.length();
                        for (int v = 0; v < slots.size(); v++) {
                            texts[slots.get(v).param] = text.substring(start, ends[v]);
                            start = ends[v] + slots.get(v).after.length();
                        }
                    }
                }
                if (texts != null && java.util.Arrays.stream(texts).allMatch(t -> t != null)) return texts;
            }
            return null;
        }

        /** The digits of a whole number's text: its sign kept, leading zeros dropped. */
        static String whole(String text) {
            boolean negative = text.startsWith("-");
            String digits = text.replaceFirst("^[+-]?0*", "");
            if (digits.isEmpty()) return "0";
            return negative ? "-" + digits : digits;
        }

        /** A decimal's text, which the grammar accepted, as a double. */
        static double decimal(String text) {
            String body = text.replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT);
            boolean negative = text.startsWith("-");
            if (body.equals("nan")) return Double.NaN;
            if (body.equals("inf") || body.equals("infinity")) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return Double.parseDouble(text);
        }

        /** A decimal as the messages write it: the shortest digits that read back as the same number, without an exponent; NaN, inf, -inf. */
        static String write(double x) {
            if (Double.isNaN(x)) return "NaN";
            if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
            String sign = x < 0 || (x == 0 && 1 / x < 0) ? "-" : "";
            double magnitude = Math.abs(x);
            if (magnitude == 0) return sign + "0";
            // The exact value rounded to 1, 2, … significant digits: the
            // first that reads back as the same number is the shortest, and
            // the nearest of that length.
            java.math.BigDecimal exact = new java.math.BigDecimal(magnitude);
            for (int precision = 1; precision <= 17; precision++) {
                java.math.BigDecimal digits = exact.round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN));
                if (Double.parseDouble(digits.toString()) == magnitude) {
                    return sign + digits.stripTrailingZeros().toPlainString();
                }
            }
            return sign + new java.math.BigDecimal(magnitude).toPlainString();
        }
    }
