package timeline

import "strings"

// Status cue words, looked for before the trigger in its clause.
var (
	negationCues     = []string{"not", "n't", "never", "no", "cannot", "refused", "declined", "failed", "without", "neither", "nor"}
	hypotheticalCues = []string{"could", "might", "may", "would", "should", "if", "unless", "possible", "possibly", "potential", "proposed", "hopes", "hoped", "hope", "wants", "wanted", "want", "wish", "wished", "wishes", "willing", "ready", "offered", "seeks", "seek", "considering", "consider", "mulling", "whether", "invited", "invitation", "floated", "floats", "floating", "mooted", "proposes", "propose", "proposing"}
	plannedCues      = []string{"will", "'ll", "shall", "expected", "expects", "plans", "planned", "planning", "plan", "scheduled", "due", "upcoming", "forthcoming", "intends", "intend", "aims", "prepares", "preparing", "next", "tomorrow", "later", "ahead"}
	// cancelCues after the trigger turn it negated: "the visit was cancelled".
	cancelCues = []string{"cancelled", "canceled", "scrapped", "abandoned", "aborted"}
)

// clauseBreak reports whether token t ends the clause scanned backwards.
func clauseBreak(t token) bool {
	if t.isBreakDash() {
		return true
	}
	switch t.Lower {
	case ";", ":", "but", "while", "although", "whereas", "and", "after", "because", "since", "as", "when", "which", "who":
		return true
	}
	return false
}

// detectStatus reads the status of a trigger from cue words before it in the
// same clause (at most eight words back) and cancellations just after it.
func detectStatus(s *sentCtx, c candidate) Status {
	neg, hyp, plan := false, false, false
	atPlace := false // "declined to sign it at a meeting": the meeting was held
	for j := c.Tok - 1; j >= 0 && j >= c.Tok-8; j-- {
		t := s.toks[j]
		if clauseBreak(t) {
			break
		}
		if c.Nominal && t.Lower == "at" {
			atPlace = true
		}
		if t.Cap && t.Lower == "may" {
			continue // the month
		}
		var cue uint8
		if t.lex&lexStatusCue != 0 {
			cue = statusCues[t.Lower]
		}
		if cue == 0 {
			continue // most words are no cue: one map lookup
		}
		switch {
		case cue == cueNeg && atPlace:
			// the refusal is of the act done at the meeting
		case cue == cueNeg:
			neg = true
		case t.Lower == "yet" && s.lw(j+1) == "to" && isOneOf(s.lw(j-1), "has", "have", "had", "is", "are"):
			neg = true // "have yet to sign a peace treaty"
		case t.Lower == "would" && s.reportedSpeech(j):
			plan = true // "said that Putin would pay a visit": the future of a report
		case t.Lower == "whether" || t.Lower == "if":
			// the embedded question is hypothetical; cues before it ("did
			// not say whether") belong to the reporting clause
			hyp = true
			j = -1
		case cue == cueHyp:
			hyp = true
		case t.Lower == "later" && s.pastVerbBetween(j, c.Tok):
			// "Later in the day, Modi paid a courtesy call": a sequence
		case t.Lower == "later" && pastForm(s.lw(c.Tok)):
			// "later travelled to Shanghai": a sequence in a past report
		case t.Lower == "later" && isOneOf(s.lw(j-1), "day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "decades"):
			// "two months later Jiang paid a state visit": a count, no plan
		case (t.Lower == "next" || t.Lower == "following") && s.lw(j-1) == "the" && isOneOf(s.lw(j+1), "day", "morning", "afternoon", "evening", "night", "week", "month", "year"):
			// "The next day he met Duda": a sequence, not a plan
		case t.Lower == "ahead" && s.lw(j+1) == "of" && isOneOf(s.lw(j-1), "days", "weeks", "hours", "day", "week", "shortly", "just", "well", "months"):
			// "reached Port Moresby days ahead of the summit": a time, no plan
		case (t.Lower == "plan" || t.Lower == "plans") && s.lw(j+1) != "to":
			// the noun: "accepted the plan on Saturday following talks"
		case cue == cuePlan:
			plan = true
		case t.Lower == "set" && s.lw(j+1) == "to", t.Lower == "to" && isOneOf(s.lw(j-1), "is", "are", "going"):
			plan = true
		}
	}
	// "talks led by Blinken and Wang will take place in Beijing": the
	// noun's own verb, further on
	if c.Nominal || isOneOf(s.lw(c.End-1), "talks", "negotiations", "meeting", "meetings", "consultations", "visit", "trip", "summit") {
		for j := c.End; j < len(s.toks) && j < c.End+16; j++ {
			w := s.toks[j].Lower
			if t := s.toks[j].Text; len(t) == 1 && (t == "." || t == ";" || t == "," || t == ":") || w == "who" || w == "which" || w == "that" || w == "but" {
				break
			}
			if (w == "will" || w == "shall") && isOneOf(s.lw(j+1), "take", "be", "begin", "start", "resume", "open", "follow") {
				plan = true
				break
			}
		}
	}
	// "The visit ... never took place"
	for j := c.End; j < len(s.toks) && j < c.End+14; j++ {
		if w := s.toks[j].Lower; (w == "not" || w == "never" || w == "n't") && s.near(j, 0, 3, "took", "take", "happened", "happen", "materialised", "materialized", "occurred", "place") {
			neg = true
			break
		}
	}
	for j := c.End; j < len(s.toks) && j < c.End+5; j++ {
		w := s.toks[j].Lower
		// "Indonesia's accession to the OECD could take years": a modal
		// after a noun trigger
		if c.Nominal && isOneOf(w, "could", "might", "would") || c.Nominal && w == "may" && !s.toks[j].Cap {
			hyp = true
		}
		if isOneOf(w, "who", "which", "that") {
			break
		}
		if isOneOf(w, cancelCues...) || w == "called" && s.lw(j+1) == "off" {
			neg = true
		}
		if w == "will" || w == "scheduled" || w == "planned" || w == "be" && s.lw(j-1) == "to" {
			plan = true
		}
		if isOneOf(w, ".", ";", ",") {
			break
		}
	}
	switch {
	case neg:
		return Negated
	case hyp:
		return Hypothetical
	case plan:
		return Planned
	}
	return Reported
}

// reportedSpeech reports whether a reporting verb ("said", "announced")
// comes before token i.
func (s *sentCtx) reportedSpeech(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if isOneOf(s.toks[j].Lower, "said", "says", "announced", "confirmed", "told", "stated", "added") {
			return true
		}
	}
	return false
}

// pastForm reports whether a trigger word is a past-tense verb ("travelled",
// "met").
func pastForm(w string) bool {
	return strings.HasSuffix(w, "ed") || isOneOf(w, "met", "flew", "held", "spoke", "made", "paid", "took", "went", "came", "sat", "broke", "cut", "struck", "began", "sought")
}

// Status cue classes.
const (
	cueNeg = iota + 1
	cueHyp
	cuePlan
	cueOther // a word with a rule of its own: "yet", "set", "to", "would"
)

// statusCues maps each cue word to its class, so that detectStatus looks a
// word up once.
var statusCues = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range plannedCues {
		m[w] = cuePlan
	}
	for _, w := range hypotheticalCues {
		m[w] = cueHyp
	}
	for _, w := range negationCues {
		m[w] = cueNeg
	}
	for _, w := range []string{"yet", "set", "to", "would", "whether", "if", "may"} {
		if m[w] == 0 {
			m[w] = cueOther
		}
	}
	return m
}()

// pastVerbBetween reports whether a past-tense verb stands between tokens i
// and j: "Later in the day, Modi paid a courtesy call".
func (s *sentCtx) pastVerbBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if w := s.toks[k].Lower; !s.toks[k].Cap && len(w) > 2 && pastForm(w) {
			return true
		}
	}
	return false
}
