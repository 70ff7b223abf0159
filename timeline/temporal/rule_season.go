package temporal

import (
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
)

// seasonMonths gives the first month of each season. Winter Y is December
// of Y to February of Y+1, written "Y-WI".
var seasonMonths = map[string]time.Month{
	"spring": time.March, "summer": time.June, "autumn": time.September, "fall": time.September,
	"winter": time.December,
}

// seasonRules read seasons: "summer 2023", "the summer of 2023", "this
// spring", "last winter", "in the autumn".
func seasonRules() []*Rule {
	return []*Rule{
		// 1: season, 2: year
		newRule("season", []string{"spring", "summer", "autumn", "fall", "winter"}, extMod|extThe,
			`(spring|summer|autumn|fall|winter)\b(?:\s*,?\s*(?:of\s+)?{YEAR})?`,
			func(c *state, m *rules.Match) (Timex, bool) {
				name := strings.ToLower(capture(m, 0))
				mo := seasonMonths[name]
				start := m.Left
				if ys := capture(m, 1); ys != "" {
					y, _ := strconv.Atoi(ys)
					if y < 1000 || y > 2199 {
						return Timex{}, false
					}
					return seasonTimex(y, mo, false, start, m.Right), true
				}
				if ry, re, ok := c.relYearAfter(m.Right); ok {
					// "in the summer of last year", "spring next year"
					if ry == 0 {
						v := "XXXX-" + seasonCode(mo)
						return Timex{Start: start, End: re, Type: TypeDate, Value: v,
							Date: &Date{Granularity: Season, Value: v, Inferred: true}}, true
					}
					return seasonTimex(ry, mo, true, start, re), true
				}
				det, ds := c.determiner(m.Left)
				w, _ := wordBefore(c.Text, m.Left)
				after := strings.ToLower(wordAfter(c.Text, m.Right))
				switch {
				case det != "":
				case w == "the" || w == "early" || w == "late" || w == "mid" || w == "in" || w == "during":
					if after == "of" || ((name == "fall" || name == "spring") && w != "the") {
						return Timex{}, false
					}
				default:
					return Timex{}, false
				}
				if c.Ref.IsZero() {
					return Timex{Start: ds, End: m.Right, Type: TypeDate, Value: "XXXX-" + seasonCode(mo),
						Date: &Date{Granularity: Season, Value: "XXXX-" + seasonCode(mo), Inferred: true}}, true
				}
				cur := StartOfUnit(c.Ref, Season)
				cand := time.Date(c.Ref.Year(), mo, 1, 0, 0, 0, 0, time.UTC)
				if mo == time.December && c.Ref.Month() <= time.February {
					cand = cand.AddDate(-1, 0, 0)
				}
				switch det {
				case "last", "past":
					if !cand.Before(cur) {
						cand = cand.AddDate(-1, 0, 0)
					}
				case "next", "coming":
					if !cand.After(cur) {
						cand = cand.AddDate(1, 0, 0)
					}
				case "this":
				case "that":
					for i := len(c.recent) - 1; i >= 0; i-- {
						if g := c.recent[i].date.Granularity; g != Decade && g != Century {
							cand = time.Date(c.recent[i].date.Start.Year(), mo, 1, 0, 0, 0, 0, time.UTC)
							break
						}
					}
				default:
					switch t := c.tenseAt(m.Left, m.Right); {
					case t == tensePast && cand.After(cur):
						cand = cand.AddDate(-1, 0, 0)
					case t == tenseFuture && cand.Before(cur):
						cand = cand.AddDate(1, 0, 0)
					}
				}
				return seasonTimex(cand.Year(), mo, true, ds, m.Right), true
			}),
	}
}

func seasonTimex(y int, mo time.Month, inferred bool, s, e int) Timex {
	d := &Date{Start: time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), Granularity: Season, Inferred: inferred}
	d.Value = Format(d.Start, Season)
	return Timex{Start: s, End: e, Type: TypeDate, Value: d.Value, Date: d}
}
