package timeline

import "strings"

// foundingDetector finds the founding of an organisation or treaty:
// "NATO was founded in 1949", "since its founding in 1949", "established
// the European Union". "Founding principles" and "established a record" are
// not foundings; "established diplomatic relations" is other-diplomatic.
var foundingDetector = &detector{
	Name:     "founding",
	Keywords: []string{"founded", "founding", "established", "establishment", "created", "creation", "formed", "formation", "set", "inception", "founds", "launched", "inaugurated", "announced", "unveiled", "came", "comes", "proclaimed", "born"},
	Match:    matchFounding,
}

func matchFounding(s *sentCtx, i int) (candidate, bool) {
	w := s.lw(i)
	c := candidate{Type: Founding, CAMEO: "057", Tok: i, End: i + 1, Strength: 0.55}
	if s.near(i, 0, 3, "relations", "ties") {
		return candidate{}, false
	}
	orgNear := s.orgWithin(max(0, i-6), 10) || s.near(i, 4, 4, "alliance", "organization", "organisation", "union", "bloc", "league", "community", "pact", "bank", "fund", "institution", "secretariat", "council", "forum", "movement", "body", "partnership", "grouping") || s.near(i, 0, 4, "agency", "commission") && s.near(i, 0, 3, "joint", "binational", "bilateral") || s.capInstitutionBefore(i) || w == "proclaimed" && s.capInstitutionAfter(i+1)
	if !orgNear {
		return candidate{}, false
	}
	switch w {
	case "founding", "creation", "establishment", "formation", "inception":
		next := s.lw(i + 1)
		// "founding in 1949", "its founding", "the creation of NATO"; not "founding charter"
		if !isOneOf(next, "in", "of", "on", ",", ".", "as", "after", "by") && next != "" {
			return candidate{}, false
		}
		c.Nominal = true
		if w == "inception" {
			c.Strength = 0.4
		}
		return c, true
	case "born":
		// "The alliance was born in Washington in April 1949"
		// ("born of détente" is an origin, not an event)
		if s.lw(i-1) == "was" && isOneOf(s.lw(i+1), "in", "on", "at") && (s.orgEndsBefore(i) || s.bodyEndsBefore(i)) {
			return c, true
		}
		return candidate{}, false
	case "proclaimed":
		// "proclaimed a New Asian–African Strategic Partnership"
		if s.capInstitutionAfter(i + 1) {
			return c, true
		}
		return candidate{}, false
	case "launched", "inaugurated", "announced", "unveiled":
		// "leaders from five countries launched the Eurasian Economic Union"
		if w == "launched" && (s.orgWithin(i+1, 2) || s.capInstitutionAfter(i+1)) && (s.near(i, 6, 0, "leaders", "countries", "states", "nations", "governments") || s.collectiveSubject(i)) {
			return c, true
		}
		// "Obama and Truong Tan Sang launched a comprehensive partnership":
		// a partnership formed by the two parties
		if isOneOf(w, "launched", "inaugurated") && s.partnershipObject(i+1) && (s.collectiveSubject(i) || s.near(i, 6, 0, "leaders", "countries", "governments")) {
			return c, true
		}
		// "The AUKUS partnership, announced in September 2021, links ...":
		// a participle after the new body and a comma, with its date
		if s.lw(i-1) == "," && (s.orgEndsBefore(i-1) || isOneOf(s.lw(i-2), "partnership", "alliance", "pact", "grouping", "bloc", "forum")) && isOneOf(s.lw(i+1), "in", "on") && (isDigitStart(s.lw(i+2)) || isMonth(s.lw(i+2))) && !s.hasLex(lexCorporate) {
			c.Strength = 0.5
			return c, true
		}
		// "the African Union was formally launched": the organisation is the subject
		if isOneOf(s.lw(i-1), "was", "formally", "officially") && (s.orgWithin(max(0, i-6), 5) || s.bodyEndsBefore(i)) && (w != "announced" || s.orgEndsBefore(i)) {
			c.Strength = 0.55
			return c, true
		}
		return candidate{}, false
	case "founded", "established", "created", "formed", "founds":
		if isOneOf(s.lw(i+1), "that", "itself", "a", "record") && !s.orgWithin(i+1, 3) && !s.statesFoundInstitution(i) {
			return candidate{}, false
		}
		c.Strength = 0.6
		return c, true
	case "came", "comes":
		// "the Eurasian Economic Union came into being on 1 January 2015"
		if s.lw(i+1) == "into" && (isOneOf(s.lw(i+2), "being", "existence") || s.lw(i+2) == "force" && s.orgEndsBefore(i)) {
			c.End, c.Strength = i+3, 0.55
			return c, true
		}
		return candidate{}, false
	case "set":
		// "NATO was set up in 1949", "the SCO, set up in 2001, ..."
		// "the body set up in 1992", "the Youth Office, set up that July"
		if s.lw(i+1) == "up" && (s.orgWithin(i+1, 4) || isOneOf(s.lw(i-1), "was", "were", ",") && s.orgWithin(max(0, i-6), 5) || s.bodyEndsBefore(i) || s.lw(i-1) == "," && s.capInstitutionBefore(i)) {
			c.End = i + 2
			return c, true
		}
	}
	return candidate{}, false
}

// orgEndsBefore reports whether an organisation ends right before the verb
// at i, past "was", "formally", "officially": the organisation is the
// subject ("Mercosur was formally announced"), not a party named earlier
// ("an agreement between the EU and Mercosur was announced").
func (s *sentCtx) orgEndsBefore(i int) bool {
	j := i
	for j > 0 && isOneOf(s.lw(j-1), "was", "formally", "officially", "first") {
		j--
	}
	for _, m := range s.mentions {
		if m.End == j && m.Kind == mOrg {
			return true
		}
	}
	return false
}

// statesFoundInstitution reports whether states found an institution at i:
// "the five founded a development bank", "the countries created a fund".
func (s *sentCtx) statesFoundInstitution(i int) bool {
	if s.lw(i+1) != "a" || s.hasLex(lexCorporate) {
		return false
	}
	inst := false
	for k := i + 2; k <= i+4 && k < len(s.toks); k++ {
		if isOneOf(s.lw(k), "bank", "fund", "alliance", "organisation", "organization", "bloc", "union", "forum", "council", "secretariat", "court", "commission", "partnership", "grouping", "community", "pact") || s.lw(k) == "agency" && s.near(k, 3, 0, "joint", "binational", "bilateral", "regional") {
			inst = true
			break
		}
	}
	if !inst {
		return false
	}
	if s.near(i, 3, 0, "countries", "states", "nations", "governments", "leaders", "members", "two", "three", "four", "five", "six", "seven") || s.collectiveSubject(i) {
		return true
	}
	m, ok := s.mentionBefore(i, 2)
	return ok && (m.Kind == mCountry || m.Kind == mOrg && m.Name != "")
}

// institutionHeads end the name of an institution: "the Franco-German
// Youth Office", "a New Asian–African Strategic Partnership".
var institutionHeads = map[string]bool{"office": true, "agency": true, "institute": true, "bank": true, "fund": true,
	"council": true, "commission": true, "court": true, "partnership": true, "alliance": true, "union": true,
	"organisation": true, "organization": true, "community": true, "movement": true, "forum": true,
	"secretariat": true, "group": true, "league": true, "pact": true, "initiative": true}

// capInstitutionBefore reports whether a capitalised institution name ends
// right before the verb at i, past a comma: "the Franco-German Youth
// Office, set up that July".
func (s *sentCtx) capInstitutionBefore(i int) bool {
	k := i - 1
	if s.lw(k) == "," {
		k--
	}
	return k >= 1 && s.toks[k].Cap && institutionHeads[s.lw(k)] && s.toks[k-1].Cap && !s.hasLex(lexCorporate)
}

// capInstitutionAfter reports whether a capitalised institution name starts
// at k, after an article: "a New Asian–African Strategic Partnership".
func (s *sentCtx) capInstitutionAfter(k int) bool {
	if isOneOf(s.lw(k), "a", "an", "the") {
		k++
	}
	for j := k; j <= k+6 && j < len(s.toks); j++ {
		t := s.toks[j]
		if t.Cap && t.Word {
			if institutionHeads[t.Lower] && j > k {
				return !s.hasLex(lexCorporate)
			}
			continue
		}
		if j > k && isOneOf(t.Lower, "grouping", "alliance", "partnership", "bloc", "forum", "pact", "initiative") {
			return !s.hasLex(lexCorporate) // "the BRIC grouping"
		}
		if !t.Word && !t.Spaced && isOneOf(t.Text, "-", "–") {
			continue
		}
		return false
	}
	return false
}

// bodyEndsBefore reports whether a generic noun for an organisation stands
// right before the verb at i, past "was", "formally", "officially", in a
// text that names an organisation: "the movement was formally launched",
// "the body set up in 1992".
func (s *sentCtx) bodyEndsBefore(i int) bool {
	j := i
	for j > 0 && isOneOf(s.lw(j-1), "was", "were", "formally", "officially", "first") {
		j--
	}
	head := s.lw(j - 1)
	if !isOneOf(head, "movement", "body", "alliance", "bloc", "organisation", "organization", "grouping", "partnership", "union", "forum") || !isOneOf(s.lw(j-2), "the", "a", "this", "new") || s.hasLex(lexCorporate) {
		return false
	}
	// the text names an organisation, or one with this head earlier ("the
	// Non-Aligned Movement ... The movement")
	return s.doc.mainOrg() != "" || strings.Contains(s.text[:s.toks[0].Start], " "+strings.ToUpper(head[:1])+head[1:])
}

// partnershipObject reports a partnership as the object at k: a
// determiner, at most three modifiers, then "partnership" ("a comprehensive
// partnership", "their strategic partnership").
func (s *sentCtx) partnershipObject(k int) bool {
	if !isOneOf(s.lw(k), "a", "an", "the", "their", "its") {
		return false
	}
	for j := k + 1; j <= k+4 && j < len(s.toks); j++ {
		if s.lw(j) == "partnership" {
			return true
		}
		if !s.toks[j].Word || isOneOf(s.lw(j), "of", "with", "in", "on", "for", "and") {
			return false
		}
	}
	return false
}
