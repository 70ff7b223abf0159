package temporal

import (
	"regexp"
	"strings"
)

// relativeYearAfter matches a year named relatively right after a month or
// a day written without a year: "[March] last year", "[5 March] of this
// year", "[May] next year", "[June] that year", "[July] the following
// year". 1: the determiner.
var relativeYearAfter = regexp.MustCompile(`^(?i:\s+(?:of\s+)?(last|this|next|that|the\s+(?:previous|preceding|prior|following|next|same))\s+year\b)`)

// relYearAfter reads a year named relatively just after e (see
// relativeYearAfter) and returns it with the end of the words read. The
// deictic ones ("last year", "this year", "next year") count from the
// reference date, the anaphoric ones ("that year", "the following year")
// from the latest year the text mentioned; year is 0 when that is unknown.
// ok is false when no such words follow, or when they begin a longer phrase
// ("last year's summit", "this year-long").
func (c *state) relYearAfter(e int) (year, end int, ok bool) {
	w := c.Text[e:min(len(c.Text), e+40)]
	loc := relativeYearAfter.FindStringSubmatchIndex(w)
	if loc == nil {
		return 0, 0, false
	}
	end = e + loc[1]
	if end < len(c.Text) {
		if b := c.Text[end]; b == '-' || b == '\'' || strings.HasPrefix(c.Text[end:], "’") {
			return 0, 0, false
		}
	}
	det := strings.ToLower(w[loc[2]:loc[3]])
	switch det {
	case "last", "this", "next":
		if c.Ref.IsZero() {
			return 0, end, true
		}
		return c.Ref.Year() + map[string]int{"last": -1, "this": 0, "next": 1}[det], end, true
	}
	n := 0
	switch f := strings.Fields(det); f[len(f)-1] {
	case "previous", "preceding", "prior":
		n = -1
	case "following", "next":
		n = 1
	}
	if y := c.discourseYear(); y != 0 {
		return y + n, end, true
	}
	return 0, end, true
}

// discourseYear returns the year of the latest date mentioned finer than a
// decade, or 0.
func (c *state) discourseYear() int {
	for i := len(c.recent) - 1; i >= 0; i-- {
		if d := c.recent[i].date; d.Granularity != Decade && d.Granularity != Century {
			return d.Start.Year()
		}
	}
	return 0
}

// discourseMonth returns the year and month of the latest date mentioned
// finer than a decade (month 12 for a year: "in 2010 ... the following
// April" is April 2011), or 0, 0.
func (c *state) discourseMonth() (int, int) {
	for i := len(c.recent) - 1; i >= 0; i-- {
		if d := c.recent[i].date; d.Granularity != Decade && d.Granularity != Century {
			if coarser(d.Granularity, Month) {
				return d.Start.Year(), 12
			}
			return d.Last().Year(), int(d.Last().Month())
		}
	}
	return 0, 0
}
