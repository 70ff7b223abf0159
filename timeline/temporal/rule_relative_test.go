package temporal

import "testing"

func TestRelativeRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"yesterday", "2024-10-23", "said yesterday", []string{"yesterday|DATE|2024-10-22"}},
		{"today", "2024-10-23", "meets today", []string{"today|DATE|2024-10-23"}},
		{"today generic", "2024-10-23", "Today the union has 27 members.", []string{"Today|DATE|PRESENT_REF"}},
		{"today past", "2024-10-23", "Today, the ministers met.", []string{"Today|DATE|2024-10-23"}},
		{"tomorrow", "2024-10-23", "leaves tomorrow", []string{"tomorrow|DATE|2024-10-24"}},
		{"tonight", "2024-10-23", "speaks tonight", []string{"tonight|TIME|2024-10-23TNI"}},
		{"last week", "2024-10-23", "last week", []string{"last week|DATE|2024-W42"}},
		{"this week", "2024-10-23", "this week", []string{"this week|DATE|2024-W43"}},
		{"next month", "2024-10-23", "next month", []string{"next month|DATE|2024-11"}},
		{"last year", "2024-01-03", "last year", []string{"last year|DATE|2023"}},
		{"earlier this year", "2024-10-23", "earlier this year", []string{"earlier this year|DATE|2024"}},
		{"this weekend", "2024-10-23", "this weekend", []string{"this weekend|DATE|2024-W43-WE"}},
		{"years ago", "2024-10-23", "two years ago", []string{"two years ago|DATE|2022"}},
		{"days ago", "2024-10-23", "3 days ago", []string{"3 days ago|DATE|2024-10-20"}},
		{"a decade ago", "2024-10-23", "a decade ago", []string{"a decade ago|DATE|2014"}},
		{"ago today", "2018-09-17", "Forty years ago today", []string{"Forty years ago today|DATE|1978-09-17"}},
		{"several years ago", "2024-10-23", "several years ago", []string{"several years ago|DATE|PAST_REF"}},
		{"now", "", "NATO now has 32 members", []string{"now|DATE|PRESENT_REF"}},
		{"now-defunct", "", "the now-defunct pact", nil},
		{"at present", "", "at present", []string{"present|DATE|PRESENT_REF"}},
		{"recently", "", "recently joined", []string{"recently|DATE|PAST_REF"}},
		{"these days", "", "these days few remember", []string{"these days|DATE|PRESENT_REF"}},
		{"the future", "", "in the future", []string{"the future|DATE|FUTURE_REF"}},
		{"soon", "", "will soon decide", []string{"soon|DATE|FUTURE_REF"}},
		{"as soon as", "", "as soon as possible", nil},
		{"no reference", "", "last week", []string{"last week|DATE|XXXX-WXX"}},
		{"last night", "2024-10-23", "said last night", []string{"last night|TIME|2024-10-22TNI"}},
		{"from now", "2024-10-23", "Twenty-five years from now", []string{"Twenty-five years from now|DATE|2049"}},
		{"vague ago", "2024-10-23", "founded years ago", []string{"years ago|DATE|PAST_REF"}},
		{"the weekend past", "2024-10-23", "talks over the weekend failed", []string{"the weekend|DATE|2024-W42-WE"}},
		{"the weekend future", "2024-10-23", "talks will resume at the weekend", []string{"the weekend|DATE|2024-W43-WE"}},
		{"the end of the year", "2024-10-23", "a deal by the end of the year", []string{"the end of the year|DATE|2024"}},
		{"of the year after a past date", "2024-10-23", "The visit, on December 28, was his last of the year.", []string{"December 28|DATE|2023-12-28", "the year|DATE|2023"}},
		{"of the year ahead", "2024-10-23", "On Monday they said a deal will come by the end of the year.", []string{"Monday|DATE|2024-10-21", "the end of the year|DATE|2024"}},
		{"early next year", "2024-10-23", "early next year", []string{"early next year|DATE|2025"}},
		{"this past weekend", "2024-10-23", "this past weekend", []string{"this past weekend|DATE|2024-W42-WE"}},
	})
}
