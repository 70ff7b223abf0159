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
		{"before a date", "", "at midnight on 31 January 2020", []string{"midnight|TIME|2020-01-31T24:00", "31 January 2020|DATE|2020-01-31"}},
		{"am is not a date", "2024-10-23", "I am 10 am", []string{"10 am|TIME|XXXX-XX-XXT10:00"}},
	})
}
