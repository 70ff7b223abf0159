package temporal

import "testing"

func TestFullDateRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"day month year", "2024-10-23", "Finland joined on 4 April 2023.", []string{"4 April 2023|DATE|2023-04-04"}},
		{"month day, year", "", "It was signed on April 4, 2023, in Brussels.", []string{"April 4, 2023|DATE|2023-04-04"}},
		{"ordinal of month", "", "on the 4th of April 2023", []string{"the 4th of April 2023|DATE|2023-04-04"}},
		{"the before a plain day", "", "the 21-22 October 2024 summit", []string{"21-22 October 2024|DATE|2024-10-21/2024-10-22"}},
		{"abbreviation with dot", "", "on Sept. 10, 2023 leaders", []string{"Sept. 10, 2023|DATE|2023-09-10"}},
		{"weekday before date", "", "on Tuesday, April 4, 2023, ministers", []string{"Tuesday, April 4, 2023|DATE|2023-04-04"}},
		{"month day past tense", "2024-10-23", "He visited Washington on October 21.", []string{"October 21|DATE|2024-10-21"}},
		{"month day past tense later in year", "2024-03-10", "He visited Washington on October 21.", []string{"October 21|DATE|2023-10-21"}},
		{"month day future tense", "2024-10-23", "He will visit Tokyo on March 5.", []string{"March 5|DATE|2025-03-05"}},
		{"month day no reference", "", "He visited on October 21.", []string{"October 21|DATE|XXXX-10-21"}},
		{"range en dash", "2024-10-23", "traveled to Washington on October 21–22 to meet", []string{"October 21–22|DATE|2024-10-21/2024-10-22"}},
		{"range hyphen day first", "", "met on 21-22 October 2024", []string{"21-22 October 2024|DATE|2024-10-21/2024-10-22"}},
		{"range across months", "", "from October 30–November 2, 2024", []string{"October 30–November 2, 2024|DATE|2024-10-30/2024-11-02"}},
		{"range across a year end", "", "between 30 December 2024 - 2 January 2025", []string{"30 December 2024 - 2 January 2025|DATE|2024-12-30/2025-01-02"}},
		{"future range not a time", "2024-01-10", "The summit will be held on May 16-17.", []string{"May 16-17|DATE|2024-05-16/2024-05-17"}},
		{"impossible date", "", "on February 30, 2023", nil},
		{"narrative of another year", "2018-09-17", "On 19 November 1977 Sadat flew to Jerusalem. On November 20 he spoke.", []string{"19 November 1977|DATE|1977-11-19", "November 20|DATE|1977-11-20"}},
		{"a narrative ends with its paragraph", "2024-05-01", "The treaty was signed on 25 March 1957.\n\nEnlargement is back. In December leaders opened talks.", []string{"25 March 1957|DATE|1957-03-25", "December|DATE|2023-12"}},
		{"a narrative goes on within its paragraph", "2024-05-01", "The treaty was signed on 25 March 1957.\nIn December the assembly met.", []string{"25 March 1957|DATE|1957-03-25", "December|DATE|1957-12"}},
		{"future after a past date", "2024-10-23", "The deal of 4 April 2023 will be reviewed on March 5.", []string{"4 April 2023|DATE|2023-04-04", "March 5|DATE|2025-03-05"}},
		{"no reference, year far back", "", "Lord Ismay (1952–1957) was the first. On 4 April, members mark the day.", []string{"1952–1957|DATE|1952/1957", "4 April|DATE|XXXX-04-04"}},
		{"no reference, narrative", "", "On 19 November 1977 Sadat flew to Jerusalem. On November 20 he spoke.", []string{"19 November 1977|DATE|1977-11-19", "November 20|DATE|1977-11-20"}},
		{"between days", "2023-12-14", "polls conducted between 5 and 9 December", []string{"5 and 9 December|DATE|2023-12-05/2023-12-09"}},
		{"and without between", "2023-12-14", "on 5 and 9 December", []string{"5|DATE|2023-12-05", "9 December|DATE|2023-12-09"}},
		{"and without on", "2023-12-14", "aged 5 and 9 December", []string{"9 December|DATE|2023-12-09"}},
		{"present plural schedules", "2023-12-14", "the ministers meet again on April 3–4.", []string{"April 3–4|DATE|2024-04-03/2024-04-04"}},
		{"infinitive says nothing", "2024-10-23", "He traveled to Brussels to meet allies on October 21.", []string{"October 21|DATE|2024-10-21"}},
		// the tense after the date decides when nothing before does; a
		// verb after a determiner is a noun ("the visit", "his return")
		{"past verb after the date", "2024-10-23", "The visit, on December 28, was his last.", []string{"December 28|DATE|2023-12-28"}},
		{"future verb after the date", "2024-10-23", "The visit, on March 5, will be his first.", []string{"March 5|DATE|2025-03-05"}},
		{"a noun is not a present verb", "2024-10-23", "His return on December 28 was quiet.", []string{"December 28|DATE|2023-12-28"}},
		{"present verb still schedules", "2024-10-23", "Leaders meet on December 28.", []string{"December 28|DATE|2024-12-28"}},
		{"may the verb", "", "Talks may 5 times fail.", nil},
		{"march the verb", "", "They will march 20 miles.", nil},
	})
}
