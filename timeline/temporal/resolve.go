package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// tense is the time orientation of the clause around an expression.
type tense int

const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
	tensePresent // the present of scheduled or ongoing events: the nearest date
)

// futureWords mark a clause as looking ahead.
var futureWords = map[string]bool{
	"will": true, "shall": true, "ll": true, "won": true, "going": true, "expected": true,
	"scheduled": true, "due": true, "slated": true, "plans": true, "plan": true,
	"planning": true, "upcoming": true, "next": true, "coming": true, "forthcoming": true,
	"expects": true, "intends": true, "aims": true, "hopes": true, "set": true,
	"tomorrow": true, "ahead": true,
	// the present of scheduled events
	"takes": true, "begins": true, "starts": true, "opens": true, "expires": true,
	"resumes": true, "assumes": true,
}

// presentWords mark the present tense, which with a date usually states a
// schedule ("the session is in April") but also headlines a past event.
var presentWords = map[string]bool{
	// modals: the time is that of the report; the nearest date is the best guess
	"would": true, "could": true, "might": true, "may": true, "can": true,
	"is": true, "are": true, "holds": true, "hosts": true, "meets": true, "convenes": true,
	"chairs": true, "travels": true, "arrives": true, "leaves": true, "visits": true,
	"runs": true, "ends": true, "closes": true, "concludes": true,
	"flies": true, "heads": true, "departs": true,
}

// pastWords mark a clause as reporting the past, besides regular "-ed" verbs.
var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "ago": true,
	"last": true, "yesterday": true, "met": true, "held": true, "went": true, "came": true,
	"took": true, "made": true, "gave": true, "told": true, "spoke": true, "began": true,
	"left": true, "flew": true, "saw": true, "won": true, "lost": true, "became": true,
	"rose": true, "fell": true, "wrote": true, "found": true, "sent": true, "brought": true,
	"sought": true, "struck": true, "led": true, "paid": true, "kept": true, "chose": true,
	"drew": true, "broke": true, "ran": true, "earlier": true, "previously": true,
	"hosted": true, "spent": true, "stood": true, "sat": true, "bid": true,
}

// notPast are "-ed" words that are not past-tense verbs.
var notPast = map[string]bool{
	"indeed": true, "need": true, "proceed": true, "exceed": true, "succeed": true,
	"embed": true, "hundred": true, "seed": true, "speed": true, "feed": true, "breed": true,
	"united": true, "limited": true, "red": true, "bed": true, "shed": true, "wed": true,
	"expected": true, "scheduled": true, "planned": true, "proposed": true, "intended": true,
	"anticipated": true, "based": true, "related": true, "concerned": true, "advanced": true,
	"armed": true, "detailed": true, "renewed": true, "heightened": true, "increased": true,
}

// sentenceBounds returns the sentence around [s, e), at most 300 bytes each way.
func (c *state) sentenceBounds(s, e int) (int, int) {
	text := c.Text
	lo := max(0, s-300)
	ss := lo
	for i := s - 1; i > lo; i-- {
		if text[i] == '\n' || (text[i] == ' ' && (text[i-1] == '.' || text[i-1] == '!' || text[i-1] == '?') && !abbrevBefore(text, i-1)) {
			ss = i + 1
			break
		}
	}
	hi := min(len(text), e+300)
	se := hi
	for i := e; i < hi; i++ {
		if text[i] == '\n' || ((text[i] == '.' || text[i] == '!' || text[i] == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !abbrevBefore(text, i)) {
			se = i
			break
		}
	}
	return ss, se
}

// abbrevBefore reports whether the dot at i ends a short abbreviation
// ("Dec.", "U.S.", "Mr.") rather than a sentence.
func abbrevBefore(text string, i int) bool {
	j := i
	for j > 0 && isAlnum(text[j-1]) {
		j--
	}
	w := text[j:i]
	if len(w) == 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "jan", "feb", "mar", "apr",
		"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "jr", "lt", "col", "capt", "prof":
		return true
	}
	return false
}

// sameSentence reports whether offsets a <= b fall in one sentence, at
// most 300 bytes apart.
func (c *state) sameSentence(a, b int) bool {
	if a > b || b-a > 300 {
		return false
	}
	ss, _ := c.sentenceBounds(b, b)
	return ss <= a
}

// sameClause reports whether offsets a <= b fall in one clause: the same
// sentence with no ";", ", and", ", but", ", which"... between them.
func (c *state) sameClause(a, b int) bool {
	if a > b || b-a > 300 {
		return false
	}
	if ss, _ := c.sentenceBounds(b, b); ss > a {
		return false
	}
	between := c.Text[a:b]
	if strings.Contains(between, ";") {
		return false
	}
	for _, w := range []string{", and ", ", but ", ", while ", ", whereas ", ", which ", ", who ", ", where ", ", when "} {
		if strings.Contains(between, w) {
			return false
		}
	}
	return true
}

// tenseAt guesses whether the clause around [s, e) reports the past or
// looks ahead. The verb usually comes before its time phrase, so the nearest
// tense marker before the expression in its sentence decides; failing that,
// the nearest one after it. A passive participle ("will be held") leaves the
// decision to its auxiliary. News mostly reports the past, so callers treat
// tenseUnknown as they see fit.
func (c *state) tenseAt(s, e int) tense {
	ss, se := c.sentenceBounds(s, e)
	text := c.Text
	for _, sep := range clauseBreaks {
		// markers count only in the expression's own clause
		if k := strings.Index(text[e:se], sep); k >= 0 {
			se = e + k
		}
		if k := strings.LastIndex(text[ss:s], sep); k >= 0 {
			ss += k + len(sep)
		}
	}
	before, after := tenseUnknown, tenseUnknown
	for i := ss; i < se; {
		if !isAlnum(text[i]) {
			i++
			continue
		}
		j := i
		for j < se && isAlnum(text[j]) {
			j++
		}
		if i >= s && j <= e {
			i = j
			continue
		}
		if i >= e && isAndBut(text[i:j]) && clauseVerb(text, j) {
			// "cut ties on Monday and will recognise Beijing": the verb
			// after "and" heads a clause of its own
			break
		}
		t := markerTense(text, i, j)
		if t == tensePast && j <= s && reportingVerbs[lowerASCII(text[i:j])] && !ownPhrase(text, j, s) && (wordsBetween(text, j, s) > 2 || containsWord(strings.ToLower(text[j:s]), "that")) {
			// "discussed the summit in July": the report is past, the
			// summit need not be; only "said on Tuesday" dates the report
			t = tenseUnknown
		}
		if t != tenseUnknown {
			if j <= s {
				before = t
			} else if after == tenseUnknown {
				after = t
			}
		}
		i = j
	}
	if before != tenseUnknown {
		return before
	}
	return after
}

// isAndBut reports whether w is a coordinating "and" or "but".
func isAndBut(w string) bool {
	return w == "and" || w == "but" || w == "And" || w == "But"
}

// clauseVerb reports whether the word after offset i opens a verb phrase of
// its own: a modal or auxiliary ("and will recognise", "but would not").
func clauseVerb(text string, i int) bool {
	w := lowerASCII(wordAfter(text, i))
	switch w {
	case "will", "would", "shall", "could", "might", "should", "plans", "intends", "hopes", "is", "are", "was", "were", "has", "have", "had":
		return true
	}
	return false
}

// ownPhrase reports whether text[i:j], between a reporting verb and its
// date, is only the verb's own partner and place ("agreed with Russia on
// Tuesday", "said in Hanoi on Monday"): the date is then the verb's own.
func ownPhrase(text string, i, j int) bool {
	n := 0
	for k := i; k < j; {
		if !isAlnum(text[k]) {
			if text[k] != ' ' {
				return false
			}
			k++
			continue
		}
		l := k
		for l < j && isAlnum(text[l]) {
			l++
		}
		if !isUpper(text[k]) {
			switch text[k:l] {
			case "with", "in", "on", "at", "late", "early":
			default:
				return false
			}
		}
		n++
		k = l
	}
	return n > 0
}

// nounMarkers before a verb-like word make it a noun: "the visit", "his
// return", "a state visit", "the plan".
var nounMarkers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true,
	"whose": true, "first": true, "last": true, "next": true, "official": true, "state": true,
}

// nounable are future markers that are also nouns ("the plan", "their
// hopes"); after a determiner they say nothing of the time.
var nounable = map[string]bool{"plan": true, "plans": true, "hopes": true, "aims": true, "set": true}

// baseVerbs are plain present forms of verbs that schedule events
// ("ministers meet again on April 3").
var baseVerbs = map[string]bool{
	"meet": true, "hold": true, "host": true, "visit": true, "travel": true, "begin": true,
	"start": true, "gather": true, "convene": true, "return": true, "arrive": true, "resume": true,
}

// reportingVerbs report speech, whose content may lie in the future.
var reportingVerbs = map[string]bool{
	"said": true, "discussed": true, "announced": true, "told": true, "noted": true,
	"stressed": true, "added": true, "warned": true, "welcomed": true, "confirmed": true,
	"reported": true, "stated": true, "declared": true, "emphasized": true, "emphasised": true,
	"underscored": true, "reiterated": true, "urged": true, "agreed": true, "promised": true,
	"pledged": true, "vowed": true, "signalled": true, "signaled": true, "indicated": true,
	"revealed": true, "predicted": true, "hoped": true, "expected": true, "wrote": true,
}

// wordsBetween counts the words in text[i:j].
func wordsBetween(text string, i, j int) int {
	n, in := 0, false
	for k := i; k < j; k++ {
		if isAlnum(text[k]) {
			if !in {
				n++
			}
			in = true
		} else {
			in = false
		}
	}
	return n
}

// clauseBreaks end the clause after an expression.
var clauseBreaks = []string{", and ", ", but ", "; ", ", which ", ", who ", " which ", " who ", ", while "}

// markerTense classifies the word text[i:j] as a tense marker.
func markerTense(text string, i, j int) tense {
	w := text[i:j]
	lw := lowerASCII(w)
	t := tenseUnknown
	if lw == "take" && lowerASCII(wordAfter(text, j)) == "effect" {
		if pw, _ := wordBefore(text, i); pw == "to" {
			return tenseFuture // "with membership to take effect on January 1"
		}
	}
	switch {
	case futureWords[lw]:
		if nounable[lw] {
			if pw, _ := wordBefore(text, i); nounMarkers[pw] {
				return tenseUnknown // a noun: "endorsed the plan on Tuesday"
			}
		}
		return tenseFuture
	case presentWords[lw]:
		if lw == "may" && isUpper(w[0]) {
			return tenseUnknown // the month
		}
		if pw, _ := wordBefore(text, i); strings.HasSuffix(lw, "s") && lw != "is" && (nounMarkers[pw] || pw == "during") {
			return tenseUnknown // a noun: "during visits to", "his travels"
		}
		return tensePresent
	case baseVerbs[lw]:
		// "they meet on Friday"; "will meet" looks ahead; "to meet" and
		// "could meet" say nothing of the time
		switch pw, _ := wordBefore(text, i); pw {
		case "will", "shall", "ll":
			return tenseFuture
		case "to", "would", "could", "should", "may", "might", "can", "must", "did", "does", "do", "not", "didn't":
			return tenseUnknown
		}
		if pw, k := wordBefore(text, i); nounMarkers[pw] || k > 0 && text[k-1] == '-' {
			// a noun: "the visit", "his return", "a state visit", "a
			// two-day visit"
			return tenseUnknown
		}
		return tensePresent
	case pastWords[lw]:
		t = tensePast
	case len(lw) >= 5 && strings.HasSuffix(lw, "ed") && !notPast[lw] && !isUpper(w[0]):
		t = tensePast
	}
	if t == tensePast {
		if pw, _ := wordBefore(text, i); pw == "be" || pw == "being" {
			return tenseUnknown // passive: the auxiliary before "be" decides
		}
	}
	return t
}

// yearFor chooses the year of a month (and day, 0 for a whole month) written
// without one at [s, e). It uses a year written earlier in the same clause
// ("in 2019, on March 5") unless the clause looks ahead from an earlier
// year, or the year of a full date at least two years from the reference
// written just before in a clause that does not look ahead (a narrative:
// "On 19 November 1977 Sadat flew to Jerusalem. On November 20 he spoke"),
// else the reference date and the tense: the past
// occurrence in a past-tense clause, the coming one in a future clause, and
// with no tense marker the past one unless that is more than two months
// ahead of the reference or nine months behind it. ok is false when no year
// can be known.
func (c *state) yearFor(month, day, s, e int) (int, bool) {
	if c.Ref.IsZero() {
		// without a reference only the discourse can give the year: a year
		// in the same clause, or a full date just before (a narrative)
		if c.lastYearText && c.sameClause(c.lastYearAt, s) {
			return c.lastYear, true
		}
		if l := c.last; l != nil && !l.Inferred && l.Granularity == Day && !l.IsRange() &&
			len(c.recent) > 0 && s-c.recent[len(c.recent)-1].end < 400 {
			return l.Start.Year(), true
		}
		return 0, false
	}
	y := c.Ref.Year()
	t := c.tenseAt(s, e)
	if c.lastYearText && c.sameClause(c.lastYearAt, s) && !(t == tenseFuture && c.lastYear < y) {
		return c.lastYear, true
	}
	if l := c.last; l != nil && t != tenseFuture && !l.Inferred && l.Granularity == Day && !l.IsRange() &&
		len(c.recent) > 0 && s-c.recent[len(c.recent)-1].end < 400 && (l.Start.Year() < y-1 || l.Start.Year() > y+1) &&
		!paragraphBetween(c.Text, c.recent[len(c.recent)-1].end, s) {
		// a narrative of another year: "On 19 November 1977 Sadat flew to
		// Jerusalem. On November 20 he spoke to the Knesset."
		return l.Start.Year(), true
	}
	if l := c.last; l != nil && day == 0 && t != tenseFuture && l.Granularity == Month && !l.IsRange() && month > int(l.Start.Month()) &&
		len(c.recent) > 0 && s-c.recent[len(c.recent)-1].end < 300 && (l.Start.Year() < y-1 || l.Start.Year() > y+1) &&
		!paragraphBetween(c.Text, c.recent[len(c.recent)-1].end, s) {
		// "in January 1995 the two governments opened liaison offices.
		// Then in August Christopher flew to Hanoi": later that year
		return l.Start.Year(), true
	}
	if day == 0 {
		diff := month - int(c.Ref.Month())
		switch {
		case t == tensePast && diff > 0, t == tenseUnknown && diff > 2, t == tensePresent && diff > 6:
			y--
		case t == tenseFuture && diff < 0, t == tenseUnknown && diff < -9, t == tensePresent && diff < -6:
			y++
		}
		return y, true
	}
	cand := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	days := int(cand.Sub(c.Ref).Hours() / 24)
	switch {
	case t == tensePast && days > 7, t == tenseUnknown && days > 60, t == tensePresent && days > 183:
		y--
	case t == tenseFuture && days < -7, t == tenseUnknown && days < -270, t == tensePresent && days < -183:
		y++
	}
	return y, true
}

// paragraphBetween reports whether text[a:b] holds a blank line: a narrative
// of another year ends with its paragraph ("... the Treaty of Rome of 25
// March 1957.\n\nEnlargement is back on the agenda. In December ...").
func paragraphBetween(text string, a, b int) bool {
	if a < 0 || b > len(text) || a >= b {
		return false
	}
	gap := text[a:b]
	for i := strings.IndexByte(gap, '\n'); i >= 0; {
		rest := strings.TrimLeft(gap[i+1:], " \t\r")
		if strings.HasPrefix(rest, "\n") {
			return true
		}
		j := strings.IndexByte(gap[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// weekdayDate resolves a weekday: dir -1 is "last Tuesday" (strictly
// before the reference), +1 "next Tuesday" (strictly after), 0 by tense (the
// reference day itself counts; an unknown tense counts as past).
func (c *state) weekdayDate(wd time.Weekday, dir int, s, e int) *Date {
	if c.Ref.IsZero() {
		return &Date{Granularity: Day, Value: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), Inferred: true}
	}
	if dir == 0 {
		diff := int(wd) - int(c.Ref.Weekday())
		if diff == 0 {
			return dayOf(c.Ref, true)
		}
		switch c.tenseAt(s, e) {
		case tenseFuture:
			dir = 1
		case tensePresent:
			// the nearest such day
			if diff > 0 && diff <= 3 || diff < 0 && diff < -3 {
				dir = 1
			} else {
				dir = -1
			}
		default:
			dir = -1
		}
	}
	diff := int(wd) - int(c.Ref.Weekday())
	if dir < 0 {
		if diff >= 0 {
			diff -= 7
		}
	} else if diff <= 0 {
		diff += 7
	}
	return dayOf(c.Ref.AddDate(0, 0, diff), true)
}

func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

// dayOf returns the day containing t.
func dayOf(t time.Time, inferred bool) *Date { return unitDate(t, Day, inferred) }

// unitDate returns the unit of granularity g containing t.
func unitDate(t time.Time, g Granularity, inferred bool) *Date {
	s := StartOfUnit(t, g)
	return &Date{Start: s, Granularity: g, Value: Format(s, g), Inferred: inferred}
}

// calendarDate builds a date from a year (0: unknown), a month (0: none)
// and a day (0: none); ok is false for impossible dates (30 February) and
// years outside 1000–2199.
func calendarDate(y, m, d int, inferred bool) (*Date, bool) {
	if m < 0 || m > 12 || d < 0 || d > 31 || (d > 0 && m == 0) || (y != 0 && (y < 1000 || y > 2199)) {
		return nil, false
	}
	if y == 0 {
		switch {
		case d > 0:
			if d > daysIn(2024, m) {
				return nil, false
			}
			return &Date{Granularity: Day, Value: fmt.Sprintf("XXXX-%02d-%02d", m, d), Inferred: true}, true
		case m > 0:
			return &Date{Granularity: Month, Value: fmt.Sprintf("XXXX-%02d", m), Inferred: true}, true
		}
		return nil, false
	}
	switch {
	case d > 0:
		if d > daysIn(y, m) {
			return nil, false
		}
		return dayOf(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), inferred), true
	case m > 0:
		return unitDate(time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), Month, inferred), true
	}
	return unitDate(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Year, inferred), true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// rangeOf joins two dates of the same granularity into a range.
func rangeOf(a, b *Date) (*Date, bool) {
	if a == nil || b == nil || a.Granularity != b.Granularity {
		return nil, false
	}
	r := &Date{Start: a.Start, End: b.Start, Granularity: a.Granularity,
		Value: a.Value + "/" + b.Value, Inferred: a.Inferred || b.Inferred}
	if a.Known() != b.Known() {
		return nil, false
	}
	if a.Known() && !b.Start.After(a.Start) {
		return nil, false
	}
	if !a.Known() {
		r.Start, r.End = time.Time{}, time.Time{}
	}
	return r, true
}

// monthNumber maps a month name or abbreviation (any case, no dot) to 1–12.
func monthNumber(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	for i, name := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if s[:3] == name {
			return i + 1
		}
	}
	return 0
}

// monthWord reports whether a matched month name is written as a name
// (capitalised), so that "may" and "march" as verbs are not dates.
func monthWord(s string) bool { return s != "" && isUpper(s[0]) }

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a couple of": 2,
}

// number reads a number in digits or words; -1 means an unknown count
// ("several", "a few"); ok is false when s is not a number.
func number(s string) (int, bool) {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if n, ok := numberWords[s]; ok {
		return n, true
	}
	if tens, units, ok := strings.Cut(strings.ReplaceAll(s, "-", " "), " "); ok {
		t, ok1 := numberWords[tens]
		u, ok2 := numberWords[units]
		if ok1 && ok2 && t >= 20 && t%10 == 0 && u < 10 {
			return t + u, true
		}
	}
	switch s {
	case "a few", "several", "few":
		return -1, true
	}
	return 0, false
}

// unitOf maps a unit word to its granularity and ISO 8601 duration letter.
func unitOf(s string) (g Granularity, letter string, factor int) {
	s = strings.ToLower(s)
	switch {
	case strings.HasPrefix(s, "day"):
		return Day, "D", 1
	case strings.HasPrefix(s, "week"):
		return Week, "W", 1
	case strings.HasPrefix(s, "month"):
		return Month, "M", 1
	case strings.HasPrefix(s, "quarter"):
		return Quarter, "Q", 1
	case strings.HasPrefix(s, "year"):
		return Year, "Y", 1
	case strings.HasPrefix(s, "decade"):
		return Decade, "DE", 1
	case strings.HasPrefix(s, "centur"):
		return Century, "CE", 1
	case strings.HasPrefix(s, "hour"):
		return "", "TH", 1
	case strings.HasPrefix(s, "minute"):
		return "", "TM", 1
	}
	return "", "", 0
}

// durationValue writes an ISO 8601 duration: P3D, P2Y, PT5H, P10Y for a
// decade; n < 0 writes X ("PXY").
func durationValue(n int, letter string) string {
	count := "X"
	if n >= 0 {
		count = strconv.Itoa(n)
	}
	switch letter {
	case "TH":
		return "PT" + count + "H"
	case "TM":
		return "PT" + count + "M"
	case "DE":
		if n >= 0 {
			return "P" + strconv.Itoa(10*n) + "Y"
		}
		return "PXDE"
	case "CE":
		if n >= 0 {
			return "P" + strconv.Itoa(100*n) + "Y"
		}
		return "PXCE"
	}
	return "P" + count + letter
}

// shift moves t by n units of granularity g.
func shift(t time.Time, g Granularity, n int) time.Time {
	switch g {
	case Day:
		return t.AddDate(0, 0, n)
	case Week:
		return t.AddDate(0, 0, 7*n)
	case Month:
		return t.AddDate(0, n, 0)
	case Quarter, Season:
		return t.AddDate(0, 3*n, 0)
	case Half:
		return t.AddDate(0, 6*n, 0)
	case Year:
		return t.AddDate(n, 0, 0)
	case Decade:
		return t.AddDate(10*n, 0, 0)
	case Century:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// wordBefore returns the word just before offset i (skipping spaces), in
// lower case, and its start.
func wordBefore(text string, i int) (string, int) {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\n') {
		j--
	}
	k := j
	for k > 0 && (isAlnum(text[k-1]) || text[k-1] == '\'') {
		k--
	}
	return lowerASCII(text[k:j]), k
}

// wordAfter returns the word just after offset i (skipping spaces), as written.
func wordAfter(text string, i int) string {
	j := i
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	k := j
	for k < len(text) && isAlnum(text[k]) {
		k++
	}
	return text[j:k]
}
