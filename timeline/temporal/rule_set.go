package temporal

import (
	"fmt"
	"strings"

	"github.com/olebedev/when/rules"
)

// setRules read recurring times (TIMEX3 SET): "every year" (P1Y), "each
// month", "every two years" (P2Y), "every other week" (P2W), "annually",
// "twice a year", "every Tuesday" (XXXX-WXX-2).
func setRules() []*Rule {
	return []*Rule{
		// 1: count or "other", 2: unit
		newRule("every-unit", []string{"every", "each"}, 0, `(?:every|each)\s+(?:({NUM}|other)\s+)?{UNIT}`,
			func(c *state, m *rules.Match) (Timex, bool) {
				n := 1
				switch s := strings.ToLower(capture(m, 0)); s {
				case "":
				case "other":
					n = 2
				default:
					var ok bool
					if n, ok = number(s); !ok || n < 1 {
						return Timex{}, false
					}
				}
				_, letter, _ := unitOf(capture(m, 2))
				if letter == "" {
					return Timex{}, false
				}
				if letter == "Q" {
					letter, n = "M", 3*n
				}
				return Timex{Type: TypeSet, Value: durationValue(n, letter)}, true
			}),
		// 1: season
		newRule("every-season", []string{"every", "each"}, 0, `(?:every|each)\s+(spring|summer|autumn|fall|winter)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				return Timex{Type: TypeSet, Value: "XXXX-" + seasonCode(seasonMonths[strings.ToLower(capture(m, 0))])}, true
			}),
		// 1: month
		newRule("every-month-name", []string{"every", "each"}, 0, `(?:every|each)\s+{MONTH}`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if !monthWord(capture(m, 0)) {
					return Timex{}, false
				}
				return Timex{Type: TypeSet, Value: fmt.Sprintf("XXXX-%02d", monthNumber(capture(m, 0)))}, true
			}),
		// 1: weekday
		newRule("every-weekday", []string{"every", "each"}, 0, `(?:every|each)\s+{WEEKDAY}`,
			func(c *state, m *rules.Match) (Timex, bool) {
				return Timex{Type: TypeSet, Value: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(weekdayOf(capture(m, 0))))}, true
			}),
		// 1: adverb
		newRule("adverb-set", []string{"annually", "annual", "yearly", "monthly", "weekly", "daily", "quarterly", "biennially", "biennial", "hourly"}, 0,
			`(annually|annual|yearly|monthly|weekly|daily|quarterly|biennially|biennial|hourly)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if isUpper(m.Text[0]) && m.Left > 0 && !sentenceStart(c.Text, m.Left) {
					return Timex{}, false // "Daily Mail"
				}
				v := map[string]string{"annually": "P1Y", "annual": "P1Y", "biennial": "P2Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W",
					"daily": "P1D", "quarterly": "P3M", "biennially": "P2Y", "hourly": "PT1H"}[strings.ToLower(capture(m, 0))]
				return Timex{Type: TypeSet, Value: v}, true
			}),
		// 1: once/twice/N times, 2: unit
		newRule("times-per-unit", []string{"once", "twice", "three", "four", "several"}, 0,
			`(once|twice|(?:three|four|several)\s+times)\s+(?:a|an|per|every|each)\s+{UNIT}`,
			func(c *state, m *rules.Match) (Timex, bool) {
				_, letter, _ := unitOf(capture(m, 1))
				if letter == "" || letter == "Q" {
					return Timex{}, false
				}
				return Timex{Type: TypeSet, Value: durationValue(1, letter)}, true
			}),
	}
}

// sentenceStart reports whether only spaces and opening punctuation stand
// between i and the end of the previous sentence.
func sentenceStart(text string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch text[j] {
		case ' ', '\t', '"', '(', '\'':
			continue
		case '.', '!', '?', '\n':
			return true
		}
		return false
	}
	return true
}
