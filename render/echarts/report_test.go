package echarts

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/timeline-dev/timeline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const stubScript = "testdata/stub-echarts.js"

func TestGolden(t *testing.T) {
	ref := time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		file  string
		write func(*strings.Builder) error
	}{
		{"report.golden.html", func(b *strings.Builder) error {
			return WriteReport(b, demoResult(), Options{Title: "Demo report", Ref: ref, ScriptPath: stubScript})
		}},
		{"report-url.golden.html", func(b *strings.Builder) error {
			return WriteReport(b, demoResult(), Options{ScriptURL: "https://cdn.example.org/echarts@5.4.3/echarts.min.js"})
		}},
		{"snippet.golden.html", func(b *strings.Builder) error {
			return WriteSnippet(b, demoResult(), Options{Title: "Demo snippet", IDPrefix: "demo", PageSize: 5})
		}},
		{"chart-only.golden.html", func(b *strings.Builder) error {
			return WriteSnippet(b, demoResult(), Options{IDPrefix: "c", ChartOnly: true, EmbedScript: true, ScriptPath: stubScript})
		}},
		{"hostile.golden.html", func(b *strings.Builder) error {
			return WriteReport(b, hostileResult(), Options{Title: hostile[0], ScriptPath: stubScript})
		}},
		{"empty.golden.html", func(b *strings.Builder) error {
			return WriteReport(b, timeline.Result{}, Options{ScriptPath: stubScript})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := render(t, tt.write)
			path := filepath.Join("testdata", tt.file)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the output (run go test ./render/echarts -update and review the diff):\n%s", path, firstDiff(string(want), got))
			}
			// Rendering again gives the same bytes.
			if again := render(t, tt.write); again != got {
				t.Errorf("second rendering differs:\n%s", firstDiff(got, again))
			}
		})
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) || i < len(lb); i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return "line " + itoa(i+1) + ":\n- " + truncate(x, 300) + "\n+ " + truncate(y, 300)
		}
	}
	return "(same lines)"
}

// scanned is what an HTML tokenizer sees in a page.
type scanned struct {
	scripts  []string // text of every script element, in order
	types    []string // their type attributes
	handlers []string // on* attributes found on any element
	hrefs    []string // href and src attributes
	text     string   // the text outside scripts and styles
}

func scan(t *testing.T, page string) scanned {
	t.Helper()
	var s scanned
	z := html.NewTokenizer(strings.NewReader(page))
	var inScript, inStyle bool
	var text strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			s.text = text.String()
			return s
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			for _, a := range tok.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					s.handlers = append(s.handlers, tok.Data+" "+a.Key+"="+a.Val)
				}
				if a.Key == "href" || a.Key == "src" {
					s.hrefs = append(s.hrefs, a.Val)
				}
			}
			switch tok.Data {
			case "script":
				inScript = true
				typ := ""
				for _, a := range tok.Attr {
					if a.Key == "type" {
						typ = a.Val
					}
				}
				s.types = append(s.types, typ)
				s.scripts = append(s.scripts, "")
			case "style":
				inStyle = true
			}
		case html.EndTagToken:
			switch z.Token().Data {
			case "script":
				inScript = false
			case "style":
				inStyle = false
			}
		case html.TextToken:
			switch {
			case inScript:
				s.scripts[len(s.scripts)-1] += string(z.Text())
			case !inStyle:
				text.Write(z.Text())
			}
		}
	}
}

// TestHostileText checks, without a browser, that hostile document text
// cannot add elements, attributes or scripts, and arrives intact as data.
func TestHostileText(t *testing.T) {
	res := hostileResult()
	for name, write := range map[string]func(*strings.Builder) error{
		"report": func(b *strings.Builder) error {
			return WriteReport(b, res, Options{Title: hostile[0], ScriptPath: stubScript})
		},
		"snippet": func(b *strings.Builder) error { return WriteSnippet(b, res, Options{Title: hostile[2]}) },
	} {
		t.Run(name, func(t *testing.T) {
			page := render(t, write)
			s := scan(t, page)
			if len(s.handlers) > 0 {
				t.Errorf("event handler attributes: %q", s.handlers)
			}
			for _, h := range s.hrefs {
				if h != "data:," && !strings.HasPrefix(h, "https://") {
					t.Errorf("href or src %q", h)
				}
			}
			// The scripts are ours: the library (in the report), the data
			// block, the runtime, two charts and the init call.
			want := []string{"application/json", "", "", "", ""}
			if name == "report" {
				want = append([]string{""}, want...)
			}
			if strings.Join(s.types, ",") != strings.Join(want, ",") {
				t.Fatalf("script types %q, want %q", s.types, want)
			}
			data := s.scripts[len(s.scripts)-5]
			var decoded pageJSON
			if err := json.Unmarshal([]byte(data), &decoded); err != nil {
				t.Fatalf("data block does not parse: %v", err)
			}
			// Every hostile string survives, unchanged, as data.
			summaries := map[string]bool{}
			for _, e := range decoded.Events {
				summaries[e.Summary] = true
			}
			for _, h := range hostile {
				if !summaries[h] {
					t.Errorf("summary %q lost or changed in the data block", h)
				}
			}
			if strings.ContainsAny(data, "<>\u2028\u2029") {
				t.Errorf("data block holds a raw <, >, U+2028 or U+2029")
			}
			// No script holds hostile markup.
			for _, sc := range s.scripts {
				for _, h := range hostile {
					if strings.ContainsAny(h, "<>") && strings.Contains(sc, h) {
						t.Errorf("hostile %q appears raw in a script", h)
					}
				}
			}
			// The title is text.
			if !strings.Contains(s.text, hostile[0]) && !strings.Contains(s.text, hostile[2]) {
				t.Errorf("the hostile title is not shown as text")
			}
		})
	}
}

func TestOptions(t *testing.T) {
	res := demoResult()
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"prefix with hyphen", Options{IDPrefix: "a-b", ScriptURL: "x.js"}, `id prefix "a-b"`},
		{"prefix starting with a digit", Options{IDPrefix: "1a", ScriptURL: "x.js"}, `id prefix "1a"`},
		{"prefix with quote", Options{IDPrefix: `a'`, ScriptURL: "x.js"}, "id prefix"},
		{"javascript URL", Options{ScriptURL: "javascript:alert(1)"}, `script URL "javascript:alert(1)"`},
		{"data URL", Options{ScriptURL: "data:text/javascript,alert(1)"}, "script URL"},
		{"protocol-relative URL", Options{ScriptURL: "//cdn.example.org/e.js"}, "script URL"},
		{"missing script file", Options{ScriptPath: "testdata/no-such.js"}, "testdata/no-such.js"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := WriteReport(&b, res, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("WriteReport error = %v, want one containing %q", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %d bytes despite the error", b.Len())
			}
		})
	}
	for _, u := range []string{"https://cdn.example.org/echarts.min.js", "static/echarts.min.js", "/static/echarts.min.js"} {
		if _, err := Snippet(res, Options{ScriptURL: u, EmbedScript: true}); err != nil {
			t.Errorf("ScriptURL %q: %v", u, err)
		}
	}
}

func TestLocateScript(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "repo", "node_modules", "echarts", "dist", "echarts.min.js")
	if err := os.MkdirAll(filepath.Dir(lib), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(lib, []byte("/* echarts */"), 0o644); err != nil {
		t.Fatal(err)
	}
	deep := filepath.Join(dir, "repo", "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}

	t.Run("environment", func(t *testing.T) {
		t.Setenv(ScriptEnv, lib)
		if got, err := LocateScript(); err != nil || got != lib {
			t.Errorf("LocateScript() = %q, %v; want %q", got, err, lib)
		}
	})
	t.Run("environment names a missing file", func(t *testing.T) {
		t.Setenv(ScriptEnv, filepath.Join(dir, "gone.js"))
		_, err := LocateScript()
		if !errors.Is(err, ErrScriptNotFound) || !strings.Contains(err.Error(), "gone.js") {
			t.Errorf("error = %v", err)
		}
	})
	t.Run("parent directory", func(t *testing.T) {
		t.Setenv(ScriptEnv, "")
		t.Chdir(deep)
		got, err := LocateScript()
		if err != nil {
			t.Fatal(err)
		}
		if real, _ := filepath.EvalSymlinks(got); real != lib {
			if want, _ := filepath.EvalSymlinks(lib); real != want {
				t.Errorf("LocateScript() = %q, want %q", got, lib)
			}
		}
	})
	t.Run("not found", func(t *testing.T) {
		t.Setenv(ScriptEnv, "")
		t.Chdir(t.TempDir())
		_, err := LocateScript()
		if err == nil {
			t.Skip("an echarts.min.js exists beside the test binary or above the temp dir")
		}
		if !errors.Is(err, ErrScriptNotFound) || !strings.Contains(err.Error(), `run "npm ci"`) || !strings.Contains(err.Error(), "--echarts-url") {
			t.Errorf("error = %v", err)
		}
		var b bytes.Buffer
		if err := WriteReport(&b, demoResult(), Options{}); !errors.Is(err, ErrScriptNotFound) {
			t.Errorf("WriteReport without a library: %v", err)
		}
	})
}

func TestScriptSafe(t *testing.T) {
	tests := map[string]string{
		`var a = 1;`:                       `var a = 1;`,
		`s = "</script>";`:                 `s = "<\/script>";`,
		`s = "</SCRIPT >";`:                `s = "<\/SCRIPT >";`,
		`s = "<!-- x";`:                    `s = "<\!-- x";`,
		"a = 1;\r\nb = 2;\rc = 3;":         "a = 1;\nb = 2;\nc = 3;",
		`re = /<\/script/; t = "</style>"`: `re = /<\/script/; t = "</style>"`,
	}
	for in, want := range tests {
		if got := scriptSafe(in); got != want {
			t.Errorf("scriptSafe(%q) = %q, want %q", in, got, want)
		}
	}
	for name, js := range map[string]string{"runtime": runtimeJS, "css": reportCSS} {
		if scriptSafe(js) != js {
			t.Errorf("%s contains text that would end its element", name)
		}
	}
}

func TestContentSecurityPolicy(t *testing.T) {
	page := render(t, func(b *strings.Builder) error {
		return WriteReport(b, demoResult(), Options{ScriptPath: stubScript})
	})
	m := html.UnescapeString(cspMetaRE.FindString(page))
	for _, want := range []string{"default-src 'none'", "script-src 'sha256-", "style-src 'unsafe-inline'", "img-src data:"} {
		if !strings.Contains(m, want) {
			t.Errorf("CSP %q lacks %q", m, want)
		}
	}
	if strings.Contains(m, "unsafe-inline'; img") && strings.Contains(m, "script-src 'unsafe-inline'") {
		t.Errorf("CSP allows any inline script: %q", m)
	}
	if n := strings.Count(m, "'sha256-"); n != 5 {
		t.Errorf("CSP has %d script hashes, want 5 (library, runtime, two charts, init)", n)
	}
	withURL := render(t, func(b *strings.Builder) error {
		return WriteReport(b, demoResult(), Options{ScriptURL: "https://cdn.example.org/e.js"})
	})
	if m := html.UnescapeString(cspMetaRE.FindString(withURL)); !strings.Contains(m, " https://cdn.example.org/e.js;") {
		t.Errorf("CSP with a script URL: %q", m)
	}
}

func TestEmptyResult(t *testing.T) {
	page := render(t, func(b *strings.Builder) error {
		return WriteReport(b, timeline.Result{}, Options{ScriptPath: stubScript})
	})
	for _, want := range []string{"<b>0</b> events", "<b>0</b> undated", "None."} {
		if !strings.Contains(page, want) {
			t.Errorf("empty report lacks %q", want)
		}
	}
}

func TestCheckLibrary(t *testing.T) {
	tests := []struct {
		name, js, want string
	}{
		{"full build", `t.version="5.4.3";e.type="series.custom"`, ""},
		{"later 5.x", `t.version="5.6.0";e.type="series.custom"`, ""},
		{"no version mark", `e.type="series.custom"`, ""},
		{"ECharts 4", `t.version="4.9.0";e.type="series.custom"`, "is ECharts 4.9.0"},
		{"common build", `t.version="5.4.3";e.type="series.line"`, "has no custom series"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkLibrary(tt.js, "lib.js")
			if (err == nil) != (tt.want == "") || err != nil && !strings.Contains(err.Error(), tt.want) {
				t.Errorf("checkLibrary = %v, want %q", err, tt.want)
			}
		})
	}
	if p, err := LocateScript(); err == nil {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkLibrary(string(b), p); err != nil {
			t.Errorf("the installed library: %v", err)
		}
		if common := filepath.Join(filepath.Dir(p), "echarts.common.min.js"); isFile(common) {
			var buf bytes.Buffer
			if err := WriteReport(&buf, demoResult(), Options{ScriptPath: common}); err == nil || !strings.Contains(err.Error(), "custom series") {
				t.Errorf("WriteReport with echarts.common.min.js: %v", err)
			}
		}
	}
}
