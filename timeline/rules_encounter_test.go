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
		// meetings: talks whose start is reported, calls, conferring
		{"talks began", "The EU and Mercosur concluded a trade deal on Friday. The talks began in 2000.", []string{"agreement reported 2023-03-31 ", "meeting reported 2000 "}},
		{"round of negotiations opened", "A new round of negotiations opened in Geneva on Monday between Serbia and Kosovo.", []string{"meeting reported 2023-04-03 Serbia+Kosovo@Geneva"}},
		{"negotiations expected to begin", "Negotiations on a new security pact between Japan and the Philippines, including access rules, are expected to begin in May.", []string{"meeting planned 2023-05 Japan+Philippines"}},
		{"negotiations led by", "Follow-up negotiations led by Foreign Minister Wang Yi will take place in Moscow.", []string{"meeting "}},
		{"a call between", "A call between President Emmanuel Macron and Prime Minister Narendra Modi took place on Tuesday.", []string{"meeting reported 2023-04-04 Emmanuel Macron+Narendra Modi"}},
		{"called a leader", "President Lula called Chancellor Olaf Scholz on Monday.", []string{"meeting reported 2023-04-03 Lula+Olaf Scholz"}},
		{"presidents spoke by phone", "The two presidents spoke by phone on Monday.", []string{"meeting reported 2023-04-03"}},
		{"conferred in", "President Emmanuel Macron and Chancellor Olaf Scholz conferred in Paris on Monday.", []string{"meeting reported 2023-04-03 "}},
		// meeting hard negatives
		{"coalition talks", "Coalition talks began in Berlin on Monday.", nil},
		{"wage talks", "Wage talks between the union and Volkswagen began in March.", nil},
		{"called a name", "Trump called Zelensky a dictator on Wednesday.", nil},
		{"transcript host label", "HOST: Putin had a parting line too.", nil},
		{"a shop called", "The shop called Smith's opened on Monday.", nil},
		{"protests began", "Protests began in Paris in March after the pension reform.", nil},
		// accessions
		{"joined what was then", "Denmark joined what was then the European Economic Community on 1 January 1973.", []string{"accession reported 1973-01-01 Denmark+European Economic Community"}},
		{"took their seats", "Bulgaria and Romania took their seats in the EU on 1 January 2007.", []string{"accession reported 2007-01-01 Bulgaria+Romania+EU"}},
		{"admitted as member", "Montenegro was admitted as the 193rd member of the UN on 28 June 2006.", []string{"accession reported 2006-06-28 Montenegro+UN"}},
		{"membership took effect", "Montenegro's membership took effect on 5 June 2017.", []string{"accession reported 2017-06-05 Montenegro"}},
		{"became a full member", "South Sudan became a full member of the African Union on 27 July 2011.", []string{"accession reported 2011-07-27 South Sudan+African Union"}},
		// accession hard negatives
		{"company joins an index", "Nvidia joined the Dow Jones Industrial Average on Friday.", nil},
		{"player took his seat", "The striker took his seat on the bench in the second half.", nil},
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
