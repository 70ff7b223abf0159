package temporal

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

var splitTagger = NewWith(SplitRanges())

// FuzzTag checks that arbitrary bytes never make Tag panic and that every
// expression it returns has valid, ordered, non-overlapping offsets on rune
// boundaries, a value, and survives a JSON round trip.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"On 4 April 2023, NATO met; October 21–22 and the following day.",
		"BRUSSELS, Dec 4 (Reuters) - since 2014, 300,000 troops, Article 5, F-16, COVID-19",
		"in the 1990s, between 2019 and 2021, from March to May 2023, 21-22 October 2024",
		"two years ago, last week, every year, a two-day visit, at 10 am, Tuesday night",
		"4 April 2023\xff\xfe in 1949\xe2\x80 — \xc3",
		"May 16-17 the 2022 invasion mid-2023 the '90s Q1 2024 the 20th century",
		"in March last year, 5 May of this year, on Wednesday and Thursday, on 9 and 10 July, Tuesday last week",
		"Thursday 16 March 2023\n09:40 — at 3:30 p.m.\n• 14:05 BST: weeks of talks\n9.40am: for years, 10:00–12:30",
	} {
		f.Add(s, int64(0))
		f.Add(s, int64(1729641600))
	}
	samples, _ := filepath.Glob("../../samples/*.txt")
	for _, p := range samples {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b), int64(1729641600))
		}
	}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		var ref time.Time
		if sec != 0 {
			ref = time.Unix(sec%(1<<34), 0).UTC()
		}
		all := Tag(text, ref)
		n := len(all)
		// the split ranges and lists must keep the same guarantees
		all = append(all, splitTagger.Tag(text, ref)...)
		prev := 0
		for i, tx := range all {
			if i == n {
				prev = 0 // the second tagger's expressions
			}
			if tx.Start < prev || tx.End <= tx.Start || tx.End > len(text) {
				t.Fatalf("bad offsets %d:%d (previous end %d, len %d) for %q", tx.Start, tx.End, prev, len(text), tx.Text)
			}
			if !utf8.RuneStart(text[tx.Start]) || (tx.End < len(text) && !utf8.RuneStart(text[tx.End])) {
				t.Fatalf("offsets %d:%d split a rune in %q", tx.Start, tx.End, text)
			}
			if text[tx.Start:tx.End] != tx.Text {
				t.Fatalf("text[%d:%d] = %q, Text = %q", tx.Start, tx.End, text[tx.Start:tx.End], tx.Text)
			}
			if tx.Value == "" || tx.Type == "" {
				t.Fatalf("%q has no value or type: %+v", tx.Text, tx)
			}
			b, err := json.Marshal(tx)
			if err != nil {
				t.Fatalf("marshal %+v: %v", tx, err)
			}
			var back Timex
			if err := json.Unmarshal(b, &back); err != nil || back.Value != tx.Value || back.Start != tx.Start {
				t.Fatalf("JSON round trip of %s: %+v, %v", b, back, err)
			}
			prev = tx.End
		}
	})
}
