package temporal

import (
	"encoding/json"
	"fmt"
	"time"
)

// Granularity is the precision of a date: the calendar unit it names.
type Granularity string

// Granularities, from finest to coarsest.
const (
	Day     Granularity = "day"
	Week    Granularity = "week"
	Month   Granularity = "month"
	Quarter Granularity = "quarter"
	Season  Granularity = "season"
	Half    Granularity = "half"
	Year    Granularity = "year"
	Decade  Granularity = "decade"
	Century Granularity = "century"
)

// Date is a calendar date or range at a stated precision, as read from text.
//
// Start is the first day of the unit named (midnight UTC): "October 2024" has
// Start 2024-10-01 and Granularity Month. End is set only for ranges ("October
// 21–22") and is the first day of the last unit covered, at the same
// granularity. Both are zero when the date cannot be placed on the calendar
// (a month and day whose year cannot be known): Value then carries the known
// parts, e.g. "XXXX-10-21".
type Date struct {
	// Start is the first day of the (first) unit; zero when unknown.
	Start time.Time
	// End is the first day of the last unit of a range; zero for a single date.
	End time.Time
	// Granularity is the unit of Start and End.
	Granularity Granularity
	// Value is the TIMEX3 value: "2024-10-21", "2024-10", "2024", "199",
	// "2024-W10", "2024-Q1", "2024-SU", "XXXX-10-21". Ranges use the ISO 8601
	// interval form "2024-10-21/2024-10-22".
	Value string
	// Mod is the TIMEX3 mod when the text qualifies the date: "START" (early
	// 2023), "MID", "END", "APPROX", "BEFORE" (before 1990), "AFTER",
	// "ON_OR_AFTER" (since 2014), "ON_OR_BEFORE" (until 2020), or "".
	Mod string
	// Inferred reports that the year (or more) was not read in the text but
	// resolved from the reference date or the discourse.
	Inferred bool
}

// Known reports whether the date is placed on the calendar.
func (d Date) Known() bool { return !d.Start.IsZero() }

// IsRange reports whether the date is a range with a distinct end.
func (d Date) IsRange() bool { return !d.End.IsZero() && !d.End.Equal(d.Start) }

// First returns the first day covered by the date (zero if unknown).
func (d Date) First() time.Time { return d.Start }

// Last returns the last day covered by the date, inclusive (zero if unknown).
func (d Date) Last() time.Time {
	if !d.Known() {
		return time.Time{}
	}
	u := d.Start
	if d.IsRange() {
		u = d.End
	}
	return AddUnit(u, d.Granularity).AddDate(0, 0, -1)
}

// Overlaps reports whether two known dates share at least one day.
func (d Date) Overlaps(o Date) bool {
	if !d.Known() || !o.Known() {
		return false
	}
	return !d.First().After(o.Last()) && !o.First().After(d.Last())
}

// AddUnit returns the first day of the unit after the one starting at t.
func AddUnit(t time.Time, g Granularity) time.Time {
	switch g {
	case Day:
		return t.AddDate(0, 0, 1)
	case Week:
		return t.AddDate(0, 0, 7)
	case Month:
		return t.AddDate(0, 1, 0)
	case Quarter, Season:
		return t.AddDate(0, 3, 0)
	case Half:
		return t.AddDate(0, 6, 0)
	case Year:
		return t.AddDate(1, 0, 0)
	case Decade:
		return t.AddDate(10, 0, 0)
	case Century:
		return t.AddDate(100, 0, 0)
	}
	return t.AddDate(0, 0, 1)
}

// Format writes t at granularity g in ISO 8601 / TIMEX3 form: "2024-10-21",
// "2024-W43", "2024-10", "2024-Q4", "2024-H2", "2024", "202" (decade), "20"
// (century). Seasons are written by their TIMEX3 code ("2024-SU"); a
// winter is written with the year of its December ("2023-WI" runs from
// December 2023 to February 2024).
func Format(t time.Time, g Granularity) string {
	if t.IsZero() {
		return ""
	}
	y := t.Year()
	switch g {
	case Day:
		return t.Format("2006-01-02")
	case Week:
		wy, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", wy, w)
	case Month:
		return t.Format("2006-01")
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", y, (int(t.Month())-1)/3+1)
	case Season:
		return fmt.Sprintf("%04d-%s", y, seasonCode(t.Month()))
	case Half:
		return fmt.Sprintf("%04d-H%d", y, (int(t.Month())-1)/6+1)
	case Year:
		return fmt.Sprintf("%04d", y)
	case Decade:
		return fmt.Sprintf("%03d", y/10)
	case Century:
		return fmt.Sprintf("%02d", y/100)
	}
	return t.Format("2006-01-02")
}

// seasonIndex numbers the (northern) season containing month m: 0 spring
// (March–May), 1 summer, 2 autumn, 3 winter (December–February).
func seasonIndex(m time.Month) int { return (int(m) + 9) % 12 / 3 }

// seasonCode is the TIMEX3 code of the season containing month m.
func seasonCode(m time.Month) string { return [...]string{"SP", "SU", "FA", "WI"}[seasonIndex(m)] }

// String returns the TIMEX3 value.
func (d Date) String() string { return d.Value }

type dateJSON struct {
	Start       string      `json:"start,omitempty"`
	End         string      `json:"end,omitempty"`
	Granularity Granularity `json:"granularity"`
	Value       string      `json:"value"`
	Mod         string      `json:"mod,omitempty"`
	Inferred    bool        `json:"inferred"`
	FirstDay    string      `json:"first_day,omitempty"`
	LastDay     string      `json:"last_day,omitempty"`
}

// MarshalJSON writes the date with ISO strings at its granularity:
// {"start":"2024-10-21","end":"2024-10-22","granularity":"day",
// "value":"2024-10-21/2024-10-22","inferred":true,"first_day":..,"last_day":..}.
func (d Date) MarshalJSON() ([]byte, error) {
	j := dateJSON{Granularity: d.Granularity, Value: d.Value, Mod: d.Mod, Inferred: d.Inferred}
	if d.Known() {
		j.Start = Format(d.Start, d.Granularity)
		if d.IsRange() {
			j.End = Format(d.End, d.Granularity)
		}
		j.FirstDay = d.First().Format("2006-01-02")
		j.LastDay = d.Last().Format("2006-01-02")
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes. The span is rebuilt from
// first_day and the granularity.
func (d *Date) UnmarshalJSON(b []byte) error {
	var j dateJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*d = Date{Granularity: j.Granularity, Value: j.Value, Mod: j.Mod, Inferred: j.Inferred}
	if j.FirstDay != "" {
		t, err := time.Parse("2006-01-02", j.FirstDay)
		if err != nil {
			return fmt.Errorf("date first_day %q: %w", j.FirstDay, err)
		}
		d.Start = t
		if j.End != "" && j.LastDay != "" {
			last, err := time.Parse("2006-01-02", j.LastDay)
			if err != nil {
				return fmt.Errorf("date last_day %q: %w", j.LastDay, err)
			}
			d.End = StartOfUnit(last, j.Granularity)
		}
	}
	return nil
}

// StartOfUnit returns the first day of the unit of granularity g containing t.
func StartOfUnit(t time.Time, g Granularity) time.Time {
	y, m, day := t.Date()
	switch g {
	case Week:
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		return time.Date(y, m, day-wd, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	case Quarter:
		return time.Date(y, time.Month((int(m)-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC)
	case Half:
		return time.Date(y, time.Month((int(m)-1)/6*6+1), 1, 0, 0, 0, 0, time.UTC)
	case Season:
		// spring from March, summer from June, autumn from September,
		// winter from December to February (the winter of the December)
		switch {
		case m <= time.February:
			return time.Date(y-1, time.December, 1, 0, 0, 0, 0, time.UTC)
		case m == time.December:
			return time.Date(y, time.December, 1, 0, 0, 0, 0, time.UTC)
		}
		return time.Date(y, time.Month((int(m)-3)/3*3+3), 1, 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	case Decade:
		return time.Date(y/10*10, 1, 1, 0, 0, 0, 0, time.UTC)
	case Century:
		return time.Date(y/100*100, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
}
