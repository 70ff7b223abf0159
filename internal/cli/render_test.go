package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeScript stands in for echarts.min.js so that tests need no npm install;
// it names the custom series that the report checks the library for.
const fakeScript = `/*fake-echarts-for-tests*/var types=["series.custom"];`

func TestRenderReport(t *testing.T) {
	hostile := "Antony Blinken visited Kyiv on May 14, 2024 </script><script>alert('x')</script> and met Zelensky.\n"
	dir := corpus(t, map[string]string{"a.txt": reportA, "b.txt": reportB, "h.txt": hostile, "echarts.min.js": fakeScript})
	code, out, errb := run(t, dir, "", "render", ".", "--ref", "2024-05-15", "--echarts-js", "echarts.min.js", "--title", "Kyiv <visits>", "-o", "report.html")
	if code != ExitOK || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errb)
	}
	data, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	for _, want := range []string{"<html", fakeScript, "Kyiv &lt;visits&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(page, "<script>alert(") || strings.Contains(page, "Kyiv <visits>") {
		t.Errorf("report carries markup from the input unescaped")
	}
	if strings.Contains(page, "cdn") || strings.Contains(page, "https://") {
		t.Errorf("offline report references the network")
	}
}

func TestRenderFromExtractJSON(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA, "b.txt": reportB, "c.txt": summit, "bad.json": `{"documents":[]}`, "echarts.min.js": fakeScript})
	if code, _, errb := run(t, dir, "", "extract", "a.txt", "b.txt", "--no-merge", "--ref", "2024-05-15", "-o", "events.json"); code != ExitOK {
		t.Fatalf("extract: %s", errb)
	}
	// The JSON result and a text together; the broken JSON is reported and
	// the report is still written.
	code, out, errb := run(t, dir, "", "render", "events.json", "c.txt", "bad.json", "--snippet", "--echarts-js", "echarts.min.js")
	if code != ExitInput || !strings.Contains(errb, `bad.json: has no "events"`) {
		t.Errorf("exit %d, stderr %q; want 1 and a warning about bad.json", code, errb)
	}
	if strings.Contains(out, "<html") || !strings.Contains(out, "Vilnius") || !strings.Contains(out, "Blinken") {
		t.Errorf("snippet = %.300s...", out)
	}
	if strings.Contains(out, fakeScript) {
		t.Errorf("a snippet inlined ECharts; it is for pages that load it")
	}
}

func TestRenderFromExtractJSONL(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA, "c.txt": summit, "echarts.min.js": fakeScript, "bad.jsonl": `{"kind":"event","date":7}` + "\n"})
	if code, _, errb := run(t, dir, "", "extract", "a.txt", "c.txt", "--format", "jsonl", "--ref", "2024-05-15", "-o", "events.jsonl"); code != ExitOK {
		t.Fatalf("extract: %s", errb)
	}
	res, err := readResult(filepath.Join(dir, "events.jsonl"))
	if err != nil || len(res.Documents) != 2 || len(res.Events) < 2 {
		t.Fatalf("readResult = %d documents, %d events, %v", len(res.Documents), len(res.Events), err)
	}
	code, out, errb := run(t, dir, "", "render", "events.jsonl", "bad.jsonl", "--snippet", "--type", "summit")
	if code != ExitInput || !strings.Contains(errb, "bad.jsonl: line 1: bad event record") || !strings.Contains(out, "Vilnius") || strings.Contains(out, "Blinken") {
		t.Errorf("exit %d, stderr %q, snippet %.200s", code, errb, out)
	}
}

func TestRenderFromStdin(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA, "c.txt": summit})
	for _, format := range []string{"json", "jsonl"} {
		_, extracted, errb := run(t, dir, "", "extract", "a.txt", "c.txt", "--format", format, "--ref", "2024-05-15")
		if extracted == "" {
			t.Fatalf("extract: %s", errb)
		}
		// timeline extract ... | timeline render -
		code, out, errb := run(t, "", extracted, "render", "-", "--snippet")
		if code != ExitOK || !strings.Contains(out, "Vilnius") || !strings.Contains(out, "Blinken") {
			t.Errorf("%s on stdin: exit %d, stderr %q, snippet %.200s", format, code, errb, out)
		}
	}
	// Plain text on standard input is still extracted.
	code, out, errb := run(t, "", summit, "render", "-", "--snippet")
	if code != ExitOK || !strings.Contains(out, "Vilnius") {
		t.Errorf("text on stdin: exit %d, stderr %q", code, errb)
	}
}

func TestRenderErrors(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA, "array.json": "[1, 2]\n", "cut.json": `{"documents": [`, "other.json": `{"x": 1}`})
	tests := []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"render"}, ExitUsage, "no input"},
		{[]string{"render", "--ref", "", "a.txt"}, ExitUsage, "--ref: empty value"},
		{[]string{"render", "array.json", "--echarts-url", "https://example.org/e.js", "-o", "r.html"}, ExitInput, "array.json: JSON, but not an object; render reads the json output"},
		{[]string{"render", "cut.json", "--echarts-url", "https://example.org/e.js", "-o", "r.html"}, ExitInput, "cut.json: malformed or truncated JSON (unexpected end of JSON input)"},
		{[]string{"render", "other.json", "--echarts-url", "https://example.org/e.js", "-o", "r.html"}, ExitInput, `other.json: has no "events"`},
		{[]string{"render", "a.txt", "--echarts-js", "nope.js"}, ExitUsage, "--echarts-js nope.js: no such file or directory"},
		{[]string{"render", "a.txt", "--type", "x"}, ExitUsage, `unknown event type "x"`},
		{[]string{"render", "a.txt", "--echarts-url", "https://example.org/echarts.min.js", "-o", "missing/r.html"}, ExitInput, "missing does not exist"},
	}
	for _, tt := range tests {
		code, _, errb := run(t, dir, "", tt.args...)
		if strings.Contains(errb, "Go value") || strings.Contains(errb, "json.RawMessage") {
			t.Errorf("%q: stderr %q speaks of Go types", tt.args, errb)
		}
		if code != tt.code || !strings.Contains(errb, tt.err) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tt.args, code, errb, tt.code, tt.err)
		}
	}
	os.Remove(filepath.Join(dir, "r.html"))
	assertOnly(t, dir, "a.txt", "array.json", "cut.json", "other.json")
}

func TestRenderMissingScript(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA})
	t.Setenv("TIMELINE_ECHARTS_JS", filepath.Join(dir, "absent.js"))
	code, _, errb := run(t, dir, "", "render", "a.txt")
	if code == ExitOK || !strings.Contains(errb, "echarts") || !strings.Contains(errb, "--echarts-js PATH") || !strings.Contains(errb, "--snippet") {
		t.Errorf("exit %d, stderr %q; want a failure that says how to get ECharts", code, errb)
	}
}
