package temporal

import "testing"

// TestIssueChecklist keeps the expressions the tagger's issue lists, and
// the numbers it must leave alone, in one table.
func TestIssueChecklist(t *testing.T) {
	runTagCases(t, []tagCase{
		{"from to range", "2024-10-23", "from March to May 2023", []string{"March to May 2023|DATE|2023-03/2023-05"}},
		{"between years", "2024-10-23", "between 2019 and 2021", []string{"2019 and 2021|DATE|2019/2021"}},
		{"day range hyphen", "2024-10-23", "21-22 October 2024", []string{"21-22 October 2024|DATE|2024-10-21/2024-10-22"}},
		{"day range en dash", "2024-10-23", "21–22 October 2024", []string{"21–22 October 2024|DATE|2024-10-21/2024-10-22"}},
		{"month day range", "2024-10-23", "on October 21–22", []string{"October 21–22|DATE|2024-10-21/2024-10-22"}},
		{"earlier this year", "2024-10-23", "Earlier this year the talks failed.", []string{"Earlier this year|DATE|2024"}},
		{"later that month", "2024-10-23", "In May 2019 talks began. Later that month they failed.", []string{"May 2019|DATE|2019-05", "Later that month|DATE|2019-05"}},
		{"the following day", "2024-10-23", "They met on 4 May 2019. The following day they signed.", []string{"4 May 2019|DATE|2019-05-04", "The following day|DATE|2019-05-05"}},
		{"two years ago", "2024-10-23", "two years ago", []string{"two years ago|DATE|2022"}},
		{"next month", "2024-10-23", "next month", []string{"next month|DATE|2024-11"}},
		{"last week", "2024-10-23", "last week", []string{"last week|DATE|2024-W42"}},
		{"last week across a year", "2024-01-03", "last week", []string{"last week|DATE|2023-W52"}},
		{"the 2022 invasion", "2024-10-23", "the 2022 invasion", []string{"2022|DATE|2022"}},
		{"decade", "2024-10-23", "in the 1990s", []string{"the 1990s|DATE|199"}},
		{"century", "2024-10-23", "the 20th century", []string{"the 20th century|DATE|19"}},
		{"quarter code", "2024-10-23", "Q1 2024", []string{"Q1 2024|DATE|2024-Q1"}},
		{"half", "2024-10-23", "the first half of 2024", []string{"the first half of 2024|DATE|2024-H1"}},
		{"season", "2024-10-23", "summer 2024", []string{"summer 2024|DATE|2024-SU"}},
		{"every year", "2024-10-23", "every year", []string{"every year|SET|P1Y"}},
		{"annually", "2024-10-23", "annually", []string{"annually|SET|P1Y"}},
		{"two-day visit", "2024-10-23", "a two-day visit", []string{"two-day|DURATION|P2D"}},
		{"for three years", "2024-10-23", "for three years", []string{"three years|DURATION|P3Y"}},
		{"times from to", "2024-10-23", "The meeting lasted from 10:00 to 12:30.", []string{"10:00|TIME|XXXX-XX-XXT10:00", "12:30|TIME|XXXX-XX-XXT12:30"}},
		{"troops", "2024-10-23", "300,000 troops", nil},
		{"article", "2024-10-23", "Article 5", nil},
		{"jet", "2024-10-23", "F-16", nil},
		{"virus", "2024-10-23", "COVID-19", nil},
		{"decimal", "2024-10-23", "1.5 million", nil},
		{"groups", "2024-10-23", "The G20 and G7 met.", nil},
		{"two plus two", "2024-10-23", "2+2 talks", nil},
		{"resolution number", "2024-10-23", "Resolution 2231 was adopted.", nil},
		{"phone numbers", "2024-10-23", "Call +44 20 7946 0958, (202) 555-0143, 555-0199, 020 7946 0958, +1 (202) 456-1111, 202.456.1111 or 1-800-555-0199.", nil},
		{"scores and ratios", "2024-10-23", "Scores: 3-1, 2:1, 1:0 and a 10:30 ratio.", nil},
	})
}

// "earlier this year" is a DATE whose value is the reference year, with
// no mod: the TimeML value says which year, "earlier" is a signal of the
// relation to the document time, which TIMEX3 mod does not carry.
func TestEarlierThisYearDate(t *testing.T) {
	got := Tag("Earlier this year the talks failed.", mustDate(t, "2024-10-23"))
	if len(got) != 1 || got[0].Date == nil {
		t.Fatalf("Tag = %+v, want one date", got)
	}
	d := got[0].Date
	if d.Value != "2024" || d.Granularity != Year || d.Mod != "" || !d.Inferred || d.Start != mustDate(t, "2024-01-01") {
		t.Errorf("earlier this year = %+v, want 2024, year granularity, inferred, no mod", d)
	}
}
