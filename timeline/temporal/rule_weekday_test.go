package temporal

import "testing"

// 2024-10-23 is a Wednesday.
func TestWeekdayRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"past tense", "2024-10-23", "He visited Paris on Friday.", []string{"Friday|DATE|2024-10-18"}},
		{"future tense", "2024-10-23", "He will visit Paris on Friday.", []string{"Friday|DATE|2024-10-25"}},
		{"passive future", "2024-10-23", "The talks will be held on Monday.", []string{"Monday|DATE|2024-10-28"}},
		{"same day", "2024-10-23", "NATO said on Wednesday it agreed.", []string{"Wednesday|DATE|2024-10-23"}},
		{"reported future", "2024-10-23", "The minister, speaking on Monday, said talks would resume on Thursday.", []string{"Monday|DATE|2024-10-21", "Thursday|DATE|2024-10-24"}},
		{"no tense defaults to past", "2024-10-23", "Talks on Monday.", []string{"Monday|DATE|2024-10-21"}},
		{"last weekday", "2024-10-23", "since last Wednesday", []string{"last Wednesday|DATE|2024-10-16"}},
		{"next weekday", "2024-10-23", "until next Wednesday", []string{"next Wednesday|DATE|2024-10-30"}},
		{"part of day", "2024-10-23", "arrived on Tuesday night", []string{"Tuesday night|TIME|2024-10-22TNI"}},
		{"no reference", "", "arrived on Tuesday", []string{"Tuesday|DATE|XXXX-WXX-2"}},
		{"the following weekday", "2024-10-23", "They met on 4 April 2023 and again the following Monday.", []string{"4 April 2023|DATE|2023-04-04", "the following Monday|DATE|2023-04-10"}},
		// a weekday with a day of the month: the nearest month where they agree
		{"friday the 13th past", "2024-10-23", "The delegation left on Friday the 13th.", []string{"Friday the 13th|DATE|2024-09-13"}},
		{"friday the 13th future", "2024-10-23", "They will meet on Friday the 13th.", []string{"Friday the 13th|DATE|2024-12-13"}},
		{"weekday and ordinal", "2024-10-23", "talks on Tuesday 1st ended", []string{"Tuesday 1st|DATE|2024-10-01"}},
		{"weekday the day on the reference", "2024-10-23", "He spoke on Wednesday the 23rd.", []string{"Wednesday the 23rd|DATE|2024-10-23"}},
		{"weekday the day across a year", "2024-10-23", "He left on Sunday the 31st.", []string{"Sunday the 31st|DATE|2024-03-31"}},
		{"weekday the day no reference", "", "He left on Friday the 13th.", []string{"Friday the 13th|DATE|XXXX-XX-13"}},
		{"weekday and full date", "2024-10-23", "on Friday the 13th of September 2024", []string{"Friday the 13th of September 2024|DATE|2024-09-13"}},
		{"weekday and a count", "2024-10-23", "On Friday 13 people died.", []string{"Friday|DATE|2024-10-18"}},
		{"holiday name", "2024-10-23", "the Good Friday Agreement", nil},
		{"lower case", "2024-10-23", "a monday", nil},
	})
}

// A weekday followed by "last week", "this week" or "next week" is one
// expression: that day of that ISO week. 2024-10-23 is a Wednesday.
func TestWeekdayOfNamedWeek(t *testing.T) {
	runTagCases(t, []tagCase{
		{"last week", "2024-10-23", "They met on Tuesday last week.", []string{"Tuesday last week|DATE|2024-10-15"}},
		{"of next week", "2024-10-23", "They meet on Friday of next week.", []string{"Friday of next week|DATE|2024-11-01"}},
		{"this week", "2024-10-23", "on Monday this week", []string{"Monday this week|DATE|2024-10-21"}},
		{"sunday ends the week", "2024-10-23", "on Sunday last week", []string{"Sunday last week|DATE|2024-10-20"}},
		{"no reference", "", "on Tuesday last week", []string{"Tuesday last week|DATE|XXXX-WXX-2"}},
		{"possessive", "2024-10-23", "Tuesday last week's talks", []string{"Tuesday|DATE|2024-10-22", "last week|DATE|2024-W42"}},
	})
}
