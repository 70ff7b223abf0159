package temporal

import (
	"regexp"
	"strconv"
	"strings"
	"time"

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
		// 1: month, 2: day, 3: separator, 4: end month, 5: end day, 6: year
		newRule("month-day", monthTriggers, extWeekday,
			`{MONTH}\s*{DAY}(?:({DASH}|\s+and\s+)(?:{MONTH}\s*)?{DAY})?(?:,?\s*{YEAR})?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !monthWord(capture(m, 0)) {
					return Timex{}, false
				}
				sep := capture(m, 2)
				if !containsWord(strings.ToLower(sep), "and") {
					return c.dayDates(m, capture(m, 0), capture(m, 1), capture(m, 3), capture(m, 4), capture(m, 5))
				}
				head := len(monthDayHead.FindString(m.Text))
				w, _ := wordBefore(c.Text, m.Left)
				if _, ok := c.weekdayBefore(m.Left); ok {
					w = "on" // "Thursday, July 11 and 12"
				}
				if (w != "on" && w != "between") || (capture(m, 3) == "" && capture(m, 5) == "" && c.quantityAfter(m.Right)) {
					// only the first day: "signed July 9 and 10 people died"
					m1 := *m
					m1.Right = m.Left + head
					tx, ok := c.dayDates(&m1, capture(m, 0), capture(m, 1), "", "", "")
					if ok && tx.End == 0 {
						tx.Start, tx.End = m1.Left, m1.Right
					}
					return tx, ok
				}
				tx, ok := c.dayDates(m, capture(m, 0), capture(m, 1), capture(m, 3), capture(m, 4), capture(m, 5))
				if !ok {
					return Timex{}, false
				}
				mo2 := capture(m, 3)
				if mo2 == "" {
					mo2 = capture(m, 0)
				}
				return c.joinedDays(tx, m, m.Text[:head], sep, w == "between", monthNumber(capture(m, 0)), atoi(capture(m, 1)), monthNumber(mo2), atoi(capture(m, 4)))
			}),
		// 1: day, 2: separator, 3: end day, 4: month, 5: year
		withDigits(newRule("day-month", []string{"#"}, extWeekday|extTheOrdinal,
			`{DAY}(?:({DASH}|(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?\b)*(?:\s*,)?\s+and\s+){DAY})?\s+(?:of\s+)?{MONTH}(?:,?\s*{YEAR})?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !monthWord(capture(m, 3)) || !c.numberStandsAlone(m.Left, m.Left) {
					return Timex{}, false
				}
				sep := capture(m, 1)
				w, ws := wordBefore(c.Text, m.Left)
				if w == "the" {
					w, _ = wordBefore(c.Text, ws) // "on the 9th and 10th of July"
				}
				and := containsWord(strings.ToLower(sep), "and")
				if and && w != "between" && w != "on" {
					return Timex{}, false
				}
				tx, ok := c.dayDates(m, capture(m, 3), capture(m, 0), "", capture(m, 2), capture(m, 4))
				if !ok || sep == "" {
					return tx, ok
				}
				if strings.Contains(sep, ",") {
					return c.dayList(tx, m, w == "between")
				}
				mo := monthNumber(capture(m, 3))
				return c.joinedDays(tx, m, capture(m, 0), sep, !and || w == "between", mo, atoi(capture(m, 0)), mo, atoi(capture(m, 2)))
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

// monthDayHead matches the first day of "July 9 and 10".
var monthDayHead = regexp.MustCompile(`^(?i:` + expand(`{MONTH}\s*{DAY}`) + `)`)

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// joinedDays gives a range of days written with a separator word its two
// ends, for SplitRanges. Two days joined by "and" outside "between ... and"
// are a range only when they are consecutive ("on 9 and 10 July"); else
// they are two dates ("on 5 and 9 December") and the Tagger returns them as
// two expressions. first is the text of the first end.
func (c *state) joinedDays(tx Timex, m *rules.Match, first, sep string, isRange bool, m1, d1, m2, d2 int) (Timex, bool) {
	r := tx.Date
	if r == nil {
		return tx, true
	}
	var a, b *Date
	if r.IsRange() {
		a, _ = calendarDate(r.Start.Year(), int(r.Start.Month()), r.Start.Day(), r.Inferred)
		b, _ = calendarDate(r.End.Year(), int(r.End.Month()), r.End.Day(), r.Inferred)
	} else {
		a, _ = calendarDate(0, m1, d1, true)
		b, _ = calendarDate(0, m2, d2, true)
	}
	if a == nil || b == nil {
		return tx, true
	}
	tx, _ = withParts(tx, true, m, first, sep, a, b)
	if !isRange && tx.parts != nil {
		y2 := 2024
		if m2 < m1 {
			y2++
		}
		gap := time.Date(y2, time.Month(m2), d2, 0, 0, 0, 0, time.UTC).Sub(time.Date(2024, time.Month(m1), d1, 0, 0, 0, 0, time.UTC))
		tx.list = gap > 24*time.Hour
	}
	return tx, true
}

// quantityAfter reports whether the word after e makes the number before
// it a quantity: "10 people", "12 members".
func (c *state) quantityAfter(e int) bool {
	w := wordAfter(c.Text, e)
	if w == "" || isUpper(w[0]) || isDigit(w[0]) {
		return false
	}
	lw := strings.ToLower(w)
	if countNouns[lw] {
		return true
	}
	switch lw {
	case "was", "has", "this", "its", "his", "as", "is", "thus", "plus", "across", "towards", "versus":
		return false
	}
	return len(lw) > 3 && strings.HasSuffix(lw, "s")
}

// dayNumber finds the day numbers of a list of days ("9, 10 and 11 July").
var dayNumber = regexp.MustCompile(`\d{1,2}(?:st|nd|rd|th)?\b`)

// dayList splits a list of days of one month, "9, 10 and 11 July", read as
// the range tx from the first to the last: it stays a range when the days
// are consecutive (its parts, for SplitRanges, are the days), else the days
// are separate expressions.
func (c *state) dayList(tx Timex, m *rules.Match, between bool) (Timex, bool) {
	r := tx.Date
	locs := dayNumber.FindAllStringIndex(m.Text, -1)
	if r == nil || len(locs) < 3 {
		return Timex{}, false
	}
	if mo := strings.IndexFunc(m.Text, func(ch rune) bool { return ch >= 'A' && ch <= 'Z' }); mo > 0 {
		for len(locs) > 0 && locs[len(locs)-1][0] > mo {
			locs = locs[:len(locs)-1] // a year after the month
		}
	}
	consecutive := true
	var parts []Timex
	prev := 0
	for i, l := range locs {
		d := atoi(strings.TrimRight(m.Text[l[0]:l[1]], "stndrh"))
		if i > 0 && d != prev+1 {
			consecutive = false
		}
		if i > 0 && d <= prev {
			return Timex{}, false
		}
		prev = d
		var day *Date
		if r.Known() {
			day, _ = calendarDate(r.Start.Year(), int(r.Start.Month()), d, r.Inferred)
		} else {
			day, _ = calendarDate(0, monthNumber(capture(m, 3)), d, true)
		}
		if day == nil {
			return Timex{}, false
		}
		end := m.Left + l[1]
		if i == len(locs)-1 {
			end = tx.End
			if end == 0 {
				end = m.Right
			}
		}
		parts = append(parts, Timex{Start: m.Left + l[0], End: end, Type: TypeDate, Value: day.Value, Date: day})
	}
	tx.parts = parts
	tx.list = !consecutive && !between
	return tx, true
}
