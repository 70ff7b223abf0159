package temporal

import "testing"

func TestTimeRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"am", "", "at 10 am", []string{"10 am|TIME|XXXX-XX-XXT10:00"}},
		{"pm with dots", "", "at 3:30 p.m. sharp", []string{"3:30 p.m.|TIME|XXXX-XX-XXT15:30"}},
		{"after a date", "", "on 4 April 2023 at 10 am", []string{"4 April 2023|DATE|2023-04-04", "10 am|TIME|2023-04-04T10:00"}},
		{"24 hour with zone", "", "at 14:00 GMT", []string{"14:00 GMT|TIME|XXXX-XX-XXT14:00"}},
		{"score", "", "won 2:1 in the final", nil},
		{"noon", "", "by noon", []string{"noon|TIME|XXXX-XX-XXT12:00"}},
		{"zone then date", "", "began at 7 a.m. local time on Nov. 24, 2023", []string{"7 a.m.|TIME|2023-11-24T07:00", "Nov. 24, 2023|DATE|2023-11-24"}},
		{"same sentence", "2024-06-10", "Polls opened on Sunday and closed at 8 p.m. On Monday, at 9 a.m.", []string{"Sunday|DATE|2024-06-09", "8 p.m.|TIME|2024-06-09T20:00", "Monday|DATE|2024-06-10", "9 a.m.|TIME|2024-06-10T09:00"}},
		{"before a date", "", "at midnight on 31 January 2020", []string{"midnight|TIME|2020-01-31T00:00", "31 January 2020|DATE|2020-01-31"}},
		{"midnight after a dateline", "2013-07-10", "July 1 - Croatia becomes a member state at midnight.", []string{"July 1|DATE|2013-07-01", "midnight|TIME|2013-07-01T00:00"}},
		{"midnight without a day", "", "the deadline passed at midnight", []string{"midnight|TIME|XXXX-XX-XXT00:00"}},
		{"am is not a date", "2024-10-23", "I am 10 am", []string{"10 am|TIME|XXXX-XX-XXT10:00"}},
		{"am with zone", "", "at 10 am EST and 9:30 p.m. ET", []string{"10 am EST|TIME|XXXX-XX-XXT10:00", "9:30 p.m. ET|TIME|XXXX-XX-XXT21:30"}},
		{"wire four digits", "", "markets closed at 1630 GMT and reopen by 0900 ET", []string{"1630 GMT|TIME|XXXX-XX-XXT16:30", "0900 ET|TIME|XXXX-XX-XXT09:00"}},
		{"four digits without a zone", "", "by 1940 the war", []string{"1940|DATE|1940"}},
		{"midday", "", "talks resume at midday", []string{"midday|TIME|XXXX-XX-XXT12:00"}},
		{"dotted am", "", "talks resumed at 9.40am in Geneva", []string{"9.40am|TIME|XXXX-XX-XXT09:40"}},
		{"seconds", "", "at 12:30:45 GMT", []string{"12:30:45 GMT|TIME|XXXX-XX-XXT12:30:45"}},
		{"ratio", "", "a 1:1 ratio and a 3:10 split", nil},
		{"bible verse", "", "John 3:16 says", nil},
		{"score", "", "Arsenal won 2-1 and 3:0", nil},
		{"chain of numbers", "", "at 1:02:03:04", nil},
		{"time inside a number", "", "code 112:30 and 4:305", nil},
		{"span with a dash", "", "Session: at 10:00–12:30 daily", []string{"10:00|TIME|XXXX-XX-XXT10:00", "12:30|TIME|XXXX-XX-XXT12:30", "daily|SET|P1D"}},
		{"schedule lines", "2023-03-16", "10:00 - 11:00 Opening\n11:00 - 12:30 Talks", []string{"10:00|TIME|2023-03-16T10:00", "11:00|TIME|2023-03-16T11:00", "11:00|TIME|2023-03-16T11:00", "12:30|TIME|2023-03-16T12:30"}},
	})
}

// Times that open a line stamp live-blog entries: they take the day of the
// latest heading date, else the reference date, and lend it to the times
// of their entry.
func TestTimeStamps(t *testing.T) {
	runTagCases(t, []tagCase{
		{"stamp with dash, reference date", "2023-03-16", "09:40 — The minister arrived.", []string{"09:40|TIME|2023-03-16T09:40"}},
		{"stamp without reference", "", "09:40 — The minister arrived.", []string{"09:40|TIME|XXXX-XX-XXT09:40"}},
		{"stamp under a heading", "2023-03-17",
			"Live updates\nThursday 16 March 2023\n14:05 BST: The PM spoke.\n9.40am: Talks resumed.\n",
			[]string{"Thursday 16 March 2023|DATE|2023-03-16", "14:05 BST|TIME|2023-03-16T14:05", "9.40am|TIME|2023-03-16T09:40"}},
		{"a later heading", "2023-03-17",
			"16 March 2023\n23:50 — Late vote.\n17 March 2023\n00:10 — Result.\n",
			[]string{"16 March 2023|DATE|2023-03-16", "23:50|TIME|2023-03-16T23:50", "17 March 2023|DATE|2023-03-17", "00:10|TIME|2023-03-17T00:10"}},
		{"a heading opening a paragraph", "2024-10-23",
			"Tuesday 12 June 2018. All times are local.\n\n08:40 — Motorcades left.",
			[]string{"Tuesday 12 June 2018|DATE|2018-06-12", "08:40|TIME|2018-06-12T08:40"}},
		{"a date in a sentence is no heading", "2023-03-16",
			"The vote is on 20 March.\n09:40 — Ministers met.",
			[]string{"20 March|DATE|2023-03-20", "09:40|TIME|2023-03-16T09:40"}},
		{"time inside the entry", "2023-03-16", "09:40 — Ministers will meet at 3:30 p.m. in Brussels.",
			[]string{"09:40|TIME|2023-03-16T09:40", "3:30 p.m.|TIME|2023-03-16T15:30"}},
		{"bullet and bar", "2023-03-16", "* 14:05 | Talks open", []string{"14:05|TIME|2023-03-16T14:05"}},
		{"stamp alone on its line", "2023-03-16", "14.05 BST\nTalks open", []string{"14.05 BST|TIME|2023-03-16T14:05"}},
		{"entries run together", "2023-03-16", "Talks began. 09:06 — History in a handshake. 11:35 — Lunch is over.", []string{"09:06|TIME|2023-03-16T09:06", "11:35|TIME|2023-03-16T11:35"}},
		{"a sentence opening with a time and no dash", "2023-03-16", "Talks began. 11.35 was the time.", nil},
		{"not at line start", "2023-03-16", "The score was 14:05 — odd.", nil},
		{"section number", "2023-03-16", "1.10: Scope of the treaty", nil},
		{"dotted number without a dash", "2023-03-16", "3.50 euros a litre", nil},
		{"bible verse at line start", "2023-03-16", "3:16 For God so loved", nil},
	})
}
