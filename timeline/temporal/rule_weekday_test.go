package temporal

import (
	"testing"
	"time"
)

// 2024-10-23 is a Wednesday.
func TestWeekdayRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"past tense", "2024-10-23", "He visited Paris on Friday.", []string{"Friday|DATE|2024-10-18"}},
		{"future tense", "2024-10-23", "He will visit Paris on Friday.", []string{"Friday|DATE|2024-10-25"}},
		{"noun after a hyphenated adjective", "2024-10-23", "He ended a two-day visit to Paris on Friday.", []string{"two-day|DURATION|P2D", "Friday|DATE|2024-10-18"}},
		{"present verb still looks ahead", "2024-10-23", "Ministers meet in Paris on Friday.", []string{"Friday|DATE|2024-10-25"}},
		{"passive future", "2024-10-23", "The talks will be held on Monday.", []string{"Monday|DATE|2024-10-28"}},
		{"same day", "2024-10-23", "NATO said on Wednesday it agreed.", []string{"Wednesday|DATE|2024-10-23"}},
		{"reported future", "2024-10-23", "The minister, speaking on Monday, said talks would resume on Thursday.", []string{"Monday|DATE|2024-10-21", "Thursday|DATE|2024-10-24"}},
		{"no tense defaults to past", "2024-10-23", "Talks on Monday.", []string{"Monday|DATE|2024-10-21"}},
		{"the plan is a noun", "2024-10-23", "Leaders endorsed the plan on Thursday.", []string{"Thursday|DATE|2024-10-17"}},
		{"plans as a verb look ahead", "2024-10-23", "She plans to visit Rome on Thursday.", []string{"Thursday|DATE|2024-10-24"}},
		{"to take effect looks ahead", "2024-10-23", "Members were invited, with membership to take effect on Friday.", []string{"Friday|DATE|2024-10-25"}},
		{"took effect looks back", "2024-10-23", "The rule took effect on Friday.", []string{"Friday|DATE|2024-10-18"}},
		{"flies is a schedule", "2024-10-23", "The premier flies to Oslo on Thursday.", []string{"Thursday|DATE|2024-10-24"}},
		{"plural visits after during are a noun", "2024-10-23", "She secured pledges during visits to Oslo on Monday.", []string{"Monday|DATE|2024-10-21"}},
		{"his travels are a noun", "2024-10-23", "He wrote of his travels on Monday.", []string{"Monday|DATE|2024-10-21"}},
		{"their hopes are a noun", "2024-10-23", "They dashed their hopes on Monday.", []string{"Monday|DATE|2024-10-21"}},
		// a modal after "and" heads a clause of its own
		{"and will after a past act", "2024-10-23", "Tuvalu cut ties with Taipei on Monday and will recognise Beijing.", []string{"Monday|DATE|2024-10-21"}},
		{"but would after a past act", "2024-10-23", "Kiribati cut its links on Tuesday but would keep its embassy.", []string{"Tuesday|DATE|2024-10-22"}},
		{"and plans after a past act", "2024-10-23", "Samoa put its offer on Friday and plans to sign it.", []string{"Friday|DATE|2024-10-18"}},
		{"will before still looks ahead", "2024-10-23", "Fiji will cut ties on Monday and is expected to recognise Taipei.", []string{"Monday|DATE|2024-10-28"}},
		// a reporting verb with only its partner and place before the date
		{"agreed with a partner on a day", "2024-10-23", "Laos agreed with Vietnam on Tuesday to set up a joint commission.", []string{"Tuesday|DATE|2024-10-22"}},
		{"said in a city on a day", "2024-10-23", "The minister said in Hanoi on Monday that talks will follow.", []string{"Monday|DATE|2024-10-21"}},
		{"discussed the summit stays open", "2024-10-23", "They discussed the summit on Friday that Peru will host.", []string{"Friday|DATE|2024-10-25"}},
		// a fronted or heading week frames the weekdays after it
		{"fronted last week", "2024-10-23", "Last week, the ministers met on Tuesday.", []string{"Last week|DATE|2024-W42", "Tuesday|DATE|2024-10-15"}},
		{"heading next week range", "2024-10-23", "NEXT WEEK\nPeru hosts the forum in Lima from Wednesday to Friday.", []string{"NEXT WEEK|DATE|2024-W44", "Wednesday to Friday|DATE|2024-10-30/2024-11-01"}},
		{"fronted next week range", "2024-10-23", "Next week, Kenya hosts the summit from Wednesday to Friday.", []string{"Next week|DATE|2024-W44", "Wednesday to Friday|DATE|2024-10-30/2024-11-01"}},
		{"since last week is no frame", "2024-10-23", "Bonn, a member since last week, attended talks on Monday.", []string{"last week|DATE|2024-W42", "Monday|DATE|2024-10-21"}},
		{"past week and a future weekday", "2024-10-23", "Last week they said they will meet on Friday.", []string{"Last week|DATE|2024-W42", "Friday|DATE|2024-10-25"}},
		// "began the week at": the week the report covers
		{"began the week", "2024-10-23", "Lula began the week at the summit in Kazan.", []string{"the week|DATE|2024-W43"}},
		{"the week as a duration", "2024-10-23", "Talks lasted the week.", nil},
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

// TestWeekdayDateClash checks a weekday written before a date that falls on
// another weekday: the year within one of the reference year that makes them
// agree when the year was not written, else the date as written with a
// warning.
func TestWeekdayDateClash(t *testing.T) {
	for _, tc := range []struct {
		name, ref, text, value string
		warn                   bool
	}{
		{"agrees", "2024-10-23", "They met on Wednesday, October 23.", "2024-10-23", false},
		{"agrees a year before", "2024-10-23", "They met on Monday, October 23.", "2023-10-23", false},
		{"agrees a year after", "2024-10-23", "They will meet on Thursday, October 23.", "2025-10-23", false},
		{"no year within one agrees", "2024-10-23", "They met on Tuesday, October 23.", "2024-10-23", true},
		{"written year wins", "2024-10-23", "They met on Tuesday, 23 October 2024.", "2024-10-23", true},
		{"written year agrees", "2024-10-23", "They met on Wednesday, 23 October 2024.", "2024-10-23", false},
		{"no reference", "", "They met on Tuesday, October 23.", "XXXX-10-23", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ref time.Time
			if tc.ref != "" {
				ref = mustDate(t, tc.ref)
			}
			got := Tag(tc.text, ref)
			if len(got) != 1 {
				t.Fatalf("Tag(%q) = %+v, want one expression", tc.text, got)
			}
			if got[0].Value != tc.value || (got[0].Warning != "") != tc.warn {
				t.Errorf("Tag(%q) = %s warning %q, want %s warning %v", tc.text, got[0].Value, got[0].Warning, tc.value, tc.warn)
			}
			if got[0].Date != nil && got[0].Date.Value != got[0].Value {
				t.Errorf("Date.Value %s differs from Value %s", got[0].Date.Value, got[0].Value)
			}
		})
	}
}
