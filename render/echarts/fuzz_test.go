package echarts

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// FuzzSnippet puts arbitrary text in every field a document can fill and
// checks that the snippet keeps its structure: the same script elements, no
// event handler attributes, and the text back intact from the data block.
func FuzzSnippet(f *testing.F) {
	for _, h := range hostile {
		f.Add(h, h, h, "visit", "https://example.org/"+h, int64(0))
	}
	for _, e := range demoResult().Events {
		f.Add(e.Source.Sentence, e.Summary, strings.Join(e.Actors, ";"), string(e.Type), "", int64(1700000000000))
	}
	f.Add("", "", "", "", "javascript:alert(1)", int64(-1<<40))
	f.Fuzz(func(t *testing.T, sentence, summary, actors, typ, url string, ms int64) {
		if !utf8.ValidString(sentence) || !utf8.ValidString(summary) || !utf8.ValidString(actors) || !utf8.ValidString(typ) {
			t.Skip("documents are valid UTF-8")
		}
		start := temporal.StartOfUnit(time.UnixMilli(ms%(1<<45)).UTC(), temporal.Day)
		res := timeline.Result{
			Documents: []timeline.Document{{ID: summary, Title: sentence, URL: url}},
			Events: []timeline.Event{
				ev(actors, timeline.EventType(typ), &timeline.Date{Start: start, Granularity: temporal.Day, Value: sentence}, summary, strings.Split(actors, ";"), sentence, summary, summary, sentence),
				ev("undated", timeline.Meeting, &timeline.Date{Value: summary}, sentence, nil, actors, "", summary, summary),
			},
		}
		out, err := Snippet(res, Options{Title: summary})
		if err != nil {
			t.Fatal(err)
		}
		s := scan(t, out)
		if len(s.handlers) > 0 {
			t.Fatalf("event handler attributes %q", s.handlers)
		}
		if got := strings.Join(s.types, ","); got != "application/json,,,," {
			t.Fatalf("script types %q", got)
		}
		var data pageJSON
		if err := json.Unmarshal([]byte(s.scripts[0]), &data); err != nil {
			t.Fatalf("data block: %v", err)
		}
		if len(data.Events) != 2 {
			t.Fatalf("%d events in the data block", len(data.Events))
		}
		for _, e := range data.Events {
			if e.ID == "undated" {
				if e.Summary != sentence || e.Dated {
					t.Errorf("undated event came back as %+v", e)
				}
			} else if e.Sentence != sentence || e.Summary != summary || !e.Dated {
				t.Errorf("event came back as %+v", e)
			}
		}
		for _, h := range s.hrefs {
			if !strings.HasPrefix(h, "http://") && !strings.HasPrefix(h, "https://") {
				t.Errorf("link %q", h)
			}
		}
	})
}
