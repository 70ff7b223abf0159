package echarts

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

func TestDateLabel(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		date temporal.Date
		want string
	}{
		{"day", temporal.Date{Start: d(2024, 10, 21), Granularity: temporal.Day}, "21 Oct 2024"},
		{"inferred day", temporal.Date{Start: d(2024, 10, 21), Granularity: temporal.Day, Inferred: true}, "≈ 21 Oct 2024"},
		{"days in a month", temporal.Date{Start: d(2024, 10, 21), End: d(2024, 10, 22), Granularity: temporal.Day}, "21–22 Oct 2024"},
		{"days across months", temporal.Date{Start: d(2024, 10, 30), End: d(2024, 11, 2), Granularity: temporal.Day}, "30 Oct – 2 Nov 2024"},
		{"days across years", temporal.Date{Start: d(2024, 12, 30), End: d(2025, 1, 2), Granularity: temporal.Day}, "30 Dec 2024 – 2 Jan 2025"},
		{"month", temporal.Date{Start: d(2024, 10, 1), Granularity: temporal.Month}, "Oct 2024"},
		{"months", temporal.Date{Start: d(2024, 10, 1), End: d(2024, 12, 1), Granularity: temporal.Month}, "Oct–Dec 2024"},
		{"week", temporal.Date{Start: d(2024, 10, 21), Granularity: temporal.Week}, "week of 21 Oct 2024"},
		{"quarter", temporal.Date{Start: d(2024, 10, 1), Granularity: temporal.Quarter}, "Q4 2024"},
		{"season", temporal.Date{Start: d(2024, 6, 1), Granularity: temporal.Season}, "summer 2024"},
		{"half", temporal.Date{Start: d(2024, 7, 1), Granularity: temporal.Half}, "H2 2024"},
		{"year", temporal.Date{Start: d(1949, 1, 1), Granularity: temporal.Year}, "1949"},
		{"years", temporal.Date{Start: d(2019, 1, 1), End: d(2021, 1, 1), Granularity: temporal.Year}, "2019–2021"},
		{"decade", temporal.Date{Start: d(1990, 1, 1), Granularity: temporal.Decade}, "the 1990s"},
		{"century", temporal.Date{Start: d(1900, 1, 1), Granularity: temporal.Century}, "the 20th century"},
		{"early year", temporal.Date{Start: d(2023, 1, 1), Granularity: temporal.Year, Mod: "START"}, "early 2023"},
		{"since", temporal.Date{Start: d(2014, 1, 1), Granularity: temporal.Year, Mod: "AFTER"}, "after 2014"},
		{"inferred mid month", temporal.Date{Start: d(2024, 2, 1), Granularity: temporal.Month, Mod: "MID", Inferred: true}, "≈ mid-Feb 2024"},
		{"unknown mod", temporal.Date{Start: d(2024, 2, 1), Granularity: temporal.Month, Mod: "ON_OR_AFTER"}, "Feb 2024 (on_or_after)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dateLabel(tt.date); got != tt.want {
				t.Errorf("dateLabel(%+v) = %q, want %q", tt.date, got, tt.want)
			}
		})
	}
}

func TestUndatedLabel(t *testing.T) {
	tests := []struct {
		date *temporal.Date
		want string
	}{
		{nil, "no date"},
		{&temporal.Date{}, "no date"},
		{&temporal.Date{Value: "XXXX-10-21"}, "21 Oct, year unknown"},
		{&temporal.Date{Value: "XXXX-10"}, "Oct, year unknown"},
		{&temporal.Date{Value: "XXXX-WI"}, "XXXX-WI"},
		{&temporal.Date{Value: "PRESENT_REF"}, "PRESENT_REF"},
	}
	for _, tt := range tests {
		if got := undatedLabel(tt.date); got != tt.want {
			t.Errorf("undatedLabel(%+v) = %q, want %q", tt.date, got, tt.want)
		}
	}
}

func TestSubLanes(t *testing.T) {
	const D = 86400000
	tests := []struct {
		name  string
		spans []span
		rows  []int
		n     int
	}{
		{"empty", nil, []int{}, 1},
		{"apart", []span{{0, D, 0}, {2 * D, 3 * D, 0}, {5 * D, 9 * D, 0}}, []int{0, 0, 0}, 1},
		{"touching ends share a row", []span{{0, D, 0}, {D, 2 * D, 0}}, []int{0, 0}, 1},
		{"overlap", []span{{0, 5 * D, 0}, {D, 2 * D, 0}, {3 * D, 4 * D, 0}, {6 * D, 7 * D, 0}}, []int{0, 1, 1, 0}, 2},
		{"same day", []span{{0, D, 0}, {0, D, 0}, {0, D, 0}}, []int{0, 1, 2}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, n := subLanes(tt.spans)
			if !reflect.DeepEqual(rows, tt.rows) || n != tt.n {
				t.Errorf("subLanes(%v) = %v, %d; want %v, %d", tt.spans, rows, n, tt.rows, tt.n)
			}
		})
	}
	t.Run("capped", func(t *testing.T) {
		spans := make([]span, 20)
		for i := range spans {
			spans[i] = span{start: int64(i), end: 100 * D}
		}
		rows, n := subLanes(spans)
		if n != maxSubLanes {
			t.Errorf("%d overlapping spans use %d rows, want the cap %d", len(spans), n, maxSubLanes)
		}
		for i, r := range rows {
			if r < 0 || r >= maxSubLanes {
				t.Errorf("span %d in row %d", i, r)
			}
		}
	})
}

func TestBuildModel(t *testing.T) {
	m := buildModel(demoResult())
	if m.Dated != 11 || m.Undated != 2 || m.Inferred != 2 {
		t.Errorf("dated, undated, inferred = %d, %d, %d; want 11, 2, 2", m.Dated, m.Undated, m.Inferred)
	}
	// Dated events come first, by date; undated ones keep their order.
	var ids []string
	for _, e := range m.Events {
		ids = append(ids, e.ID)
	}
	want := "e1 e2 e3 e11 e5 e4 e6 e7 e10 e8 e9 e12 e13"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("event order = %s, want %s", got, want)
	}
	if got := m.First.Format("2006-01-02") + "/" + m.Last.Format("2006-01-02"); got != "2020-03-27/2024-07-11" {
		t.Errorf("span = %s", got)
	}
	// Undated events are in no series.
	n := 0
	for _, s := range m.ByType.Series {
		for _, it := range s {
			if !m.Events[it[5]].Dated {
				t.Errorf("undated event %s drawn", m.Events[it[5]].ID)
			}
			n++
		}
	}
	if n != m.Dated {
		t.Errorf("type view draws %d items, want %d", n, m.Dated)
	}
	// The per-month chart counts day and month dates, not the year date.
	total := 0
	for _, c := range m.Counts {
		for _, v := range c {
			total += v
		}
	}
	if m.PerYear || total != 10 || m.Uncounted != 1 {
		t.Errorf("per-year %v, counted %d, uncounted %d; want false, 10, 1", m.PerYear, total, m.Uncounted)
	}
	if m.Buckets[0] != "2020-03" || m.Buckets[len(m.Buckets)-1] != "2024-07" {
		t.Errorf("buckets %s…%s", m.Buckets[0], m.Buckets[len(m.Buckets)-1])
	}
	// Flags: the visit to Hanoi is an inferred range, the February meeting
	// a planned, inferred, vague month, the Strategic Concept a vague year.
	flags := map[string]int64{}
	for _, s := range m.ByType.Series {
		for _, it := range s {
			flags[m.Events[it[5]].ID] = it[6]
		}
	}
	for id, f := range map[string]int64{"e6": flagInferred | flagSpan, "e10": flagInferred | flagSpan | flagVague | flagUnreported, "e11": flagSpan | flagVague, "e1": 0, "e4": flagSpan} {
		if flags[id] != f {
			t.Errorf("event %s flags %b, want %b", id, flags[id], f)
		}
	}
	// Actor lanes: the most frequent actor first; every actor of an event
	// gets the event.
	if m.ByActor.Lanes[0] != "NATO" {
		t.Errorf("first actor lane %q, want NATO", m.ByActor.Lanes[0])
	}
	items := 0
	for _, s := range m.ByActor.Series {
		items += len(s)
	}
	wantItems := 0
	for _, e := range m.Events {
		if e.Dated {
			wantItems += len(e.Actors)
		}
	}
	if items != wantItems {
		t.Errorf("actor view has %d items, want %d", items, wantItems)
	}
}

func TestActorViewOtherLane(t *testing.T) {
	var res timeline.Result
	for i := 0; i < maxActorLanes+5; i++ {
		actors := []string{fmt.Sprintf("Actor %02d", i), "Shared"}
		res.Events = append(res.Events, ev(fmt.Sprint(i), timeline.Visit, dayDate(2024, 1, 1+i), "x", actors, "", "", "d", "s"))
	}
	res.Events = append(res.Events, ev("none", timeline.Visit, dayDate(2024, 3, 1), "x", nil, "", "", "d", "s"))
	m := buildModel(res)
	lanes := m.ByActor.Lanes
	if len(lanes) != maxActorLanes+2 || lanes[0] != "Shared" || lanes[len(lanes)-2] != "(other actors)" || lanes[len(lanes)-1] != "(no actor named)" {
		t.Fatalf("lanes = %q", lanes)
	}
	// Each event is once in Shared and once in its own lane or "other".
	if got := len(m.ByActor.Series[0]); got != 2*(maxActorLanes+5)+1 {
		t.Errorf("actor view items = %d, want %d", got, 2*(maxActorLanes+5)+1)
	}
}

func TestBucketsPerYear(t *testing.T) {
	res := timeline.Result{Events: []timeline.Event{
		ev("a", timeline.Founding, dayDate(1949, 4, 4), "", nil, "", "", "d", ""),
		ev("b", timeline.Summit, dayDate(2024, 7, 9), "", nil, "", "", "d", ""),
		ev("c", timeline.Summit, yearDate(2023), "", nil, "", "", "d", ""),
		ev("d", timeline.Summit, &timeline.Date{Start: time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), Granularity: temporal.Decade, Value: "199"}, "", nil, "", "", "d", ""),
	}}
	m := buildModel(res)
	if !m.PerYear || len(m.Buckets) != 2024-1949+1 || m.Buckets[0] != "1949" {
		t.Fatalf("per year %v, %d buckets from %s", m.PerYear, len(m.Buckets), m.Buckets[0])
	}
	if m.Uncounted != 1 {
		t.Errorf("uncounted = %d, want 1 (the decade)", m.Uncounted)
	}
	summit := m.Counts[0] // Summit comes before Founding
	if m.Types[m.Series[0]].Label != "Summit" {
		t.Fatalf("first series %q", m.Types[m.Series[0]].Label)
	}
	if summit[2023-1949] != 1 || summit[2024-1949] != 1 {
		t.Errorf("summit counts 2023, 2024 = %d, %d", summit[2023-1949], summit[2024-1949])
	}
}

func TestUnknownTypes(t *testing.T) {
	res := timeline.Result{Events: []timeline.Event{
		ev("a", "protest<script>", dayDate(2024, 1, 1), "", nil, "", "", "d", ""),
		ev("b", "protest_script", dayDate(2024, 1, 2), "", nil, "", "", "d", ""),
		ev("c", timeline.Visit, dayDate(2024, 1, 3), "", nil, "", "", "d", ""),
		ev("d", "", dayDate(2024, 1, 4), "", nil, "", "", "d", ""),
	}}
	m := buildModel(res)
	var labels []string
	for _, ty := range m.Types {
		labels = append(labels, ty.Label)
	}
	want := []string{"Visit", "unknown type", "protestscript", "protest_script"}
	if got := safeLabel("__f__alert__f__ ___x"); strings.Contains(got, "__") {
		t.Errorf("safeLabel kept a double underscore: %q", got)
	}
	if !reflect.DeepEqual(labels, want) {
		t.Errorf("labels = %q, want %q", labels, want)
	}
}

func TestSafeURL(t *testing.T) {
	tests := map[string]string{
		"https://example.org/a?b=c":         "https://example.org/a?b=c",
		" http://example.org ":              "http://example.org",
		"javascript:alert(1)":               "",
		"JAVASCRIPT:alert(1)":               "",
		"data:text/html,<script>":           "",
		"//example.org/x":                   "",
		"/relative/path":                    "",
		"https:///nohost":                   "",
		"ftp://example.org/file":            "",
		"https://example.org/\"><script>x":  "https://example.org/%22%3E%3Cscript%3Ex",
		"vbscript:msgbox":                   "",
		"https://user:pw@example.org/x#top": "https://user:pw@example.org/x#top",
	}
	for in, want := range tests {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAxisBounds(t *testing.T) {
	m := buildModel(demoResult())
	lo, hi := axisBounds(m, time.Date(2024, 10, 23, 15, 0, 0, 0, time.UTC))
	dayMS := int64(24 * 3600 * 1000)
	if lo%dayMS != 0 || hi%dayMS != 0 {
		t.Errorf("bounds %d, %d are not whole days", lo, hi)
	}
	ref := time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC).UnixMilli()
	if lo >= m.Min || hi <= ref {
		t.Errorf("bounds %v..%v do not contain the events and the reference date", time.UnixMilli(lo).UTC(), time.UnixMilli(hi).UTC())
	}
	// Dates before 1970 round down too.
	old := buildModel(timeline.Result{Events: []timeline.Event{ev("a", timeline.Founding, dayDate(1949, 4, 4), "", nil, "", "", "d", "")}})
	lo, _ = axisBounds(old, time.Time{})
	if lo%dayMS != 0 || lo >= old.Min {
		t.Errorf("1949 lower bound %v", time.UnixMilli(lo).UTC())
	}
}

// focusResult has four early accessions and a year of meetings.
func focusResult() timeline.Result {
	var res timeline.Result
	for _, y := range []int{1949, 1952, 1955, 1999} {
		res.Events = append(res.Events, ev(fmt.Sprint(y), timeline.Accession, dayDate(y, 4, 4), "", nil, "", "", "d", ""))
	}
	for i := 0; i < 12; i++ {
		res.Events = append(res.Events, ev(fmt.Sprint("m", i), timeline.Meeting, dayDate(2023, time.Month(1+i), 10), "", nil, "", "", "d", ""))
	}
	return res
}

func TestFocus(t *testing.T) {
	res := focusResult()
	m := buildModel(res)
	from, to := time.UnixMilli(m.FocusFrom).UTC(), time.UnixMilli(m.FocusTo).UTC()
	if from.Year() != 2022 && from.Year() != 2023 || to.Year() != 2023 || m.Focused != 12 {
		t.Errorf("focus %v – %v holding %d events; want 2023 holding 12", from, to, m.Focused)
	}
	page := render(t, func(b *strings.Builder) error { return WriteSnippet(b, res, Options{}) })
	if !strings.Contains(page, "which holds 12 of the 16 dated events") || !strings.Contains(page, `class="tl-all-btn"`) {
		t.Error("the report does not say it opens zoomed, or has no Show all years button")
	}
	// Evenly spread events: no focus.
	if m := buildModel(syntheticResult(200)); m.FocusTo != 0 {
		t.Errorf("synthetic events focused on %v – %v", time.UnixMilli(m.FocusFrom).UTC(), time.UnixMilli(m.FocusTo).UTC())
	}
	if m := buildModel(demoResult()); m.FocusTo != 0 {
		t.Errorf("demo events focused on %v – %v", time.UnixMilli(m.FocusFrom).UTC(), time.UnixMilli(m.FocusTo).UTC())
	}
}
