package echarts

import (
	"flag"
	"github.com/chromedp/chromedp"
	"os"
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
//
//	go test ./render/echarts -run TestScreenshot -screenshot
func TestScreenshot(t *testing.T) {
	if !*screenshot {
		t.Skip("pass -screenshot to write docs/report.png")
	}
	html := render(t, func(b *strings.Builder) error { return WriteReport(b, demoResult(), demoOptions()) })
	tb := openTab(t, map[string]string{"/report.html": html}, "/report.html", "tl")
	if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(1400, 1180)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond) // let the opening animation finish
	// Show a tooltip: the visit to Hanoi, whose year was inferred.
	tb.hoverTooltip("tl", 0, 0)
	eval[bool](tb, `(window.scrollTo(0, 0), true)`)
	time.Sleep(300 * time.Millisecond)
	tb.screenshot("../../docs/report.png", false)
	tb.checkClean()
}
