package timeline

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline/temporal"
)

// textBetween returns the sentence text between two document offsets,
// rebuilt from tokens (only used to test for adjacency).
func (s *sentCtx) textBetween(a, b int) string {
	// tokens are in text order: start at the first one at or after a and
	// stop at b, so the cost is that of the span, not of the sentence
	var sb strings.Builder
	for i := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Start >= a }); i < len(s.toks) && s.toks[i].Start < b; i++ {
		if t := s.toks[i]; t.End <= b {
			sb.WriteString(t.Text)
		}
	}
	return sb.String()
}

// blankBetween reports whether no token with text lies wholly between two
// document offsets; it looks at the first tokens after a only, so it costs
// O(log n) whatever the distance.
func (s *sentCtx) blankBetween(a, b int) bool {
	for i := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Start >= a }); i < len(s.toks) && s.toks[i].Start < b; i++ {
		if t := s.toks[i]; t.End <= b && strings.TrimSpace(t.Text) != "" {
			return false
		}
	}
	return true
}

// issuedAfter reports whether clause id is the meeting a document came out
// of: "a joint statement issued after talks in Hanoi on Monday", "signed a
// communiqué after the two leaders met in Lima on 3 May". The document
// closes the meeting, so the meeting's day is its day. Clauses of long
// processes ("after negotiations that began in 1995") do not count.
func (s *sentCtx) issuedAfter(ids []int, id int, c candidate) bool {
	first := -1
	for i := c.End; i < len(s.toks) && i <= c.End+4; i++ {
		if ids[i] == id {
			first = i
			break
		}
	}
	if first < 0 || !isOneOf(s.lw(first), "after", "following", "at") {
		return false
	}
	// only words may stand between: "issued", "a joint statement"
	for i := c.End; i < first; i++ {
		if !s.toks[i].Word {
			return false
		}
	}
	meet := false
	for i := first + 1; i < len(s.toks) && i <= first+10 && ids[i] == id; i++ {
		switch s.lw(i) {
		case "talks", "met", "meeting", "meetings", "summit", "negotiations", "consultations", "conversation", "discussions":
			meet = true
		case "years", "months", "weeks", "began", "begun", "started", "opened", "launched", "rounds", "since":
			return false
		}
	}
	return meet
}

// aheadOfEvent returns the token of a phrase after trigger c that times it
// by another event ("reached Port Moresby days ahead of the summit",
// "arrived a week before the talks"), or -1. Dates after that phrase belong
// to other clauses.
func (s *sentCtx) aheadOfEvent(c candidate) int {
	from := c.End
	// "reached Port Moresby days ahead of the summit for a state visit":
	// the phrase may come before a noun trigger
	for j := c.Tok - 1; j >= 0 && j >= c.Tok-8; j-- {
		if !s.toks[j].Word {
			break
		}
		from = j
	}
	for j := from; j < len(s.toks) && j <= c.End+8; j++ {
		if j >= c.Tok && j < c.End {
			continue
		}
		switch s.toks[j].Lower {
		case ",", ";", ".":
			return -1
		case "days", "weeks", "hours", "day", "week", "shortly", "just", "well":
		default:
			continue
		}
		k := j + 1
		if s.lw(k) == "ahead" && s.lw(k+1) == "of" {
			k += 2
		} else if s.lw(k) == "before" {
			k++
		} else {
			continue
		}
		if isOneOf(s.lw(k), "the", "a", "an", "its", "their", "his", "her") {
			return j
		}
	}
	return -1
}

// chairClause reports whether relative clause id gives the term of the
// host's chair ("Italy, which takes over the rotating presidency of the
// group next year, will host the next summit"): the summit falls in it.
func (s *sentCtx) chairClause(ids []int, id int) bool {
	for i := range s.toks {
		if ids[i] == id && isOneOf(s.lw(i), "presidency", "chairmanship", "chairship", "chair") {
			return true
		}
	}
	return false
}

// clauseIDsInto numbers the clauses of a sentence and gives each its kind: a
// new main clause starts at ";", a spaced dash, ":", ", which/who/while/
// but...", ", and he..." (it may share a date with its neighbours); a
// subordinate clause at "after", "before", "since", "until", "because" and
// object relative clauses ("that it closed"); a sequence clause at "then".
//
// The buffers ids and kind are reused when large enough.
func clauseIDsInto(toks []token, ids []int, kind []clauseKind) ([]int, []clauseKind) {
	if cap(ids) < len(toks) {
		ids = make([]int, len(toks))
	}
	ids = ids[:len(toks)]
	kind = append(kind[:0], mainClause)
	id := 0
	start := func(k clauseKind) {
		id++
		kind = append(kind, k)
	}
	skip := -1 // the comma closing a place appositive ("in Jeddah, Saudi Arabia, on Friday")
	for i, t := range toks {
		if t.Lower == "," && (i == skip || i > 0 && toks[i-1].Cap && placeAppositive(toks, i) > 0) {
			if i != skip {
				skip = placeAppositive(toks, i)
			}
			ids[i] = id
			continue
		}
		switch t.Lower {
		case ";", ":", "while", "whereas", "although", "but":
			start(mainClause)
		case "after", "before", "since", "until", "because":
			// "since 2018" is a phrase of its clause, not a clause
			if t.Lower == "since" && i+1 < len(toks) && isDigitStart(toks[i+1].Lower) && len(toks[i+1].Lower) == 4 {
				break
			}
			start(subClause)
		case "then":
			// "what was then the European Economic Community": an adverb of
			// a copula, not a step in a sequence
			// "Kosovo's then prime minister", "the then president": an
			// adjective
			if i == 0 || !isOneOf(toks[i-1].Lower, "was", "were", "is", "'s", "’s", "the", "his", "her", "their", "its") {
				start(thenClause)
			}
		case "—", "–":
			if t.isBreakDash() {
				start(mainClause)
			}
		case ",":
			// (a comma of a list of names stays inside: "founded by
			// Argentina, Brazil, Paraguay and Uruguay in 1991")
			listComma := i > 0 && i+1 < len(toks) && toks[i-1].Cap && toks[i+1].Cap && toks[i+1].Word && i+2 < len(toks) && (toks[i+2].Lower == "," || toks[i+2].Lower == "and")
			if (kind[id] == relClause || kind[id] == subClause) && !listComma && (i+1 >= len(toks) || !isOneOf(toks[i+1].Lower, "which", "who", "whose")) {
				// the clause closes: "Blinken, who had ..., on Monday", "months
				// after he became president, and met Kim Jong Il"
				start(mainClause)
			}
			if i+1 < len(toks) && isOneOf(toks[i+1].Lower, "where", "while", "but", "although", "whereas", "when") {
				start(mainClause)
			}
			// a relative clause reports its own time: "Blinken, who had
			// visited Tokyo in November"
			if i+1 < len(toks) && isOneOf(toks[i+1].Lower, "which", "who", "whose") {
				start(relClause)
			}
			// ", delayed by the ousting of ... in 1997,": a participial aside
			// reports its own time
			if i+2 < len(toks) && kind[id] == mainClause && strings.HasSuffix(toks[i+1].Lower, "ed") && toks[i+2].Lower == "by" {
				start(subClause)
			}
			// ", and he will...": a second main clause
			if i+2 < len(toks) && isOneOf(toks[i+1].Lower, "and", "but", "or") && (isOneOf(toks[i+2].Lower, "he", "she", "they", "it", "we", "the", "its", "his", "her", "their") || toks[i+2].Cap) {
				start(mainClause)
			}
		case "that", "which":
			// an object relative clause: "the offices that it closed in 2000";
			// not the report of a reporting verb ("announced on Sunday that
			// they were leaving"), which shares its date
			if i+1 < len(toks) && isOneOf(toks[i+1].Lower, "it", "he", "she", "they", "we") && !(t.Lower == "that" && reportingBefore(toks, i)) {
				start(subClause)
			}
		}
		ids[i] = id
	}
	return ids, kind
}

// placeAppositive returns the index of the comma that closes a country
// or region named after a capitalised place at comma i ("Jeddah, Saudi
// Arabia,"), or -1.
func placeAppositive(toks []token, i int) int {
	for j := i + 1; j <= i+4 && j < len(toks); j++ {
		if toks[j].Lower == "," {
			if j > i+1 && i >= 2 && isOneOf(toks[i-2].Lower, "in", "at", "to", "from") {
				return j
			}
			return -1
		}
		if !toks[j].Cap || isOneOf(toks[j].Lower, "which", "who", "where", "while", "when", "and", "but") {
			return -1
		}
	}
	return -1
}

// clauseKind says how a clause relates in time to its neighbours.
type clauseKind int

const (
	mainClause clauseKind = iota // may share a date with its neighbours
	subClause                    // "after...", "since...", "that it closed...": its dates are its own
	thenClause                   // "and then travel...": dates before it belong to earlier events
	relClause                    // ", which created...": its dates are its own, but it may take its antecedent's
)

// crossable reports whether a date in clause x may date a trigger in
// clause t of the same sentence.
func crossable(kind []clauseKind, x, t int, beforeClause, pluperfect bool) bool {
	switch {
	case kind[x] == subClause, kind[x] == relClause:
		return false
	case kind[t] == relClause && !pluperfect:
		return true // "the Treaty of Rome of 25 March 1957, which created..."
	case kind[t] == relClause:
		return false // "Russia, which had joined as the successor, suspended ... in 2007"
	case kind[t] == subClause:
		return beforeClause // "attend a symposium today ... before flying to Los Angeles"
	case kind[t] == thenClause && x < t, kind[x] == thenClause && x > t:
		return false
	}
	return true
}

// anchorCue says whether a temporal expression can date an event: it must
// be a calendar date (not a duration, a set or "now"), not open-ended
// ("since 2014", "until 2025") and not the modifier of another noun
// ("Russia's 2022 invasion").
func usableTimex(x temporal.Timex, s *sentCtx, trig candidate) bool {
	if x.Date == nil || x.Type != temporal.TypeDate && x.Type != temporal.TypeTime {
		return false
	}
	d := x.Date
	if d.Value == "" || d.Granularity == temporal.Century || d.Granularity == temporal.Decade || strings.HasPrefix(d.Value, "XXXX-XX") {
		return false // "the next day" after a month: no day can be given
	}
	switch d.Mod {
	case "BEFORE", "AFTER", "ON_OR_BEFORE":
		return false
	case "ON_OR_AFTER":
		if trig.Type != Accession || s.lw(s.timexTok(x)-1) != "since" {
			return false // "since 2014" (read below for an accession)
		}
	}
	first, last := s.timexTok(x), -1
	for i := first; i >= 0 && i < len(s.toks) && s.toks[i].End <= x.End; i++ {
		last = i
	}
	if last < 0 {
		first = -1
	}
	if first < 0 {
		return true
	}
	if isOneOf(s.lw(first-1), "since", "until", "till", "before") {
		// "a member of the alliance since last week": the joining
		return trig.Type == Accession && s.lw(first-1) == "since" && s.near(first-1, 8, 0, "member", "members")
	}
	// "originally planned for February": the date given up, not the one
	// the event took place on
	if s.lw(first-1) == "for" && isOneOf(s.lw(first-2), "planned", "scheduled", "set", "slated", "pencilled", "penciled") && isOneOf(s.lw(first-3), "originally", "initially", "first", "previously", "once") {
		return false
	}
	if isOneOf(s.lw(first-1), "'s", "the", "a", "an", "its", "his", "her", "their") {
		n := last + 1
		if n < len(s.toks) && s.toks[n].Word && !s.toks[n].Cap && (n < trig.Tok || n >= trig.End) && !isOneOf(s.toks[n].Lower, "and", "or", "when", "as", "to", "in", "on", "at", "was", "is", "were", "that",
			"trip", "visit", "summit", "talks", "meeting", "meetings", "tour", "conference", "accord", "agreement", "treaty") {
			return false
		}
	}
	return true
}

// anchorDate picks the temporal expression that governs a trigger: the
// nearest usable one in the trigger's clause, else the nearest in the
// sentence. It returns nil when the sentence has none.
func anchorDate(s *sentCtx, xs []temporal.Timex, c candidate, others []candidate) *Date {
	if len(xs) == 0 {
		return nil
	}
	ids, kind := s.clauses()
	trigStart := s.toks[c.Tok].Start
	clause := ids[c.Tok]
	if d, ok := s.whenDate(xs, ids, clause); ok {
		return d
	}
	if d, ok := s.sinceDate(xs, ids, c); ok {
		return d
	}
	if d, ok := s.offsetClauseDate(xs, ids, kind, c); ok {
		return d
	}
	relTo := s.aheadOfEvent(c) // "days ahead of the summit": timed by the summit
	best, bestScore := -1, 1<<30
	var counted *Date // the date of a "two months later" chosen as best
	for k, x := range xs {
		var later *Date
		if !usableTimex(x, s, c) {
			// "A treaty followed in August 1978, and two months later Deng
			// toured Japan": counted from the date before it
			if later = s.countedLater(xs, k, c); later == nil {
				continue
			}
		}
		// token index of the expression
		ti := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Start >= x.Start })
		if ti == len(s.toks) {
			ti = 0
		}
		dist := x.Start - trigStart
		if dist < 0 {
			dist = -dist + 8 // a following date governs slightly more often
		}
		// a date written as the trigger's modifier governs it: "their May
		// 19–21 summit", "the 2023 summit"
		if x.End <= trigStart && s.blankBetween(x.End, trigStart) {
			dist = 0
		}
		// an appositive restating the event after its date: "met Putin in
		// Sochi on 4 September, his first visit to Russia since the war"
		if c.Nominal && x.End <= trigStart && s.appositiveAfter(x, c) {
			dist = 0
		}
		// a relative clause on the noun dates it: "the summit that Fiji
		// hosts on Tuesday and Wednesday", "the talks, which opened on
		// Monday"
		onNoun := c.Nominal && x.Start > trigStart && s.relativeOnTrigger(c, ti)
		if onNoun {
			dist = 0
		} else if s.relativeOnOther(c, ti) {
			continue // "on a visit that began on Monday, met Macron on Tuesday"
		}
		// a date before "and" (or the comma of a list of verbs) belongs to
		// the verb before it when this one has a date of its own: "was
		// invited in December 2010 and took its seat at Sanya the
		// following April", "arrived on Monday, met Macron on Tuesday"
		if !c.Nominal && x.End <= trigStart && isOneOf(s.lw(c.Tok-1), "and", ",") && x.End <= s.toks[c.Tok-1].Start && s.dateAhead(xs, c) {
			dist += 1000
		}
		// a date right after another, verbal trigger belongs to it: "will fly
		// to New Delhi on Thursday for a Group of 20 summit"
		// "had been invited to become full members from 1 January 2024":
		// a starting date belongs to the trigger it follows
		if x.Start > trigStart && s.startDateOfOther(ti, c) {
			continue
		}
		// "discussed the security agreement the two governments signed in
		// April": a date right after another verb of the sentence is that
		// verb's, used only when nothing else dates this trigger
		if relTo >= 0 && ti > relTo {
			continue
		}
		if x.Start > trigStart && s.rightAfterOtherVerb(ti, c) {
			dist += 200000
		}
		// (a date shared with an "after" clause of hours, or fronted, dates
		// both: "agreed on Tuesday, after six hours of talks")
		shared := kind[ids[ti]] == mainClause && kind[clause] == subClause && (s.frontedDate(x, ti) && !s.longSpan(ids, clause) || s.sameDayAfter(ids, clause)) ||
			kind[ids[ti]] == subClause && kind[clause] == mainClause && s.sameDayAfter(ids, ids[ti]) || onNoun ||
			c.Type == Agreement && kind[ids[ti]] == subClause && x.Date != nil && x.Date.Granularity == temporal.Day && s.issuedAfter(ids, ids[ti], c) ||
			c.Type == Summit && kind[ids[ti]] == relClause && s.chairClause(ids, ids[ti]) ||
			ti <= 1 && isOneOf(s.lw(0), "on", "in") && ids[ti] < clause && s.near(c.Tok, 3, 0, "then") && !s.near(c.Tok, 12, 0, "later", "afterwards") || // "On Tuesday he will speak and then fly on to Chile"
			kind[ids[ti]] == subClause && ids[ti] > clause && x.Date != nil && x.Date.Granularity == temporal.Day && !x.Date.IsRange() && s.clauseStartsWith(ids, ids[ti], "before") && s.has("expected", "will", "due", "scheduled")
		// (", meeting in Singapore on Wednesday, agreed": a participle, as
		// verbal as the verb after it)
		participle := s.lw(c.Tok) == "meeting" && s.lw(c.Tok-1) == "," && x.Start > trigStart ||
			c.Type == Accession && s.lw(ti-1) == "since" && x.Start > trigStart // "a member since last week"
		if c.Nominal && !participle && !s.near(c.Tok, 3, 0, "at") && !shared && s.closerVerbal(x, c) {
			continue
		}
		score := dist
		if ids[ti] != clause {
			// a date across a hard boundary ("after", "since", "then")
			// belongs to another time; a date in a clause with a trigger of
			// its own belongs to that trigger unless the clause says it is
			// simultaneous ("while", "where", "when")
			if !crossable(kind, ids[ti], clause, s.clauseStartsWith(ids, clause, "before"), s.lw(c.Tok-1) == "had" || s.lw(c.Tok-2) == "had") && !s.whereClauseAfter(ids, ids[ti], clause) &&
				!shared {
				continue
			}
			_ = others
			score += 100000
		}
		if score < bestScore {
			best, bestScore, counted = k, score, later
		}
	}
	if best < 0 {
		return nil
	}
	if counted != nil {
		return counted
	}
	d := *xs[best].Date
	// "from Tuesday to Thursday", "on Saturday and Sunday": two days joined
	// into the range a multi-day event spans
	if best+1 < len(xs) && (c.Type == Summit || c.Type == Visit || c.Type == Meeting) {
		if r, ok := joinRange(s.text, xs[best], xs[best+1]); ok {
			d = r
		}
	}
	// "today and tomorrow": the nearer day may be the second of the pair
	if best > 0 && !d.IsRange() && (c.Type == Summit || c.Type == Visit || c.Type == Meeting) && usableTimex(xs[best-1], s, c) {
		if r, ok := joinRange(s.text, xs[best-1], xs[best]); ok {
			d = r
		}
	}
	if c.Type == Summit || c.Type == Visit || c.Type == Meeting {
		if r, ok := leadingDay(s.text, xs[best]); ok {
			d = r
		}
	}
	return &d
}

// frontedDate reports whether expression x, starting at token ti, is a
// fronted adverbial that sets the time of the whole sentence: it opens the
// sentence ("In October 2019, after talks there, they agreed") and is
// closed by a comma.
func (s *sentCtx) frontedDate(x temporal.Timex, ti int) bool {
	if ti > 2 || x.Date == nil || x.Date.Value == "" {
		return false
	}
	for i := 0; i < ti; i++ {
		if !isOneOf(s.lw(i), "in", "on", "by", "late", "early", "during", "at") && s.toks[i].Word {
			return false
		}
	}
	j := ti
	for j < len(s.toks) && s.toks[j].End <= x.End {
		j++
	}
	// "In October 2019, after ...", "• August 1986 — After talks ...": the
	// date heads the entry
	return s.lw(j) == "," || j < len(s.toks) && (s.toks[j].isBreakDash() || s.lw(j) == ":")
}

// longSpan reports whether clause id speaks of a long stretch of time
// ("after years of negotiations", "after months of talks"), which a
// fronted date does not cover.
func (s *sentCtx) longSpan(ids []int, id int) bool {
	for i := range s.toks {
		if ids[i] == id && isOneOf(s.lw(i), "years", "months", "weeks", "decades", "long", "lengthy", "protracted", "rounds") {
			return true
		}
	}
	return false
}

// sameDayAfter reports whether clause id is an "after" clause that spans
// hours, not days: "after more than six hours of talks", "after overnight
// negotiations", "after a marathon session". What follows happened the
// same day, so the sentence's date is its date too.
func (s *sentCtx) sameDayAfter(ids []int, id int) bool {
	first := -1
	for i := range s.toks {
		if ids[i] == id {
			first = i
			break
		}
	}
	if first < 0 {
		return false
	}
	if s.lw(first) == "," {
		first++
	}
	if !isOneOf(s.lw(first), "after", "following") {
		return false
	}
	// "shortly after the two leaders concluded their talks"
	if isOneOf(s.lw(first-1), "shortly", "soon", "immediately", "just", "moments", "minutes", "hours") {
		return true
	}
	for i := first + 1; i < len(s.toks) && i <= first+8 && ids[i] == id; i++ {
		switch s.lw(i) {
		case "hours", "overnight", "all-night", "marathon", "late-night":
			return true
		case "declined", "refused", "failed", "rejected", "balked", "vetoed":
			// "was shelved yesterday after ministers declined to sign
			// it": the refusal that ended it, that day
			return true
		case "day", "night":
			// "a day of talks", "a night of negotiations"; not "a day after"
			return s.lw(i+1) == "of"
		}
	}
	return false
}

// leadingDay extends "10 September 2023" preceded by "9 and " (or "9 to ",
// "9-") into the range 2023-09-09/2023-09-10: the first day of a range
// the tagger read without its month.
func leadingDay(text string, x temporal.Timex) (temporal.Date, bool) {
	d := x.Date
	if d == nil || !d.Known() || d.IsRange() || d.Granularity != temporal.Day || x.Start > len(text) {
		return temporal.Date{}, false
	}
	before := text[max(0, x.Start-12):x.Start]
	var sep string
	for _, s := range []string{" and ", " to ", "-", "–", " until "} {
		if strings.HasSuffix(before, s) {
			sep = s
			break
		}
	}
	if sep == "" {
		return temporal.Date{}, false
	}
	head := strings.TrimSuffix(before, sep)
	i := len(head)
	for i > 0 && head[i-1] >= '0' && head[i-1] <= '9' {
		i--
	}
	if i == len(head) || len(head)-i > 2 || i > 0 && head[i-1] != ' ' {
		return temporal.Date{}, false
	}
	day := 0
	for _, c := range head[i:] {
		day = day*10 + int(c-'0')
	}
	if day < 1 || day >= d.Start.Day() {
		return temporal.Date{}, false
	}
	r := *d
	r.Start = time.Date(d.Start.Year(), d.Start.Month(), day, 0, 0, 0, 0, time.UTC)
	r.End = d.Start
	r.Value = temporal.Format(r.Start, temporal.Day) + "/" + temporal.Format(r.End, temporal.Day)
	return r, true
}

// joinRange joins two day expressions separated by "to", "until", "and" or
// a dash into one range, when the second follows the first within a week.
func joinRange(text string, a, b temporal.Timex) (temporal.Date, bool) {
	if a.Date == nil || b.Date == nil || !a.Date.Known() || !b.Date.Known() || a.Date.IsRange() || b.Date.IsRange() {
		return temporal.Date{}, false
	}
	if a.Date.Granularity != temporal.Day || b.Date.Granularity != temporal.Day || a.End > b.Start || b.Start > len(text) {
		return temporal.Date{}, false
	}
	sep := strings.TrimSpace(text[a.End:b.Start])
	if !isOneOf(sep, "to", "until", "and", "-", "–", "through") {
		return temporal.Date{}, false
	}
	days := b.Date.Start.Sub(a.Date.Start).Hours() / 24
	if days < 1 || days > 7 {
		return temporal.Date{}, false
	}
	d := *a.Date
	d.End = b.Date.Start
	d.Inferred = a.Date.Inferred || b.Date.Inferred
	d.Value = temporal.Format(d.Start, temporal.Day) + "/" + temporal.Format(d.End, temporal.Day)
	return d, true
}

// simultaneous reports whether clause id starts with "while", "when",
// "where" or "as", which put it at the time of its neighbour.
func (s *sentCtx) simultaneous(ids []int, id int) bool {
	for i, t := range s.toks {
		if ids[i] == id {
			if t.Text == "," && i+1 < len(s.toks) {
				t = s.toks[i+1]
			}
			return isOneOf(t.Lower, "while", "when", "where", "as")
		}
	}
	return false
}

// inheritYears places year-less dates ("on 18 January" in a text without a
// reference date, "XXXX-01-18") in the year of the nearest earlier date of
// the text that has one ("In January 1974 ... signed on 18 January"),
// marked inferred. Dates with unknown weeks or weekdays stay unknown.
func inheritYears(xs []temporal.Timex) []temporal.Timex {
	year := 0
	var anchor time.Time
	for i := range xs {
		d := xs[i].Date
		if d == nil {
			continue
		}
		if d.Known() {
			if d.Granularity != temporal.Decade && d.Granularity != temporal.Century {
				year, anchor = d.Start.Year(), d.Start
			}
			continue
		}
		if year == 0 || !strings.HasPrefix(d.Value, "XXXX-") || strings.Contains(d.Value, "W") {
			continue
		}
		nd, ok := withYear(*d, year)
		if ok && nd.Start.Before(temporal.StartOfUnit(anchor, temporal.Month)) {
			// narratives move forward: "in May 2022 ... became the 31st
			// member in April" is the next April
			nd, ok = withYear(*d, year+1)
		}
		if ok {
			x := xs[i]
			x.Date = &nd
			x.Value = nd.Value
			xs[i] = x
		}
	}
	return xs
}

// withYear returns d with the year filled in ("XXXX-01-18" → 1974-01-18).
func withYear(d temporal.Date, year int) (temporal.Date, bool) {
	parse := func(v string) (time.Time, bool) {
		v = strings.TrimPrefix(v, "XXXX-")
		var m, day int
		switch len(v) {
		case 2:
			if _, err := fmt.Sscanf(v, "%02d", &m); err != nil {
				return time.Time{}, false
			}
			day = 1
		case 5:
			if _, err := fmt.Sscanf(v, "%02d-%02d", &m, &day); err != nil {
				return time.Time{}, false
			}
		default:
			return time.Time{}, false
		}
		if m < 1 || m > 12 || day < 1 || day > 31 {
			return time.Time{}, false
		}
		return time.Date(year, time.Month(m), day, 0, 0, 0, 0, time.UTC), true
	}
	a, b, isRange := strings.Cut(d.Value, "/")
	start, ok := parse(a)
	if !ok {
		return d, false
	}
	nd := d
	nd.Start, nd.Inferred = start, true
	nd.Value = temporal.Format(start, d.Granularity)
	if isRange {
		end, ok := parse(b)
		if !ok {
			return d, false
		}
		nd.End = end
		nd.Value += "/" + temporal.Format(end, d.Granularity)
	}
	return nd, true
}

// clauseStartsWith reports whether clause id begins with word.
func (s *sentCtx) clauseStartsWith(ids []int, id int, word string) bool {
	for i, t := range s.toks {
		if ids[i] == id {
			return t.Lower == word
		}
	}
	return false
}

// closerVerbal reports whether another, verbal trigger of the sentence lies
// closer to the expression than the nominal trigger c.
func (s *sentCtx) closerVerbal(x temporal.Timex, c candidate) bool {
	dist := func(tok int) int {
		d := x.Start - s.toks[tok].Start
		if d < 0 {
			d = -d
		}
		return d
	}
	mine := dist(c.Tok)
	// "A summit between Vajpayee and Musharraf at Agra in July 2001
	// collapsed without a declaration": a date inside the opening noun
	// phrase is that noun's, not a later trigger's
	opening := c.Tok <= 2 && s.toks[c.Tok].Start < x.Start
	for _, o := range s.cands {
		if opening && s.toks[o.Tok].Start > x.Start {
			continue
		}
		if o.Tok != c.Tok && !o.Nominal && o.Type != "" && dist(o.Tok) < mine {
			return true
		}
	}
	return false
}

// timexTok returns the index of the first token of x, or -1.
func (s *sentCtx) timexTok(x temporal.Timex) int {
	i := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Start >= x.Start })
	if i < len(s.toks) && s.toks[i].End <= x.End {
		return i
	}
	return -1
}

// plainDate returns a copy of d without an open-ended mod.
func plainDate(d temporal.Date) *Date {
	switch d.Mod {
	case "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE":
		d.Mod = ""
	}
	return &d
}

// whenDate dates a trigger in a ", when ..." clause that follows a date:
// "since 2016, when Riyadh severed relations", "on Thursday, when Turkey's
// parliament voted to ratify". The clause tells what happened at that time.
func (s *sentCtx) whenDate(xs []temporal.Timex, ids []int, clause int) (*Date, bool) {
	w := -1
	for i := range s.toks {
		if ids[i] == clause {
			w = i
			break
		}
	}
	if w < 1 || s.lw(w) != "," || s.lw(w+1) != "when" {
		if w < 2 || s.lw(w) != "when" || s.lw(w-1) != "," {
			return nil, false
		}
		w--
	}
	end := s.commaAfter(w + 2)
	for _, x := range xs {
		if ti := s.timexTok(x); ti > w && ti < end {
			return nil, false // the clause has a date of its own
		}
	}
	for _, x := range xs {
		if x.Date == nil || x.Date.Value == "" || x.Type != temporal.TypeDate || x.End > s.toks[w].Start {
			continue
		}
		if s.blankBetween(x.End, s.toks[w].Start) {
			return plainDate(*x.Date), true
		}
	}
	return nil, false
}

// sinceDate reads "since YEAR" in the trigger's own stretch ("has suspended
// trade talks with Hungary since 2016, the ministry said on Friday"): a
// state that began then. A break or suspension of relations is dated by
// it; other events are left undated rather than given the date of another
// clause.
func (s *sentCtx) sinceDate(xs []temporal.Timex, ids []int, c candidate) (*Date, bool) {
	for _, x := range xs {
		ti := s.timexTok(x)
		if ti <= c.End || x.Date == nil || x.Date.Value == "" || s.lw(ti-1) != "since" {
			continue
		}
		// the same stretch: no comma or other trigger between
		if s.commaBetween(c.End, ti) {
			continue
		}
		between := false
		for _, o := range s.cands {
			if o.Tok >= c.End && o.Tok < ti {
				between = true
			}
		}
		if between || ids[ti-1] != ids[c.Tok] && ids[ti-1] != ids[c.Tok]+1 {
			continue
		}
		// no date of the trigger's own stretch before or right after "since
		// 2018" ("his first trip since 2018 on Tuesday")
		for _, y := range xs {
			if yi := s.timexTok(y); yi > c.End && yi < ti-1 || yi > ti && !s.commaBetween(ti, yi) {
				return nil, false
			}
		}
		if c.Type == OtherDiplomatic && c.CAMEO == "161" || c.Type == Accession && s.near(ti-1, 8, 0, "member", "members") && !s.near(ti-1, 8, 0, "candidate", "applicant", "bid", "talks", "negotiating") {
			// a break "since 2016"; "a member of the alliance since last
			// week": the joining
			return plainDate(*x.Date), true
		}
		return nil, true
	}
	return nil, false
}

// reportingBefore reports whether a reporting verb comes within the six
// words before token i: "announced on Sunday that", "announced in
// Montevideo on Friday that".
func reportingBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if isOneOf(toks[j].Lower, "said", "says", "announced", "announces", "confirmed", "stated", "declared", "reported", "told", "added", "agreed") {
			return true
		}
		if !toks[j].Word {
			return false
		}
	}
	return false
}

// whereClauseAfter reports whether clause x is a ", where ..." clause right
// after clause t: "hosted Sadat and Begin at Camp David, where the three
// leaders negotiated from 5 to 17 September 1978" happens there and then.
func (s *sentCtx) whereClauseAfter(ids []int, x, t int) bool {
	if x != t+1 && x != t+2 {
		return false
	}
	for i := range s.toks {
		if ids[i] == x {
			j := i
			if s.lw(j) == "," {
				j++
			}
			return s.lw(j) == "where"
		}
	}
	return false
}

// durationCount reads an exact duration of whole days, weeks, months or
// years ("P1D", "P2W", "P3M", "P1Y") into a count and a unit.
func durationCount(x temporal.Timex) (int, temporal.Granularity, bool) {
	v := x.Value
	if x.Type != temporal.TypeDuration || len(v) < 3 || v[0] != 'P' {
		return 0, "", false
	}
	// "nearly three decades", "more than a week": no exact count
	lt := strings.ToLower(x.Text)
	for _, w := range []string{"nearly", "about", "almost", "some ", "more", "over", "around", "roughly", "less", "least", "decade", "centur", "just", "barely", "under", "few", "several"} {
		if strings.Contains(lt, w) {
			return 0, "", false
		}
	}
	n := 0
	for _, r := range v[1 : len(v)-1] {
		if r < '0' || r > '9' {
			return 0, "", false
		}
		n = n*10 + int(r-'0')
	}
	g := map[byte]temporal.Granularity{'D': temporal.Day, 'W': temporal.Week, 'M': temporal.Month, 'Y': temporal.Year}[v[len(v)-1]]
	if n <= 0 || n > 400 || g == "" {
		return 0, "", false
	}
	return n, g, true
}

// shiftDate moves a known date of day, month or year precision by n units
// of g (weeks and days count in days from a day). It fails when the date is
// coarser than the unit: "a day after" a month has no day.
func shiftDate(d temporal.Date, n int, g temporal.Granularity) (*Date, bool) {
	if !d.Known() || d.IsRange() && n != 0 {
		return nil, false
	}
	var t time.Time
	out := temporal.Granularity("")
	switch {
	case (g == temporal.Day || g == temporal.Week) && d.Granularity == temporal.Day:
		if g == temporal.Week {
			n *= 7
		}
		t, out = d.Start.AddDate(0, 0, n), temporal.Day
	case g == temporal.Month && (d.Granularity == temporal.Month || d.Granularity == temporal.Day):
		t, out = time.Date(d.Start.Year(), d.Start.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0), temporal.Month
	case g == temporal.Year && d.Granularity != temporal.Decade && d.Granularity != temporal.Century && d.Granularity != temporal.Week:
		t, out = time.Date(d.Start.Year()+n, 1, 1, 0, 0, 0, 0, time.UTC), temporal.Year
	default:
		return nil, false
	}
	r := Date{Start: t, Granularity: out, Value: temporal.Format(t, out), Inferred: true}
	return &r, true
}

// offsetClauseDate dates a trigger by a count of days before or after
// another date of the sentence. In an "after" or "before" clause that the
// count opens ("met Duda on Tuesday, a day after his meeting with
// Morawiecki", "Two weeks after meeting Xi, Scholz flew to Washington on 3
// March") the trigger is dated from the clause it hangs on: Tuesday less
// one day. In a main clause without a date of its own, from the date of
// the counted clause: "A day before the summit opened on 11 July,
// Stoltenberg met Erdogan" is 10 July. A clause with a date of its own
// keeps it.
func (s *sentCtx) offsetClauseDate(xs []temporal.Timex, ids []int, kind []clauseKind, c candidate) (*Date, bool) {
	hasCount := false
	for k := range xs {
		hasCount = hasCount || xs[k].Type == temporal.TypeDuration
	}
	if !hasCount {
		return nil, false // most sentences: no count of days
	}
	clause := ids[c.Tok]
	// first token of each clause, and the count right before it
	counted := func(id int) (int, *temporal.Timex) {
		f := -1
		for i := range s.toks {
			if ids[i] == id {
				f = i
				break
			}
		}
		if f < 2 || !isOneOf(s.lw(f), "after", "before") {
			return -1, nil
		}
		for k := range xs {
			if x := &xs[k]; x.Type == temporal.TypeDuration && x.End <= s.toks[f].Start && s.blankBetween(x.End, s.toks[f].Start) {
				return f, x
			}
		}
		return -1, nil
	}
	shift := func(base temporal.Date, dur *temporal.Timex, f int, from bool) (*Date, bool) {
		n, g, ok := durationCount(*dur)
		if !ok {
			return nil, false
		}
		// the trigger in the counted clause ("a day after his meeting")
		// is n before the base; the base in it ("a day before the summit
		// opened on 11 July") is n after the trigger
		if s.lw(f) == "after" == from {
			n = -n
		}
		return shiftDate(base, n, g)
	}
	if kind[clause] == subClause {
		f, dur := counted(clause)
		if dur == nil {
			return nil, false
		}
		var before, after *temporal.Timex
		for k := range xs {
			x := &xs[k]
			ti := s.timexTok(*x)
			switch {
			case ti < 0 || x == dur:
			case ids[ti] == clause:
				return nil, false // the clause has a date of its own
			case kind[ids[ti]] == mainClause && usableTimex(*x, s, c) && ti < f:
				before = x
			case kind[ids[ti]] == mainClause && usableTimex(*x, s, c) && after == nil:
				after = x
			}
		}
		if before == nil {
			before = after
		}
		if before == nil {
			return nil, false
		}
		return shift(*before.Date, dur, f, true)
	}
	// a main clause: dated by a counted clause when it has no date itself
	// (a verb: "The visit comes a year after..." restates a visit)
	if c.Nominal {
		return nil, false
	}
	var base *temporal.Timex
	f, dur := -1, (*temporal.Timex)(nil)
	for k := range xs {
		x := &xs[k]
		ti := s.timexTok(*x)
		if ti < 0 || !usableTimex(*x, s, c) {
			continue
		}
		if ids[ti] == clause {
			return nil, false
		}
		if kind[ids[ti]] == subClause && base == nil {
			if cf, cd := counted(ids[ti]); cd != nil {
				base, f, dur = x, cf, cd
			}
		}
	}
	if base == nil || dur.End > s.toks[c.Tok].Start && ids[f]-clause != 1 {
		return nil, false
	}
	return shift(*base.Date, dur, f, false)
}

// laterDate dates a sentence that counts from the event just reported:
// "Three days later he met Duda", "A year later, Finland joined", "Moscow
// answered within hours". The count
// is taken from the date of the last event dated by its own sentence, one
// or two sentences back.
func (x *extraction) laterDate(s *sentCtx, xs []temporal.Timex, pos int) (*Date, bool) {
	if d, ok := x.beforeNamedEvent(s, xs); ok {
		return d, true
	}
	p := x.lastDated
	if p == nil || p.Date == nil || pos-x.lastPos > 2 {
		return nil, false
	}
	// "New Delhi answered within hours", "Minutes later, Moscow replied":
	// the same day
	for i, t := range s.toks {
		if isOneOf(t.Lower, "hours", "minutes") && s.lw(i-1) == "within" || isOneOf(t.Lower, "hours", "minutes", "moments") && isOneOf(s.lw(i+1), "later", "afterwards", "earlier") {
			if p.Date.Granularity != temporal.Day || p.Date.IsRange() || pos-x.lastPos > 1 {
				return nil, false // hours from a day, just reported
			}
			d := *p.Date
			return &d, true
		}
	}
	for _, t := range xs {
		if t.Type != temporal.TypeDuration {
			continue
		}
		ti := s.timexTok(t)
		if ti < 0 {
			continue
		}
		j := ti
		for j < len(s.toks) && s.toks[j].End <= t.End {
			j++
		}
		w := s.lw(j)
		if !isOneOf(w, "later", "afterwards", "afterward", "earlier") {
			continue
		}
		n, g, ok := durationCount(t)
		if !ok {
			return nil, false
		}
		if w == "earlier" {
			n = -n
		}
		return shiftDate(*p.Date, n, g)
	}
	return nil, false
}

// namedEventTypes map the nouns by which a sentence names an event already
// reported to its type: "the signing", "the summit".
var namedEventTypes = map[string]EventType{"signing": Agreement, "ceremony": Agreement, "treaty": Agreement, "accord": Agreement,
	"summit": Summit, "visit": Visit, "trip": Visit, "talks": Meeting, "meeting": Meeting}

// beforeNamedEvent dates a sentence opening with a count before or after
// an event it names ("Eight days before the signing, de Gaulle had told
// ...") from the latest event of that kind dated to a day.
func (x *extraction) beforeNamedEvent(s *sentCtx, xs []temporal.Timex) (*Date, bool) {
	for _, t := range xs {
		if t.Type != temporal.TypeDuration {
			continue
		}
		ti := s.timexTok(t)
		if ti < 0 || ti > 1 {
			return nil, false
		}
		j := ti
		for j < len(s.toks) && s.toks[j].End <= t.End {
			j++
		}
		dir := s.lw(j)
		if dir != "before" && dir != "after" || s.lw(j+1) != "the" {
			return nil, false
		}
		typ, ok := namedEventTypes[s.lw(j+2)]
		if !ok || s.lw(j+3) != "," {
			return nil, false
		}
		n, g, ok := durationCount(t)
		if !ok {
			return nil, false
		}
		if dir == "before" {
			n = -n
		}
		for k := len(x.events) - 1; k >= 0; k-- {
			if e := x.events[k]; e.Type == typ && e.Status == Reported && e.Date != nil && e.Date.Known() && e.Date.Granularity == temporal.Day && !e.Date.IsRange() {
				return shiftDate(*e.Date, n, g)
			}
		}
		return nil, false
	}
	return nil, false
}

// laterOn reports whether the sentence places itself at an unstated later
// time: "He later met Duda", "Subsequently, the two sides signed" (not
// "hours later", which is the same day).
func (s *sentCtx) laterOn() bool {
	for i, t := range s.toks {
		if isOneOf(t.Lower, "later", "afterwards", "afterward", "subsequently", "eventually") && !isOneOf(s.lw(i-1), "hours", "minutes", "moments", "shortly") && !isOneOf(s.lw(i+1), "that", "this", "in", "on") {
			return true
		}
	}
	return false
}

// countedLater resolves xs[k] when it is a count followed by "later" or
// "earlier" ("two months later") from the nearest usable date before it in
// the sentence; nil otherwise.
func (s *sentCtx) countedLater(xs []temporal.Timex, k int, c candidate) *Date {
	x := xs[k]
	if x.Type != temporal.TypeDuration {
		return nil
	}
	ti := s.timexTok(x)
	if ti < 0 {
		return nil
	}
	j := ti
	for j < len(s.toks) && s.toks[j].End <= x.End {
		j++
	}
	if !isOneOf(s.lw(j), "later", "earlier") {
		return nil
	}
	n, g, ok := durationCount(x)
	if !ok {
		return nil
	}
	if s.lw(j) == "earlier" {
		n = -n
	}
	for b := k - 1; b >= 0; b-- {
		if usableTimex(xs[b], s, c) {
			d, _ := shiftDate(*xs[b].Date, n, g)
			return d
		}
	}
	return nil
}

// clashWarnings returns a warning for each event dated by an expression
// whose weekday and date disagree ("Tuesday, October 23" when October 23
// is a Wednesday): the date kept may be wrong, and the reader must see it.
func clashWarnings(doc string, events []Event, clashes []temporal.Timex) []Warning {
	if len(clashes) == 0 {
		return nil
	}
	var ws []Warning
	for _, e := range events {
		if e.Date == nil || !e.Date.Known() {
			continue
		}
		for _, x := range clashes {
			if x.Start < e.Source.Start || x.End > e.Source.End || x.Date == nil || !x.Date.Known() || !x.Date.Overlaps(*e.Date) {
				continue
			}
			ws = append(ws, Warning{Document: doc, Message: fmt.Sprintf("event %s (%s, %q): date %s may be wrong: %s", e.ID, e.Type, e.Trigger, e.Date.Value, x.Warning)})
			break
		}
	}
	return ws
}

// dateAhead reports whether a usable date follows trigger c in the same
// stretch of the sentence (no comma between).
func (s *sentCtx) dateAhead(xs []temporal.Timex, c candidate) bool {
	for _, x := range xs {
		if ti := s.timexTok(x); ti >= c.End && !s.commaBetween(c.End, ti) && usableTimex(x, s, c) {
			return true
		}
	}
	return false
}

// oneHappening keeps one annotation per happening, in place: the mention
// with the most specific date. An undated visit or summit mentioned before
// a dated one of the same happening ("announced that he would visit China"
// ... "arrived in Beijing on 21 February 1972"; "will fly to New Delhi for
// a Group of 20 summit" ... "the summit itself on Saturday and Sunday") is
// dropped, when the dated one is not older than the dates the text gave
// up to the first mention; so is a summit dated by one day inside the
// range another mention of it gives ("closing a two-day summit" on Monday
// ... "held on May 14–15").
func (x *extraction) oneHappening() {
	evs := x.events
	var drop map[int]bool
	for i := range evs {
		e := &evs[i]
		if e.Type == Agreement && e.Status == Reported && x.restatedLater(i) {
			// "The 1984 declaration on Hong Kong was a triumph" before
			// "on 19 December 1984 Thatcher and Zhao signed the Joint
			// Declaration": one signing, kept where its day is given
			if drop == nil {
				drop = map[int]bool{}
			}
			drop[i] = true
			continue
		}
		if e.Type != Visit && e.Type != Summit || e.Status == Negated {
			continue
		}
		var latest time.Time
		if e.Date == nil {
			latest = x.latestBefore(e.Source.End)
		}
		for j := i + 1; j < len(evs); j++ {
			o := &evs[j]
			if o.Type != e.Type || o.Date == nil || !o.Date.Known() || o.Status == Negated || o.Status == Hypothetical {
				continue
			}
			if e.Status == Planned && !x.doc.Ref.IsZero() && o.Date.Last().Before(x.doc.Ref) {
				continue // "will visit China" is not "last visited China in 2019"
			}
			same := false
			switch {
			case e.Date == nil && e.Type == Visit:
				// the plan realised: the same visitor to the same country
				same = len(e.Actors) > 1 && len(o.Actors) > 1 && e.Actors[0] == o.Actors[0] && contains(o.Actors[1:], e.Actors[len(e.Actors)-1]) &&
					(latest.IsZero() || !o.Date.Last().Before(latest))
			case e.Date == nil:
				// the same gathering of the same organisation
				for _, a := range e.Actors {
					same = same || (organisationNames[a] || x.ctx.orgs[a] > 0) && contains(o.Actors, a) && (latest.IsZero() || !o.Date.Last().Before(latest))
				}
			case e.Type == Summit && e.Date.Known() && !e.Date.IsRange() && e.Date.Granularity == temporal.Day && o.Date.IsRange() && o.Date.Granularity == temporal.Day:
				same = !e.Date.First().Before(o.Date.First()) && !e.Date.First().After(o.Date.Last())
			}
			if same {
				if drop == nil {
					drop = map[int]bool{}
				}
				drop[i] = true
				break
			}
		}
	}
	if drop == nil {
		return
	}
	out := evs[:0]
	for i := range evs {
		if !drop[i] {
			out = append(out, evs[i])
		}
	}
	x.events = out
}

// restatedLater reports whether agreement i, a document noun dated by its
// year alone ("The 1984 declaration"), is given a finer date inside that
// year by a later agreement whose sentence names the same kind of document.
func (x *extraction) restatedLater(i int) bool {
	e := &x.events[i]
	if e.Date == nil || !e.Date.Known() || e.Date.Granularity != temporal.Year || e.Date.IsRange() || !documentNouns[strings.ToLower(e.Trigger)] {
		return false
	}
	for j := i + 1; j < len(x.events); j++ {
		o := &x.events[j]
		if o.Type != Agreement || o.Date == nil || !o.Date.Known() || o.Status != Reported || o.Date.Granularity == temporal.Year {
			continue
		}
		if o.Date.First().Year() != e.Date.First().Year() {
			continue
		}
		if containsFold(o.Source.Sentence, e.Trigger) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains word w, ignoring ASCII case.
func containsFold(s, w string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(w))
}

// latestBefore returns the first day of the latest known date the text
// gives before offset end (zero when none).
func (x *extraction) latestBefore(end int) time.Time {
	var t time.Time
	for _, tx := range x.timexes {
		if tx.End > end {
			break
		}
		if tx.Date != nil && tx.Date.Known() && tx.Date.First().After(t) {
			t = tx.Date.First()
		}
	}
	return t
}

// startDateOfOther reports whether the expression at token ti is a
// starting date ("from 1 January 2024", "as of July", "effective Monday")
// of another trigger between c and it: "invited to become full members
// from 1 January 2024" starts the membership, not the invitation.
func (s *sentCtx) startDateOfOther(ti int, c candidate) bool {
	if !(isOneOf(s.lw(ti-1), "from", "effective") || s.lw(ti-1) == "of" && s.lw(ti-2) == "as") {
		return false
	}
	if s.commaBetween(c.End, ti) {
		return false
	}
	for _, o := range s.cands {
		if o.Tok >= c.End && o.Tok < ti && o.Type != "" {
			return true
		}
	}
	for j := c.End; j < ti-1; j++ {
		if s.lw(j) == "to" && isOneOf(s.lw(j+1), "become", "join", "take", "enter") {
			return true // "invited to join from 2024"
		}
	}
	return false
}

// rightAfterOtherVerb reports whether the expression at token ti follows
// right after (or after one preposition) a verbal trigger other than c
// that stands between c and it.
func (s *sentCtx) rightAfterOtherVerb(ti int, c candidate) bool {
	for _, o := range s.cands {
		if o.Type == "" || o.Nominal || o.Tok <= c.Tok || o.Tok < c.End || o.End > ti {
			continue
		}
		if ti == o.End || ti == o.End+1 && isOneOf(s.lw(o.End), "in", "on", "at") {
			return true
		}
	}
	return false
}

// relativeOnTrigger reports whether the expression at token ti lies in a
// relative clause opening right after noun trigger c ("the summit that Fiji
// hosts on Tuesday", "the talks, which opened on Monday"), with no other
// trigger or clause break before it.
func (s *sentCtx) relativeOnTrigger(c candidate, ti int) bool {
	j := c.End
	// "his trip to China, which had been due to begin on 26 March", "a
	// visit to France that began on Monday"
	if isOneOf(s.lw(j), "to", "in", "with") {
		for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
			if isOneOf(s.lw(k), ",", "that", "which") {
				j = k
				break
			}
			if !s.toks[k].Cap && s.lw(k) != "the" {
				break
			}
		}
	}
	if s.lw(j) == "," {
		j++
	}
	if !isOneOf(s.lw(j), "that", "which") || ti-j > 8 {
		return false
	}
	for k := j + 1; k < ti; k++ {
		if isOneOf(s.lw(k), ",", ";", ":", "and", "but", "after", "before", "since") {
			return false
		}
	}
	for _, o := range s.cands {
		if o.Tok > j && o.Tok < ti && o.Type != "" {
			return false
		}
	}
	return true
}

// appositiveAfter reports whether noun trigger c heads an appositive right
// after expression x: "on 4 September 2023, his first visit to Russia",
// "on Tuesday, the first such talks in a decade".
func (s *sentCtx) appositiveAfter(x temporal.Timex, c candidate) bool {
	j := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Start >= x.End })
	if s.lw(j) != "," || !isOneOf(s.lw(j+1), "his", "her", "their", "its", "the", "a") || c.Tok-j > 5 {
		return false
	}
	for k := j + 2; k < c.Tok; k++ {
		if !s.toks[k].Word || s.toks[k].Cap && !isOneOf(s.lw(k), "first") {
			return false
		}
	}
	return true
}

// stampEnd reports whether expression x opening the sentence is a time
// stamp set off by a dash or colon ("14:10 — The statement says..."): the
// time an entry was written.
func (s *sentCtx) stampEnd(x temporal.Timex) bool {
	j := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Start >= x.End })
	return j < len(s.toks) && (s.toks[j].isBreakDash() || isOneOf(s.toks[j].Text, ":", "-", "|"))
}

// saidOn reports whether the expression at token ti dates a verb of saying
// ("said on Tuesday", "speaking on Tuesday", "announced on Monday") whose
// report holds plan c: "Blinken said on Tuesday he would meet Wang Yi".
func (s *sentCtx) saidOn(ti int, c candidate) bool {
	k := ti - 1
	if isOneOf(s.lw(k), "on", "in", "late", "early", "last", "this") {
		k--
	}
	if !isOneOf(s.lw(k), "said", "says", "announced", "told", "speaking", "confirmed", "stated", "added", "reporters") {
		return false
	}
	for j := ti + 1; j < c.Tok; j++ {
		if isOneOf(s.lw(j), "would", "will", "plans", "planned", "intends", "hoped", "hopes", "to") {
			return true
		}
	}
	return false
}

// relativeOnOther reports whether the expression at token ti lies in a
// relative clause on another noun trigger of the sentence: its date is
// that noun's.
func (s *sentCtx) relativeOnOther(c candidate, ti int) bool {
	for _, o := range s.cands {
		if o.Tok != c.Tok && o.Nominal && o.Type != "" && o.End <= ti && s.relativeOnTrigger(o, ti) {
			return true
		}
	}
	return false
}
