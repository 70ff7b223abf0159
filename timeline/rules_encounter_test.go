package timeline_test

import (
	"strings"
	"testing"
)

// TestEncounterRules covers wordings of visits, meetings, summits and
// accessions: each want entry must be a prefix of one event written as
// "type status date actors@location" (reference date Wednesday 5 April
// 2023); a nil want is a hard negative that must yield no event.
func TestEncounterRules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// visits: support verbs make a visit noun a report of its own
		{"pay the return visit", "Lula could still pay Argentina the return visit that Buenos Aires has requested.", []string{"visit hypothetical - "}},
		{"paid a state visit", "King Charles paid a state visit to Kenya on Tuesday.", []string{"visit reported 2023-04-04 "}},
		{"made a stopover", "President William Ruto made a stopover in Cairo on Friday.", []string{"visit reported 2023-03-31 William Ruto"}},
		{"stopped in", "Prime Minister Shehbaz Sharif stopped in Doha on his way home from Tokyo.", []string{"visit reported - Shehbaz Sharif"}},
		{"stopped over in", "Chancellor Olaf Scholz stopped over in Anchorage on Monday.", []string{"visit reported 2023-04-03 Olaf Scholz"}},
		{"cancelled his trip", "Chancellor Olaf Scholz cancelled his trip to Brasilia on Monday.", []string{"visit negated 2023-04-03 Olaf Scholz+Brazil@Brasilia"}},
		{"called off her visit", "Foreign Minister Penny Wong called off her visit to Manila on Monday.", []string{"visit negated 2023-04-03 Penny Wong+Philippines"}},
		{"flew in to", "President Lula flew in to Lisbon on Saturday.", []string{"visit reported 2023-04-01 Lula+Portugal@Lisbon"}},
		{"flew on to", "Secretary of State Antony Blinken flew on to Hanoi on Sunday.", []string{"visit reported 2023-04-02 Antony Blinken+Vietnam@Hanoi"}},
		{"sent a delegation", "Japan sent a delegation to Seoul on Tuesday.", []string{"visit reported 2023-04-04 Japan+South Korea@Seoul"}},
		{"sent no delegation", "Brazil sent no official delegation to the ceremony, citing the dispute.", []string{"visit negated - Brazil"}},
		{"will dispatch a delegation", "Norway will dispatch a high-level delegation to Bogota next week.", []string{"visit planned 2023-W15 Norway+Colombia@Bogota"}},
		{"technical team travels", "A Qatari technical team will travel to Kabul in the coming days.", []string{"visit planned - "}},
		{"team of inspectors", "A team of inspectors from the IAEA travelled to Tehran on Monday.", []string{"visit reported 2023-04-03 "}},
		// visit hard negatives
		{"train stopped", "The overnight train stopped in Lyon on Monday.", nil},
		{"growth stopped", "Growth in Germany stopped in March, the statistics office said.", nil},
		{"delegation in a vote", "The French delegation voted against the text on Monday.", nil},
		{"sports team travels", "The Kenyan team will travel to Doha for the final on Sunday.", nil},
		{"sports acronym", "Mumbai Indians, top of the IPL table, meet Delhi Capitals in Chennai tonight.", nil},
		{"tourists stop", "Thousands of tourists stopped in Venice on Sunday.", nil},
		{"cancel a booking", "The airline cancelled flights to Paris on Monday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractBrief(t, tt.text)
			if tt.want == nil {
				if len(got) > 0 {
					t.Errorf("%q: want no event, got %q", tt.text, got)
				}
				return
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if strings.HasPrefix(g, w) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("%q: want an event %q, got %q", tt.text, w, got)
				}
			}
		})
	}
}
