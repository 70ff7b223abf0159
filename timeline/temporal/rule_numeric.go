package temporal

import (
	"strconv"

	"github.com/olebedev/when/rules"
)

// numericRules read all-digit dates: "2023-04-04", "04/04/2023",
// "4.4.2023".
func numericRules() []*Rule {
	return []*Rule{
		// 1: year, 2: month, 3: day
		withDigits(newRule("iso-date", []string{"#"}, 0, `{YEAR}-(\d{2})-(\d{2})\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !c.numberStandsAlone(m.Left, m.Right) {
					return Timex{}, false
				}
				y, _ := strconv.Atoi(capture(m, 0))
				mo, _ := strconv.Atoi(capture(m, 1))
				d, _ := strconv.Atoi(capture(m, 2))
				return dateTimex(calendarDate(y, mo, d, false))
			}), func(run int, next byte) bool { return run == 4 && next == '-' }),
		// 1: first number, 2: second number, 3: year (two or four digits).
		// Month/day/year unless DayFirst or the first number is above 12.
		withDigits(newRule("slash-date", []string{"#"}, 0, `(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !c.numberStandsAlone(m.Left, m.Right) {
					return Timex{}, false
				}
				a, _ := strconv.Atoi(capture(m, 0))
				b, _ := strconv.Atoi(capture(m, 1))
				mo, d := a, b
				if c.tagger.dayFirst || a > 12 {
					mo, d = b, a
				}
				return dateTimex(calendarDate(fullYear(capture(m, 2)), mo, d, false))
			}), func(run int, next byte) bool { return run <= 2 && next == '/' }),
		// 1: day, 2: month, 3: year — the European dotted form, two-digit
		// day and month only ("04.04.2023", not a version "1.2.2023")
		withDigits(newRule("dotted-date", []string{"#"}, 0, `(\d{2})\.(\d{2})\.{YEAR}`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if w, _ := wordBefore(c.Text, m.Left); !c.numberStandsAlone(m.Left, m.Right) || w == "version" || w == "v" || w == "release" || w == "build" {
					return Timex{}, false
				}
				d, _ := strconv.Atoi(capture(m, 0))
				mo, _ := strconv.Atoi(capture(m, 1))
				y, _ := strconv.Atoi(capture(m, 2))
				return dateTimex(calendarDate(y, mo, d, false))
			}), func(run int, next byte) bool { return run == 2 && next == '.' }),
	}
}

// fullYear reads a year of two or four digits; two-digit years are 19xx
// from 50 on, 20xx below.
func fullYear(s string) int {
	y, _ := strconv.Atoi(s)
	if len(s) == 2 {
		if y >= 50 {
			return 1900 + y
		}
		return 2000 + y
	}
	return y
}

// numberStandsAlone reports whether the number at [s, e) is not part of a
// longer token such as "v1.2.3", "+1-555-0100" or "1/2/3/4".
func (c *state) numberStandsAlone(s, e int) bool {
	t := c.Text
	if s > 0 {
		switch t[s-1] {
		case '.', '/', '-', '+', ',', ':', '$', '#':
			return false
		}
	}
	if e < len(t) {
		switch t[e] {
		case '/', '-', ':', '%':
			return false
		case '.', ',':
			if e+1 < len(t) && isDigit(t[e+1]) {
				return false
			}
		}
	}
	return true
}

// dateTimex wraps a calendar date as a DATE expression.
func dateTimex(d *Date, ok bool) (Timex, bool) {
	if !ok || d == nil {
		return Timex{}, false
	}
	return Timex{Type: TypeDate, Value: d.Value, Date: d}, true
}
