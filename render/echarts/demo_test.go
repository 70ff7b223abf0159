package echarts

import (
	"context"
	"encoding/json"
	"flag"
	"github.com/chromedp/chromedp"
	"github.com/timeline-dev/timeline/timeline"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var (
	demoOut    = flag.String("demo", "", "write the demo report to this file, and the 5,000-event report to FILE.5000.html")
	screenshot = flag.Bool("screenshot", false, "write docs/report.png, a screenshot of the demo report")
)

func demoOptions() Options {
	return Options{Title: "Diplomatic events, 2020–2024", Ref: time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)}
}

// TestWriteDemo writes demo reports to look at by hand:
//
//	go test ./render/echarts -run TestWriteDemo -demo /tmp/demo.html
func TestWriteDemo(t *testing.T) {
	if *demoOut == "" {
		t.Skip("pass -demo FILE to write the demo reports")
	}
	write := func(name string, r func() string) {
		if err := os.WriteFile(name, []byte(r()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(*demoOut, func() string {
		return render(t, func(b *strings.Builder) error { return WriteReport(b, demoResult(), demoOptions()) })
	})
	write(*demoOut+".5000.html", func() string {
		return render(t, func(b *strings.Builder) error { return WriteReport(b, syntheticResult(5000), demoOptions()) })
	})
}

// TestScreenshot writes docs/report.png, the screenshot shown in the README:
// the report of the texts in samples/, extracted with their manifest dates.
//
//	go test ./render/echarts -run TestScreenshot -screenshot
func TestScreenshot(t *testing.T) {
	if !*screenshot {
		t.Skip("pass -screenshot to write docs/report.png")
	}
	needBrowser(t)
	res := samplesResult(t)
	html := render(t, func(b *strings.Builder) error {
		return WriteReport(b, res, Options{Title: "Diplomatic events in samples/"})
	})
	tb := openTab(t, map[string]string{"/report.html": html}, "/report.html", "tl")
	if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(1400, 1180)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond) // let the opening animation finish
	// Show the tooltip of the leftmost item, so that it covers little.
	at := eval[[]int](tb, `(function(){
	  var c = echarts.getInstanceByDom(document.getElementById("tl0")), best = [0, 0], bx = 1e9, i = 0;
	  c.getModel().eachSeries(function (s) {
	    var v = c.getViewOfSeriesModel(s), si = i++;
	    if (!v || s.name === "Reference date") { return; }
	    v.group.eachChild(function (g, k) {
	      var m = g.isGroup ? g.childAt(0) : g, r = m.getBoundingRect();
	      if (r.x < bx) { bx = r.x; best = [si, k]; }
	    });
	  });
	  return best;
	})()`)
	tb.hoverTooltip("tl", at[0], at[1])
	time.Sleep(300 * time.Millisecond)
	tb.screenshot("../../docs/report.png", false)
	tb.checkClean()
}

// samplesResult extracts the events of samples/, each document with the
// reference date and title of samples/manifest.json, and merges them.
func samplesResult(t *testing.T) timeline.Result {
	t.Helper()
	raw, err := os.ReadFile("../../samples/manifest.json")
	if err != nil {
		t.Skip(err)
	}
	var manifest struct {
		Documents []struct{ File, Title, Date string }
	}
	if err := json.Unmarshal(raw, &manifest); err != nil {
		t.Fatalf("samples/manifest.json: %v", err)
	}
	var res timeline.Result
	for _, d := range manifest.Documents {
		text, err := os.ReadFile(filepath.Join("../../samples", d.File))
		if err != nil {
			t.Fatal(err)
		}
		doc := timeline.Document{ID: "samples/" + d.File, Title: d.Title, Text: string(text)}
		if d.Date != "" {
			if doc.Ref, err = time.Parse("2006-01-02", d.Date); err != nil {
				t.Fatalf("manifest date of %s: %v", d.File, err)
			}
			doc.RefSource = timeline.RefMetadata
		}
		r, err := timeline.Extract(context.Background(), doc, timeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		res.Documents = append(res.Documents, r.Documents...)
		res.Events = append(res.Events, r.Events...)
		res.Warnings = append(res.Warnings, r.Warnings...)
	}
	res.Events = timeline.Merge(res.Events)
	return res
}
