// Package batch runs event extraction over many documents at once: a pool
// of workers (one per core by default) extracts documents concurrently while
// results come out in input order, so output is the same from run to run.
// Memory is bounded by a window of documents in flight between reading and
// emitting, not by the corpus: a reader streaming JSON Lines and an emitter
// writing JSON Lines process a corpus of any size in constant memory.
package batch

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/timeline-dev/timeline/input"
	"github.com/timeline-dev/timeline/timeline"
)

// ExtractFunc extracts the events of one document; timeline.Extract with its
// options bound has this shape. It must be safe for concurrent use.
type ExtractFunc func(ctx context.Context, doc timeline.Document) (timeline.Result, error)

// Options control a run.
type Options struct {
	// Jobs is the number of workers; 0 or less means runtime.GOMAXPROCS(0).
	Jobs int
	// Window is the most items read but not yet emitted; 0 means 4×Jobs,
	// and it is never less than Jobs. It bounds memory: at most Window
	// documents (plus the one being read) are held at once.
	Window int
	// Extract extracts one document. Required.
	Extract ExtractFunc
}

// Outcome is what happened to one input item.
type Outcome struct {
	// Index is the item's 0-based position in the input.
	Index int
	// Result holds the document (none when the input gave no document), its
	// events, and the input's warnings followed by extraction's.
	Result timeline.Result
	// Failed reports that input was dropped or degraded, or extraction
	// failed (the command exits 1).
	Failed bool
	// Bytes is the input bytes the item consumed, for progress.
	Bytes int64
}

// Run extracts the documents of items with a pool of workers and calls emit
// with each outcome in input order, from the calling goroutine. It returns
// emit's first error (after which nothing more is emitted) or ctx's error
// when ctx is cancelled; problems with single documents are not errors but
// warnings in their outcome. A panic while extracting one document becomes a
// warning for that document; the others go on.
func Run(ctx context.Context, items iter.Seq[input.Item], opts Options, emit func(Outcome) error) error {
	if opts.Extract == nil {
		return errors.New("batch: Options.Extract is nil")
	}
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	window := opts.Window
	if window <= 0 {
		window = 4 * jobs
	}
	window = max(window, jobs)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		index int
		item  input.Item
	}
	jobsCh := make(chan job)
	results := make(chan Outcome, window)
	slots := make(chan struct{}, window) // one per item between reading and emitting

	go func() {
		defer close(jobsCh)
		n := 0
		for it := range items {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobsCh <- job{n, it}:
				n++
			case <-ctx.Done():
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobsCh {
				results <- process(ctx, opts.Extract, j.index, j.item)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]Outcome{}
	next := 0
	var emitErr error
	for o := range results {
		pending[o.Index] = o
		for {
			o, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if emitErr != nil || ctx.Err() != nil {
				continue
			}
			if err := emit(o); err != nil {
				emitErr = err
				cancel()
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	return context.Cause(ctx)
}

// process extracts one item.
func process(ctx context.Context, extract ExtractFunc, index int, it input.Item) (o Outcome) {
	o = Outcome{Index: index, Failed: it.Failed, Bytes: it.Bytes}
	o.Result.Warnings = append(o.Result.Warnings, it.Warnings...)
	if it.Doc == nil {
		return o
	}
	doc := *it.Doc
	o.Result.Documents = []timeline.Document{doc}
	if ctx.Err() != nil {
		return o
	}
	defer func() {
		if r := recover(); r != nil {
			o.Result.Documents = []timeline.Document{doc}
			o.Result.Events = nil
			o.Result.Warnings = append(o.Result.Warnings[:len(it.Warnings):len(it.Warnings)], timeline.Warning{
				Document: doc.ID,
				Message:  fmt.Sprintf("internal error while extracting (please report it with this document): %v\n%s", r, firstFrames(debug.Stack())),
			})
			o.Failed = true
		}
	}()
	res, err := extract(ctx, doc)
	if err != nil {
		o.Failed = true
		o.Result.Warnings = append(o.Result.Warnings, timeline.Warning{Document: doc.ID, Message: "extraction failed: " + err.Error()})
		return o
	}
	if len(res.Documents) > 0 {
		o.Result.Documents = res.Documents
	}
	for i := range o.Result.Documents {
		if d := &o.Result.Documents[i]; d.Bytes == 0 {
			d.Bytes = len(d.Text)
		}
	}
	o.Result.Events = res.Events
	o.Result.Warnings = append(o.Result.Warnings, res.Warnings...)
	return o
}

// firstFrames keeps the start of a stack trace, enough to locate a panic.
func firstFrames(stack []byte) string {
	const max = 2048
	if len(stack) > max {
		stack = stack[:max]
	}
	return string(stack)
}
