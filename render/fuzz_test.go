package render_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// fuzzEvent puts arbitrary strings in every text field of an event.
func fuzzEvent(a, b string) timeline.Result {
	e := timeline.Event{ID: a, Type: timeline.EventType(b), Summary: a, Location: b, Trigger: b,
		Actors: []string{a, b}, Confidence: 0.5, Status: timeline.Status(a),
		Date:   &timeline.Date{Start: utc(2024, 2, 29), Granularity: temporal.Day, Value: a},
		Source: timeline.Source{Document: b, Sentence: a + b, Start: 0, End: len(a + b)}}
	d := timeline.Document{ID: b, Title: a, URL: b, Text: a + b}
	return timeline.Result{Documents: []timeline.Document{d}, Events: []timeline.Event{e}}
}

func fuzzSeeds(f *testing.F) {
	for _, e := range fixture().Events {
		f.Add(e.Summary, e.Source.Sentence)
	}
	f.Add("=1+1", "@x")
	f.Add("\r\n\r", "\x00\xff")
	f.Add(strings.Repeat("東", 40), strings.Repeat("é,", 60))
}

// wantCell is what a CSV reader should read back for a cell.
func wantCell(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return render.DefuseFormula(s)
}

func FuzzCSV(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		res := fuzzEvent(a, b)
		out := encode(t, "csv", res)
		if !utf8.Valid(out) {
			t.Fatalf("csv output is not valid UTF-8")
		}
		rows := readCSV(t, out)
		if len(rows) != 2 || len(rows[1]) != len(render.CSVHeader) {
			t.Fatalf("rows = %d, want header and one row of %d cells", len(rows), len(render.CSVHeader))
		}
		if got, want := rows[1][14], wantCell(a); got != want {
			t.Errorf("summary cell = %q, want %q", got, want)
		}
		if got, want := rows[1][16], wantCell(a+b); got != want {
			t.Errorf("sentence cell = %q, want %q", got, want)
		}
		for j, cell := range rows[1] {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("cell %s = %q starts a formula", render.CSVHeader[j], cell)
			}
		}
	})
}

func FuzzICS(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		res := fuzzEvent(a, b)
		out := encode(t, "ics", res)
		cal := parseICS(t, out) // line lengths, CRLF, UTF-8, parses
		evs := cal.Events()
		if len(evs) != 1 {
			t.Fatalf("%d events, want 1", len(evs))
		}
		loc, err := evs[0].Props.Text(ical.PropLocation)
		if b == "" {
			return
		}
		if err != nil {
			t.Fatalf("LOCATION: %v", err)
		}
		if want := icsReadBack(b); loc != want {
			t.Errorf("LOCATION read back as %q, want %q", loc, want)
		}
	})
}

// icsReadBack is what a parser should read for a TEXT value written from s:
// each invalid byte as U+FFFD (strings.Map does that), line breaks as LF,
// control characters other than tab gone.
func icsReadBack(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

func FuzzTimeML(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		res := fuzzEvent(a, b)
		out := encode(t, "timeml", res)
		if !utf8.Valid(out) {
			t.Fatalf("timeml output is not valid UTF-8")
		}
		checkTimeML(t, out)
	})
}

func FuzzTimelineJS(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		out := encode(t, "timelinejs", fuzzEvent(a, b))
		checkTimelineJS(t, out)
		if bytes.Contains(out, []byte("<")) {
			t.Errorf("raw < in timelinejs output")
		}
	})
}
