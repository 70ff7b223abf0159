package temporal

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/olebedev/when/rules"
)

// timeRules read times of day: "10 am", "10:30 a.m.", "9.40am", "at
// 14:00 GMT", "at 1630 GMT", "at noon", and times stamping live-blog
// entries ("09:40 —"). Their value is the day of a date written just
// before ("Tuesday at 10 am") with the time, or XXXX-XX-XX with the time
// (see clockTimex).
func timeRules() []*Rule {
	return []*Rule{
		// 1: hour, 2: ":" or ".", 3: minute, 4: a or p, 5: zone — a time
		// stamping a line or a live-blog entry: "09:40 —", "14:05 BST:",
		// "9.40am:"
		withDigits(newRule("clock-stamp", []string{"#"}, 0, `(\d{1,2})([:.])(\d{2})(?:\s*([ap])(?:\.\s?m\.|m\b))?(?:\s*\(?(GMT|UTC|CET|CEST|BST|EST|EDT|ET|PT|PST|PDT|CST|CDT|local\s+time)\b\)?)?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				h, _ := strconv.Atoi(capture(m, 0))
				mi, _ := strconv.Atoi(capture(m, 2))
				ampm, zone := strings.ToLower(capture(m, 3)), capture(m, 4)
				if !c.stampAt(m.Left, m.Right) || mi > 59 || h > 23 || (ampm != "" && (h < 1 || h > 12)) {
					return Timex{}, false
				}
				// what follows must end the stamp: a dash, a bar, the end of
				// the line, or a colon (not after a dotted number, which may
				// number a section: "1.10: Scope")
				rest := c.Text[m.Right:min(len(c.Text), m.Right+8)]
				rest = strings.TrimLeft(rest, " \t")
				switch {
				case rest == "" || rest[0] == '\n' || rest[0] == '\r' || rest[0] == '|' || rest[0] == '-' ||
					strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–"):
				case rest[0] == ':' && (capture(m, 1) == ":" || ampm != "" || zone != ""):
				case ampm != "" || zone != "":
				default:
					return Timex{}, false
				}
				if rest != "" && rest[0] == ':' && len(rest) > 1 && isDigit(rest[1]) {
					return Timex{}, false // "12:30:45" is read by clock-24h
				}
				if ampm == "p" && h < 12 {
					h += 12
				} else if ampm == "a" && h == 12 {
					h = 0
				}
				return c.clockTimex(m.Left, m.Right, h, mi), true
			}), func(run int, next byte) bool { return run <= 2 && (next == ':' || next == '.') }),
		// 1: hour, 2: minute, 3: a or p, 4: zone
		withDigits(newRule("clock-ampm", []string{"#"}, 0, `(\d{1,2})(?:[:.](\d{2}))?\s*([ap])(?:\.\s?m\.|m\b)(?:\s*\(?(GMT|UTC|CET|CEST|BST|EST|EDT|ET|PT|PST|PDT|CST|CDT)\b\)?)?`,
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
		// 1: hour, 2: minute, 3: second, 4: zone
		withDigits(newRule("clock-24h", []string{"#"}, 0, `(\d{1,2}):(\d{2})(?::(\d{2}))?\b(?:\s*(GMT|UTC|CET|CEST|BST|EST|EDT|ET|local\s+time)\b)?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				h, _ := strconv.Atoi(capture(m, 0))
				mi, _ := strconv.Atoi(capture(m, 1))
				w, ws := wordBefore(c.Text, m.Left)
				if p := c.prev; p != nil && p.Type == TypeTime && p.End <= m.Left && m.Left-p.End <= 5 &&
					((w == "to" || w == "and" || w == "till") && ws-p.End <= 3 || strings.Trim(c.Text[p.End:m.Left], " -–—") == "") {
					w = "until" // "from 10:00 to 12:30", "10:00–12:30"
				}
				if h > 23 || mi > 59 || (capture(m, 3) == "" && w != "at" && w != "by" && w != "until" && w != "from") ||
					!c.numberStandsAlone(m.Left, m.Left) {
					return Timex{}, false
				}
				if sec := capture(m, 2); sec != "" {
					// "at 12:30:45": a time to the second, but not a longer
					// chain of numbers ("1:02:03:04")
					if n, _ := strconv.Atoi(sec); n > 59 || m.Right < len(c.Text) && c.Text[m.Right] == ':' {
						return Timex{}, false
					}
					tx := c.clockTimex(m.Left, m.Right, h, mi)
					tx.Value += ":" + sec
					return tx, true
				}
				return c.clockTimex(m.Left, m.Right, h, mi), true
			}), func(run int, next byte) bool { return run <= 2 && next == ':' }),
		// 1: hour, 2: minute, 3: zone — the wire services' four digits
		// ("at 0940 GMT", "by 1600 ET"); the zone is required
		withDigits(newRule("clock-wire", []string{"#"}, 0, `([01]\d|2[0-3])([0-5]\d)\s*(GMT|UTC|BST|CET|CEST|EST|EDT|ET)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !c.numberStandsAlone(m.Left, m.Left) {
					return Timex{}, false
				}
				return c.clockTimex(m.Left, m.Right, atoi(capture(m, 0)), atoi(capture(m, 1))), true
			}), func(run int, next byte) bool { return run == 4 }),
		// 1: noon or midnight
		newRule("noon", []string{"noon", "midnight", "midday"}, 0, `(noon|midnight|midday)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				w, _ := wordBefore(c.Text, m.Left)
				if w != "at" && w != "by" && w != "until" && w != "before" && w != "after" {
					return Timex{}, false
				}
				// midnight is the start of the day named (T00:00), not
				// TIMEX3's T24:00, which readers take for the next day
				h := 12
				if strings.EqualFold(capture(m, 0), "midnight") {
					h = 0
				}
				return c.clockTimex(m.Left, m.Right, h, 0), true
			}),
	}
}

// clockTimex builds a TIME on the day written before s in the same sentence
// ("on Sunday ... closed at 8 p.m.") or just after the time ("at midnight on
// 31 January"), if any.
//
// A time that opens a line ("09:40 —", "14:05 BST:") stamps an entry of a
// live blog or a transcript: it takes the day of the latest heading date (a
// date on a short line of its own, "Thursday 16 March 2023", or opening a
// paragraph, "Tuesday 12 June 2018. All times are local."), else the
// reference date, and the times inside the entry that name no day take the
// entry's day.
func (c *state) clockTimex(s, e, h, mi int) Timex {
	day := "XXXX-XX-XX"
	var d *Date
	stamp := c.stampAt(s, e)
	if p := c.prev; !stamp && p != nil && p.Date != nil && p.Date.Known() && p.Date.Granularity == Day && !p.Date.IsRange() && c.sameSentence(p.End, s) {
		day, d = p.Date.Value, p.Date
	} else if next := c.dayAfter(e); next != nil {
		day, d = next.Value, next
	} else if stamp && c.heading != nil {
		day, d = c.heading.Value, c.heading
	} else if stamp && !c.Ref.IsZero() {
		d = dayOf(c.Ref, true)
		day = d.Value
	} else if !stamp && c.entry != nil {
		day, d = c.entry.Value, c.entry
	}
	v := fmt.Sprintf("%sT%02d:%02d", day, h, mi)
	if d == nil {
		d = &Date{Granularity: Day, Value: day, Inferred: true}
	}
	return Timex{Type: TypeTime, Value: v, Date: d, stamp: stamp}
}

// stampAt reports whether the time at [s, e) stamps an entry: it opens a
// line, or it opens a sentence and a dash or a bar follows it (entries run
// together in one paragraph: "... from Canada. 09:06 — History").
func (c *state) stampAt(s, e int) bool {
	if atLineStart(c.Text, s) {
		return true
	}
	if s == 0 || !sentenceStart(c.Text, s) {
		return false
	}
	rest := strings.TrimLeft(c.Text[e:min(len(c.Text), e+8)], " \t")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, "- ")
}

// atLineStart reports whether only spaces or a bullet ("*", "-", "•", ">")
// stand between the start of the line (or of the text) and s.
func atLineStart(text string, s int) bool {
	for j := s - 1; j >= 0; j-- {
		switch text[j] {
		case ' ', '\t', '*', '-', '>':
			continue
		case '\n', '\r':
			return true
		case 0xA2: // the last byte of "•"
			if j >= 2 && text[j-2:j+1] == "•" {
				j -= 2
				continue
			}
		}
		return false
	}
	return true
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
		if r.Name == "clock-ampm" || r.Name == "clock-24h" || r.Name == "clock-stamp" || r.Name == "clock-wire" || r.Name == "noon" {
			continue
		}
		if _, tx, ok := r.match(c, at); ok && tx.Date != nil && tx.Date.Known() && tx.Date.Granularity == Day && !tx.Date.IsRange() && tx.Type == TypeDate {
			return tx.Date
		}
	}
	return nil
}
