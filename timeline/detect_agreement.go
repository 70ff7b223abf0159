package timeline

// agreementDetector finds the signing of a formal agreement (CAMEO 057):
// "signed a treaty", "the accord was signed", "the signing of the Abraham
// Accords", "concluded an agreement". A corporate merger agreement is not a
// diplomatic agreement.
var agreementDetector = &detector{
	Name:     "agreement",
	Keywords: []string{"agreed", "adopted", "adopt", "adopts", "adopting", "without", "completed", "finalised", "finalized", "initialled", "initialed", "issued", "endorsed", "signed", "sign", "signs", "signing", "inked", "concluded", "ratified", "ratify", "ratifies", "struck", "strike", "strikes", "clinched", "sealed", "reach", "reached", "reaches", "put", "welcomed", "welcomes", "reaffirmed", "pledged"},
	Match:    matchAgreement,
}

// agreementNouns are the objects of a diplomatic signing.
var agreementNouns = []string{"agreement", "agreements", "treaty", "treaties", "accord", "accords", "memorandum",
	"pact", "deal", "declaration", "declarations", "protocol", "protocols", "charter", "memoranda", "conventions", "convention", "communique", "communiqué", "armistice",
	"ceasefire", "mou", "partnership", "compact", "framework", "statement", "joint"}

// corporateWords mark business deals.
var corporateWords = []string{"merger", "acquisition", "acquire", "acquired", "shareholders", "shareholder", "inc",
	"corp", "ltd", "plc", "company", "companies", "firm", "firms", "stake", "takeover", "contract", "sponsorship",
	"player", "lease", "buyout", "startup", "investors", "subsidiary", "consortium", "association", "federation", "club",
	"carmaker", "carmakers", "automaker", "wage", "wages", "employer", "employers", "workers", "bonus", "bonuses"}

func matchAgreement(s *sentCtx, i int) (candidate, bool) {
	w := s.lw(i)
	if w == "without" {
		return matchWithoutAgreement(s, i)
	}
	if s.foundingWhen(i) {
		return candidate{}, false // "was established on 8 August 1967, when the ministers signed the Bangkok Declaration"
	}
	if s.near(i, 0, 2, "into") && s.near(i, 0, 3, "law") {
		return candidate{}, false // "signed into law"
	}
	if s.has(corporateWords...) && !s.hasStateParty() {
		return candidate{}, false
	}
	if s.privateSubject(i) {
		return candidate{}, false // "scientists from Japan and France signed a research agreement"
	}
	c := candidate{Type: Agreement, CAMEO: "057", Tok: i, End: i + 1, Strength: 0.6}
	found := false
	// "concluded negotiations on a free trade agreement": the talks end in
	// the agreement, which is the event
	if isOneOf(w, "concluded", "completed", "finalised", "finalized") && isOneOf(s.lw(i+1), "negotiations", "talks") && isOneOf(s.lw(i+2), "on", "for", "over") {
		for k := i + 3; k <= i+8 && k < len(s.toks); k++ {
			if isOneOf(s.lw(k), agreementNouns...) {
				c.End, c.Strength = i+2, 0.55
				if !s.diplomatic() {
					return candidate{}, false
				}
				return c, true
			}
			if !s.toks[k].Word {
				break
			}
		}
	}
	if w == "put" {
		// "put his name to the pact"; the charter signed at a founding is
		// the founding
		if !isOneOf(s.lw(i+2), "name", "names", "signature", "signatures") || s.lw(i+3) != "to" || !s.near(i, 0, 7, agreementNouns...) || s.has("founded", "established", "formed", "created") {
			return candidate{}, false
		}
	}
	back := 6
	if isOneOf(s.lw(i-1), "was", "were", "been", "be") {
		back = 20 // "a second Oslo agreement, transferring ..., was signed"
	}
	for k := max(0, i-back); k <= i+8 && k < len(s.toks); k++ {
		if isOneOf(s.lw(k), agreementNouns...) || s.toks[k].Cap && isOneOf(s.lw(k), "accords", "treaty", "agreement", "act", "constitution") {
			found = true
			break
		}
	}
	if !found && isOneOf(w, "signed", "sign", "signs") && (s.lastAgreement || s.has(agreementNouns...)) && s.intransitiveSign(i) {
		found = true // "Russia signed the same day", "Egypt signed as well"
	}
	if !found && w == "agreed" && s.lw(i+1) == "to" && s.stateSubjectPair(i) && !s.near(i, 0, 8, "relations", "ties", "ambassadors", "embassies", "talks", "meet", "hold", "resume", "ceasefire", "truce", "dialogue", "negotiations", "discussions", "consultations", "visit") && !s.has(agreementNouns...) {
		found = true // "Kyiv and Warsaw agreed to open a border crossing"
	}
	if !found && w == "agreed" && s.lw(i+1) == "that" && s.stateSubjectPair(i) {
		found = true // "Armenia and Azerbaijan agreed that ..."
	}
	if !found {
		return candidate{}, false
	}
	participle := w == "agreed" && (isOneOf(s.lw(i-1), agreementNouns...) || s.lw(i-1) == "," && isOneOf(s.lw(i-2), agreementNouns...)) && isOneOf(s.lw(i+1), "in", "at", "on", "last", "earlier")
	if isOneOf(w, "ratified", "ratify", "ratifies") {
		c.Strength = 0.5
	}
	if w == "agreed" && s.lw(i+1) == "that" {
		c.Strength = 0.45
	} else if w == "agreed" && !participle {
		// "agreed on a ceasefire", "agreed a deal": the noun right after
		k := i + 1
		if isOneOf(s.lw(k), "on", "to", "upon") {
			k++
		}
		if isOneOf(s.lw(k), "a", "an", "the") {
			k++
		}
		if !isOneOf(s.lw(k), "ceasefire", "truce", "deal", "agreement", "accord", "pact", "treaty", "armistice", "framework") && !isOneOf(s.lw(k+1), "ceasefire", "truce", "deal", "agreement", "accord", "pact", "treaty") && !(k == i+2 && s.lw(i+1) == "to" && found) {
			return candidate{}, false
		}
		c.Strength = 0.5
	}
	if isOneOf(w, "adopted", "adopt", "adopts", "adopting") {
		// "The Constitutive Act ... was adopted": a founding text, named;
		// "leaders adopted a charter", "could adopt a declaration": the
		// text as the verb's object
		passive := isOneOf(s.lw(i-1), "was", "were") && s.hasCapWord(max(0, i-10), i, "act", "charter", "treaty", "declaration", "convention", "constitution", "accords")
		if !passive && !s.objectNoun(i, "charter", "declaration", "declarations", "treaty", "convention", "communique", "communiqué", "accord", "agreement", "protocol", "resolution") {
			return candidate{}, false
		}
		c.Strength = 0.5
	}
	if isOneOf(w, "issued", "endorsed") {
		// "issued a joint declaration", "endorsed the Hiroshima communiqué"
		if !s.objectNoun(i, "declaration", "communique", "communiqué", "charter") && !(s.objectNoun(i, "statement") && s.near(i, 0, 3, "joint")) && !s.inJointText(i) {
			return candidate{}, false
		}
		c.Strength = 0.45
	}
	if isOneOf(w, "welcomed", "welcomes", "reaffirmed", "pledged") {
		// "welcomed progress in a joint statement on Friday"
		if !s.inJointText(i) || !s.hasStateParty() && !s.hasTitledPerson() {
			return candidate{}, false
		}
		c.Strength = 0.45
	}
	if isOneOf(w, "concluded", "struck", "strike", "strikes", "clinched", "sealed", "reach", "reached", "reaches") {
		// "struck a deal": the noun must be the verb's object, or its
		// subject when passive ("an agreement ... could be concluded") or
		// a reduced relative ("the accord reached in Beijing")
		if !s.near(i, 0, 3, agreementNouns...) && !(isOneOf(s.lw(i-1), "be", "been", "was", "were") && s.near(i, 10, 0, agreementNouns...)) && !isOneOf(s.lw(i-1), "accord", "agreement", "deal", "treaty", "pact", "truce", "ceasefire") {
			return candidate{}, false
		}
		c.Strength = 0.5
	}
	if !s.diplomatic() {
		return candidate{}, false
	}
	return c, true
}

// hasStateActor reports whether the sentence names a country, organisation,
// capital or seat of government.
func (s *sentCtx) hasStateActor(demonyms bool) bool {
	for _, m := range s.mentions {
		if m.Kind == mDemonym && !demonyms {
			continue // "American grain companies" are not a state
		}
		switch m.Kind {
		case mCountry, mOrg, mCapital, mSeat, mDemonym:
			if m.Kind != mOrg || m.Name != "" {
				return true
			}
		}
	}
	return false
}

// hasStateParty is hasStateActor without demonyms and without a capital
// that only places the event ("signed its charter in Geneva", "before
// flying to Los Angeles").
func (s *sentCtx) hasStateParty() bool {
	for _, m := range s.mentions {
		switch m.Kind {
		case mCountry, mOrg, mSeat:
			if m.Kind != mOrg || m.Name != "" {
				return true
			}
		case mCapital:
			if !placePreps[m.Prep] {
				return true
			}
		}
	}
	return false
}

// intransitiveSign reports whether the signing verb at i has no object:
// "signed the same day", "signed as well", "will sign too".
func (s *sentCtx) intransitiveSign(i int) bool {
	k := i + 1
	if s.lw(k) == "on" {
		k++
	}
	switch s.lw(k) {
	case "the":
		return s.lw(k+1) == "same" && isOneOf(s.lw(k+2), "day", "evening", "morning", "afternoon")
	case "as":
		return s.lw(k+1) == "well"
	case "too", "later", "", ".", ";":
		return true
	}
	return k < len(s.toks) && !s.toks[k].Word && s.toks[k].Lower != "'s"
}

// inJointText reports whether the verb at i is followed, within eight
// tokens, by "in a joint statement" (communiqué, declaration).
func (s *sentCtx) inJointText(i int) bool {
	for k := i + 1; k <= i+8 && k+3 < len(s.toks); k++ {
		if s.lw(k) == "in" && isOneOf(s.lw(k+1), "a", "the", "their") && s.lw(k+2) == "joint" && isOneOf(s.lw(k+3), "statement", "communique", "communiqué", "declaration") {
			return true
		}
	}
	return false
}

// stateSubjectPair reports whether two states joined by "and" end right
// before token i: "Armenia and Azerbaijan agreed".
func (s *sentCtx) stateSubjectPair(i int) bool {
	for j, m := range s.mentions {
		if m.End != i || j == 0 {
			continue
		}
		p := s.mentions[j-1]
		state := func(m mention) bool {
			return m.Kind == mCountry || m.Kind == mSeat || m.Kind == mCapital && (m.Prep == "" || m.Prep == "and")
		}
		return state(m) && state(p) && p.End+1 == m.Tok && s.lw(p.End) == "and"
	}
	return false
}

// foundingWhen reports whether the verb at i is in a "when" clause that
// dates a founding: the text signed is a step of the founding, not another
// event.
func (s *sentCtx) foundingWhen(i int) bool {
	for k := i - 1; k >= 1; k-- {
		if s.lw(k) == "when" {
			for j := k - 1; j >= 1; j-- {
				if isOneOf(s.lw(j), "founded", "established", "formed", "created") && isOneOf(s.lw(j-1), "was", "were") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// hasCapWord reports whether a capitalised token among [a, b) is one of words.
func (s *sentCtx) hasCapWord(a, b int, words ...string) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.toks[k].Cap && isOneOf(s.toks[k].Lower, words...) {
			return true
		}
	}
	return false
}

// objectNoun reports whether one of nouns heads the object right after the
// verb at i: "adopted a joint declaration", "adopt the Bangkok Declaration".
func (s *sentCtx) objectNoun(i int, nouns ...string) bool {
	for k := i + 1; k <= i+5 && k < len(s.toks); k++ {
		if isOneOf(s.lw(k), nouns...) {
			return true
		}
		if !s.toks[k].Word || isOneOf(s.lw(k), "on", "in", "at", "with", "to", "by", "that", "which", "and") {
			return false
		}
	}
	return false
}

// matchWithoutAgreement reads a failed agreement: "the talks ended without
// agreement", "broke up without a deal". The trigger is the noun, so that
// "without" before it makes the event negated.
func matchWithoutAgreement(s *sentCtx, i int) (candidate, bool) {
	if !s.near(i, 4, 0, "ended", "end", "ends", "closed", "concluded", "broke", "finished", "adjourned", "talks", "negotiations", "summit", "meeting") {
		return candidate{}, false
	}
	k := i + 1
	if isOneOf(s.lw(k), "a", "an", "any") {
		k++
	}
	if isOneOf(s.lw(k), "final", "formal", "joint", "peace", "trade", "serbian", "signed") || k < len(s.toks) && s.toks[k].Cap {
		k++
	}
	if !isOneOf(s.lw(k), "agreement", "deal", "accord", "signature", "declaration", "communique", "communiqué", "breakthrough", "treaty") || !s.diplomatic() {
		return candidate{}, false
	}
	return candidate{Type: Agreement, CAMEO: "057", Tok: k, End: k + 1, Strength: 0.5}, true
}
