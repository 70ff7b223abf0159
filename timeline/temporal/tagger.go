package temporal

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/olebedev/when/rules"
)

// Tagger finds and resolves temporal expressions. A Tagger is safe for
// concurrent use: Tag keeps its state in a per-call context.
type Tagger struct {
	dayFirst    bool
	splitRanges bool
}

// Option configures a Tagger.
type Option func(*Tagger)

// SplitRanges makes the Tagger return the two ends of a range joined by a
// word ("from March to May 2023", "between 2019 and 2021") as two
// expressions, as plain TimeML annotates them, instead of one range.
// Ranges written with a dash ("October 21–22", "2019–2021") stay one
// expression.
func SplitRanges() Option { return func(t *Tagger) { t.splitRanges = true } }

// DayFirst makes the Tagger read ambiguous numeric dates such as "04/05/2023"
// as day/month/year (4 May). By default they are read as month/day/year
// (April 5), the US convention of English-language wire copy; a first number
// above 12 is always a day ("21/10/2024").
func DayFirst() Option { return func(t *Tagger) { t.dayFirst = true } }

// New returns a Tagger with the project's rules and default options.
func New() *Tagger { return &Tagger{} }

// NewWith returns a Tagger with the project's rules and the given options.
func NewWith(opts ...Option) *Tagger {
	t := &Tagger{}
	for _, o := range opts {
		o(t)
	}
	return t
}

var defaultTagger = New()

// Tag returns every temporal expression in text resolved against ref, using
// a Tagger with default options. See (*Tagger).Tag.
func Tag(text string, ref time.Time) []Timex { return defaultTagger.Tag(text, ref) }

// Tag returns every temporal expression in text, in order of position,
// resolved against the reference date ref. A zero ref means no reference is
// known: parts that would need one stay unknown ("XXXX-10-21") rather than
// being guessed from the clock.
//
// Expressions never overlap. Offsets are byte offsets on rune boundaries.
// Invalid UTF-8 is not an error: invalid bytes are treated as non-letters
// that separate words, and no expression starts or ends inside them. Ranges
// ("October 21–22", "from March to May 2023") are one Timex whose Value is
// an ISO 8601 interval ("2024-10-21/2024-10-22") and whose Date has End set.
func (t *Tagger) Tag(text string, ref time.Time) []Timex {
	if !ref.IsZero() {
		y, m, d := ref.Date()
		ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	c := newContext(text, ref, t)
	var out []Timex
	for pos := 0; pos < len(text); {
		at, word, next := nextTrigger(text, pos, c.words)
		if at < 0 {
			break
		}
		pos = next
		best, ok := Timex{}, false
		run, after, nw := next-at, byte(0), ""
		if next < len(text) {
			after = text[next]
		}
		for _, r := range c.index[word] {
			if r.digits != nil && word == "#" && !r.digits(run, after) {
				continue
			}
			if r.after != nil {
				if nw == "" {
					nw = lowerASCII(wordAfter(text, next))
				}
				if !r.after[nw] {
					continue
				}
			}
			_, tx, found := r.match(c, at)
			if !found || (ok && tx.End <= best.End) {
				continue
			}
			best, ok = c.extendLeft(tx, r.ext), true
		}
		if !ok {
			continue
		}
		pos = best.End
		best = c.openEnded(best)
		parts := []Timex{best}
		if (t.splitRanges || best.list) && best.parts != nil {
			parts = best.parts
			if best.Start < parts[0].Start {
				parts[0].Start = best.Start // keep a modifier taken on the left
			}
		}
		for _, p := range parts {
			p.parts = nil
			p.Text = text[p.Start:p.End]
			out = append(out, p)
			c.remember(&out[len(out)-1])
		}
	}
	return out
}

// state is the state of one Tag call that rules read: the text, the
// reference date and what the text has said so far.
type state struct {
	// Text is the whole document.
	Text string
	// Ref is the reference date (midnight UTC), zero when unknown.
	Ref time.Time

	tagger *Tagger
	index  map[string][]*Rule
	words  map[string]string
	// prevEnd is the end of the last expression found; extensions to the
	// left stop there.
	prevEnd int
	prev    *Timex
	// last is the last calendar date mentioned, for anaphora ("the
	// following day"); lastYear is the last year written out in the text.
	last         *Date
	recent       []mention
	lastYear     int
	lastYearAt   int
	lastYearText bool
	// heading is the latest day written on a short line of its own
	// ("Thursday 16 March 2023"); entry is the day of the latest time
	// stamping a line, which the times of that entry share.
	heading *Date
	entry   *Date
}

// mention is a calendar date the text mentioned, and where it ended.
type mention struct {
	date *Date
	end  int
}

func newContext(text string, ref time.Time, t *Tagger) *state {
	if t == nil {
		t = defaultTagger
	}
	return &state{Text: text, Ref: ref, tagger: t, index: triggerIndex, words: triggerWords}
}

// remember records an expression just found.
func (c *state) remember(tx *Timex) {
	c.prevEnd = tx.End
	c.prev = tx
	d := tx.Date
	if d == nil || !d.Known() || tx.Type == TypeDuration || tx.Type == TypeSet {
		return
	}
	if tx.stamp {
		c.entry = d
	} else if tx.Type == TypeDate && d.Granularity == Day && !d.IsRange() && c.headingLine(tx.Start, tx.End) {
		c.heading, c.entry = d, nil
	}
	c.last = d
	if len(c.recent) == 8 {
		copy(c.recent, c.recent[1:])
		c.recent = c.recent[:7]
	}
	c.recent = append(c.recent, mention{d, tx.End})
	if d.Granularity == Decade || d.Granularity == Century {
		return
	}
	if !d.Inferred || d.Granularity == Year && !d.IsRange() {
		// a year written out, or named relatively ("last year", "that
		// year"): a month later in the clause falls in it
		c.lastYear, c.lastYearAt, c.lastYearText = d.Start.Year(), tx.End, true
	}
}

// headingLine reports whether the expression at [s, e) stands on a short
// line that is not a sentence: a heading such as "Thursday 16 March 2023"
// or "Live updates, 16 March".
func (c *state) headingLine(s, e int) bool {
	if atLineStart(c.Text, s) {
		// a date opening its line and ending there or with a stop:
		// "Tuesday 12 June 2018. All times are local."
		if e == len(c.Text) || strings.IndexByte(".:|\n\r", c.Text[e]) >= 0 || strings.HasPrefix(c.Text[e:], " —") ||
			strings.HasPrefix(c.Text[e:], " –") || strings.HasPrefix(c.Text[e:], " - ") {
			return true
		}
	}
	ls, le := s, e
	for ls > 0 && c.Text[ls-1] != '\n' && s-ls < 80 {
		ls--
	}
	for le < len(c.Text) && c.Text[le] != '\n' && le-e < 80 {
		le++
	}
	if (ls > 0 && c.Text[ls-1] != '\n') || (le < len(c.Text) && c.Text[le] != '\n') {
		return false // longer than a heading
	}
	line := strings.TrimSpace(c.Text[ls:le])
	return len(line) <= 80 && !strings.HasSuffix(line, ".") && !strings.Contains(line, ". ")
}

const windowSize = 96

// window returns the text from at on, cut after about windowSize bytes at
// the end of a word and on a rune boundary.
func (c *state) window(at int) string {
	end := at + windowSize
	if end >= len(c.Text) {
		return c.Text[at:]
	}
	for end < len(c.Text) && (isAlnum(c.Text[end]) || !utf8.RuneStart(c.Text[end])) {
		end++
	}
	return c.Text[at:end]
}

// boundaryAfter reports whether a match may end at e: not inside a word or
// a rune.
func (c *state) boundaryAfter(e int) bool {
	if e >= len(c.Text) {
		return true
	}
	if !utf8.RuneStart(c.Text[e]) {
		return false
	}
	return !(isAlnum(c.Text[e]) && e > 0 && isAlnum(c.Text[e-1]))
}

func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

// nextTrigger finds the next word start at or after pos. It returns its
// offset, the word in lower case ("#" for a number) and the offset after the
// word; at is -1 when there is none. A word starts at an ASCII letter or digit
// not preceded by one (nor by a non-ASCII letter).
func nextTrigger(text string, pos int, words map[string]string) (at int, word string, next int) {
	for i := pos; i < len(text); i++ {
		b := text[i]
		if !isAlnum(b) {
			continue
		}
		if i > 0 && (isAlnum(text[i-1]) || precededByLetter(text, i)) {
			j := i
			for j < len(text) && isAlnum(text[j]) {
				j++
			}
			i = j - 1
			continue
		}
		j := i
		for j < len(text) && isAlnum(text[j]) {
			j++
		}
		if isDigit(b) {
			k := i
			for k < j && isDigit(text[k]) {
				k++
			}
			return i, "#", k
		}
		if j-i > 16 {
			i = j - 1
			continue
		}
		return i, triggerWord(text[i:j], words), j
	}
	return -1, "", len(text)
}

// triggerWord returns w in lower case if it is a trigger word, else "";
// it does not allocate.
func triggerWord(w string, words map[string]string) string {
	var buf [16]byte
	for k := 0; k < len(w); k++ {
		b := w[k]
		if isUpper(b) {
			b += 'a' - 'A'
		}
		buf[k] = b
	}
	return words[string(buf[:len(w)])]
}

// precededByLetter reports whether a non-ASCII letter ends just before i.
func precededByLetter(text string, i int) bool {
	if text[i-1] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r != utf8.RuneError && (r >= 0xC0 && r < 0x2000) // Latin, Greek, Cyrillic... letters
}

// lowerASCII lower-cases an ASCII word, allocating only when needed.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			return strings.ToLower(s)
		}
	}
	return s
}

// modifiers are words before a date that qualify it, with their TIMEX3 mod.
var modifiers = []struct{ words, mod string }{
	{"the end of", "END"},
	{"the beginning of", "START"},
	{"the start of", "START"},
	{"the middle of", "MID"},
	{"the turn of", "APPROX"},
	{"end of", "END"},
	{"beginning of", "START"},
	{"start of", "START"},
	{"middle of", "MID"},
	{"the early", "START"},
	{"the late", "END"},
	{"the mid", "MID"},
	{"early", "START"},
	{"late", "END"},
	{"mid", "MID"},
}

// approxWords qualify a duration ("more than three years").
var approxWords = []string{"more than", "less than", "fewer than", "nearly", "almost", "about",
	"around", "at least", "at most", "some", "roughly", "up to", "approximately"}

// extendLeft takes words before a match into the span as ext allows.
func (c *state) extendLeft(tx Timex, ext extension) Timex {
	if ext&extWeekday != 0 {
		if s, ok := c.weekdayBefore(tx.Start); ok {
			tx.Start = s
			tx = c.checkWeekday(tx, s)
		}
	}
	if ext&extMod != 0 && tx.Date != nil {
		before := c.Text[max(c.prevEnd, tx.Start-24):tx.Start]
		trimmed := strings.TrimRight(before, " -")
		if len(trimmed) < len(before) {
			for _, m := range modifiers {
				if hasWordSuffix(trimmed, m.words) {
					tx.Start -= len(before) - len(trimmed) + len(m.words)
					d := *tx.Date
					d.Mod = m.mod
					tx.Date = &d
					break
				}
			}
		}
	}
	if ext&extApprox != 0 {
		before := c.Text[max(c.prevEnd, tx.Start-16):tx.Start]
		for _, w := range approxWords {
			if hasWordSuffix(before, w+" ") {
				tx.Start -= len(w) + 1
				break
			}
		}
	}
	if ext&extTheOrdinal != 0 {
		// "the 4th of April" and "the 4th April", but "the 21-22 October
		// summit" is a determiner of "summit"
		w := c.Text[tx.Start:tx.End]
		i := 0
		for i < len(w) && isDigit(w[i]) {
			i++
		}
		if rest := strings.ToLower(w[i:]); strings.HasPrefix(rest, "st") || strings.HasPrefix(rest, "nd") ||
			strings.HasPrefix(rest, "rd") || strings.HasPrefix(rest, "th") || strings.HasPrefix(rest, " of ") {
			ext |= extThe
		}
	}
	if ext&extThe != 0 {
		before := c.Text[max(c.prevEnd, tx.Start-5):tx.Start]
		if hasWordSuffix(before, "the ") {
			tx.Start -= 4
			if ext&extWeekday != 0 {
				// "Friday the 13th of September"
				if s, ok := c.weekdayBefore(tx.Start); ok {
					tx.Start = s
					tx = c.checkWeekday(tx, s)
				}
			}
		}
	}
	return tx
}

// hasWordSuffix reports whether s ends with word (case-insensitively) and
// the word starts a word of s.
func hasWordSuffix(s, word string) bool {
	if len(s) < len(word) || !strings.EqualFold(s[len(s)-len(word):], word) {
		return false
	}
	i := len(s) - len(word)
	return i == 0 || !isAlnum(s[i-1])
}

var weekdayNames = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// weekdayBefore finds "Tuesday, " or "Tuesday " just before s.
func (c *state) weekdayBefore(s int) (int, bool) {
	before := c.Text[max(c.prevEnd, s-12):s]
	trimmed := strings.TrimRight(before, " ,")
	if len(trimmed) == len(before) {
		return 0, false
	}
	for _, w := range weekdayNames {
		if hasWordSuffix(trimmed, w) {
			return s - (len(before) - len(trimmed)) - len(w), true
		}
	}
	return 0, false
}

// withParts records the two ends of a range whose separator sep is a word
// ("to", "and"), for SplitRanges: first is the text of the first end, which
// starts the match, and the second end runs from after sep to the end of
// the match.
func withParts(tx Timex, ok bool, m *rules.Match, first, sep string, a, b *Date) (Timex, bool) {
	if !ok || !strings.ContainsAny(strings.ToLower(sep), "abcdefghijklmnopqrstuvwxyz") {
		return tx, ok
	}
	e1 := m.Left + len(first)
	s2 := e1 + len(sep)
	end := m.Right
	if tx.End > end {
		end = tx.End // a relative year taken after the match
	}
	tx.parts = []Timex{
		{Start: m.Left, End: e1, Type: TypeDate, Value: a.Value, Date: a},
		{Start: s2, End: end, Type: TypeDate, Value: b.Value, Date: b},
	}
	return tx, ok
}

// checkWeekday compares the weekday written at s ("Tuesday, October 23")
// with the day the expression resolved to. When they clash and the year was
// taken from the reference date, the year within one of the reference year
// in which the day falls on that weekday is chosen ("Monday, October 23"
// read on 2024-10-23 is 2023-10-23); when there is none, or the year was
// written or taken from the discourse, the date is kept as resolved and
// Timex.Warning says that the weekday does not match.
func (c *state) checkWeekday(tx Timex, s int) Timex {
	d := tx.Date
	if tx.Type != TypeDate || d == nil || !d.Known() || d.Granularity != Day || d.IsRange() {
		return tx
	}
	e := s
	for e < len(c.Text) && isAlnum(c.Text[e]) {
		e++
	}
	wd := weekdayOf(c.Text[s:e])
	if d.Start.Weekday() == wd {
		return tx
	}
	if d.Inferred && !c.Ref.IsZero() && d.Start.Year() >= c.Ref.Year()-1 && d.Start.Year() <= c.Ref.Year()+1 {
		m, day := d.Start.Month(), d.Start.Day()
		for y := c.Ref.Year() - 1; y <= c.Ref.Year()+1; y++ {
			t := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
			if t.Day() == day && t.Weekday() == wd {
				nd := dayOf(t, true)
				nd.Mod = d.Mod
				tx.Date, tx.Value = nd, nd.Value
				return tx
			}
		}
	}
	tx.Warning = fmt.Sprintf("the text names %s, but %s is a %s", c.Text[s:e], d.Value, d.Start.Weekday())
	return tx
}

// openMods are prepositions that make a date the bound of an open-ended
// period, with their TIMEX3 mod: "since 2014" is ON_OR_AFTER 2014. The
// preposition stays outside the span.
var openMods = map[string]string{
	"since": "ON_OR_AFTER", "after": "AFTER", "before": "BEFORE",
	"until": "ON_OR_BEFORE", "till": "ON_OR_BEFORE",
}

// openEnded sets the mod of a single date or time that follows "since",
// "before", "after" or "until" (or "prior to"), unless the text already
// qualifies it ("since early 2014" stays START), it is the possessive of a
// noun ("after Tuesday's vote" is the vote), or "until" follows a negation
// ("did not open until October 2005" opened then). "by 2028" gets no mod:
// the timeline package dates planned events by such deadlines.
func (c *state) openEnded(tx Timex) Timex {
	d := tx.Date
	if d == nil || d.Mod != "" || d.IsRange() || tx.parts != nil || tx.Type != TypeDate && tx.Type != TypeTime {
		return tx
	}
	w, ws := wordBefore(c.Text, tx.Start)
	if ws < c.prevEnd || ws == tx.Start {
		return tx
	}
	mod := openMods[w]
	if w == "to" {
		if pw, ps := wordBefore(c.Text, ws); pw == "prior" && ps >= c.prevEnd {
			mod = "BEFORE"
		}
	}
	if mod == "" {
		return tx
	}
	if mod == "ON_OR_BEFORE" && c.negatedBefore(ws) {
		return tx
	}
	if rest := c.Text[tx.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return tx
	}
	nd := *d
	nd.Mod = mod
	tx.Date = &nd
	return tx
}

// negatedBefore reports whether a negation ("not", "n't", "never", "no")
// comes in the clause before offset i, at most eight words back.
func (c *state) negatedBefore(i int) bool {
	for n := 0; n < 8; n++ {
		w, ws := wordBefore(c.Text, i)
		if w == "" || ws < c.prevEnd {
			return false
		}
		switch {
		case w == "not" || w == "never" || w == "no" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"):
			return true
		}
		if j := strings.LastIndexAny(c.Text[:ws], ",;.!?"); j >= 0 && strings.TrimSpace(c.Text[j+1:ws]) == "" {
			return false // the clause starts here
		}
		i = ws
	}
	return false
}
