package temporal

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// relativeRules read expressions relative to the reference date:
// "yesterday", "today", "tomorrow", "tonight", "last week", "this month",
// "next year", "earlier this year", "two years ago", and the vague
// references "now" (PRESENT_REF), "recently" (PAST_REF), "the future"
// (FUTURE_REF). Without a reference date the calendar ones keep X digits.
func relativeRules() []*Rule {
	return []*Rule{
		// 1: the word, 2: part of the day
		newRule("deictic-day", []string{"yesterday", "today", "tomorrow"}, 0,
			`(yesterday|today|tomorrow)\b(?:\s+(morning|afternoon|evening|night))?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				w := strings.ToLower(capture(m, 0))
				if w == "today" && capture(m, 1) == "" && sentenceStart(c.Text, m.Left) {
					// "Today the union has 27 members": the present, not a day
					// "Today the premier is scheduled to meet Zia": a day's
					// schedule
					if t := c.tenseAt(m.Left, m.Right); (t == tenseUnknown || t == tensePresent) && !scheduleAhead(c.Text, m.Right) {
						return Timex{Type: TypeDate, Value: "PRESENT_REF"}, true
					}
				}
				n := map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}[w]
				tx := c.shifted(Day, n)
				if p := capture(m, 1); p != "" && tx.Date != nil {
					tx.Type = TypeTime
					tx.Value += "T" + partOfDay[strings.ToLower(p)]
				}
				return tx, true
			}),
		newRule("last-night", []string{"last"}, 0, `last\s+night\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				tx := c.shifted(Day, -1)
				tx.Type = TypeTime
				tx.Value += "TNI"
				return tx, true
			}),
		newRule("tonight", []string{"tonight"}, 0, `tonight\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				tx := c.shifted(Day, 0)
				tx.Type = TypeTime
				tx.Value += "TNI"
				return tx, true
			}),
		// 1: this morning / this afternoon ...
		newRule("this-part-of-day", []string{"this"}, 0, `this\s+(morning|afternoon|evening)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				tx := c.shifted(Day, 0)
				tx.Type = TypeTime
				tx.Value += "T" + partOfDay[strings.ToLower(capture(m, 0))]
				return tx, true
			}),
		// 1: now/currently/... 2: present
		newRule("present-ref", []string{"now", "currently", "nowadays", "presently", "at"}, 0,
			`(?:(now|currently|nowadays|presently)|at\s+(present|the\s+moment))\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if strings.HasPrefix(c.Text[m.Right:], "-") {
					return Timex{}, false // "now-defunct"
				}
				tx := Timex{Type: TypeDate, Value: "PRESENT_REF"}
				if capture(m, 1) != "" {
					tx.Start, tx.End = m.Left+3, m.Right // "present", not "at"
					for tx.Start < m.Right && c.Text[tx.Start] == ' ' {
						tx.Start++
					}
				}
				return tx, true
			}),
		withAfter(newRule("these-days", []string{"these"}, 0, `these\s+days\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				return Timex{Type: TypeDate, Value: "PRESENT_REF"}, true
			}), "days"),
		newRule("past-ref", []string{"recently", "lately"}, 0, `(recently|lately)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				return Timex{Type: TypeDate, Value: "PAST_REF"}, true
			}),
		newRule("soon", []string{"soon"}, 0, `soon\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if w, _ := wordBefore(c.Text, m.Left); w == "as" || strings.HasPrefix(strings.ToLower(wordAfter(c.Text, m.Right)), "as") {
					return Timex{}, false // "as soon as"
				}
				return Timex{Type: TypeDate, Value: "FUTURE_REF"}, true
			}),
		// 1: near/distant, 2: past/future
		withAfter(newRule("past-future-ref", []string{"the"}, 0, `the\s+(?:(near|distant|recent)\s+)?(past|future)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				v := "PAST_REF"
				if strings.EqualFold(capture(m, 1), "future") {
					v = "FUTURE_REF"
				}
				return Timex{Type: TypeDate, Value: v}, true
			}), "near", "distant", "recent", "past", "future"),
		// 1: earlier/later, 2: this/last/next/past/coming, 3: unit
		newRule("deictic-unit", []string{"earlier", "later", "this", "last", "next", "past", "coming", "previous"}, extMod,
			`(?:(earlier|later)\s+)?(this\s+past|this\s+coming|this|last|next|past|coming|previous)\s+(week|weekend|month|year|quarter|decade|century)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				det := strings.ToLower(capture(m, 1))
				if f := strings.Fields(det); len(f) == 2 {
					det = f[1] // "this past weekend"
				}
				unit := strings.ToLower(capture(m, 2))
				if w, _ := wordBefore(c.Text, m.Left); w == "the" && capture(m, 0) == "" {
					return Timex{}, false // "the past year" is a duration
				}
				n := map[string]int{"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[det]
				if unit == "weekend" {
					tx := c.shifted(Week, n)
					if tx.Date != nil && tx.Date.Known() {
						tx.Value += "-WE"
					} else {
						tx.Value = "XXXX-WXX-WE"
					}
					return tx, true
				}
				return c.shifted(Granularity(unit), n), true
			}),
		// 1: unit
		withAfter(newRule("the-unit", []string{"the"}, extMod, `the\s+(year|month|week)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				// "the end of the year", "the rest of the month": this one
				w, _ := wordBefore(c.Text, m.Left)
				g := Granularity(strings.ToLower(capture(m, 0)))
				if g == Week && (w == "began" || w == "started" || w == "opened" || w == "ended" || w == "closed" || w == "finished" || w == "spent") {
					// "began the week at the summit in Beijing": the week
					// the report covers
					return c.shifted(Week, 0), true
				}
				if w != "of" {
					return Timex{}, false
				}
				if n := len(c.recent); n > 0 && c.tenseAt(m.Left, m.Right) == tensePast {
					// "on December 28, was his last of the year": the year
					// of the date the sentence reports
					if r := c.recent[n-1]; !coarser(r.date.Granularity, g) && !r.date.IsRange() && c.sameSentence(r.end, m.Left) {
						d := unitDate(r.date.Start, g, true)
						return Timex{Type: TypeDate, Value: d.Value, Date: d}, true
					}
				}
				return c.shifted(g, 0), true
			}), "year", "month", "week"),
		withAfter(newRule("the-weekend", []string{"the"}, 0, `the\s+weekend\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				n := -1
				if c.tenseAt(m.Left, m.Right) == tenseFuture {
					n = 0
				}
				if c.Ref.IsZero() {
					return Timex{Type: TypeDate, Value: "XXXX-WXX-WE", Date: &Date{Granularity: Week, Value: "XXXX-WXX-WE", Inferred: true}}, true
				}
				// the weekend before the reference (or the coming one)
				wd := (int(c.Ref.Weekday()) + 6) % 7 // Monday = 0
				if wd >= 5 {
					n = 0
				}
				tx := c.shifted(Week, n)
				tx.Value += "-WE"
				return tx, true
			}), "weekend"),
		// 1: count, 2: unit
		withDigits(newRule("ago", numberTriggers, 0, `{NUM}\s+{UNIT}\s+(?:ago\b(\s+today)?|(from\s+now)\b)`,
			func(c *state, m *rules.Match) (Timex, bool) {
				n, ok := number(capture(m, 0))
				g, _, _ := unitOf(capture(m, 1))
				if !ok || g == "" || g == Quarter {
					return Timex{}, false
				}
				if n < 0 {
					return Timex{Type: TypeDate, Value: "PAST_REF"}, true
				}
				if g == Decade || g == Century {
					n, g = n*map[Granularity]int{Decade: 10, Century: 100}[g], Year
				}
				if capture(m, 3) != "" {
					return c.shifted(g, n), true // "five years from now"
				}
				if capture(m, 2) != "" && !c.Ref.IsZero() {
					// "forty years ago today": that very day
					d := dayOf(shift(c.Ref, g, -n), true)
					return Timex{Type: TypeDate, Value: d.Value, Date: d}, true
				}
				return c.shifted(g, -n), true
			}), func(run int, next byte) bool { return run <= 3 }),
	}
}

// numberTriggers start a count.
var numberTriggers = []string{"#", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
	"ninety", "hundred", "several", "few"}

// shifted returns the unit of granularity g n units away from the
// reference date; without a reference its value has X digits.
func (c *state) shifted(g Granularity, n int) Timex {
	if c.Ref.IsZero() {
		v := map[Granularity]string{Day: "XXXX-XX-XX", Week: "XXXX-WXX", Month: "XXXX-XX",
			Quarter: "XXXX-QX", Year: "XXXX", Decade: "XXX", Century: "XX"}[g]
		return Timex{Type: TypeDate, Value: v, Date: &Date{Granularity: g, Value: v, Inferred: true}}
	}
	d := unitDate(shift(StartOfUnit(c.Ref, g), g, n), g, true)
	return Timex{Type: TypeDate, Value: d.Value, Date: d}
}

// scheduleAhead reports whether a schedule word ("scheduled", "due",
// "expected", "will") comes within the six words after offset i, before
// any punctuation.
func scheduleAhead(text string, i int) bool {
	for n := 0; n < 6 && i < len(text); n++ {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		j := i
		for j < len(text) && isAlnum(text[j]) {
			j++
		}
		if j == i {
			return false
		}
		switch lowerASCII(text[i:j]) {
		case "scheduled", "due", "expected", "will", "slated", "set":
			return true
		}
		i = j
	}
	return false
}
