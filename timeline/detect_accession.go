package timeline

// accessionDetector finds a state joining an alliance or union (nearest
// CAMEO 057): "joined NATO", "became the 31st member of the alliance",
// "Finland's accession", "acceded to the EU", "was admitted to the UN".
// Joining a company or "joining forces" is not an accession.
var accessionDetector = &detector{
	Name: "accession",
	Keywords: []string{"followed", "follow", "member", "joined", "join", "joins", "joining", "accession", "readmitted", "readmission",
		"rejoined", "rejoin", "re-admitted", "entry", "made", "admit", "admits", "withdrew", "withdraw", "withdraws", "quit", "suspended", "suspends", "acceded", "accede", "accedes", "became", "become", "becomes", "admitted", "admission", "membership", "keep", "seat", "seats", "entered", "enters", "welcomed", "welcomes", "bid"},
	Match: matchAccession,
}

func matchAccession(s *sentCtx, i int) (candidate, bool) {
	w := s.lw(i)
	c := candidate{Type: Accession, CAMEO: "057", Tok: i, End: i + 1, Strength: 0.6}
	switch w {
	case "joined", "join", "joins", "joining":
		if isOneOf(s.lw(i+1), "forces", "by", "hands", "in", "us", "them") && !(isOneOf(s.lw(i+1), "by", "in") && (isDigitStart(s.lw(i+2)) || isMonth(s.lw(i+2)))) {
			return candidate{}, false // but "ready to join by 2028", "having joined in April"
		}
		if s.hasSports() {
			return candidate{}, false // "the football federation joined UEFA"
		}
		if s.marketIndex(i + 1) {
			return candidate{}, false // "Tesla joined the S&P 500 index"
		}
		if w == "joining" && s.lw(i-1) == "," && s.near(i, 25, 0, "member", "members") {
			return candidate{}, false // "was made a permanent member ..., joining the EU as the only bloc": a comparison
		}
		if w == "join" && s.near(i, 7, 0, "invited", "invite", "invites", "inviting", "invitation") {
			return candidate{}, false // the invitation is the act
		}
		if w == "join" && s.lw(i-1) == "to" && isOneOf(s.lw(i-2), "applied", "apply", "applies", "applying", "application", "bid", "request") {
			return candidate{}, false // "applied to join": the application is the act
		}
		k := i + 1
		if s.lw(k) == "what" && isOneOf(s.lw(k+1), "was", "is", "were") && isOneOf(s.lw(k+2), "then", "now", "still", "known") {
			k += 3 // "joined what was then the European Economic Community"
			if s.lw(k) == "as" {
				k++
			}
		}
		c.Hyp = s.pavesWay(i)
		c.Also = s.ellipticalState(i)
		if !s.orgWithin(k, 3) && !s.blocNoun(k) {
			// "confident Sweden would join, but...", "Liberia joined two
			// weeks earlier": the organisation the text is about, with a
			// state as subject
			if s.noObject(i) && s.stateSubject(i) {
				c.Strength = 0.5
				return ratifying(s, c), true
			}
			return candidate{}, false
		}
		return ratifying(s, c), true
	case "bid":
		// "Kosovo's own bid is unlikely to advance", "Georgia's membership
		// bid could stall": speculation on a state's accession
		return s.speculativeBid(i)
	case "member":
		// "West Germany, a member of the North Atlantic alliance since last
		// week, ...": membership dated from its start
		k := i + 1
		if s.lw(k) != "of" || !isOneOf(s.lw(i-1), "a", "full") {
			return candidate{}, false
		}
		for j := k + 1; j < len(s.toks) && j <= k+7; j++ {
			if s.lw(j) == "since" {
				if !s.orgWithin(k+1, j-k-1) && !(s.lw(k+1) == "the" && isOneOf(s.lw(j-1), "alliance", "bloc", "union")) {
					return candidate{}, false
				}
				if m, ok := s.mentionBefore(i, 4); !ok || m.Kind != mCountry {
					return candidate{}, false
				}
				n := s.lw(j + 1)
				if !(isDigitStart(n) || isMonth(n) || isOneOf(n, "last", "this", "early", "late", "january", "spring", "summer", "autumn", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
					return candidate{}, false
				}
				c.Strength = 0.45
				return c, true
			}
			if !s.toks[j].Word {
				return candidate{}, false
			}
		}
		return candidate{}, false
	case "follow":
		// "a deal on sharing the waters of the Teesta river could follow":
		// an agreement the text expects or speculates about
		if !isOneOf(s.lw(i-1), "could", "may", "might", "would", "will", "should", "soon") || !isOneOf(s.lw(i+1), "", ".", ",", ";", "later", "soon", "next", "within", "in", "by") {
			return candidate{}, false
		}
		for k := i - 2; k >= 0 && k >= i-12; k-- {
			if isOneOf(s.lw(k), "deal", "agreement", "accord", "treaty", "pact") && isOneOf(s.lw(k-1), "a", "an") {
				if !s.diplomatic() && !s.agreementBefore() || s.hasLex(lexCorporate) {
					return candidate{}, false
				}
				c.Type, c.CAMEO, c.Strength, c.Tok = Agreement, "057", 0.4, k
				c.Hyp = isOneOf(s.lw(i-1), "could", "may", "might", "would")
				return c, true
			}
			if !s.toks[k].Word && s.lw(k) != "'s" {
				break
			}
		}
		return candidate{}, false
	case "followed":
		// "A second Sinai agreement followed in September 1975"
		if s.near(i, 2, 0, "agreement", "accord", "treaty", "deal", "pact") && s.followedAlone(i) {
			c.Type, c.CAMEO, c.Strength = Agreement, "057", 0.45
			return c, true
		}
		// "Bulgaria and Romania followed on 1 January 2007" after an accession
		if m, ok := s.mentionBefore(i, 2); ok && m.Kind == mCountry && s.lastType != "" {
			if s.lastType == Accession || s.lastType == OtherDiplomatic {
				c.Type, c.CAMEO, c.Strength = s.lastType, "057", 0.45
				if s.lastType == Accession {
					c.Also = s.ellipticalState(i)
				}
				if s.lastType == OtherDiplomatic {
					c.CAMEO = "050"
				}
				return c, true
			}
		}
		return candidate{}, false
	case "accession", "acceded", "accede", "accedes":
		if w == "accession" {
			next := s.lw(i + 1)
			if isOneOf(next, "negotiations", "talks") {
				// "decided to open accession negotiations"
				if s.near(i, 3, 0, "open", "opened", "opening", "start", "started", "launch", "launched", "begin", "began") {
					c.Type, c.CAMEO, c.End = OtherDiplomatic, "050", i+2
					return c, true
				}
				return candidate{}, false
			}
			if isOneOf(next, "treaty", "treaties", "protocol", "protocols", "process", "bid", "documents", "instrument", "criteria", "date", "dates", "ceremony") {
				return candidate{}, false
			}
		}
		if s.orgWithin(max(0, i-6), 12) || s.doc.mainOrg() != "" || s.lw(i+1) == "to" && s.blocNoun(i+2) {
			c.Strength, c.Nominal = 0.6, w == "accession"
			return ratifying(s, c), true
		}
		// "Turkey's parliament ratified Finland's accession": the
		// ratification names no organisation but is an act of its own
		if w == "accession" && s.lw(i-1) == "'s" {
			if r := ratifying(s, c); r.Type == OtherDiplomatic {
				return r, true
			}
		}
		return candidate{}, false
	case "welcomed", "welcomes":
		// "Timor-Leste was formally welcomed into ASEAN on 26 October"
		if m, ok := s.mentionBefore(i, 4); s.lw(i+1) == "into" && isOneOf(s.lw(i-1), "was", "were", "formally", "officially") && s.orgWithin(i+2, 2) && ok && m.Kind == mCountry && !s.privateSubject(i) {
			c.End = i + 2
			return c, true
		}
		// "Timor-Leste was welcomed as the eleventh member of ASEAN", "the
		// bloc welcomed Croatia as its 28th member"
		for k := i + 1; k <= i+7 && k < len(s.toks); k++ {
			if s.lw(k) == "as" {
				for j := k + 1; j <= k+5 && j < len(s.toks); j++ {
					if isOneOf(s.lw(j), "member", "member-state", "ally") && (s.orgWithin(i-6, 6) || s.orgWithin(j, 3) || s.doc.mainOrg() != "") {
						c.End = j + 1
						return c, true
					}
				}
				return candidate{}, false
			}
		}
		return candidate{}, false
	case "entered", "enters":
		// "China entered the World Trade Organization": a state enters an
		// organisation (not "entered into force", "entered the market")
		if m, ok := s.mentionAfter(i+1, 1); ok && m.Kind == mOrg && m.Name != "" {
			if sub, ok := s.mentionBefore(i, 2); !ok || sub.Kind != mCountry && sub.Kind != mCapital {
				return candidate{}, false
			}
			c.Strength = 0.5
			return c, true
		}
		return candidate{}, false
	case "readmitted", "readmission", "rejoined", "rejoin", "re-admitted":
		if s.orgWithin(max(0, i-6), 12) || s.doc.mainOrg() != "" {
			c.Nominal = w == "readmission"
			return ratifying(s, c), true
		}
		return candidate{}, false
	case "entry":
		// "Cambodia's entry, delayed by...": not "entry into force"
		if s.lw(i-1) == "'s" && s.lw(i+1) != "into" && s.doc.mainOrg() != "" {
			if m, ok := s.mentionBefore(i-1, 0); ok && m.Kind == mCountry {
				c.Tok, c.Nominal = i-2, true
				return c, true
			}
		}
		// "Sweden's entry into NATO on 7 March": an organisation after
		// "into" (not "entry into force")
		if s.lw(i-1) == "'s" && s.lw(i+1) == "into" && s.lw(i+2) != "force" && s.orgWithin(i+2, 1) {
			if m, ok := s.mentionBefore(i-1, 0); ok && m.Kind == mCountry {
				c.Tok, c.End, c.Nominal = i-2, i+1, true
				return c, true
			}
		}
		return candidate{}, false
	case "admit", "admits":
		// "agreed in principle to admit it": a decision, not yet an accession
		if (s.doc.mainOrg() != "" || s.orgWithin(max(0, i-6), 10)) && (s.lw(i+1) == "it" || s.mentionStarts(i+1) || s.mentionStarts(i+2)) {
			// "leaders could agree to admit the African Union as a permanent
			// member": the text speculates about the accession itself
			if s.lw(i-1) == "to" && isOneOf(s.lw(i-2), "agree", "decide", "vote") && isOneOf(s.lw(i-3), "could", "might", "may", "would") && s.near(i, 0, 8, "member") {
				c.Hyp = true
				return c, true
			}
			c.Type, c.CAMEO = OtherDiplomatic, "050"
			return c, true
		}
		return candidate{}, false
	case "withdrew", "withdraw", "withdraws", "quit", "suspended", "suspends":
		// "withdrew from the OAU", "suspended Egypt's membership"
		if isOneOf(s.lw(i+1), "from") && s.orgWithin(i+1, 3) || w == "quit" && s.orgWithin(i+1, 2) ||
			isOneOf(w, "suspended", "suspends") && s.near(i, 0, 4, "membership", "participation") {
			c.Type, c.CAMEO = OtherDiplomatic, "161"
			return c, true
		}
		return candidate{}, false
	case "made":
		// "It was made a permanent member of the Group of 20"
		if !(s.lw(i-1) == "was" || s.lw(i-1) == "were") {
			return candidate{}, false
		}
		for k := i + 1; k <= i+4 && k < len(s.toks); k++ {
			if isOneOf(s.lw(k), "member", "members") && s.orgWithin(k, 4) {
				c.End = k + 1
				return c, true
			}
		}
		return candidate{}, false
	case "became", "become", "becomes":
		// "became the 31st member of NATO", "became a full member"
		for k := i + 1; k <= i+5 && k < len(s.toks); k++ {
			if isOneOf(s.lw(k), "member", "members", "member-state", "ally") || s.lw(k) == "state" && s.lw(k-1) == "participating" {
				if s.orgWithin(i+1, k-i+3) || s.orgWithin(i-6, 6) || s.lw(k+1) == "of" && s.blocNoun(k+2) || k+1 < len(s.toks) && !isOneOf(s.lw(k+1), "of") && s.stateSubject(i) && s.doc.mainOrg() != "" {
					c.End = k + 1
					c.Hyp = c.Hyp || s.pavesWay(i)
					return c, true
				}
			}
		}
		return candidate{}, false
	case "admitted", "admission":
		if s.hasSports() {
			return candidate{}, false // "Kosovo's football federation is admitted to UEFA"
		}
		if isOneOf(s.lw(i+1), "to", "into", "of") && s.orgWithin(i+1, 4) {
			return c, true
		}
		// "The European Union admitted ten new members": members counted,
		// the organisation as subject
		if w == "admitted" && s.orgWithin(max(0, i-5), 4) && !isOneOf(s.lw(i-1), "was", "were", "is", "are", "been") {
			for k := i + 1; k <= i+4 && k < len(s.toks); k++ {
				if isOneOf(s.lw(k), "members", "member", "states", "countries") && (isDigitStart(s.lw(k-1)) || isNumberWord(s.lw(k-1)) || isOneOf(s.lw(k-1), "new") && (isDigitStart(s.lw(k-2)) || isNumberWord(s.lw(k-2)))) {
					c.End = k + 1
					return c, true
				}
			}
		}
		// "Vietnam was admitted on 28 July 1995"; "the admission of the
		// Sahrawi Arab Democratic Republic" in a text about one organisation
		// "The bloc admitted Croatia as its 28th member"
		if w == "admitted" && s.near(i, 0, 4, "as") && s.near(i, 0, 7, "member", "members") {
			if m, ok := s.mentionAfter(i+1, 1); ok && m.Kind == mCountry {
				return c, true
			}
		}
		if w == "admitted" && s.noObject(i) && s.stateSubject(i) ||
			w == "admission" && s.lw(i+1) == "of" && s.doc.mainOrg() != "" && (s.mentionStarts(i+2) || s.lw(i+2) == "the" && i+3 < len(s.toks) && s.toks[i+3].Cap || i+2 < len(s.toks) && s.toks[i+2].Cap) {
			c.Nominal = w == "admission"
			return c, true
		}
		return candidate{}, false
	case "keep":
		// "vowed to keep his country out of the club": an accession that may
		// not happen
		for k := i + 1; k <= i+5 && k+2 < len(s.toks); k++ {
			if s.lw(k) == "out" && s.lw(k+1) == "of" && s.orgWithin(k+2, 2) {
				c.Hyp, c.End, c.Strength = true, k+2, 0.45
				return c, true
			}
		}
		return candidate{}, false
	case "seat", "seats":
		// "took its seat at the Sanya summit", "took up their seats in the
		// group": a new member's first sitting
		k := i - 2
		if s.lw(k) == "up" {
			k--
		}
		if s.near(k, 20, 0, "since") {
			return candidate{}, false // "the first summit since Egypt took its seat": a background whose date the text does not give
		}
		if isOneOf(s.lw(i-1), "its", "their", "her", "his") && isOneOf(s.lw(k), "took", "take", "takes", "taking", "taken") && (s.orgWithin(i+1, 4) || s.near(i, 0, 5, "summit", "group", "bloc", "alliance", "union", "club", "organisation", "organization") && s.doc.mainOrg() != "") {
			c.Tok = k
			return c, true
		}
		return candidate{}, false
	case "membership":
		// "whose membership remains years away": an accession the text
		// speculates about
		if isOneOf(s.lw(i+1), "remains", "remained", "is", "was", "seems", "looks", "lies") && s.near(i+1, 0, 3, "years", "decades", "distant", "far", "away", "off") || s.lw(i+1) == "itself" && s.lw(i+2) == "remains" && s.near(i+2, 0, 3, "years", "distant", "away") {
			c.Hyp, c.Nominal, c.Strength = true, true, 0.45
			return c, true
		}
		if isOneOf(s.lw(i-1), "full", "formal") && isOneOf(s.lw(i-2), "gained", "won", "obtained", "granted", "achieved") {
			c.Tok = i - 2
			return c, true
		}
		// "Montenegro's membership took effect on 5 June 2017"
		k := i + 1
		if s.lw(k) == "of" && s.orgWithin(k+1, 1) {
			if m, ok := s.mentionAt(k + 1); ok {
				k = m.End // "Finland's membership of NATO became official"
			} else {
				k += 3 // "of the alliance"
			}
		}
		if s.lw(k) == "took" && s.lw(k+1) == "effect" || isOneOf(s.lw(k), "became", "becomes", "become") && isOneOf(s.lw(k+1), "effective", "official", "formal") {
			c.End = k + 2
			return c, true
		}
		if s.lw(i+1) == "took" && s.lw(i+2) == "effect" || s.lw(i+1) == "became" && s.lw(i+2) == "effective" {
			c.End = i + 3
			return c, true
		}
		// "Sweden's membership was ratified by Hungary": the ratification
		if isOneOf(s.lw(i+1), "was", "were", "is", "has", "had") && (s.near(i+1, 0, 2, "ratified", "approved") && s.near(i+2, 0, 2, "by")) {
			c.Type, c.CAMEO, c.Nominal = OtherDiplomatic, "050", false
			return c, true
		}
		// "opened membership negotiations with Moldova": a step towards
		// accession, an act of its own
		// (an act done: "waited for years to open membership talks" is not)
		if isOneOf(s.lw(i+1), "negotiations", "talks") && s.near(i, 3, 0, "opened", "opens", "started", "launched", "began") {
			c.Type, c.CAMEO, c.End = OtherDiplomatic, "050", i+2
			return c, true
		}
		// "applied for membership": a diplomatic act, not yet an accession
		if s.lw(i-1) == "for" && isOneOf(s.lw(i-2), "applied", "apply", "applies", "applying", "application", "bid") {
			c.Type, c.CAMEO, c.Tok = OtherDiplomatic, "050", i-2
			return c, true
		}
		return candidate{}, false
	}
	return candidate{}, false
}

// ratifying turns an accession trigger governed by another state's approval
// ("voted to ratify Finland's accession", "approved Sweden's bid") into an
// other-diplomatic act: the ratification, not the accession.
func ratifying(s *sentCtx, c candidate) candidate {
	for j := c.Tok - 1; j >= 0 && j >= c.Tok-5; j-- {
		if isOneOf(s.lw(j), "ratify", "ratified", "ratifies", "ratifying", "ratification", "approve", "approved", "approves", "approving", "blocked", "block", "blocking", "vetoed") {
			c.Type, c.CAMEO, c.Nominal = OtherDiplomatic, "050", false
			return c
		}
	}
	return c
}

// mentionBefore returns the last mention ending within n tokens before i.
func (s *sentCtx) mentionBefore(i, n int) (mention, bool) {
	for k := len(s.mentions) - 1; k >= 0; k-- {
		m := s.mentions[k]
		if m.End <= i && m.End >= i-n {
			return m, true
		}
	}
	return mention{}, false
}

// noObject reports whether the verb at i has no noun object: it ends the
// clause or is followed by a date, an adverb or a conjunction ("joined on
// 14 July", "would join, but", "joined two weeks earlier").
func (s *sentCtx) noObject(i int) bool {
	next := s.lw(i + 1)
	return next == "" || isOneOf(next, ",", ".", ";", "but", "and", "soon", "too", "as", "in", "on", "by", "later",
		"only", "two", "three", "several", "earlier", "first", "last", "after", "before", "when", "once", "until", "formally", "itself")
}

// stateSubject reports whether a country (or "it" in a text about an
// organisation's members) stands within six tokens before i.
func (s *sentCtx) stateSubject(i int) bool {
	if s.doc.mainOrg() == "" {
		return false
	}
	m, ok := s.mentionBefore(i, 6)
	if ok && m.Kind == mCountry {
		return true
	}
	// "Finland is attending its first summit as a full member, having
	// joined in April": the sentence's subject, for a participle
	if isOneOf(s.lw(i-1), "having", "after", "since") && s.lw(i-2) == "," && len(s.mentions) > 0 && (s.mentions[0].Tok == 0 || s.mentions[0].Tok == 1 && !s.toks[0].Word) && s.mentions[0].Kind == mCountry {
		return true
	}
	return false
}

// marketIndex reports a stock index named within five tokens from i: a
// company joining "the S&P 500 index", "the FTSE 100", "the Dow Jones
// Industrial Average" is no accession.
func (s *sentCtx) marketIndex(i int) bool {
	for j := i; j < len(s.toks) && j <= i+5; j++ {
		if isOneOf(s.lw(j), "index", "indices", "indexes", "average", "s&p", "dow", "ftse", "nasdaq", "dax", "nikkei", "stoxx", "cac", "hang", "sensex", "kospi", "russell") {
			return true
		}
	}
	return false
}

// blocNoun reports "the alliance" or "the bloc" at i: an organisation the
// text may not have named ("Sweden became the 32nd member of the
// alliance"). "the union" and "the club" are left out: trade unions and
// clubs have members too.
func (s *sentCtx) blocNoun(i int) bool {
	return s.lw(i) == "the" && isOneOf(s.lw(i+1), "alliance", "bloc")
}

// isNumberWord reports a number written as a word: "ten new members".
func isNumberWord(w string) bool {
	return isOneOf(w, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several")
}

// pavesWay reports an accession that a step makes possible: "clearing the
// way for Sweden to become the 32nd member", "paved the way for Ukraine to
// join".
func (s *sentCtx) pavesWay(i int) bool {
	for j := i - 1; j >= 2 && j >= i-6; j-- {
		if s.lw(j) == "for" && s.lw(j-1) == "way" && s.lw(j-2) == "the" {
			return true
		}
		if !s.toks[j].Word {
			return false
		}
	}
	return false
}

// followedAlone reports "followed" at i used without an object ("a second
// accord followed in 1975", "followed a year later", "followed the same
// day"), not "That accord followed talks in Beijing", where the talks are
// what came before.
func (s *sentCtx) followedAlone(i int) bool {
	next := s.lw(i + 1)
	switch next {
	case "in", "on", "at", ",", ".", "", "later", "shortly", "soon", "within", "after", "swiftly", "quickly", ";", "—":
		return true
	case "the":
		return isOneOf(s.lw(i+2), "next", "same", "following")
	case "a", "an", "two", "three", "four", "five", "six", "some", "several", "nine", "eighteen":
		return s.near(i+1, 0, 3, "later", "afterwards", "after")
	}
	return false
}

// ellipticalState returns the token of a state that joins in a clause
// with its verb left out, after the trigger at i: "Bulgaria and Romania
// joined on 1 January 2007, and Croatia in 2013" (the state, then "in" or
// "on" and a date), or 0.
func (s *sentCtx) ellipticalState(i int) int {
	for j := i + 1; j < len(s.toks)-3 && j <= i+14; j++ {
		if s.lw(j) != "and" || s.lw(j-1) != "," {
			continue
		}
		m, ok := s.mentionAt(j + 1)
		if !ok || m.Tok != j+1 || m.Kind != mCountry || m.End+1 >= len(s.toks) {
			return 0
		}
		if isOneOf(s.lw(m.End), "in", "on") && (isDigitStart(s.lw(m.End+1)) || isMonth(s.lw(m.End+1))) {
			return m.Tok
		}
		return 0
	}
	return 0
}

// speculativeBid reads a state's bid to join, with a verdict on its
// chances after it: "Kosovo's own bid is unlikely to advance while five
// members withhold recognition" (a hypothetical accession). A bid to host
// a tournament or for a company is none.
func (s *sentCtx) speculativeBid(i int) (candidate, bool) {
	k := i - 1
	for k > 0 && isOneOf(s.lw(k), "own", "membership", "accession", "eu", "nato", "asean", "wto", "entry") {
		k--
	}
	if s.lw(k) != "'s" && s.lw(k) != "'" {
		return candidate{}, false
	}
	m, ok := s.mentionBefore(k+1, 1)
	if !ok || m.Kind != mCountry || s.hasSports() {
		return candidate{}, false
	}
	if s.lw(i+1) == "to" && !isOneOf(s.lw(i+2), "join", "become", "enter", "accede") || s.lw(i+1) == "for" && !isOneOf(s.lw(i+2), "membership", "accession", "entry") {
		return candidate{}, false // "Morocco's bid to host the World Cup"
	}
	if s.doc.mainOrg() == "" && !s.orgWithin(0, len(s.toks)) && !s.textBefore(400, "join", "member", "accession") {
		return candidate{}, false
	}
	for j := i + 1; j < len(s.toks) && j <= i+5; j++ {
		if isOneOf(s.lw(j), "unlikely", "likely", "could", "would", "may", "might", "chances") {
			return candidate{Type: Accession, CAMEO: "057", Tok: i, End: i + 1, Strength: 0.45, Hyp: true}, true
		}
	}
	return candidate{}, false
}
