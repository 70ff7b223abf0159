package render

import (
	"strings"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// DisplayDate writes a date for readers at its precision: "21 October 2024",
// "21–22 October 2024", "October 2024", "Q4 2024", "summer 2024", "2023",
// "the 1990s", "early 2023", "the late 1990s". A date off the calendar is
// written by its TIMEX3 value ("XXXX-10-21"); nil gives "".
func DisplayDate(d *timeline.Date) string {
	if d == nil {
		return ""
	}
	return d.Label(temporal.LongMonths)
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
