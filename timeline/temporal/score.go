package temporal

import (
	"fmt"
	"io"
)

// Score counts how a tagger's expressions match gold annotations, the way
// TempEval-3 scores temporal expressions.
//
// A relaxed match is a system and a gold expression that overlap; a strict
// match has the same offsets. Each expression is matched at most once. Type
// and value accuracy are over relaxed matches; value F1 counts only relaxed
// matches with the right value (TempEval-3's "value F1").
type Score struct {
	Gold, System          int        // expressions in the gold data and in the output
	Strict, Relaxed       int        // strict and relaxed matches
	TypeMatch, ValueMatch int        // relaxed matches with the right type, the right value
	Errors                []Mismatch // each missed, spurious or mis-valued expression
}

// Mismatch describes a gold expression missed or mis-valued, or a spurious one.
type Mismatch struct {
	Doc       string
	Gold, Sys *Timex
}

// String describes the mismatch on one line: the document, then the gold
// and system expressions ("-" for none) with their type and value.
func (m Mismatch) String() string {
	f := func(t *Timex) string {
		if t == nil {
			return "-"
		}
		return fmt.Sprintf("%q %s %s", t.Text, t.Type, t.Value)
	}
	return fmt.Sprintf("%s: gold %s | system %s", m.Doc, f(m.Gold), f(m.Sys))
}

// Evaluate scores system expressions against gold ones for one document.
func Evaluate(doc string, gold, sys []Timex) Score {
	s := Score{Gold: len(gold), System: len(sys)}
	used := make([]bool, len(sys))
	for i := range gold {
		g := &gold[i]
		best := -1
		for j := range sys {
			if used[j] || sys[j].End <= g.Start || sys[j].Start >= g.End {
				continue
			}
			if best < 0 || (sys[j].Start == g.Start && sys[j].End == g.End) {
				best = j
			}
		}
		if best < 0 {
			s.Errors = append(s.Errors, Mismatch{Doc: doc, Gold: g})
			continue
		}
		used[best] = true
		x := &sys[best]
		s.Relaxed++
		if x.Start == g.Start && x.End == g.End {
			s.Strict++
		}
		if x.Type == g.Type {
			s.TypeMatch++
		}
		if x.Value == g.Value {
			s.ValueMatch++
		}
		if x.Value != g.Value || x.Type != g.Type || x.Start != g.Start || x.End != g.End {
			s.Errors = append(s.Errors, Mismatch{Doc: doc, Gold: g, Sys: x})
		}
	}
	for j := range sys {
		if !used[j] {
			s.Errors = append(s.Errors, Mismatch{Doc: doc, Sys: &sys[j]})
		}
	}
	return s
}

// Add adds o's counts to s.
func (s *Score) Add(o Score) {
	s.Gold += o.Gold
	s.System += o.System
	s.Strict += o.Strict
	s.Relaxed += o.Relaxed
	s.TypeMatch += o.TypeMatch
	s.ValueMatch += o.ValueMatch
	s.Errors = append(s.Errors, o.Errors...)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// StrictF1 returns precision, recall and F1 of exact-span matches.
func (s Score) StrictF1() (p, r, f float64) {
	p, r = ratio(s.Strict, s.System), ratio(s.Strict, s.Gold)
	return p, r, f1(p, r)
}

// RelaxedF1 returns precision, recall and F1 of overlapping matches.
func (s Score) RelaxedF1() (p, r, f float64) {
	p, r = ratio(s.Relaxed, s.System), ratio(s.Relaxed, s.Gold)
	return p, r, f1(p, r)
}

// ValueF1 returns precision, recall and F1 counting only relaxed matches
// with the right value.
func (s Score) ValueF1() (p, r, f float64) {
	p, r = ratio(s.ValueMatch, s.System), ratio(s.ValueMatch, s.Gold)
	return p, r, f1(p, r)
}

// TypeAccuracy is the share of relaxed matches with the right type.
func (s Score) TypeAccuracy() float64 { return ratio(s.TypeMatch, s.Relaxed) }

// ValueAccuracy is the share of relaxed matches with the right value.
func (s Score) ValueAccuracy() float64 { return ratio(s.ValueMatch, s.Relaxed) }

// WriteTable writes the scores as a small text table.
func (s Score) WriteTable(w io.Writer) {
	sp, sr, sf := s.StrictF1()
	rp, rr, rf := s.RelaxedF1()
	vp, vr, vf := s.ValueF1()
	fmt.Fprintf(w, "gold %d  system %d  relaxed matches %d  strict matches %d\n", s.Gold, s.System, s.Relaxed, s.Strict)
	fmt.Fprintf(w, "%-8s %6s %6s %6s\n", "", "P", "R", "F1")
	fmt.Fprintf(w, "%-8s %6.3f %6.3f %6.3f\n", "strict", sp, sr, sf)
	fmt.Fprintf(w, "%-8s %6.3f %6.3f %6.3f\n", "relaxed", rp, rr, rf)
	fmt.Fprintf(w, "%-8s %6.3f %6.3f %6.3f\n", "value", vp, vr, vf)
	fmt.Fprintf(w, "type accuracy %.3f  value accuracy %.3f\n", s.TypeAccuracy(), s.ValueAccuracy())
}

// ScoreTimeML runs the tagger on each TimeML document with its DCT as the
// reference date and scores the output against the document's annotations.
func (t *Tagger) ScoreTimeML(docs []*TimeMLDoc) Score {
	var total Score
	for _, d := range docs {
		total.Add(Evaluate(d.ID, d.Timexes, t.Tag(d.Text, d.DCT)))
	}
	return total
}
