package temporal

import (
	"strings"
	"testing"
)

func TestSplitRanges(t *testing.T) {
	tg := NewWith(SplitRanges())
	for _, tc := range []struct{ text, want string }{
		{"from March to May 2023 the talks", "March|2023-03 May 2023|2023-05"},
		{"between 2019 and 2021", "2019|2019 2021|2021"},
		{"on October 21–22", "October 21–22|2024-10-21/2024-10-22"},
		{"in early March to May 2023", "early March|2023-03 May 2023|2023-05"},
	} {
		var got []string
		for _, tx := range tg.Tag(tc.text, mustDate(t, "2024-10-23")) {
			got = append(got, tx.Text+"|"+tx.Value)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("SplitRanges Tag(%q) = %q, want %q", tc.text, g, tc.want)
		}
	}
}

func TestMonthRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"month year", "", "talks in March 2023 failed", []string{"March 2023|DATE|2023-03"}},
		{"month of year", "", "in March of 2023", []string{"March of 2023|DATE|2023-03"}},
		{"month alone past", "2024-02-10", "It was agreed in November.", []string{"November|DATE|2023-11"}},
		{"month alone future", "2024-10-23", "It will open in March.", []string{"March|DATE|2025-03"}},
		{"last month name", "2024-10-23", "It opened last March.", []string{"last March|DATE|2024-03"}},
		{"next month name", "2024-10-23", "It opens next March.", []string{"next March|DATE|2025-03"}},
		{"month alone without context", "2024-10-23", "March was cold. April showers.", nil},
		{"modifier", "2024-10-23", "by late November 2023 the deal", []string{"late November 2023|DATE|2023-11"}},
		{"from to range", "", "from March to May 2023 the talks", []string{"March to May 2023|DATE|2023-03/2023-05"}},
		{"between and range", "2024-10-23", "between March and May it rained", []string{"March and May|DATE|2024-03/2024-05"}},
		{"and without between", "", "March and April 2023", []string{"April 2023|DATE|2023-04"}},
		{"list continues", "2024-10-23", "in March and April", []string{"March|DATE|2024-03", "April|DATE|2024-04"}},
		{"person named April", "", "April Ryan asked", nil},
		{"person after a preposition", "", "a briefing by April Haines", nil},
		{"month before a one-word subject", "2022-09-29", "and in August Beijing cancelled a planned meeting", []string{"August|DATE|2022-08"}},
		{"month before a two-word subject", "2022-09-29", "and in August Mara Lindqvist flew to Oslo", []string{"August|DATE|2022-08"}},
		{"month before a title and a name", "2022-09-29", "in May Prime Minister Fumio Kishida arrived in Seoul", []string{"May|DATE|2022-05"}},
		{"month before a name and a noun", "2022-09-29", "read it in April Ryan Holt column", nil},
		// a narrative of another year goes on month by month
		{"later month of a narrative year", "2020-07-11", "In January 1995 the two states opened offices. Then in August Mara Lindqvist flew to Oslo.", []string{"January 1995|DATE|1995-01", "August|DATE|1995-08"}},
		{"month after that July", "2020-07-11", "I'd say 2000. A pact was signed that July, and in November the king arrived.", []string{"2000|DATE|2000", "that July|DATE|2000-07", "November|DATE|2000-11"}},
		{"earlier month is not the narrative", "2020-07-11", "In September 1995 the two states opened offices. In May they met.", []string{"September 1995|DATE|1995-09", "May|DATE|2020-05"}},
		{"month before a subject and verb", "2022-09-29", "Tensions rose, and in May Moscow recalled its envoy.", []string{"May|DATE|2022-05"}},
		{"given name after in", "2022-09-29", "as reported in April Ryan's column", nil},
		{"that month name", "2023-07-26", "on March 12, 2021, and that September in Washington", []string{"March 12, 2021|DATE|2021-03-12", "that September|DATE|2021-09"}},
		{"the following month name", "", "invited in November 2009 and seated at the congress the following March", []string{"November 2009|DATE|2009-11", "the following March|DATE|2010-03"}},
		{"the following month name same year", "", "talks opened in February 1995 and a pact was signed the following July", []string{"February 1995|DATE|1995-02", "the following July|DATE|1995-07"}},
		{"the following month name after a year", "", "elected in 1997, she visited Rome the following May", []string{"1997|DATE|1997", "the following May|DATE|1998-05"}},
		{"following without the", "", "in 2001, following May elections", []string{"2001|DATE|2001"}},
		{"month naming an event", "2024-10-23", "after the June elections", []string{"June|DATE|2024-06"}},
		{"march on", "2024-10-23", "the March on Washington", nil},
		{"coordinated months", "2024-10-23", "rejected in May and June 2005", []string{"May|DATE|2005-05", "June 2005|DATE|2005-06"}},
		{"may modal", "", "Ministers may meet.", nil},
	})
}
