package temporal

import (
	"strconv"
	"strings"

	"github.com/olebedev/when/rules"
)

// durationRules read lengths of time: "two-day visit" (P2D), "for three
// years" (P3Y), "48 hours" (PT48H), "a decade" (P10Y), "the past two weeks"
// (P2W), "the coming months" (PXM). Ages ("a 30-year-old") are not taken.
func durationRules() []*Rule {
	return []*Rule{
		// 1: count, 2: "and a half" before the unit, 3: unit, 4: "and a half" after it
		withDigits(newRule("duration", numberTriggers, extApprox, `{NUM}(\s+and\s+a\s+half)?(?:\s+|\s*-\s*){UNIT}(\s+and\s+a\s+half\b)?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				n, ok := number(capture(m, 0))
				unit := capture(m, 2)
				_, letter, _ := unitOf(unit)
				if !ok || letter == "" || letter == "Q" || n == 0 {
					return Timex{}, false
				}
				if isDigit(m.Text[0]) && !c.numberStandsAlone(m.Left, m.Left) {
					return Timex{}, false
				}
				rest := strings.ToLower(c.Text[m.Right:min(len(c.Text), m.Right+6)])
				if strings.HasPrefix(rest, "-old") || strings.HasPrefix(rest, " old") {
					return Timex{}, false
				}
				half := capture(m, 1) != "" || capture(m, 3) != ""
				if n > 1 && !half && !strings.HasSuffix(strings.ToLower(unit), "s") && !strings.Contains(m.Text, "-") {
					return Timex{}, false // "two year" only as "two-year"
				}
				v := durationValue(n, letter)
				if half && n > 0 {
					v = strings.Replace(v, strconv.Itoa(n), strconv.Itoa(n)+".5", 1)
				}
				return Timex{Type: TypeDuration, Value: v}, true
			}), func(run int, next byte) bool { return run <= 3 }),
		// 1: unit
		newRule("half-a-unit", []string{"half"}, extApprox, `half\s+an?\s+(year|century|decade|day|hour)\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				v := map[string]string{"year": "P6M", "century": "P50Y", "decade": "P5Y", "day": "PT12H", "hour": "PT30M"}[strings.ToLower(capture(m, 0))]
				return Timex{Type: TypeDuration, Value: v}, true
			}),
		// 1: unit
		newRule("vague-duration", []string{"days", "weeks", "months", "years", "decades", "hours"}, 0, `(days|weeks|months|years|decades|hours)(\s+ago\b)?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				if capture(m, 1) != "" {
					return Timex{Type: TypeDate, Value: "PAST_REF"}, true // "years ago"
				}
				w, ws := wordBefore(c.Text, m.Left)
				start := m.Left
				switch w {
				case "for", "within", "after", "over", "took", "lasted", "spent":
				case "recent":
					start = ws // "in recent years"
				default:
					return Timex{}, false
				}
				if m.Right < len(c.Text) && c.Text[m.Right] == '-' {
					return Timex{}, false // "decades-old"
				}
				if next := strings.ToLower(wordAfter(c.Text, m.Right)); next == "of" || next == "ago" || next == "later" {
					return Timex{}, false
				}
				_, letter, _ := unitOf(capture(m, 0))
				return Timex{Start: start, End: m.Right, Type: TypeDuration, Value: durationValue(-1, letter)}, true
			}),
		// 1: past/last/next/coming, 2: count, 3: unit
		withAfter(newRule("the-past-units", []string{"the"}, 0, `the\s+(past|last|next|coming|previous|first|final|following)\s+(?:{NUM}\s+)?{UNIT}`,
			func(c *state, m *rules.Match) (Timex, bool) {
				unit := capture(m, 2)
				_, letter, _ := unitOf(unit)
				if letter == "" || letter == "Q" {
					return Timex{}, false
				}
				n := 1
				if first := strings.ToLower(capture(m, 0)); (first == "first" || first == "final" || first == "following") && capture(m, 1) == "" {
					return Timex{}, false // "the first day of talks"
				}
				if s := capture(m, 1); s != "" {
					var ok bool
					if n, ok = number(s); !ok {
						return Timex{}, false
					}
				} else if strings.HasSuffix(strings.ToLower(unit), "s") {
					n = -1 // "the coming months"
				}
				return Timex{Type: TypeDuration, Value: durationValue(n, letter)}, true
			}), "past", "last", "next", "coming", "previous", "first", "final", "following"),
	}
}
