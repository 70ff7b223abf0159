package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
)

// yearRules read years written alone, only where the words around make
// them dates ("in 1949", "since 2014", "the 2022 invasion", "its 1949
// founding"), and ranges of years ("2019–2021", "from 2019 to 2021",
// "between 2019 and 2021"). Numbers such as "300,000 troops", "Article 5",
// "F-16" or "1500 soldiers" are not years.
func yearRules() []*Rule {
	return []*Rule{
		// 1: year, 2: separator, 3: end year (two or four digits)
		withDigits(newRule("year-range", []string{"#"}, extMod, `{YEAR}(\s*(?:-|–|—|to|through|until|and)\s*)(\d{4}|\d{2})\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				y1, _ := strconv.Atoi(capture(m, 0))
				y2s := capture(m, 2)
				y2, _ := strconv.Atoi(y2s)
				if len(y2s) == 2 {
					y2 += y1 / 100 * 100
				}
				sep := strings.TrimSpace(lowerASCII(capture(m, 1)))
				w, _ := wordBefore(c.Text, m.Left)
				switch {
				case y1 < 1000 || y1 > 2199 || y2 <= y1 || y2-y1 > 100:
					return Timex{}, false
				case sep == "and" && w != "between":
					return Timex{}, false
				case (sep == "to" || sep == "through" || sep == "until") && !c.yearContext(m.Left, m.Right):
					return Timex{}, false
				case !c.numberStandsAlone(m.Left, m.Left) || (m.Right < len(c.Text) && strings.ContainsRune("-/:%", rune(c.Text[m.Right]))):
					return Timex{}, false
				}
				a, _ := calendarDate(y1, 0, 0, false)
				b, _ := calendarDate(y2, 0, 0, false)
				tx, ok := dateTimex(rangeOf(a, b))
				return withParts(tx, ok, m, capture(m, 0), capture(m, 1), a, b)
			}), func(run int, next byte) bool { return run == 4 }),
		// 1: year
		withDigits(newRule("year", []string{"#"}, extMod, `{YEAR}`,
			func(c *state, m *rules.Match) (Timex, bool) {
				y, _ := strconv.Atoi(capture(m, 0))
				if y < 1000 || y > 2199 || !c.numberStandsAlone(m.Left, m.Right) && !c.afterMid(m.Left) {
					return Timex{}, false
				}
				if !c.yearContext(m.Left, m.Right) {
					return Timex{}, false
				}
				return dateTimex(calendarDate(y, 0, 0, false))
			}), func(run int, next byte) bool { return run == 4 }),
		// 1: decade start ("1990"), 2: two-digit decade after an apostrophe ("90")
		withDigits(newRule("decade", []string{"#"}, extMod|extThe, `(?:(\d{3}0)|(\d0))['’]?s\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				start := m.Left
				y := 0
				if d := capture(m, 0); d != "" {
					y, _ = strconv.Atoi(d)
					if y < 1000 || y > 2190 || !c.numberStandsAlone(m.Left, m.Left+4) && !c.afterMid(m.Left) {
						return Timex{}, false
					}
				} else {
					n := len(apostropheBefore(c.Text, m.Left))
					if n == 0 {
						// "the 80s", but not "in the 90s heat"
						w, _ := wordBefore(c.Text, m.Left)
						next := strings.ToLower(wordAfter(c.Text, m.Right))
						if (w != "the" && w != "early" && w != "late" && w != "mid") || next == "heat" || next == "degrees" ||
							next == "temperatures" || next == "fahrenheit" || next == "celsius" || (m.Left > 0 && c.Text[m.Left-1] != ' ' && c.Text[m.Left-1] != '-') {
							return Timex{}, false
						}
					}
					start -= n
					y, _ = strconv.Atoi(capture(m, 1))
					if y >= 30 {
						y += 1900
					} else {
						y += 2000
					}
				}
				if y%100 == 0 && y < 1900 {
					// "the 1800s" is a century
					d := unitDate(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Century, false)
					return Timex{Start: start, End: m.Right, Type: TypeDate, Value: d.Value, Date: d}, true
				}
				d := unitDate(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Decade, false)
				return Timex{Start: start, End: m.Right, Type: TypeDate, Value: d.Value, Date: d}, true
			}), func(run int, next byte) bool {
			return (run == 4 || run == 2) && (next == 's' || next == '\'' || next == 0xE2)
		}),
		// 1: century number, 2: century ordinal in words
		withDigits(newRule("century", []string{"#", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
			"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
			"seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty"}, extMod|extThe,
			`(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first|twenty[- ]second))[- ]century\b`,
			func(c *state, m *rules.Match) (Timex, bool) {
				n, _ := strconv.Atoi(capture(m, 0))
				if w := capture(m, 1); w != "" {
					n = ordinalWord(w)
				}
				if n < 1 || n > 22 {
					return Timex{}, false
				}
				d := unitDate(time.Date((n-1)*100, 1, 1, 0, 0, 0, 0, time.UTC), Century, false)
				d.Value = fmt.Sprintf("%02d", n-1)
				return Timex{Type: TypeDate, Value: d.Value, Date: d}, true
			}), func(run int, next byte) bool { return run <= 2 }),
	}
}

var ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
	"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
	"seventeenth", "eighteenth", "nineteenth", "twentieth"}

// ordinalWord maps "first" to 1 ... "twenty-second" to 22; 0 if unknown.
func ordinalWord(w string) int {
	w = strings.NewReplacer("-", " ").Replace(strings.ToLower(w))
	base := 0
	if strings.HasPrefix(w, "twenty ") {
		base, w = 20, strings.TrimPrefix(w, "twenty ")
	}
	for i, o := range ordinals {
		if o == w {
			return base + i + 1
		}
	}
	return 0
}

// apostropheBefore returns the apostrophe ending just before i, if any.
func apostropheBefore(text string, i int) string {
	switch {
	case strings.HasSuffix(text[:i], "'"):
		return "'"
	case strings.HasSuffix(text[:i], "’"):
		return "’"
	}
	return ""
}

// afterMid reports whether "mid-" is written just before s ("mid-2023").
func (c *state) afterMid(s int) bool {
	return s >= 4 && strings.EqualFold(c.Text[s-4:s], "mid-") && (s == 4 || !isAlnum(c.Text[s-5]))
}

// yearWords introduce a year ("in 1949").
var yearWords = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true,
	"between": true, "of": true, "during": true, "through": true, "throughout": true,
	"before": true, "after": true, "around": true, "circa": true, "c": true, "early": true,
	"late": true, "mid": true, "year": true, "fiscal": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "as": false, "for": true, "to": false,
	"ca": true, "about": false, "january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "end": false, "year's": true,
}

// determiners may stand before a year used as a modifier ("the 2022 invasion").
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true,
	"our": true, "this": true, "that": true, "whose": true,
}

// countNouns after a number make it a quantity, not a year.
var countNouns = map[string]bool{
	"troops": true, "people": true, "soldiers": true, "men": true, "women": true, "children": true,
	"members": true, "votes": true, "jobs": true, "km": true, "kilometres": true, "kilometers": true,
	"miles": true, "tons": true, "tonnes": true, "dollars": true, "euros": true, "pounds": true,
	"units": true, "cases": true, "deaths": true, "casualties": true, "refugees": true,
	"delegates": true, "participants": true, "residents": true, "workers": true, "staff": true,
	"officers": true, "pages": true, "words": true, "metres": true, "meters": true, "feet": true,
	"barrels": true, "points": true, "percent": true, "million": true, "billion": true,
	"thousand": true, "vehicles": true, "tanks": true, "aircraft": true, "missiles": true,
	"rounds": true, "shells": true, "hours": true, "days": true, "years": true, "times": true,
	"seats": true, "students": true, "employees": true, "civilians": true, "prisoners": true,
	"signatures": true, "copies": true, "visitors": true, "and": false,
}

// eventNouns after a year make it a date even without a preposition
// ("1949 founding", "2024 elections").
var eventNouns = map[string]bool{
	"invasion": true, "election": true, "elections": true, "summit": true, "war": true,
	"founding": true, "treaty": true, "agreement": true, "accords": true, "crisis": true,
	"revolution": true, "census": true, "budget": true, "olympics": true, "referendum": true,
	"visit": true, "coup": true, "uprising": true, "protests": true, "earthquake": true,
	"pandemic": true, "deal": true, "accession": true, "enlargement": true, "meeting": true,
	"talks": true, "conference": true, "declaration": true, "ceasefire": true,
	"constitution": true, "annexation": true, "independence": true, "offensive": true,
	"counteroffensive": true, "withdrawal": true, "strategic": true, "attack": true,
	"attacks": true, "vote": true, "campaign": true, "report": true, "law": true, "act": true,
	"season": true, "edition": true, "world": true, "games": true, "cup": true, "financial": true,
	"global": true, "nato": true, "un": true, "eu": true, "g7": true, "g20": true,
	"presidential": true, "general": true, "parliamentary": true, "midterm": true,
	"midterms": true, "military": true, "peace": true, "bombing": true, "massacre": true,
	"accord": true, "charter": true, "communique": true, "memorandum": true, "strategy": true,
}

// yearContext reports whether the number at [s, e) is used as a year.
func (c *state) yearContext(s, e int) bool {
	text := c.Text
	next := wordAfter(text, e)
	if e < len(text) && (text[e] == ',' || text[e] == '.') && e+1 < len(text) && isDigit(text[e+1]) {
		return false
	}
	if countNouns[strings.ToLower(next)] {
		return false
	}
	if s > 0 && text[s-1] == '(' && e < len(text) && text[e] == ')' {
		return true
	}
	if c.afterMid(s) {
		return true
	}
	if s > 0 && text[s-1] != ' ' && text[s-1] != '\n' && text[s-1] != '\t' {
		return false
	}
	w, ws := wordBefore(text, s)
	if yearWords[w] {
		return true
	}
	// "I'd say 2000.": a year given as an answer
	if (w == "say" || w == "guess") && e < len(text) && (text[e] == '.' || text[e] == ',') && (text[s:s+2] == "19" || text[s:s+2] == "20") {
		return true
	}
	switch w {
	case "and", "or", "to", "through":
		if c.prev != nil && c.prev.Date != nil && ws-c.prev.End <= 3 {
			return true
		}
	}
	lowerNext := strings.ToLower(next)
	if eventNouns[lowerNext] {
		return true
	}
	possessive := strings.HasSuffix(w, "'s") || strings.HasSuffix(text[:s], "’s ")
	if (determiners[w] || possessive) && next != "" && !isDigit(next[0]) && c.Text[s] >= '1' && (c.Text[s:s+2] == "19" || c.Text[s:s+2] == "20") {
		return true // "the 2022 invasion"; older years need an event noun
	}
	return false
}
