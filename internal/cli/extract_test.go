package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// Two reports of the same visit, written for these tests.
const (
	reportA = "KYIV, May 14 (Test Wire) - Secretary of State Antony Blinken visited Kyiv on May 14, 2024, and met President Volodymyr Zelensky.\n"
	reportB = "Antony Blinken arrived in Kyiv on Tuesday, May 14, 2024, on an unannounced visit. He met Zelensky.\n"
	summit  = "NATO leaders held a summit in Vilnius on July 11, 2023.\n"
)

// corpus writes files into a new temporary directory and returns it.
func corpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// run runs the command line in dir (as the working directory for relative
// paths) with stdin and returns the exit code, stdout and stderr.
func run(t *testing.T, dir, stdin string, args ...string) (int, string, string) {
	t.Helper()
	if dir != "" {
		t.Chdir(dir)
	}
	io, out, errb := testIO(stdin)
	code := Main(context.Background(), args, io)
	return code, out.String(), errb.String()
}

func decodeResult(t *testing.T, s string) timeline.Result {
	t.Helper()
	var r timeline.Result
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("output is not a JSON result: %v\n%s", err, s)
	}
	return r
}

func docIDs(r timeline.Result) []string {
	var ids []string
	for _, d := range r.Documents {
		ids = append(ids, d.ID)
	}
	return ids
}

func TestExtractUsageErrors(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA})
	tests := []struct {
		args []string
		err  string
	}{
		{[]string{"extract"}, "no input: name files, directories or glob patterns, or - for standard input"},
		{[]string{"extract", "--format", "pdf", "a.txt"}, `--format "pdf": unknown format; use one of json, jsonl, csv, timelinejs, ics, timeml`},
		{[]string{"extract", "a.txt", "--ref", "23/10/2024"}, `--ref: date "23/10/2024" is not YYYY-MM-DD, RFC 3339 or RFC 1123`},
		{[]string{"extract", "a.txt", "--ref", "2024-13-01"}, `--ref: date "2024-13-01" is not`},
		{[]string{"extract", "a.txt", "--ref", "24-10-23"}, `--ref: date "24-10-23" is not`},
		{[]string{"extract", "a.txt", "--ref", ""}, "--ref: empty value; give a date such as 2024-10-23, or leave the flag out"},
		{[]string{"extract", "a.txt", "--ref= "}, "--ref: empty value"},
		{[]string{"extract", "a.txt", "--from", ""}, "--from: empty value"},
		{[]string{"extract", "a.txt", "--to="}, "--to: empty value"},
		{[]string{"extract", "a.txt", "--type", ""}, "--type: empty value"},
		{[]string{"extract", "a.txt", "--actor", " "}, "--actor: empty value"},
		{[]string{"extract", "a.txt", "--max-size", ""}, "--max-size: empty value"},
		{[]string{"extract", "a.txt", "--input-format", ""}, "--input-format: empty value"},
		{[]string{"extract", "--format", "nonsense", "a.txt"}, `--format "nonsense": unknown format`},
		{[]string{"extract", "--type", "visit,parade", "a.txt"}, `--type: unknown event type "parade"`},
		{[]string{"extract", "--from", "2024", "--to", "2023", "a.txt"}, "the start is after the end"},
		{[]string{"extract", "--from", "2024-13", "a.txt"}, "--from: "},
		{[]string{"extract", "--min-confidence", "2", "a.txt"}, "out of range"},
		{[]string{"extract", "--jobs", "-1", "a.txt"}, "--jobs -1: use a number of workers from 1 to 1024"},
		{[]string{"extract", "--jobs", "100000", "a.txt"}, "--jobs 100000: use a number of workers from 1 to 1024"},
		{[]string{"extract", "--max-size", "lots", "a.txt"}, `--max-size: "lots" is not a size`},
		{[]string{"extract", "--input-format", "pdf", "a.txt"}, "--input-format: unknown input format"},
		{[]string{"extract", "--merge", "--no-merge", "a.txt"}, "contradict"},
		{[]string{"extract", "a.txt", "--bogus"}, "flag provided but not defined: -bogus"},
	}
	for _, tt := range tests {
		code, out, errb := run(t, dir, "", tt.args...)
		if code != ExitUsage || out != "" || !strings.Contains(errb, tt.err) || !strings.Contains(errb, "timeline extract --help") || strings.Count(errb, "\n") != 2 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and %q", tt.args, code, out, errb, tt.err)
		}
	}
}

func TestExtractBadInputs(t *testing.T) {
	dir := corpus(t, map[string]string{
		"good.txt":    reportA,
		"empty.txt":   "\n\n",
		"binary.txt":  "PK\x03\x04\x00\x00binary",
		"latin1.txt":  "Caf\xe9 diplomacy.\n",
		"big.txt":     strings.Repeat("Leaders met. ", 20),
		"page.txt":    "<!DOCTYPE html><html><body><p>" + summit + "</p></body></html>",
		"feed.jsonl":  `{"id":"w1","text":"` + strings.TrimSpace(summit) + `","date":"2023-07-12"}` + "\n{broken\n" + `{"id":"w3"}` + "\n",
		"notes/x.png": "ignored: not a text extension",
	})
	code, out, errb := run(t, dir, "", "extract", ".", "missing.txt", "--max-size", "200")
	if code != ExitInput {
		t.Errorf("exit %d, want 1", code)
	}
	r := decodeResult(t, out)
	if got, want := strings.Join(docIDs(r), " "), "w1 good.txt page.txt"; got != want {
		t.Errorf("documents = %s, want %s", got, want)
	}
	wantWarnings := []string{
		"big.txt: file is 260 bytes, over the 200 bytes limit per document; raise it with --max-size",
		"binary.txt: binary file (contains NUL bytes)",
		"empty.txt: empty: no text to read",
		"feed.jsonl:2: malformed JSON",
		`feed.jsonl:3: record has no "text" field`,
		"latin1.txt:1: invalid UTF-8 at line 1, byte 4 of the line",
		"page.txt: note: this text looks like HTML; the markup was stripped",
		"missing.txt: no such file or directory",
	}
	var got []string
	for _, w := range r.Warnings {
		got = append(got, w.String())
	}
	all := strings.Join(got, "\n")
	for _, w := range wantWarnings {
		if !strings.Contains(all, w) {
			t.Errorf("output warnings lack %q:\n%s", w, all)
		}
		// Failures, not notes, are also reported on stderr.
		if !strings.Contains(w, "note:") && !strings.Contains(errb, "timeline: "+w) {
			t.Errorf("stderr lacks %q:\n%s", w, errb)
		}
	}
	if !strings.Contains(errb, "timeline: .: note: skipped 1 other file: notes/x.png") {
		t.Errorf("stderr lacks the note on the skipped file:\n%s", errb)
	}
	if !strings.Contains(errb, "7 input(s) had problems") {
		t.Errorf("stderr lacks the summary:\n%s", errb)
	}
	if len(r.Events) == 0 {
		t.Errorf("no events from the good inputs")
	}
}

func TestExtractOutputFile(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA})
	// An input failure still writes the output, atomically.
	code, out, _ := run(t, dir, "", "extract", "a.txt", "missing.txt", "-o", "events.json", "--ref", "2024-05-15")
	if code != ExitInput || out != "" {
		t.Errorf("exit %d, stdout %q; want 1 and nothing on stdout", code, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "events.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := decodeResult(t, string(data))
	if len(r.Documents) != 1 || r.Documents[0].ID != "a.txt" || len(r.Warnings) == 0 {
		t.Errorf("events.json = %s", data)
	}
	// An output that cannot be written is an error, and leaves nothing.
	code, _, errb := run(t, dir, "", "extract", "a.txt", "-o", "nodir/events.json")
	if code != ExitInput || !strings.Contains(errb, "nodir does not exist") {
		t.Errorf("exit %d, stderr %q", code, errb)
	}
	assertOnly(t, dir, "a.txt", "events.json")
}

func TestExtractFormats(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA, "b.txt": reportB, "c.txt": summit})
	for _, format := range []string{"json", "jsonl", "csv", "timelinejs", "ics", "timeml"} {
		t.Run(format, func(t *testing.T) {
			// flags after the positional argument
			code, out, errb := run(t, dir, "", "extract", ".", "--format", format, "--ref", "2024-05-15", "--quiet")
			if code != ExitOK || out == "" || errb != "" {
				t.Fatalf("exit %d, %d bytes out, stderr %q", code, len(out), errb)
			}
			switch format {
			case "json", "timelinejs":
				var v map[string]any
				if err := json.Unmarshal([]byte(out), &v); err != nil {
					t.Errorf("not JSON: %v", err)
				}
			case "jsonl":
				for i, l := range strings.Split(strings.TrimSpace(out), "\n") {
					if !json.Valid([]byte(l)) {
						t.Errorf("line %d is not JSON: %s", i+1, l)
					}
				}
			case "csv":
				rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
				if err != nil || len(rows) < 2 {
					t.Errorf("csv: %d rows, %v", len(rows), err)
				}
			case "ics":
				if !strings.HasPrefix(out, "BEGIN:VCALENDAR\r\n") {
					t.Errorf("ics starts %q", out[:min(len(out), 30)])
				}
			case "timeml":
				if !strings.Contains(out, "TIMEX3") {
					t.Errorf("timeml has no TIMEX3")
				}
			}
		})
	}
}

// visits returns how many visit events the output holds and how many
// sources the first has. Each report describes one visit (reportB's
// "arrived ... on an unannounced visit" is one trip), so unmerged output
// holds two and merged output one.
func visits(t *testing.T, format, out string) (n, sources int) {
	t.Helper()
	var events []timeline.Event
	switch format {
	case "json":
		events = decodeResult(t, out).Events
	case "jsonl":
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var e struct {
				Kind string `json:"kind"`
				timeline.Event
			}
			if json.Unmarshal([]byte(l), &e) == nil && e.Kind == "event" {
				events = append(events, e.Event)
			}
		}
	}
	for _, e := range events {
		if e.Type == timeline.Visit {
			if n == 0 {
				sources = len(e.Sources)
			}
			n++
		}
	}
	return n, sources
}

func TestExtractMerge(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA, "b.txt": reportB})
	tests := []struct {
		args          []string
		format        string
		visits, nsrcs int
	}{
		{[]string{"extract", "."}, "json", 1, 2},
		{[]string{"extract", "--no-merge", "."}, "json", 2, 0},
		{[]string{"extract", "--format", "jsonl", "."}, "jsonl", 2, 0},
		{[]string{"extract", "--format", "jsonl", "--merge", "."}, "jsonl", 1, 2},
	}
	for _, tt := range tests {
		code, out, errb := run(t, dir, "", append(tt.args, "--ref", "2024-05-15")...)
		if code != ExitOK {
			t.Fatalf("%q: exit %d: %s", tt.args, code, errb)
		}
		if n, s := visits(t, tt.format, out); n != tt.visits || s != tt.nsrcs {
			t.Errorf("%q: %d visit events, first with %d sources; want %d and %d\n%s", tt.args, n, s, tt.visits, tt.nsrcs, out)
		}
	}
}

func TestExtractFilters(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA, "c.txt": summit})
	tests := []struct {
		args []string
		want string // event types in order
	}{
		{[]string{"--type", "summit"}, "summit"},
		{[]string{"--type", "visit,meeting"}, "visit meeting"},
		{[]string{"--actor", "zelensky"}, "meeting"},
		{[]string{"--actor", "NATO", "--actor", "nobody"}, "summit"},
		{[]string{"--from", "2024"}, "visit meeting"},
		{[]string{"--to", "2023"}, "summit"},
		{[]string{"--from", "2023-07-12", "--to", "2024-05-13"}, ""},
		{[]string{"--min-confidence", "1"}, ""},
	}
	for _, tt := range tests {
		args := append([]string{"extract", "a.txt", "c.txt", "--ref", "2024-05-15"}, tt.args...)
		code, out, errb := run(t, dir, "", args...)
		if code != ExitOK {
			t.Fatalf("%q: exit %d: %s", args, code, errb)
		}
		var types []string
		for _, e := range decodeResult(t, out).Events {
			types = append(types, string(e.Type))
		}
		if got := strings.Join(types, " "); got != tt.want {
			t.Errorf("%q: events %q, want %q", tt.args, got, tt.want)
		}
	}
}

func TestExtractStdin(t *testing.T) {
	code, out, errb := run(t, "", reportA, "extract", "-", "--ref", "2024-05-15")
	r := decodeResult(t, out)
	if code != ExitOK || len(r.Documents) != 1 || r.Documents[0].ID != "-" || len(r.Events) == 0 {
		t.Errorf("text on stdin: exit %d, %s, stderr %q", code, out, errb)
	}
	jsonl := `{"id":"one","text":"` + strings.TrimSpace(reportA) + `","date":"2024-05-15"}` + "\n" + `{"id":"two","text":"` + strings.TrimSpace(summit) + `"}` + "\n"
	code, out, errb = run(t, "", jsonl, "extract", "-")
	r = decodeResult(t, out)
	if code != ExitOK || strings.Join(docIDs(r), ",") != "one,two" || r.Documents[0].RefSource != timeline.RefMetadata {
		t.Errorf("JSON Lines on stdin: exit %d, %s, stderr %q", code, out, errb)
	}
}

func TestExtractDeterministic(t *testing.T) {
	files := map[string]string{}
	for i := range 40 {
		files[filepath.Join("d", string(rune('a'+i%26))+string(rune('a'+i/26))+".txt")] = []string{reportA, reportB, summit}[i%3]
	}
	dir := corpus(t, files)
	var outs []string
	for _, jobs := range []string{"1", "4"} {
		code, out, errb := run(t, dir, "", "extract", "d", "--jobs", jobs, "--ref", "2024-05-15", "--format", "jsonl")
		if code != ExitOK {
			t.Fatalf("exit %d: %s", code, errb)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] {
		t.Errorf("--jobs 1 and --jobs 4 differ")
	}
}

func TestExtractProgress(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA, "b.txt": reportB})
	t.Chdir(dir)
	var out, errb bytes.Buffer
	io := IO{In: strings.NewReader(""), Out: &out, Err: &errb, ErrIsTerminal: true}
	if code := Main(context.Background(), []string{"extract", ".", "--ref", "2024-05-15"}, io); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	e := errb.String()
	if !strings.Contains(e, "\r[") || !strings.Contains(e, "/2 docs") || !strings.Contains(e, "\r\x1b[K") {
		t.Errorf("stderr on a terminal = %q, want a progress bar that is cleared", e)
	}
	if !regexp.MustCompile(`\r\x1b\[Ktimeline extract: 2 document\(s\) read, \d+ event\(s\) written\n$`).MatchString(e) {
		t.Errorf("stderr ends %q, want the bar cleared and a summary", e)
	}
	if !strings.Contains(e, "\rmerging ") {
		t.Errorf("stderr = %q, want a merging status", e)
	}
	errb.Reset()
	io.Out = &bytes.Buffer{}
	Main(context.Background(), []string{"extract", ".", "--quiet"}, io)
	if errb.Len() != 0 {
		t.Errorf("--quiet wrote %q", errb.String())
	}
}

// TestExtractSeeds runs over the two real articles kept beside the
// repository, when they are there: both are read (the folder's README is
// not), and the run is clean.
func TestExtractSeeds(t *testing.T) {
	seeds, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(seeds); err != nil {
		t.Skip("no shared/seeds beside the repository")
	}
	code, out, errb := run(t, "", "", "extract", seeds, "--ref", "2024-10-23", "--format", "json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb)
	}
	r := decodeResult(t, out)
	if len(r.Documents) != 2 {
		t.Errorf("documents = %v, want the two articles", docIDs(r))
	}
	for _, d := range r.Documents {
		if strings.HasSuffix(strings.ToLower(d.ID), "readme.md") || d.Ref.Format("2006-01-02") != "2024-10-23" || d.RefSource != timeline.RefFlag {
			t.Errorf("document %s: ref %v (%s)", d.ID, d.Ref, d.RefSource)
		}
	}
}

func TestExtractGlobAndHTML(t *testing.T) {
	dir := corpus(t, map[string]string{
		"news/a.txt":   reportA,
		"news/b.html":  "<html><head><title>Summit</title><style>p{}</style></head><body><nav>Home</nav><p>" + summit + "</p></body></html>",
		"news/c.md":    reportB,
		"other/d.txt":  summit,
		"news/x.jsonl": `{"id":"j1","text":"` + strings.TrimSpace(summit) + `"}` + "\n",
	})
	// The pattern reaches the tool unexpanded, as from a quoting shell or Windows.
	code, out, errb := run(t, dir, "", "extract", "news/*.[th]*", "--ref", "2024-05-15", "--no-merge")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb)
	}
	r := decodeResult(t, out)
	if got := strings.Join(docIDs(r), " "); got != "news/a.txt news/b.html" {
		t.Errorf("documents = %s, want news/a.txt news/b.html", got)
	}
	if len(r.Documents) == 2 && r.Documents[1].Title != "Summit" {
		t.Errorf("HTML title = %q", r.Documents[1].Title)
	}
	// HTML on standard input.
	code, out, errb = run(t, "", "<p>"+summit+"</p>", "extract", "--input-format", "html", "-", "--type", "summit")
	if r := decodeResult(t, out); code != ExitOK || len(r.Events) != 1 {
		t.Errorf("HTML on stdin: exit %d, %s, %s", code, out, errb)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"2000000", 2000000}, {"10MiB", 10 << 20}, {"10 MiB", 10 << 20}, {"10mb", 10_000_000},
		{"500KB", 500_000}, {"64k", 64 << 10}, {"1.5MiB", 3 << 19}, {"1GiB", 1 << 30}, {"100B", 100},
		{"", 0}, {"ten", 0}, {"-5", 0}, {"0", 0}, {"10XB", 0}, {"MiB", 0},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if tt.want == 0 {
			if err == nil {
				t.Errorf("parseSize(%q) = %d, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestExtractInterrupted(t *testing.T) {
	dir := corpus(t, map[string]string{"a.txt": reportA})
	t.Chdir(dir)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	io, _, errb := testIO("")
	code := Main(ctx, []string{"extract", "a.txt", "-o", "out.json"}, io)
	if code != ExitInput || errb.String() != "timeline extract: interrupted; out.json was not written\n" {
		t.Errorf("exit %d, stderr %q", code, errb)
	}
	assertOnly(t, dir, "a.txt")
}

// TestExtractWarningsEscaped checks that input cannot put terminal control
// sequences on stderr through a warning (here a duplicate JSON Lines id).
func TestExtractWarningsEscaped(t *testing.T) {
	feed := `{"id":"\u001b]0;owned\u0007","text":"Leaders met."}` + "\n" + `{"id":"\u001b]0;owned\u0007","text":"Again."}` + "\n" + `{"id":"x","text":"Third.","date":"\u001b[2J"}` + "\n"
	dir := corpus(t, map[string]string{"feed.jsonl": feed, "\x1b[31mred.txt": ""})
	_, _, errb := run(t, dir, "", "extract", "feed.jsonl", "\x1b[31mred.txt")
	if strings.ContainsAny(errb, "\x1b\x07") {
		t.Errorf("stderr carries control characters: %q", errb)
	}
	if !strings.Contains(errb, `feed.jsonl:3: date "\x1b[2J"`) {
		t.Errorf("stderr %q lacks the escaped date", errb)
	}
	if !strings.Contains(errb, `timeline: \x1b[31mred.txt: empty`) {
		t.Errorf("stderr %q lacks the escaped file name", errb)
	}
}

// TestExtractTwiceIntoInputFolder checks that running extract again with
// its output inside the folder it reads neither reads the old output back
// nor fails: the output file is skipped with a note.
func TestExtractTwiceIntoInputFolder(t *testing.T) {
	dir := corpus(t, map[string]string{"news/a.txt": reportA})
	for i := range 2 {
		code, _, errb := run(t, dir, "", "extract", "--format", "jsonl", "news", "-o", "news/events.jsonl")
		if code != ExitOK {
			t.Fatalf("run %d: exit %d: %s", i+1, code, errb)
		}
		if i == 1 && !strings.Contains(errb, "events.jsonl: note: skipped: this is the output file (-o) of this run") {
			t.Errorf("second run: stderr %q lacks the note", errb)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "news", "events.jsonl"))
	if n := strings.Count(string(b), `"kind":"document"`); n != 1 {
		t.Errorf("second output has %d documents, want 1:\n%s", n, b)
	}
}
