package temporal

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/olebedev/when/rules"
)

// timeRules read times of day: "10 am", "10:30 a.m.", "at 14:00 GMT",
// "at noon". Their value is the day of a date written just before ("Tuesday
// at 10 am") with the time, or XXXX-XX-XX with the time.
func timeRules() []*Rule {
	return []*Rule{
		// 1: hour, 2: minute, 3: a or p
		withDigits(newRule("clock-ampm", []string{"#"}, 0, `(\d{1,2})(?::(\d{2}))?\s*([ap])(?:\.\s?m\.|m\b)`,
			func(c *state, m *rules.Match) (Timex, bool) {
				h, _ := strconv.Atoi(capture(m, 0))
				mi, _ := strconv.Atoi(capture(m, 1))
				if h < 1 || h > 12 || mi > 59 || !c.numberStandsAlone(m.Left, m.Left) {
					return Timex{}, false
				}
				if strings.EqualFold(capture(m, 2), "p") && h < 12 {
					h += 12
				} else if strings.EqualFold(capture(m, 2), "a") && h == 12 {
					h = 0
				}
				return c.clockTimex(m.Left, m.Right, h, mi), true
			}), func(run int, next byte) bool { return run <= 2 }),
		// 1: hour, 2: minute, 3: zone
		withDigits(newRule("clock-24h", []string{"#"}, 0, `(\d{1,2}):(\d{2})\b(?:\s*(GMT|UTC|CET|CEST|BST|EST|EDT|ET|local\s+time)\b)?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				h, _ := strconv.Atoi(capture(m, 0))
				mi, _ := strconv.Atoi(capture(m, 1))
				w, _ := wordBefore(c.Text, m.Left)
				if h > 23 || mi > 59 || (capture(m, 2) == "" && w != "at" && w != "by" && w != "until" && w != "from") ||
					!c.numberStandsAlone(m.Left, m.Left) {
					return Timex{}, false
				}
				return c.clockTimex(m.Left, m.Right, h, mi), true
			}), func(run int, next byte) bool { return run <= 2 && next == ':' }),
		// 1: noon or midnight
		newRule("noon", []string{"noon", "midnight"}, 0, `(noon|midnight)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				w, _ := wordBefore(c.Text, m.Left)
				if w != "at" && w != "by" && w != "until" && w != "before" && w != "after" {
					return Timex{}, false
				}
				h := 12
				if strings.EqualFold(capture(m, 0), "midnight") {
					h = 24
				}
				return c.clockTimex(m.Left, m.Right, h, 0), true
			}),
	}
}

// clockTimex builds a TIME on the day written before s in the same sentence
// ("on Sunday ... closed at 8 p.m.") or just after the time ("at midnight on
// 31 January"), if any.
func (c *state) clockTimex(s, e, h, mi int) Timex {
	day := "XXXX-XX-XX"
	var d *Date
	if p := c.prev; p != nil && p.Date != nil && p.Date.Known() && p.Date.Granularity == Day && !p.Date.IsRange() && c.sameSentence(p.End, s) {
		day, d = p.Date.Value, p.Date
	} else if next := c.dayAfter(e); next != nil {
		day, d = next.Value, next
	}
	v := fmt.Sprintf("%sT%02d:%02d", day, h, mi)
	if d == nil {
		d = &Date{Granularity: Day, Value: day, Inferred: true}
	}
	return Timex{Type: TypeTime, Value: v, Date: d}
}

// timeZoneAfter matches a time zone after a clock time.
var timeZoneAfter = regexp.MustCompile(`^\s*(?:\(?(?:local\s+time|GMT|UTC|ET|EST|EDT|CET|CEST|BST)\)?)`)

// dayAfter returns the single known day written right after e ("on 31
// January 2020", ", Tuesday"), or nil.
func (c *state) dayAfter(e int) *Date {
	i := e
	if loc := timeZoneAfter.FindStringIndex(c.Text[e:min(len(c.Text), e+24)]); loc != nil {
		i += loc[1]
	}
	for i < len(c.Text) && i < e+30 && (c.Text[i] == ' ' || c.Text[i] == ',') {
		i++
	}
	if strings.HasPrefix(c.Text[i:], "on ") {
		i += 3
	}
	at, word, _ := nextTrigger(c.Text, i, c.words)
	if at != i {
		return nil
	}
	for _, r := range c.index[word] {
		if r.Name == "clock-ampm" || r.Name == "clock-24h" || r.Name == "noon" {
			continue
		}
		if _, tx, ok := r.match(c, at); ok && tx.Date != nil && tx.Date.Known() && tx.Date.Granularity == Day && !tx.Date.IsRange() && tx.Type == TypeDate {
			return tx.Date
		}
	}
	return nil
}
