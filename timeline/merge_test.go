package timeline

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// day returns a day-granularity date; mDay("2024-10-21", "2024-10-22") a range.
func mDay(s ...string) *Date {
	d := &Date{Granularity: "day", Value: strings.Join(s, "/")}
	d.Start, _ = time.Parse("2006-01-02", s[0])
	if len(s) > 1 {
		d.End, _ = time.Parse("2006-01-02", s[1])
	}
	return d
}

func mMonth(s string) *Date {
	t, _ := time.Parse("2006-01", s)
	return &Date{Start: t, Granularity: "month", Value: s}
}

// ev builds an event: id doubles as document name and sentence.
func mEv(id string, typ EventType, d *Date, conf float64, actors ...string) Event {
	return Event{ID: id, Type: typ, Status: Reported, Date: d, Actors: actors, Confidence: conf,
		Summary: "summary " + id, Source: Source{Document: "doc-" + id, Sentence: "sentence " + id}}
}

func mMod(d *Date, mod string) *Date { d.Mod = mod; return d }

func mSrc(e Event, doc string) Event { e.Source.Document = doc; return e }

func mLoc(e Event, loc string) Event { e.Location = loc; return e }

func mStatus(e Event, s Status) Event { e.Status = s; return e }

// groups describes Merge's output as "id[+id...]" per event, in order.
func mGroups(out []Event) []string {
	var g []string
	for _, e := range out {
		ids := []string{e.ID}
		for _, s := range e.Sources {
			if id := strings.TrimPrefix(s.Sentence, "sentence "); id != e.ID {
				ids = append(ids, id)
			}
		}
		g = append(g, strings.Join(ids, "+"))
	}
	return g
}

func TestMerge(t *testing.T) {
	tests := []struct {
		name string
		in   []Event
		want []string
	}{
		{"same day same actor", []Event{
			mEv("a", Visit, mDay("2024-10-21"), 0.8, "Jens Stoltenberg", "United States"),
			mEv("b", Visit, mDay("2024-10-21"), 0.7, "Stoltenberg", "Jens Stoltenberg"),
		}, []string{"a+b"}},
		{"range and day inside it", []Event{
			mEv("a", Visit, mDay("2024-10-21", "2024-10-22"), 0.8, "NATO"),
			mEv("b", Visit, mDay("2024-10-22"), 0.8, "nato"),
		}, []string{"a+b"}},
		{"different days never merge", []Event{
			mEv("a", Visit, mDay("2024-10-21"), 0.8, "NATO"),
			mEv("b", Visit, mDay("2024-10-22"), 0.8, "NATO"),
		}, []string{"a", "b"}},
		{"different granularity never merges", []Event{
			mEv("a", Visit, mMonth("2024-10"), 0.8, "NATO"),
			mEv("b", Visit, mDay("2024-10-22"), 0.8, "NATO"),
		}, []string{"a", "b"}},
		{"different mods never merge", []Event{
			mEv("a", Visit, mMod(mMonth("2023-04"), "START"), 0.8, "Joe Biden", "Japan"),
			mEv("b", Visit, mMod(mMonth("2023-04"), "END"), 0.8, "Joe Biden", "Japan"),
			mEv("c", Visit, mMod(mMonth("2023-04"), "BEFORE"), 0.8, "Joe Biden", "Japan"),
			mEv("d", Visit, mMonth("2023-04"), 0.8, "Joe Biden", "Japan"),
			mEv("e", Visit, mMod(mMonth("2023-04"), "START"), 0.8, "Joe Biden", "Japan"),
		}, []string{"a+e", "b", "c", "d"}},
		{"same month merges", []Event{
			mEv("a", Accession, mMonth("2023-04"), 0.8, "Finland", "NATO"),
			mEv("b", Accession, mMonth("2023-04"), 0.9, "Finland"),
		}, []string{"b+a"}},
		{"different type", []Event{
			mEv("a", Visit, mDay("2024-10-21"), 0.8, "NATO"),
			mEv("b", Meeting, mDay("2024-10-21"), 0.8, "NATO"),
		}, []string{"a", "b"}},
		{"different status", []Event{
			mEv("a", Visit, mDay("2024-10-21"), 0.8, "NATO"),
			mStatus(mEv("b", Visit, mDay("2024-10-21"), 0.8, "NATO"), Planned),
		}, []string{"a", "b"}},
		{"surname matches full name", []Event{
			mEv("a", Visit, mDay("2024-10-21"), 0.8, "Jens Stoltenberg"),
			mEv("b", Visit, mDay("2024-10-21"), 0.8, "Stoltenberg"),
		}, []string{"a+b"}},
		{"different first names", []Event{
			mEv("a", Visit, mDay("2024-10-21"), 0.8, "Joe Biden"),
			mEv("b", Visit, mDay("2024-10-21"), 0.8, "Jill Biden"),
		}, []string{"a", "b"}},
		{"same document never merges", []Event{
			mSrc(mEv("a", Meeting, mDay("2024-10-21", "2024-10-22"), 0.8, "Jens Stoltenberg", "Joe Biden"), "wash.txt"),
			mSrc(mEv("b", Meeting, mDay("2024-10-22"), 0.8, "Jens Stoltenberg", "Lloyd Austin"), "wash.txt"),
			mSrc(mEv("c", Meeting, mDay("2024-10-22"), 0.8, "Stoltenberg", "Biden"), "other.txt"),
		}, []string{"a+c", "b"}},
		{"meetings with different partners", []Event{
			mEv("a", Meeting, mDay("2023-07-11"), 0.8, "Joe Biden", "Volodymyr Zelensky"),
			mEv("b", Meeting, mDay("2023-07-11"), 0.8, "Joe Biden", "Recep Tayyip Erdogan"),
		}, []string{"a", "b"}},
		{"one actor is enough for a single-actor report", []Event{
			mEv("a", Visit, mDay("2023-07-11"), 0.8, "Joe Biden", "Lithuania"),
			mEv("b", Visit, mDay("2023-07-11"), 0.8, "Biden"),
		}, []string{"a+b"}},
		{"no shared actor", []Event{
			mEv("a", Meeting, mDay("2024-10-21"), 0.8, "Joe Biden"),
			mEv("b", Meeting, mDay("2024-10-21"), 0.8, "Xi Jinping"),
		}, []string{"a", "b"}},
		{"no actors never merge", []Event{
			mEv("a", Summit, mDay("2023-07-11"), 0.8),
			mEv("b", Summit, mDay("2023-07-11"), 0.8),
		}, []string{"a", "b"}},
		{"undated never merge", []Event{
			mEv("a", Accession, nil, 0.8, "Sweden"),
			mEv("b", Accession, nil, 0.8, "Sweden"),
		}, []string{"a", "b"}},
		{"partly unknown dates never merge", []Event{
			mEv("a", Visit, &Date{Granularity: "day", Value: "XXXX-10-21"}, 0.8, "NATO"),
			mEv("b", Visit, &Date{Granularity: "day", Value: "XXXX-10-21"}, 0.8, "NATO"),
		}, []string{"a", "b"}},
		{"different stated locations", []Event{
			mLoc(mEv("a", Visit, mDay("2024-10-21"), 0.8, "Antony Blinken"), "Kyiv"),
			mLoc(mEv("b", Visit, mDay("2024-10-21"), 0.8, "Antony Blinken"), "Lviv"),
		}, []string{"a", "b"}},
		{"one location unstated", []Event{
			mLoc(mEv("a", Visit, mDay("2024-10-21"), 0.8, "Antony Blinken"), "Kyiv"),
			mEv("b", Visit, mDay("2024-10-21"), 0.8, "Antony Blinken"),
		}, []string{"a+b"}},
		{"names normalised", []Event{
			mLoc(mEv("a", Agreement, mDay("2020-09-15"), 0.6, "The U.S.", "Israel"), "the White House"),
			mLoc(mEv("b", Agreement, mDay("2020-09-15"), 0.6, "US"), "White House"),
			mEv("c", Agreement, mDay("2020-09-15"), 0.6, "ISRAËL", "u.s."),
		}, []string{"a+b+c"}},
		{"no chaining across non-overlapping dates", []Event{
			mEv("a", Visit, mDay("2024-10-01", "2024-10-05"), 0.8, "NATO"),
			mEv("b", Visit, mDay("2024-10-05", "2024-10-09"), 0.8, "NATO"),
			mEv("c", Visit, mDay("2024-10-09", "2024-10-12"), 0.8, "NATO"),
		}, []string{"a+b", "c"}},
		{"groups keep input order", []Event{
			mEv("x", Meeting, mDay("2024-01-02"), 0.5, "Ukraine"),
			mEv("a", Visit, mDay("2024-10-21"), 0.8, "NATO"),
			mEv("y", Meeting, mDay("2024-01-02"), 0.5, "Ukraine"),
			mEv("b", Visit, mDay("2024-10-21"), 0.9, "NATO"),
		}, []string{"x+y", "b+a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]Event(nil), tt.in...)
			got := mGroups(Merge(in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Merge groups = %v, want %v", got, tt.want)
			}
			if !reflect.DeepEqual(in, tt.in) {
				t.Errorf("Merge modified its input")
			}
		})
	}
}

func TestMergeFields(t *testing.T) {
	a := mEv("a", Visit, mDay("2024-10-22"), 0.7, "Jens Stoltenberg", "Joe Biden")
	b := mLoc(mEv("b", Visit, mDay("2024-10-21", "2024-10-22"), 0.7, "jens stoltenberg", "Joe Biden", "NATO"), "Washington")
	c := mEv("c", Visit, mDay("2024-10-22"), 0.9, "Joe Biden", "Stoltenberg")
	c.Sources = []Source{c.Source, {Document: "doc-c2", Sentence: "earlier merge"}}
	dup := a // another event of document a stays apart
	dup.ID = "a2"
	out := Merge([]Event{a, b, c, dup})
	if len(out) != 2 || out[1].ID != "a2" {
		t.Fatalf("Merge gave %v, want one merged event and a2", mGroups(out))
	}
	m := out[0]
	if m.ID != "c" || m.Confidence != 0.9 || m.Summary != "summary c" {
		t.Errorf("representative = %s (confidence %v), want c (0.9)", m.ID, m.Confidence)
	}
	if m.Location != "Washington" {
		t.Errorf("Location = %q, want the first stated one", m.Location)
	}
	wantActors := []string{"Joe Biden", "Jens Stoltenberg", "NATO"}
	if !reflect.DeepEqual(m.Actors, wantActors) {
		t.Errorf("Actors = %v, want %v", m.Actors, wantActors)
	}
	var docs []string
	for _, s := range m.Sources {
		docs = append(docs, s.Document)
	}
	if want := []string{"doc-c", "doc-c2", "doc-a", "doc-b"}; !reflect.DeepEqual(docs, want) {
		t.Errorf("Sources = %v, want %v (best first, then input order, no duplicates)", docs, want)
	}
	if m.Source != m.Sources[0] {
		t.Errorf("Source is not Sources[0]")
	}
	// Ties in confidence: a range beats a single day.
	out = Merge([]Event{a, b})
	if out[0].ID != "b" || !out[0].Date.IsRange() {
		t.Errorf("tie went to %s, want the range b", out[0].ID)
	}
}

func TestMergeEmpty(t *testing.T) {
	if got := Merge(nil); len(got) != 0 {
		t.Errorf("Merge(nil) = %v", got)
	}
	one := []Event{mEv("a", Visit, nil, 1)}
	if got := Merge(one); len(got) != 1 || got[0].ID != "a" || got[0].Sources != nil {
		t.Errorf("Merge(one) = %+v", got)
	}
}

// TestMergeDeterministic checks that two runs over the same large random
// input agree, and that every source survives.
func TestMergeDeterministic(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	actors := []string{"NATO", "EU", "Ukraine", "Poland", "Joe Biden"}
	var in []Event
	for i := 0; i < 3000; i++ {
		d := mDay(fmt.Sprintf("2024-%02d-%02d", 1+r.Intn(3), 1+r.Intn(28)))
		in = append(in, mEv(fmt.Sprint(i), EventTypes[r.Intn(3)], d, float64(r.Intn(10))/10, actors[r.Intn(5)], actors[r.Intn(5)]))
	}
	a, b := Merge(in), Merge(in)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Fatal("two runs of Merge differ")
	}
	n := 0
	for _, e := range a {
		if len(e.Sources) == 0 {
			n++
		}
		n += len(e.Sources)
	}
	if n != len(in) || len(a) >= len(in) {
		t.Errorf("%d events → %d, carrying %d sources; want every source kept and some merged", len(in), len(a), n)
	}
}

func BenchmarkMerge(b *testing.B) {
	r := rand.New(rand.NewSource(1))
	var in []Event
	for i := 0; i < 10000; i++ {
		d := mDay(fmt.Sprintf("20%02d-%02d-%02d", 10+r.Intn(10), 1+r.Intn(12), 1+r.Intn(28)))
		in = append(in, mEv(fmt.Sprint(i), EventTypes[r.Intn(7)], d, 0.5, fmt.Sprint("actor", r.Intn(50))))
	}
	b.ReportAllocs()
	for b.Loop() {
		Merge(in)
	}
}

// TestMergeManyReports checks that many reports of one event from different
// documents become one event listing them all, while a report that shares a
// document with one of them stays apart (the rule is checked against every
// report, not only the first).
func TestMergeManyReports(t *testing.T) {
	var in []Event
	for i := 0; i < 3000; i++ {
		actors := []string{"Joe Biden", "Vietnam"}
		if i%2 == 1 {
			actors = []string{"Biden", "Vietnam"} // a second kind of report
		}
		in = append(in, mSrc(mEv(fmt.Sprint(i), Visit, mDay("2023-09-10"), 0.8, actors...), fmt.Sprint("doc", i)))
	}
	in = append(in, mSrc(mEv("late", Visit, mDay("2023-09-10"), 0.8, "Joe Biden", "Vietnam"), "doc1234"))
	out := Merge(in)
	if len(out) != 2 {
		t.Fatalf("got %d events, want 2 (one merged, one sharing a document)", len(out))
	}
	if got := len(out[0].Sources); got != 3000 {
		t.Errorf("merged event has %d sources, want 3000", got)
	}
	if out[1].ID != "late" {
		t.Errorf("second event is %q, want the report from a document already merged", out[1].ID)
	}
}

// TestMergeMatchesPairwise checks Merge's indexed grouping against the rule
// applied plainly: events in order of first day, each joining the first
// open group all of whose members it agrees with, on random reports with
// shared documents, surnames, locations, ranges and modifiers.
func TestMergeMatchesPairwise(t *testing.T) {
	names := []string{"Joe Biden", "Biden", "Jill Biden", "Xi Jinping", "Xi", "NATO", "the U.S.", "US", "Emmanuel Macron", "Macron", "France"}
	for seed := int64(1); seed <= 30; seed++ {
		r := rand.New(rand.NewSource(seed))
		// many documents, or a few with many reports each (which Merge
		// skips in bulk for an event of the same document)
		ndocs := []int{120, 4, 2}[seed%3]
		var in []Event
		for i := 0; i < 300; i++ {
			day := fmt.Sprintf("2024-10-%02d", 1+r.Intn(6))
			d := mDay(day)
			if r.Intn(5) == 0 {
				d = mDay(day, fmt.Sprintf("2024-10-%02d", 7+r.Intn(3)))
			}
			if r.Intn(8) == 0 {
				d.Mod = "APPROX"
			}
			var actors []string
			for range 1 + r.Intn(3) {
				actors = append(actors, names[r.Intn(len(names))])
			}
			e := mEv(fmt.Sprint(i), []EventType{Visit, Meeting}[r.Intn(2)], d, 0.5+float64(r.Intn(5))/10, actors...)
			e = mSrc(e, fmt.Sprint("doc", r.Intn(ndocs)))
			if r.Intn(3) == 0 {
				e = mLoc(e, []string{"Paris", "Beijing"}[r.Intn(2)])
			}
			in = append(in, e)
		}
		// The rule, plainly.
		keys := make([]mergeKey, len(in))
		var order []int
		for i := range in {
			if keys[i] = newMergeKey(&in[i]); keys[i].mergeable {
				order = append(order, i)
			}
		}
		sort.SliceStable(order, func(a, b int) bool { return keys[order[a]].firstDay < keys[order[b]].firstDay })
		var groups [][]int
		var last []int64
		for _, i := range order {
			joined := -1
			for g, members := range groups {
				if last[g] < keys[i].firstDay {
					continue
				}
				ok := true
				for _, m := range members {
					ok = ok && sameEventDocs(&keys[i], &keys[m], keys[m].docs)
				}
				if ok {
					joined = g
					break
				}
			}
			if joined < 0 {
				groups, last = append(groups, nil), append(last, keys[i].lastDay)
				joined = len(groups) - 1
			}
			groups[joined] = append(groups[joined], i)
			last[joined] = max(last[joined], keys[i].lastDay)
		}
		want := map[string]bool{}
		for _, g := range groups {
			if len(g) > 1 {
				ids := make([]string, len(g))
				for j, m := range g {
					ids[j] = in[m].ID
				}
				sort.Strings(ids)
				want[strings.Join(ids, "+")] = true
			}
		}
		got := map[string]bool{}
		for _, g := range mGroups(Merge(in)) {
			if ids := strings.Split(g, "+"); len(ids) > 1 {
				sort.Strings(ids)
				got[strings.Join(ids, "+")] = true
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: Merge groups %v, the rule gives %v", seed, got, want)
		}
		if len(want) == 0 {
			t.Fatalf("seed %d: nothing merged; the test input is too sparse", seed)
		}
	}
}

// BenchmarkMergeManyReports merges thousands of reports of a few events,
// as a corpus of wire copies gives; compare with BenchmarkMerge.
func BenchmarkMergeManyReports(b *testing.B) {
	var in []Event
	for i := 0; i < 10000; i++ {
		in = append(in, mSrc(mEv(fmt.Sprint(i), EventTypes[i%3], mDay("2023-09-10"), 0.5, "A B", fmt.Sprint("C", i%4)), fmt.Sprint("doc", i)))
	}
	b.ReportAllocs()
	for b.Loop() {
		Merge(in)
	}
}

// BenchmarkMergeBusyDay merges thousands of different meetings on one day
// (a summit's worth of bilateral talks reported by many outlets), the case
// where every event is compared with many others; compare with
// BenchmarkMerge.
func BenchmarkMergeBusyDay(b *testing.B) {
	r := rand.New(rand.NewSource(1))
	var in []Event
	for i := 0; i < 10000; i++ {
		in = append(in, mSrc(mEv(fmt.Sprint(i), Meeting, mDay("2023-07-11"), 0.5,
			fmt.Sprint("Leader A", r.Intn(300)), fmt.Sprint("Leader B", r.Intn(300))), fmt.Sprint("doc", i)))
	}
	b.ReportAllocs()
	for b.Loop() {
		Merge(in)
	}
}

// BenchmarkMergeOneDocument merges thousands of events of one long text,
// most on the same day with the same actors: none can merge (they share a
// document), and Merge must not compare each with all the others.
func BenchmarkMergeOneDocument(b *testing.B) {
	var in []Event
	for i := 0; i < 10000; i++ {
		in = append(in, mSrc(mEv(fmt.Sprint(i), EventTypes[i%2], mDay("2024-10-22"), 0.5, "Joe Biden", "Xi Jinping"), "long.txt"))
	}
	b.ReportAllocs()
	for b.Loop() {
		Merge(in)
	}
}

func ExampleMerge() {
	day := func(s string) *Date {
		t, _ := time.Parse("2006-01-02", s)
		return &Date{Start: t, Granularity: "day", Value: s}
	}
	events := []Event{
		{ID: "a", Type: Visit, Status: Reported, Date: day("2024-05-14"), Actors: []string{"Antony Blinken"}, Location: "Kyiv", Confidence: 0.8,
			Source: Source{Document: "wire.txt", Sentence: "Blinken visited Kyiv on May 14."}},
		{ID: "b", Type: Visit, Status: Reported, Date: day("2024-05-14"), Actors: []string{"Blinken", "Antony Blinken"}, Confidence: 0.9,
			Source: Source{Document: "paper.txt", Sentence: "Antony Blinken arrived in Kyiv on Tuesday."}},
		{ID: "c", Type: Visit, Status: Reported, Date: day("2024-05-15"), Actors: []string{"Antony Blinken"}, Confidence: 0.9,
			Source: Source{Document: "paper.txt", Sentence: "He went on to Kharkiv the next day."}},
	}
	for _, e := range Merge(events) {
		fmt.Println(e.ID, e.Date.Value, e.Actors, e.Location, e.Confidence, len(e.Sources), "sources")
	}
	// Output:
	// b 2024-05-14 [Antony Blinken] Kyiv 0.9 2 sources
	// c 2024-05-15 [Antony Blinken]  0.9 0 sources
}
