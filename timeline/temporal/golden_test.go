package temporal

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden/")

// goldenInputs are the texts whose expressions are kept in testdata/golden:
// the project's samples (with the reference dates of samples/manifest.json)
// and the two seed articles (with 2024-10-23, the seeds' README date).
func goldenInputs(t *testing.T) map[string]struct {
	path string
	ref  time.Time
} {
	t.Helper()
	in := map[string]struct {
		path string
		ref  time.Time
	}{}
	var manifest struct {
		Documents []struct{ File, Date string }
	}
	if b, err := os.ReadFile("../../samples/manifest.json"); err == nil {
		if err := json.Unmarshal(b, &manifest); err != nil {
			t.Fatalf("samples/manifest.json: %v", err)
		}
	}
	for _, d := range manifest.Documents {
		var ref time.Time
		if d.Date != "" {
			ref = mustDate(t, d.Date)
		}
		in["sample-"+strings.TrimSuffix(d.File, ".txt")] = struct {
			path string
			ref  time.Time
		}{filepath.Join("../../samples", d.File), ref}
	}
	seeds, _ := filepath.Glob("../../../shared/seeds/*.txt")
	for _, s := range seeds {
		in["seed-"+strings.TrimSuffix(filepath.Base(s), ".txt")] = struct {
			path string
			ref  time.Time
		}{s, mustDate(t, "2024-10-23")}
	}
	return in
}

// dump writes one expression a line: offsets, type, value, granularity and
// inferred mark, and the text.
func dump(text string, ref time.Time) []byte {
	var b bytes.Buffer
	if ref.IsZero() {
		fmt.Fprintln(&b, "# reference date: none")
	} else {
		fmt.Fprintf(&b, "# reference date: %s\n", ref.Format("2006-01-02"))
	}
	for _, tx := range Tag(text, ref) {
		extra := ""
		if tx.Date != nil {
			extra = " " + string(tx.Date.Granularity)
			if tx.Date.Inferred {
				extra += " inferred"
			}
			if tx.Date.Mod != "" {
				extra += " mod=" + tx.Date.Mod
			}
		}
		fmt.Fprintf(&b, "%d:%d %s %s%s %q\n", tx.Start, tx.End, tx.Type, tx.Value, extra, tx.Text)
	}
	return b.Bytes()
}

// TestTagGolden compares the expressions found in the samples and seeds
// with testdata/golden/*.txt; run with -update to rewrite them after a
// deliberate change, and review the diff.
func TestTagGolden(t *testing.T) {
	inputs := goldenInputs(t)
	if len(inputs) == 0 {
		t.Skip("no samples or seeds present")
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(in.path)
			if err != nil {
				t.Skipf("%v", err)
			}
			got := dump(string(text), in.ref)
			golden := filepath.Join("testdata", "golden", name+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./timeline/temporal -run TestTagGolden -update)", err)
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
						t.Errorf("%s:%d:\n got: %s\nwant: %s", golden, i+1, g, w)
						break
					}
				}
			}
		})
	}
}
