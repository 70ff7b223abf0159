package temporal

import "testing"

func TestAnaphoraRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"following day", "2024-10-23", "They met on 4 April 2023. The following day they signed.",
			[]string{"4 April 2023|DATE|2023-04-04", "The following day|DATE|2023-04-05"}},
		{"following day after a range", "2024-10-23", "on October 21–22; the next day he left",
			[]string{"October 21–22|DATE|2024-10-21/2024-10-22", "the next day|DATE|2024-10-23"}},
		{"day before", "", "on 4 April 2023, and the day before", []string{"4 April 2023|DATE|2023-04-04", "the day before|DATE|2023-04-03"}},
		{"that year", "", "In 1949 NATO was founded; that year", []string{"1949|DATE|1949", "that year|DATE|1949"}},
		{"later that month", "", "in March 2023; later that month", []string{"March 2023|DATE|2023-03", "later that month|DATE|2023-03"}},
		// TimeML anchored durations: "later" is a signal outside the tag
		{"two days later", "", "on 4 April 2023. Two days later", []string{"4 April 2023|DATE|2023-04-04", "Two days|DURATION|P2D"}},
		// counted from the reference date, as one expression
		{"the day before yesterday", "2024-10-23", "They spoke the day before yesterday.", []string{"the day before yesterday|DATE|2024-10-21"}},
		{"the day after tomorrow", "2024-10-23", "They will meet the day after tomorrow.", []string{"the day after tomorrow|DATE|2024-10-25"}},
		{"the day before yesterday after a date", "2024-10-23", "On 4 April 2023 they met; the day before yesterday they spoke.",
			[]string{"4 April 2023|DATE|2023-04-04", "the day before yesterday|DATE|2024-10-21"}},
		{"the day before yesterday without reference", "", "the day before yesterday", []string{"the day before yesterday|DATE|XXXX-XX-XX"}},
		{"no antecedent", "", "The following day", []string{"The following day|DATE|XXXX-XX-XX"}},
		{"antecedent too coarse", "", "In 2023. The following day", []string{"2023|DATE|2023", "The following day|DATE|XXXX-XX-XX"}},
	})
}
