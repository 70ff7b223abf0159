package render_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func fixtureOptions() render.Options {
	return render.Options{Now: now, Title: "Test <timeline> & co", Tagger: fixtureTimexes}
}

// encode writes the results in format with the fixture options.
func encode(t testing.TB, format string, results ...timeline.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc, err := render.NewEncoder(format, &buf, fixtureOptions())
	if err != nil {
		t.Fatalf("NewEncoder(%q): %v", format, err)
	}
	for _, r := range results {
		if err := enc.Add(r); err != nil {
			t.Fatalf("%s Add: %v", format, err)
		}
	}
	if err := enc.Close(); err != nil {
		t.Fatalf("%s Close: %v", format, err)
	}
	return buf.Bytes()
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./render -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s:%d differs (run go test ./render -update and review the diff)\ngot:  %q\nwant: %q",
					path, i+1, g, w)
			}
		}
		t.Fatalf("%s differs", path)
	}
}

func TestGolden(t *testing.T) {
	for _, format := range render.Formats {
		t.Run(format, func(t *testing.T) {
			golden(t, "fixture."+format, encode(t, format, fixture()))
		})
	}
}

func TestGoldenEmpty(t *testing.T) {
	for _, format := range render.Formats {
		t.Run(format, func(t *testing.T) {
			golden(t, "empty."+format, encode(t, format, timeline.Result{}))
		})
	}
}

// TestBatchesMatchWhole checks that giving the results one document at a
// time writes the same as giving them at once, for every format whose
// output is not ordered by batch.
func TestBatchesMatchWhole(t *testing.T) {
	for _, format := range render.Formats {
		if format == "jsonl" {
			continue // documents and events interleave by batch; see TestJSONLBatches
		}
		t.Run(format, func(t *testing.T) {
			whole := encode(t, format, fixture())
			parts := encode(t, format, batches()...)
			if !bytes.Equal(whole, parts) {
				t.Errorf("%s: batched output differs from whole output:\n%s\n---\n%s", format, parts, whole)
			}
		})
	}
}

func TestJSONLBatches(t *testing.T) {
	golden(t, "batches.jsonl", encode(t, "jsonl", batches()...))
}

func TestNewEncoderUnknownFormat(t *testing.T) {
	_, err := render.NewEncoder("xlsx", &bytes.Buffer{}, render.Options{})
	if err == nil {
		t.Fatal(`NewEncoder("xlsx") = nil error`)
	}
	for _, want := range append([]string{`"xlsx"`}, render.Formats...) {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("NewEncoder(\"xlsx\") error %q does not mention %s", err, want)
		}
	}
	if timeline.ErrorCode(err) != timeline.EINVALID {
		t.Errorf("error code = %q, want %q", timeline.ErrorCode(err), timeline.EINVALID)
	}
}

func TestNewEncoderCaseInsensitive(t *testing.T) {
	if _, err := render.NewEncoder("JSON", &bytes.Buffer{}, render.Options{}); err != nil {
		t.Errorf(`NewEncoder("JSON") = %v`, err)
	}
}

func TestExtensionsCoverFormats(t *testing.T) {
	for _, f := range render.Formats {
		if render.Extensions[f] == "" {
			t.Errorf("Extensions has no entry for %q", f)
		}
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteErrorsReported(t *testing.T) {
	for _, format := range render.Formats {
		err := render.Write(format, failWriter{}, fixture(), fixtureOptions())
		if err == nil {
			t.Errorf("%s: Write to a failing writer = nil error", format)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	out := encode(t, "json", fixture())
	var got timeline.Result
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	want := fixture()
	if len(got.Documents) != len(want.Documents) || len(got.Events) != len(want.Events) ||
		len(got.Warnings) != len(want.Warnings) {
		t.Fatalf("round trip has %d documents, %d events, %d warnings; want %d, %d, %d",
			len(got.Documents), len(got.Events), len(got.Warnings),
			len(want.Documents), len(want.Events), len(want.Warnings))
	}
	for i, d := range want.Documents {
		if got.Documents[i].Bytes != len(d.Text) {
			t.Errorf("document %s bytes = %d, want %d", d.ID, got.Documents[i].Bytes, len(d.Text))
		}
	}
	for i := range want.Events {
		g, _ := json.Marshal(got.Events[i])
		w, _ := json.Marshal(want.Events[i])
		if !bytes.Equal(g, w) {
			t.Errorf("event %d after round trip:\n%s\nwant\n%s", i, g, w)
		}
	}
	if bytes.Contains(out, []byte("</script>")) {
		t.Error("json output contains a raw </script>")
	}
}

func TestJSONEmptyArrays(t *testing.T) {
	out := encode(t, "json", timeline.Result{})
	var m map[string]json.RawMessage
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"documents", "events", "warnings"} {
		if string(m[k]) != "[]" {
			t.Errorf("empty result %s = %s, want []", k, m[k])
		}
	}
}

func TestJSONLLines(t *testing.T) {
	out := encode(t, "jsonl", fixture())
	kinds := map[string]int{}
	var events []timeline.Event
	for i, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		var head struct{ Kind string }
		if err := json.Unmarshal([]byte(line), &head); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		if !strings.HasPrefix(line, `{"kind":"`+head.Kind+`",`) {
			t.Errorf("line %d does not start with its kind: %s", i+1, line)
		}
		kinds[head.Kind]++
		if head.Kind == "event" {
			var e timeline.Event
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatalf("line %d: %v", i+1, err)
			}
			events = append(events, e)
		}
	}
	f := fixture()
	if kinds["document"] != len(f.Documents) || kinds["event"] != len(f.Events) || kinds["warning"] != len(f.Warnings) {
		t.Errorf("kinds = %v, want %d documents, %d events, %d warnings", kinds,
			len(f.Documents), len(f.Events), len(f.Warnings))
	}
	for i := range events {
		if events[i].ID != f.Events[i].ID || events[i].Summary != f.Events[i].Summary {
			t.Errorf("event line %d = %s %q, want %s %q", i, events[i].ID, events[i].Summary,
				f.Events[i].ID, f.Events[i].Summary)
		}
	}
}
