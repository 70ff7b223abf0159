package timeline_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

func utc(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// filterEvents is a fixed set of events for the filter table:
//
//	day     visit    2024-10-21          Stoltenberg, United States  0.9
//	range   meeting  2024-10-21..22      Blinken, NATO               0.7
//	month   summit   2024-07             NATO                        0.5
//	year    accession 2023               Finland, NATO               0.8
//	undated agreement                    Ukraine                     0.95
func filterEvents() []timeline.Event {
	return []timeline.Event{
		{ID: "day", Type: timeline.Visit, Confidence: 0.9, Actors: []string{"Jens Stoltenberg", "United States"},
			Date: &timeline.Date{Start: utc(2024, 10, 21), Granularity: temporal.Day, Value: "2024-10-21"}},
		{ID: "range", Type: timeline.Meeting, Confidence: 0.7, Actors: []string{"Antony Blinken", "NATO"},
			Date: &timeline.Date{Start: utc(2024, 10, 21), End: utc(2024, 10, 22), Granularity: temporal.Day,
				Value: "2024-10-21/2024-10-22"}},
		{ID: "month", Type: timeline.Summit, Confidence: 0.5, Actors: []string{"NATO"},
			Date: &timeline.Date{Start: utc(2024, 7, 1), Granularity: temporal.Month, Value: "2024-07"}},
		{ID: "year", Type: timeline.Accession, Confidence: 0.8, Actors: []string{"Finland", "NATO"},
			Date: &timeline.Date{Start: utc(2023, 1, 1), Granularity: temporal.Year, Value: "2023"}},
		{ID: "undated", Type: timeline.Agreement, Confidence: 0.95, Actors: []string{"Ukraine"}},
		{ID: "unknown-year", Type: timeline.Visit, Confidence: 0.6, Actors: []string{"Jens Stoltenberg"},
			Date: &timeline.Date{Granularity: temporal.Day, Value: "XXXX-10-21"}},
	}
}

func TestFilterApply(t *testing.T) {
	tests := []struct {
		name string
		f    timeline.Filter
		want []string
	}{
		{"zero keeps all", timeline.Filter{}, []string{"day", "range", "month", "year", "undated", "unknown-year"}},
		{"one type", timeline.Filter{Types: []timeline.EventType{timeline.Visit}}, []string{"day", "unknown-year"}},
		{"two types", timeline.Filter{Types: []timeline.EventType{timeline.Summit, timeline.Agreement}},
			[]string{"month", "undated"}},
		{"actor substring any case", timeline.Filter{Actors: []string{"stolten"}}, []string{"day", "unknown-year"}},
		{"actors are alternatives", timeline.Filter{Actors: []string{"FINLAND", "ukraine"}}, []string{"year", "undated"}},
		{"actor not found", timeline.Filter{Actors: []string{"Macron"}}, nil},
		{"min confidence inclusive", timeline.Filter{MinConfidence: 0.8}, []string{"day", "year", "undated"}},
		{"from excludes undated", timeline.Filter{From: utc(2000, 1, 1)}, []string{"day", "range", "month", "year"}},
		{"from on last day of range", timeline.Filter{From: utc(2024, 10, 22)}, []string{"range"}},
		{"from after month", timeline.Filter{From: utc(2024, 8, 1)}, []string{"day", "range"}},
		{"to on first day", timeline.Filter{To: utc(2024, 10, 21)}, []string{"day", "range", "month", "year"}},
		{"to before day", timeline.Filter{To: utc(2024, 10, 20)}, []string{"month", "year"}},
		{"window inside month overlaps", timeline.Filter{From: utc(2024, 7, 15), To: utc(2024, 7, 16)}, []string{"month"}},
		{"window inside year overlaps", timeline.Filter{From: utc(2023, 12, 31), To: utc(2023, 12, 31)}, []string{"year"}},
		{"to ignores clock time", timeline.Filter{To: time.Date(2024, 10, 20, 23, 59, 0, 0, time.UTC)}, []string{"month", "year"}},
		{"criteria combine", timeline.Filter{Types: []timeline.EventType{timeline.Visit, timeline.Meeting},
			Actors: []string{"nato"}, From: utc(2024, 1, 1)}, []string{"range"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range tt.f.Apply(filterEvents()) {
				got = append(got, e.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Apply(%+v) = %v, want %v", tt.f, got, tt.want)
			}
		})
	}
}

func TestFilterApplyNeverNil(t *testing.T) {
	got := timeline.Filter{Actors: []string{"nobody"}}.Apply(nil)
	if got == nil || len(got) != 0 {
		t.Errorf("Apply(nil) = %#v, want empty non-nil slice", got)
	}
	in := filterEvents()
	out := timeline.Filter{}.Apply(in)
	out[0].ID = "changed"
	if in[0].ID != "day" {
		t.Errorf("Apply shares memory with its input")
	}
}

func TestFilterValidate(t *testing.T) {
	tests := []struct {
		f       timeline.Filter
		wantErr string
	}{
		{timeline.Filter{}, ""},
		{timeline.Filter{From: utc(2024, 1, 1), To: utc(2024, 1, 1)}, ""},
		{timeline.Filter{From: utc(2024, 1, 2), To: utc(2024, 1, 1)}, "start is after the end"},
		{timeline.Filter{MinConfidence: 1.5}, "out of range"},
		{timeline.Filter{MinConfidence: -0.1}, "out of range"},
	}
	for _, tt := range tests {
		err := tt.f.Validate()
		if tt.wantErr == "" {
			if err != nil {
				t.Errorf("Validate(%+v) = %v, want nil", tt.f, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) || timeline.ErrorCode(err) != timeline.EINVALID {
			t.Errorf("Validate(%+v) = %v, want EINVALID error containing %q", tt.f, err, tt.wantErr)
		}
	}
}

func TestParseEventTypes(t *testing.T) {
	tests := []struct {
		in      string
		want    []timeline.EventType
		wantErr string
	}{
		{"visit", []timeline.EventType{timeline.Visit}, ""},
		{"visit,meeting", []timeline.EventType{timeline.Visit, timeline.Meeting}, ""},
		{" Visit , SUMMIT ,", []timeline.EventType{timeline.Visit, timeline.Summit}, ""},
		{"visit,visit", []timeline.EventType{timeline.Visit}, ""},
		{"other-diplomatic", []timeline.EventType{timeline.OtherDiplomatic}, ""},
		{"visits", nil, `unknown event type "visits"; use a comma-separated list of: visit, meeting,`},
		{"visit,war,coup", nil, `unknown event types "war", "coup"`},
		{"", nil, "no event type"},
		{" , ", nil, "no event type"},
	}
	for _, tt := range tests {
		got, err := timeline.ParseEventTypes(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseEventTypes(%q) error = %v, want one containing %q", tt.in, err, tt.wantErr)
			}
			if timeline.ErrorCode(err) != timeline.EINVALID {
				t.Errorf("ParseEventTypes(%q) error code = %q, want %q", tt.in, timeline.ErrorCode(err), timeline.EINVALID)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseEventTypes(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in        string
		wantStart time.Time
		wantEnd   time.Time
		wantErr   string
	}{
		{"2024", utc(2024, 1, 1), utc(2024, 12, 31), ""},
		{"2024-10", utc(2024, 10, 1), utc(2024, 10, 31), ""},
		{"2024-02", utc(2024, 2, 1), utc(2024, 2, 29), ""},
		{"2023-02", utc(2023, 2, 1), utc(2023, 2, 28), ""},
		{"2024-12", utc(2024, 12, 1), utc(2024, 12, 31), ""},
		{"2024-10-21", utc(2024, 10, 21), utc(2024, 10, 21), ""},
		{" 2024-02-29 ", utc(2024, 2, 29), utc(2024, 2, 29), ""},
		{"0950", utc(950, 1, 1), utc(950, 12, 31), ""},
		{"", time.Time{}, time.Time{}, "not a date"},
		{"24", time.Time{}, time.Time{}, `year "24" is not 4 digits`},
		{"2024-1", time.Time{}, time.Time{}, `month "1" is not 2 digits`},
		{"2024-13", time.Time{}, time.Time{}, "month 13 out of range"},
		{"2024-00-10", time.Time{}, time.Time{}, "month 0 out of range"},
		{"2023-02-29", time.Time{}, time.Time{}, "day 29 out of range 1-28 for 2023-02"},
		{"2024-10-21-1", time.Time{}, time.Time{}, "not a date"},
		{"2024/10/21", time.Time{}, time.Time{}, "is not 4 digits"},
		{"October 2024", time.Time{}, time.Time{}, "use YYYY, YYYY-MM or YYYY-MM-DD"},
		{"+024", time.Time{}, time.Time{}, "is not 4 digits"},
	}
	for _, tt := range tests {
		start, err := timeline.ParseDate(tt.in)
		end, errEnd := timeline.ParseDateEnd(tt.in)
		if tt.wantErr != "" {
			for _, e := range []error{err, errEnd} {
				if e == nil || !strings.Contains(e.Error(), tt.wantErr) || timeline.ErrorCode(e) != timeline.EINVALID {
					t.Errorf("ParseDate(%q) error = %v, want EINVALID containing %q", tt.in, e, tt.wantErr)
				}
			}
			continue
		}
		if err != nil || !start.Equal(tt.wantStart) {
			t.Errorf("ParseDate(%q) = %v, %v, want %v", tt.in, start, err, tt.wantStart)
		}
		if errEnd != nil || !end.Equal(tt.wantEnd) {
			t.Errorf("ParseDateEnd(%q) = %v, %v, want %v", tt.in, end, errEnd, tt.wantEnd)
		}
	}
}

func ExampleFilter() {
	events := []timeline.Event{
		{ID: "a", Type: timeline.Visit, Actors: []string{"Jens Stoltenberg"}, Confidence: 0.9,
			Date: &timeline.Date{Start: utc(2024, 10, 21), Granularity: temporal.Day, Value: "2024-10-21"}},
		{ID: "b", Type: timeline.Meeting, Actors: []string{"NATO"}, Confidence: 0.7,
			Date: &timeline.Date{Start: utc(2024, 9, 1), Granularity: temporal.Month, Value: "2024-09"}},
		{ID: "c", Type: timeline.Visit, Actors: []string{"Stoltenberg"}, Confidence: 0.8},
	}
	from, _ := timeline.ParseDate("2024-10")
	to, _ := timeline.ParseDateEnd("2024")
	types, _ := timeline.ParseEventTypes("visit,meeting")
	f := timeline.Filter{Types: types, Actors: []string{"stoltenberg"}, From: from, To: to}
	for _, e := range f.Apply(events) {
		fmt.Println(e.ID, e.Date.Value)
	}
	// Output:
	// a 2024-10-21
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024", "2024-10", "2024-10-21", "2023-02-29", "", "x", "2024-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		start, err := timeline.ParseDate(s)
		end, errEnd := timeline.ParseDateEnd(s)
		if (err == nil) != (errEnd == nil) {
			t.Fatalf("ParseDate(%q) error %v but ParseDateEnd error %v", s, err, errEnd)
		}
		if err != nil {
			return
		}
		if end.Before(start) {
			t.Errorf("ParseDateEnd(%q) = %v before ParseDate = %v", s, end, start)
		}
		if start.Hour() != 0 || start.Location() != time.UTC {
			t.Errorf("ParseDate(%q) = %v, want midnight UTC", s, start)
		}
	})
}
