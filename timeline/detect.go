package timeline

import "strings"

// candidate is a trigger found by a detector: what kind of event, with
// which CAMEO code, and the tokens that signal it.
type candidate struct {
	Type  EventType
	CAMEO string
	Tok   int // first token of the trigger
	End   int // token after the trigger
	// Strength is the evidence of the trigger alone, in [0,1]: a verb with
	// its object ("signed a treaty") is stronger than a bare noun ("the visit").
	Strength float64
	// Host marks a hosted visit (CAMEO 043): the subject receives the visitor.
	Host bool
	// Nominal marks a noun trigger ("the visit", "talks"), which may only
	// refer back to an event already reported.
	Nominal bool
	// Hyp marks a trigger whose words make it hypothetical ("membership
	// remains years away").
	Hyp bool
	// Neg marks a trigger whose own words say the event did not happen
	// ("cancelled his trip", "called off the visit").
	Neg bool
	// Also is the token of a second event of the same kind that the
	// trigger reports ("held separate talks with Morrison and with Suga":
	// the second "with"), 0 if none.
	Also int
	// AlsoType is the type of the event at Also when it differs from Type
	// ("was in Beijing for talks": a visit beside the meeting).
	AlsoType EventType
}

// detector finds one family of events. Keywords are the lower-cased tokens
// that can start its triggers; Match returns false for "not mine".
type detector struct {
	Name     string
	Keywords []string
	Match    func(s *sentCtx, i int) (candidate, bool)
}

// detectors lists the event detectors in priority order: when two match the
// same token the first wins.
var detectors = []*detector{summitDetector, accessionDetector, agreementDetector, foundingDetector, otherDetector, visitDetector, meetingDetector}

// keywordIndex maps each keyword to its detectors; built once.
var keywordIndex = func() map[string][]*detector {
	idx := map[string][]*detector{}
	for _, d := range detectors {
		for _, k := range d.Keywords {
			idx[k] = append(idx[k], d)
			keywordShapes.add(k)
		}
	}
	return idx
}()

// keywordShapes filters words before keywordIndex is consulted.
var keywordShapes wordShapes

// keywordDetectors returns the detectors whose triggers may start with w.
func keywordDetectors(w string) []*detector {
	if !keywordShapes.may(w) {
		return nil
	}
	return keywordIndex[w]
}

// sentCtx is one sentence being analysed.
type sentCtx struct {
	toks          []token
	mentions      []mention
	doc           *docCtx
	lastType      EventType   // type of the last accession or other-diplomatic act among the document's last three events
	lastAgreement bool        // the document's last event is an agreement ("Russia signed the same day")
	cands         []candidate // the sentence's triggers, once detected
	text          string      // the document text

	dipl        int8    // diplomatic(): 0 unknown, 1 yes, 2 no
	sports      int8    // hasSports(): 0 unknown, 1 yes, 2 no
	wordsOK     bool    // words holds the sentence's word filter
	lexOK       bool    // lexAll holds the union of the tokens' lexicon flags
	lexAll      lexFlag // see hasLex
	words       wordFilter
	clauseIDs   []int // computed on first use by clauses
	idsBuf      []int // buffers for clauseIDs and clauseKinds, kept across sentences
	kindsBuf    []clauseKind
	clauseKinds []clauseKind
}

// clauses returns the clause numbers and kinds of the sentence, computed once.
func (s *sentCtx) clauses() ([]int, []clauseKind) {
	if s.clauseIDs == nil {
		s.clauseIDs, s.clauseKinds = clauseIDsInto(s.toks, s.idsBuf, s.kindsBuf)
		s.idsBuf, s.kindsBuf = s.clauseIDs, s.clauseKinds
	}
	return s.clauseIDs, s.clauseKinds
}

// lw returns the lower-cased token at i, or "" out of range.
func (s *sentCtx) lw(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Lower
}

// near reports whether any of words occurs in tokens [i-before, i+after].
// Like isOneOf, it compares lengths and first bytes before whole words.
func (s *sentCtx) near(i, before, after int, words ...string) bool {
	for j := max(0, i-before); j <= i+after && j < len(s.toks); j++ {
		if j == i {
			continue
		}
		lw := s.toks[j].Lower
		for _, w := range words {
			if len(w) == len(lw) && (len(w) == 0 || w[0] == lw[0] && w == lw) {
				return true
			}
		}
	}
	return false
}

// nearLex reports whether a token in [i-before, i+after] other than i has
// lexicon flag f: near for a word list the lexicon marks (agreementNouns,
// envoyWords, dealNouns).
func (s *sentCtx) nearLex(i, before, after int, f lexFlag) bool {
	for j := max(0, i-before); j <= i+after && j < len(s.toks); j++ {
		if j != i && s.toks[j].lex&f != 0 {
			return true
		}
	}
	return false
}

// isLex reports whether token i exists and has lexicon flag f: isOneOf(s.lw(i),
// list...) for a word list the lexicon marks.
func (s *sentCtx) isLex(i int, f lexFlag) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].lex&f != 0
}

// hasLex reports whether a token of the sentence has lexicon flag f: has
// for a word list the lexicon marks (corporateWords, agreementNouns). The
// union of the sentence's flags is computed once.
func (s *sentCtx) hasLex(f lexFlag) bool {
	if !s.lexOK {
		var u lexFlag
		for _, t := range s.toks {
			u |= t.lex
		}
		s.lexAll, s.lexOK = u, true
	}
	return s.lexAll&f != 0
}

// has reports whether the sentence contains any of words. A filter of the
// sentence's words, built on the first call, rules most words out without
// scanning the tokens.
func (s *sentCtx) has(words ...string) bool {
	if !s.wordsOK {
		s.words = wordFilter{}
		for _, t := range s.toks {
			s.words.add(t.Lower)
		}
		s.wordsOK = true
	}
	for _, w := range words {
		if !s.words.may(w) {
			continue
		}
		for _, t := range s.toks {
			if t.Lower == w {
				return true
			}
		}
	}
	return false
}

// wordFilter is a Bloom filter of a sentence's words (one bit per word, 512
// bits): may(w) is false only when w is not one of them.
type wordFilter [8]uint64

// wordBit hashes a word's length and three of its bytes into [0, 512).
func wordBit(w string) uint {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])*0x85ebca6b ^ uint32(w[n-1])*0xc2b2ae35 ^ uint32(w[n/2])*0x27d4eb2f
	return uint(h >> 23)
}

func (f *wordFilter) add(w string) {
	b := wordBit(w)
	f[b>>6] |= 1 << (b & 63)
}

func (f *wordFilter) may(w string) bool {
	b := wordBit(w)
	return f[b>>6]&(1<<(b&63)) != 0
}

// sportsSet holds sportsWords, for findSports's test of every token.
var sportsSet = func() map[string]bool {
	m := make(map[string]bool, len(sportsWords))
	for _, w := range sportsWords {
		m[w] = true
		sportsShapes.add(w)
	}
	return m
}()

// sportsShapes filters words before sportsSet is consulted.
var sportsShapes wordShapes

// isSportsWord reports sportsSet[w], ruling most words out by their shape
// without hashing them.
func isSportsWord(w string) bool {
	return sportsShapes.may(w) && sportsSet[w]
}

// hasSports reports whether the sentence contains a sports word outside a
// recognised name (see findSports), computed once per sentence.
func (s *sentCtx) hasSports() bool {
	if s.sports == 0 {
		s.sports = 2
		if s.findSports() {
			s.sports = 1
		}
	}
	return s.sports == 1
}

// hasPrefix reports whether a token of the sentence starts with any prefix.
func (s *sentCtx) hasPrefix(prefixes ...string) bool {
	for _, t := range s.toks {
		for _, p := range prefixes {
			if len(t.Lower) >= len(p) && t.Lower[:len(p)] == p {
				return true
			}
		}
	}
	return false
}

// mentionAt returns the mention covering token i.
func (s *sentCtx) mentionAt(i int) (mention, bool) {
	for _, m := range s.mentions {
		if i >= m.Tok && i < m.End {
			return m, true
		}
	}
	return mention{}, false
}

// orgWithin reports whether an organisation (named, or generic such as "the
// alliance" when the document names one) starts within tokens [i, i+n].
func (s *sentCtx) orgWithin(i, n int) bool {
	for _, m := range s.mentions {
		if m.Tok < i || m.Tok > i+n {
			continue
		}
		if m.Kind == mOrg && (m.Name != "" || s.doc.resolveGeneric(m) != "") {
			return true
		}
		if _, ok := s.doc.acronyms[m.Name]; ok && m.Kind == mPerson {
			return true
		}
	}
	return false
}

// actorCount counts the mentions that can be actors (people, titles,
// countries, organisations, seats, capitals).
func (s *sentCtx) actorCount() int {
	n := 0
	for _, m := range s.mentions {
		switch m.Kind {
		case mPerson, mTitle, mCountry, mOrg, mSeat, mCapital:
			n++
		case mDemonym:
			if !m.Modifier {
				n++
			}
		}
	}
	return n
}

// diplomatic reports whether the sentence names a diplomatic actor: a
// country, organisation, capital, seat of government or titled person. The
// answer is computed once per sentence.
func (s *sentCtx) diplomatic() bool {
	if s.dipl == 0 {
		s.dipl = 2
		if s.isDiplomatic() {
			s.dipl = 1
		}
	}
	return s.dipl == 1
}

func (s *sentCtx) isDiplomatic() bool {
	if s.has("countries", "governments", "sides", "nations", "diplomats", "ministers", "envoys", "leaders", "adversaries", "allies", "neighbours", "neighbors", "enemies", "ambassador", "ambassadors", "envoy", "embassy", "negotiators") {
		return true
	}
	for _, m := range s.mentions {
		switch m.Kind {
		case mCountry, mOrg, mSeat, mCapital, mDemonym, mTitle:
			return true
		case mPerson:
			if m.Title != "" || s.doc.isKnownPerson(m.Name) {
				return true
			}
		case mPronoun:
			if s.doc.lastPerson != "" {
				return true
			}
		}
	}
	return false
}

// isOneOf reports whether w is one of words. The length and the first byte
// are compared before the bytes, so most words are ruled out without a
// call to compare them.
func isOneOf(w string, words ...string) bool {
	for _, x := range words {
		if len(x) == len(w) && (len(w) == 0 || x[0] == w[0] && x == w) {
			return true
		}
	}
	return false
}

// mentionEndsAt reports whether a name mention ends right before token i
// ("Washington meetings", "NATO summits").
func (s *sentCtx) mentionEndsAt(i int) bool {
	for _, m := range s.mentions {
		if m.End == i && m.Kind != mPronoun && (m.Kind != mPerson || strings.Contains(m.Name, " ")) {
			return true
		}
	}
	return false
}

// sentMaps are the maps sentenceEvents keeps for one sentence, allocated
// once per document and cleared for each sentence.
type sentMaps struct {
	seen, seenTD, seenDate map[string]bool
	lastOther              map[string]int
}

// reset returns the maps emptied: seen, lastOther, seenTD, seenDate.
func (m *sentMaps) reset() (seen map[string]bool, lastOther map[string]int, seenTD, seenDate map[string]bool) {
	if m.seen == nil {
		m.seen, m.seenTD, m.seenDate = make(map[string]bool, 4), make(map[string]bool, 4), make(map[string]bool, 2)
		m.lastOther = make(map[string]int, 2)
	} else {
		if len(m.seen) > 0 {
			clear(m.seen)
		}
		if len(m.seenTD) > 0 {
			clear(m.seenTD)
		}
		if len(m.seenDate) > 0 {
			clear(m.seenDate)
		}
		if len(m.lastOther) > 0 {
			clear(m.lastOther)
		}
	}
	return m.seen, m.lastOther, m.seenTD, m.seenDate
}
