package render

import (
	"fmt"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// modWords are the English words for TIMEX3 mods, put before a date.
var modWords = map[string]string{
	"START":  "early ",
	"MID":    "mid-",
	"END":    "late ",
	"APPROX": "about ",
	"BEFORE": "before ",
	"AFTER":  "after ",
}

// DisplayDate writes a date for readers at its precision: "21 October 2024",
// "21–22 October 2024", "October 2024", "Q4 2024", "summer 2024", "2023",
// "the 1990s", "early 2023", "the late 1990s". A date off the calendar is
// written by its TIMEX3 value ("XXXX-10-21"); nil gives "".
func DisplayDate(d *timeline.Date) string {
	if d == nil {
		return ""
	}
	if !d.Known() {
		return d.Value
	}
	var s string
	if d.IsRange() {
		s = displayRange(d.Start, d.End, d.Granularity)
	} else {
		s = displayUnit(d.Start, d.Granularity)
	}
	mod := modWords[d.Mod]
	if rest, ok := strings.CutPrefix(s, "the "); ok && (d.Mod == "START" || d.Mod == "MID" || d.Mod == "END") {
		return "the " + mod + rest // "the late 1990s"
	}
	return mod + s
}

// displayUnit writes the unit of granularity g that starts at t.
func displayUnit(t time.Time, g timeline.Granularity) string {
	y := t.Year()
	switch g {
	case temporal.Day:
		return fmt.Sprintf("%d %s %d", t.Day(), t.Month(), y)
	case temporal.Week:
		return "week of " + displayUnit(t, temporal.Day)
	case temporal.Month:
		return fmt.Sprintf("%s %d", t.Month(), y)
	case temporal.Quarter:
		return fmt.Sprintf("Q%d %d", (int(t.Month())-1)/3+1, y)
	case temporal.Season:
		return fmt.Sprintf("%s %d", seasonName(t.Month()), y)
	case temporal.Half:
		return fmt.Sprintf("H%d %d", (int(t.Month())-1)/6+1, y)
	case temporal.Year:
		return fmt.Sprint(y)
	case temporal.Decade:
		return fmt.Sprintf("the %ds", y/10*10)
	case temporal.Century:
		c := y/100 + 1
		return fmt.Sprintf("the %d%s century", c, ordinalSuffix(c))
	}
	return t.Format("2006-01-02")
}

// displayRange writes a range without repeating the shared month and year:
// "21–22 October 2024", "30 September – 1 October 2024".
func displayRange(a, b time.Time, g timeline.Granularity) string {
	if g == temporal.Day && a.Year() == b.Year() {
		if a.Month() == b.Month() {
			return fmt.Sprintf("%d–%d %s %d", a.Day(), b.Day(), a.Month(), a.Year())
		}
		return fmt.Sprintf("%d %s – %d %s %d", a.Day(), a.Month(), b.Day(), b.Month(), a.Year())
	}
	if g == temporal.Month && a.Year() == b.Year() {
		return fmt.Sprintf("%s–%s %d", a.Month(), b.Month(), a.Year())
	}
	sep := "–"
	if strings.Contains(displayUnit(a, g), " ") {
		sep = " – "
	}
	return displayUnit(a, g) + sep + displayUnit(b, g)
}

func seasonName(m time.Month) string {
	switch m {
	case time.March, time.April, time.May:
		return "spring"
	case time.June, time.July, time.August:
		return "summer"
	case time.September, time.October, time.November:
		return "autumn"
	}
	return "winter"
}

func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// statusPrefix marks events that the text does not report as having
// happened, for headlines and calendar summaries: "[planned] ".
func statusPrefix(s timeline.Status) string {
	switch s {
	case timeline.Planned, timeline.Hypothetical, timeline.Negated:
		return "[" + string(s) + "] "
	}
	return ""
}

// headline is the event's one-line title: its summary, or its type and
// trigger when the summary is empty, marked with its status.
func headline(e timeline.Event) string {
	h := e.Summary
	if h == "" {
		h = string(e.Type)
		if e.Trigger != "" {
			h += ": " + e.Trigger
		}
	}
	return statusPrefix(e.Status) + h
}

// dateFact writes a date for a line of facts: in words, then its TIMEX3
// value when that says something else, and whether the year was inferred:
// "21–22 October 2024 (2024-10-21/2024-10-22, year inferred)", "2023".
func dateFact(d *timeline.Date) string {
	s := DisplayDate(d)
	var notes []string
	if d.Value != "" && d.Value != s {
		notes = append(notes, d.Value)
	}
	if d.Inferred {
		notes = append(notes, "year inferred")
	}
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, ", ") + ")"
	}
	return s
}
