package temporal

import "testing"

func TestSetRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"every year", "", "meets every year", []string{"every year|SET|P1Y"}},
		{"each month", "", "each month", []string{"each month|SET|P1M"}},
		{"every two years", "", "every two years", []string{"every two years|SET|P2Y"}},
		{"every other week", "", "every other week", []string{"every other week|SET|P2W"}},
		{"annually", "", "held annually", []string{"annually|SET|P1Y"}},
		{"annual", "", "the annual summit", []string{"annual|SET|P1Y"}},
		{"twice a year", "", "twice a year", []string{"twice a year|SET|P1Y"}},
		{"every weekday", "", "every Tuesday", []string{"every Tuesday|SET|XXXX-WXX-2"}},
		{"name", "", "the Daily Telegraph", nil},
		{"each month name", "", "which opens each September", []string{"each September|SET|XXXX-09"}},
		{"each season", "", "Each spring, ministers meet", []string{"Each spring|SET|XXXX-SP"}},
	})
}
