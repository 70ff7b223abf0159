package timeline

import (
	"strconv"
	"strings"
	"time"
)

// Filter selects events. Every criterion that is set must hold for an event
// to match; the zero Filter matches every event.
type Filter struct {
	// Types keeps events of these types; empty keeps all types.
	Types []EventType
	// Actors keeps events with at least one actor containing at least one of
	// these strings, compared case-insensitively ("stolten" matches "Jens
	// Stoltenberg"); empty keeps all events.
	Actors []string
	// From keeps events whose span (Date.First() to Date.Last()) ends on or
	// after this day; zero means no lower bound. Only the calendar day counts.
	From time.Time
	// To keeps events whose span starts on or before this day (inclusive);
	// zero means no upper bound. Use ParseDateEnd to read a user's "--to 2024"
	// as the last day of 2024.
	To time.Time
	// MinConfidence keeps events with Confidence >= MinConfidence.
	MinConfidence float64
}

// Validate reports a filter that can match nothing because From is after To.
// It returns an *Error with code EINVALID.
func (f Filter) Validate() error {
	if !f.From.IsZero() && !f.To.IsZero() && day(f.From).After(day(f.To)) {
		return Errorf(EINVALID, "date range %s to %s is empty: the start is after the end; swap them",
			f.From.Format("2006-01-02"), f.To.Format("2006-01-02"))
	}
	if f.MinConfidence < 0 || f.MinConfidence > 1 {
		return Errorf(EINVALID, "minimum confidence %v is out of range; use a number from 0 to 1", f.MinConfidence)
	}
	return nil
}

// Match reports whether the event passes every criterion of the filter. When
// From or To is set, events without a known date never match: their place on
// the calendar is unknown.
func (f Filter) Match(e Event) bool {
	if len(f.Types) > 0 && !hasType(f.Types, e.Type) {
		return false
	}
	if e.Confidence < f.MinConfidence {
		return false
	}
	if len(f.Actors) > 0 && !matchActors(f.Actors, e.Actors) {
		return false
	}
	if f.From.IsZero() && f.To.IsZero() {
		return true
	}
	if e.Date == nil || !e.Date.Known() {
		return false
	}
	if !f.From.IsZero() && day(e.Date.Last()).Before(day(f.From)) {
		return false
	}
	if !f.To.IsZero() && day(e.Date.First()).After(day(f.To)) {
		return false
	}
	return true
}

// Apply returns the events that match, in their original order, in a new
// slice (never nil) that does not share memory with events.
func (f Filter) Apply(events []Event) []Event {
	out := make([]Event, 0, len(events))
	for _, e := range events {
		if f.Match(e) {
			out = append(out, e)
		}
	}
	return out
}

func hasType(types []EventType, t EventType) bool {
	for _, x := range types {
		if x == t {
			return true
		}
	}
	return false
}

func matchActors(want, actors []string) bool {
	for _, a := range actors {
		la := strings.ToLower(a)
		for _, w := range want {
			if strings.Contains(la, strings.ToLower(w)) {
				return true
			}
		}
	}
	return false
}

// day truncates t to midnight UTC of its calendar day.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ParseEventTypes reads a comma-separated list of event types such as
// "visit,meeting". Names are case-insensitive, spaces around them and empty
// items are ignored, and duplicates are kept once. An unknown name gives an
// *Error with code EINVALID that names it and lists the valid types.
func ParseEventTypes(s string) ([]EventType, error) {
	var out []EventType
	var bad []string
	for _, part := range strings.Split(s, ",") {
		name := strings.ToLower(strings.TrimSpace(part))
		if name == "" {
			continue
		}
		t := EventType(name)
		if !hasType(EventTypes, t) {
			bad = append(bad, strconv.Quote(strings.TrimSpace(part)))
			continue
		}
		if !hasType(out, t) {
			out = append(out, t)
		}
	}
	if len(bad) > 0 {
		names := make([]string, len(EventTypes))
		for i, t := range EventTypes {
			names[i] = string(t)
		}
		noun := "event type"
		if len(bad) > 1 {
			noun = "event types"
		}
		return nil, Errorf(EINVALID, "unknown %s %s; use a comma-separated list of: %s",
			noun, strings.Join(bad, ", "), strings.Join(names, ", "))
	}
	if len(out) == 0 {
		return nil, Errorf(EINVALID, "no event type in %q; use a comma-separated list such as visit,meeting", s)
	}
	return out, nil
}

// ParseDate reads "2024", "2024-10" or "2024-10-21" and returns the first day
// of the year, month or day named, at midnight UTC. Anything else gives an
// *Error with code EINVALID that says what is wrong and which forms to use.
func ParseDate(s string) (time.Time, error) {
	t, _, err := parseDate(s)
	return t, err
}

// ParseDateEnd reads the same forms as ParseDate and returns the last day of
// the unit named: "2024" is 2024-12-31, "2024-02" is 2024-02-29, "2024-10-21"
// is itself. Use it for the end of an inclusive range.
func ParseDateEnd(s string) (time.Time, error) {
	t, g, err := parseDate(s)
	if err != nil {
		return t, err
	}
	switch g {
	case "year":
		return t.AddDate(1, 0, -1), nil
	case "month":
		return t.AddDate(0, 1, -1), nil
	}
	return t, nil
}

const dateForms = "use YYYY, YYYY-MM or YYYY-MM-DD"

// parseDate returns the first day of the unit named and the unit: "year",
// "month" or "day".
func parseDate(s string) (time.Time, string, error) {
	in := s
	s = strings.TrimSpace(s)
	parts := strings.Split(s, "-")
	if s == "" || len(parts) > 3 {
		return time.Time{}, "", Errorf(EINVALID, "date %q: not a date; %s", in, dateForms)
	}
	widths := []int{4, 2, 2}
	names := []string{"year", "month", "day"}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if len(p) != widths[i] || strings.Trim(p, "0123456789") != "" {
			return time.Time{}, "", Errorf(EINVALID, "date %q: %s %q is not %d digits; %s",
				in, names[i], p, widths[i], dateForms)
		}
		nums[i], _ = strconv.Atoi(p)
	}
	y, m, d := nums[0], 1, 1
	if len(nums) > 1 {
		m = nums[1]
		if m < 1 || m > 12 {
			return time.Time{}, "", Errorf(EINVALID, "date %q: month %d out of range 1-12; %s", in, m, dateForms)
		}
	}
	if len(nums) > 2 {
		d = nums[2]
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if d < 1 || d > last {
			return time.Time{}, "", Errorf(EINVALID, "date %q: day %d out of range 1-%d for %04d-%02d; %s",
				in, d, last, y, m, dateForms)
		}
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), names[len(nums)-1], nil
}
