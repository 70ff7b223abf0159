package timeline_test

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// unpunctuated returns about n bytes of trigger-dense words without any
// sentence punctuation, the input that once made extraction superlinear.
func unpunctuated(n int) string {
	words := strings.Fields("Biden met Xi in Paris on Tuesday and the talks NATO summit visited 23 October 2024")
	r := rand.New(rand.NewSource(1))
	var b strings.Builder
	for b.Len() < n {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[r.Intn(len(words))])
	}
	return b.String()
}

// BenchmarkExtractUnpunctuated extracts from 20 KB, 40 KB and 200 KB of text
// without sentence punctuation. Extraction is linear in document size when
// the MB/s figures of the three sizes are about equal.
func BenchmarkExtractUnpunctuated(b *testing.B) {
	ref := time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)
	for _, n := range []int{20_000, 40_000, 200_000} {
		doc := timeline.Document{ID: "w", Text: unpunctuated(n), Ref: ref}
		b.Run(fmt.Sprintf("%dKB", n/1000), func(b *testing.B) {
			b.SetBytes(int64(len(doc.Text)))
			for i := 0; i < b.N; i++ {
				if _, err := timeline.Extract(context.Background(), doc, timeline.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
