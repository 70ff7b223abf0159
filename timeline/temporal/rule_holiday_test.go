package temporal

import "testing"

func TestHolidayRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"christmas past", "2025-01-10", "the ceasefire agreed at Christmas held", []string{"Christmas|DATE|2024-12-25"}},
		{"christmas future", "2024-10-23", "talks will resume after Christmas", []string{"Christmas|DATE|2024-12-25"}},
		{"with year", "", "on Christmas Eve 1914", []string{"Christmas Eve 1914|DATE|1914-12-24"}},
		{"new year's day", "2024-10-23", "from New Year's Day", []string{"New Year's Day|DATE|2025-01-01"}},
		{"christmas tree", "2024-10-23", "a Christmas tree", nil},
		{"christmas island", "2024-10-23", "Christmas Island", nil},
	})
}
