// Package eval scores extracted events against gold annotations: event
// precision, recall and F1 (same type, same sentence, date equal at the
// gold's precision), date accuracy on events matched by type and sentence,
// and actor recall.
//
// Gold files are NAME.gold.json beside NAME.txt (see
// timeline/testdata/README.md):
//
//	{"reference_date": "2023-04-04",
//	 "events": [{"type": "accession", "date": "2023-04-04", "actors": ["Finland", "NATO"],
//	             "location": "Brussels", "status": "reported",
//	             "sentence": "Finland became the 31st member of NATO on Tuesday"}]}
//
// "date" is an ISO date at its precision ("2023", "2023-04", "2023-04-04"),
// an interval "A/B", or null for an undated event; "sentence" is a substring
// of the sentence the event is read from.
package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// Case is one annotated document.
type Case struct {
	Name string // file name without extension
	Path string // path of the text
	Text string
	Gold Gold
}

// Gold is the annotation of one document.
type Gold struct {
	ReferenceDate string      `json:"reference_date"`
	Events        []GoldEvent `json:"events"`
}

// GoldEvent is one annotated event.
type GoldEvent struct {
	Type     string   `json:"type"`
	Date     *string  `json:"date"`
	Actors   []string `json:"actors"`
	Location string   `json:"location,omitempty"`
	Status   string   `json:"status,omitempty"`
	Sentence string   `json:"sentence"`
}

// LoadDir reads every NAME.gold.json in dir with its NAME.txt.
func LoadDir(dir string) ([]Case, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("%s: no *.gold.json files; point to a directory of annotated texts", dir)
	}
	sort.Strings(golds)
	var cases []Case
	for _, g := range golds {
		b, err := os.ReadFile(g)
		if err != nil {
			return nil, err
		}
		var gold Gold
		if err := json.Unmarshal(b, &gold); err != nil {
			return nil, fmt.Errorf("%s: %v; fix the JSON", g, err)
		}
		txt := strings.TrimSuffix(g, ".gold.json") + ".txt"
		t, err := os.ReadFile(txt)
		if err != nil {
			return nil, fmt.Errorf("%s: gold file without its text: %v", g, err)
		}
		for i, e := range gold.Events {
			if e.Sentence == "" || !strings.Contains(normSpace(string(t)), normSpace(e.Sentence)) {
				return nil, fmt.Errorf("%s: event %d: sentence %q is not in %s", g, i+1, e.Sentence, txt)
			}
		}
		cases = append(cases, Case{Name: filepath.Base(strings.TrimSuffix(txt, ".txt")), Path: txt, Text: string(t), Gold: gold})
	}
	return cases, nil
}

// Document returns the case as a document with its reference date.
func (c Case) Document() (timeline.Document, error) {
	doc := timeline.Document{ID: c.Name, Text: c.Text}
	if c.Gold.ReferenceDate != "" {
		t, err := time.Parse("2006-01-02", c.Gold.ReferenceDate)
		if err != nil {
			return doc, fmt.Errorf("%s: reference_date %q: use YYYY-MM-DD", c.Name, c.Gold.ReferenceDate)
		}
		doc.Ref, doc.RefSource = t, timeline.RefMetadata
	}
	return doc, nil
}

// Report holds the scores of a set of cases.
type Report struct {
	Gold, Predicted, Matched int // events: gold, predicted, matched with date
	TypeSentence             int // gold events matched by type and sentence
	DateCorrect              int // of those, with the right date
	Actors, ActorsFound      int // gold actors of type+sentence matches, and found
	Errors                   []string
	// ByType counts gold, predicted and matched events per event type.
	ByType map[string]*TypeCount
}

// TypeCount is the gold, predicted and matched events of one type.
type TypeCount struct{ Gold, Predicted, Matched int }

func (r *Report) typeCount(t string) *TypeCount {
	if r.ByType == nil {
		r.ByType = map[string]*TypeCount{}
	}
	if r.ByType[t] == nil {
		r.ByType[t] = &TypeCount{}
	}
	return r.ByType[t]
}

// Precision is matched / predicted.
func (r Report) Precision() float64 { return ratio(r.Matched, r.Predicted) }

// Recall is matched / gold.
func (r Report) Recall() float64 { return ratio(r.Matched, r.Gold) }

// F1 is the harmonic mean of precision and recall.
func (r Report) F1() float64 {
	p, q := r.Precision(), r.Recall()
	if p+q == 0 {
		return 0
	}
	return 2 * p * q / (p + q)
}

// DateAccuracy is the share of type+sentence matches with the right date.
func (r Report) DateAccuracy() float64 { return ratio(r.DateCorrect, r.TypeSentence) }

// ActorRecall is the share of gold actors of type+sentence matches found.
func (r Report) ActorRecall() float64 { return ratio(r.ActorsFound, r.Actors) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Write prints the scores, and with verbose every error.
func (r Report) Write(w io.Writer, verbose bool) {
	if verbose {
		for _, e := range r.Errors {
			fmt.Fprintln(w, e)
		}
	}
	fmt.Fprintf(w, "events: gold %d, predicted %d, matched %d\n", r.Gold, r.Predicted, r.Matched)
	fmt.Fprintf(w, "event precision %.3f recall %.3f F1 %.3f\n", r.Precision(), r.Recall(), r.F1())
	fmt.Fprintf(w, "date accuracy %.3f (%d/%d type+sentence matches)\n", r.DateAccuracy(), r.DateCorrect, r.TypeSentence)
	fmt.Fprintf(w, "actor recall %.3f (%d/%d)\n", r.ActorRecall(), r.ActorsFound, r.Actors)
	if verbose {
		r.WriteTypes(w)
	}
}

// WriteTypes prints the gold, predicted and matched events per type.
func (r Report) WriteTypes(w io.Writer) {
	{
		var types []string
		for t := range r.ByType {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, t := range types {
			c := r.ByType[t]
			fmt.Fprintf(w, "  %-17s gold %3d predicted %3d matched %3d\n", t, c.Gold, c.Predicted, c.Matched)
		}
	}
}

// Run extracts every case with opts and scores the result.
func Run(ctx context.Context, cases []Case, opts timeline.Options) (Report, error) {
	var total Report
	for _, c := range cases {
		doc, err := c.Document()
		if err != nil {
			return total, err
		}
		res, err := timeline.Extract(ctx, doc, opts)
		if err != nil {
			return total, fmt.Errorf("%s: %w", c.Name, err)
		}
		r := ScoreDoc(c.Name, c.Gold.Events, res.Events)
		total.add(r)
	}
	return total, nil
}

func (r *Report) add(o Report) {
	r.Gold += o.Gold
	r.Predicted += o.Predicted
	r.Matched += o.Matched
	r.TypeSentence += o.TypeSentence
	r.DateCorrect += o.DateCorrect
	r.Actors += o.Actors
	r.ActorsFound += o.ActorsFound
	r.Errors = append(r.Errors, o.Errors...)
	for t, c := range o.ByType {
		tc := r.typeCount(t)
		tc.Gold += c.Gold
		tc.Predicted += c.Predicted
		tc.Matched += c.Matched
	}
}

// ScoreDoc scores the events predicted for one document. Matching is one to
// one and greedy in text order: first events equal in type, sentence and
// date, then the rest by type and sentence for date accuracy and actor
// recall.
func ScoreDoc(name string, gold []GoldEvent, pred []timeline.Event) Report {
	r := Report{Gold: len(gold), Predicted: len(pred)}
	for _, g := range gold {
		r.typeCount(g.Type).Gold++
	}
	for _, p := range pred {
		r.typeCount(string(p.Type)).Predicted++
	}
	full := make([]int, len(gold)) // gold → pred+1 for full matches
	usedFull := make([]bool, len(pred))
	for i, g := range gold {
		for j, p := range pred {
			if !usedFull[j] && sameEvent(g, p) && DateMatches(g.Date, p.Date) {
				full[i], usedFull[j] = j+1, true
				r.Matched++
				r.typeCount(g.Type).Matched++
				break
			}
		}
	}
	// type+sentence pairs: prefer the full matches
	usedTS := make([]bool, len(pred))
	pair := make([]int, len(gold))
	for i := range gold {
		if full[i] > 0 {
			pair[i] = full[i]
			usedTS[full[i]-1] = true
		}
	}
	for i, g := range gold {
		if pair[i] > 0 {
			continue
		}
		for j, p := range pred {
			if !usedTS[j] && sameEvent(g, p) {
				pair[i], usedTS[j] = j+1, true
				break
			}
		}
	}
	for i, g := range gold {
		if pair[i] == 0 {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: missed %s %s %q", name, g.Type, dateString(g.Date), g.Sentence))
			continue
		}
		p := pred[pair[i]-1]
		r.TypeSentence++
		if DateMatches(g.Date, p.Date) {
			r.DateCorrect++
		} else {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: wrong date %s: got %s, want %s %q", name, g.Type, predDate(p.Date), dateString(g.Date), g.Sentence))
		}
		for _, a := range g.Actors {
			r.Actors++
			if hasActor(p.Actors, a) {
				r.ActorsFound++
			} else {
				r.Errors = append(r.Errors, fmt.Sprintf("%s: missing actor %q in %s %v %q", name, a, g.Type, p.Actors, g.Sentence))
			}
		}
	}
	for j, p := range pred {
		if !usedTS[j] {
			r.Errors = append(r.Errors, fmt.Sprintf("%s: spurious %s %s %v %q", name, p.Type, predDate(p.Date), p.Actors, p.Source.Sentence))
		}
	}
	return r
}

func dateString(d *string) string {
	if d == nil {
		return "null"
	}
	return *d
}

func predDate(d *timeline.Date) string {
	if d == nil {
		return "null"
	}
	return d.Value
}

// sameEvent reports whether a prediction has the gold's type and comes from
// the sentence the gold quotes.
func sameEvent(g GoldEvent, p timeline.Event) bool {
	if string(p.Type) != g.Type {
		return false
	}
	return strings.Contains(normSpace(p.Source.Sentence), normSpace(g.Sentence))
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// DateMatches reports whether a predicted date equals the gold date at the
// gold's precision: "2023-04" matches a prediction of "2023-04" (or a day
// in April 2023), not "2023"; an interval matches at both ends; null
// matches only an undated prediction.
func DateMatches(gold *string, pred *timeline.Date) bool {
	if gold == nil || *gold == "" {
		return pred == nil
	}
	if pred == nil {
		return false
	}
	g := *gold
	ga, gb, gRange := strings.Cut(g, "/")
	pa, pb, pRange := strings.Cut(pred.Value, "/")
	if gRange != pRange {
		return false
	}
	if !prefixAt(ga, pa) {
		return false
	}
	return !gRange || prefixAt(gb, pb)
}

// prefixAt reports whether value p is g or lies within g ("2023-04-04"
// within "2023-04").
func prefixAt(g, p string) bool {
	if !strings.HasPrefix(p, g) {
		return false
	}
	return len(p) == len(g) || p[len(g)] == '-'
}

// hasActor reports whether the gold actor is among the predicted ones,
// comparing normalised names ("U.S." = "United States") and allowing one
// to contain the other as whole words ("Congress" in "U.S. Congress").
func hasActor(pred []string, gold string) bool {
	g := normActor(gold)
	for _, p := range pred {
		q := normActor(p)
		if q == g || containsWords(q, g) || containsWords(g, q) || acronym(q) == g || acronym(g) == q {
			return true
		}
	}
	return false
}

// acronym returns the initials of a name of three or more words, skipping
// function words: "organisation of african unity" → "oau"; "" otherwise
// (two-word names are compared only when one is written "african union").
func acronym(s string) string {
	var b strings.Builder
	words := 0
	for _, w := range strings.Fields(s) {
		if w == "of" || w == "the" || w == "and" || w == "for" {
			continue
		}
		words++
		b.WriteByte(w[0])
	}
	if words < 2 {
		return ""
	}
	return b.String()
}

func containsWords(long, short string) bool {
	if short == "" || len(short) >= len(long) {
		return false
	}
	return strings.HasPrefix(long, short+" ") || strings.HasSuffix(long, " "+short) || strings.Contains(long, " "+short+" ")
}

// actorAliases are equal names written differently.
var actorAliases = map[string]string{
	"us": "united states", "usa": "united states", "united states of america": "united states", "america": "united states",
	"uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
	"european union": "eu", "united nations": "un", "north atlantic treaty organization": "nato",
	"uae": "united arab emirates", "group of seven": "g7", "group of 20": "g20", "russian federation": "russia",
}

func normActor(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	s = strings.NewReplacer(".", "", "’", "'").Replace(s)
	s = normSpace(s)
	if a, ok := actorAliases[s]; ok {
		return a
	}
	return s
}
