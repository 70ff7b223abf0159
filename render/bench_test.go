package render_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
)

// benchBatches is the fixture repeated n times under new document and event
// IDs: 2n documents and 9n events, given one document at a time.
func benchBatches(n int) []timeline.Result {
	var out []timeline.Result
	for i := 0; i < n; i++ {
		for _, r := range batches() {
			for j := range r.Documents {
				r.Documents[j].ID = fmt.Sprintf("%d/%s", i, r.Documents[j].ID)
			}
			for j := range r.Events {
				e := &r.Events[j]
				e.ID = fmt.Sprintf("%d/%s", i, e.ID)
				srcs := append([]timeline.Source(nil), e.Sources...)
				for k := range srcs {
					srcs[k].Document = fmt.Sprintf("%d/%s", i, srcs[k].Document)
				}
				e.Sources = srcs
				e.Source.Document = fmt.Sprintf("%d/%s", i, e.Source.Document)
			}
			out = append(out, r)
		}
	}
	return out
}

// BenchmarkEncode writes 200 copies of the fixture (400 documents, 1800
// events) in each format. Compare formats with the json sub-benchmark of the
// same run as the baseline; bytes/s counts the document text given.
func BenchmarkEncode(b *testing.B) {
	bs := benchBatches(200)
	var textBytes, events int
	for _, r := range bs {
		for _, d := range r.Documents {
			textBytes += len(d.Text)
		}
		events += len(r.Events)
	}
	for _, format := range render.Formats {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(textBytes))
			for i := 0; i < b.N; i++ {
				enc, err := render.NewEncoder(format, io.Discard, fixtureOptions())
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range bs {
					if err := enc.Add(r); err != nil {
						b.Fatal(err)
					}
				}
				if err := enc.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(events)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
