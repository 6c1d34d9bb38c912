
// Reading a message back, in time proportional to its length whatever it
// holds (the Rust crate's reader, written again): of the ways a text splits
// into a template's pieces, the one whose first value is shortest, then
// whose second is, and so on. A template of text values is read by placing
// each text where it first is; one with numbers by keeping, byte by byte,
// only the partial readings that can still succeed (one per state of each
// value's grammar); one that uses a value twice by a search that gives up
// after a number of steps proportional to the text.

// read_piece is a piece of a template: text, or the index of a parameter
// (when param is at least 0).
type read_piece struct {
	text  string
	param int
}

// read_largest gives the digits of the largest value of each whole type,
// and read_smallest those of the magnitude of its smallest ("" when
// unsigned).
func read_largest(kind string) string {
	switch kind {
	case "u32":
		return "4294967295"
	case "u64":
		return "18446744073709551615"
	case "i32":
		return "2147483647"
	}
	return "9223372036854775807"
}

func read_smallest(kind string) string {
	switch kind {
	case "i32":
		return "2147483648"
	case "i64":
		return "9223372036854775808"
	}
	return ""
}

// read_step gives the state after the byte c in state of the grammar of
// kind (Rust's FromStr), or -1; every value starts in state 0.
func read_step(kind string, state int, c byte) int {
	digit := c >= '0' && c <= '9'
	switch kind {
	case "str":
		return 0
	case "bool":
		if state == 0 {
			switch c {
			case 't':
				return 1
			case 'f':
				return 5
			}
			return -1
		}
		word, first := "true", 1
		if state > 4 {
			word, first = "false", 5
		}
		read := state - first + 1
		if read < len(word) && word[read] == c {
			return state + 1
		}
		return -1
	case "f64":
		e := c == 'e' || c == 'E'
		sign := c == '+' || c == '-'
		lower := c
		if c >= 'A' && c <= 'Z' {
			lower = c + 32
		}
		switch {
		case state == 0 || state == 1:
			switch {
			case digit:
				return 2
			case c == '.':
				return 3
			case sign && state == 0:
				return 1
			case lower == 'i':
				return 9
			case lower == 'n':
				return 17
			}
			return -1
		case state == 2 && c == '.':
			return 4
		case (state == 2 || state == 4 || state == 5) && e:
			return 6
		case state == 2 && digit:
			return 2
		case (state == 3 || state == 4 || state == 5) && digit:
			return 5
		case state == 6 && sign:
			return 7
		case (state == 6 || state == 7 || state == 8) && digit:
			return 8
		case state >= 17:
			if state < 19 && "nan"[state-16] == lower {
				return state + 1
			}
			return -1
		case state >= 9:
			if state < 16 && "infinity"[state-8] == lower {
				return state + 1
			}
			return -1
		}
		return -1
	}
	max, min := read_largest(kind), read_smallest(kind)
	most := len(max)
	negative, digits, compared := false, 0, 1
	switch {
	case state == 0:
		if c == '+' {
			return 1
		}
		if c == '-' {
			if min == "" {
				return -1
			}
			return 2
		}
	case state == 2:
		if min == "" {
			return -1
		}
		negative = true
	case state > 2:
		number := (state - 3) / 3
		negative = number > most
		digits = number % (most + 1)
		compared = (state - 3) % 3
	}
	if !digit {
		return -1
	}
	base := 0
	if negative {
		base = most + 1
	}
	if digits == 0 && c == '0' {
		return 3 + base*3 + 1
	}
	digits++
	limit := max
	if negative {
		limit = min
	}
	if digits > most {
		return -1
	}
	if compared == 1 {
		bound := limit[digits-1]
		switch {
		case c < bound:
			compared = 0
		case c > bound:
			compared = 2
		}
	}
	if digits == most && compared == 2 {
		return -1
	}
	return 3 + (base+digits)*3 + compared
}

// read_accepts reports whether a value of kind may end in state.
func read_accepts(kind string, state int) bool {
	switch kind {
	case "str":
		return true
	case "bool":
		return state == 4 || state == 9
	case "f64":
		switch state {
		case 2, 4, 5, 8, 11, 16, 19:
			return true
		}
		return false
	}
	return state >= 3
}

// read_reads reports whether text reads whole as a value of kind.
func read_reads(kind, text string) bool {
	if kind == "str" {
		return true
	}
	state := 0
	for i := 0; i < len(text) && state >= 0; i++ {
		state = read_step(kind, state, text[i])
	}
	return state >= 0 && read_accepts(kind, state)
}

// read_before reports whether the decided reading a comes before b.
func read_before(a, b []int) bool {
	for k := range a {
		if a[k] != b[k] {
			return a[k] < b[k]
		}
	}
	return false
}

type read_slot struct {
	param int
	kind  string
	after string
}

// read_nearest gives the ends of a template of text values: each text
// where it first is.
func read_nearest(text, lead string, slots []read_slot) []int {
	ends := make([]int, len(slots))
	p := len(lead)
	for v, slot := range slots {
		if v+1 == len(slots) {
			at := len(text) - len(slot.after)
			if at < p || text[at:] != slot.after {
				return nil
			}
			ends[v] = at
			continue
		}
		at := strings.Index(text[p:], slot.after)
		if at < 0 {
			return nil
		}
		ends[v] = p + at
		p += at + len(slot.after)
	}
	return ends
}

type read_waiting struct {
	at   int
	ends []int
}

func read_keep(half []map[int][]int, v, state int, ends []int) {
	if old, ok := half[v][state]; !ok || read_before(ends, old) {
		half[v][state] = ends
	}
}

func read_empty(count int) []map[int][]int {
	out := make([]map[int][]int, count)
	for v := range out {
		out[v] = map[int][]int{}
	}
	return out
}

// read_run gives the ends of the best reading of a template with numbers,
// read once left to right keeping, for each value, one reading per state.
func read_run(text, lead string, slots []read_slot) []int {
	n, count := len(text), len(slots)
	now := read_empty(count)
	waiting := make([][]read_waiting, count)
	nextAt := make([]int, count)
	for v := range nextAt {
		nextAt[v] = -1
	}
	var best []int
	p := len(lead)
	read_keep(now, 0, 0, make([]int, count))
	for {
		for v := 0; v+1 < count; v++ {
			if len(waiting[v]) > 0 && waiting[v][0].at == p {
				head := waiting[v][0]
				waiting[v] = waiting[v][1:]
				read_keep(now, v+1, 0, head.ends)
			}
		}
		for v, slot := range slots {
			// In order of state, so the outcome does not depend on the
			// map's order.
			for _, state := range read_states(now[v]) {
				if !read_accepts(slot.kind, state) || !strings.HasPrefix(text[p:], slot.after) {
					continue
				}
				ends := append([]int(nil), now[v][state]...)
				ends[v] = p
				if v+1 == count {
					if p+len(slot.after) == n && (best == nil || read_before(ends, best)) {
						best = ends
					}
					continue
				}
				at := p + len(slot.after)
				if last := len(waiting[v]) - 1; last >= 0 && waiting[v][last].at == at {
					if read_before(ends, waiting[v][last].ends) {
						waiting[v][last].ends = ends
					}
				} else {
					waiting[v] = append(waiting[v], read_waiting{at, ends})
				}
			}
		}
		if p == n {
			return best
		}
		textOnly := true
		for v, slot := range slots {
			if slot.kind != "str" && len(now[v]) > 0 {
				textOnly = false
			}
		}
		if textOnly {
			// Only text values alive: on to the next place something can happen.
			next := n + 1
			for v, slot := range slots {
				if len(waiting[v]) > 0 && waiting[v][0].at < next {
					next = waiting[v][0].at
				}
				if len(now[v]) == 0 {
					continue
				}
				if v+1 == count {
					if at := n - len(slot.after); at > p && at < next {
						next = at
					}
					continue
				}
				if nextAt[v] <= p {
					nextAt[v] = n + 1
					if at := strings.Index(text[p+1:], slot.after); at >= 0 {
						nextAt[v] = p + 1 + at
					}
				}
				if nextAt[v] < next {
					next = nextAt[v]
				}
			}
			if next > n {
				return best
			}
			p = next
			continue
		}
		c := text[p]
		then := read_empty(count)
		for v, slot := range slots {
			for _, state := range read_states(now[v]) {
				if next := read_step(slot.kind, state, c); next >= 0 {
					read_keep(then, v, next, now[v][state])
				}
			}
		}
		now = then
		p++
		over := true
		for v := range slots {
			if len(now[v]) > 0 || len(waiting[v]) > 0 {
				over = false
			}
		}
		if over {
			return best
		}
	}
}

// read_states gives the states of a map of readings in ascending order.
func read_states(readings map[int][]int) []int {
	states := make([]int, 0, len(readings))
	for state := range readings {
		states = append(states, state)
	}
	for i := 1; i < len(states); i++ {
		for j := i; j > 0 && states[j] < states[j-1]; j-- {
			states[j], states[j-1] = states[j-1], states[j]
		}
	}
	return states
}

type read_search struct {
	text   string
	pieces []read_piece
	kinds  []string
	slots  []*string
	steps  int
}

func (s *read_search) spend(cost int) bool {
	if cost < 1 {
		cost = 1
	}
	s.steps -= cost
	return s.steps >= 0
}

func (s *read_search) matches(at, pos int) bool {
	if at == len(s.pieces) {
		return pos == len(s.text)
	}
	if !s.spend(1) {
		return false
	}
	piece := s.pieces[at]
	if piece.param < 0 {
		return s.spend(len(piece.text)) && strings.HasPrefix(s.text[pos:], piece.text) && s.matches(at+1, pos+len(piece.text))
	}
	if seen := s.slots[piece.param]; seen != nil {
		return s.spend(len(*seen)) && strings.HasPrefix(s.text[pos:], *seen) && s.matches(at+1, pos+len(*seen))
	}
	kind := s.kinds[piece.param]
	if at+1 == len(s.pieces) {
		value := s.text[pos:]
		if !s.spend(len(value)) || !read_reads(kind, value) {
			return false
		}
		s.slots[piece.param] = &value
		return true
	}
	next := s.pieces[at+1]
	if next.param >= 0 {
		return false
	}
	for from := pos; ; {
		found := strings.Index(s.text[from:], next.text)
		if found < 0 || !s.spend(found+len(next.text)) {
			return false
		}
		end := from + found
		value := s.text[pos:end]
		if s.spend(len(value)) && read_reads(kind, value) {
			s.slots[piece.param] = &value
			if s.matches(at+1, end) {
				return true
			}
			s.slots[piece.param] = nil
		}
		if s.steps < 0 || end >= len(s.text) {
			return false
		}
		from = end + 1
	}
}

// read_template gives the texts of the values in text, read with the
// first of templates that matches it whole, and whether one did.
func read_template(text string, templates [][]read_piece, kinds []string) ([]string, bool) {
	for _, pieces := range templates {
		seen := map[int]bool{}
		twice := false
		for _, piece := range pieces {
			if piece.param >= 0 {
				twice = twice || seen[piece.param]
				seen[piece.param] = true
			}
		}
		var texts []*string
		if twice {
			steps := len(pieces)
			if steps < 1 {
				steps = 1
			}
			search := &read_search{text, pieces, kinds, make([]*string, len(kinds)), 64 * (len(text) + 1) * steps}
			if search.matches(0, 0) {
				texts = search.slots
			}
		} else {
			i := 0
			lead := ""
			for i < len(pieces) && pieces[i].param < 0 {
				lead += pieces[i].text
				i++
			}
			var slots []read_slot
			sideBySide := false
			for i < len(pieces) {
				param := pieces[i].param
				i++
				after := ""
				for i < len(pieces) && pieces[i].param < 0 {
					after += pieces[i].text
					i++
				}
				if after == "" && i < len(pieces) {
					sideBySide = true
				}
				slots = append(slots, read_slot{param, kinds[param], after})
			}
			if sideBySide || !strings.HasPrefix(text, lead) {
				continue
			}
			allText := true
			for _, slot := range slots {
				allText = allText && slot.kind == "str"
			}
			var ends []int
			if allText {
				ends = read_nearest(text, lead, slots)
			} else {
				ends = read_run(text, lead, slots)
			}
			if ends != nil {
				texts = make([]*string, len(kinds))
				start := len(lead)
				for v, slot := range slots {
					value := text[start:ends[v]]
					texts[slot.param] = &value
					start = ends[v] + len(slot.after)
				}
			}
		}
		if texts == nil {
			continue
		}
		out := make([]string, len(texts))
		whole := true
		for k, t := range texts {
			if t == nil {
				whole = false
				break
			}
			out[k] = *t
		}
		if whole {
			return out, true
		}
	}
	return nil, false
}

// read_whole gives a whole number's text with a "-" kept, "+" and leading
// zeros dropped.
func read_whole(text string) string {
	negative := strings.HasPrefix(text, "-")
	digits := strings.TrimLeft(strings.TrimLeft(text, "+-"), "0")
	if digits == "" {
		return "0"
	}
	if negative {
		return "-" + digits
	}
	return digits
}

// read_decimal gives a decimal's text, which the grammar accepted, as a
// float64 (beyond the range, the infinity of its sign).
func read_decimal(text string) float64 {
	if strings.EqualFold(strings.TrimLeft(text, "+-"), "nan") {
		return math.NaN()
	}
	x, _ := strconv.ParseFloat(text, 64)
	return x
}
