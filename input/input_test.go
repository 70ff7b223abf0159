package input

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// writeFiles creates files under dir; names with "/" create directories.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// summary renders items as lines: "doc ID | title | ref/source" for
// documents, "! name:line: message" for warnings, "FAILED" marks.
func summary(items []Item, dir string) []string {
	var out []string
	if dir == "" {
		dir = "\x00" // nothing to strip
	}
	for _, it := range items {
		for _, w := range it.Warnings {
			s := "! " + w.String()
			out = append(out, strings.ReplaceAll(s, filepath.ToSlash(dir)+"/", ""))
		}
		if it.Doc != nil {
			ref := "-"
			if !it.Doc.Ref.IsZero() {
				ref = it.Doc.Ref.Format("2006-01-02")
			}
			id := strings.ReplaceAll(it.Doc.ID, filepath.ToSlash(dir)+"/", "")
			out = append(out, fmt.Sprintf("doc %s | %s | %s/%s", id, it.Doc.Title, ref, it.Doc.RefSource))
		}
		if it.Failed {
			out = append(out, "FAILED")
		}
	}
	return out
}

func collect(s *Set) []Item {
	var items []Item
	for it := range s.Items(context.Background()) {
		items = append(items, it)
	}
	return items
}

// match compares got lines with want lines; a want line ending in "…"
// matches any got line with that prefix.
func match(t *testing.T, got, want []string) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(want); i++ {
		if p, cut := strings.CutSuffix(want[i], "…"); cut {
			ok = strings.HasPrefix(got[i], p)
		} else {
			ok = got[i] == want[i]
		}
	}
	if !ok {
		t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestOpenDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":              "Leaders met in Vilnius on 11 July 2023.",
		"b.md":               "# Heading\n\nA visit to Hanoi.",
		"c.html":             "<html><head><title>Page &amp; title</title><script>alert(1)</script></head><body><p>First para.</p><p>Second.</p></body></html>",
		"sub/d.txt":          "Nested text.",
		"sub/ignored.json":   `{"not":"read"}`,
		".hidden/e.txt":      "hidden",
		"node_modules/x.txt": "dependency",
		"README.md":          "About this folder.",
		"empty.txt":          " \n\t\n",
		"nul.txt":            "abc\x00def",
		"latin1.txt":         "line one\ncaf\xe9 au lait\n",
		"big.txt":            strings.Repeat("x", 2000),
		"page.txt":           "<!DOCTYPE html><html><body><p>Hidden HTML.</p></body></html>",
		"utf16.txt":          "\xff\xfeh\x00i\x00",
		"manifest.json":      `{"documents":[{"file":"a.txt","title":"Summit","date":"2023-07-12"},{"file":"c.html","title":"From manifest"}]}`,
	})
	s := Open([]string{dir}, Options{MaxSize: 1000})
	docs, bytes := s.Total()
	if docs != 11 || bytes <= 0 {
		t.Errorf("Total() = %d, %d; want 11 items (10 documents and a note) and their bytes", docs, bytes)
	}
	match(t, summary(collect(s), filepath.ToSlash(dir)), []string{
		"doc a.txt | Summit | 2023-07-12/metadata",
		"doc b.md |  | -/",
		"! big.txt: file is 2.0 KiB, over the 1000 bytes limit per document; raise it with --max-size",
		"FAILED",
		"doc c.html | From manifest | -/",
		"! empty.txt: empty: no text to read",
		"FAILED",
		"! latin1.txt:2: invalid UTF-8 at line 2, byte 4 of the line; convert the file to UTF-8…",
		"FAILED",
		"! nul.txt: binary file (contains NUL bytes)…",
		"FAILED",
		"! page.txt: note: this text looks like HTML; the markup was stripped…",
		"doc page.txt |  | -/",
		"doc sub/d.txt |  | -/",
		"! utf16.txt: UTF-16 text is not read; convert the file to UTF-8…",
		"FAILED",
		// Not failed: the skipped file is noted, not dropped silently.
		"! " + filepath.ToSlash(dir) + ": note: skipped 1 other file: sub/ignored.json (directories are read for .txt, .md, .html and .jsonl files…",
	})
}

func TestOpenArguments(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"news/one.txt":  "One.",
		"news/two.txt":  "Two.",
		"news/three.md": "Three.",
		"plain":         "No extension, read as text.",
		"emptydir/x.go": "package x",
	})
	p := func(s string) string { return filepath.Join(dir, filepath.FromSlash(s)) }
	ref := time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)
	s := Open([]string{p("news/*.txt"), p("missing.txt"), p("plain"), p("news/one.txt"), p("nomatch*.txt"), p("emptydir"), p("news/[.txt")}, Options{Ref: ref})
	if n, _ := s.Total(); n != 7 {
		t.Errorf("Total() = %d items, want 7 (three files and four problems)", n)
	}
	match(t, summary(collect(s), filepath.ToSlash(dir)), []string{
		"doc news/one.txt |  | 2024-10-23/flag",
		"doc news/two.txt |  | 2024-10-23/flag",
		"! missing.txt: no such file or directory",
		"FAILED",
		"doc plain |  | 2024-10-23/flag",
		"! nomatch*.txt: no files match this pattern",
		"FAILED",
		"! emptydir: directory has no .txt, .md, .html or .jsonl files (it has 1 other file: emptydir/x.go); name a file on the command line to read it whatever its extension",
		"FAILED",
		"! news/[.txt: bad pattern: syntax error in pattern",
		"FAILED",
	})
}

func TestJSONFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"lines.json":    `{"id":"x","text":"Records in a .json file."}` + "\n" + `{"id":"y","text":"Second."}`,
		"result.json":   "{\n  \"documents\": [],\n  \"events\": []\n}\n",
		"array.json":    `[{"id":"z","text":"An array."}]`,
		"sub/skip.json": `{"id":"w","text":"not picked up by walks"}`,
	})
	p := func(s string) string { return filepath.Join(dir, s) }
	s := Open([]string{p("lines.json"), p("result.json"), p("array.json"), p("sub")}, Options{})
	match(t, summary(collect(s), filepath.ToSlash(dir)), []string{
		"doc x |  | -/",
		"doc y |  | -/",
		`! result.json: a .json file is read as JSON Lines (one {"id","text","date"} object a line), and this one is not; to draw the output of "timeline extract" use "timeline render"…`,
		"FAILED",
		"! array.json: a .json file is read as JSON Lines…",
		"FAILED",
		"! sub: directory has no .txt, .md, .html or .jsonl files (it has 1 other file: sub/skip.json)…",
		"FAILED",
	})
	// Forced to text, a .json file is text.
	match(t, summary(collect(Open([]string{p("result.json")}, Options{Format: Text})), filepath.ToSlash(dir)), []string{
		"doc result.json |  | -/",
	})
}

func TestCleanIDs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"news/a.txt": "A.", "news/b.txt": "B."})
	t.Chdir(dir)
	match(t, summary(collect(Open([]string{"./news/a.txt", "news//b.txt", "./news/"}, Options{})), ""), []string{
		"doc news/a.txt |  | -/",
		"doc news/b.txt |  | -/",
	})
}

func TestSymlinkedDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"real/a.txt": "A."})
	if err := os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "link")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	match(t, summary(collect(Open([]string{filepath.Join(dir, "link")}, Options{})), filepath.ToSlash(dir)), []string{
		"doc link/a.txt |  | -/",
	})
}

func TestManifestProblems(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":         "A.",
		"b.txt":         "B.",
		"manifest.json": `{"documents":[{"file":"a.txt","date":"23/10/2024"},{"title":"no file"}]}`,
	})
	match(t, summary(collect(Open([]string{dir}, Options{})), filepath.ToSlash(dir)), []string{
		`! manifest.json: a.txt: date "23/10/2024" is not YYYY-MM-DD, RFC 3339 or RFC 1123 (2024-10-23, 2024-10-23T08:00:00Z or Wed, 23 Oct 2024 08:00:00 GMT); entry 2 has no "file"`,
		"doc a.txt |  | -/",
		"FAILED",
		"doc b.txt |  | -/",
	})
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		format Format
		want   []string
	}{
		{"text", "Blinken visited Kyiv.", Auto, []string{"doc - |  | -/"}},
		{"jsonl sniffed", "\n{\"id\":\"x\",\"text\":\"T.\"}\n{\"id\":\"y\",\"text\":\"U.\"}", Auto, []string{"doc x |  | -/", "doc y |  | -/"}},
		{"jsonl forced", `{"id":1,"text":"T."}`, JSONL, []string{"doc 1 |  | -/"}},
		{"brace prose", "{Reuters} Blinken visited Kyiv.", Auto, []string{"doc - |  | -/"}},
		{"jsonl broken first line", "{\"id\": \"x\", \"text\": \"cut\n{\"id\":\"y\",\"text\":\"U.\"}", Auto,
			[]string{"! stdin:1: malformed JSON (unexpected end of JSON input)…", "FAILED", "doc y |  | -/"}},
		{"html", "<p>Hi <b>there</b></p>", HTML, []string{"doc - |  | -/"}},
		{"empty", "", Auto, []string{"! stdin: empty: no text to read", "FAILED"}},
		{"too big", strings.Repeat("a", 101), Auto, []string{"! stdin: input is over the 100 bytes limit per document; raise it with --max-size", "FAILED"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Open([]string{"-"}, Options{Stdin: strings.NewReader(tt.in), Format: tt.format, MaxSize: 100})
			items := collect(s)
			match(t, summary(items, ""), tt.want)
			var n int64
			for _, it := range items {
				n += it.Bytes
			}
			if n != int64(len(tt.in)) {
				t.Errorf("bytes consumed = %d, want %d", n, len(tt.in))
			}
		})
	}
	match(t, summary(collect(Open([]string{"-", "-"}, Options{})), ""), []string{
		"! stdin: standard input is not available", "FAILED",
		"! stdin: standard input (-) given more than once; it is read once", "FAILED",
	})
}

func TestJSONL(t *testing.T) {
	long := `{"id":"long","text":"` + strings.Repeat("a", 300) + `"}`
	lines := []string{
		`{"id":"a1","title":"T","text":"Leaders met.","date":"2024-10-23","url":"https://example.org/a"}`, // 1
		`{"id":"a1","text":"Same id."}`, // 2
		``,                              // 3 blank: skipped
		`{"id":"b","text":"x", "date":"yesterday"}`, // 4
		`{"id":"c","title":"no text"}`,              // 5
		`{"id":"d","text":"   "}`,                   // 6
		`{"id":"e","text":"unterminated}`,           // 7
		`[1,2]`,                                     // 8
		`{"id":{"x":1},"text":"y"}`,                 // 9
		long,                                        // 10
		`{"id":"f","text":"caf` + "\xe9" + `"}`,     // 11
		`{"text":"no id","date":"2024-10-23T23:30:00-05:00"}`,                  // 12
		`{"id":"g","text":"<html><body><p>Para</p></body></html>"}`,            // 13
		`{"id":"h","text":"nul\u0000here"}`,                                    // 14
		`"just a string"`,                                                      // 15
		`{"id":"i","text":42}`,                                                 // 16
		`{"id":"j","text":"Unix date.","date":1729670400}`,                     // 17
		`{"id":"k","text":"Null date.","date":null}`,                           // 18
		`{"id":"l","text":"RSS date.","date":"Wed, 23 Oct 2024 08:00:00 GMT"}`, // 19
	}
	path := filepath.Join(t.TempDir(), "news.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\r\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := Open([]string{path}, Options{MaxSize: 100})
	if docs, _ := s.Total(); docs != -1 {
		t.Errorf("Total() docs = %d, want -1 (unknown for JSON Lines)", docs)
	}
	items := collect(s)
	dir := filepath.ToSlash(filepath.Dir(path))
	match(t, summary(items, dir), []string{
		"doc a1 | T | 2024-10-23/metadata",
		`! news.jsonl:2: note: id "a1" is also on line 1; this record is named "a1#2"`,
		"doc a1#2 |  | -/",
		`! news.jsonl:4: date "yesterday" is not YYYY-MM-DD, RFC 3339 or RFC 1123…`,
		"doc b |  | -/",
		"FAILED",
		`! news.jsonl:5: record has no "text" field`,
		"FAILED",
		`! news.jsonl:6: record's "text" is empty`,
		"FAILED",
		`! news.jsonl:7: malformed JSON (unexpected end of JSON input)…`,
		"FAILED",
		`! news.jsonl:8: line is a JSON array, not an object; each line must be one object such as {"id":"a1","text":"...","date":"2024-10-23"}`,
		"FAILED",
		`! news.jsonl:9: "id" must be a string or a number, not {"x":1}`,
		"FAILED",
		`! news.jsonl:10: text is 300 bytes, over the 100 bytes limit per document; raise it with --max-size`,
		"FAILED",
		`! news.jsonl:11: invalid UTF-8 at byte 22 of the line; convert the file to UTF-8`,
		"FAILED",
		"doc news.jsonl:12 |  | 2024-10-23/metadata",
		`! news.jsonl:13: note: this text looks like HTML; the markup was stripped…`,
		"doc g |  | -/",
		`! news.jsonl:14: binary file (contains NUL bytes)…`,
		"FAILED",
		`! news.jsonl:15: line is a JSON string, not an object…`,
		"FAILED",
		`! news.jsonl:16: "text" must be a string, not a JSON number`,
		"FAILED",
		`! news.jsonl:17: "date" must be a string such as "2024-10-23", not 1729670400; the document is read without a reference date`,
		"doc j |  | -/",
		"FAILED",
		"doc k |  | -/",
		"doc l |  | 2024-10-23/metadata",
	})
	if got := items[0].Doc.URL; got != "https://example.org/a" {
		t.Errorf("URL = %q", got)
	}
	for _, it := range items {
		if it.Doc != nil && it.Doc.ID == "g" && it.Doc.Text != "Para" {
			t.Errorf("HTML record text = %q, want %q", it.Doc.Text, "Para")
		}
	}
	var n int64
	for _, it := range items {
		n += it.Bytes
	}
	fi, _ := os.Stat(path)
	if n != fi.Size() {
		t.Errorf("bytes consumed = %d, want the file size %d", n, fi.Size())
	}
}

func TestJSONLLineTooLong(t *testing.T) {
	// A line over 2×MaxSize+1MiB is rejected without being decoded, and the
	// next line is still read.
	path := filepath.Join(t.TempDir(), "big.ndjson")
	huge := `{"text":"` + strings.Repeat("b", 1<<20+300) + `"}`
	os.WriteFile(path, []byte(huge+"\n"+`{"id":"ok","text":"Fine."}`), 0o644)
	match(t, summary(collect(Open([]string{path}, Options{MaxSize: 100})), filepath.ToSlash(filepath.Dir(path))), []string{
		"! big.ndjson:1: line is over 1.0 MiB; documents are limited to 100 bytes (raise it with --max-size)",
		"FAILED",
		"doc ok |  | -/",
	})
}

func TestEmptyJSONL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.jsonl")
	os.WriteFile(path, []byte("\n\n"), 0o644)
	match(t, summary(collect(Open([]string{path}, Options{})), filepath.ToSlash(filepath.Dir(path))), []string{
		"! none.jsonl: empty: no JSON Lines records", "FAILED",
	})
}

func TestItemsStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := Open([]string{"-"}, Options{Stdin: strings.NewReader(strings.Repeat(`{"text":"a"}`+"\n", 100))})
	n := 0
	for range s.Items(ctx) {
		n++
		if n == 3 {
			cancel()
		}
	}
	if n != 3 {
		t.Errorf("read %d items after cancel at 3", n)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": Auto, "auto": Auto, "TEXT": Text, "md": Text, "html": HTML, "htm": HTML, "jsonl": JSONL, "ndjson": JSONL} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil || !strings.Contains(err.Error(), "auto, text, html, jsonl") {
		t.Errorf("ParseFormat(pdf) error = %v, want one listing the formats", err)
	}
}

func TestParseRef(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-10-23", "2024-10-23"},
		{" 2024-10-23 ", "2024-10-23"},
		{"2024-10-23T08:00:00Z", "2024-10-23"},
		{"2024-10-23T23:30:00-05:00", "2024-10-23"},
		{"2024-10-23T23:30:00.123+02:00", "2024-10-23"},
		{"2024-10-23 08:00:00", "2024-10-23"},
		{"2024-02-30", ""},
		{"23 October 2024", "2024-10-23"},
		{"October 23, 2024", "2024-10-23"},
		{"Oct 3, 2024", "2024-10-03"},
		{"Wed, 23 Oct 2024 08:00:00 GMT", "2024-10-23"},
		{"Wed, 23 Oct 2024 23:30:00 -0500", "2024-10-23"},
		{"Wed, 3 Oct 2024 08:00:00 +0000", "2024-10-03"},
		{"2024-10-23 23:30:00-05:00", "2024-10-23"},
		{"10/23/2024", ""}, // month or day first: ambiguous in general
		{"23/10/2024", ""},
		{"24-10-23", ""},
		{"October 2024", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, err := ParseRef(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("ParseRef(%q) = %v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got.Format("2006-01-02") != tt.want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("ParseRef(%q) = %v, %v; want %s midnight UTC", tt.in, got, err, tt.want)
		}
	}
}

func TestWarningNamesDocument(t *testing.T) {
	// Every warning names its input: nothing is reported anonymously.
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"bad.txt": "\x00", "x.jsonl": "{\n"})
	for _, it := range collect(Open([]string{dir, filepath.Join(dir, "nope")}, Options{})) {
		for _, w := range it.Warnings {
			if w.Document == "" || w.Message == "" {
				t.Errorf("warning without document or message: %+v", w)
			}
		}
	}
	var _ = timeline.Warning{}
}

func TestSizeString(t *testing.T) {
	for n, want := range map[int64]string{
		0: "0 bytes", 200: "200 bytes", 1000: "1000 bytes", 2048: "2 KiB", 2100: "2.1 KiB",
		500_000: "500 KB", 1_000_000: "1 MB", 10 << 20: "10 MiB", 3_000_000: "3 MB",
		2*1_000_000 + 1<<20: "2.9 MiB", 12_000_000: "12 MB", 12_000_001: "11.4 MiB",
	} {
		if got := sizeString(n); got != want {
			t.Errorf("sizeString(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestSymlinkProblems checks the messages for broken and looping symbolic
// links, named on the command line or met in a directory walk, and that the
// walk does not loop through a link to a parent directory.
func TestSymlinkProblems(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"d/ok.txt": "Fine."})
	p := func(s string) string { return filepath.Join(dir, filepath.FromSlash(s)) }
	for link, target := range map[string]string{
		"d/broken.txt": p("gone.txt"),
		"d/self.txt":   "self.txt",
		"d/sub/up":     "..",
	} {
		os.MkdirAll(filepath.Dir(p(link)), 0o755)
		if err := os.Symlink(target, p(link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	s := Open([]string{p("d"), p("d/broken.txt")}, Options{})
	// summary shortens paths under dir, the link's target included.
	match(t, summary(collect(s), filepath.ToSlash(dir)), []string{
		"! d/broken.txt: broken symbolic link: gone.txt does not exist", // walk
		"FAILED",
		"doc d/ok.txt |  | -/",
		"! d/self.txt: cannot follow the symbolic link to self.txt: too many levels of symbolic links",
		"FAILED",
		"! d/broken.txt: broken symbolic link: gone.txt does not exist", // argument
		"FAILED",
	})
}

// TestSniffUnknownExtension checks that a file named on the command line
// without a known extension is read as JSON Lines when its first line is a
// JSON object (as standard input is), as text otherwise, and that a named
// pipe is sniffed as it is read.
func TestSniffUnknownExtension(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"feed":  `{"id":"r1","text":"First."}` + "\n" + `{"id":"r2","text":"Second."}` + "\n",
		"notes": "{braces} in prose.\nMore.",
	})
	p := func(s string) string { return filepath.Join(dir, s) }
	s := Open([]string{p("feed"), p("notes")}, Options{})
	if n, _ := s.Total(); n != -1 {
		t.Errorf("Total() = %d, want -1 (JSON Lines)", n)
	}
	match(t, summary(collect(s), filepath.ToSlash(dir)), []string{"doc r1 |  | -/", "doc r2 |  | -/", "doc notes |  | -/"})
	if n, _ := Open([]string{p("notes")}, Options{}).Total(); n != 1 {
		t.Errorf("Total() = %d for one text file, want 1", n)
	}
}

// TestExtractOutputAsInput checks that the JSON Lines output of "timeline
// extract", left in an input folder, is skipped with one clear message
// rather than read as documents line by line.
func TestExtractOutputAsInput(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":        "Leaders met.",
		"events.jsonl": `{"kind":"document","id":"a.txt","bytes":12}` + "\n" + `{"kind":"event","id":"e1","type":"meeting"}` + "\n",
		"docs.jsonl":   `{"kind":"event","text":"A record that happens to have a kind."}` + "\n",
	})
	items := collect(Open([]string{dir}, Options{}))
	match(t, summary(items, filepath.ToSlash(dir)), []string{
		"doc a.txt |  | -/",
		"doc docs.jsonl:1 |  | -/",
		`! events.jsonl: this is the output of "timeline extract --format jsonl" (records with a "kind"), not documents; skipped…`,
		"FAILED",
	})
	var n int64
	for _, it := range items {
		n += it.Bytes
	}
	if _, total := Open([]string{dir}, Options{}).Total(); n != total {
		t.Errorf("bytes consumed %d, want all %d", n, total)
	}
}

func TestOutputSkipped(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Leaders met.", "events.txt": "old output"})
	s := Open([]string{dir}, Options{Output: filepath.Join(dir, ".", "events.txt")})
	match(t, summary(collect(s), filepath.ToSlash(dir)), []string{
		"doc a.txt |  | -/",
		"! events.txt: note: skipped: this is the output file (-o) of this run",
	})
}

// TestJSONLWholeFileProblems checks that a UTF-16 or binary JSON Lines file
// is one problem, not one per line.
func TestJSONLWholeFileProblems(t *testing.T) {
	dir := t.TempDir()
	utf16 := "\xff\xfe"
	for _, c := range `{"text":"a"}` + "\n" + `{"text":"b"}` + "\n" {
		utf16 += string([]byte{byte(c), 0})
	}
	writeFiles(t, dir, map[string]string{
		"u16.jsonl":     utf16,
		"bin.ndjson":    "\x7fELF\x02\x01\x01\x00\x00\x00\n{\"text\":\"a\"}\n",
		"one-nul.jsonl": "{\"text\":\"a\"}\n{\"text\":\"b\x00\"}\n{\"text\":\"c\"}\n",
	})
	match(t, summary(collect(Open([]string{dir}, Options{})), filepath.ToSlash(dir)), []string{
		"! bin.ndjson: binary file (contains NUL bytes)…", "FAILED",
		"doc one-nul.jsonl:1 |  | -/",
		"! one-nul.jsonl:2: malformed JSON…", "FAILED",
		"doc one-nul.jsonl:3 |  | -/",
		"! u16.jsonl: UTF-16 text is not read; convert the file to UTF-8…", "FAILED",
	})
}
