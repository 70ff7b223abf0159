package temporal

import "testing"

func TestDurationRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"hyphen adjective", "", "a two-day visit", []string{"two-day|DURATION|P2D"}},
		{"digits hyphen", "", "an 18-month plan", []string{"18-month|DURATION|P18M"}},
		{"for years", "", "for three years", []string{"three years|DURATION|P3Y"}},
		{"hours", "", "talks lasted 48 hours", []string{"48 hours|DURATION|PT48H"}},
		{"decade", "", "a decade of talks", []string{"a decade|DURATION|P10Y"}},
		{"more than", "", "more than 70 years", []string{"more than 70 years|DURATION|P70Y"}},
		{"the past", "", "over the past two weeks", []string{"the past two weeks|DURATION|P2W"}},
		{"the following months", "", "over the following twelve months", []string{"the following twelve months|DURATION|P12M"}},
		{"the following day is a date", "", "the following day", []string{"the following day|DATE|XXXX-XX-XX"}},
		{"the coming months", "", "in the coming months", []string{"the coming months|DURATION|PXM"}},
		{"for months", "", "for months", []string{"months|DURATION|PXM"}},
		{"recent years", "", "in recent years", []string{"recent years|DURATION|PXY"}},
		{"in months", "", "in months", nil},
		{"age", "", "a 30-year-old man", nil},
		{"and a half", "", "for two and a half years", []string{"two and a half years|DURATION|P2.5Y"}},
		{"a year and a half", "", "a year and a half", []string{"a year and a half|DURATION|P1.5Y"}},
		{"half a century", "", "for half a century", []string{"half a century|DURATION|P50Y"}},
		{"compound number", "", "for thirty-five years", []string{"thirty-five years|DURATION|P35Y"}},
		{"not a unit", "", "two days' notice aside, 300 troops", []string{"two days|DURATION|P2D"}},
	})
}
