package temporal

import (
	"strconv"
	"strings"
	"time"
)

// LabelStyle chooses how Label writes month names.
type LabelStyle int

// Label styles.
const (
	LongMonths  LabelStyle = iota // "21 October 2024"
	ShortMonths                   // "21 Oct 2024"
)

// modWords are the English words for TIMEX3 mods, put before a date.
var modWords = map[string]string{
	"START":  "early ",
	"MID":    "mid-",
	"END":    "late ",
	"APPROX": "about ",
	"BEFORE": "before ",
	"AFTER":  "after ",
}

// Label writes a date for readers at its precision: "21 October 2024",
// "21–22 October 2024", "30 September – 1 October 2024", "October 2024",
// "Q4 2024", "summer 2024", "week of 21 October 2024", "2023", "the 1990s",
// "the 20th century", "early 2023", "the late 1990s". A date that is not on
// the calendar is written by its TIMEX3 value ("XXXX-10-21"). Label does not
// mark inferred years: callers add their own mark.
func (d Date) Label(style LabelStyle) string {
	if !d.Known() {
		return d.Value
	}
	var s string
	if d.IsRange() {
		s = labelRange(d.Start, d.End, d.Granularity, style)
	} else {
		s = labelUnit(d.Start, d.Granularity, style)
	}
	mod, ok := modWords[d.Mod]
	if !ok && d.Mod != "" {
		return s + " (" + strings.ToLower(d.Mod) + ")"
	}
	if rest, ok := strings.CutPrefix(s, "the "); ok && (d.Mod == "START" || d.Mod == "MID" || d.Mod == "END") {
		return "the " + mod + rest // "the late 1990s"
	}
	return mod + s
}

func monthName(m time.Month, style LabelStyle) string {
	if style == ShortMonths {
		return m.String()[:3]
	}
	return m.String()
}

// labelUnit writes the unit of granularity g that starts at t.
func labelUnit(t time.Time, g Granularity, style LabelStyle) string {
	y := strconv.Itoa(t.Year())
	switch g {
	case Day, "":
		return strconv.Itoa(t.Day()) + " " + monthName(t.Month(), style) + " " + y
	case Week:
		return "week of " + labelUnit(t, Day, style)
	case Month:
		return monthName(t.Month(), style) + " " + y
	case Quarter:
		return "Q" + strconv.Itoa((int(t.Month())-1)/3+1) + " " + y
	case Season:
		return seasonName(t.Month()) + " " + y
	case Half:
		return "H" + strconv.Itoa((int(t.Month())-1)/6+1) + " " + y
	case Year:
		return y
	case Decade:
		return "the " + strconv.Itoa(t.Year()/10*10) + "s"
	case Century:
		return "the " + ordinal(t.Year()/100+1) + " century"
	}
	return t.Format("2006-01-02")
}

// labelRange writes a range without repeating a shared month and year:
// "21–22 October 2024", "30 September – 1 October 2024", "March–May 2023".
func labelRange(a, b time.Time, g Granularity, style LabelStyle) string {
	if (g == Day || g == "") && a.Year() == b.Year() {
		if a.Month() == b.Month() {
			return strconv.Itoa(a.Day()) + "–" + labelUnit(b, Day, style)
		}
		return strconv.Itoa(a.Day()) + " " + monthName(a.Month(), style) + " – " + labelUnit(b, Day, style)
	}
	if g == Month && a.Year() == b.Year() {
		return monthName(a.Month(), style) + "–" + labelUnit(b, Month, style)
	}
	first, last := labelUnit(a, g, style), labelUnit(b, g, style)
	if strings.Contains(first, " ") {
		return first + " – " + last
	}
	return first + "–" + last
}

// seasonName names the (northern) season containing month m.
func seasonName(m time.Month) string {
	return [...]string{"spring", "summer", "autumn", "winter"}[seasonIndex(m)]
}

// ordinal writes n with its English ordinal suffix: 1st, 2nd, 11th, 21st.
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}
