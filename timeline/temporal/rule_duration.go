package temporal

import (
	"strconv"
	"strings"

	"github.com/olebedev/when/rules"
)

// durationRules read lengths of time: "two-day visit" (P2D), "for three
// years" (P3Y), "48 hours" (PT48H), "a decade" (P10Y), "the past two weeks"
// (P2W), "the coming months" (PXM). Ages ("a 30-year-old") are not taken.
func durationRules() []*Rule {
	return []*Rule{
		// 1: count, 2: "and a half" before the unit, 3: unit, 4: "and a half" after it
		withDigits(newRule("duration", numberTriggers, extApprox, `{NUM}(\s+and\s+a\s+half)?(?:\s+|\s*-\s*){UNIT}(\s+and\s+a\s+half\b)?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				n, ok := number(capture(m, 0))
				unit := capture(m, 2)
				_, letter, _ := unitOf(unit)
				if !ok || letter == "" || letter == "Q" || n == 0 {
					return Timex{}, false
				}
				if isDigit(m.Text[0]) && !c.numberStandsAlone(m.Left, m.Left) {
					return Timex{}, false
				}
				rest := strings.ToLower(c.Text[m.Right:min(len(c.Text), m.Right+6)])
				if strings.HasPrefix(rest, "-old") || strings.HasPrefix(rest, " old") {
					return Timex{}, false
				}
				half := capture(m, 1) != "" || capture(m, 3) != ""
				if n > 1 && !half && !strings.HasSuffix(strings.ToLower(unit), "s") && !strings.Contains(m.Text, "-") {
					return Timex{}, false // "two year" only as "two-year"
				}
				v := durationValue(n, letter)
				if half && n > 0 {
					v = strings.Replace(v, strconv.Itoa(n), strconv.Itoa(n)+".5", 1)
				}
				return Timex{Type: TypeDuration, Value: v}, true
			}), func(run int, next byte) bool { return run <= 3 }),
		// 1: count, 2: unit
		withAfter(newRule("in-units", []string{"in"}, 0, `in\s+{NUM}\s+{UNIT}`,
			func(c *state, m *rules.Match) (Timex, bool) {
				return c.inUnits(m)
			}), inUnitsAfter...),
		// 1: unit
		newRule("half-a-unit", []string{"half"}, extApprox, `half\s+an?\s+(year|century|decade|day|hour)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				v := map[string]string{"year": "P6M", "century": "P50Y", "decade": "P5Y", "day": "PT12H", "hour": "PT30M"}[strings.ToLower(capture(m, 0))]
				return Timex{Type: TypeDuration, Value: v}, true
			}),
		// 1: unit, 2: "ago"
		newRule("vague-duration", []string{"days", "weeks", "months", "years", "decades", "hours"}, 0, `(days|weeks|months|years|decades|hours)(\s+ago\b)?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if capture(m, 1) != "" {
					return Timex{Type: TypeDate, Value: "PAST_REF"}, true // "years ago"
				}
				start, ok := c.vagueDurationStart(m.Left, m.Right)
				if !ok {
					return Timex{}, false
				}
				_, letter, _ := unitOf(capture(m, 0))
				return Timex{Start: start, End: m.Right, Type: TypeDuration, Value: durationValue(-1, letter)}, true
			}),
		// 1: past/last/next/coming, 2: count, 3: unit
		withAfter(newRule("the-past-units", []string{"the"}, 0, `the\s+(past|last|next|coming|previous|first|final|following)\s+(?:{NUM}\s+)?{UNIT}`,
			func(c *state, m *rules.Match) (Timex, bool) {
				unit := capture(m, 2)
				_, letter, _ := unitOf(unit)
				if letter == "" || letter == "Q" {
					return Timex{}, false
				}
				n := 1
				if first := strings.ToLower(capture(m, 0)); (first == "first" || first == "final" || first == "following") && capture(m, 1) == "" {
					return Timex{}, false // "the first day of talks"
				}
				if s := capture(m, 1); s != "" {
					var ok bool
					if n, ok = number(s); !ok {
						return Timex{}, false
					}
				} else if strings.HasSuffix(strings.ToLower(unit), "s") {
					n = -1 // "the coming months"
				}
				return Timex{Type: TypeDuration, Value: durationValue(n, letter)}, true
			}), "past", "last", "next", "coming", "previous", "first", "final", "following"),
	}
}

// vagueWordsBefore are words after which a bare plural unit is a vague
// duration: "for years", "within months", "only days before", "took weeks".
var vagueWordsBefore = map[string]bool{
	"for": true, "within": true, "after": true, "over": true, "in": true, "only": true,
	"just": true, "mere": true, "barely": true, "nearly": true, "almost": true, "than": true,
	"during": true, "throughout": true, "across": true, "until": true, "before": true,
	"take": true, "takes": true, "taking": true, "took": true, "spend": true, "spends": true,
	"spending": true, "spent": true, "lasts": true, "lasting": true, "lasted": true,
	"wait": true, "waits": true, "waiting": true, "be": true, "been": true, "is": true,
	"are": true, "was": true, "were": true, "came": true, "comes": true, "come": true,
	"still": true, "even": true, "some": false, "last": false,
}

// edAdjectives are "-ed" words that qualify a plural unit rather than
// being verbs before a duration: "extended hours", "his numbered days".
var edAdjectives = map[string]bool{"extended": true, "numbered": true, "troubled": true, "shortened": true,
	"reduced": true, "allotted": true, "designated": true, "specified": true, "required": true,
	"stated": true, "fixed": true, "agreed": true, "allowed": true, "crowded": true, "heated": true,
	"dreaded": true, "appointed": true, "certified": true, "selected": true, "remembered": true,
	"storied": true, "fabled": true, "celebrated": true, "wasted": true, "lost": true}

// vagueOfHeads are the nouns before "of" that leave a plural unit vague:
// "a matter of days", "thousands of years".
var vagueOfHeads = map[string]bool{"matter": true, "thousands": true, "hundreds": true, "dozens": true,
	"millions": true, "tens": true, "space": true, "course": true}

// vagueDurationStart decides whether the plural unit at [s, e) stands alone
// as a vague duration ("days before the vote", "weeks of talks", "for
// years") and returns the start of the expression ("recent years", "many
// years" take the word before). A plural unit after a determiner, an
// adjective or a name ("those days", "the early years", "the Obama years",
// "school days") is not one, nor a compound ("decades-old").
func (c *state) vagueDurationStart(s, e int) (int, bool) {
	text := c.Text
	if e < len(text) && text[e] == '-' {
		return 0, false // "decades-old", "weeks-long"
	}
	if next := wordAfter(text, e); next != "" && isDigit(next[0]) {
		return 0, false // "in years 1 and 2"
	}
	w, ws := wordBefore(text, s)
	atStart := sentenceStart(text, s)
	if w == "" && ws > 0 && !atStart {
		// after a comma or a dash: "the vote, hours after the count,"
		switch strings.ToLower(wordAfter(text, e)) {
		case "after", "before", "later", "earlier", "into", "of":
			return s, !isUpper(text[s])
		}
		return 0, false
	}
	if isUpper(text[s]) && !atStart {
		return 0, false // a name: "Days Inn"
	}
	switch {
	case w == "recent" || w == "many":
		if ws > 0 && isUpper(text[ws]) && !sentenceStart(text, ws) {
			return 0, false
		}
		return ws, true
	case atStart:
		return s, true
	case ws < len(text) && isUpper(text[ws]) && !sentenceStart(text, ws):
		return 0, false // "the Obama years"
	case vagueWordsBefore[w]:
		return s, true
	case w == "of":
		hw, _ := wordBefore(text, ws)
		return s, vagueOfHeads[hw]
	case w == "and" || w == "or" || w == "to":
		// "days or weeks", "weeks to months": a list of durations
		p := c.prev
		return s, p != nil && p.Type == TypeDuration && ws-p.End <= 3
	case len(w) >= 4 && strings.HasSuffix(w, "ed") && !notPast[w] && !edAdjectives[w]:
		return s, true // "signed days before", "ended weeks of talks"
	}
	return 0, false
}

// inUnitsAfter are the words that may follow "in" in "in two weeks".
var inUnitsAfter = func() []string {
	ws := []string{"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "fifteen", "twenty", "thirty"}
	for i := 1; i <= 99; i++ {
		ws = append(ws, strconv.Itoa(i))
	}
	return ws
}()

// rankWords before "in two years" make it a span of time, not a date: "the
// first visit in ten years", "the highest level in two decades".
var rankWords = map[string]bool{"first": true, "last": true, "only": true, "highest": true, "lowest": true,
	"biggest": true, "largest": true, "worst": true, "best": true, "most": true, "least": true, "time": true,
	"once": true, "twice": true, "times": true}

// inUnits reads "in two weeks" in a clause that looks ahead as the date that
// many days, weeks, months or years after the reference date ("will meet in
// two weeks" read on 2024-10-23 is 2024-W45); only the count and unit are
// tagged. Elsewhere ("grew 5% in two years", "the first visit in ten
// years") it is left to the duration rule.
func (c *state) inUnits(m *rules.Match) (Timex, bool) {
	if c.Ref.IsZero() {
		return Timex{}, false
	}
	n, ok := number(capture(m, 0))
	unit := strings.ToLower(capture(m, 1))
	g, _, _ := unitOf(unit)
	if !ok || n <= 0 || (g != Day && g != Week && g != Month && g != Year) {
		return Timex{}, false
	}
	if n > 1 && !strings.HasSuffix(unit, "s") {
		return Timex{}, false
	}
	if nw := lowerASCII(wordAfter(c.Text, m.Right)); nw == "of" || nw == "old" || nw == "ago" ||
		strings.HasPrefix(c.Text[m.Right:], "-") {
		return Timex{}, false
	}
	s := m.Left + 2
	for s < m.Right && !isAlnum(c.Text[s]) {
		s++
	}
	if c.tenseAt(s, m.Right) != tenseFuture {
		return Timex{}, false
	}
	ss, _ := c.sentenceBounds(m.Left, m.Right)
	for i, k := m.Left, 0; k < 6; k++ {
		w, ws := wordBefore(c.Text, i)
		if w == "" || ws < ss {
			break
		}
		if rankWords[w] || strings.HasSuffix(w, "est") {
			return Timex{}, false
		}
		i = ws
	}
	tx := c.shifted(g, n)
	tx.Start, tx.End = s, m.Right
	return tx, true
}
