package temporal

import "testing"

func TestYearRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"in year", "", "NATO was founded in 1949.", []string{"1949|DATE|1949"}},
		{"since year", "", "since 2014, allies", []string{"2014|DATE|2014"}},
		{"determiner and event noun", "", "after the 2022 invasion", []string{"2022|DATE|2022"}},
		{"possessive", "", "Russia's 2022 invasion", []string{"2022|DATE|2022"}},
		{"curly possessive", "", "Russia’s 2022 invasion", []string{"2022|DATE|2022"}},
		{"event noun", "", "its 1949 founding treaty", []string{"1949|DATE|1949"}},
		{"mid year", "", "until mid-2023 at least", []string{"mid-2023|DATE|2023"}},
		{"early year", "", "in early 2025", []string{"early 2025|DATE|2025"}},
		{"list of years", "", "in 2019 and 2020", []string{"2019|DATE|2019", "2020|DATE|2020"}},
		{"between years", "", "between 2019 and 2021", []string{"2019 and 2021|DATE|2019/2021"}},
		{"dash years", "", "the 2019–2021 talks", []string{"2019–2021|DATE|2019/2021"}},
		{"short range", "", "in 2019-21", []string{"2019-21|DATE|2019/2021"}},
		{"from to years", "", "from 2019 to 2021", []string{"2019 to 2021|DATE|2019/2021"}},
		{"thousands", "", "300,000 troops and 1,949 tanks", nil},
		{"article", "", "Article 5 of the treaty", nil},
		{"fighter", "", "F-16 jets and COVID-19", nil},
		{"arithmetic", "", "2+2 talks", nil},
		{"decimal", "", "1.5 million people and 2024.5", nil},
		{"count noun", "", "the 1500 soldiers", nil},
		{"bare number", "", "Flight 2024 landed.", nil},
		{"out of range", "", "in 3024", nil},
		{"decade", "", "in the 1990s", []string{"the 1990s|DATE|199"}},
		{"decade modifier", "", "in the early 2000s", []string{"the early 2000s|DATE|200"}},
		{"decade apostrophe", "", "in the '90s", []string{"the '90s|DATE|199"}},
		{"decade two digits", "", "in the 80s we thought", []string{"the 80s|DATE|198"}},
		{"temperature", "", "in the 90s heat", nil},
		{"century", "", "in the 20th century", []string{"the 20th century|DATE|19"}},
		{"hundreds", "", "in the 1800s", []string{"the 1800s|DATE|18"}},
		{"century words", "", "the twenty-first century", []string{"the twenty-first century|DATE|20"}},
	})
}

// TestOpenEndedMods checks the TIMEX3 mods of dates that bound an open
// period; the preposition stays outside the span.
func TestOpenEndedMods(t *testing.T) {
	for _, tc := range []struct{ text, span, value, mod string }{
		{"NATO has grown since 2014.", "2014", "2014", "ON_OR_AFTER"},
		{"Prices have risen since March 2022.", "March 2022", "2022-03", "ON_OR_AFTER"},
		{"It was closed before 1990.", "1990", "1990", "BEFORE"},
		{"The treaty was in force until 2020.", "2020", "2020", "ON_OR_BEFORE"},
		{"Talks resumed after 2015.", "2015", "2015", "AFTER"},
		{"He left prior to 4 April 2023.", "4 April 2023", "2023-04-04", "BEFORE"},
		{"It has grown since early 2014.", "early 2014", "2014", "START"},
		{"Talks did not open until October 2005.", "October 2005", "2005-10", ""},
		{"Montenegro hopes to join by 2028.", "2028", "2028", ""},
		{"They met after Tuesday's vote.", "Tuesday", "2024-10-22", ""},
		{"They met in 2014.", "2014", "2014", ""},
		{"from 2014 to 2016", "2014 to 2016", "2014/2016", ""},
	} {
		got := Tag(tc.text, mustDate(t, "2024-10-23"))
		if len(got) != 1 || got[0].Date == nil {
			t.Errorf("Tag(%q) = %+v, want one date", tc.text, got)
			continue
		}
		if got[0].Text != tc.span || got[0].Value != tc.value || got[0].Date.Mod != tc.mod {
			t.Errorf("Tag(%q) = %q %s mod %q, want %q %s mod %q", tc.text, got[0].Text, got[0].Value, got[0].Date.Mod, tc.span, tc.value, tc.mod)
		}
	}
}
