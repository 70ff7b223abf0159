package temporal

import "testing"

func TestQuarterRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"quarter of year", "", "in the first quarter of 2024", []string{"the first quarter of 2024|DATE|2024-Q1"}},
		{"quarter code", "", "Q3 2023 results", []string{"Q3 2023|DATE|2023-Q3"}},
		{"half of this year", "2024-10-23", "the second half of the year", []string{"the second half of the year|DATE|2024-H2"}},
		{"half of last year", "2024-10-23", "the first half of last year", []string{"the first half of last year|DATE|2023-H1"}},
		{"half code", "", "H2 2023", []string{"H2 2023|DATE|2023-H2"}},
		{"no reference", "", "in the third quarter", []string{"the third quarter|DATE|XXXX-Q3"}},
		{"a quarter of the people", "", "a quarter of voters", nil},
	})
}
