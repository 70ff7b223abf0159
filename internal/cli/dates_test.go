package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func datesIO(stdin string) (IO, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return IO{In: strings.NewReader(stdin), Out: &out, Err: &errb}, &out, &errb
}

// updateGolden reports whether golden files should be rewritten: with the
// package's -update flag when a test file defines one, or UPDATE_GOLDEN=1.
func updateGolden() bool {
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		return true
	}
	return os.Getenv("UPDATE_GOLDEN") == "1"
}

func TestParseDatesArgs(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     []string
		wantCode int
		wantOK   bool
		wantErr  string
		check    func(datesOptions) bool
	}{
		{"file with ref", []string{"--ref", "2024-10-23", "a.txt"}, 0, true, "",
			func(o datesOptions) bool {
				return o.input == "a.txt" && o.ref.Equal(time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)) && o.format == "jsonl"
			}},
		{"flags after file", []string{"a.txt", "--format", "timeml", "-o", "out.tml"}, 0, true, "",
			func(o datesOptions) bool { return o.format == "timeml" && o.output == "out.tml" }},
		{"stdin", []string{"-"}, 0, true, "", func(o datesOptions) bool { return o.input == "-" }},
		{"bad ref", []string{"--ref", "2024-13-01", "a.txt"}, ExitUsage, false, `--ref "2024-13-01": not a date; use YYYY-MM-DD`, nil},
		{"empty ref", []string{"--ref", "", "a.txt"}, ExitUsage, false, "--ref: empty value", nil},
		{"RFC 3339 ref", []string{"--ref", "2024-10-23T08:00:00Z", "a.txt"}, 0, true, "",
			func(o datesOptions) bool { return o.ref.Format("2006-01-02") == "2024-10-23" }},
		{"bad format", []string{"--format", "xml", "a.txt"}, ExitUsage, false, `--format "xml": unknown format; use jsonl or timeml`, nil},
		{"no input", nil, ExitUsage, false, "no input", nil},
		{"two inputs", []string{"a.txt", "b.txt"}, ExitUsage, false, "one input at a time", nil},
		{"help", []string{"--help"}, ExitOK, false, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			io, _, errb := datesIO("")
			opts, code, ok := parseDatesArgs(tc.args, io)
			if ok != tc.wantOK || (!ok && code != tc.wantCode) {
				t.Fatalf("parseDatesArgs(%q) = code %d ok %v, want code %d ok %v; stderr %s", tc.args, code, ok, tc.wantCode, tc.wantOK, errb)
			}
			if tc.wantErr != "" && !strings.Contains(errb.String(), tc.wantErr) {
				t.Errorf("stderr %q does not contain %q", errb, tc.wantErr)
			}
			if tc.check != nil && !tc.check(opts) {
				t.Errorf("parseDatesArgs(%q) = %+v", tc.args, opts)
			}
		})
	}
}

func TestDatesBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// the checks and messages are input.Decode's, as in "timeline extract"
	empty := write("empty.txt", []byte(" \n"))
	binary := write("bin.txt", []byte("NATO\x00\x01"))
	control := write("control.txt", []byte("\x01\x02\x03\x04 NATO \x05\x06\x07\x08"))
	latin1 := write("latin1.txt", []byte("caf\xe9 in 1949"))
	latin1Line2 := write("latin1-2.txt", []byte("In 1949:\nthe caf\xe9 opened"))
	utf16 := write("utf16.txt", []byte("\xff\xfeN\x00A\x00T\x00O\x00"))
	missing := filepath.Join(dir, "missing.txt")
	for _, tc := range []struct {
		name, path, stdin, want string
	}{
		{"missing", missing, "", "timeline dates: read " + missing + ": no such file"},
		{"empty", empty, "", "timeline dates: read " + empty + ": empty: no text to read"},
		{"empty stdin", "-", "\n\t\n", "timeline dates: read standard input: empty: no text to read"},
		{"binary", binary, "", "timeline dates: read " + binary + ": binary file (contains NUL bytes)"},
		{"control characters", control, "", "timeline dates: read " + control + ": binary file (mostly control characters)"},
		{"invalid utf-8", latin1, "", "timeline dates: read " + latin1 + ": invalid UTF-8 at line 1, byte 4 of the line; convert the file to UTF-8"},
		{"invalid utf-8 line 2", latin1Line2, "", "timeline dates: read " + latin1Line2 + ": invalid UTF-8 at line 2, byte 8 of the line"},
		{"directory", dir, "", "timeline dates: read " + dir + ": is a directory"},
		{"utf-16", utf16, "", "timeline dates: read " + utf16 + ": UTF-16 text is not read; convert the file to UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			io, out, errb := datesIO(tc.stdin)
			if code := runDates(context.Background(), []string{tc.path}, io); code != ExitInput {
				t.Errorf("exit code %d, want %d", code, ExitInput)
			}
			if !strings.HasPrefix(errb.String(), tc.want) {
				t.Errorf("stderr = %q, want prefix %q", errb, tc.want)
			}
			if out.Len() != 0 {
				t.Errorf("stdout = %q, want nothing", out)
			}
		})
	}
}

func TestDatesReference(t *testing.T) {
	for _, tc := range []struct {
		name, stdin string
		args        []string
		wantValue   string
		wantNote    string
	}{
		{"flag", "They met on Tuesday.", []string{"--ref", "2024-10-23", "-"}, "2024-10-22", ""},
		{"dateline", "BRUSSELS, Oct. 23, 2024 (Wire) — They met on Tuesday.", []string{"-"}, "2024-10-22", "reference date 2024-10-23 read from the text"},
		{"none", "They met on Tuesday.", []string{"-"}, "XXXX-WXX-2", "no reference date"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			io, out, errb := datesIO(tc.stdin)
			if code := runDates(context.Background(), tc.args, io); code != ExitOK {
				t.Fatalf("exit code %d; stderr %s", code, errb)
			}
			if !strings.Contains(out.String(), `"value":"`+tc.wantValue+`"`) {
				t.Errorf("output %s lacks value %s", out, tc.wantValue)
			}
			if tc.wantNote != "" && !strings.Contains(errb.String(), tc.wantNote) {
				t.Errorf("stderr %q lacks %q", errb, tc.wantNote)
			}
			if tc.wantNote == "" && errb.Len() != 0 {
				t.Errorf("stderr %q, want nothing", errb)
			}
		})
	}
}

func TestDatesJSONLines(t *testing.T) {
	io, out, _ := datesIO("NATO was founded in 1949 & grew on 4 April 2023, a two-day affair.")
	if code := runDates(context.Background(), []string{"--ref", "2024-10-23", "-"}, io); code != ExitOK {
		t.Fatalf("exit code %d", code)
	}
	sc := bufio.NewScanner(out)
	var texts []string
	for sc.Scan() {
		var rec struct {
			Start, End int
			Text, Type string
			Value      string
			Date       *json.RawMessage
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		if rec.End <= rec.Start || rec.Value == "" || rec.Type == "" {
			t.Errorf("incomplete record %q", sc.Text())
		}
		texts = append(texts, rec.Text)
	}
	if got := strings.Join(texts, "|"); got != "1949|4 April 2023|two-day" {
		t.Errorf("texts %q", got)
	}
}

func TestDatesOutputFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.tml")
	io, out, errb := datesIO("Finland joined NATO on 4 April 2023.")
	if code := runDates(context.Background(), []string{"--format", "timeml", "-o", path, "-"}, io); code != ExitOK {
		t.Fatalf("exit code %d: %s", code, errb)
	}
	if out.Len() != 0 {
		t.Errorf("stdout %q, want nothing with -o", out)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `<TIMEX3 tid="t1" type="DATE" value="2023-04-04">4 April 2023</TIMEX3>`) {
		t.Errorf("timeml output:\n%s", b)
	}
}

// TestDatesGolden runs "timeline dates" on sample texts and compares the
// output with testdata/dates/*.golden (rewrite with UPDATE_GOLDEN=1).
func TestDatesGolden(t *testing.T) {
	for _, tc := range []struct {
		sample, ref, format string
	}{
		{"nato-vilnius-summit.txt", "2023-07-12", "jsonl"},
		{"nato-enlargement-encyclopedia.txt", "", "timeml"},
	} {
		t.Run(tc.sample+"."+tc.format, func(t *testing.T) {
			path := filepath.Join("..", "..", "samples", tc.sample)
			if _, err := os.Stat(path); err != nil {
				t.Skipf("sample %s not present", path)
			}
			args := []string{"--format", tc.format, path}
			if tc.ref != "" {
				args = append(args, "--ref", tc.ref)
			}
			io, out, errb := datesIO("")
			if code := runDates(context.Background(), args, io); code != ExitOK {
				t.Fatalf("exit code %d: %s", code, errb)
			}
			golden := filepath.Join("testdata", "dates", strings.TrimSuffix(tc.sample, ".txt")+"."+tc.format+".golden")
			if updateGolden() {
				if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (create it with UPDATE_GOLDEN=1 go test ./internal/cli -run TestDatesGolden)", err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("output differs from %s:\n%s", golden, out)
			}
		})
	}
}

// TestDatesManifest checks that "timeline dates" takes the reference date of
// a manifest.json beside the file, as "timeline extract" does, and that
// --ref still wins.
func TestDatesManifest(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":         "They met on Tuesday.",
		"manifest.json": `{"documents":[{"file":"a.txt","date":"2024-10-23"}]}`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		args      []string
		wantValue string
		wantNote  string
	}{
		{[]string{filepath.Join(dir, "a.txt")}, "2024-10-22", "reference date 2024-10-23 from " + filepath.Join(dir, "manifest.json")},
		{[]string{"--ref", "2024-06-05", filepath.Join(dir, "a.txt")}, "2024-06-04", ""},
	} {
		io, out, errb := datesIO("")
		if code := runDates(context.Background(), tc.args, io); code != ExitOK {
			t.Fatalf("%q: exit %d: %s", tc.args, code, errb)
		}
		if !strings.Contains(out.String(), `"value":"`+tc.wantValue+`"`) {
			t.Errorf("%q: output %s lacks value %s", tc.args, out, tc.wantValue)
		}
		if !strings.Contains(errb.String(), tc.wantNote) || (tc.wantNote == "" && errb.Len() != 0) {
			t.Errorf("%q: stderr %q, want %q", tc.args, errb, tc.wantNote)
		}
	}
}

// TestDatesHTML checks that dates in HTML markup are not listed: the markup
// is removed first, with a note.
func TestDatesHTML(t *testing.T) {
	page := `<html><head><meta name="date" content="1999-01-01"><script>var d = "March 3, 1998";</script></head>` +
		`<body><p>The treaty was signed on 4 April 1949.</p></body></html>`
	io, out, errb := datesIO(page)
	if code := runDates(context.Background(), []string{"--ref", "2024-10-23", "-"}, io); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb)
	}
	if got := out.String(); !strings.Contains(got, `"text":"4 April 1949"`) || strings.Contains(got, "1998") || strings.Contains(got, "1999") {
		t.Errorf("output %s: want only the date of the text", got)
	}
	if !strings.Contains(errb.String(), "HTML markup removed") {
		t.Errorf("stderr %q lacks the note", errb)
	}
}

func TestDatesRefusesJSONLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	os.WriteFile(path, []byte(`{"id":"a","text":"Met on 4 April 1949."}`+"\n"), 0o644)
	io, out, errb := datesIO("")
	if code := runDates(context.Background(), []string{path}, io); code != ExitUsage || out.Len() != 0 || !strings.Contains(errb.String(), "use \"timeline extract\"") {
		t.Errorf("exit %d, stdout %q, stderr %q; want a usage error pointing to extract", code, out, errb)
	}
}
