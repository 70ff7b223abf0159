package temporal

import (
	"strings"

	"github.com/olebedev/when/rules"
)

// holidays maps fixed-date holidays to their month and day.
var holidays = map[string][2]int{
	"christmas day": {12, 25}, "christmas eve": {12, 24}, "christmas": {12, 25},
	"new year's day": {1, 1}, "new year's eve": {12, 31}, "new year’s day": {1, 1},
	"new year’s eve": {12, 31},
}

// holidayRules read fixed-date holidays: "Christmas", "Christmas Eve",
// "New Year's Day", "New Year's Eve", with or without a year.
func holidayRules() []*Rule {
	apply := func(c *state, m *rules.Match) (Timex, bool) {
		name := strings.Join(strings.Fields(strings.ToLower(capture(m, 0))), " ")
		md, ok := holidays[name]
		if !ok || !isUpper(m.Text[0]) {
			return Timex{}, false
		}
		if next := strings.ToLower(wordAfter(c.Text, m.Right)); name == "christmas" && (next == "tree" || next == "card" || next == "cards" || next == "market" || next == "markets" || next == "island") {
			return Timex{}, false
		}
		return c.dayDates(m, monthNames[md[0]-1], itoa(md[1]), "", "", capture(m, 1))
	}
	return []*Rule{
		// 1: holiday, 2: year
		newRule("christmas", []string{"christmas"}, extMod, `(christmas(?:\s+(?:day|eve))?)(?:\s*,?\s*{YEAR})?`, apply),
		// 1: holiday, 2: year
		withAfter(newRule("new-year", []string{"new"}, extMod, `(new\s+year['’]s\s+(?:day|eve))(?:\s*,?\s*{YEAR})?`, apply), "year"),
	}
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}
