package eval

import (
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

func str(s string) *string { return &s }

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestDateMatches(t *testing.T) {
	dayDate := &timeline.Date{Start: day(2023, 4, 4), Granularity: "day", Value: "2023-04-04"}
	monthDate := &timeline.Date{Start: day(2023, 4, 1), Granularity: "month", Value: "2023-04"}
	rangeDate := &timeline.Date{Start: day(2024, 10, 21), End: day(2024, 10, 22), Granularity: "day", Value: "2024-10-21/2024-10-22"}
	tests := []struct {
		name string
		gold *string
		pred *timeline.Date
		want bool
	}{
		{"null and undated", nil, nil, true},
		{"null and dated", nil, dayDate, false},
		{"dated and undated", str("2023-04-04"), nil, false},
		{"same day", str("2023-04-04"), dayDate, true},
		{"day within gold month", str("2023-04"), dayDate, true},
		{"month for gold day", str("2023-04-04"), monthDate, false},
		{"other day", str("2023-04-05"), dayDate, false},
		{"year prefix is not a month", str("2023-0"), dayDate, false},
		{"range", str("2024-10-21/2024-10-22"), rangeDate, true},
		{"range against single", str("2024-10-21"), rangeDate, false},
		{"single against range", str("2024-10-21/2024-10-22"), &timeline.Date{Value: "2024-10-21"}, false},
	}
	for _, tt := range tests {
		if got := DateMatches(tt.gold, tt.pred); got != tt.want {
			t.Errorf("%s: DateMatches(%v, %v) = %v, want %v", tt.name, tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestHasActor(t *testing.T) {
	tests := []struct {
		pred []string
		gold string
		want bool
	}{
		{[]string{"United States"}, "U.S.", true},
		{[]string{"United States"}, "the United States", true},
		{[]string{"U.S. Congress"}, "Congress", true},
		{[]string{"United Kingdom"}, "Britain", true},
		{[]string{"Jens Stoltenberg"}, "Stoltenberg", true},
		{[]string{"NATO"}, "North Atlantic Treaty Organization", true},
		{[]string{"Finland"}, "Sweden", false},
		{[]string{"Joe Biden"}, "Joe", true},
		{[]string{"Organisation of African Unity"}, "OAU", true},
		{[]string{"African Union"}, "AU", true},
		{[]string{"African Union"}, "EU", false},
		{nil, "NATO", false},
	}
	for _, tt := range tests {
		if got := hasActor(tt.pred, tt.gold); got != tt.want {
			t.Errorf("hasActor(%q, %q) = %v, want %v", tt.pred, tt.gold, got, tt.want)
		}
	}
}

func TestScoreDoc(t *testing.T) {
	gold := []GoldEvent{
		{Type: "accession", Date: str("2023-04-04"), Actors: []string{"Finland", "NATO"}, Sentence: "Finland became the 31st member"},
		{Type: "meeting", Date: nil, Actors: []string{"Pekka Haavisto"}, Sentence: "Haavisto met Blinken"},
		{Type: "visit", Date: str("2023-04"), Sentence: "visited Kyiv"},
	}
	src := func(s string) timeline.Source { return timeline.Source{Sentence: s} }
	pred := []timeline.Event{
		{Type: "accession", Date: &timeline.Date{Value: "2023-04-04"}, Actors: []string{"Finland", "NATO"}, Source: src("Finland became the 31st member of NATO on Tuesday.")},
		{Type: "meeting", Date: &timeline.Date{Value: "2023-04-04"}, Actors: []string{"Antony Blinken"}, Source: src("Foreign Minister Pekka Haavisto met Blinken.")},
		{Type: "summit", Source: src("The summit opened.")},
	}
	r := ScoreDoc("d", gold, pred)
	if r.Gold != 3 || r.Predicted != 3 || r.Matched != 1 {
		t.Errorf("gold/predicted/matched = %d/%d/%d, want 3/3/1", r.Gold, r.Predicted, r.Matched)
	}
	if r.TypeSentence != 2 || r.DateCorrect != 1 {
		t.Errorf("type+sentence %d, date correct %d; want 2, 1", r.TypeSentence, r.DateCorrect)
	}
	if r.Actors != 3 || r.ActorsFound != 2 {
		t.Errorf("actors %d found %d; want 3, 2", r.Actors, r.ActorsFound)
	}
	if p, rc := r.Precision(), r.Recall(); p != 1.0/3 || rc != 1.0/3 || r.F1() != 1.0/3 {
		t.Errorf("P %v R %v F1 %v, want 1/3 each", p, rc, r.F1())
	}
	if len(r.Errors) != 4 { // wrong date, missing actor, missed visit, spurious summit
		t.Errorf("errors = %q, want 4", r.Errors)
	}
}

func TestLoadDirErrors(t *testing.T) {
	if _, err := LoadDir(t.TempDir()); err == nil {
		t.Error("LoadDir(empty dir) = nil error, want one saying no gold files")
	}
}
