package echarts

import (
	"encoding/json"
	"io"
	"testing"
)

// countingWriter counts the bytes written.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// BenchmarkReport10k renders a report of 10,000 events, with the real
// ECharts library inlined when it can be found. The baseline, measured in the
// same run, encodes the same Result as JSON: compare the two ns/op.
//
//	go test ./render/echarts -run '^$' -bench Report10k -benchtime 5x
func BenchmarkReport10k(b *testing.B) {
	res := syntheticResult(10000)
	opts := Options{Title: "10,000 events"}
	if _, err := LocateScript(); err != nil {
		opts.ScriptPath = stubScript
	}
	b.Run("report", func(b *testing.B) {
		var size int64
		b.ReportAllocs()
		for b.Loop() {
			w := &countingWriter{}
			if err := WriteReport(w, res, opts); err != nil {
				b.Fatal(err)
			}
			size = w.n
		}
		b.SetBytes(size)
		b.ReportMetric(float64(size), "bytes/report")
	})
	b.Run("snippet", func(b *testing.B) {
		var size int64
		b.ReportAllocs()
		for b.Loop() {
			w := &countingWriter{}
			if err := WriteSnippet(w, res, opts); err != nil {
				b.Fatal(err)
			}
			size = w.n
		}
		b.SetBytes(size)
		b.ReportMetric(float64(size), "bytes/report")
	})
	b.Run("json-baseline", func(b *testing.B) {
		var size int64
		b.ReportAllocs()
		for b.Loop() {
			w := &countingWriter{}
			if err := json.NewEncoder(io.Writer(w)).Encode(res); err != nil {
				b.Fatal(err)
			}
			size = w.n
		}
		b.SetBytes(size)
		b.ReportMetric(float64(size), "bytes/report")
	})
}
