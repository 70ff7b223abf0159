package echarts

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/timeline-dev/timeline/timeline"
)

// seedsDir holds two real articles shared by the project (not copied into
// the repository).
const seedsDir = "../../../shared/seeds"

// TestBrowserSeeds extracts the events of the real seed articles, renders
// them and checks the page in the browser: no errors, every dated event
// drawn, tooltips quoting sentences of the articles, undated events listed.
func TestBrowserSeeds(t *testing.T) {
	needBrowser(t)
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed articles in " + seedsDir)
	}
	ref := time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)
	var res timeline.Result
	var texts []string
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(text))
		r, err := timeline.Extract(context.Background(), timeline.Document{ID: filepath.Base(f), Text: string(text), Ref: ref}, timeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		res.Documents = append(res.Documents, r.Documents...)
		res.Events = append(res.Events, r.Events...)
	}
	m := buildModel(res)
	if m.Dated == 0 {
		t.Skip("the extractor found no dated events in the seeds")
	}
	html := render(t, func(b *strings.Builder) error {
		return WriteReport(b, res, Options{Title: "Seed articles", Ref: ref})
	})
	tb := openTab(t, map[string]string{"/seeds.html": html}, "/seeds.html", "tl")
	// The timeline may open zoomed on the busiest period: show everything.
	if m.FocusTo > m.FocusFrom {
		if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS("#tl .tl-all-btn"))); err != nil {
			t.Fatal(err)
		}
		if got := eval[[]float64](tb, `(function(){var z=echarts.getInstanceByDom(document.getElementById("tl0")).getOption().dataZoom[0];return [z.start,z.end];})()`); len(got) != 2 || got[0] != 0 || got[1] != 100 {
			t.Errorf("after Show all years the zoom is %v", got)
		}
	}
	drawn := 0
	for _, c := range seriesState(tb, "tl") {
		drawn += c.Drawn
	}
	if drawn != m.Dated {
		t.Errorf("drawn %d items, want the %d dated events", drawn, m.Dated)
	}
	rows := eval[int](tb, `document.querySelectorAll("#tl table.tl-dated tbody tr").length`)
	if want := min(m.Dated, 50); rows != want {
		t.Errorf("dated table shows %d rows, want %d", rows, want)
	}
	if m.Undated > 0 {
		if got := eval[int](tb, `document.querySelectorAll("#tl table.tl-undated tbody tr").length`); got != min(m.Undated, 50) {
			t.Errorf("undated table shows %d rows, want %d", got, min(m.Undated, 50))
		}
	}
	// Each series' first item has a tooltip quoting its article.
	for s := range m.Series {
		tip := tb.hoverTooltip("tl", s, 0)
		quoted := false
		for _, text := range texts {
			if i, j := strings.Index(tip, "“"), strings.LastIndex(tip, "”"); i >= 0 && j > i {
				sentence := tip[i+len("“") : j]
				quoted = quoted || strings.Contains(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(sentence), " "))
			}
		}
		if !quoted {
			t.Errorf("series %d tooltip %q quotes no seed sentence", s, truncate(tip, 200))
		}
	}
	tb.checkClean()
	t.Logf("seeds: %d events, %d dated (%d inferred), %d undated", len(m.Events), m.Dated, m.Inferred, m.Undated)
}
