package temporal

import "testing"

func TestAnaphoraRules(t *testing.T) {
	runTagCases(t, []tagCase{
		// "in the morning" after a day just named is part of that day
		{"in the morning after a day", "2022-11-01", "They met on Tuesday. He flew in in the morning.", []string{"Tuesday|DATE|2022-11-01", "the morning|TIME|2022-11-01TMO"}},
		{"in the morning with no day", "2022-11-01", "He always flies in in the morning.", nil},
		{"in the morning far from the day", "2022-11-01", "They met on Tuesday. Talks were long. Aid was agreed. Markets rose. He flies in the morning.", []string{"Tuesday|DATE|2022-11-01"}},

		// "the same day" + a clause: the day of the happening it names
		{"same day as a named happening", "2022-05-31", "Lee began his tour in Suva last Thursday. Quiros flew to Apia on Friday. Rosa landed in Tonga on the same day Lee reached Suva.", []string{"last Thursday|DATE|2022-05-26", "Friday|DATE|2022-05-27", "the same day|DATE|2022-05-26"}},
		{"same day that a named happening", "2022-05-31", "Ito met Kim in Seoul on Monday. Abe stayed home on Tuesday. On the same day that Ito met Kim, Cho flew to Tokyo.", []string{"Monday|DATE|2022-05-30", "Tuesday|DATE|2022-05-31", "the same day|DATE|2022-05-30"}},
		{"same day of an unknown happening", "2022-05-31", "Ito met Kim on Monday. Cho landed on the same day Park resigned.", []string{"Monday|DATE|2022-05-30", "the same day|DATE|XXXX-XX-XX"}},
		{"the same day alone is the last day", "2022-05-31", "Ito met Kim on Monday. The same day, Cho flew to Tokyo.", []string{"Monday|DATE|2022-05-30", "The same day|DATE|2022-05-30"}},

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
		// "on the 23rd": a day of the month last mentioned, else of the reference month
		{"on the nth after a month", "2024-10-23", "In March, they met on the 23rd.", []string{"March|DATE|2024-03", "the 23rd|DATE|2024-03-23"}},
		{"on the nth after a day", "2024-10-23", "They arrived on 21 October 2023 and signed on the 23rd.", []string{"21 October 2023|DATE|2023-10-21", "the 23rd|DATE|2023-10-23"}},
		{"on the nth before the day mentioned", "2024-10-23", "They arrived on 28 October 2023 and left on the 3rd.", []string{"28 October 2023|DATE|2023-10-28"}},
		{"on the nth of the reference month", "2024-10-23", "They met on the 21st.", []string{"the 21st|DATE|2024-10-21"}},
		{"on the nth past, not yet come", "2024-10-23", "They met on the 25th.", []string{"the 25th|DATE|2024-09-25"}},
		{"on the nth ahead", "2024-10-23", "They will meet on the 5th.", []string{"the 5th|DATE|2024-11-05"}},
		{"on the nth without reference", "", "They met on the 21st.", []string{"the 21st|DATE|XXXX-XX-21"}},
		{"on the nth floor", "2024-10-23", "They met on the 23rd floor.", nil},
		{"on the nth of a month", "2024-10-23", "They met on the 4th of April 2023.", []string{"the 4th of April 2023|DATE|2023-04-04"}},
		{"the nth without on", "2024-10-23", "He came 23rd in the race.", nil},
		// not read yet: no date rather than only the first day
		{"on the nth and nth", "2024-10-23", "In March they met on the 9th and 10th.", []string{"March|DATE|2024-03"}},
		{"no antecedent", "", "The following day", []string{"The following day|DATE|XXXX-XX-XX"}},
		{"antecedent too coarse", "", "In 2023. The following day", []string{"2023|DATE|2023", "The following day|DATE|XXXX-XX-XX"}},
		{"the year before", "", "Relations were normalised in September 1972. The year before, Kissinger had visited Beijing.", []string{"September 1972|DATE|1972-09", "The year before|DATE|1971"}},
		{"the month after", "", "The pact was signed in March 1994; the month after, both embassies reopened.", []string{"March 1994|DATE|1994-03", "the month after|DATE|1994-04"}},
		{"the year before a noun", "", "In 1990 the wall fell. In the year before the war, trade grew.", []string{"1990|DATE|1990"}},
		{"month named well after the day", "", "Talks opened on 3 May 2001 in a hall that had hosted many conferences, receptions and exhibitions over the decades, and was known across the region for its painted ceilings, its long gallery, its gardens and its library of diplomatic records, which scholars from many countries consulted for their research on the treaties signed in the old capital. In June 2005 the border was redrawn. Russia recognised it the following day.", []string{"3 May 2001|DATE|2001-05-03", "June 2005|DATE|2005-06", "the following day|DATE|2005-06"}},
		{"month named close to the day", "", "On 3 March 2022 he arrived; talks in April were planned. The following day he met Duda.", []string{"3 March 2022|DATE|2022-03-03", "April|DATE|2022-04", "The following day|DATE|2022-03-04"}},
	})
}
