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
		{"in months", "", "the first talks in months", []string{"months|DURATION|PXM"}},
		{"age", "", "a 30-year-old man", nil},
		// "in two weeks" looking ahead is a date counted from the reference
		{"in two weeks ahead", "2024-10-23", "They will meet in two weeks.", []string{"two weeks|DATE|2024-W45"}},
		{"in three days ahead", "2024-10-23", "Talks are expected to resume in three days.", []string{"three days|DATE|2024-10-26"}},
		{"in a month ahead", "2024-10-23", "The deal will expire in a month.", []string{"a month|DATE|2024-11"}},
		{"in five years ahead", "2024-10-23", "Both sides will review it in 5 years.", []string{"5 years|DATE|2029"}},
		{"in two years past", "2024-10-23", "Trade grew 5% in two years.", []string{"two years|DURATION|P2Y"}},
		{"in years unknown tense", "2024-10-23", "A first in ten years for the bloc.", []string{"ten years|DURATION|P10Y"}},
		{"first visit in years ahead", "2024-10-23", "It will be his first visit in ten years.", []string{"ten years|DURATION|P10Y"}},
		{"highest in years ahead", "2024-10-23", "Prices will be the highest in two decades.", []string{"two decades|DURATION|P20Y"}},
		{"in weeks without reference", "", "They will meet in two weeks.", []string{"two weeks|DURATION|P2W"}},
		{"and a half", "", "for two and a half years", []string{"two and a half years|DURATION|P2.5Y"}},
		{"a year and a half", "", "a year and a half", []string{"a year and a half|DURATION|P1.5Y"}},
		{"half a century", "", "for half a century", []string{"half a century|DURATION|P50Y"}},
		{"compound number", "", "for thirty-five years", []string{"thirty-five years|DURATION|P35Y"}},
		{"not a unit", "", "two days' notice aside, 300 troops", []string{"two days|DURATION|P2D"}},
	})
}

// Bare plural units are vague durations (TimeML PXD, PXW, PXM, PXY) when
// nothing else makes them part of a larger expression or a name.
func TestVagueDurations(t *testing.T) {
	runTagCases(t, []tagCase{
		{"days before", "", "Days before the vote, talks collapsed.", []string{"Days|DURATION|PXD"}},
		{"weeks of talks", "", "It took weeks of talks.", []string{"weeks|DURATION|PXW"}},
		{"weeks of talks at sentence start", "", "Weeks of talks ended.", []string{"Weeks|DURATION|PXW"}},
		{"months later", "", "Months later the pact collapsed.", []string{"Months|DURATION|PXM"}},
		{"for years", "", "They had waited for years.", []string{"years|DURATION|PXY"}},
		{"only days", "", "He resigned only days after the vote.", []string{"days|DURATION|PXD"}},
		{"after a verb", "", "The deal, signed weeks after the summit, held.", []string{"weeks|DURATION|PXW"}},
		{"within hours", "", "Within hours of landing he spoke.", []string{"hours|DURATION|PTXH"}},
		{"a matter of days", "", "in a matter of days", []string{"days|DURATION|PXD"}},
		{"days or weeks", "", "for days or weeks", []string{"days|DURATION|PXD", "weeks|DURATION|PXW"}},
		{"many years", "", "for many years", []string{"many years|DURATION|PXY"}},
		{"decades", "", "after decades of conflict", []string{"decades|DURATION|PXDE"}},
		{"years ago", "", "founded years ago", []string{"years ago|DATE|PAST_REF"}},
		{"part of a count", "", "for three years and 12 days", []string{"three years|DURATION|P3Y", "12 days|DURATION|P12D"}},
		{"part of the past units", "", "over the past weeks", []string{"the past weeks|DURATION|PXW"}},
		{"those days", "", "in those days", nil},
		{"the early years", "", "the early years of the union", nil},
		{"a name", "", "the Obama years", nil},
		{"capitalised name", "", "a night at Days Inn", nil},
		{"school days", "", "his school days", nil},
		{"compound", "", "a decades-old dispute and weeks-long talks", nil},
		{"a numbered year", "", "in years 1 and 2", nil},
		{"thousand days", "", "1,000 days", nil},
		{"the number of days", "", "the number of days", nil},
		{"these days", "", "these days", []string{"these days|DATE|PRESENT_REF"}},
		{"an adjective in -ed", "", "shops opened extended hours on numbered days", nil},
		{"after a comma", "", "The vote, hours after the count, ended years of work", []string{"hours|DURATION|PTXH", "years|DURATION|PXY"}},
		{"after a comma, not a duration", "", "Markets, days, weeks", nil},
	})
}
