package timeline

import "strings"

// agreementDetector finds the signing of a formal agreement (CAMEO 057):
// "signed a treaty", "the accord was signed", "the signing of the Abraham
// Accords", "concluded an agreement". A corporate merger agreement is not a
// diplomatic agreement.
var agreementDetector = &detector{
	Name: "agreement",
	Keywords: []string{"exchanged", "exchange", "exchanging", "wrapped", "wraps", "opened", "agreed", "agree", "agrees", "adopted", "adopt", "adopts", "adopting", "without", "completed", "finalised", "finalized", "initialled", "initialed", "issued", "issue", "issues", "endorsed", "endorse", "endorses", "signed", "sign", "signs", "signing", "inked", "concluded", "ratified", "ratify", "ratifies", "struck", "strike", "strikes", "clinched", "sealed", "reach", "reached", "reaches", "put", "welcomed", "welcomes", "reaffirmed", "pledged", "conclude", "concludes", "concluding", "announced", "publication", "unveiled", "unveil", "unveils", "published", "released", "initial", "initials", "produced", "yielded", "hammered", "thrashed", "brokered", "forged", "secured", "negotiated", "hammer", "broker", "brokers", "forge", "clinch", "seal", "came", "come", "comes", "coming", "declared", "declare", "accepted", "accept", "accepts", "joint",
		"treaty", "accord", "accords", "memorandum", "pact", "agreement", "declaration", "communique", "communiqué", "convention", "protocol", "charter", "deal", "armistice"},
	Match: matchAgreement,
}

// agreementNouns are the objects of a diplomatic signing.
var agreementNouns = []string{"agreement", "agreements", "treaty", "treaties", "accord", "accords", "memorandum",
	"pact", "deal", "declaration", "declarations", "protocol", "protocols", "charter", "memoranda", "memorandums", "pacts", "communiques", "communiqués", "conventions", "convention", "communique", "communiqué", "armistice",
	"ceasefire", "mou", "partnership", "compact", "framework", "statement", "joint"}

// corporateWords mark business deals.
var corporateWords = []string{"merger", "acquisition", "acquire", "acquired", "shareholders", "shareholder", "inc",
	"corp", "ltd", "plc", "company", "companies", "firm", "firms", "stake", "takeover", "contract", "sponsorship",
	"player", "lease", "buyout", "startup", "investors", "subsidiary", "consortium", "association", "federation", "club",
	"carmaker", "carmakers", "automaker", "wage", "wages", "employer", "employers", "workers", "bonus", "bonuses"}

func matchAgreement(s *sentCtx, i int) (candidate, bool) {
	c, ok := matchAgreementTrigger(s, i)
	if ok && s.inAnniversary(c.Tok) {
		return candidate{}, false // "the tenth anniversary of the signing of the Lisbon Treaty"
	}
	if !ok || s.lw(c.Tok-1) != "to" {
		return c, ok
	}
	if s.near(c.Tok-1, 3, 0, intentWords...) {
		c.Hyp = true // "is trying to seal a deal", "hope to broker a ceasefire": an attempt
	} else if isOneOf(s.lw(c.Tok), "hammer", "broker", "forge", "clinch", "seal") && !s.near(c.Tok-1, 3, 0, "expected", "due", "set", "will", "would", "could", "agreed", "able", "likely", "plan", "plans", "planned", "going", "failed", "unable") {
		return candidate{}, false // "the body set up in 1992 to broker a settlement": a purpose, no event
	}
	return c, ok
}

// intentWords before "to" make the agreement an attempt: "trying to seal a
// deal".
var intentWords = []string{"trying", "tries", "try", "seeking", "seeks", "seek", "hoping", "hopes", "hope", "hoped",
	"aims", "aim", "aiming", "wants", "want", "wanted", "pushing", "push", "bid", "effort", "efforts", "attempt",
	"attempts", "race", "racing", "struggling", "struggled"}

// matchAgreementTrigger reads one agreement trigger at token i.
func matchAgreementTrigger(s *sentCtx, i int) (candidate, bool) {
	w := s.lw(i)
	if w == "without" {
		return matchWithoutAgreement(s, i)
	}
	if isOneOf(w, "exchanged", "exchange", "exchanging") {
		return matchInstruments(s, i)
	}
	if isOneOf(w, "signed", "sign", "signs", "signing") && s.lw(i+1) == "up" {
		return matchSignUp(s, i)
	}
	if isOneOf(w, "signed", "sign", "signs") && s.lw(i+1) == "off" && s.lw(i+2) == "on" {
		// "Both sides have now signed off on the text", "signed off on the
		// accord": approval of an agreed text
		if (s.objectNoun(i+2, "text", "deal", "agreement", "accord", "treaty", "declaration", "communique", "communiqué") || s.namedDocAfter(i+3)) && (s.diplomatic() || s.lastAgreement || s.agreementBefore()) && !s.hasLex(lexCorporate) {
			return candidate{Type: Agreement, CAMEO: "057", Tok: i, End: i + 3, Strength: 0.45}, true
		}
		return candidate{}, false
	}
	if w == "opened" {
		// "It was opened for signature in Mexico City on 14 February 1967"
		if s.lw(i+1) != "for" || !isOneOf(s.lw(i+2), "signature", "signatures") || !(s.nearLex(i, 10, 0, lexAgreementNoun) || isOneOf(s.lw(i-2), "it", "they") && (s.lastAgreement || s.agreementBefore())) {
			return candidate{}, false
		}
		return candidate{Type: Agreement, CAMEO: "057", Tok: i, End: i + 3, Strength: 0.5}, true
	}
	if isOneOf(w, "wrapped", "wraps") {
		// "India and the EU wrapped up negotiations on a free trade
		// agreement": the talks end in the agreement, which is the event
		if s.lw(i+1) != "up" || !isOneOf(s.lw(i+2), "negotiations", "talks") || !isOneOf(s.lw(i+3), "on", "for", "over") || !s.diplomatic() || s.hasLex(lexCorporate) {
			return candidate{}, false
		}
		for k := i + 4; k <= i+9 && k < len(s.toks); k++ {
			if s.isLex(k, lexAgreementNoun) {
				return candidate{Type: Agreement, CAMEO: "057", Tok: i, End: i + 3, Strength: 0.5}, true
			}
			if !s.toks[k].Word {
				break
			}
		}
		return candidate{}, false
	}
	if !s.agreementMayStart(i, w) {
		return candidate{}, false
	}
	if docNouns[w] {
		// a dated document mention has checks of its own (business words
		// other than its name, leaving and anniversaries)
		if s.foundingWhen(i) {
			return candidate{}, false
		}
		return matchNamedDoc(s, candidate{Type: Agreement, CAMEO: "057", Tok: i, End: i + 1, Strength: 0.6})
	}
	if s.foundingWhen(i) || s.foundingBy(i) {
		return candidate{}, false // "was established on 8 August 1967, when the ministers signed the Bangkok Declaration"
	}
	if s.near(i, 0, 2, "into") && s.near(i, 0, 3, "law") {
		return candidate{}, false // "signed into law"
	}
	if s.hasLex(lexCorporate) && !s.hasStateParty() {
		return candidate{}, false
	}
	if s.privateSubject(i) {
		return candidate{}, false // "scientists from Japan and France signed a research agreement"
	}
	if s.corporateSubject(i) {
		return candidate{}, false // "...; the Libra Association, a consortium of companies, signed its charter"
	}
	if s.companyDeal(i) {
		return candidate{}, false // "Qatar Airways signed a deal with Boeing" (actor.go)
	}
	if s.privateDocument(i) {
		return candidate{}, false // "signed a research agreement", "a licensing deal"
	}
	c := candidate{Type: Agreement, CAMEO: "057", Tok: i, End: i + 1, Strength: 0.6}
	switch {
	case docNouns[w]:
		return matchNamedDoc(s, c)
	case w == "announced":
		return matchAnnounced(s, c)
	case w == "produced" || w == "yielded":
		// "The meeting produced no written agreement": the noun is the
		// trigger, negated by "no"
		if s.lw(i+1) != "no" {
			return candidate{}, false
		}
		for k := i + 2; k <= i+4 && k < len(s.toks); k++ {
			if isOneOf(s.lw(k), "agreement", "deal", "accord", "declaration", "communique", "communiqué", "statement", "treaty") {
				if !s.diplomatic() {
					return candidate{}, false
				}
				return candidate{Type: Agreement, CAMEO: "057", Tok: k, End: k + 1, Strength: 0.45}, true
			}
			if !s.toks[k].Word {
				break
			}
		}
		return candidate{}, false
	case w == "publication":
		// "with the publication of the Shanghai Communiqué"
		if s.lw(i+1) != "of" || !s.namedDocAfter(i+2) && !s.objectNoun(i+1, "communique", "communiqué", "declaration") || !s.diplomatic() {
			return candidate{}, false
		}
		c.Strength = 0.45
		return c, true
	}
	if isOneOf(w, "signed", "agreed", "concluded", "reached", "struck", "sealed", "finalised", "finalized") && s.lastAgreement && s.restatesDoc(i) {
		return candidate{}, false // "... signed a pipeline agreement on Wednesday. The agreement, signed by the two presidents, ...": the same signing
	}
	if w == "signing" && s.lw(i+1) == "ceremony" && !s.hasLex(lexAgreementNoun) {
		// "attended a signing ceremony at the White House on 15 September
		// 2020": the signing, as a noun (a restatement is dropped)
		if s.has("signed", "sign", "signs", "initialled", "inked") || !s.diplomatic() || s.hasLex(lexCorporate) {
			return candidate{}, false
		}
		c.End, c.Nominal, c.Strength = i+2, true, 0.4
		return c, true
	}
	if w == "signing" && s.lw(i-1) == "the" && i <= 1 && s.lw(i+1) == "of" && s.lastAgreement {
		return candidate{}, false // "The signing of the Joint Communiqué gives effect to ...": the signing just reported
	}
	if w == "put" && s.lw(i+1) == "pen" && s.lw(i+2) == "to" && s.lw(i+3) == "paper" {
		// "put pen to paper on a trade deal"
		if !s.nearLex(i+3, 0, 5, lexAgreementNoun) || !s.diplomatic() {
			return candidate{}, false
		}
		c.End, c.Strength = i+4, 0.5
		return c, true
	}
	found := false
	// "concluded negotiations on a free trade agreement": the talks end in
	// the agreement, which is the event
	if isOneOf(w, "concluded", "completed", "finalised", "finalized") && isOneOf(s.lw(i+1), "negotiations", "talks") && isOneOf(s.lw(i+2), "on", "for", "over") {
		for k := i + 3; k <= i+8 && k < len(s.toks); k++ {
			if s.isLex(k, lexAgreementNoun) {
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
		if !isOneOf(s.lw(i+2), "name", "names", "signature", "signatures") || s.lw(i+3) != "to" || !s.nearLex(i, 0, 7, lexAgreementNoun) || s.has("founded", "established", "formed", "created") {
			return candidate{}, false
		}
	}
	back := 6
	if isOneOf(s.lw(i-1), "was", "were", "been", "be") {
		back = 26 // "a second Oslo agreement, transferring ..., was signed"
	}
	for k := max(0, i-back); k <= i+8 && k < len(s.toks); k++ {
		if s.isLex(k, lexAgreementNoun) || s.toks[k].Cap && isOneOf(s.lw(k), "accords", "treaty", "agreement", "act", "constitution") {
			found = true
			break
		}
	}
	if !found && isOneOf(w, "signed", "sign", "signs") && (s.lastAgreement || s.hasLex(lexAgreementNoun)) && s.intransitiveSign(i) {
		found = true // "Russia signed the same day", "Egypt signed as well"
	}
	if isOneOf(w, "came", "come", "comes", "coming") {
		// "the two governments came to terms on a fisheries accord"
		if s.lw(i+1) != "to" || s.lw(i+2) != "terms" || !isOneOf(s.lw(i+3), "on", "over") && !(s.lw(i+3) == "with" && s.stateAfter(i+4)) || !s.collectiveSubject(i) && !s.stateSubjectAt(i) {
			return candidate{}, false
		}
		c.End, c.Strength = i+3, 0.45
		if !s.diplomatic() {
			return candidate{}, false
		}
		return c, true
	}
	if w == "joint" {
		return matchJointText(s, c)
	}
	if w == "issued" && isOneOf(s.lw(i-1), "be", "been") && s.lw(i-2) != "has" && s.jointTextBefore(i-1, 6) && s.diplomatic() {
		// "A joint declaration is expected to be issued before he flies home"
		c.Strength = 0.45
		return c, true
	}
	if w == "issued" && isOneOf(s.lw(i-1), "statement", "communique", "communiqué", "declaration") && s.lw(i-2) == "joint" {
		// "according to a joint statement issued after the talks"
		if !s.diplomatic() || s.agreementVerbBefore(i-2, i) {
			return candidate{}, false
		}
		c.Strength = 0.45
		return c, true
	}
	if isOneOf(w, "declared", "declare") {
		// "a week after the two countries declared their war over",
		// "declared an end to the war": a peace both sides proclaim
		over := isOneOf(s.lw(i+1), "their", "the") && s.lw(i+2) == "war" && isOneOf(s.lw(i+3), "over", "ended") ||
			isOneOf(s.lw(i+1), "an", "the") && s.lw(i+2) == "end" && s.lw(i+3) == "to" && s.near(i+3, 0, 3, "war", "conflict", "hostilities")
		if !over || !s.collectiveSubject(i) {
			return candidate{}, false
		}
		c.Strength = 0.45
		return c, true
	}
	if isOneOf(w, "accepted", "accept", "accepts") {
		// "Vucic and Kurti accept the text of the EU plan": the text or
		// terms of a settlement, accepted by both parties
		if s.lw(i+1) != "the" || !isOneOf(s.lw(i+2), "text", "terms") || s.lw(i+3) != "of" || !s.collectiveSubject(i) || !s.diplomatic() {
			return candidate{}, false
		}
		c.Strength = 0.45
		return c, true
	}
	if isOneOf(w, "hammered", "thrashed", "brokered", "forged", "secured", "negotiated", "hammer", "broker", "brokers", "forge") {
		// "hammered out a water-sharing deal", "brokered a ceasefire":
		// the document as the object, never a reduced relative ("a deal
		// brokered by Norway" is the deal's own event)
		k := i + 1
		if s.lw(k) == "out" {
			k++
		}
		if isOneOf(w, "brokered", "negotiated") && s.lw(k) == "by" && s.namedDocBefore(i) && s.diplomatic() {
			c.Strength = 0.45 // "The Black Sea Grain Initiative, brokered by the UN and Turkey in July 2022"
			return c, true
		}
		if isOneOf(s.lw(i-1), "be", "been", "was", "were") && s.nearLex(i-1, 10, 0, lexDealNoun) && s.diplomatic() {
			c.End, c.Strength = k, 0.5 // "a deal could be hammered out within days"
			return c, true
		}
		if isOneOf(w, "hammered", "thrashed", "hammer") && k == i+1 || !s.looseObject(k-1, dealNouns...) || !s.diplomatic() || !s.partySubject(i) {
			return candidate{}, false
		}
		c.End, c.Strength = k, 0.5
		return c, true
	}
	if isOneOf(w, "ratified", "ratify", "ratifies") && s.near(i, 0, 5, "membership", "accession", "admission") {
		return candidate{}, false // "ratified Sweden's accession protocol": another state's accession
	}
	if !found && isOneOf(w, "concluded", "conclude", "concludes", "concluding", "struck", "strike", "strikes", "clinched", "sealed", "clinch", "seal", "reach", "reached", "reaches") && (s.near(i, 0, 3, settleNouns...) || isOneOf(s.lw(i-1), "be", "been", "was", "were") && s.near(i, 10, 0, settleNouns...) || isOneOf(w, "sealed", "clinched", "struck") && s.looseObject(i, "swap", "exchange")) {
		found = true // "reached an understanding", "an arrangement could be reached", "sealed a prisoner swap"
	}
	if !found && isOneOf(w, "reach", "reached", "reaches") && s.near(i, 0, 3, "consensus") && (s.collectiveSubject(i) || s.stateSubjectPair(i)) {
		found = true // "India and China reached a consensus on patrolling"
	}
	if !found && isOneOf(w, "conclude", "concludes", "concluding", "concluded", "signed", "sign", "signing", "publication", "endorsed", "endorse", "adopted", "adopt") && s.namedDocAfter(i+1) {
		found = true // "to conclude the Joint Comprehensive Plan of Action"
	}
	if isOneOf(w, "initial", "initials") && (isOneOf(s.lw(i-1), "the", "an", "its", "their", "his", "her", "'s") || !isOneOf(s.lw(i+1), "the", "a", "an", "their", "its")) {
		return candidate{}, false // "the initial agreement": an adjective
	}
	if isOneOf(w, "ratified") && s.lw(i-1) == "be" && s.near(i, 4, 0, "must", "still", "yet", "needs", "need") {
		return candidate{}, false // "the treaty, which must still be ratified": a condition, not an event
	}
	if !found && isOneOf(w, "signed", "concluded", "adopted") && s.relativeOfNamedDoc(i) {
		found = true // "the Bicentennial Framework for Security, ..., which their governments adopted in Mexico City"
	}
	if !found && isOneOf(w, "signed", "concluded", "agreed", "adopted") && isOneOf(s.lw(i+1), "in", "on", "at", "by") && s.namedDocBefore(i) {
		found = true // "The Charter of Paris for a New Europe, signed in November 1990"
	}
	if !found && isOneOf(w, "signed", "sign", "signs", "signing") && s.near(i, 0, 8, "documents") && s.near(i, 0, 7, "cooperation", "bilateral", "intergovernmental") && s.hasStateParty() && !s.hasLex(lexCorporate) {
		found = true // "China and Samoa signed a package of economic cooperation documents"
	}
	if !found && isOneOf(w, "signed", "sign", "signs", "signing", "initialled", "initialed", "initial", "initials") && s.objectNoun(i, "commitments", "understanding", "arrangement", "arrangements") && s.hasStateParty() {
		found = true // "sign economic commitments in the Oval Office"
	}
	if !found && isOneOf(w, "signed", "concluded", "initialled", "initialed") && isOneOf(s.lw(i-1), "was", "were") && isOneOf(s.lw(i-2), "it", "they") && i <= 3 && (s.lastAgreement || s.agreementBefore()) {
		found = true // "The treaty ran to seven articles. It was signed in Tokyo on 22 June 1965"
	}
	if !found && isOneOf(w, "signed", "sign", "signs", "initialled", "initialed", "initial", "initials", "ratified", "ratify") && (isOneOf(s.lw(i+1), "it", "them") || s.lw(i+1) == "the" && s.lw(i+2) == "text") && (s.lastAgreement || s.agreementBefore()) {
		found = true // "The treaty was short. De Gaulle and Adenauer signed it on 22 January 1963"
	}
	if isOneOf(w, "unveiled", "unveil", "unveils", "published", "released") {
		// "has just unveiled a joint declaration", "published a joint
		// statement"
		if !s.objectNoun(i, "declaration", "communique", "communiqué") && !(s.objectNoun(i, "statement") && s.near(i, 0, 3, "joint")) || !s.diplomatic() {
			return candidate{}, false
		}
		c.Strength = 0.45
		return c, true
	}
	if !found && isOneOf(w, "issued", "issue", "issues", "endorsed", "endorse", "endorses", "welcomed", "welcomes", "reaffirmed", "pledged") && s.inJointText(i) {
		found = true // "endorsed the plan ... in a joint communiqué"
	}
	agreeVerb := isOneOf(w, "agreed", "agree", "agrees")
	withParty := false // "X agreed with Y ..."
	comp := i + 1      // the complement of "agreed", past dates and adverbs
	if agreeVerb {
		comp = s.afterAgreed(i)
		// "Turkey agreed with Russia on Tuesday to set up patrols": the
		// party after "with" makes the subject two parties
		if s.lw(comp) == "with" {
			if m, ok := s.mentionAfter(comp+1, 0); ok && (m.Kind == mCountry || m.Kind == mCapital || m.Kind == mSeat || m.Kind == mPerson || m.Kind == mOrg && m.Name != "") && s.partySubject(i) {
				comp, withParty = s.afterAgreed(m.End-1), true
			}
		}
		if s.lw(comp) == "to" && (agreedActVerbs[s.lw(comp+1)] && !s.concreteResumption(comp+1) || vagueVerbs[s.lw(comp+1)] && s.near(comp+1, 0, 4, abstractObjects...) || agreedObjectVerbs[s.lw(comp+1)] && (s.nearLex(comp+1, 0, 5, lexEnvoy) || s.near(comp+1, 0, 5, "embassy", "embassies", "consulate", "consulates", "consulates-general", "consulate-general", "missions", "relations", "ties"))) {
			// "agreed to reopen embassies", "agreed to meet", "could agree
			// to admit": the act itself is the event, not an agreement
			return candidate{}, false
		}
		if s.lw(comp) == "that" && (s.near(comp, 0, 12, "meet", "meeting", "talks", "visit", "summit") || s.modalMeet(comp) || s.near(comp, 0, 30, "contact", "touch", "channels", "communication", "consultations", "follow") || s.assessment(comp+1)) {
			// "agreed that their teams would arrange a meeting", "would
			// remain in direct contact": a meeting or a process;
			// "agreed that it was highly likely": an assessment
			return candidate{}, false
		}
		// "analysts agree": a present opinion; a timeline's present
		// ("Serbia and Kosovo agree on an annex") needs a concrete object
		if w != "agreed" && !s.near(i, 4, 0, "to", "will", "would", "could", "might", "may", "should", "can", "did", "does", "not", "failed", "unable") && !(s.lw(comp) == "on" && s.agreedObject(comp+1) || isOneOf(s.lw(comp), "a", "an") && s.agreedObject(comp)) {
			return candidate{}, false // "analysts agree": a present opinion
		}
		if w == "agreed" && isOneOf(s.lw(i-1), "was", "were", "been") && isOneOf(s.lw(i+1), "in", "on", "at", "last", "earlier", ",") && s.diplomatic() {
			found = true // "a direct link ..., the hotline, was agreed in June 1963"
		}
	}
	if !found && agreeVerb && s.lw(comp) == "to" && (s.collectiveSubject(i) || withParty) && (!s.near(comp, 0, 8, "relations", "ties", "ambassadors", "embassies", "talks", "meet", "hold", "resume", "ceasefire", "truce", "dialogue", "negotiations", "discussions", "consultations", "visit") || s.concreteResumption(comp+1)) && !s.hasLex(lexAgreementNoun) {
		found = true // "Kyiv and Warsaw agreed to open a border crossing"
	}
	if !found && agreeVerb && s.lw(comp) == "that" && (s.collectiveSubject(i) || withParty) {
		found = true // "Armenia and Azerbaijan agreed that ...", "they agreed on Tuesday that ..."
	}
	if !found && agreeVerb && (s.lw(comp) == "on" || s.lw(comp) == "upon") && (s.collectiveSubject(i) || withParty) && s.agreedObject(comp+1) {
		found = true // "the two sides agreed on a prisoner exchange"
	}
	if !found && agreeVerb && isOneOf(s.lw(comp), "", ".", ",", ";", "on", "over") && s.near(i, 3, 0, "failed", "unable", "refused", "declined", "not", "never") && s.collectiveSubject(s.agreedSubjectEnd(i)) {
		found = true // "the two sides failed to agree"
	}
	if !found {
		return candidate{}, false
	}
	if agreeVerb && s.near(i, 3, 0, "unable", "failed") {
		c.Neg = true // "were unable to agree on a ceasefire"
	}
	participle := w == "agreed" && (s.isLex(i-1, lexAgreementNoun) || s.lw(i-1) == "," && s.isLex(i-2, lexAgreementNoun) || s.namedDocBefore(i)) && isOneOf(s.lw(i+1), "in", "at", "on", "last", "earlier", "by")
	if isOneOf(w, "ratified", "ratify", "ratifies") {
		if s.legislatureSubject(i) {
			return candidate{}, false // "South Korea's National Assembly ratified the treaty": a parliament's consent (other-diplomatic)
		}
		c.Strength = 0.5
	}
	if agreeVerb && isOneOf(s.lw(i-1), "was", "were", "been") && !isOneOf(s.lw(comp), "to", "that", "on", "upon") {
		c.Strength = 0.45
	} else if agreeVerb && s.lw(comp) == "that" {
		c.Strength = 0.45
	} else if agreeVerb && !participle {
		// "agreed on a ceasefire", "agreed a deal": the noun right after
		k := comp
		if isOneOf(s.lw(k), "on", "to", "upon", "over") {
			k++
		}
		if isOneOf(s.lw(k), "a", "an", "the") {
			k++
		}
		failed := isOneOf(s.lw(comp), "", ".", ",", ";", "on", "over") && s.near(i, 3, 0, "failed", "unable", "refused", "declined", "not", "never")
		if comp == i+1 && isOneOf(s.lw(comp), "a", "an", "the") && !s.partySubject(i) {
			return candidate{}, false // "Manchester United agreed a deal for the winger"
		}
		if !isOneOf(s.lw(k), "ceasefire", "truce", "deal", "agreement", "accord", "pact", "treaty", "armistice", "framework") && !isOneOf(s.lw(k+1), "ceasefire", "truce", "deal", "agreement", "accord", "pact", "treaty") && !(k == comp+1 && s.lw(comp) == "to" && found) && !(isOneOf(s.lw(comp), "on", "upon") && s.agreedObject(comp+1)) && !(isOneOf(s.lw(comp), "a", "an", "the") && s.agreedObject(comp)) && !failed {
			return candidate{}, false
		}
		c.Strength = 0.5
	}
	if isOneOf(w, "adopted", "adopt", "adopts", "adopting") {
		// "The Constitutive Act ... was adopted": a founding text, named;
		// "leaders adopted a charter", "could adopt a declaration": the
		// text as the verb's object
		passive := isOneOf(s.lw(i-1), "was", "were") && s.hasCapWord(max(0, i-10), i, "act", "charter", "treaty", "declaration", "convention", "constitution", "accords")
		if !passive && !s.objectNoun(i, "charter", "declaration", "declarations", "treaty", "convention", "communique", "communiqué", "accord", "agreement", "protocol", "resolution") && !s.relativeOfNamedDoc(i) {
			return candidate{}, false
		}
		c.Strength = 0.5
	}
	if isOneOf(w, "issued", "issue", "issues", "endorsed", "endorse", "endorses") {
		// "issued a joint declaration", "endorsed the Hiroshima communiqué",
		// "declined to endorse a statement on trade"
		if !s.objectNoun(i, "declaration", "communique", "communiqué", "charter") && !(s.objectNoun(i, "statement") && (s.near(i, 0, 3, "joint") || w != "issued" && s.hasStateParty())) && !s.inJointText(i) && !(w != "issued" && s.namedDocAfter(i+1)) {
			return candidate{}, false
		}
		c.Strength = 0.45
	}
	if isOneOf(w, "welcomed", "welcomes", "reaffirmed", "pledged") {
		// "welcomed progress in a joint statement on Friday"
		if !s.inJointText(i) || !s.hasStateParty() && !s.hasTitledPerson() && !s.collectiveSubject(i) {
			return candidate{}, false
		}
		c.Strength = 0.45
	}
	if isOneOf(w, "concluded", "conclude", "concludes", "concluding", "struck", "strike", "strikes", "clinched", "sealed", "clinch", "seal", "reach", "reached", "reaches") {
		// "struck a deal": the noun must be the verb's object, or its
		// subject when passive ("an agreement ... could be concluded") or
		// a reduced relative ("the accord reached in Beijing")
		passive := isOneOf(s.lw(i-1), "be", "been", "was", "were")
		// "The Rio de Janeiro Protocol, concluded on 29 January 1942"
		participle := s.lw(i-1) == "," && i >= 2 && (s.toks[i-2].Cap && docHeads[s.lw(i-2)] || isOneOf(s.lw(i-2), "agreement", "deal", "accord", "treaty", "pact", "ceasefire", "truce")) || w == "reached" && s.nounOfBefore(i) && isOneOf(s.lw(i+1), "in", "on", "at", "last", "earlier")
		relative := isOneOf(s.lw(i-1), "accord", "agreement", "deal", "treaty", "pact", "truce", "ceasefire", "framework", "arrangement", "understanding", "settlement")
		if !passive && !participle && !relative && !s.partySubject(i) {
			return candidate{}, false // "Apple and Google reached an understanding", "Boeing struck a deal"
		}
		if !s.nearLex(i, 0, 3, lexAgreementNoun) && !participle && !s.looseObject(i, "deal", "agreement", "accord", "treaty", "pact", "settlement", "ceasefire", "truce", "swap") && !s.near(i, 0, 3, "consensus") && !s.near(i, 0, 3, settleNouns...) && !(passive && (s.nearLex(i, 10, 0, lexAgreementNoun) || s.near(i, 10, 0, settleNouns...))) && !isOneOf(s.lw(i-1), "accord", "agreement", "deal", "treaty", "pact", "truce", "ceasefire", "framework", "arrangement", "understanding", "settlement") && !s.namedDocAfter(i+1) {
			return candidate{}, false
		}
		c.Strength = 0.5
	}
	if !s.diplomatic() && !(s.has("delegates", "delegations", "signatories") && len(s.doc.recentStates) > 0) && !s.stateGroup() && !((isOneOf(s.lw(i-1), "be", "been") && s.near(i, 6, 0, "deal", "agreement", "accord", "treaty", "pact") || s.lw(i-1) == "," && isOneOf(s.lw(i-2), "deal", "agreement", "accord", "treaty", "pact")) && len(s.doc.recentStates) > 0 && !s.hasLex(lexCorporate)) {
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

// inJointText reports whether the verb at i is followed, within twelve
// tokens, by "in a joint statement" (communiqué, declaration), or preceded
// by it within sixteen: "In a joint statement on Friday, the four leaders
// welcomed ...".
func (s *sentCtx) inJointText(i int) bool {
	for k := max(0, i-16); k <= i+12 && k+3 < len(s.toks); k++ {
		if k == i {
			continue
		}
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
	k := i + 1
	// "wrapped up their gathering ... without agreeing a joint statement",
	// "ended without signing a deal": the gerund names the failed act
	gerund := isOneOf(s.lw(k), "agreeing", "signing", "reaching", "issuing", "adopting", "concluding")
	if gerund {
		if s.hasLex(lexCorporate) || s.has("board", "workers", "union", "unions") && !s.hasStateParty() {
			return candidate{}, false // "the board ended its meeting without signing a deal with the union"
		}
		k++
		if s.lw(k) == "on" {
			k++
		}
	}
	if !gerund && !s.near(i, 4, 0, "ended", "end", "ends", "closed", "concluded", "broke", "finished", "adjourned", "collapsed", "collapse", "foundered", "stalled", "talks", "negotiations", "summit", "meeting") {
		return candidate{}, false
	}
	if isOneOf(s.lw(k), "a", "an", "any") {
		k++
	}
	if isOneOf(s.lw(k), "final", "formal", "joint", "peace", "trade", "serbian", "signed") || k < len(s.toks) && s.toks[k].Cap {
		k++
	}
	if !isOneOf(s.lw(k), "agreement", "deal", "accord", "signature", "declaration", "communique", "communiqué", "breakthrough", "treaty") && !(gerund && s.lw(k) == "statement" && s.lw(k-1) == "joint") {
		return candidate{}, false
	}
	// "The Agra talks ended on 16 July without agreement": talks in a
	// text about states are diplomatic even when the sentence names none
	if !s.diplomatic() && !(s.near(i, 8, 0, "talks", "negotiations", "summit") && len(s.doc.recentStates) > 0 && !s.hasLex(lexCorporate)) {
		return candidate{}, false
	}
	return candidate{Type: Agreement, CAMEO: "057", Tok: k, End: k + 1, Strength: 0.5}, true
}

// agreedActVerbs are verbs after "agreed to" that name an act of another
// type (a meeting, a visit, relations, an accession): "agreed to meet",
// "agreed to reopen embassies", "could agree to admit the African Union".
var agreedActVerbs = map[string]bool{"meet": true, "hold": true, "visit": true, "talk": true, "convene": true,
	"restore": true, "establish": true, "re-establish": true, "reestablish": true,
	"resume": true, "normalise": true, "normalize": true, "upgrade": true,
	"elevate": true, "proceed": true, "admit": true, "accept": true, "expel": true, "recognise": true,
	"recognize": true, "join": true, "continue": true, "sever": true, "cut": true, "downgrade": true,
	"host": true, "travel": true, "step": true, "maintain": true, "support": true, "back": true, "press": true,
	"pressure": true, "condemn": true, "oppose": true, "work": true, "consult": true, "disagree": true, "differ": true, "discuss": true, "consider": true, "study": true, "explore": true, "examine": true, "look": true, "keep": true, "stay": true, "remain": true}

// agreedObjectVerbs after "agreed to" name an act of another type only with
// diplomats, missions or relations as object: "agreed to reopen embassies"
// but "agreed to reopen the border", "agreed to exchange ambassadors" but
// "agreed to exchange prisoners".
var agreedObjectVerbs = map[string]bool{"open": true, "reopen": true, "close": true, "exchange": true, "raise": true,
	"return": true, "send": true, "withdraw": true, "recall": true}

// afterAgreed returns the token after "agreed" at i that opens its
// complement, past a date and adverbs: "agreed on Tuesday that", "agreed in
// principle to", "agreed last week on".
func (s *sentCtx) afterAgreed(i int) int {
	j := i + 1
	for n := 0; n < 6 && j < len(s.toks); n++ {
		w := s.lw(j)
		switch {
		case isOneOf(w, "also", "formally", "finally", "jointly", "unanimously", "tentatively", "quickly", "eventually", "then", "late", "early", "earlier", "yesterday", "today", "tonight", "overnight", "privately", "publicly", "already", "swiftly", "broadly"):
			j++
		case w == "in" && s.lw(j+1) == "principle":
			j += 2
		case isOneOf(w, "in", "at") && j+1 < len(s.toks) && s.toks[j+1].Cap && !monthWord(s.lw(j+1)):
			// "agreed in Santiago de Chile on a procedure"
			j++
			for j < len(s.toks) && (s.toks[j].Cap || isOneOf(s.lw(j), "de", "of", "da", "del")) {
				j++
			}
		case isOneOf(w, "on", "in", "last", "this") && (weekdayWord(s.lw(j+1)) || monthWord(s.lw(j+1)) || isOneOf(s.lw(j+1), "week", "month", "year", "weekend", "night", "friday's")):
			j += 2
		case s.toks[j].Word && w[0] >= '0' && w[0] <= '9' || monthWord(w) || weekdayWord(w) || isOneOf(w, "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night"):
			j++
		default:
			return j
		}
	}
	return j
}

// weekdayWord reports whether w is a lower-cased weekday name.
func weekdayWord(w string) bool {
	return isOneOf(w, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
}

// monthWord reports whether w is a lower-cased month name ("may" excluded:
// it is mostly the verb).
func monthWord(w string) bool {
	return isOneOf(w, "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.")
}

// agreedObject reports whether the noun phrase at k names something states
// agree on: "a prisoner exchange", "the terms of", "a roadmap".
func (s *sentCtx) agreedObject(k int) bool {
	if isOneOf(s.lw(k), "a", "an", "the", "new", "joint") {
		k++
	}
	for j := k; j <= k+2 && j < len(s.toks); j++ {
		if isOneOf(s.lw(j), "ceasefire", "truce", "deal", "agreement", "accord", "pact", "treaty", "armistice", "framework",
			"roadmap", "road", "text", "terms", "package", "swap", "exchange", "mechanism", "timetable", "settlement",
			"arrangement", "arrangements", "understanding", "compromise", "statement", "communique", "communiqué",
			"declaration", "memorandum", "protocol", "charter", "convention", "plan", "withdrawal", "pullback", "border", "borders",
			"procedure", "formula", "format", "modalities", "schedule", "how", "boundary", "boundaries", "frontier", "annex", "roadmap") {
			return true
		}
		if !s.toks[j].Word || isOneOf(s.lw(j), "on", "to", "with", "for", "that", "need", "importance") {
			return false
		}
	}
	return false
}

// agreedSubjectEnd returns the token before which the subject of "agree"
// at i ends, past "failed to", "were unable to", "did not": the subject of
// "the two sides failed to agree" ends before "failed".
func (s *sentCtx) agreedSubjectEnd(i int) int {
	j := i
	for j > 0 && isOneOf(s.lw(j-1), "to", "failed", "unable", "refused", "declined", "not", "never", "did", "were", "was", "could", "have", "had", "has", "again", "still", "n't") {
		j--
	}
	return j
}

// collectiveSubject reports whether the verb at i has two or more parties
// as its subject: two states joined by "and" ("Armenia and Azerbaijan
// agreed"), a group ("the two sides", "the pair", "the four leaders"),
// "they", or two named people or states ("Putin and Erdogan agreed").
func (s *sentCtx) collectiveSubject(i int) bool {
	j := i
	for j > 0 && isOneOf(s.lw(j-1), "have", "has", "had", "also", "both", "jointly", "finally", "then", "formally", "all", "quickly", "later", "eventually", "reportedly", "officially", "subsequently", "swiftly", "broadly", "once", "again",
		"to", "are", "is", "were", "was", "expected", "likely", "set", "due", "hope", "hoped", "will", "would", "could", "may", "might", "should", "must", "can", "yet", "trying", "seeking", "unable", "failed", "not", "never", "did", "still") {
		j--
	}
	if s.stateSubjectPair(j) {
		return true
	}
	prev := s.lw(j - 1)
	if s.has("coalition", "coalitions", "election", "elections", "electoral", "ballot", "manifesto", "caucus", "shareholders", "union", "unions", "strike") && !s.stateSubjectPair(j) {
		return false // "the two parties agreed to form a coalition": domestic politics or labour
	}
	if isOneOf(s.lw(j-2), "political", "opposition", "ruling", "governing", "main", "coalition", "major", "rival") {
		return false // "the opposition parties agreed"
	}
	if prev == "they" {
		return s.diplomatic()
	}
	if isOneOf(prev, "sides", "leaders", "countries", "governments", "states", "nations", "ministers", "presidents", "delegations", "negotiators", "neighbours", "neighbors", "pair", "two", "parties") && !s.privateSubject(j) && s.diplomatic() {
		return true
	}
	for k, m := range s.mentions {
		if m.End != j {
			continue
		}
		if m.Kind == mGroup {
			return true
		}
		if k == 0 || s.lw(m.Tok-1) != "and" {
			return false
		}
		p := s.mentions[k-1]
		party := func(m mention) bool {
			return m.Kind == mCountry || m.Kind == mSeat || m.Kind == mPerson || m.Kind == mOrg && m.Name != "" || m.Kind == mCapital && (m.Prep == "" || m.Prep == "and")
		}
		return party(m) && party(p) && p.End+1 == m.Tok
	}
	return false
}

// settleNouns name a settlement between states that is an agreement only as
// the object of "reach", "strike" or "conclude": "reached an
// understanding", "an arrangement could be reached".
var settleNouns = []string{"understanding", "arrangement", "settlement", "compromise"}

// docNouns are the heads of a named or dated document mention: "the 1991
// Abuja Treaty", "under the 2015 accord".
var docNouns = map[string]bool{"treaty": true, "accord": true, "accords": true, "memorandum": true, "pact": true,
	"agreement": true, "declaration": true, "communique": true, "communiqué": true, "convention": true,
	"protocol": true, "charter": true, "deal": true, "armistice": true}

// docHeads end the capitalised name of a document: "the Joint Comprehensive
// Plan of Action", "the Treaty of Rome", "the Minsk Protocol".
var docHeads = map[string]bool{"treaty": true, "accord": true, "accords": true, "memorandum": true, "pact": true,
	"agreement": true, "declaration": true, "communique": true, "communiqué": true, "convention": true,
	"protocol": true, "charter": true, "plan": true, "action": true, "compact": true, "framework": true,
	"act": true, "statute": true, "armistice": true, "understanding": true, "principles": true}

// yearToken reports whether the token at k is a year from 1800 to 2099.
func (s *sentCtx) yearToken(k int) bool {
	w := s.lw(k)
	return len(w) == 4 && (w[:2] == "18" || w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// namedDocAfter reports whether a document name starts at k: a determiner,
// then capitalised words (with "of", "for", "on", "and", "the") ending in
// one of docHeads: "the Joint Comprehensive Plan of Action", "the Treaty of
// Rome".
func (s *sentCtx) namedDocAfter(k int) bool {
	if !isOneOf(s.lw(k), "the", "a", "an", "its", "their") {
		return false
	}
	named := false
	for j := k + 1; j <= k+9 && j < len(s.toks); j++ {
		t := s.toks[j]
		if t.Cap && t.Word {
			if docHeads[t.Lower] && named || docHeads[t.Lower] && isOneOf(s.lw(j+1), "of", "on") && j+2 < len(s.toks) && s.toks[j+2].Cap {
				return true
			}
			named = true
			continue
		}
		if named && isOneOf(t.Lower, "of", "for", "on", "and", "the", "-", "–") {
			continue
		}
		return false
	}
	return false
}

// matchNamedDoc reads a dated mention of a document as its agreement: "the
// 1991 Abuja Treaty", "the September 2018 Russian–Turkish memorandum on
// Idlib", "under the 2015 accord". The noun is the trigger, marked nominal
// so that a restatement of an agreement already reported is dropped; a
// document that a verb of the sentence signs or reaches is that verb's.
func matchNamedDoc(s *sentCtx, c candidate) (candidate, bool) {
	i := c.Tok
	j := i - 1
	for n := 0; n < 4 && j > 0; n++ {
		t := s.toks[j]
		if t.Cap && t.Word && !s.yearToken(j) || !t.Word && !t.Spaced && isOneOf(t.Text, "-", "–") || docModifier(t.Lower) || isOneOf(t.Lower, "nuclear", "peace", "trade", "free", "free-trade", "bilateral", "security", "defence", "defense", "border", "ceasefire", "landmark", "historic", "original", "interim", "joint", "final", "military", "maritime", "grain", "gas", "climate", "arms", "cooperation") {
			j--
			continue
		}
		break
	}
	if !s.yearToken(j) && s.lw(j) == "'s" && s.lw(i+1) == "with" && (s.stateAfter(i+2) || s.near(i+1, 0, 3, "powers", "neighbours", "neighbors", "allies")) && s.dateSoon(i+2, 7) {
		// "Sudan's deal with Israel last October", "Iran's nuclear deal
		// with world powers in 2015": a state's dated agreement
		if m, ok := s.mentionBefore(j+1, 1); !ok || m.Kind != mCountry && m.Kind != mCapital && m.Kind != mSeat {
			return candidate{}, false
		}
		if s.leavesDoc(j) || s.corporateOutside(i) {
			return candidate{}, false
		}
		c.Nominal, c.Strength = true, 0.4
		return c, true
	}
	if !s.yearToken(j) && !s.toks[i].Cap && isOneOf(s.lw(i-1), "the", "an") && s.lw(i+1) == "of" && (len(s.lw(i+2)) <= 2 && s.lw(i+2) != "" && s.lw(i + 2)[0] >= '0' && s.lw(i + 2)[0] <= '9' && monthWord(s.lw(i+3)) || monthWord(s.lw(i+2)) && s.yearToken(i+3)) {
		// "the agreement of 10 March between Riyadh and Tehran": a
		// definite noun dated by its "of" phrase (restatements dropped)
		if s.corporateOutside(i) || !s.diplomatic() || s.leavesDoc(i-1) || s.signedAfter(i) || s.foundsAfter(i) {
			return candidate{}, false
		}
		c.Nominal, c.Strength = true, 0.4
		return c, true
	}
	if !s.yearToken(j) {
		// "ended by the Algiers Agreement in December 2000", "the Treaty
		// of Rome of 1957": a name, then its date
		if !s.toks[i].Cap || !s.datedAfter(i+1) || j == i-1 || !isOneOf(s.lw(j), "the") || s.foundsAfter(i) {
			return candidate{}, false
		}
		if s.signedAfter(i) {
			return candidate{}, false // "the Protocol ..., which was signed in Madrid on 4 October 1991": the verb's
		}
		if s.near(j, 6, 0, "signed", "sign", "signing", "agreed", "concluded", "ratified", "adopted", "struck", "reached", "endorsed", "negotiated", "initialled", "initialed", "inked") || s.corporateOutside(i) || !s.diplomatic() || s.leavesDoc(j) || s.near(i, 0, 3, "force", "effect") {
			return candidate{}, false
		}
		c.Nominal, c.Strength = true, 0.4
		return c, true
	}
	// the trigger spans the words after the year ("nuclear deal"), so that
	// the year stays the date of its own noun phrase
	c.Tok = j + 1
	if monthWord(s.lw(j - 1)) {
		j--
	}
	if !isOneOf(s.lw(j-1), "the", "a", "its", "their", "'s", "his", "her") {
		return candidate{}, false
	}
	if s.near(j, 6, 0, "signed", "sign", "signing", "agreed", "concluded", "ratified", "adopted", "struck", "reached", "endorsed", "negotiated", "initialled", "initialed", "inked") || s.corporateOutside(i) || !s.diplomatic() || s.leavesDoc(j) {
		return candidate{}, false
	}
	if s.signedAfter(i) || s.foundsAfter(i) {
		return candidate{}, false // "the 1991 Protocol ..., which was signed in Madrid on 4 October 1991"
	}
	if s.lw(j-1) == "the" && s.yearBefore(s.toks[j].Text) {
		return candidate{}, false // "The treaty was signed on 1 December 1959. ... The 1959 treaty": the same one
	}
	c.Nominal, c.Strength = true, 0.4
	return c, true
}

// foundsAfter reports whether the document at i founds an organisation in
// the clause after it: "the Treaty of Rome of 25 March 1957, which created
// the European Economic Community". The founding is then the one event.
func (s *sentCtx) foundsAfter(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+12; k++ {
		if isOneOf(s.lw(k), "created", "established", "founded", "set", "launched", "formed", "creating", "establishing", "founding") && (s.near(k, 3, 0, "which", "that") || s.lw(k-1) == ",") {
			// an organisation as object, not "created a demilitarised zone"
			return s.orgWithin(k+1, 4) || s.capInstitutionAfter(k+1) || s.near(k, 0, 5, "community", "union", "organisation", "organization", "alliance", "bloc", "bank", "council", "court", "secretariat")
		}
		if isOneOf(s.lw(k), ".", ";") {
			return false
		}
	}
	return false
}

// signedAfter reports whether a dated signing verb restates the document
// at i in a participle or relative clause right after it: ", which was
// signed in Madrid on 4 October 1991", ", concluded on 29 January 1942".
// The verb then carries the event.
func (s *sentCtx) signedAfter(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+12; k++ {
		if isOneOf(s.lw(k), "signed", "concluded", "agreed", "adopted", "initialled", "initialed", "reached", "struck") {
			return (s.lw(k-1) == "," || isOneOf(s.lw(k-1), "was", "were") && isOneOf(s.lw(k-2), "which", "that")) && s.datedPhrase(k+1)
		}
		if isOneOf(s.lw(k), ".", ";") || docNouns[s.lw(k)] || s.toks[k].Cap && docHeads[s.lw(k)] {
			return false
		}
	}
	return false
}

// yearBefore reports whether the text before the sentence names year y: a
// definite "the 1959 treaty" then restates a document already dated.
func (s *sentCtx) yearBefore(y string) bool {
	return strings.Contains(s.text[:s.toks[0].Start], y)
}

// leavesDoc reports whether the document whose determiner is at j is the
// object of leaving, joining or breaking it ("pulled out of the Open Skies
// Treaty", "rejoined the Paris Agreement", "violated the 1987 treaty") or of
// a commemoration ("the 60th anniversary of the Elysee Treaty on 22 January
// 2023"). That act is the event, not the document.
func (s *sentCtx) leavesDoc(j int) bool {
	return s.near(j, 4, 0, "anniversary", "anniversaries", "jubilee", "celebrated", "celebrate", "celebrates", "celebrating", "commemorate", "commemorated", "mark", "marked", "marks", "marking", "out", "from", "quit", "quits", "left", "leave", "leaving", "exited", "exit", "rejoined", "rejoin", "joined", "join", "joins", "abandoned", "abandon", "violated", "violate", "violating", "breached", "breach", "scrapped", "renounced", "suspended", "suspend", "withdrew", "withdraw", "ditched", "tore", "denounced", "accused", "accuses", "compliance", "breaches", "violations", "violation", "extend", "extended", "renew", "renewed")
}

// matchAnnounced reads an announced agreement: "the agreement announced in
// Beijing on 10 March" (a reduced relative), "a deal was announced in June"
// (a passive), "announced a ceasefire" (with the document as object).
func matchAnnounced(s *sentCtx, c candidate) (candidate, bool) {
	i := c.Tok
	nouns := []string{"agreement", "deal", "accord", "treaty", "pact", "ceasefire", "truce", "armistice", "understanding", "arrangement", "settlement"}
	ok := false
	switch {
	case isOneOf(s.lw(i-1), nouns...) && isOneOf(s.lw(i+1), "in", "on", "at", "last", "earlier", "by", ","):
		ok = true
	case isOneOf(s.lw(i-1), "was", "were", "been") && s.near(i-1, 10, 0, nouns...) && !s.near(i-1, 10, 0, "that", "which"):
		ok = true
	case s.objectNoun(i, "agreement", "deal", "accord", "treaty", "pact", "ceasefire", "truce", "armistice") && s.collectiveSubject(i):
		ok = true
	}
	if !ok || !s.diplomatic() {
		return candidate{}, false
	}
	c.Strength = 0.45
	return c, true
}

// privateKinds modify an agreement noun to make it a private contract: a
// research agreement between universities, a licensing or sponsorship deal.
var privateKinds = map[string]bool{"research": true, "academic": true, "licensing": true, "sponsorship": true,
	"distribution": true, "broadcasting": true, "collective": true, "franchise": true, "transfer": true,
	"publishing": true, "recording": true, "naming": true, "endorsement": true, "kit": true, "streaming": true,
	"merger": true, "wage": true, "pay": true, "settlement": true, "plea": true, "prenuptial": true, "book": true,
	"coalition": true, "budget": true, "spending": true, "tax": true, "labour": true, "labor": true, "governing": true,
	"debt-ceiling": true, "confidence-and-supply": true, "electoral": true, "pension": true, "bargaining": true}

// privateDocument reports whether the agreement noun nearest after the verb
// at i (within six tokens) is a private contract: "signed a research
// agreement", "struck a licensing deal".
func (s *sentCtx) privateDocument(i int) bool {
	for k := i + 1; k <= i+6 && k < len(s.toks); k++ {
		if isOneOf(s.lw(k), "agreement", "agreements", "deal", "deals", "accord", "pact", "memorandum", "contract") {
			return privateKinds[s.lw(k-1)]
		}
		if !s.toks[k].Word {
			return false
		}
	}
	return false
}

// assessment reports whether the that-clause starting at k states an
// opinion rather than terms: "it was highly likely", "there is a need",
// "the situation was serious".
func (s *sentCtx) assessment(k int) bool {
	if isOneOf(s.lw(k), "it", "there") && isOneOf(s.lw(k+1), "was", "is", "were", "are", "would", "had", "has") {
		return true
	}
	return s.near(k, 0, 6, "likely", "unlikely", "necessary", "important", "essential", "serious", "clear", "need", "needed", "urgent", "unacceptable", "responsible")
}

// corporateSubject reports whether the clause before the verb at i (back to
// a semicolon, at most twelve tokens) names a business and no state: the
// signatory is a company even when another clause of the sentence names a
// state.
func (s *sentCtx) corporateSubject(i int) bool {
	if !s.hasLex(lexCorporate) {
		return false // no business word anywhere in the sentence (a cheap test first)
	}
	start := max(0, i-12)
	for k := i - 1; k >= start; k-- {
		if s.lw(k) == ";" {
			start = k + 1
			break
		}
	}
	corp := false
	for k := start; k < i; k++ {
		if s.isLex(k, lexCorporate) {
			corp = true
			break
		}
	}
	if !corp {
		return false
	}
	for _, m := range s.mentions {
		if m.Tok >= start && m.End <= i && (m.Kind == mCountry || m.Kind == mSeat || m.Kind == mOrg && m.Name != "" || m.Kind == mGroup) {
			return false
		}
	}
	return true
}

// agreementBefore reports whether the 300 bytes of text before the sentence
// name a document, for a pronoun object: "The treaty itself was a short
// document. De Gaulle and Adenauer signed it ...".
func (s *sentCtx) agreementBefore() bool {
	end := s.toks[0].Start
	start := max(0, end-300)
	prev := strings.ToLower(s.text[start:end])
	for _, n := range []string{"treaty", "agreement", "accord", "pact", "declaration", "communiqué", "communique", "memorandum", "charter", "convention", "protocol"} {
		if strings.Contains(prev, n) {
			return true
		}
	}
	return false
}

// datedAfter reports whether a date follows a document name at k: "in
// December 2000", "of 1991", "on 22 January 1963".
func (s *sentCtx) datedAfter(k int) bool {
	if !isOneOf(s.lw(k), "in", "of", "on") {
		return false
	}
	w := s.lw(k + 1)
	return s.yearToken(k+1) || monthWord(w) || len(w) <= 2 && w != "" && w[0] >= '0' && w[0] <= '9' && monthWord(s.lw(k+2))
}

// looseObject reports whether one of nouns heads the object of the verb at
// i within seven tokens, past adjectives and commas: "reaches a full,
// legally binding deal".
func (s *sentCtx) looseObject(i int, nouns ...string) bool {
	if !isOneOf(s.lw(i+1), "a", "an", "the", "its", "their") {
		return false
	}
	for k := i + 2; k <= i+7 && k < len(s.toks); k++ {
		if isOneOf(s.lw(k), nouns...) {
			return true
		}
		if isOneOf(s.lw(k), "on", "in", "at", "with", "to", "by", "that", "which", "and", "of", ".", ";") {
			return false
		}
	}
	return false
}

// modalMeet reports whether the that-clause at k plans a meeting: "agreed
// that the Special Representatives ... will meet at an early date".
func (s *sentCtx) modalMeet(k int) bool {
	for j := k + 1; j <= k+30 && j < len(s.toks); j++ {
		if isOneOf(s.lw(j), "meet", "convene", "talk") && isOneOf(s.lw(j-1), "will", "would", "should", "could", "to", "again") {
			return true
		}
		if s.lw(j) == ";" {
			return false
		}
	}
	return false
}

// nounOfBefore reports whether an agreement noun with an "of" phrase ends
// right before the participle at i: "the framework of key parameters
// reached in Lausanne".
func (s *sentCtx) nounOfBefore(i int) bool {
	for k := i - 2; k >= 1 && k >= i-5; k-- {
		if s.lw(k) == "of" {
			return isOneOf(s.lw(k-1), "framework", "agreement", "deal", "accord", "treaty", "memorandum", "declaration")
		}
		if !s.toks[k].Word {
			return false
		}
	}
	return false
}

// namedDocBefore reports whether a document name ends before the
// participle at i, past a comma: "The Charter of Paris for a New Europe,
// signed in November 1990".
func (s *sentCtx) namedDocBefore(i int) bool {
	k := i - 1
	if s.lw(k) != "," {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		t := s.toks[j]
		if t.Cap && t.Word && (docHeads[t.Lower] || t.Lower == "initiative" && isOneOf(s.lw(i), "brokered", "negotiated")) {
			return true
		}
		if t.Cap && t.Word || isOneOf(t.Lower, "of", "for", "a", "on", "and", "the", "-", "–") {
			continue
		}
		return false
	}
	return false
}

// stateGroup reports whether the sentence names states as a group: "a free
// trade agreement between the two States".
func (s *sentCtx) stateGroup() bool {
	for _, m := range s.mentions {
		if m.Kind == mGroup && (m.Name == "countries" || m.Name == "pair") {
			return true
		}
	}
	return false
}

// dealNouns are the objects of "hammered out", "brokered", "forged".
var dealNouns = []string{"deal", "agreement", "accord", "treaty", "pact", "ceasefire", "truce", "armistice",
	"settlement", "compromise", "understanding", "arrangement", "swap", "framework", "memorandum", "declaration"}

// stateAfter reports whether a state or organisation starts at k.
func (s *sentCtx) stateAfter(k int) bool {
	m, ok := s.mentionAfter(k, 1)
	return ok && (m.Kind == mCountry || m.Kind == mCapital || m.Kind == mSeat || m.Kind == mOrg && m.Name != "")
}

// stateSubjectAt reports whether a state ends right before the verb at i
// (past "have", "had", "finally"): "Ankara finally came to terms".
func (s *sentCtx) stateSubjectAt(i int) bool {
	j := i
	for j > 0 && isOneOf(s.lw(j-1), "have", "has", "had", "finally", "also", "eventually") {
		j--
	}
	for _, m := range s.mentions {
		if m.End == j && (m.Kind == mCountry || m.Kind == mSeat || m.Kind == mCapital && m.Prep == "") {
			return true
		}
	}
	return false
}

// jointSayVerbs report what a joint text says: "said in a joint statement",
// "In a joint communiqué, the two sides vowed ...".
var jointSayVerbs = []string{"said", "say", "says", "vowed", "vow", "called", "urged", "condemned", "stressed",
	"committed", "expressed", "noted", "declared", "announced", "underlined", "underscored", "reiterated",
	"affirmed", "emphasised", "emphasized", "voiced", "praised", "promised", "confirmed", "agreed", "highlighted"}

// matchJointText reads a joint text as the agreement when a verb of saying
// or committing reports it: "the leaders said in a joint statement",
// "In a joint communiqué on Friday, the two sides vowed ...". The trigger is
// "joint" and the noun; "signed a joint statement" and the other verbs with
// a joint text as object are read at the verb.
func matchJointText(s *sentCtx, c candidate) (candidate, bool) {
	i := c.Tok
	if !isOneOf(s.lw(i+1), "statement", "communique", "communiqué", "declaration") || !isOneOf(s.lw(i-1), "a", "the", "their", "its") || !isOneOf(s.lw(i-2), "in", "through", "via") {
		return candidate{}, false
	}
	if s.agreementVerbBefore(i, -1) || !s.near(i, 14, 14, jointSayVerbs...) {
		return candidate{}, false
	}
	if !s.hasStateParty() && !s.hasTitledPerson() && !s.collectiveSubjectIn() {
		return candidate{}, false
	}
	// "In the joint statement, ..." after the signing: a back-reference,
	// read as a noun so that a restatement of the text is dropped
	c.End, c.Strength, c.Nominal = i+2, 0.45, s.lw(i-1) == "the" && s.lastAgreement
	return c, true
}

// agreementVerbBefore reports whether a verb that reads a joint text as its
// own event (signed, issued, adopted, endorsed, welcomed, reaffirmed,
// pledged) stands near the joint text at i, so that the text is not read
// twice. The token at skip is the caller's own trigger.
func (s *sentCtx) agreementVerbBefore(i, skip int) bool {
	for k := max(0, i-16); k < len(s.toks) && k <= i+12; k++ {
		if k != skip && isOneOf(s.lw(k), "signed", "sign", "signs", "signing", "issued", "issue", "adopted", "adopt", "endorsed", "endorse", "welcomed", "welcomes", "reaffirmed", "pledged", "unveiled", "published", "released", "initialled", "initialed") {
			return true
		}
	}
	return false
}

// collectiveSubjectIn reports whether the sentence names a group of parties
// ("the two sides", "the four leaders").
func (s *sentCtx) collectiveSubjectIn() bool {
	for _, m := range s.mentions {
		if m.Kind == mGroup {
			return true
		}
	}
	return false
}

// diplomatNouns are common nouns for the people who negotiate for states.
var diplomatNouns = []string{"negotiators", "diplomats", "ministers", "leaders", "envoys", "officials", "sides",
	"governments", "delegations", "mediators", "delegates", "presidents", "premiers", "countries", "states",
	"nations", "parties", "allies", "neighbours", "neighbors", "capitals", "signatories", "administration", "government"}

// partySubject reports whether the verb at i has a diplomatic party as its
// subject: a state, capital, seat of government, organisation, titled or
// known person, group or pronoun, or a noun such as "negotiators", within
// the eight tokens before it and after the last comma or semicolon. A
// company ("Boeing struck a deal") or a club is no party.
func (s *sentCtx) partySubject(i int) bool {
	start := max(0, i-8)
	if isOneOf(s.lw(i-1), "to", "would", "could", "will", "can", "might", "may", "should", "failed", "hope", "hoped", "trying") {
		start = 0 // "gathered in Geneva to conclude": the subject stands further back
	}
	// "American negotiators led by A and B had reached agreement": the
	// subject's head stands before the participle phrase
	for k := i - 2; k >= start && k > 0; k-- {
		if s.lw(k) == "by" && isOneOf(s.lw(k-1), "led", "headed", "accompanied", "joined") {
			start = max(0, k-5)
			break
		}
	}
	for k := i - 1; k >= start && start > 0; k-- {
		if isOneOf(s.lw(k), ",", ";", ":", "—") {
			if k < i-1 {
				start = k + 1
				break
			}
		}
	}
	for _, m := range s.mentions {
		if m.End > i || m.Tok < start {
			continue
		}
		switch m.Kind {
		case mCountry, mSeat, mGroup, mTitle:
			return true
		case mOrg:
			if m.Name != "" || s.doc.resolveGeneric(m) != "" {
				return true
			}
		case mCapital:
			if !placePreps[m.Prep] {
				return true
			}
		case mDemonym:
			if !m.Modifier || isOneOf(s.lw(m.End), "officials", "negotiators", "diplomats", "government", "leaders", "ministers") {
				return true
			}
		case mPerson:
			// an office holder: titled here or elsewhere in the text, a
			// known leader, or named with a state ("Russia's Putin")
			p := s.doc.person(m)
			if p == "" {
				p = m.Name
			}
			if m.Title != "" || leaderNames[p] || leaderNames[lastWord(p)] || s.doc.countryOfPerson(p) != "" || s.doc.hasTitle(p, 1<<30) {
				return true
			}
		case mPronoun:
			if isOneOf(m.Name, "it", "they", "he", "she") {
				return true
			}
		}
	}
	for k := start; k < i; k++ {
		if isOneOf(s.lw(k), diplomatNouns...) {
			return true
		}
	}
	return false
}

// datedPhrase reports whether the phrase from k to the next comma holds a
// date word: a year, a month or a weekday.
func (s *sentCtx) datedPhrase(k int) bool {
	for ; k < len(s.toks) && s.toks[k].Word; k++ {
		if w := s.lw(k); s.yearToken(k) || monthWord(w) || weekdayWord(w) || isOneOf(w, "yesterday", "today") {
			return true
		}
	}
	return false
}

// dateSoon reports whether a date word (a year, a month, a weekday, "last",
// "yesterday") stands within n tokens from k, before a comma or stop.
func (s *sentCtx) dateSoon(k, n int) bool {
	for j := k; j < len(s.toks) && j <= k+n; j++ {
		w := s.lw(j)
		if !s.toks[j].Word {
			return false
		}
		if s.yearToken(j) || monthWord(w) || weekdayWord(w) || isOneOf(w, "yesterday", "last") {
			return true
		}
	}
	return false
}

// agreementMayStart is a cheap test, before the sentence-wide checks, that
// rejects the frequent keywords ("deal", "came", "joint", "accepted") in the
// many sentences where they cannot start an agreement.
func (s *sentCtx) agreementMayStart(i int, w string) bool {
	switch {
	case docNouns[w]:
		// a year before the noun, a name with a date after it, or "X's
		// deal with"
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if s.yearToken(k) {
				return true
			}
		}
		return s.toks[i].Cap || s.lw(i+1) == "with" || s.lw(i+1) == "of"
	case isOneOf(w, "came", "come", "comes", "coming"):
		return s.lw(i+1) == "to" && s.lw(i+2) == "terms"
	case isOneOf(w, "accepted", "accept", "accepts"):
		return s.lw(i+1) == "the" && isOneOf(s.lw(i+2), "text", "terms")
	case isOneOf(w, "declared", "declare"):
		return s.near(i, 0, 3, "war", "end")
	case w == "joint":
		return isOneOf(s.lw(i+1), "statement", "communique", "communiqué", "declaration")
	case isOneOf(w, "produced", "yielded"):
		return s.lw(i+1) == "no"
	case isOneOf(w, "released", "published", "unveiled", "unveil", "unveils"):
		return s.near(i, 0, 5, "declaration", "communique", "communiqué", "statement")
	case isOneOf(w, "initial", "initials"):
		return isOneOf(s.lw(i+1), "the", "a", "an", "their", "its")
	case isOneOf(w, "secured", "negotiated", "forged", "brokered", "hammered", "thrashed", "hammer", "broker", "brokers", "forge"):
		return s.lw(i+1) == "by" || s.lw(i-1) == "be" || s.lw(i-1) == "been" || s.lw(i-1) == "was" || s.lw(i-1) == "were" || s.nearLex(i, 0, 7, lexDealNoun)
	case isOneOf(w, "issue", "issues"):
		return s.near(i, 0, 5, "declaration", "communique", "communiqué", "statement")
	case w == "announced":
		return isOneOf(s.lw(i-1), "was", "were", "been") || s.near(i, 3, 6, "agreement", "deal", "accord", "treaty", "pact", "ceasefire", "truce", "armistice", "understanding", "arrangement", "settlement")
	}
	return true
}

// restatesDoc reports whether the verb at i restates, without a date, the
// signing of a document the text has just reported, with the document as a
// definite common noun: "The agreement, signed by the two presidents, ...",
// "The deal, which was struck in Hanoi, ...", "The accord was signed at
// the palace". A named document ("The Simla Agreement, signed ...") or a
// dated phrase is news.
func (s *sentCtx) restatesDoc(i int) bool {
	k := i - 1
	if isOneOf(s.lw(k), "was", "were", "been") {
		k--
		if isOneOf(s.lw(k), "had", "has", "have") {
			k--
		}
		if isOneOf(s.lw(k), "which", "that") {
			k--
		}
	}
	if s.lw(k) == "," {
		k--
	}
	if k < 1 || k > 3 || !isOneOf(s.lw(k), "agreement", "deal", "accord", "treaty", "pact", "memorandum", "declaration", "communique", "communiqué") || s.toks[k].Cap && k > 1 {
		return false
	}
	if !isOneOf(s.lw(k-1), "the", "this", "that") {
		return false
	}
	return !s.datedPhrase(i + 1)
}

// foundingBy reports whether the participle at i restates the founding
// instrument of an organisation: "Mercosur was established by the Treaty of
// Asunción, signed on 26 March 1991". The founding is the one event.
func (s *sentCtx) foundingBy(i int) bool {
	if s.lw(i-1) != "," {
		return false
	}
	for k := i - 2; k >= 2 && k >= i-10; k-- {
		if s.lw(k) == "by" && s.lw(k+1) == "the" {
			return isOneOf(s.lw(k-1), "founded", "established", "created", "formed", "up", "launched")
		}
		if !(s.toks[k].Cap && s.toks[k].Word || isOneOf(s.lw(k), "of", "for", "on", "and", "the", "-", "–")) {
			return false
		}
	}
	return false
}

// inAnniversary reports whether the trigger at i stands in the "of" phrase
// of an anniversary: "the tenth anniversary of the signing of the Lisbon
// Treaty", "the 30th anniversary of the Oslo Accords' signing". The date is
// the commemoration's, and the signing is history the text only recalls.
func (s *sentCtx) inAnniversary(i int) bool {
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if s.lw(k) == "of" && isOneOf(s.lw(k-1), "anniversary", "anniversaries", "jubilee", "centenary", "centennial", "bicentenary") {
			return true
		}
		if isOneOf(s.lw(k), "by", ",", "when", "which", "after", "before", "and", "with", "as") {
			return false
		}
	}
	return false
}

// vagueVerbs after "agreed to" make a readout's commitment, not an
// agreement, when their object is abstract: "agreed to deepen cooperation",
// "agreed to expand trade" (but "agreed to build a bridge").
var vagueVerbs = map[string]bool{"expand": true, "promote": true, "advance": true, "pursue": true, "seek": true,
	"bolster": true, "broaden": true, "reinforce": true, "improve": true, "foster": true, "encourage": true,
	"facilitate": true, "strengthen": true, "deepen": true, "enhance": true, "boost": true, "increase": true,
	"intensify": true, "build": true, "coordinate": true, "develop": true}

// abstractObjects are the objects of a vague commitment.
var abstractObjects = []string{"cooperation", "ties", "relations", "trade", "dialogue", "coordination", "contacts",
	"partnership", "efforts", "exchanges", "understanding", "trust", "engagement", "friendship", "investment",
	"connectivity", "communication", "collaboration", "links", "bonds", "relationship", "momentum", "policies", "positions"}

// docModifier reports whether w is a lower-case adjective that can stand
// between a year and a document noun: "the 2017 intergovernmental
// agreement", "the 1995 interim accord", "the 2002 strategic partnership
// treaty". Private kinds ("budget", "wage") are not.
func docModifier(w string) bool {
	if privateKinds[w] || len(w) < 4 {
		return false
	}
	for _, suf := range []string{"al", "ic", "ive", "ary", "ian", "ese", "ish", "ral", "ist"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.Contains(w, "-") || isOneOf(w, "association", "accession", "stabilisation", "stabilization", "partnership", "friendship", "trade", "peace", "border", "water", "energy", "fisheries", "framework", "transit", "visa", "extradition", "investment")
}

// corporateOutside reports whether the sentence has a business word other
// than the one naming the document at i: "the association agreement"
// between the EU and Ukraine is diplomatic, "a consortium of companies" is
// not.
func (s *sentCtx) corporateOutside(i int) bool {
	for k, t := range s.toks {
		if k == i-1 && t.Lower == "association" {
			continue
		}
		if t.lex&lexCorporate != 0 {
			return true
		}
	}
	return false
}

// matchInstruments reads the exchange of a treaty's instruments of
// ratification, the act that completes it: "exchanged the instruments of
// ratification of their boundary accord", "when instruments of
// ratification were exchanged in Seoul".
func matchInstruments(s *sentCtx, i int) (candidate, bool) {
	at := func(k int) bool {
		return isOneOf(s.lw(k), "instruments", "instrument") && s.lw(k+1) == "of" && isOneOf(s.lw(k+2), "ratification", "ratifications")
	}
	ok := at(i+1) || s.lw(i+1) == "the" && at(i+2) || isOneOf(s.lw(i-1), "were", "was", "been") && (at(i-4) || at(i-5) && s.lw(i-2) != "," && s.toks[i-2].Word)
	if !ok || !s.diplomatic() && !s.agreementBefore() {
		return candidate{}, false
	}
	return candidate{Type: Agreement, CAMEO: "057", Tok: i, End: i + 1, Strength: 0.5}, true
}

// matchSignUp reads "signed up to the Indo-Pacific Economic Framework",
// "became the first state to sign up for the initiative": a state joins a
// grouping or framework, an accession. Signing up for anything else is no
// event.
func matchSignUp(s *sentCtx, i int) (candidate, bool) {
	if !isOneOf(s.lw(i+2), "to", "for") || s.hasLex(lexCorporate) || s.hasSports() {
		return candidate{}, false
	}
	named := s.orgWithin(i+3, 4)
	for k := i + 3; !named && k < len(s.toks) && k <= i+10; k++ {
		if !s.toks[k].Word && s.lw(k) != "'s" {
			break
		}
		if s.toks[k].Cap && isOneOf(s.lw(k), "framework", "initiative", "partnership", "alliance", "pact", "compact", "convention", "treaty", "agreement", "union", "community", "bloc", "coalition", "forum") {
			named = true
		}
	}
	if !named || !s.stateSubjectNear(i) && !s.near(i, 8, 0, "state", "states", "country", "countries", "nation", "nations") {
		return candidate{}, false
	}
	return candidate{Type: Accession, CAMEO: "057", Tok: i, End: i + 3, Strength: 0.5}, true
}

// jointTextBefore reports "joint" then a text noun ("declaration",
// "statement", "communiqué") within n tokens before k.
func (s *sentCtx) jointTextBefore(k, n int) bool {
	for j := k - 1; j >= 1 && j >= k-n; j-- {
		if isOneOf(s.lw(j), "declaration", "statement", "communique", "communiqué") && s.lw(j-1) == "joint" {
			return true
		}
	}
	return false
}

// relativeOfNamedDoc reports a relative clause whose verb at i has a named
// document as its object: ", which their governments adopted", ", which the
// two countries signed", after a capitalised document name ending within
// 25 tokens before "which".
func (s *sentCtx) relativeOfNamedDoc(i int) bool {
	k := i - 1
	for k > 0 && k >= i-4 && !isOneOf(s.lw(k), "which", "that") {
		if !s.toks[k].Word {
			return false
		}
		k--
	}
	if k <= 1 || !isOneOf(s.lw(k), "which", "that") || s.lw(k-1) != "," || k == i-1 {
		return false // "which was signed" is a passive: other rules read it
	}
	party := false
	for j := k + 1; j < i; j++ {
		if isOneOf(s.lw(j), "governments", "countries", "states", "leaders", "sides", "nations", "they", "both", "ministers", "parties") {
			party = true
		}
	}
	if !party {
		if m, ok := s.mentionBefore(i, 0); !ok || m.Tok <= k || !(m.Kind == mCountry || m.Kind == mCapital || m.Kind == mOrg && m.Name != "") {
			return false // "which it adopted as policy": no state named as the party
		}
	}
	for j := k - 2; j >= 0 && j >= k-25; j-- {
		if s.toks[j].Cap && docHeads[s.lw(j)] {
			return true
		}
	}
	return false
}

// concreteResumption reports "resume" or "restore" at k with a concrete
// object that is no diplomatic act: "agreed to resume direct flights",
// "agreed to restore grain exports" (an agreement), not "agreed to restore
// relations" or "to resume talks" (an act of another type).
func (s *sentCtx) concreteResumption(k int) bool {
	if !isOneOf(s.lw(k), "resume", "restore") {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		switch s.lw(j) {
		case "flights", "exports", "imports", "shipments", "trade", "deliveries", "supplies", "transit", "ferry", "rail", "services", "cooperation", "patrols", "exchanges", "aid":
			return !s.near(j, 3, 1, "visa", "consular", "diplomatic")
		case "relations", "ties", "talks", "negotiations", "dialogue", "contacts", "embassy", "embassies":
			return false
		}
	}
	return false
}
