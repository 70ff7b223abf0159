package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
)

// quarterRules read quarters and halves of a year: "the first quarter of
// 2024", "Q1 2024", "the second half of the year", "H2 2023".
func quarterRules() []*Rule {
	return []*Rule{
		// 1: ordinal, 2: quarter or half, 3: year, 4: this/last/next/the before "year"
		newRule("quarter", []string{"first", "second", "third", "fourth", "final", "1st", "2nd", "3rd", "4th"}, extThe|extMod,
			`(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(quarter|half)(?:\s+of\s+(?:{YEAR}|(this|last|next|the)\s+year))?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				n := map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
					"fourth": 4, "4th": 4, "final": 4}[strings.ToLower(capture(m, 0))]
				half := strings.EqualFold(capture(m, 1), "half")
				if half && strings.EqualFold(capture(m, 0), "final") {
					n = 2
				}
				if half && n > 2 {
					return Timex{}, false
				}
				return c.quarterTimex(n, half, capture(m, 2), capture(m, 3))
			}),
		// 1: q or h, 2: number, 3: year
		newRule("quarter-code", []string{"q1", "q2", "q3", "q4", "h1", "h2"}, 0,
			`([qh])([1-4])\b(?:\s*,?\s*{YEAR})?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !isUpper(m.Text[0]) {
					return Timex{}, false
				}
				n, _ := strconv.Atoi(capture(m, 1))
				half := strings.EqualFold(capture(m, 0), "h")
				if half && n > 2 {
					return Timex{}, false
				}
				return c.quarterTimex(n, half, capture(m, 2), "")
			}),
	}
}

// quarterTimex builds quarter n (or half n) of the year written, of the
// year named relatively ("last year"), or of the reference year.
func (c *state) quarterTimex(n int, half bool, year, rel string) (Timex, bool) {
	g, months, code := Quarter, 3, "Q"
	if half {
		g, months, code = Half, 6, "H"
	}
	y, inferred := 0, true
	switch {
	case year != "":
		y, _ = strconv.Atoi(year)
		inferred = false
		if y < 1000 || y > 2199 {
			return Timex{}, false
		}
	case !c.Ref.IsZero():
		y = c.Ref.Year()
		switch strings.ToLower(rel) {
		case "last":
			y--
		case "next":
			y++
		}
	}
	if y == 0 {
		v := fmt.Sprintf("XXXX-%s%d", code, n)
		return Timex{Type: TypeDate, Value: v, Date: &Date{Granularity: g, Value: v, Inferred: true}}, true
	}
	d := unitDate(time.Date(y, time.Month((n-1)*months+1), 1, 0, 0, 0, 0, time.UTC), g, inferred)
	return Timex{Type: TypeDate, Value: d.Value, Date: d}, true
}
