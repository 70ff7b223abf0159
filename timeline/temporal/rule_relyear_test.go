package temporal

import "testing"

// A month or day followed by a year named relatively is one expression
// whose year comes from those words, not from the tense.
func TestRelativeYearAfterMonth(t *testing.T) {
	runTagCases(t, []tagCase{
		{"month last year", "2024-10-23", "The talks began in March last year.", []string{"March last year|DATE|2023-03"}},
		{"month of last year", "2024-10-23", "It happened in March of last year.", []string{"March of last year|DATE|2023-03"}},
		{"month this year, past tense", "2024-10-23", "The deal was signed in May this year.", []string{"May this year|DATE|2024-05"}},
		{"month this year ahead of the reference", "2024-03-02", "The summit is set for November this year.", []string{"November this year|DATE|2024-11"}},
		{"month this year in a past clause", "2024-03-02", "They met in November this year.", []string{"November this year|DATE|2024-11"}},
		{"month next year", "2024-10-23", "It opens in January next year.", []string{"January next year|DATE|2025-01"}},
		{"month last year at sentence start", "2024-10-23", "March last year saw the first talks.", []string{"March last year|DATE|2023-03"}},
		{"day month last year", "2024-10-23", "They met on 5 March last year.", []string{"5 March last year|DATE|2023-03-05"}},
		{"month day of last year", "2024-10-23", "They met on March 5 of last year.", []string{"March 5 of last year|DATE|2023-03-05"}},
		{"day range last year", "2024-10-23", "on 21-22 October last year", []string{"21-22 October last year|DATE|2023-10-21/2023-10-22"}},
		{"month range last year", "2024-10-23", "from March to May last year", []string{"March to May last year|DATE|2023-03/2023-05"}},
		{"season last year", "2024-10-23", "in the summer of last year", []string{"the summer of last year|DATE|2023-SU"}},
		{"that year", "", "NATO was founded in 1949, and in April that year", []string{"1949|DATE|1949", "April that year|DATE|1949-04"}},
		{"the following year", "", "In 1949 the treaty was signed; in May the following year", []string{"1949|DATE|1949", "May the following year|DATE|1950-05"}},
		{"no reference", "", "in March last year", []string{"March last year|DATE|XXXX-03"}},
		{"possessive is not the month's year", "2024-10-23", "in March, last year's winner", []string{"March|DATE|2024-03", "last year|DATE|2023"}},
		{"last month name", "2024-10-23", "It opened last March.", []string{"last March|DATE|2024-03"}},
		{"this month name", "2024-10-23", "It opened this September.", []string{"this September|DATE|2024-09"}},
		{"next month name", "2024-10-23", "It opens next January.", []string{"next January|DATE|2025-01"}},
		{"coordinated months", "2024-10-23", "Leaders met in March and April last year.", []string{"March|DATE|2023-03", "April last year|DATE|2023-04"}},
		{"three coordinated months", "2024-10-23", "in May, June and July next year", []string{"May|DATE|2025-05", "June|DATE|2025-06", "July next year|DATE|2025-07"}},
		{"last year then the month", "2024-10-23", "Last year in March, talks began.", []string{"Last year|DATE|2023", "March|DATE|2023-03"}},
		{"last year then the day", "2024-10-23", "Last year, on March 5, talks began.", []string{"Last year|DATE|2023", "March 5|DATE|2023-03-05"}},
		{"this year then a later month", "2024-10-23", "Earlier this year it planned talks in November.", []string{"Earlier this year|DATE|2024", "November|DATE|2024-11"}},
		{"month then last year apart", "2024-10-23", "In March, talks failed. Last year was worse.", []string{"March|DATE|2024-03", "Last year|DATE|2023"}},
	})
}
