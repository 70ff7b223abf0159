package echarts_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/render/echarts"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

func exampleResult() timeline.Result {
	day := time.Date(2023, time.April, 4, 0, 0, 0, 0, time.UTC)
	return timeline.Result{
		Documents: []timeline.Document{{ID: "finland.txt", Title: "Finland joins NATO"}},
		Events: []timeline.Event{{
			ID: "finland.txt#1", Type: timeline.Accession, CAMEO: "057", Status: timeline.Reported,
			Summary: "Finland joins NATO", Actors: []string{"Finland", "NATO"}, Trigger: "became",
			Date:   &timeline.Date{Start: day, Granularity: temporal.Day, Value: "2023-04-04"},
			Source: timeline.Source{Document: "finland.txt", Sentence: "Finland became the 31st member of NATO on 4 April 2023."},
		}},
	}
}

// WriteReport writes a whole page. Here ECharts is loaded from a URL; by
// default it is inlined (see LocateScript) and the page works offline.
func ExampleWriteReport() {
	var page strings.Builder
	err := echarts.WriteReport(&page, exampleResult(), echarts.Options{
		Title:     "Finland's accession",
		ScriptURL: "https://cdn.example.org/echarts@5.4.3/dist/echarts.min.js",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	html := page.String()
	fmt.Println(strings.HasPrefix(html, "<!DOCTYPE html>"))
	fmt.Println(strings.Contains(html, "<title>Finland&#39;s accession</title>"))
	fmt.Println(strings.Contains(html, `<div class="tl-chart tl-timeline" id="tl0"`))
	// Output:
	// true
	// true
	// true
}

// Two snippets on one page need their own id prefixes. The host page loads
// ECharts itself, before the snippets.
func ExampleSnippet() {
	res := exampleResult()
	a, err := echarts.Snippet(res, echarts.Options{IDPrefix: "nato"})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := echarts.Snippet(res, echarts.Options{IDPrefix: "finland", ChartOnly: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(a, `id="nato0"`), strings.Contains(a, `class="tl-table tl-dated"`))
	fmt.Println(strings.Contains(b, `id="finland0"`), strings.Contains(b, `class="tl-table tl-dated"`))
	// Output:
	// true true
	// true false
}

// A bad id prefix is refused with a message saying what to use.
func ExampleOptions_idPrefix() {
	_, err := echarts.Snippet(exampleResult(), echarts.Options{IDPrefix: "my-chart"})
	fmt.Println(err)
	// Output:
	// echarts: id prefix "my-chart": use a letter followed by up to 31 letters, digits or underscores
}

// LocateScript says where echarts.min.js is, or how to get it.
func ExampleLocateScript() {
	os.Setenv(echarts.ScriptEnv, "/nonexistent/echarts.min.js")
	defer os.Unsetenv(echarts.ScriptEnv)
	_, err := echarts.LocateScript()
	fmt.Println(err)
	// Output:
	// TIMELINE_ECHARTS_JS="/nonexistent/echarts.min.js": no such file: echarts.min.js not found: run "npm ci" in the timeline repo, set TIMELINE_ECHARTS_JS, or pass --echarts-url
}
