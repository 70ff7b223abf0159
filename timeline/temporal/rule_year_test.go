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
