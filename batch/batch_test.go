package batch

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math/rand"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/input"
	"github.com/timeline-dev/timeline/timeline"
)

// docs yields n items; every 7th has no document (a bad input), and inFlight
// counts items yielded but not yet emitted.
func docs(n int, inFlight *atomic.Int64, maxSeen *atomic.Int64) iter.Seq[input.Item] {
	return func(yield func(input.Item) bool) {
		for i := range n {
			it := input.Item{Bytes: 10}
			if i%7 == 3 {
				it.Warnings = []timeline.Warning{{Document: fmt.Sprint("bad", i), Message: "empty"}}
				it.Failed = true
			} else {
				it.Doc = &timeline.Document{ID: fmt.Sprint("doc", i), Text: fmt.Sprint("text ", i)}
			}
			if inFlight != nil {
				v := inFlight.Add(1)
				for {
					m := maxSeen.Load()
					if v <= m || maxSeen.CompareAndSwap(m, v) {
						break
					}
				}
			}
			if !yield(it) {
				return
			}
		}
	}
}

// slowExtract sleeps a random short time so that workers finish out of order.
func slowExtract(ctx context.Context, doc timeline.Document) (timeline.Result, error) {
	time.Sleep(time.Duration(rand.Intn(300)) * time.Microsecond)
	return timeline.Result{
		Documents: []timeline.Document{doc},
		Events:    []timeline.Event{{ID: doc.ID + "-e1"}},
		Warnings:  []timeline.Warning{{Document: doc.ID, Message: "from extraction"}},
	}, nil
}

func TestRunOrderAndWindow(t *testing.T) {
	for _, jobs := range []int{1, 2, 8} {
		t.Run(fmt.Sprint("jobs=", jobs), func(t *testing.T) {
			var inFlight, maxSeen atomic.Int64
			const n, window = 300, 5
			next := 0
			err := Run(context.Background(), docs(n, &inFlight, &maxSeen), Options{Jobs: jobs, Window: window, Extract: slowExtract}, func(o Outcome) error {
				inFlight.Add(-1)
				if o.Index != next {
					t.Fatalf("emitted index %d, want %d", o.Index, next)
				}
				next++
				if o.Index%7 == 3 {
					if !o.Failed || len(o.Result.Documents) != 0 || len(o.Result.Warnings) != 1 || o.Result.Warnings[0].Document != fmt.Sprint("bad", o.Index) {
						t.Errorf("bad input outcome %d = %+v", o.Index, o)
					}
					return nil
				}
				if o.Failed || o.Result.Documents[0].ID != fmt.Sprint("doc", o.Index) || len(o.Result.Events) != 1 || o.Bytes != 10 {
					t.Errorf("outcome %d = %+v", o.Index, o)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if next != n {
				t.Errorf("emitted %d outcomes, want %d", next, n)
			}
			// One more item may be read while the reader waits for a slot.
			if m, w := maxSeen.Load(), max(window, jobs); m > int64(w)+1 {
				t.Errorf("%d items were in flight at once, window is %d", m, w)
			}
		})
	}
}

func TestRunInputWarningsFirst(t *testing.T) {
	items := func(yield func(input.Item) bool) {
		yield(input.Item{Doc: &timeline.Document{ID: "a"}, Warnings: []timeline.Warning{{Document: "a", Message: "note: HTML"}}})
	}
	var got []string
	Run(context.Background(), items, Options{Extract: slowExtract}, func(o Outcome) error {
		for _, w := range o.Result.Warnings {
			got = append(got, w.Message)
		}
		return nil
	})
	if strings.Join(got, "|") != "note: HTML|from extraction" {
		t.Errorf("warnings = %q, want the input's then extraction's", got)
	}
}

func TestRunExtractionFailures(t *testing.T) {
	extract := func(ctx context.Context, doc timeline.Document) (timeline.Result, error) {
		switch doc.ID {
		case "doc1":
			return timeline.Result{}, errors.New("boom")
		case "doc2":
			panic("bug in a rule")
		}
		return timeline.Result{Events: []timeline.Event{{ID: "e"}}}, nil
	}
	var outs []Outcome
	err := Run(context.Background(), docs(3, nil, nil), Options{Jobs: 2, Extract: extract}, func(o Outcome) error {
		outs = append(outs, o)
		return nil
	})
	if err != nil || len(outs) != 3 {
		t.Fatalf("Run = %v with %d outcomes", err, len(outs))
	}
	if outs[0].Failed || len(outs[0].Result.Events) != 1 || outs[0].Result.Documents[0].ID != "doc0" {
		t.Errorf("good document: %+v (the document is kept when extraction returns none)", outs[0])
	}
	if !outs[1].Failed || outs[1].Result.Warnings[0].Message != "extraction failed: boom" || len(outs[1].Result.Documents) != 1 {
		t.Errorf("error: %+v", outs[1])
	}
	if !outs[2].Failed || !strings.HasPrefix(outs[2].Result.Warnings[0].Message, "internal error while extracting (please report it with this document): bug in a rule") {
		t.Errorf("panic: %+v", outs[2])
	}
}

func TestRunEmitError(t *testing.T) {
	stop := errors.New("disk full")
	n := 0
	err := Run(context.Background(), docs(100, nil, nil), Options{Jobs: 4, Extract: slowExtract}, func(o Outcome) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 5 {
		t.Errorf("Run = %v after %d emits, want %v after 5", err, n, stop)
	}
}

func TestRunCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	err := Run(ctx, docs(1000, nil, nil), Options{Jobs: 2, Extract: slowExtract}, func(o Outcome) error {
		n++
		if n == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 10 {
		t.Errorf("Run = %v after %d emits, want context.Canceled after 10", err, n)
	}
}

func TestRunNeedsExtract(t *testing.T) {
	if err := Run(context.Background(), docs(1, nil, nil), Options{}, func(Outcome) error { return nil }); err == nil {
		t.Error("Run without Extract succeeded")
	}
}
