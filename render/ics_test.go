package render_test

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// parseICS parses out with a real iCalendar parser, checks that it can be
// encoded again (which checks the required properties of each component),
// and checks the line rules of RFC 5545 3.1: CRLF line ends, at most 75
// octets a line, continuation lines starting with a space, valid UTF-8 on
// every physical line.
func parseICS(t testing.TB, out []byte) *ical.Calendar {
	t.Helper()
	checkICSLines(t, out)
	cal, err := ical.NewDecoder(bytes.NewReader(out)).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot parse the output: %v\n%s", err, out)
	}
	if len(cal.Children) > 0 {
		if err := ical.NewEncoder(io.Discard).Encode(cal); err != nil {
			t.Errorf("go-ical rejects the calendar: %v", err)
		}
	}
	for _, name := range []string{"VERSION", "PRODID"} {
		if cal.Props.Get(name) == nil {
			t.Errorf("calendar has no %s", name)
		}
	}
	return cal
}

func checkICSLines(t testing.TB, out []byte) {
	t.Helper()
	if !bytes.HasSuffix(out, []byte("\r\n")) {
		t.Errorf("output does not end with CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\r\n"), "\r\n")
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets, over 75: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, l)
		}
		if l == "" {
			t.Errorf("line %d is empty", i+1)
		}
	}
}

func TestICSParses(t *testing.T) {
	res := fixture()
	out := encode(t, "ics", res)
	cal := parseICS(t, out)
	events := cal.Events()
	byUID := map[string]ical.Event{}
	for _, e := range events {
		uid, _ := e.Props.Text(ical.PropUID)
		byUID[uid] = e
		if e.Props.Get(ical.PropDateTimeStamp) == nil {
			t.Errorf("event %s has no DTSTAMP", uid)
		}
	}
	dated := 0
	for _, want := range res.Events {
		uid := want.ID + "@timeline"
		got, ok := byUID[uid]
		if want.Date == nil || !want.Date.Known() {
			if ok {
				t.Errorf("undated event %s is in the calendar", want.ID)
			}
			continue
		}
		dated++
		if !ok {
			t.Errorf("event %s is missing", uid)
			continue
		}
		start, err := got.DateTimeStart(time.UTC)
		if err != nil || !start.Equal(want.Date.First()) {
			t.Errorf("%s DTSTART = %v, %v; want %v", uid, start, err, want.Date.First())
		}
		end, err := got.DateTimeEnd(time.UTC)
		if wantEnd := want.Date.Last().AddDate(0, 0, 1); err != nil || !end.Equal(wantEnd) {
			t.Errorf("%s DTEND = %v, %v; want %v (exclusive)", uid, end, err, wantEnd)
		}
		if v := got.Props.Get(ical.PropDateTimeStart).ValueType(); v != ical.ValueDate {
			t.Errorf("%s DTSTART value type = %s, want DATE", uid, v)
		}
		summary, _ := got.Props.Text(ical.PropSummary)
		if !strings.HasSuffix(summary, want.Summary) {
			t.Errorf("%s SUMMARY = %q, want it to end with %q", uid, summary, want.Summary)
		}
		desc, _ := got.Props.Text(ical.PropDescription)
		if !strings.Contains(desc, want.Source.Sentence) {
			t.Errorf("%s DESCRIPTION = %q, want it to contain the sentence %q", uid, desc, want.Source.Sentence)
		}
		loc, _ := got.Props.Text(ical.PropLocation)
		if loc != want.Location {
			t.Errorf("%s LOCATION = %q, want %q", uid, loc, want.Location)
		}
		cat, _ := got.Props.Text(ical.PropCategories)
		if cat != string(want.Type) {
			t.Errorf("%s CATEGORIES = %q, want %q", uid, cat, want.Type)
		}
	}
	if len(events) != dated {
		t.Errorf("%d VEVENTs, want %d", len(events), dated)
	}
	if s, _ := byUID["ev-pact@timeline"].Props.Text(ical.PropStatus); s != "CANCELLED" {
		t.Errorf("negated event STATUS = %q, want CANCELLED", s)
	}
	if s, _ := byUID["ev-saotome@timeline"].Props.Text(ical.PropStatus); s != "TENTATIVE" {
		t.Errorf("planned event STATUS = %q, want TENTATIVE", s)
	}
	if u := byUID["ev-forum@timeline"].Props.Get(ical.PropURL); u != nil {
		t.Errorf("javascript: document URL written as URL: %q", u.Value)
	}
}

func TestICSEmptyParses(t *testing.T) {
	parseICS(t, encode(t, "ics", timeline.Result{}))
}

func TestICSSkipped(t *testing.T) {
	old := &timeline.Date{Start: time.Date(-44, 3, 15, 0, 0, 0, 0, time.UTC), Granularity: temporal.Day, Value: "-0044-03-15"}
	res := fixture()
	res.Events = append(res.Events, timeline.Event{ID: "ides", Type: timeline.OtherDiplomatic, Date: old})
	var buf bytes.Buffer
	enc, _ := render.NewEncoder("ics", &buf, render.Options{Now: now})
	enc.Add(res)
	enc.Close()
	if got := enc.(render.Skipper).Skipped(); got != 3 {
		t.Errorf("Skipped() = %d, want 3 (undated, no year, before year 1)", got)
	}
	parseICS(t, buf.Bytes())
}

// TestICSFoldMultibyte folds a long line of multibyte characters of
// every UTF-8 length and checks that unfolding gives the text back.
func TestICSFoldMultibyte(t *testing.T) {
	for _, unit := range []string{"é", "東", "😀", "a東😀é"} {
		t.Run(unit, func(t *testing.T) {
			summary := strings.Repeat(unit, 300/len(unit)+7)
			e := timeline.Event{ID: "long", Type: timeline.Visit, Summary: summary, Location: summary,
				Date: &timeline.Date{Start: utc(2024, 1, 2), Granularity: temporal.Day, Value: "2024-01-02"}}
			out := encode(t, "ics", timeline.Result{Events: []timeline.Event{e}})
			cal := parseICS(t, out)
			ev := cal.Events()
			if len(ev) != 1 {
				t.Fatalf("%d events, want 1", len(ev))
			}
			got, _ := ev[0].Props.Text(ical.PropSummary)
			if got != summary {
				t.Errorf("SUMMARY after unfolding = %q, want %q", got, summary)
			}
			if n := strings.Count(string(out), "\r\n "); n < 8 {
				t.Errorf("only %d folds in a calendar with two ~300-octet lines", n)
			}
		})
	}
}

func TestICSTextEscaping(t *testing.T) {
	tests := []struct {
		in, line string // the SUMMARY as given, and as written (unfolded)
		back     string // as a parser reads it
	}{
		{`a,b;c\d`, `SUMMARY:a\,b\;c\\d`, `a,b;c\d`},
		{"two\nlines", `SUMMARY:two\nlines`, "two\nlines"},
		{"crlf\r\nline", `SUMMARY:crlf\nline`, "crlf\nline"},
		{"cr\rline", `SUMMARY:cr\nline`, "cr\nline"},
		{"bell\a and nul\x00 gone, tab\tkept", "SUMMARY:bell and nul gone\\, tab\tkept", "bell and nul gone, tab\tkept"},
		{"bad \xff byte", "SUMMARY:bad \uFFFD byte", "bad \uFFFD byte"},
		{`"quoted" <b>`, `SUMMARY:"quoted" <b>`, `"quoted" <b>`},
	}
	for _, tt := range tests {
		e := timeline.Event{ID: "x", Type: timeline.Visit, Summary: tt.in,
			Date: &timeline.Date{Start: utc(2024, 1, 2), Granularity: temporal.Day, Value: "2024-01-02"}}
		out := encode(t, "ics", timeline.Result{Events: []timeline.Event{e}})
		unfolded := strings.ReplaceAll(string(out), "\r\n ", "")
		if !strings.Contains(unfolded, "\r\n"+tt.line+"\r\n") {
			t.Errorf("summary %q: no line %q in\n%s", tt.in, tt.line, unfolded)
		}
		cal := parseICS(t, out)
		if got, _ := cal.Events()[0].Props.Text(ical.PropSummary); got != tt.back {
			t.Errorf("summary %q read back as %q, want %q", tt.in, got, tt.back)
		}
	}
}
