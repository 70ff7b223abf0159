package render_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// checkTimelineJS checks the fields TimelineJS3 requires of its JSON
// (https://timeline.knightlab.com/docs/json-format.html): an events array
// whose slides each have a start_date with a numeric year, a month of 1–12
// and a day valid for that month when given, the same for an end_date that
// does not come before the start, and a text with a headline or a text. A
// title slide, when present, needs text too. It returns the slides.
func checkTimelineJS(t *testing.T, out []byte) []map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("timelinejs output is not JSON: %v", err)
	}
	events, ok := doc["events"].([]any)
	if !ok {
		t.Fatalf("timelinejs: events is %T, want an array", doc["events"])
	}
	if title, ok := doc["title"]; ok {
		checkText(t, "title", title)
	}
	ids := map[string]bool{}
	var slides []map[string]any
	for i, raw := range events {
		e, ok := raw.(map[string]any)
		if !ok {
			t.Fatalf("events[%d] is %T, want an object", i, raw)
		}
		slides = append(slides, e)
		start := checkDate(t, i, "start_date", e["start_date"], true)
		if _, ok := e["end_date"]; ok {
			end := checkDate(t, i, "end_date", e["end_date"], true)
			if end.Before(start) {
				t.Errorf("events[%d]: end_date %v before start_date %v", i, end, start)
			}
		}
		checkText(t, "events["+itoa(i)+"]", e)
		if id, ok := e["unique_id"].(string); ok {
			if ids[id] {
				t.Errorf("events[%d]: unique_id %q repeated", i, id)
			}
			ids[id] = true
		}
		if g, ok := e["group"]; ok {
			if _, isStr := g.(string); !isStr {
				t.Errorf("events[%d]: group is %T, want a string", i, g)
			}
		}
	}
	return slides
}

func itoa(i int) string { return jsonNum(i) }

func jsonNum(i int) string { b, _ := json.Marshal(i); return string(b) }

// checkText checks that slide has text.headline or text.text as a string.
func checkText(t *testing.T, where string, slide any) {
	t.Helper()
	m, _ := slide.(map[string]any)
	text, ok := m["text"].(map[string]any)
	if !ok {
		t.Errorf("%s: text is missing or not an object", where)
		return
	}
	h, _ := text["headline"].(string)
	b, _ := text["text"].(string)
	if h == "" && b == "" {
		t.Errorf("%s: text has neither headline nor text", where)
	}
}

// checkDate checks a TimelineJS date object and returns the day it starts.
func checkDate(t *testing.T, i int, name string, raw any, required bool) time.Time {
	t.Helper()
	d, ok := raw.(map[string]any)
	if !ok {
		if required {
			t.Errorf("events[%d]: %s is %T, want an object", i, name, raw)
		}
		return time.Time{}
	}
	year, ok := d["year"].(float64)
	if !ok || year != float64(int(year)) {
		t.Errorf("events[%d]: %s.year = %v (%T), want an integer number", i, name, d["year"], d["year"])
		return time.Time{}
	}
	month, day := 1, 1
	if m, ok := d["month"]; ok {
		mf, isNum := m.(float64)
		if !isNum || mf < 1 || mf > 12 || mf != float64(int(mf)) {
			t.Errorf("events[%d]: %s.month = %v, want a number 1-12", i, name, m)
		}
		month = int(mf)
	}
	if dv, ok := d["day"]; ok {
		if _, hasMonth := d["month"]; !hasMonth {
			t.Errorf("events[%d]: %s has a day but no month", i, name)
		}
		df, isNum := dv.(float64)
		last := time.Date(int(year), time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if !isNum || df < 1 || int(df) > last || df != float64(int(df)) {
			t.Errorf("events[%d]: %s.day = %v, want a number 1-%d", i, name, dv, last)
		}
		day = int(df)
	}
	return time.Date(int(year), time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

func TestTimelineJSFormat(t *testing.T) {
	out := encode(t, "timelinejs", fixture())
	slides := checkTimelineJS(t, out)
	want := 0
	for _, e := range fixture().Events {
		if e.Date != nil && e.Date.Known() {
			want++
		}
	}
	if len(slides) != want {
		t.Errorf("%d slides, want %d (one a dated event)", len(slides), want)
	}
	for _, s := range slides {
		text := s["text"].(map[string]any)
		for _, k := range []string{"headline", "text"} {
			v, _ := text[k].(string)
			if strings.Contains(v, "<script") || strings.Contains(v, "javascript:") {
				t.Errorf("slide %v text.%s lets markup through: %s", s["unique_id"], k, v)
			}
		}
	}
}

// TestTimelineJSPrecision checks that start_date and end_date carry the
// event's precision and no more.
func TestTimelineJSPrecision(t *testing.T) {
	d := func(start, end time.Time, g temporal.Granularity) *timeline.Date {
		return &timeline.Date{Start: start, End: end, Granularity: g, Value: "v"}
	}
	tests := []struct {
		name        string
		date        *timeline.Date
		start, end  string
		displayDate string
	}{
		{"day", d(utc(2024, 10, 21), time.Time{}, temporal.Day), `{"year":2024,"month":10,"day":21}`, "", ""},
		{"no granularity", d(utc(2024, 10, 21), time.Time{}, ""), `{"year":2024,"month":10,"day":21}`, "", ""},
		{"day range", d(utc(2024, 10, 30), utc(2024, 11, 2), temporal.Day),
			`{"year":2024,"month":10,"day":30}`, `{"year":2024,"month":11,"day":2}`, ""},
		{"month", d(utc(2024, 7, 1), time.Time{}, temporal.Month), `{"year":2024,"month":7}`, "", ""},
		{"month range", d(utc(2024, 7, 1), utc(2024, 9, 1), temporal.Month),
			`{"year":2024,"month":7}`, `{"year":2024,"month":9}`, ""},
		{"year", d(utc(2023, 1, 1), time.Time{}, temporal.Year), `{"year":2023}`, "", ""},
		{"year range", d(utc(2019, 1, 1), utc(2021, 1, 1), temporal.Year), `{"year":2019}`, `{"year":2021}`, ""},
		{"week", d(utc(2024, 12, 30), time.Time{}, temporal.Week),
			`{"year":2024,"month":12,"day":30}`, `{"year":2025,"month":1,"day":5}`, "week of 30 December 2024"},
		{"quarter", d(utc(2024, 10, 1), time.Time{}, temporal.Quarter),
			`{"year":2024,"month":10}`, `{"year":2024,"month":12}`, "Q4 2024"},
		{"season", d(utc(2024, 6, 1), time.Time{}, temporal.Season),
			`{"year":2024,"month":6}`, `{"year":2024,"month":8}`, "summer 2024"},
		{"half", d(utc(2024, 7, 1), time.Time{}, temporal.Half),
			`{"year":2024,"month":7}`, `{"year":2024,"month":12}`, "H2 2024"},
		{"decade", d(utc(1990, 1, 1), time.Time{}, temporal.Decade), `{"year":1990}`, `{"year":1999}`, "the 1990s"},
		{"century", d(utc(1900, 1, 1), time.Time{}, temporal.Century),
			`{"year":1900}`, `{"year":1999}`, "the 20th century"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := timeline.Result{Events: []timeline.Event{{ID: "x", Type: timeline.Visit, Summary: "s", Date: tt.date}}}
			out := encode(t, "timelinejs", res)
			checkTimelineJS(t, out)
			var doc struct {
				Events []struct {
					Start       json.RawMessage `json:"start_date"`
					End         json.RawMessage `json:"end_date"`
					DisplayDate string          `json:"display_date"`
				}
			}
			if err := json.Unmarshal(out, &doc); err != nil || len(doc.Events) != 1 {
				t.Fatalf("decode: %v, %d events", err, len(doc.Events))
			}
			e := doc.Events[0]
			if got := compact(e.Start); got != tt.start {
				t.Errorf("start_date = %s, want %s", got, tt.start)
			}
			if got := compact(e.End); got != tt.end {
				t.Errorf("end_date = %s, want %s", got, tt.end)
			}
			if e.DisplayDate != tt.displayDate {
				t.Errorf("display_date = %q, want %q", e.DisplayDate, tt.displayDate)
			}
		})
	}
}

func compact(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var v map[string]int
	json.Unmarshal(raw, &v)
	b, _ := json.Marshal(struct {
		Year  int `json:"year"`
		Month int `json:"month,omitempty"`
		Day   int `json:"day,omitempty"`
	}{v["year"], v["month"], v["day"]})
	return string(b)
}

func TestTimelineJSSkipsUndated(t *testing.T) {
	var buf strings.Builder
	enc, _ := render.NewEncoder("timelinejs", &buf, render.Options{})
	enc.Add(fixture())
	enc.Close()
	s, ok := enc.(render.Skipper)
	if !ok {
		t.Fatal("timelinejs encoder does not implement Skipper")
	}
	if s.Skipped() != 2 {
		t.Errorf("Skipped() = %d, want 2 (one undated, one without a year)", s.Skipped())
	}
	if !strings.Contains(buf.String(), "2 events without a date on the calendar are not shown") {
		t.Errorf("title slide does not say how many events were left out")
	}
}

func TestTimelineJSRepeatedIDs(t *testing.T) {
	e := timeline.Event{ID: "same", Type: timeline.Visit, Summary: "s",
		Date: &timeline.Date{Start: utc(2024, 1, 1), Granularity: temporal.Year, Value: "2024"}}
	out := encode(t, "timelinejs", timeline.Result{Events: []timeline.Event{e, e, e}})
	checkTimelineJS(t, out)
	for _, id := range []string{`"same"`, `"same-2"`, `"same-3"`} {
		if !strings.Contains(string(out), `"unique_id": `+id) {
			t.Errorf("no unique_id %s in output", id)
		}
	}
}
