package temporal

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
)

// anaphoraRules read expressions relative to the last date the text
// mentioned: "the following day", "the next week", "the previous year",
// "that day", "that same year", "later that month", "the day before",
// "two days later", "on the 23rd". Without an earlier date their value
// keeps X digits. "the day before yesterday" counts from the reference date.
func anaphoraRules() []*Rule {
	return []*Rule{
		// 1: following/next/previous/same, 2: unit
		withAfter(newRule("the-following-unit", []string{"the"}, 0,
			`the\s+(following|next|previous|preceding|same|prior)\s+(day|week|month|year|morning|afternoon|evening|night|weekend)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				n := map[string]int{"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}[strings.ToLower(capture(m, 0))]
				if unit := strings.ToLower(capture(m, 1)); n == 0 && unit == "day" {
					// "on the same day Wang reached Honiara": the day of
					// that happening, not of the last date written
					if tx, ok := c.sameDayAs(m.Right); ok {
						return tx, true
					}
				}
				return c.anaphor(strings.ToLower(capture(m, 1)), n), true
			}), "following", "next", "previous", "preceding", "same", "prior"),
		// 1: part of day; "flew in in the morning" after a day just named
		withAfter(newRule("in-the-part-of-day", []string{"the"}, 0, `the\s+(morning|afternoon|evening)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				return c.partOfLastDay(m.Left, strings.ToLower(capture(m, 0)))
			}), "morning", "afternoon", "evening"),
		// 1: earlier/later, 2: same, 3: unit
		newRule("that-unit", []string{"that", "earlier", "later"}, extMod,
			`(?:(earlier|later)\s+)?that\s+(same\s+)?(day|week|month|year|morning|afternoon|evening|night|weekend)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				return c.anaphor(strings.ToLower(capture(m, 2)), 0), true
			}),
		// 1: day of the month
		withAfter(newRule("on-the-nth", []string{"the"}, 0, `the\s+(\d{1,2})(?:st|nd|rd|th)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				return c.dayOfMonth(m, atoi(capture(m, 0)))
			}), ordinalWords...),
		// 1: unit, 2: before/after; only before a stop or comma ("The
		// year before, Kissinger had visited Beijing"), not before what it
		// counts from ("the year before the war")
		withAfter(newRule("the-unit-before", []string{"the"}, 0, `the\s+(week|month|year)\s+(before|after|earlier)(?:\s*[,.;]|$)`,
			func(c *state, m *rules.Match) (Timex, bool) {
				n := 1
				if !strings.EqualFold(capture(m, 1), "after") {
					n = -1
				}
				tx := c.anaphor(strings.ToLower(capture(m, 0)), n)
				// the span stops before the punctuation
				end := m.Left + len(strings.TrimRight(m.Text, ",.; "))
				tx.Start, tx.End = m.Left, end
				return tx, true
			}), "week", "month", "year"),
		// 1: before/after, 2: yesterday/today/tomorrow
		withAfter(newRule("the-day-before", []string{"the"}, 0, `the\s+day\s+(before|after)\b(?:\s+(yesterday|today|tomorrow)\b)?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				n := 1
				if strings.EqualFold(capture(m, 0), "before") {
					n = -1
				}
				if w := strings.ToLower(capture(m, 1)); w != "" {
					// "the day before yesterday" counts from the reference
					// date, not from the last date mentioned
					return c.shifted(Day, n+map[string]int{"yesterday": -1, "tomorrow": 1}[w]), true
				}
				return c.anaphor("day", n), true
			}), "day"),
	}
}

// anaphor resolves a unit ("day", "month", "morning"...) n units after the
// latest date mentioned that is at least as precise as the unit ("later
// that month" after "in May 1955 ... in 1982" is May 1955); "following"
// counts from the last day of a range.
func (c *state) anaphor(unit string, n int) Timex {
	part := ""
	if p, ok := partOfDay[unit]; ok {
		unit, part = "day", p
	}
	weekend := unit == "weekend"
	if weekend {
		unit = "week"
	}
	g := Granularity(unit)
	var base *Date
	for i := len(c.recent) - 1; i >= 0; i-- {
		// the latest date at least as fine as the unit, not too far back
		if m := c.recent[i]; !coarser(m.date.Granularity, g) && c.prevEnd-m.end < 2000 {
			base = m.date
			// "February 2008: Kosovo declares independence. The United
			// States recognises it the following day": a month named since,
			// well after that date, holds the day
			if k := len(c.recent) - 1; k > i && (g == Day || g == Week) {
				if last := c.recent[k]; last.date.Granularity == Month && !last.date.IsRange() && last.end-m.end > 300 {
					d := unitDate(last.date.Start, Month, true)
					return Timex{Type: TypeDate, Value: d.Value, Date: d}
				}
			}
			break
		}
	}
	if base == nil {
		v := map[Granularity]string{Day: "XXXX-XX-XX", Week: "XXXX-WXX", Month: "XXXX-XX", Year: "XXXX"}[g]
		return Timex{Type: TypeDate, Value: v, Date: &Date{Granularity: g, Value: v, Inferred: true}}
	}
	t := base.Start
	if n > 0 {
		t = base.Last()
	}
	d := unitDate(shift(StartOfUnit(t, g), g, n), g, true)
	tx := Timex{Type: TypeDate, Value: d.Value, Date: d}
	if part != "" {
		tx.Type, tx.Value = TypeTime, tx.Value+"T"+part
	}
	if weekend {
		tx.Value += "-WE"
	}
	return tx
}

// partOfLastDay reads "in the morning" (at offset i, "the") as a part of
// the day named just before, in this sentence or the one before ("held
// talks on Tuesday. Petro, who flew in in the morning, ..."). Without such
// a day, or after "in" is missing, it is no expression.
func (c *state) partOfLastDay(i int, part string) (Timex, bool) {
	if w, _ := wordBefore(c.Text, i); w != "in" {
		return Timex{}, false
	}
	n := len(c.recent)
	if n == 0 {
		return Timex{}, false
	}
	r := c.recent[n-1]
	if r.date.Granularity != Day || r.date.IsRange() || i-r.end > 600 || i < r.end {
		return Timex{}, false
	}
	// the day's own sentence or the next one
	if ss, _ := c.sentenceBounds(i, i); ss > r.end {
		k := ss - 1
		for k > r.end && (c.Text[k] == ' ' || c.Text[k] == '\n') {
			k--
		}
		if pss, _ := c.sentenceBounds(k, k); pss > r.end {
			return Timex{}, false
		}
	}
	d := unitDate(r.date.Start, Day, true)
	return Timex{Type: TypeTime, Value: d.Value + "T" + partOfDay[part], Date: d}, true
}

// sameDayAs reads "the same day" followed by a clause that names a
// happening ("the same day Wang reached Honiara", "the same day that Lula
// landed in Beijing"). The day is that of the recent day mentioned in a
// sentence sharing most of the clause's names; with no such sentence it is
// unknown. It reports false when no clause with a name follows.
func (c *state) sameDayAs(end int) (Timex, bool) {
	text := c.Text
	i := end
	var names []string
	for words := 0; words < 7 && i < len(text); {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		j := i
		for j < len(text) && (isAlnum(text[j]) || text[j] == '\'' || text[j] >= 0x80) {
			j++
		}
		if j == i {
			break // punctuation ends the clause
		}
		w := text[i:j]
		if words == 0 && !isUpper(w[0]) && !(w == "that" || w == "as" || w == "when") {
			return Timex{}, false // "the same day of the week", "the same day, ..."
		}
		if isUpper(w[0]) && len(w) >= 3 {
			names = append(names, w)
		}
		words++
		i = j
	}
	if len(names) == 0 {
		return Timex{}, false
	}
	best, bestN := (*Date)(nil), 0
	for k := len(c.recent) - 1; k >= 0; k-- {
		m := c.recent[k]
		if m.date.Granularity != Day || m.date.IsRange() || m.end > end {
			continue
		}
		ss, se := c.sentenceBounds(m.end-1, m.end)
		if ss <= end && end <= se {
			continue // the day of this very sentence
		}
		n := 0
		for _, w := range names {
			if containsWord(text[ss:se], w) {
				n++
			}
		}
		if n > bestN {
			best, bestN = m.date, n
		}
	}
	if best == nil {
		v := "XXXX-XX-XX"
		return Timex{Type: TypeDate, Value: v, Date: &Date{Granularity: Day, Value: v, Inferred: true}}, true
	}
	d := unitDate(best.Start, Day, true)
	return Timex{Type: TypeDate, Value: d.Value, Date: d}, true
}

// granularityRank orders granularities from finest to coarsest.
var granularityRank = map[Granularity]int{Day: 0, Week: 1, Month: 2, Quarter: 3, Season: 3, Half: 4, Year: 5, Decade: 6, Century: 7}

// coarser reports whether a is a coarser unit than b.
func coarser(a, b Granularity) bool { return granularityRank[a] > granularityRank[b] }

// ordinalWords are "1st" to "31st", the words that may follow "the" in "on
// the 23rd".
var ordinalWords = func() []string {
	var ws []string
	for d := 1; d <= 31; d++ {
		suffix := "th"
		switch {
		case d%10 == 1 && d != 11:
			suffix = "st"
		case d%10 == 2 && d != 12:
			suffix = "nd"
		case d%10 == 3 && d != 13:
			suffix = "rd"
		}
		ws = append(ws, strconv.Itoa(d)+suffix)
	}
	return ws
}()

// moreDays matches another day after an ordinal: "[the 9th] and 10th".
var moreDays = regexp.MustCompile(`^(?i:\s*(?:-|–|—|and|to|or|through|until)\s*\d)`)

// wordsAfterDay may follow "on the 23rd" when it names a day; any other
// word makes the ordinal part of something else ("on the 23rd floor", "on
// the 4th of July", "on the 21st century").
var wordsAfterDay = map[string]bool{"": true, "at": true, "in": true, "and": true, "when": true, "with": true,
	"after": true, "before": true, "to": true, "for": true, "but": true, "as": true, "while": true,
	"he": true, "she": true, "they": true, "it": true, "we": true, "the": true, "a": true, "amid": true,
	"during": true, "or": true, "which": true, "following": true}

// dayOfMonth resolves "on the 23rd": the day of the month of the latest
// date mentioned (not too far back) that gives a month, else of the
// reference month, or the month before (a past clause, the day not yet
// come) or after (a clause that looks ahead, the day gone). A day before
// that of the latest date mentioned ("On October 28 ... on the 3rd") could
// be in the next month: it is not taken.
func (c *state) dayOfMonth(m *rules.Match, day int) (Timex, bool) {
	if w, _ := wordBefore(c.Text, m.Left); w != "on" {
		return Timex{}, false
	}
	if !wordsAfterDay[lowerASCII(wordAfter(c.Text, m.Right))] || moreDays.MatchString(c.Text[m.Right:min(len(c.Text), m.Right+16)]) {
		return Timex{}, false // "on the 9th and 10th of July" is one range
	}
	if day < 1 || day > 31 {
		return Timex{}, false
	}
	for i := len(c.recent) - 1; i >= 0; i-- {
		r := c.recent[i]
		if c.prevEnd-r.end >= 2000 || m.Left-r.end >= 2000 {
			break
		}
		d := r.date
		if d.IsRange() || (d.Granularity != Day && d.Granularity != Month) {
			continue
		}
		if d.Granularity == Day && day < d.Start.Day() {
			return Timex{}, false
		}
		y, mo := d.Start.Year(), int(d.Start.Month())
		if day > daysIn(y, mo) {
			return Timex{}, false
		}
		nd := dayOf(time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC), true)
		return Timex{Type: TypeDate, Value: nd.Value, Date: nd}, true
	}
	if c.Ref.IsZero() {
		v := fmt.Sprintf("XXXX-XX-%02d", day)
		return Timex{Type: TypeDate, Value: v, Date: &Date{Granularity: Day, Value: v, Inferred: true}}, true
	}
	first := time.Date(c.Ref.Year(), c.Ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	switch t := c.tenseAt(m.Left, m.Right); {
	case t == tenseFuture && day < c.Ref.Day():
		first = first.AddDate(0, 1, 0)
	case t != tenseFuture && t != tensePresent && day > c.Ref.Day():
		first = first.AddDate(0, -1, 0)
	}
	if day > daysIn(first.Year(), int(first.Month())) {
		return Timex{}, false
	}
	nd := dayOf(first.AddDate(0, 0, day-1), true)
	return Timex{Type: TypeDate, Value: nd.Value, Date: nd}, true
}
