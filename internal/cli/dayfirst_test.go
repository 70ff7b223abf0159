package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --day-first reads ambiguous numeric dates as day/month/year on dates,
// extract and render; unambiguous ones read the same either way.

func TestDatesDayFirst(t *testing.T) {
	const text = "The envoys met on 03/02/2021 and again on 25/06/2021, then on 2021-07-08."
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--ref", "2021-09-01", "-"}, []string{`"value":"2021-03-02"`, `"value":"2021-06-25"`, `"value":"2021-07-08"`}},
		{[]string{"--day-first", "--ref", "2021-09-01", "-"}, []string{`"value":"2021-02-03"`, `"value":"2021-06-25"`, `"value":"2021-07-08"`}},
		{[]string{"-", "--day-first", "--format", "timeml"}, []string{`value="2021-02-03"`, `value="2021-06-25"`}},
	} {
		io, out, errb := datesIO(text)
		if code := runDates(context.Background(), tc.args, io); code != ExitOK {
			t.Fatalf("%q: exit %d; stderr %s", tc.args, code, errb)
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%q: output lacks %s:\n%s", tc.args, w, out)
			}
		}
	}
}

// TestDayFirstDateline: the text's own numeric date is read day-first too,
// so that "Tuesday" is the Tuesday before 4 May, not before April 5.
func TestDayFirstDateline(t *testing.T) {
	const text = "Published: 04/05/2023\n\nThe foreign ministers met on Tuesday in Vienna.\n"
	io, out, errb := datesIO(text)
	if code := runDates(context.Background(), []string{"--day-first", "-"}, io); code != ExitOK {
		t.Fatalf("exit %d; stderr %s", code, errb)
	}
	if !strings.Contains(errb.String(), "reference date 2023-05-04 read from the text") || !strings.Contains(out.String(), `"text":"Tuesday","type":"DATE","value":"2023-05-02"`) {
		t.Errorf("dates --day-first: stderr %s\n%s", errb, out)
	}
	dir := corpus(t, map[string]string{"a.txt": text})
	code, o, e := run(t, dir, "", "extract", "a.txt", "--day-first")
	r := decodeResult(t, o)
	if code != ExitOK || len(r.Documents) != 1 || r.Documents[0].Ref.Format("2006-01-02") != "2023-05-04" {
		t.Errorf("extract --day-first: exit %d, stderr %s\n%s", code, e, o)
	}
	for _, ev := range r.Events {
		if ev.Date == nil || ev.Date.Value != "2023-05-02" {
			t.Errorf("extract --day-first: event %q dated %v, want 2023-05-02", ev.Trigger, ev.Date)
		}
	}
}

func TestDayFirstHelp(t *testing.T) {
	for _, cmd := range []string{"dates", "extract", "render"} {
		code, out, _ := run(t, "", "", cmd, "--help")
		if code != ExitOK || !strings.Contains(out, "-day-first") || !strings.Contains(out, "4 May") {
			t.Errorf("%s --help (exit %d) does not document --day-first:\n%s", cmd, code, out)
		}
	}
}

func TestExtractDayFirst(t *testing.T) {
	const text = "Prime Minister Kishida visited Canberra on 04/05/2023 and met Prime Minister Albanese.\n"
	dir := corpus(t, map[string]string{"a.txt": text})
	for _, tc := range []struct {
		flags []string
		want  string
	}{
		{nil, "2023-04-05"},
		{[]string{"--day-first"}, "2023-05-04"},
	} {
		args := append([]string{"extract", "a.txt", "--ref", "2023-06-01"}, tc.flags...)
		code, out, errb := run(t, dir, "", args...)
		r := decodeResult(t, out)
		if code != ExitOK || len(r.Events) == 0 {
			t.Fatalf("%q: exit %d, %d events; stderr %s", args, code, len(r.Events), errb)
		}
		for _, e := range r.Events {
			if e.Date == nil || e.Date.Value != tc.want {
				t.Errorf("%q: event %q dated %v, want %s", args, e.Trigger, e.Date, tc.want)
			}
		}
	}
	// TimeML output tags the text with the same reading as the events
	code, out, errb := run(t, dir, "", "extract", "a.txt", "--ref", "2023-06-01", "--day-first", "--format", "timeml")
	if code != ExitOK || !strings.Contains(out, `value="2023-05-04"`) || strings.Contains(out, `value="2023-04-05"`) {
		t.Errorf("timeml with --day-first: exit %d; stderr %s\n%s", code, errb, out)
	}
}

func TestRenderDayFirst(t *testing.T) {
	const text = "Prime Minister Kishida visited Canberra on 04/05/2023 and met Prime Minister Albanese.\n"
	dir := corpus(t, map[string]string{"a.txt": text, "echarts.min.js": fakeScript})
	code, out, errb := run(t, dir, "", "render", "a.txt", "--ref", "2023-06-01", "--day-first", "--echarts-js", "echarts.min.js", "-o", "report.html")
	if code != ExitOK || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errb)
	}
	data, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	if page := string(data); !strings.Contains(page, "2023-05-04") || strings.Contains(page, "2023-04-05") {
		t.Errorf("report does not date the visit 4 May 2023")
	}
}

// TestDatesDecodedInput covers what readDatesInput shares with extract
// through input.Decode: a byte order mark is dropped (offsets count from
// the text after it), and an HTML page in a declared legacy charset is
// decoded before its markup is removed.
func TestDatesDecodedInput(t *testing.T) {
	dir := t.TempDir()
	bom := filepath.Join(dir, "bom.txt")
	page := filepath.Join(dir, "page.html")
	os.WriteFile(bom, []byte("\xef\xbb\xbfFounded on 4 April 1949."), 0o644)
	os.WriteFile(page, []byte(`<html><head><meta charset="iso-8859-1"></head><body><p>Le caf`+"\xe9"+` du 4 avril: they met on 4 April 1949.</p></body></html>`), 0o644)

	io, out, errb := datesIO("")
	if code := runDates(context.Background(), []string{bom}, io); code != ExitOK {
		t.Fatalf("bom: exit %d; stderr %s", code, errb)
	}
	if !strings.Contains(out.String(), `"start":11,"end":23`) {
		t.Errorf("bom: offsets should count from after the byte order mark: %s", out)
	}
	io, out, errb = datesIO("")
	if code := runDates(context.Background(), []string{page}, io); code != ExitOK {
		t.Fatalf("latin-1 page: exit %d; stderr %s", code, errb)
	}
	if !strings.Contains(out.String(), `"value":"1949-04-04"`) || !strings.Contains(errb.String(), "windows-1252") {
		t.Errorf("latin-1 page: stdout %s, stderr %s", out, errb)
	}
}
