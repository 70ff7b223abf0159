package temporal

import (
	"strconv"
	"strings"

	"github.com/olebedev/when/rules"
)

var monthTriggers = []string{"jan", "january", "feb", "february", "mar", "march", "apr", "april",
	"may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
	"oct", "october", "nov", "november", "dec", "december"}

// fullDateRules read dates with a month name and a day, with or without a
// year, and ranges of days: "April 4, 2023", "4 April 2023", "4th of April",
// "October 21–22", "21-22 October 2024", "October 30–November 2".
func fullDateRules() []*Rule {
	return []*Rule{
		// 1: month, 2: day, 3: end month, 4: end day, 5: year
		newRule("month-day", monthTriggers, extWeekday,
			`{MONTH}\s*{DAY}(?:{DASH}(?:{MONTH}\s*)?{DAY})?(?:,?\s*{YEAR})?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !monthWord(capture(m, 0)) {
					return Timex{}, false
				}
				return c.dayDates(m, capture(m, 0), capture(m, 1), capture(m, 2), capture(m, 3), capture(m, 4))
			}),
		// 1: day, 2: separator, 3: end day, 4: month, 5: year
		withDigits(newRule("day-month", []string{"#"}, extWeekday|extTheOrdinal,
			`{DAY}(?:({DASH}|\s+and\s+){DAY})?\s+(?:of\s+)?{MONTH}(?:,?\s*{YEAR})?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !monthWord(capture(m, 3)) || !c.numberStandsAlone(m.Left, m.Left) {
					return Timex{}, false
				}
				sep := capture(m, 1)
				if w, _ := wordBefore(c.Text, m.Left); containsWord(strings.ToLower(sep), "and") && w != "between" {
					return Timex{}, false
				}
				tx, ok := c.dayDates(m, capture(m, 3), capture(m, 0), "", capture(m, 2), capture(m, 4))
				if ok && tx.Date != nil && tx.Date.IsRange() {
					a, _ := calendarDate(tx.Date.Start.Year(), int(tx.Date.Start.Month()), tx.Date.Start.Day(), tx.Date.Inferred)
					b, _ := calendarDate(tx.Date.End.Year(), int(tx.Date.End.Month()), tx.Date.End.Day(), capture(m, 4) == "")
					if a != nil && b != nil {
						return withParts(tx, ok, m, capture(m, 0), sep, a, b)
					}
				}
				return tx, ok
			}), func(run int, next byte) bool { return run <= 2 }),
		// 1: day, 2: month, 3: year, 4: end day, 5: end month, 6: end year
		withDigits(newRule("day-month-range", []string{"#"}, extWeekday|extTheOrdinal,
			`{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s*{YEAR})?{DASH}{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s*{YEAR})?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !monthWord(capture(m, 1)) || !monthWord(capture(m, 4)) || !c.numberStandsAlone(m.Left, m.Left) {
					return Timex{}, false
				}
				if y1, y2 := capture(m, 2), capture(m, 5); y1 != "" {
					// both ends carry a year: "30 December 2024 – 2 January 2025"
					a, ok1 := c.dayDates(m, capture(m, 1), capture(m, 0), "", "", y1)
					b, ok2 := c.dayDates(m, capture(m, 4), capture(m, 3), "", "", y2)
					if !ok1 || !ok2 || y2 == "" {
						return Timex{}, false
					}
					return dateTimex(rangeOf(a.Date, b.Date))
				}
				return c.dayDates(m, capture(m, 1), capture(m, 0), capture(m, 4), capture(m, 3), capture(m, 5))
			}), func(run int, next byte) bool { return run <= 2 }),
	}
}

// dayDates builds a day or a range of days from the parts of a match. The
// year, when missing, is chosen by yearFor; a range ending in an earlier
// month ends in the next year ("December 30–January 2").
func (c *state) dayDates(m *rules.Match, month, day, month2, day2, year string) (Timex, bool) {
	mo := monthNumber(month)
	d, _ := strconv.Atoi(day)
	if mo == 0 || d < 1 || d > 31 {
		return Timex{}, false
	}
	y, inferred, fixed, relEnd := 0, false, year != "", 0
	if year != "" {
		y, _ = strconv.Atoi(year)
		if y < 1000 || y > 2199 {
			return Timex{}, false
		}
	} else if ry, re, ok := c.relYearAfter(m.Right); ok {
		// "on 5 March last year": the span takes the year's words
		y, inferred, fixed, relEnd = ry, true, ry != 0, re
	} else {
		inferred = true
		if yy, ok := c.yearFor(mo, d, m.Left, m.Right); ok {
			y = yy
		}
	}
	withEnd := func(tx Timex, ok bool) (Timex, bool) {
		if ok && relEnd > 0 {
			tx.Start, tx.End = m.Left, relEnd
		}
		return tx, ok
	}
	start, ok := calendarDate(y, mo, d, inferred)
	if !ok {
		return Timex{}, false
	}
	if day2 == "" {
		return withEnd(dateTimex(start, true))
	}
	mo2 := mo
	if month2 != "" {
		mo2 = monthNumber(month2)
	}
	d2, _ := strconv.Atoi(day2)
	y2 := y
	if y2 != 0 && mo2 < mo {
		if fixed {
			y--
			start, ok = calendarDate(y, mo, d, inferred)
			if !ok {
				return Timex{}, false
			}
		} else {
			y2++
		}
	}
	end, ok := calendarDate(y2, mo2, d2, inferred)
	if !ok {
		return Timex{}, false
	}
	if !start.Known() && (mo2 < mo || (mo2 == mo && d2 <= d)) {
		return Timex{}, false
	}
	return withEnd(dateTimex(rangeOf(start, end)))
}
