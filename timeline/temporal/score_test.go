package temporal

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestEvaluate(t *testing.T) {
	gold := []Timex{
		{Start: 0, End: 10, Type: TypeDate, Value: "2024-10-21"}, // strict, right value
		{Start: 20, End: 30, Type: TypeDate, Value: "2024"},      // relaxed, wrong value
		{Start: 40, End: 45, Type: TypeDuration, Value: "P2D"},   // missed
		{Start: 50, End: 55, Type: TypeSet, Value: "P1Y"},        // relaxed, wrong type
	}
	sys := []Timex{
		{Start: 0, End: 10, Type: TypeDate, Value: "2024-10-21"},
		{Start: 22, End: 30, Type: TypeDate, Value: "2023"},
		{Start: 50, End: 60, Type: TypeDuration, Value: "P1Y"},
		{Start: 70, End: 75, Type: TypeDate, Value: "PAST_REF"}, // spurious
	}
	s := Evaluate("d", gold, sys)
	if s.Gold != 4 || s.System != 4 || s.Strict != 1 || s.Relaxed != 3 || s.TypeMatch != 2 || s.ValueMatch != 2 {
		t.Fatalf("Evaluate = %+v", s)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if p, r, f := s.ValueF1(); !near(p, 0.5) || !near(r, 0.5) || !near(f, 0.5) {
		t.Errorf("ValueF1 = %v %v %v, want 0.5 0.5 0.5", p, r, f)
	}
	if p, r, f := s.RelaxedF1(); !near(p, 0.75) || !near(r, 0.75) || !near(f, 0.75) {
		t.Errorf("RelaxedF1 = %v %v %v, want 0.75", p, r, f)
	}
	if _, _, f := s.StrictF1(); !near(f, 0.25) {
		t.Errorf("StrictF1 = %v, want 0.25", f)
	}
	if !near(s.TypeAccuracy(), 2.0/3) || !near(s.ValueAccuracy(), 2.0/3) {
		t.Errorf("accuracies %v %v, want 2/3", s.TypeAccuracy(), s.ValueAccuracy())
	}
	if len(s.Errors) != 4 {
		t.Errorf("%d mismatches listed, want 4: %v", len(s.Errors), s.Errors)
	}
}

func readTimeMLDir(t *testing.T, dir string) []*TimeMLDoc {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.tml"))
	var docs []*TimeMLDoc
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ReadTimeML(r, f)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// TestDevScore scores the tagger on the annotated dev set and the scorer's
// own fixtures, prints the table (go test -run TestDevScore -v) and fails
// if value F1 falls below the project's bar of 0.80.
func TestDevScore(t *testing.T) {
	for _, dir := range []string{"testdata/dev", "testdata/timeml"} {
		docs := readTimeMLDir(t, dir)
		if len(docs) == 0 {
			t.Logf("%s: no .tml files", dir)
			continue
		}
		s := New().ScoreTimeML(docs)
		var b bytes.Buffer
		s.WriteTable(&b)
		t.Logf("%s (%d documents):\n%s", dir, len(docs), b.String())
		if _, _, f := s.ValueF1(); f < 0.80 {
			for _, e := range s.Errors {
				t.Log(e)
			}
			t.Errorf("%s: value F1 %.3f below 0.80", dir, f)
		}
	}
}
