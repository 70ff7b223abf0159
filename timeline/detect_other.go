package timeline

import "strings"

// otherDetector finds other diplomatic acts: recognition (CAMEO 054),
// establishing or restoring relations (050), breaking relations, expelling
// diplomats, recalling or summoning ambassadors (161).
var otherDetector = &detector{
	Name: "other-diplomatic",
	Keywords: []string{"recognized", "recognised", "recognize", "recognise", "recognizes", "recognises", "recognition",
		"recognizing", "recognising", "establish", "restore", "granted", "grant", "grants", "submitted", "submit",
		"reopen", "open", "opens", "followed", "follows", "close", "declared", "voted", "votes", "vote", "approved", "approves", "approve", "downgraded", "downgrade", "appointed", "named", "nominated", "presented", "switched", "withdrew", "withdraws", "pulled", "raise", "raised", "upgrade", "upgraded", "elevate", "elevated", "invited", "termination", "severance", "rupture", "opening", "re-establish", "re-established", "reestablish", "reestablished", "resume", "resumed", "responded", "respond", "responds", "retaliated", "shut", "shuts", "ordered", "orders", "expulsions", "applied", "apply", "applies", "normalising", "normalizing", "establishing", "restoring",
		"expelled", "expel", "expels", "expelling", "expulsion", "severed", "sever", "severing", "broke", "broken", "breaks", "break", "cut", "cutting", "suspend", "suspended", "suspends", "suspending", "paused", "pause", "pauses", "pausing", "halted", "froze", "freeze", "leaving", "leave", "left", "quit", "quits", "quitting", "exit", "exited", "exits",
		"established", "restored", "normalized", "normalised", "normalize", "normalise", "recalled", "summoned",
		"reopened", "opened", "closed", "switch", "switches", "switching", "ordering", "sent", "send", "sending", "return", "recalling", "invitation", "ratification", "consent", "consented", "ratified", "ratify", "ratifies", "withdrawal", "departure", "exchanged", "exchange", "closing", "reopening", "shutting", "gave", "give", "gives", "giving", "won", "received", "gained", "obtained", "closure", "kicked", "threw", "set", "accredited", "ended", "terminated", "revoked", "scrapped", "annulled", "denounced", "cancelled", "canceled", "tore", "invoked", "invokes", "invoke", "invoking", "went", "veto", "vetoed", "vetoes", "vetoing", "walk", "walked", "walks", "walking", "walkout", "walk-out", "moved", "moves", "move", "relocated", "relocates", "relocate", "lost"},
	Match: matchOther,
}

func matchOther(s *sentCtx, i int) (candidate, bool) {
	w := s.lw(i)
	c := candidate{Type: OtherDiplomatic, CAMEO: "050", Tok: i, End: i + 1, Strength: 0.55}
	if !s.diplomatic() && !s.hasLex(lexEnvoy) && !(isOneOf(w, "reopened", "closed", "opened", "reopen", "close") && s.has("embassies", "consulates", "embassy", "consulate")) && !(isOneOf(w, "approved", "approves", "approve", "ratified", "ratify", "ratifies") && s.legislatureSubject(i) && (s.doc.mainOrg() != "" || len(s.doc.recentStates) > 0 || s.textBefore(300, "treat", "accord", "agreement"))) {
		return candidate{}, false
	}
	switch w {
	case "recognized", "recognised", "recognize", "recognise", "recognizes", "recognises", "recognition", "recognizing", "recognising":
		if s.near(i, 0, 6, "independence", "sovereignty", "statehood", "state", "government", "annexation", "jerusalem") || s.lw(i-1) == "mutual" {
			c.CAMEO = "054"
			return c, true
		}
		// "Kosovo declared independence ..., and the United States
		// recognised it": the new state as a pronoun
		if isOneOf(s.lw(i+1), "it", "them") && (s.has("independence", "statehood") || s.independenceBefore()) && s.namedSubjectBefore(i) {
			c.CAMEO = "054"
			return c, true
		}
		// "Sweden recognised Palestine in October 2014": a state as object
		if m, ok := s.mentionAfter(i+1, 1); ok && (m.Kind == mCountry || m.Kind == mCapital && m.Country != "" && m.Tok == i+1) && !m.Modifier && s.lw(m.End) != "'s" && !isOneOf(s.lw(i-1), "was", "were", "is", "are", "widely", "internationally") && (s.namedSubjectBefore(i) || s.near(i, 3, 0, "longer") && s.near(i, 5, 0, "it", "they") || s.lw(i-1) == "to" && s.countryBefore(i, 12) || s.lw(i-2) == "the" && isOneOf(s.lw(i-1), "island", "kingdom", "country", "nation", "archipelago", "republic") && len(s.doc.recentStates) > 0) {
			c.CAMEO = "054"
			return c, true
		}
	case "responded", "respond", "responds", "retaliated":
		// "Russia responded in kind" after expulsions
		if (s.lw(i+1) == "in" && s.lw(i+2) == "kind" || w == "retaliated") && s.lastType == OtherDiplomatic {
			c.CAMEO = "161"
			return c, true
		}
	case "raise", "raised", "upgrade", "upgraded", "elevate", "elevated":
		// "raise its relations with the United States", "upgraded ties"
		if s.near(i, 0, 3, "relations", "ties", "relationship") {
			return c, true
		}
	case "voted", "votes", "vote":
		// "the General Assembly voted to give China's seat to...", "voted
		// to admit", "voted to expel"
		k := s.afterAgreed(i) // "voted on Friday to lift it"
		if s.lw(k) == "to" && isOneOf(s.lw(k+1), "admit", "expel", "suspend", "give", "recognise", "recognize", "grant", "approve", "ratify", "seat", "readmit", "condemn", "lift", "upgrade") && !s.near(i, 0, 8, "accession") && (s.lw(k+1) != "lift" || s.near(k+1, 0, 2, "it", "veto", "sanctions", "suspension", "embargo", "ban") && s.legislatureSubject(i)) {
			c.End = k + 2
			return c, true
		}
	case "approved", "approves", "approve":
		// "approved Finland's membership", "approved the bid"
		if s.near(i, 0, 5, "membership", "bid", "application", "accession", "admission", "entry") {
			return c, true
		}
		// "its terms of entry were approved by trade ministers"
		if isOneOf(s.lw(i-1), "were", "was", "been") && s.near(i, 6, 0, "membership", "accession", "entry", "bid", "application") {
			return c, true
		}
		// a parliament's consent: "The European Parliament approved it on
		// Wednesday by 621 votes to 49", "the Senate approved the treaty"
		if s.legislatureSubject(i) && (isOneOf(s.lw(i+1), "it", "them") && (s.lastAgreement || s.agreementBefore() || s.textBefore(300, "treaties", "accords", "agreements")) || s.objectNoun(i, "agreement", "treaty", "treaties", "accord", "deal", "protocol", "convention", "pact")) && !s.hasLex(lexCorporate) {
			return c, true
		}
	case "downgraded", "downgrade":
		if s.near(i, 0, 4, "relations", "ties") || isOneOf(s.lw(i-1), "was", "were", "been") && s.near(i, 3, 0, "relations", "ties") {
			c.CAMEO = "161"
			return c, true
		}
	case "ended", "terminated", "revoked", "scrapped", "annulled", "denounced", "cancelled", "canceled", "tore":
		// "Mali ended its defence cooperation agreement with France",
		// "Niger revoked its military agreements with the United States"
		k := i + 1
		if w == "tore" && s.lw(k) == "up" {
			k++
		}
		if s.treatyObject(k) && s.stateSubjectNear(i) {
			c.CAMEO = "161"
			return c, true
		}
	case "appointed", "named", "nominated", "accredited":
		// "appointed its first ambassador to the Holy See"
		if s.near(i, 0, 4, "ambassador", "ambassadors", "envoy", "envoys", "consul") && !s.near(i, 3, 0, "was", "is", "been") {
			return c, true
		}
	case "presented":
		if s.near(i, 0, 4, "credentials") {
			return c, true
		}
	case "switched", "switch", "switches", "switching":
		if s.near(i, 0, 4, "recognition", "allegiance") {
			c.CAMEO = "054"
			return c, true
		}
		// "The island switched to Beijing in 2002": a state changes the
		// government it recognises (Beijing or Taipei)
		k := i + 1
		if s.lw(k) == "back" {
			k++ // "before switching back to Taipei three years later"
		}
		if s.lw(k) == "to" || s.lw(k) == "from" {
			if m, ok := s.mentionAfter(k+1, 0); ok && (m.Kind == mCapital || m.Kind == mCountry) && !m.Modifier && (s.has("recognition", "relations", "ties", "diplomatic") || s.lastType == OtherDiplomatic || s.stateSubject(i) || s.near(i, 4, 0, "island", "country", "state", "government", "it")) {
				c.CAMEO = "054"
				return c, true
			}
		}
	case "followed", "follows":
		// "Kiribati followed days later", "Tuvalu followed suit in
		// March": another state doing the act just reported
		act := s.near(i, 16, 0, "recognition", "ties", "relations", "recognised", "recognized", "switched", "embassy", "ambassador")
		if s.lastType != OtherDiplomatic && !act || !isOneOf(s.lw(i+1), "suit", "days", "weeks", "months", "shortly", "soon", "later", "in", "on", ".") {
			return candidate{}, false
		}
		if m, ok := s.mentionBefore(i, 0); ok && m.End == i && m.Kind == mCountry && (s.lastType == OtherDiplomatic && (m.Tok == 0 || m.Tok == s.afterDateline()) || s.lw(m.Tok-1) == "and" && act) {
			c.CAMEO = "054"
			return c, true
		}
	case "ordering":
		// "ordering out six Canadians", "ordering out its envoy"
		if s.lw(i+1) == "out" && (s.nearLex(i, 0, 5, lexEnvoy) || s.lastType == OtherDiplomatic || s.near(i, 12, 0, "expelled", "expel")) {
			c.CAMEO, c.End = "161", i+2
			return c, true
		}
		if s.near(i, 0, 8, "leave", "depart") && s.nearLex(i, 0, 6, lexEnvoy) {
			c.CAMEO = "161"
			return c, true
		}
	case "sent", "send", "sending":
		// "each side sent home one of the other's diplomats"
		if (s.lw(i+1) == "home" || s.near(i, 0, 6, "home") && s.near(i, 0, 6, "packing")) && s.nearLex(i, 0, 7, lexEnvoy) {
			c.CAMEO = "161"
			return c, true
		}
	case "return":
		// "a return of high commissioners", "the return of ambassadors"
		if s.lw(i+1) == "of" && s.nearLex(i, 0, 4, lexEnvoy) {
			return c, true
		}
	case "recalling":
		// "ordering out six Canadians and recalling Verma": an envoy named
		// earlier, in a sentence about expulsions
		if s.nearLex(i, 0, 4, lexEnvoy) {
			c.CAMEO = "161"
			return c, true
		}
		if m, ok := s.mentionAfter(i+1, 0); ok && m.Kind == mPerson && (s.lastType == OtherDiplomatic || s.near(i, 12, 0, "ordering", "ordered", "expelled", "expelling")) {
			c.CAMEO = "161"
			return c, true
		}
	case "invitation":
		// "extend an invitation to Ukraine to join the alliance"
		for k := i + 1; k <= i+6 && k+1 < len(s.toks); k++ {
			if s.lw(k) == "to" && isOneOf(s.lw(k+1), "join", "accede", "become") {
				c.End = k + 2
				return c, true
			}
		}
	case "closure":
		// "ordered the closure of the Finnish consulate"
		if s.lw(i+1) == "of" && s.near(i, 0, 5, "embassy", "embassies", "consulate", "consulates", "consulate-general", "consulates-general", "mission", "missions") {
			c.CAMEO = "161"
			return c, true
		}
	case "kicked", "threw":
		// "kicked out 18 Russian diplomats"
		if s.lw(i+1) == "out" && s.nearLex(i, 0, 6, lexEnvoy) {
			c.CAMEO, c.End = "161", i+2
			return c, true
		}
	case "set":
		// "set up a liaison office in Kaesong"
		if s.lw(i+1) == "up" && s.near(i, 0, 4, "liaison", "embassy", "consulate", "mission") && s.near(i, 0, 5, "office", "offices", "embassy", "consulate", "mission") {
			c.End = i + 2
			return c, true
		}
	case "invoked", "invokes", "invoke", "invoking":
		// "Howard's cabinet invokes the treaty for the first time",
		// "NATO invoked Article 5": a state calls on an alliance's pledge
		if s.treatyObject(i+1) || s.lw(i+1) == "article" || s.lw(i+2) == "article" && isOneOf(s.lw(i+1), "its", "the") {
			return c, true
		}
	case "veto", "vetoed", "vetoes", "vetoing":
		// "de Gaulle vetoed Britain's application", "his veto kept London
		// out for another decade": a state barred from an organisation
		if w == "veto" && isOneOf(s.lw(i+1), "kept", "keeps", "blocked", "barred") {
			if m, ok := s.mentionAt(i + 2); ok && m.Tok == i+2 && (m.Kind == mCountry || m.Kind == mCapital) && (s.lw(m.End) == "out" || s.lw(m.End) == "from") {
				c.CAMEO, c.End = "161", m.End
				return c, true
			}
		}
		if w != "veto" && s.near(i, 0, 4, "application", "bid", "membership", "entry", "accession", "admission") && s.near(i, 0, 2, "'s") {
			c.CAMEO = "161"
			return c, true
		}
	case "lost":
		// "Ohira said Tokyo's 1952 peace treaty with the government in
		// Taipei had lost its meaning": a state declares a treaty void
		if s.lw(i+1) != "its" || !isOneOf(s.lw(i+2), "meaning", "validity", "force", "effect", "raison") || !isOneOf(s.lw(i-1), "had", "has", "have") {
			return candidate{}, false
		}
		for k := i - 2; k >= 0 && k >= i-14; k-- {
			if isOneOf(s.lw(k), "treaty", "agreement", "accord", "pact", "alliance") && !s.hasLex(lexCorporate) {
				c.CAMEO = "161"
				return c, true
			}
		}
	case "moved", "moves", "move", "relocated", "relocates", "relocate":
		// "Guatemala moved its embassy to Jerusalem in May 2018"
		if isOneOf(s.lw(i+1), "its", "their", "the") && isOneOf(s.lw(i+2), "embassy", "embassies", "consulate", "mission") && s.lw(i+3) == "to" && s.stateSubjectNear(i) {
			c.End = i + 3
			return c, true
		}
	case "walk", "walked", "walks", "walking", "walkout", "walk-out":
		// "led Seoul to walk out of the talks", "staged a walkout from
		// the negotiations": a party breaks off talks
		k := i + 1
		if isOneOf(w, "walk", "walked", "walks", "walking") {
			if s.lw(k) != "out" {
				return candidate{}, false
			}
			k++
		}
		if !isOneOf(s.lw(k), "of", "from") {
			return candidate{}, false
		}
		k++
		if isOneOf(s.lw(k), "the", "a", "their") {
			k++
		}
		if isOneOf(s.lw(k), "talks", "negotiations", "summit", "meeting", "conference") && !s.hasLex(lexCorporate) {
			c.CAMEO, c.End = "161", k+1
			return c, true
		}
	case "went":
		// "The island switched to Beijing in 2002, then went back to
		// Taipei": recognition switched back
		if s.lw(i+1) == "back" && s.lw(i+2) == "to" && !s.personEndsAt(i) && !isOneOf(s.lw(i-1), "he", "she") && s.textBefore(400, "recogni") {
			if m, ok := s.mentionAt(i + 3); ok && m.Tok == i+3 && (m.Kind == mCapital || m.Kind == mCountry) {
				c.CAMEO, c.End = "054", i+3
				return c, true
			}
		}
	case "exchanged", "exchange":
		// "the two countries exchanged ambassadors"
		if isOneOf(s.lw(i+1), "ambassadors", "envoys", "embassies") || s.lw(i+1) == "diplomatic" && s.lw(i+2) == "missions" {
			return c, true
		}
	case "withdrawal", "departure":
		// "announced its withdrawal from the Organization of American
		// States", "Britain's departure from the EU"
		if s.lw(i+1) == "from" && s.orgWithin(i+2, 1) && !s.near(i, 3, 8, "troop", "troops", "forces", "military", "soldiers", "funding", "aid") {
			c.CAMEO, c.Nominal = "161", !s.near(i, 3, 0, "announced", "announces", "confirmed", "notified", "completed", "began", "formalised", "formalized")
			return c, true
		}
	case "consent", "consented":
		// "The European Parliament gave its consent to the trade deal"
		if s.legislatureSubject(i) || s.legislatureSubject(i-2) && isOneOf(s.lw(i-1), "its", "their") {
			if s.near(i, 0, 6, "deal", "agreement", "treaty", "accord", "accession", "membership", "it", "protocol", "pact") {
				return c, true
			}
		}
	case "ratified", "ratify", "ratifies":
		// "Turkey's parliament ratified Sweden's NATO membership" ("the
		// country's accession" is read at the noun)
		if s.near(i, 0, 5, "membership", "admission") && !s.near(i, 0, 6, "accession") {
			return c, true
		}
		// a parliament's consent to a treaty: "the Senate ratified the
		// treaty", "the Duma ratified it on Friday"
		if s.legislatureSubject(i) && (isOneOf(s.lw(i+1), "it", "them") && (s.lastAgreement || s.agreementBefore()) || s.objectNoun(i, "agreement", "treaty", "treaties", "accord", "deal", "protocol", "convention", "pact")) && !s.hasLex(lexCorporate) {
			return c, true
		}
	case "ratification":
		// "send Sweden's accession protocol to parliament for ratification"
		if s.lw(i-1) == "for" && s.near(i, 12, 0, "accession", "membership") {
			return c, true
		}
	case "withdrew", "withdraws", "pulled":
		if s.near(i, 0, 3, "recognition") {
			c.CAMEO = "054" // "withdrew its recognition of Kosovo"
			return c, true
		}
		// "withdrew its ambassador", "pulled its envoy"
		if s.nearLex(i, 0, 4, lexEnvoy) {
			c.CAMEO = "161"
			return c, true
		}
		// "withdrew from the treaty", "pulled out of the Open Skies Treaty"
		k := i + 1
		if s.lw(k) == "out" && s.lw(k+1) == "of" {
			k += 2
		} else if s.lw(k) == "from" {
			k++
		} else {
			break
		}
		if (s.treatyObject(k) || s.orgWithin(k, 1) && w != "pulled") && s.stateSubjectNear(i) {
			c.CAMEO = "161"
			return c, true
		}
	case "declared":
		// "declared the Mexican ambassador persona non grata"
		if s.near(i, 0, 6, "persona", "personae", "personas") && s.near(i, 0, 8, "grata", "gratae") {
			c.CAMEO = "161"
			return c, true
		}
	case "invited":
		// "was invited to join", "had been invited to become full members"
		if s.lw(i+1) == "to" && (isOneOf(s.lw(i+2), "join", "accede") || s.lw(i+2) == "become" && s.near(i, 0, 6, "member", "members")) {
			return c, true
		}
		// "NATO invited Finland and Sweden to join the alliance"
		// "invited Argentina, Egypt, Ethiopia and Iran to become full
		// members": a longer list of states
		for k := i + 2; k <= i+16 && k+1 < len(s.toks); k++ {
			if s.lw(k) == "to" && (isOneOf(s.lw(k+1), "join", "accede") || s.lw(k+1) == "become" && s.near(k, 0, 4, "member", "members")) {
				if m, ok := s.mentionAfter(i+1, 0); ok && (m.Kind == mCountry || m.Kind == mCapital) {
					return c, true
				}
			}
			if !s.toks[k].Word && (s.lw(k) != "," || k > i+7 && !s.stateAt(k+1) && s.lw(k+1) != "and") {
				break
			}
		}
	case "leaving", "leave", "left", "quit", "quits", "quitting", "exit", "exited", "exits":
		// a state leaves an organisation: "announced that they were leaving
		// the Economic Community of West African States", "quit the bloc"
		k := i + 1
		if s.lw(k) == "from" {
			k++
		}
		// "announced its exit from ECOWAS": the noun
		if isOneOf(w, "exit", "exits") && isOneOf(s.lw(i-1), "its", "their", "'s") && s.lw(i+1) == "from" && s.orgWithin(i+2, 1) {
			c.CAMEO = "161"
			return c, true
		}
		// "rejoin the Andean Community, the trade bloc it quit in 2006":
		// the organisation before, the state as "it"
		if isOneOf(w, "quit", "left", "exited") && isOneOf(s.lw(i-1), "it", "they") && (isOneOf(s.lw(i-2), "bloc", "alliance", "organisation", "organization", "union", "community", "group", "grouping") || s.orgEndsBefore(i-1)) && isOneOf(s.lw(i+1), "in", "on", "", ".", ",", "after", "when") && !s.hasLex(lexCorporate) && !s.hasSports() {
			c.CAMEO = "161"
			return c, true
		}
		// "quit the Open Skies Treaty": leaving an agreement (not as a
		// step of joining another bloc: "had to leave CEFTA on joining")
		if s.treatyObject(k) && s.stateSubjectNear(i) && !s.has("joining", "accession", "membership", "join", "joined") {
			c.CAMEO = "161"
			return c, true
		}
		if !s.orgWithin(k, 1) || !s.stateSubject(i) && !s.near(i, 8, 0, "they", "it") {
			return candidate{}, false
		}
		c.CAMEO = "161"
		return c, true
	case "termination", "severance", "rupture":
		if s.lw(i+1) == "of" && s.near(i, 0, 4, "relations", "ties") {
			c.CAMEO, c.Nominal = "161", true
			return c, true
		}
	case "opening":
		if s.lw(i+1) == "of" && s.near(i, 0, 3, "embassies", "embassy", "consulates", "consulate") {
			return c, true
		}
	case "ordered", "orders":
		// "ordered 60 Russian officials to leave"
		if s.near(i, 0, 8, "leave", "depart") && s.near(i, 0, 6, "diplomats", "officials", "envoys", "ambassador", "staff", "attachés", "spies") {
			c.CAMEO = "161"
			return c, true
		}
	case "expelled", "expel", "expels", "expelling", "expulsion", "expulsions":
		if w == "expulsions" && s.near(i, 3, 0, "announced", "ordered", "carried") {
			c.CAMEO = "161"
			return c, true
		}
		// a state expelled from an organisation: "Russia was expelled on 16
		// March 2022", "expelled from the Council of Europe"
		if w == "expelled" && (s.lw(i+1) == "from" && s.orgWithin(i+1, 3) || isOneOf(s.lw(i-1), "was", "were") && s.stateSubject(i)) {
			c.CAMEO = "161"
			return c, true
		}
		if s.nearLex(i, 0, 6, lexEnvoy) || s.near(i, 0, 6, "embassy", "staff") || isOneOf(s.lw(i-1), "was", "were", "been") && s.nearLex(i, 5, 0, lexEnvoy) {
			c.CAMEO = "161"
			return c, true
		}
	case "severed", "sever", "severing", "broke", "broken", "breaks", "break", "cut", "cutting", "suspended", "suspend", "suspends", "suspending", "paused", "pause", "pauses", "pausing", "halted", "froze", "freeze":
		if isOneOf(w, "breaks", "break") && s.lw(i+1) != "off" {
			return candidate{}, false // "breaks off diplomatic relations"; not "a break in talks"
		}
		// "The Dominican Republic broke with Taipei in 2018": a state breaks
		// with another state
		if w == "broke" && s.lw(i+1) == "with" && s.stateSubjectNear(i) {
			if m, ok := s.mentionAt(i + 2); ok && m.Tok == i+2 && (m.Kind == mCountry || m.Kind == mCapital) && !s.near(i, 0, 6, "tradition", "precedent", "past", "policy", "practice", "convention", "consensus", "orthodoxy") {
				c.CAMEO, c.End = "161", i+2
				return c, true
			}
		}
		// "diplomatic relations, which the United States broke off in April 1980"
		if isOneOf(w, "broke", "severed", "cut") && (s.lw(i+1) == "off" || w != "broke") && !s.near(i, 0, 3, "relations", "ties") && s.relationsWhich(i) {
			c.CAMEO = "161"
			return c, true
		}
		if s.near(i, 3, 4, "relations", "ties", "links") && (s.near(i, 3, 4, "diplomatic", "relations") || w == "severed" || s.lw(i+1) == "off" || isOneOf(s.lw(i+1), "ties", "links")) && (w != "broken" || s.lw(i+1) == "off") && !(isOneOf(w, "froze", "freeze") && !s.near(i, 0, 4, "relations", "ties", "links")) {
			c.CAMEO = "161"
			return c, true
		}
		// "ECOWAS suspended Niger from its decision-making bodies"
		if isOneOf(w, "suspended", "suspend", "suspends") {
			if m, ok := s.mentionAfter(i+1, 1); ok && m.Kind == mCountry && (s.near(m.End-1, 0, 2, "from") || s.orgSubject(i) && isOneOf(s.lw(m.End), "on", "in", ".", ",", "after", "over", "following", "last", "")) {
				c.CAMEO = "161" // "The African Union suspended Niger on 22 August 2023"
				return c, true
			}
		}
		// "suspended visa services", "suspended trade talks with Hungary",
		// "talks were suspended": a suspended process is one act, not a meeting
		if isOneOf(w, "suspended", "suspend", "suspends", "suspending") && (s.treatyObject(i+1) || isOneOf(s.lw(i+1), "its", "their") && s.near(i+1, 0, 3, "obligations", "commitments", "guarantees")) && (s.stateSubjectNear(i) || s.diplomatic()) {
			c.CAMEO = "161" // "London answered by suspending its extradition treaty with the territory"
			return c, true
		}
		if isOneOf(w, "suspended", "suspend", "suspends", "suspending", "paused", "pause", "pauses", "pausing", "halted", "froze", "freeze") {
			for k := i + 1; k <= i+4 && k < len(s.toks); k++ {
				if isOneOf(s.lw(k), "visa", "visas", "talks", "negotiations", "dialogue", "consular") {
					for k < len(s.toks)-1 && isOneOf(s.lw(k+1), "services", "issuance", "talks", "negotiations", "operations") {
						k++
					}
					c.CAMEO, c.End = "161", k+1
					return c, true
				}
				if !s.toks[k].Word || isOneOf(s.lw(k), "with", "on", "in", "for") {
					break
				}
			}
			if isOneOf(s.lw(i-1), "was", "were", "been") && s.near(i, 8, 0, "talks", "negotiations", "dialogue") && (!isOneOf(w, "paused", "halted") || s.near(i, 10, 0, "trade", "accession", "membership", "free-trade")) {
				c.CAMEO = "161"
				return c, true
			}
		}
	case "established", "restored", "normalized", "normalised", "normalize", "normalise", "establish", "restore", "normalising", "normalizing", "establishing", "restoring", "re-establish", "re-established", "reestablish", "reestablished", "resume", "resumed":
		if isOneOf(w, "restore", "restored", "restoring", "resume", "resumed") && s.near(i, 0, 3, "visa", "visas", "consular") {
			return c, true // "agreed to restore visa services"
		}
		if s.docRelative(i) || s.near(i, 0, 4, "relations", "ties") && s.docSigned() || s.lw(i-1) == "to" && isOneOf(s.lw(i-2), "plan", "proposal", "roadmap", "framework", "agreement", "deal", "accord", "bid", "effort", "efforts", "push", "attempt", "initiative", "talks") {
			return candidate{}, false // "the agreement ..., under which the two countries undertook to restore relations"
		}
		// "restored ties", "ties between the two nations were restored"
		b := i - 1
		if strings.HasSuffix(s.lw(b), "ly") {
			b-- // "ties would be gradually restored"
		}
		passive := isOneOf(s.lw(b), "was", "were", "been", "be") && s.near(b, 6, 0, "relations", "ties") && !s.relativeAfterTies(b)
		if s.near(i, 0, 3, "relations", "ties") || passive || isOneOf(w, "restored", "restore", "restoring") && s.near(i, 0, 2, "ambassadors", "embassies") {
			c.CAMEO = "050"
			return c, true
		}
	case "recalled", "summoned":
		// "recalled its ambassador", "the Russian ambassador was summoned"
		if s.nearLex(i, 0, 4, lexEnvoy) || isOneOf(s.lw(i-1), "was", "were", "been") && s.nearLex(i, 5, 0, lexEnvoy) {
			c.CAMEO = "161"
			if w == "summoned" {
				c.CAMEO = "050"
			}
			return c, true
		}
	case "granted", "grant", "grants":
		// "granted Ukraine candidate status"
		if s.near(i, 0, 6, "status") {
			return c, true
		}
	case "gave", "give", "gives", "giving", "won", "received", "gained", "obtained":
		// "gave Ukraine and Moldova candidate status", "Bosnia won
		// candidate status" (observer status at meetings is no act of
		// its own, rules_test); candidate status given with an admission
		// ("agreed to admit it ... and gave it observer status") is a step
		// of the admission
		if s.near(i, 14, 0, "admit", "admitted", "admission") {
			return candidate{}, false
		}
		for k := i + 1; k <= i+7 && k+1 < len(s.toks); k++ {
			if isOneOf(s.lw(k), "candidate", "candidacy") && s.lw(k+1) == "status" {
				c.End = k + 2
				return c, true
			}
		}
	case "applied", "apply", "applies":
		// "Moldova and Georgia applied on March 3", "applied to join the EU"
		if m, ok := s.mentionBefore(i, 3); ok && (m.Kind == mCountry || m.Kind == mPronoun) {
			next := s.lw(i + 1)
			if next == "to" && s.lw(i+2) == "join" || isOneOf(next, "on", "in", ".", ",", "for") && (s.doc.mainOrg() != "" || s.near(i, 0, 4, "membership")) {
				return c, true
			}
		}
	case "submitted", "submit":
		if s.near(i, 0, 3, "application", "bid", "request") && (s.near(i, 0, 6, "membership", "join") || s.doc.mainOrg() != "") {
			return c, true
		}
	case "reopened", "opened", "closed", "reopen", "close", "shut", "shuts", "closing", "reopening", "shutting", "open", "opens":
		if isOneOf(w, "open", "opens") && !(s.near(i, 0, 4, "liaison", "embassy", "embassies", "consulate", "consulates") && s.near(i, 0, 5, "office", "offices", "embassy", "embassies", "consulate", "consulates")) {
			return candidate{}, false // "will open a joint liaison office"; "open" alone is too common
		}
		if isOneOf(w, "closing", "reopening") && s.lw(i+1) == "of" && s.lw(i-1) == "the" && !s.near(i, 0, 4, "embassy", "embassies", "consulate", "consulates") {
			return candidate{}, false
		}
		if isOneOf(w, "opened", "reopened") && s.lw(i+1) == "diplomatic" && s.lw(i+2) == "relations" {
			return c, true // "Bhutan and India opened diplomatic relations in 1968"
		}
		if s.near(i, 9, 4, "embassy", "embassies", "consulate", "consulates", "consulate-general", "consulates-general", "offices", "office", "mission") && s.near(i, 9, 5, "embassy", "embassies", "consulate", "consulates", "consulate-general", "consulates-general", "liaison", "diplomatic", "mission", "representative", "interests") {
			c.CAMEO = "050"
			return c, true
		}
	}
	return candidate{}, false
}

// envoyWords name the diplomats a state expels, recalls or withdraws.
var envoyWords = []string{"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "commissioner", "commissioners",
	"chargé", "charge", "consul", "attaché", "attache", "attachés"}

// namedSubjectBefore reports whether a named state, organisation or person
// ends right before the verb at i, past auxiliaries and adverbs ("Sweden
// formally recognised").
func (s *sentCtx) namedSubjectBefore(i int) bool {
	j := i
	for j > 0 && isOneOf(s.lw(j-1), "has", "have", "had", "formally", "officially", "also", "then", "later", "finally", "jointly") {
		j--
	}
	for _, m := range s.mentions {
		if m.End == j && m.Kind != mPronoun && m.Kind != mGroup {
			return true
		}
	}
	return false
}

// docRelative reports whether the verb at i stands in a relative clause of
// a document: "the agreement ..., under which the two countries undertook
// to restore relations". A document that establishes or restores relations
// is one event, the agreement.
func (s *sentCtx) docRelative(i int) bool {
	// "the 1956 joint declaration, which restored diplomatic ties": the
	// document itself restores them, the agreement is the one event
	if isOneOf(s.lw(i-1), "which", "that") && s.lw(i-2) == "," && (docNouns[s.lw(i-3)] || isOneOf(s.lw(i-3), "declaration", "communiqué", "communique", "treaty", "accord", "agreement")) {
		return true
	}
	for k := i - 1; k >= 2 && k >= i-8; k-- {
		if s.lw(k) == "which" && isOneOf(s.lw(k-1), "under", "by", "in", "through") {
			for j := k - 2; j >= 0 && j >= k-12; j-- {
				if docNouns[s.lw(j)] || isOneOf(s.lw(j), "statement", "communiqué", "communique") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// legislatures name a parliament or its members as the subject of a vote.
var legislatures = map[string]bool{"parliament": true, "bundestag": true, "senate": true, "congress": true,
	"assembly": true, "duma": true, "knesset": true, "lawmakers": true, "mps": true, "meps": true, "deputies": true,
	"legislators": true, "legislature": true, "sejm": true, "riksdag": true, "eduskunta": true, "storting": true,
	"sabha": true, "chamber": true, "house": true, "parliamentarians": true, "senators": true, "folketing": true,
	"sabor": true, "rada": true, "verkhovna": true, "diet": true, "majlis": true, "seimas": true, "saeima": true}

// legislatureSubject reports whether a parliament stands within the six
// tokens before the verb at i: "The European Parliament approved".
func (s *sentCtx) legislatureSubject(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := s.lw(k)
		if j := possessiveAt(w); j > 0 {
			w = w[:j]
		}
		if legislatures[w] {
			return true
		}
		if !s.toks[k].Word && s.lw(k) != "'s" && s.lw(k) != "'" {
			return false
		}
	}
	return false
}

// docSigned reports whether the sentence signs a document: "formally resumed
// diplomatic relations ..., when the two ministers signed a joint
// communiqué". Relations restored by a signed text are the agreement.
func (s *sentCtx) docSigned() bool {
	for k, t := range s.toks {
		if isOneOf(t.Lower, "signed", "signing", "sign", "signs", "initialled", "initialed", "inked") {
			for j := k + 1; j <= k+5 && j < len(s.toks); j++ {
				if isOneOf(s.lw(j), "communique", "communiqué", "declaration", "agreement", "protocol", "treaty", "accord", "memorandum") {
					return true
				}
			}
		}
	}
	return false
}

// independenceBefore reports whether the 300 bytes before the sentence
// speak of a declaration of independence, for "recognises it".
func (s *sentCtx) independenceBefore() bool {
	end := s.toks[0].Start
	return strings.Contains(s.text[max(0, end-300):end], "independence")
}

// relationsWhich reports whether the verb at i is in a relative clause on
// relations: "relations, which the United States broke off in 1980".
func (s *sentCtx) relationsWhich(i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if isOneOf(s.lw(k), "which", "that") {
			// "relations, which", "relations between Washington and
			// Tehran, which"
			return s.near(k, 7, 0, "relations", "ties") && !s.near(k, 7, 0, ".", ";")
		}
	}
	return false
}

// orgSubject reports whether a named organisation ends right before the
// verb at i: "The African Union suspended Niger".
func (s *sentCtx) orgSubject(i int) bool {
	j := i
	for j > 0 && isOneOf(s.lw(j-1), "has", "have", "had", "formally", "also", "then", "later", "swiftly", "immediately") {
		j--
	}
	for _, m := range s.mentions {
		if m.End == j && m.Kind == mOrg && m.Name != "" {
			return true
		}
	}
	return false
}

// countryBefore reports whether a country (not a modifier) is named within
// n tokens before i: the subject of "became the first EU country to
// recognise Palestine".
func (s *sentCtx) countryBefore(i, n int) bool {
	for _, m := range s.mentions {
		if m.End <= i && m.Tok >= i-n && m.Kind == mCountry && !m.Modifier {
			return true
		}
	}
	return false
}

// treatyObject reports whether an agreement is the noun phrase at k: "its
// defence cooperation agreement", "the Open Skies Treaty", "the 1987 INF
// treaty".
func (s *sentCtx) treatyObject(k int) bool {
	if !isOneOf(s.lw(k), "the", "its", "their", "a", "all") {
		return false
	}
	for j := k + 1; j <= k+6 && j < len(s.toks); j++ {
		if isOneOf(s.lw(j), "agreement", "agreements", "treaty", "treaties", "accord", "accords", "pact", "pacts", "deal", "convention", "protocol", "memorandum") {
			return !privateKinds[s.lw(j-1)] && !s.hasLex(lexCorporate)
		}
		if !s.toks[j].Word || isOneOf(s.lw(j), "with", "on", "in", "to", "for", "that", "which") {
			return false
		}
	}
	return false
}

// stateSubjectNear reports whether a state, capital, seat of government or
// "it"/"they" stands within the six tokens before the verb at i.
func (s *sentCtx) stateSubjectNear(i int) bool {
	m, ok := s.mentionBefore(i, 6)
	if !ok {
		return false
	}
	return m.Kind == mCountry || m.Kind == mSeat || m.Kind == mCapital && !placePreps[m.Prep] || m.Kind == mPronoun && isOneOf(m.Name, "it", "they") || m.Kind == mGroup
}

// relativeAfterTies reports whether "which" or "that" stands between the
// "relations"/"ties" before token b and b: "relations, which were restored"
// (the relative clause restates an act read elsewhere), but not "announced
// that ties would be restored".
func (s *sentCtx) relativeAfterTies(b int) bool {
	t := -1
	for k := b - 1; k >= 0 && k >= b-6; k-- {
		if isOneOf(s.lw(k), "relations", "ties") {
			t = k
			break
		}
	}
	for k := max(t, b-6); k < b; k++ {
		if k >= 0 && isOneOf(s.lw(k), "which", "that") {
			return true
		}
	}
	return false
}

// textBefore reports whether the n bytes of text before the sentence, or the
// sentence itself, contain any of the lower-case stems.
func (s *sentCtx) textBefore(n int, stems ...string) bool {
	if len(s.toks) == 0 {
		return false
	}
	end := s.toks[len(s.toks)-1].End
	start := max(0, s.toks[0].Start-n)
	if end > len(s.text) {
		end = len(s.text)
	}
	prev := strings.ToLower(s.text[start:end])
	for _, st := range stems {
		if strings.Contains(prev, st) {
			return true
		}
	}
	return false
}
