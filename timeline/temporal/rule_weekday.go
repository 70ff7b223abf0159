package temporal

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
)

var weekdayTriggers = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// calendarAfterWeekday matches a calendar date right after a weekday
// ("Tuesday, April 4"): the weekday then belongs to that date's rule.
var calendarAfterWeekday = regexp.MustCompile(`^(?i:,?\s+(?:the\s+)?(?:` +
	expand(`{MONTH}\s*\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}`) + `))`)

// partOfDay maps a part of the day to its TIMEX3 code.
var partOfDay = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

// weekdayRules read weekdays: "Tuesday", "last Tuesday", "next Friday",
// "Monday morning" (a TIME), "Friday the 13th" (see weekdayDayDate). An unqualified weekday is resolved by tense:
// the latest such day on or before the reference date in a clause that
// reports the past (the default), the first on or after it in one that looks
// ahead.
func weekdayRules() []*Rule {
	return []*Rule{
		// 1: weekday, 2: separator, 3: end weekday
		newRule("weekday-range", weekdayTriggers, extMod,
			`{WEEKDAY}(\s*(?:-|–|—)\s*|\s+(?:to|through|until|till|and)\s+){WEEKDAY}`,
			func(c *state, m *rules.Match) (Timex, bool) {
				w2 := m.Right - len(capture(m, 2))
				if !isUpper(m.Text[0]) || !isUpper(c.Text[w2]) || calendarAfterWeekday.MatchString(c.window(m.Right)) {
					return Timex{}, false
				}
				if w, _ := wordBefore(c.Text, m.Left); holidayWords[w] || nameNouns[wordAfter(c.Text, m.Right)] {
					return Timex{}, false
				}
				wd1, wd2 := weekdayOf(capture(m, 0)), weekdayOf(capture(m, 2))
				gap := (int(wd2) - int(wd1) + 7) % 7
				if gap == 0 {
					return Timex{}, false
				}
				det, dir, start := c.weekdayDeterminer(m.Left, true)
				// resolve one end by tense and count the other from it: the
				// end in a report of the past, the start otherwise
				var a, b *Date
				if t := c.tenseAt(m.Left, m.Right); dir > 0 || (dir == 0 && (t == tenseFuture || t == tensePresent)) {
					a = c.weekdayDate(wd1, dir, m.Left, m.Right)
					b = c.weekdayDate(wd2, 1, m.Left, m.Right)
					if a.Known() {
						b = dayOf(a.Start.AddDate(0, 0, gap), true)
					}
				} else {
					b = c.weekdayDate(wd2, dir, m.Left, m.Right)
					a = c.weekdayDate(wd1, -1, m.Left, m.Right)
					if b.Known() {
						a = dayOf(b.Start.AddDate(0, 0, -gap), true)
					}
				}
				end := m.Right
				if det == "" {
					// "from Tuesday to Thursday this week"
					if wa, we, ok := c.weekdayOfWeekAfter(wd1, m.Right); ok {
						wb, _, _ := c.weekdayOfWeekAfter(wd2, m.Right)
						if !wa.Known() || wb.Start.After(wa.Start) {
							a, b, end = wa, wb, we
						}
					} else if monday, ok := c.weekOfContext(m.Left, m.Right); ok && isoWeekday(wd1) < isoWeekday(wd2) {
						// "NEXT WEEK / Kenya hosts the summit from
						// Wednesday to Friday": days of the week named
						a = dayOf(monday.AddDate(0, 0, isoWeekday(wd1)-1), true)
						b = dayOf(monday.AddDate(0, 0, isoWeekday(wd2)-1), true)
					}
				}
				r, ok := rangeOf(a, b)
				if !ok {
					return Timex{}, false
				}
				tx := Timex{Start: start, End: end, Type: TypeDate, Value: r.Value, Date: r}
				sep := capture(m, 1)
				tx, ok = withParts(tx, true, m, capture(m, 0), sep, a, b)
				if tx.parts != nil {
					tx.parts[0].Start = start
				}
				if w, _ := wordBefore(c.Text, m.Left); containsWord(strings.ToLower(sep), "and") && gap > 1 && w != "between" {
					tx.list = true // "on Monday and Thursday": two days
				}
				return tx, ok
			}),
		// 1: weekday, 2: day after "the", 3: ordinal day
		newRule("weekday-the-day", weekdayTriggers, extMod,
			`{WEEKDAY},?\s+(?:the\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th))\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !isUpper(m.Text[0]) || calendarAfterWeekday.MatchString(c.window(m.Left+len(capture(m, 0)))) {
					return Timex{}, false
				}
				if nw := lowerASCII(wordAfter(c.Text, m.Right)); nw == "of" || monthNumber(nw) > 0 && len(nw) >= 3 {
					return Timex{}, false // "Friday the 13th of September" is a full date
				}
				day := atoi(capture(m, 1) + capture(m, 2))
				if day < 1 || day > 31 {
					return Timex{}, false
				}
				_, dir, start := c.weekdayDeterminer(m.Left, false)
				d := c.weekdayDayDate(weekdayOf(capture(m, 0)), day, dir, m.Left, m.Right)
				if d == nil {
					return Timex{}, false
				}
				return Timex{Start: start, End: m.Right, Type: TypeDate, Value: d.Value, Date: d}, true
			}),
		// 1: weekday, 2: part of the day
		newRule("weekday", weekdayTriggers, extMod, `{WEEKDAY}(?:\s+(morning|afternoon|evening|night))?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !isUpper(m.Text[0]) || calendarAfterWeekday.MatchString(c.window(m.Left+len(capture(m, 0)))) {
					return Timex{}, false
				}
				if w, _ := wordBefore(c.Text, m.Left); holidayWords[w] {
					return Timex{}, false // "Good Friday Agreement", "Black Friday"
				}
				if nameNouns[wordAfter(c.Text, m.Right)] {
					return Timex{}, false // "the Sunday Times"
				}
				wd := weekdayOf(capture(m, 0))
				if tx, ok := c.followingWeekday(wd, m); ok {
					return tx, true
				}
				det, dir, start := c.weekdayDeterminer(m.Left, true)
				end := m.Right
				d := c.weekdayDate(wd, dir, m.Left, m.Right)
				if det == "" {
					if wdd, we, ok := c.weekdayOfWeekAfter(wd, m.Right); ok {
						// "on Tuesday last week": the Tuesday of that week
						d, end = wdd, we
					} else if monday, ok := c.weekOfContext(m.Left, m.Right); ok {
						// "Last week, the ministers met on Tuesday"
						d = dayOf(monday.AddDate(0, 0, isoWeekday(wd)-1), true)
					}
				}
				tx := Timex{Start: start, End: end, Type: TypeDate, Value: d.Value, Date: d}
				if p := capture(m, 1); p != "" {
					tx.Type = TypeTime
					tx.Value += "T" + partOfDay[strings.ToLower(p)]
				}
				return tx, true
			}),
	}
}

// holidayWords before a weekday make it a name, not a date.
var holidayWords = map[string]bool{"good": true, "black": true, "bloody": true, "holy": true, "ash": true,
	"palm": true, "maundy": true, "cyber": true, "super": true, "blue": true, "easter": true}

// nameNouns after a weekday make it part of a name.
var nameNouns = map[string]bool{"Times": true, "Telegraph": true, "Express": true, "Mirror": true,
	"Post": true, "Herald": true, "Club": true, "Agreement": true, "Accord": true, "Accords": true,
	"Mail": true, "Star": true, "Morning": false, "Night": false}

func weekdayOf(s string) time.Weekday {
	s = strings.ToLower(s)
	for i, w := range weekdayNames {
		if w == s {
			return time.Weekday(i)
		}
	}
	return time.Sunday
}

// followingWeekday resolves "the following Monday" and "the next Monday"
// against the latest day mentioned: the first such weekday after it.
func (c *state) followingWeekday(wd time.Weekday, m *rules.Match) (Timex, bool) {
	w, ws := wordBefore(c.Text, m.Left)
	if w != "following" && w != "next" {
		return Timex{}, false
	}
	the, ts := wordBefore(c.Text, ws)
	if the != "the" || ts < c.prevEnd {
		return Timex{}, false
	}
	var base *Date
	for i := len(c.recent) - 1; i >= 0; i-- {
		if d := c.recent[i].date; d.Granularity == Day && c.prevEnd-c.recent[i].end < 2000 {
			base = d
			break
		}
	}
	tx := Timex{Start: ts, End: m.Right, Type: TypeDate}
	if base == nil {
		tx.Value = fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
		tx.Date = &Date{Granularity: Day, Value: tx.Value, Inferred: true}
		return tx, true
	}
	last := base.Last()
	diff := (int(wd) - int(last.Weekday()) + 7) % 7
	if diff == 0 {
		diff = 7
	}
	tx.Date = dayOf(last.AddDate(0, 0, diff), true)
	tx.Value = tx.Date.Value
	return tx, true
}

// weekAfterWeekday matches a week named after a weekday: "[Tuesday] last
// week", "[Friday] of next week". 1: last, this or next.
var weekAfterWeekday = regexp.MustCompile(`^(?i:\s+(?:of\s+)?(last|this|next)\s+week\b)`)

// weekdayOfWeekAfter resolves a weekday followed by "last week", "this
// week" or "next week" (ending at e) to that day of that week, counted from
// the reference date; ok is false when no such words follow.
func (c *state) weekdayOfWeekAfter(wd time.Weekday, e int) (*Date, int, bool) {
	loc := weekAfterWeekday.FindStringSubmatchIndex(c.Text[e:min(len(c.Text), e+24)])
	if loc == nil {
		return nil, 0, false
	}
	end := e + loc[1]
	if end < len(c.Text) && (c.Text[end] == '\'' || c.Text[end] == '-' || strings.HasPrefix(c.Text[end:], "’")) {
		return nil, 0, false // "Tuesday last week's talks" is read as written
	}
	if c.Ref.IsZero() {
		return &Date{Granularity: Day, Value: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), Inferred: true}, end, true
	}
	n := map[string]int{"last": -1, "this": 0, "next": 1}[strings.ToLower(c.Text[e+loc[2]:e+loc[3]])]
	monday := StartOfUnit(c.Ref, Week).AddDate(0, 0, 7*n)
	return dayOf(monday.AddDate(0, 0, isoWeekday(wd)-1), true), end, true
}

// weekOfContext returns the Monday of a week named just before a weekday
// at [s, e): in the same sentence ("Last week, ministers met on Tuesday")
// or as a heading line ("NEXT WEEK" above "hosts the summit from Wednesday
// to Friday"). A week whose direction the weekday's clause contradicts
// ("Last week they said they will meet on Friday") does not count.
func (c *state) weekOfContext(s, e int) (time.Time, bool) {
	p := c.prev
	if p == nil || p.Date == nil || p.Type != TypeDate || p.Date.Granularity != Week || p.Date.IsRange() || !p.Date.Known() ||
		strings.HasSuffix(p.Value, "-WE") || c.Ref.IsZero() || p.End > s || p.Date.Mod != "" {
		return time.Time{}, false
	}
	if c.headingLine(p.Start, p.End) {
		if s-p.End >= 200 {
			return time.Time{}, false
		}
	} else if ss, _ := c.sentenceBounds(p.Start, p.End); !c.sameSentence(p.End, s) || p.Start-ss > 12 {
		return time.Time{}, false // only a fronted week frames the sentence
	}
	monday := StartOfUnit(p.Date.Start, Week)
	refMonday := StartOfUnit(c.Ref, Week)
	t := c.tenseAt(s, e)
	if monday.Before(refMonday) && t == tenseFuture || monday.After(refMonday) && t == tensePast {
		return time.Time{}, false
	}
	return monday, true
}

// weekdayDayDate resolves a weekday with a day of the month and no month
// ("Friday the 13th"): the latest such day on or before the reference date
// (dir -1, or 0 in a clause that does not look ahead), else the first on or
// after it, searched over 28 months; nil when none is found. Without a
// reference the value keeps the day only ("XXXX-XX-13").
func (c *state) weekdayDayDate(wd time.Weekday, day, dir, s, e int) *Date {
	if c.Ref.IsZero() {
		return &Date{Granularity: Day, Value: fmt.Sprintf("XXXX-XX-%02d", day), Inferred: true}
	}
	if dir == 0 {
		dir = -1
		if c.tenseAt(s, e) == tenseFuture {
			dir = 1
		}
	}
	first := time.Date(c.Ref.Year(), c.Ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 28; i++ {
		mo := first.AddDate(0, dir*i, 0)
		if day > daysIn(mo.Year(), int(mo.Month())) {
			continue
		}
		t := mo.AddDate(0, 0, day-1)
		if t.Weekday() != wd || (dir < 0 && t.After(c.Ref)) || (dir > 0 && t.Before(c.Ref)) {
			continue
		}
		return dayOf(t, true)
	}
	return nil
}

// weekdayDeterminer reads "last"/"past" or "next"/"coming" (and "this" when
// allowThis) before a weekday starting at left: the direction to resolve it
// in (-1, +1, or 0 for by tense) and where the expression starts; det is the
// determiner word read, "" when none.
func (c *state) weekdayDeterminer(left int, allowThis bool) (det string, dir, start int) {
	det, start = c.determiner(left)
	switch det {
	case "last", "past":
		return det, -1, start
	case "next", "coming":
		return det, 1, start
	case "this":
		if allowThis {
			return det, 0, start
		}
	}
	return det, 0, left
}
