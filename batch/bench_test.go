package batch

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync/atomic"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/input"
	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
)

// corpusSize is the least size of the generated benchmark corpus.
const corpusSize = 50 << 20

// writeCorpus writes a JSON Lines corpus of at least size bytes built from
// the project's samples: each record is one sample text with its own id and
// a reference date moved by a few days, so that relative dates resolve
// differently from record to record. It returns the file, its size and the
// number of records.
func writeCorpus(tb testing.TB, dir string, size int64) (string, int64, int) {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "samples", "*.txt"))
	sort.Strings(paths)
	if len(paths) == 0 {
		tb.Skip("no samples/*.txt to build the corpus from")
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	path := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	base := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	var n int
	var written int64
	for written < size {
		rec := map[string]string{
			"id":   fmt.Sprintf("bench-%06d", n),
			"text": texts[n%len(texts)],
			"date": base.AddDate(0, 0, n%700).Format("2006-01-02"),
		}
		if err := enc.Encode(rec); err != nil {
			tb.Fatal(err)
		}
		written += int64(len(rec["text"])) + 80
		n++
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	f.Close()
	fi, _ := os.Stat(path)
	return path, fi.Size(), n
}

// heapPeak samples HeapInuse every 10ms until stop is closed.
func heapPeak(stop <-chan struct{}, peak *atomic.Uint64) {
	var ms runtime.MemStats
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for {
		runtime.ReadMemStats(&ms)
		if ms.HeapInuse > peak.Load() {
			peak.Store(ms.HeapInuse)
		}
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

func noExtract(ctx context.Context, doc timeline.Document) (timeline.Result, error) {
	return timeline.Result{Documents: []timeline.Document{doc}}, nil
}

func fullExtract(ctx context.Context, doc timeline.Document) (timeline.Result, error) {
	return timeline.Extract(ctx, doc, timeline.Options{})
}

// BenchmarkBatch streams a generated JSON Lines corpus of at least 50 MB
// through input → batch → JSON Lines output (discarded), and reports
// documents/s, MB/s (from SetBytes), events, and the peak heap in use:
//
//   - read: inputs decoded, no extraction (the baseline);
//   - jobs=1: the whole pipeline on one worker;
//   - jobs=N: on every core, with its speed-up over jobs=1 in the same run.
//
// cpu-s/MB is the process's CPU time per MB: unlike wall time it does not
// depend on other load on the machine, and equal values for jobs=1 and
// jobs=N mean that spreading the work costs nothing extra.
//
// Run it with: go test ./batch -run '^$' -bench . -benchtime 1x
func BenchmarkBatch(b *testing.B) {
	path, size, docs := writeCorpus(b, b.TempDir(), corpusSize)
	b.Logf("corpus: %d documents, %.1f MB", docs, float64(size)/1e6)
	var oneWorker float64 // docs/s with one worker, for the speed-up
	cores := runtime.GOMAXPROCS(0)
	cases := []struct {
		name    string
		jobs    int
		extract ExtractFunc
	}{
		{"read", cores, noExtract},
		{"jobs=1", 1, fullExtract},
		{fmt.Sprintf("jobs=%d", cores), cores, fullExtract},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(size)
			var total, cpu time.Duration
			var peak atomic.Uint64
			events := 0
			for b.Loop() {
				runtime.GC()
				stop := make(chan struct{})
				done := make(chan struct{})
				go func() { heapPeak(stop, &peak); close(done) }()
				start, cpu0 := time.Now(), cpuTime()
				set := input.Open([]string{path}, input.Options{})
				enc, err := render.NewEncoder("jsonl", io.Discard, render.Options{})
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				err = Run(context.Background(), set.Items(context.Background()), Options{Jobs: c.jobs, Extract: c.extract}, func(o Outcome) error {
					if o.Failed {
						return fmt.Errorf("document %d failed: %v", o.Index, o.Result.Warnings)
					}
					n += len(o.Result.Documents)
					events += len(o.Result.Events)
					return enc.Add(o.Result)
				})
				if err == nil {
					err = enc.Close()
				}
				total += time.Since(start)
				cpu += cpuTime() - cpu0
				close(stop)
				<-done
				if err != nil {
					b.Fatal(err)
				}
				if n != docs {
					b.Fatalf("%d documents out of %d", n, docs)
				}
			}
			rate := float64(docs) * float64(b.N) / total.Seconds()
			b.ReportMetric(rate, "docs/s")
			b.ReportMetric(float64(events)/float64(b.N), "events")
			b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
			if cpu > 0 {
				// CPU seconds per MB do not depend on what else the machine
				// runs: with free cores, workers scale while this stays flat.
				b.ReportMetric(cpu.Seconds()/(float64(size)*float64(b.N)/1e6), "cpu-s/MB")
			}
			switch {
			case c.name == "jobs=1":
				oneWorker = rate
			case c.extract != nil && c.name != "read" && oneWorker > 0:
				b.ReportMetric(rate/oneWorker, "x-vs-1-worker")
			}
		})
	}
}
