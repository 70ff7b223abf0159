package temporal

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/olebedev/when/rules"
)

// monthRules read months: "April 2023", "March of 2023", "from March to May
// 2023", "between March and May", and a month alone in a date context ("in
// March", "last March", "since January").
func monthRules() []*Rule {
	return []*Rule{
		// 1: month, 2: year, 3: end month, 4: end year
		newRule("month-year", monthTriggers, extMod,
			`{MONTH}\s*,?\s*(?:of\s+)?{YEAR}(?:{DASH}{MONTH}\s*,?\s*(?:of\s+)?{YEAR})?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !monthWord(capture(m, 0)) {
					return Timex{}, false
				}
				y, _ := strconv.Atoi(capture(m, 1))
				start, ok := calendarDate(y, monthNumber(capture(m, 0)), 0, false)
				if !ok || y < 1000 || y > 2199 {
					return Timex{}, false
				}
				if capture(m, 2) == "" {
					return dateTimex(start, true)
				}
				if !monthWord(capture(m, 2)) {
					return Timex{}, false
				}
				y2, _ := strconv.Atoi(capture(m, 3))
				end, ok := calendarDate(y2, monthNumber(capture(m, 2)), 0, false)
				if !ok {
					return Timex{}, false
				}
				return dateTimex(rangeOf(start, end))
			}),
		// 1: month, 2: separator, 3: end month, 4: year
		newRule("month-range", monthTriggers, extMod|extThe,
			`{MONTH}(\s*(?:-|–|—|to|through|until|till|and)\s*){MONTH}(?:\s*,?\s*(?:of\s+)?{YEAR})?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !monthWord(capture(m, 0)) || !monthWord(capture(m, 2)) {
					return Timex{}, false
				}
				if sep := lowerASCII(capture(m, 1)); containsWord(sep, "and") {
					if w, _ := wordBefore(c.Text, m.Left); w != "between" {
						return Timex{}, false
					}
				} else if capture(m, 3) == "" && !c.monthContext(m.Left) {
					return Timex{}, false
				}
				mo, mo2 := monthNumber(capture(m, 0)), monthNumber(capture(m, 2))
				y, inferred, fixed, relEnd := 0, true, false, 0
				if capture(m, 3) != "" {
					y, _ = strconv.Atoi(capture(m, 3))
					inferred, fixed = false, true
				} else if ry, re, ok := c.relYearAfter(m.Right); ok {
					y, fixed, relEnd = ry, true, re // "from March to May last year"
				} else if yy, ok := c.yearFor(mo, 0, m.Left, m.Right); ok {
					y = yy
				}
				y1 := y
				if y != 0 && mo2 < mo {
					if !fixed {
						y++
					} else {
						y1--
					}
				}
				start, ok1 := calendarDate(y1, mo, 0, true)
				end, ok2 := calendarDate(y, mo2, 0, inferred)
				if !ok1 || !ok2 {
					return Timex{}, false
				}
				tx, ok := dateTimex(rangeOf(start, end))
				if ok && relEnd > 0 {
					tx.Start, tx.End = m.Left, relEnd
				}
				return withParts(tx, ok, m, capture(m, 0), capture(m, 1), start, end)
			}),
		// 1: month
		newRule("month", monthTriggers, extMod, `{MONTH}`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !monthWord(capture(m, 0)) {
					return Timex{}, false
				}
				mo := monthNumber(capture(m, 0))
				start := m.Left
				if next := wordAfter(c.Text, m.Right); next != "" && isUpper(next[0]) && givenNameMonths[strings.ToLower(capture(m, 0))] &&
					monthNumber(next) == 0 && m.Right < len(c.Text) && c.Text[m.Right] == ' ' && !c.monthSubject(m.Left, m.Right) {
					return Timex{}, false // "by April Haines", "with Jan Egeland"
				}
				det, ds := c.determiner(m.Left)
				ry, rend, rel := c.relYearAfter(m.Right)
				if det == "" && !rel && !c.monthContext(m.Left) {
					return Timex{}, false
				}
				var d *Date
				end := m.Right
				switch {
				case rel && det != "that" && det != "last" && det != "next":
					// "in March last year", "May of this year"; "this March
					// last year" is the month of that year
					if det == "this" {
						start = ds
					}
					d, _ = calendarDate(ry, mo, 0, true)
					end = rend
				case det == "that":
					// "that September": the year of the latest date mentioned
					start = ds
					d, _ = calendarDate(c.discourseYear(), mo, 0, true)
				case det == "following":
					// "in December 2010 ... the following April": the first
					// such month after the latest date mentioned
					start = ds
					y, bm := c.discourseMonth()
					if y != 0 && mo <= bm {
						y++
					}
					d, _ = calendarDate(y, mo, 0, true)
				case det == "last" || det == "past" || det == "next" || det == "coming" || det == "this":
					start = ds
					if c.Ref.IsZero() {
						d, _ = calendarDate(0, mo, 0, true)
						break
					}
					y := c.Ref.Year()
					rm := int(c.Ref.Month())
					switch {
					case (det == "last" || det == "past") && mo >= rm:
						y--
					case (det == "next" || det == "coming") && mo <= rm:
						y++
					}
					d, _ = calendarDate(y, mo, 0, true)
				default:
					y, ok := c.yearAfter(m.Right)
					if !ok {
						// "in March and April last year"
						if e, found := coordinatedMonthEnd(c.window(m.Right)); found {
							if ry, _, rel := c.relYearAfter(m.Right + e); rel && ry != 0 {
								y, ok = ry, true
							}
						}
					}
					if !ok {
						y, _ = c.yearFor(mo, 0, m.Left, m.Right)
					}
					d, _ = calendarDate(y, mo, 0, true)
				}
				tx, ok := dateTimex(d, d != nil)
				tx.Start, tx.End = start, end
				return tx, ok
			}),
	}
}

// coordinatedMonthYear matches a month and year coordinated with a month
// before it: "[May] and June 2005", "[May], June or July 2005".
var coordinatedMonthYear = regexp.MustCompile(`^(?i:(?:\s*,\s*` + expand(`{MONTH}`) + `)*\s*(?:,\s*)?(?:and|or|,)\s+(?:early\s+|late\s+|mid-)?` +
	expand(`{MONTH}\s*,?\s*{YEAR}`) + `)`)

// coordinatedMonth matches months coordinated with the one before them:
// "[March] and April", "[May], June or July".
var coordinatedMonth = regexp.MustCompile(`^(?i:(?:\s*,\s*` + expand(`{MONTH}`) + `)*\s*(?:,\s*)?(?:and|or|,)\s+(?:early\s+|late\s+|mid-)?` +
	expand(`{MONTH}`) + `)`)

// coordinatedMonthEnd returns the length of the months coordinated at the
// start of w.
func coordinatedMonthEnd(w string) (int, bool) {
	loc := coordinatedMonth.FindStringIndex(w)
	if loc == nil {
		return 0, false
	}
	return loc[1], true
}

// yearAfter returns the year of a month coordinated with the one ending at
// e ("May and June 2005" gives May the year 2005).
func (c *state) yearAfter(e int) (int, bool) {
	w := c.window(e)
	m := coordinatedMonthYear.FindStringSubmatch(w)
	if m == nil {
		return 0, false
	}
	y, err := strconv.Atoi(m[len(m)-1])
	return y, err == nil
}

// monthSubject reports whether the month at [s, e), after "in", "since",
// "until" or "during", is followed by a one-word subject and a past verb:
// "in August Beijing cancelled a meeting" (not "in April Ryan's column").
func (c *state) monthSubject(s, e int) bool {
	w, _ := wordBefore(c.Text, s)
	if w != "in" && w != "since" && w != "until" && w != "during" {
		return false
	}
	// a subject of up to five capitalised words: "in August Beijing
	// cancelled", "in August Warren Christopher flew to Hanoi", "in May
	// Prime Minister Fumio Kishida arrived"
	ne := e
	for k := 0; k < 5; k++ {
		next := wordAfter(c.Text, ne)
		ne += 1 + len(next)
		if next == "" || !isUpper(next[0]) || ne >= len(c.Text) || c.Text[ne] != ' ' {
			return false // "April Ryan's", "August, ..."
		}
		verb := wordAfter(c.Text, ne)
		if len(verb) > 3 && strings.HasSuffix(verb, "ed") && !isUpper(verb[0]) || k > 0 && pastWords[verb] {
			return true
		}
	}
	return false
}

// givenNameMonths are month names that are also given names.
var givenNameMonths = map[string]bool{"april": true, "may": true, "june": true, "august": true, "jan": true}

// monthContextWords introduce a month named alone ("in March").
var monthContextWords = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true,
	"during": true, "through": true, "throughout": true, "before": true, "after": true,
	"of": true, "early": true, "late": true, "mid": true, "between": true, "around": true,
	"for": true, "last": true, "next": true, "this": true, "that": true, "on": false,
}

// monthContext reports whether the word before s introduces a date, or s
// continues a list of dates ("in March and April").
func (c *state) monthContext(s int) bool {
	w, ws := wordBefore(c.Text, s)
	if monthContextWords[w] {
		return true
	}
	if w == "" && ws > 0 && c.Text[ws-1] == ',' && c.prev != nil && c.prev.Date != nil && c.prev.Date.Granularity == Month && ws-1-c.prev.End <= 1 {
		return true // "in May, June and July"
	}
	if w == "" && ws > 0 && c.Text[ws-1] == '-' {
		w2, _ := wordBefore(c.Text, ws-1)
		return w2 == "mid"
	}
	switch w {
	case "and", "or", "to", "through":
		return c.prev != nil && c.prev.Date != nil && ws-c.prev.End <= 3
	case "the", "its", "their", "this", "last", "next":
		// "the March summit", "the June elections": a month naming an event
		e := s
		for e < len(c.Text) && isAlnum(c.Text[e]) {
			e++
		}
		next := wordAfter(c.Text, e)
		return next != "" && !isUpper(next[0]) && !isDigit(next[0]) && !notEventNoun[next]
	}
	return false
}

// notEventNoun are lower-case words after "the March" that do not make the
// month a date ("the March on Washington").
var notEventNoun = map[string]bool{"on": true, "of": true, "to": true, "for": true, "in": true,
	"at": true, "and": true, "or": true, "is": true, "was": true, "will": true, "by": true}

// determiner returns "last", "next", "this", "past", "coming" or "that" when
// it is the word just before s (and not part of an earlier expression),
// with its offset.
func (c *state) determiner(s int) (string, int) {
	w, ws := wordBefore(c.Text, s)
	if ws < c.prevEnd {
		return "", s
	}
	switch w {
	case "last", "next", "this", "past", "coming", "that":
		return w, ws
	case "following":
		// "the following April": the next April after the latest date
		if w2, ws2 := wordBefore(c.Text, ws); w2 == "the" && ws2 >= c.prevEnd {
			return w, ws2
		}
	}
	return "", s
}

func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w && (i == 0 || !isAlnum(s[i-1])) && (i+len(w) == len(s) || !isAlnum(s[i+len(w)])) {
			return true
		}
	}
	return false
}
