package temporal

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// tagCase is one row of a rule table: a text, a reference date ("" for
// none) and the expressions expected, each written "text|TYPE|value".
type tagCase struct {
	name string
	ref  string
	text string
	want []string
}

func runTagCases(t *testing.T, cases []tagCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var ref time.Time
			if tc.ref != "" {
				ref = mustDate(t, tc.ref)
			}
			got := Tag(tc.text, ref)
			var gs []string
			for _, tx := range got {
				gs = append(gs, fmt.Sprintf("%s|%s|%s", tx.Text, tx.Type, tx.Value))
				if tc.text[tx.Start:tx.End] != tx.Text {
					t.Errorf("offsets %d:%d give %q, Text is %q", tx.Start, tx.End, tc.text[tx.Start:tx.End], tx.Text)
				}
			}
			if strings.Join(gs, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Tag(%q, %s)\n got: %q\nwant: %q", tc.text, tc.ref, gs, tc.want)
			}
		})
	}
}

func mustDate(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestTagStructuredDate(t *testing.T) {
	got := Tag("The ministers met on October 21–22 and again in early 2025.", mustDate(t, "2024-10-23"))
	if len(got) != 2 {
		t.Fatalf("Tag returned %d expressions, want 2: %+v", len(got), got)
	}
	r := got[0].Date
	if r == nil || !r.IsRange() || r.Granularity != Day || !r.Inferred ||
		r.Start != mustDate(t, "2024-10-21") || r.End != mustDate(t, "2024-10-22") {
		t.Errorf("range date = %+v, want 2024-10-21..22 at day granularity, inferred", r)
	}
	y := got[1].Date
	if y == nil || y.Granularity != Year || y.Mod != "START" || y.Inferred || got[1].Text != "early 2025" {
		t.Errorf("year date = %+v (%q), want 2025 with mod START, not inferred", y, got[1].Text)
	}
}

func TestTagNoReferenceNeverUsesClock(t *testing.T) {
	for _, tx := range Tag("They met on Tuesday, then on October 21, and yesterday, last week and this year.", time.Time{}) {
		if tx.Date != nil && tx.Date.Known() {
			t.Errorf("%q resolved to %s without a reference date", tx.Text, tx.Value)
		}
		if !strings.Contains(tx.Value, "X") {
			t.Errorf("%q has value %s, want unknown parts as X", tx.Text, tx.Value)
		}
	}
}

func TestTagInvalidUTF8(t *testing.T) {
	text := "On 4 April 2023\xff\xfe NATO\xc3 grew; in 1949\xe2\x80 it was founded."
	got := Tag(text, time.Time{})
	want := []string{"4 April 2023", "1949"}
	if len(got) != len(want) {
		t.Fatalf("got %d expressions %+v, want %q", len(got), got, want)
	}
	for i, tx := range got {
		if tx.Text != want[i] {
			t.Errorf("expression %d = %q, want %q", i, tx.Text, want[i])
		}
	}
}

// TestTagConcurrent runs one Tagger from many goroutines; run with -race.
func TestTagConcurrent(t *testing.T) {
	tg := New()
	text := "On 4 April 2023 Finland joined; the following day, and on Tuesday, and in March 2024 Sweden."
	ref := mustDate(t, "2024-10-23")
	want := fmt.Sprint(tg.Tag(text, ref))
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() { done <- fmt.Sprint(tg.Tag(text, ref)) }()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent Tag = %s, want %s", got, want)
		}
	}
}
