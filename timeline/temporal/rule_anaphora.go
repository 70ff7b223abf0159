package temporal

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// anaphoraRules read expressions relative to the last date the text
// mentioned: "the following day", "the next week", "the previous year",
// "that day", "that same year", "later that month", "the day before",
// "two days later". Without an earlier date their value keeps X digits.
func anaphoraRules() []*Rule {
	return []*Rule{
		// 1: following/next/previous/same, 2: unit
		withAfter(newRule("the-following-unit", []string{"the"}, 0,
			`the\s+(following|next|previous|preceding|same|prior)\s+(day|week|month|year|morning|afternoon|evening|night|weekend)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				n := map[string]int{"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}[strings.ToLower(capture(m, 0))]
				return c.anaphor(strings.ToLower(capture(m, 1)), n), true
			}), "following", "next", "previous", "preceding", "same", "prior"),
		// 1: earlier/later, 2: same, 3: unit
		newRule("that-unit", []string{"that", "earlier", "later"}, extMod,
			`(?:(earlier|later)\s+)?that\s+(same\s+)?(day|week|month|year|morning|afternoon|evening|night|weekend)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				return c.anaphor(strings.ToLower(capture(m, 2)), 0), true
			}),
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

// granularityRank orders granularities from finest to coarsest.
var granularityRank = map[Granularity]int{Day: 0, Week: 1, Month: 2, Quarter: 3, Season: 3, Half: 4, Year: 5, Decade: 6, Century: 7}

// coarser reports whether a is a coarser unit than b.
func coarser(a, b Granularity) bool { return granularityRank[a] > granularityRank[b] }
