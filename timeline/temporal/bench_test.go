package temporal

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/olebedev/when"
)

// benchDocs returns news-like documents: the project's samples when present,
// else the scorer's fixtures.
func benchDocs(b *testing.B) []string {
	b.Helper()
	var docs []string
	files, _ := filepath.Glob("../../samples/*.txt")
	if len(files) == 0 {
		files, _ = filepath.Glob("testdata/dev/*.tml")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
	}
	if len(docs) == 0 {
		b.Skip("no sample texts")
	}
	return docs
}

// corpus repeats the documents until the corpus holds about size bytes.
func corpus(docs []string, size int) []string {
	var out []string
	n := 0
	for i := 0; n < size; i++ {
		d := docs[i%len(docs)]
		if n+len(d) > size {
			d = d[:size-n]
			for len(d) > 0 && d[len(d)-1]&0xC0 == 0x80 {
				d = d[:len(d)-1]
			}
			if d == "" {
				break
			}
		}
		out = append(out, d)
		n += len(d)
	}
	return out
}

var benchSizes = []int{10 << 10, 100 << 10, 1 << 20}

var benchRef = time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)

// BenchmarkTag tags the corpus as one text, for sizes of 10 KB, 100 KB and
// 1 MB; throughput should stay flat (linear time).
func BenchmarkTag(b *testing.B) {
	docs := benchDocs(b)
	for _, size := range benchSizes {
		text := strings.Join(corpus(docs, size), "\n\n")
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Tag(text, benchRef)
			}
		})
	}
}

// BenchmarkTagStream tags the corpus one document at a time, as a batch
// run does: allocations per KB stay constant as the corpus grows, and
// nothing is kept between documents.
func BenchmarkTagStream(b *testing.B) {
	docs := benchDocs(b)
	for _, size := range benchSizes {
		c := corpus(docs, size)
		total := 0
		for _, d := range c {
			total += len(d)
		}
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range c {
					Tag(d, benchRef)
				}
			}
		})
	}
}

// naiveWhen is the baseline: when.EN.Parse, cut the text after the match,
// parse again. Parse returns nil both when nothing is left and when its
// first cluster of matches did not apply, so on nil the loop skips to the
// next sentence and goes on; it stops when no sentence is left.
func naiveWhen(text string, ref time.Time) int {
	n := 0
	for len(text) > 0 {
		r, err := when.EN.Parse(text, ref)
		next := 0
		if err == nil && r != nil {
			n++
			next = r.Index + len(r.Text)
		} else {
			next = strings.Index(text, ". ") + 2
			if next < 2 {
				break
			}
		}
		if next <= 0 {
			next = 1
		}
		if next > len(text) {
			break
		}
		text = text[next:]
	}
	return n
}

// BenchmarkNaiveWhen runs the baseline on the same corpora as
// BenchmarkTagStream, one document at a time (on a whole 1 MB text the
// loop is quadratic).
func BenchmarkNaiveWhen(b *testing.B) {
	docs := benchDocs(b)
	for _, size := range benchSizes {
		c := corpus(docs, size)
		total := 0
		for _, d := range c {
			total += len(d)
		}
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range c {
					naiveWhen(d, benchRef)
				}
			}
		})
	}
}
