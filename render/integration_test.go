package render_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
)

// realResults extracts the project's samples (with their manifest dates)
// and the seed articles, when present, one result a document.
func realResults(t testing.TB) []timeline.Result {
	t.Helper()
	var docs []timeline.Document
	var manifest struct {
		Documents []struct{ File, Title, Date string }
	}
	if b, err := os.ReadFile("../samples/manifest.json"); err == nil {
		if err := json.Unmarshal(b, &manifest); err != nil {
			t.Fatalf("samples/manifest.json: %v", err)
		}
	}
	for _, m := range manifest.Documents {
		text, err := os.ReadFile(filepath.Join("../samples", m.File))
		if err != nil {
			t.Fatal(err)
		}
		d := timeline.Document{ID: "samples/" + m.File, Title: m.Title, Text: string(text)}
		if m.Date != "" {
			d.Ref, _ = time.Parse("2006-01-02", m.Date)
			d.RefSource = timeline.RefMetadata
		}
		docs = append(docs, d)
	}
	seeds, _ := filepath.Glob("../../shared/seeds/*.txt")
	for _, p := range seeds {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, timeline.Document{ID: "seeds/" + filepath.Base(p), Text: string(text)})
	}
	if len(docs) == 0 {
		t.Skip("no samples or seeds found")
	}
	var out []timeline.Result
	for _, d := range docs {
		res, err := timeline.Extract(context.Background(), d, timeline.Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", d.ID, err)
		}
		out = append(out, res)
	}
	return out
}

// TestRealExtractions writes what the extractor finds in real texts in
// every format, the way the CLI does (documents as they come, merged
// events at the end, or each document's events with it), and checks each
// output with the format's own checks; TimeML uses the real tagger.
func TestRealExtractions(t *testing.T) {
	results := realResults(t)
	var all []timeline.Event
	var docs []timeline.Document
	for _, r := range results {
		all = append(all, r.Events...)
		docs = append(docs, r.Documents...)
	}
	merged := timeline.Merge(all)
	placed := 0
	for _, e := range merged {
		if e.Date != nil && e.Date.Known() && e.Date.First().Year() >= 1 && e.Date.Last().Year() < 9999 {
			placed++
		}
	}
	t.Logf("%d documents, %d events, %d after merging, %d on the calendar", len(docs), len(all), len(merged), placed)

	// Documents first, merged events in a last batch, as extract does.
	var batches []timeline.Result
	for _, r := range results {
		batches = append(batches, timeline.Result{Documents: r.Documents, Warnings: r.Warnings})
	}
	batches = append(batches, timeline.Result{Events: merged})
	write := func(format string, bs []timeline.Result) []byte {
		var buf bytes.Buffer
		enc, err := render.NewEncoder(format, &buf, render.Options{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range bs {
			if err := enc.Add(b); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
		}
		if err := enc.Close(); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		return buf.Bytes()
	}

	t.Run("json", func(t *testing.T) {
		var r timeline.Result
		if err := json.Unmarshal(write("json", batches), &r); err != nil {
			t.Fatal(err)
		}
		if len(r.Events) != len(merged) || len(r.Documents) != len(docs) {
			t.Errorf("json has %d events, %d documents; want %d, %d", len(r.Events), len(r.Documents), len(merged), len(docs))
		}
	})
	t.Run("jsonl", func(t *testing.T) {
		n := 0
		for _, line := range strings.Split(strings.TrimSpace(string(write("jsonl", batches))), "\n") {
			var v struct{ Kind string }
			if err := json.Unmarshal([]byte(line), &v); err != nil || v.Kind == "" {
				t.Fatalf("bad line %q: %v", line, err)
			}
			if v.Kind == "event" {
				n++
			}
		}
		if n != len(merged) {
			t.Errorf("%d event lines, want %d", n, len(merged))
		}
	})
	t.Run("csv", func(t *testing.T) {
		if rows := readCSV(t, write("csv", batches)); len(rows) != len(merged)+1 {
			t.Errorf("%d rows, want %d", len(rows), len(merged)+1)
		}
	})
	t.Run("timelinejs", func(t *testing.T) {
		if slides := checkTimelineJS(t, write("timelinejs", batches)); len(slides) != placed {
			t.Errorf("%d slides, want %d", len(slides), placed)
		}
	})
	t.Run("ics", func(t *testing.T) {
		if evs := parseICS(t, write("ics", batches)).Events(); len(evs) != placed {
			t.Errorf("%d VEVENTs, want %d", len(evs), placed)
		}
	})
	t.Run("timeml", func(t *testing.T) {
		// TimeML gets each document's own events with it (extract does
		// not merge for timeml).
		tml := checkTimeML(t, write("timeml", results))
		if len(tml) != len(docs) {
			t.Fatalf("%d TimeML elements, want %d", len(tml), len(docs))
		}
		for i, d := range tml {
			if want := strings.ReplaceAll(docs[i].Text, "\r\n", "\n"); d.text != want {
				t.Errorf("%s: TEXT does not keep the document text", d.docID)
			}
			if want := len(results[i].Events); len(d.insts) > want {
				t.Errorf("%s: %d instances for %d events", d.docID, len(d.insts), want)
			}
		}
	})
}
