package timeline

import "strings"

// meetingDetector finds meetings (CAMEO 040), phone calls (041) and
// negotiations (046): "met with", "held talks", "a phone call", "spoke by
// phone", "discussions with". A central bank's policy meeting, a board
// meeting and "meet the target" are not diplomatic meetings.
var meetingDetector = &detector{
	Name: "meeting",
	Keywords: []string{"met", "meet", "meets", "meeting", "meetings", "talks", "call", "phoned", "spoke", "speaks", "speak",
		"discussions", "consultations", "negotiations", "negotiated", "negotiating", "conversation", "telephoned", "engaged", "see", "sees", "conference", "talked", "gathered", "convened", "gather", "convene", "conferred", "confer", "huddled", "dialogue", "sat", "sit", "sits",
		"called", "calls", "rang", "council", "exchanged", "bilateral", "dinner", "lunch", "breakfast", "dined", "lunched",
		"videoconference", "video-conference", "discussed", "chaired", "co-chaired", "reconvene", "reconvened", "reconvenes"},
	Match: matchMeeting,
}

// meetObjects are things met that are not people: "meet the target".
var meetObjects = []string{"target", "targets", "goal", "goals", "demand", "demands", "needs", "benchmark",
	"deadline", "requirement", "requirements", "standard", "standards", "criteria", "expectations", "obligations",
	"commitments", "challenge", "challenges", "threat", "threats", "costs", "cost", "threshold", "conditions",
	"press", "end", "ends", "quota", "pledge", "need", "payroll"}

// nonDiplomaticMeetings are words before "meeting" that make it corporate,
// monetary or procedural.
var nonDiplomaticMeetings = []string{"policy", "board", "shareholder", "shareholders", "annual", "general",
	"committee", "monetary", "rate-setting", "staff", "team", "town", "church", "club", "fomc", "budget", "parent", "cabinet"}

func matchMeeting(s *sentCtx, i int) (candidate, bool) {
	w := s.lw(i)
	if w == "call" && s.lw(i-1) == "courtesy" && s.lw(i+1) == "on" {
		// "paid a courtesy call on President Abdul Hamid"
		if m, ok := s.mentionAfter(i+2, 1); ok && (m.Kind == mPerson || m.Kind == mTitle) {
			return candidate{Type: Meeting, CAMEO: "040", Tok: i - 1, End: i + 2, Strength: 0.5}, true
		}
	}
	if isOneOf(w, "called", "calls", "rang") && !s.personEndsAt(i) && !isOneOf(s.lw(i-1), "he", "she", "they") && !(s.lw(i-1) == "and" && s.lw(i+1) == "on" && s.hasFullName()) {
		return candidate{}, false // most uses of "called": a cheap test first
	}
	if isOneOf(w, "talks", "negotiations") && privateTalks(s, i) {
		return candidate{}, false // "coalition talks", "wage talks between the union and management"
	}
	if !s.diplomatic() && !s.has(roleNouns...) {
		// "The talks began in 1999", "Negotiations on the future
		// relationship are expected to begin in March": talks whose start
		// is reported, in a text about states or organisations
		if isOneOf(w, "talks", "negotiations") && s.talksBegin(i) && (s.doc.mainOrg() != "" || len(s.doc.recentStates) > 0) {
			return candidate{Type: Meeting, CAMEO: "046", Tok: i, End: i + 1, Strength: 0.45, Nominal: true}, true
		}
		return candidate{}, false
	}
	if s.hasSports() && !s.hasTitledPerson() {
		return candidate{}, false // "Sunrisers Hyderabad meet Punjab Kings in Sharjah"
	}
	if s.has("bank", "fed", "ecb", "monetary", "shareholders", "interest", "rates", "fomc", "reserve", "committee") && !s.hasTitledPerson() {
		return candidate{}, false
	}
	c := candidate{Type: Meeting, CAMEO: "040", Tok: i, End: i + 1, Strength: 0.55}
	switch w {
	case "discussed":
		// "where he and Prime Minister Manasseh Sogavare discussed the
		// pact", "Lula discussed trade with Xi": two parties talking
		if s.privateSubject(i) || s.hasLex(lexCorporate) || s.has("merger", "board", "directors") {
			return candidate{}, false
		}
		if s.pairSubject(i) || s.withParty(i+1, 8) {
			c.Strength = 0.45
			return c, true
		}
		return candidate{}, false
	case "chaired", "co-chaired":
		// "he and Macron chaired a joint session of their two cabinets"
		if isOneOf(s.lw(i+1), "a", "the") && s.lw(i+2) == "joint" && isOneOf(s.lw(i+3), "session", "meeting", "sitting") && (s.pairSubject(i) || w == "co-chaired") {
			c.End, c.Strength = i+4, 0.5
			return c, true
		}
		return candidate{}, false
	case "met", "meet", "meets":
		if s.privateSubject(i) || s.corporateSubject(i) {
			return candidate{}, false // "scientists met in Vienna", "directors of the shipping company met"
		}
		if m, ok := s.mentionAfter(i+1, 1); ok && s.teamName(m) {
			return candidate{}, false // "will meet the Celtics"
		}
		next := s.lw(i + 1)
		// "the plan was met with scepticism": a reaction, not a meeting
		if next == "with" && (isOneOf(s.lw(i+2), reactionNouns...) || isOneOf(s.lw(i+3), reactionNouns...)) {
			return candidate{}, false
		}
		if isOneOf(s.lw(i-1), "was", "were", "been", "be", "is", "are") && next == "with" {
			if m, ok := s.mentionAfter(i+2, 2); !ok || m.Kind != mPerson && m.Kind != mTitle {
				return candidate{}, false
			}
		}
		if next == "face" && s.lw(i+2) == "to" && s.lw(i+3) == "face" {
			next = "face-to-face" // "had already met face to face in Abu Dhabi"
		}
		if next == "with" || s.near(i, 0, 3, "with") && !s.near(i, 0, 3, "meet") || isOneOf(next, "today", "yesterday", "twice", "earlier", "later", "last", "this", "virtually", "face-to-face", "one-on-one", "as", "together", "once", "regularly", "secretly", "there", "here", "behind") || s.mentionStarts(i+1) || next == "the" && s.mentionStarts(i+2) || next == "his" || next == "her" || next == "their" || next == "in" || next == "on" || next == "at" || next == "for" || next == "separately" || next == "privately" || next == "briefly" || next == "again" {
			for k := i + 1; k <= i+4 && k < len(s.toks); k++ {
				if isOneOf(s.lw(k), meetObjects...) {
					return candidate{}, false
				}
				// "meet American business leaders", "met students": not a
				// diplomatic meeting
				if k <= i+3 && isOneOf(s.lw(k), "business", "executives", "investors", "students", "workers", "farmers", "journalists", "reporters", "fans", "supporters", "voters", "employees", "ceos", "entrepreneurs", "residents", "veterans", "athletes",
					"families", "survivors", "victims", "troops", "soldiers", "relatives", "activists", "protesters", "refugees", "volunteers", "firefighters", "pupils", "children") {
					return candidate{}, false
				}
			}
			if next == "with" {
				c.End = i + 2
			}
			c.Also = s.secondWith(i)
			return c, true
		}
		return candidate{}, false
	case "meeting", "meetings":
		prev := s.lw(i - 1)
		if isOneOf(prev, "were", "are", "was", "is", "now", "still") && !isOneOf(s.lw(i+1), "with", "in", "at", "on", "for", "today", "tomorrow") {
			return candidate{}, false // "the two sides were now meeting as equals": a verb without a meeting reported
		}
		if s.lw(i+1) == "at" && s.near(i, 0, 3, "summit") {
			return candidate{}, false // "leaders, meeting at a summit": the summit is the event
		}
		if isOneOf(prev, nonDiplomaticMeetings...) && !(prev == "cabinet" && isOneOf(s.lw(i-2), "joint", "intergovernmental")) || s.lw(i+1) == "or" || s.lw(i+1) == "the" || s.lw(i+1) == "their" || s.lw(i+1) == "its" {
			// "meeting the target", "meeting or exceeding"
			return candidate{}, false
		}
		if s.backReference(i) {
			return candidate{}, false // "Thursday's meeting builds on ..."
		}
		if s.lw(i+1) == "of" && s.near(i, 0, 4, "board", "boards", "directors", "shareholders", "trustees") {
			return candidate{}, false // "a joint meeting of the two boards"
		}
		if s.forMeeting(i) {
			return candidate{}, false // "sat down with Li Qiang for the annual leaders' meeting": the verb's meeting
		}
		if w == "meetings" && isOneOf(s.lw(i-1), "its", "their") && isOneOf(s.lw(i-2), "at", "to", "in") {
			return candidate{}, false // "observer status at their meetings": meetings in general
		}
		c.Strength, c.Nominal = 0.5, true
		if k := s.beInPlace(i); k > 0 {
			c.Also, c.AlsoType, c.Nominal = k, Visit, false // "was in Paris for a meeting with Macron"
		}
		return c, true
	case "talks":
		prev := s.lw(i - 1)
		if s.walkedOutOf(i) {
			return candidate{}, false // "led Seoul to walk out of the talks": the walkout is the act
		}
		if prev == "the" && isOneOf(s.lw(i-2), "chaired", "co-chaired", "hosted", "mediated", "led") && isOneOf(s.lw(i-3), "who", "which") {
			return candidate{}, false // "O'Neill, who chaired the talks, blamed ...": the talks told before
		}
		if s.callFor(i) || s.yearsOf(i) || s.talksHalted(i) {
			return candidate{}, false
		}
		if isOneOf(prev, "he", "she", "it", "who", "that") {
			return candidate{}, false
		}
		// accession talks are a process, not a meeting: "open membership
		// talks", "North Macedonia's talks have been held up"
		if isOneOf(prev, "membership", "accession", "'s") {
			return candidate{}, false
		}
		c.Strength = 0.5
		if isOneOf(prev, "held", "hold", "holds", "holding", "peace", "bilateral", "trilateral", "direct", "face-to-face") || s.lw(i+1) == "with" || s.talksBegin(i) || s.roundOf(i) {
			c.Strength = 0.6
		}
		if isOneOf(prev, "peace", "trade", "ceasefire") {
			c.CAMEO = "046"
		}
		c.Nominal = !isOneOf(prev, "held", "hold", "holds", "holding") && !(isOneOf(prev, "separate", "further", "more", "direct", "bilateral") && isOneOf(s.lw(i-2), "held", "hold", "holds", "holding"))
		c.Also = s.secondWith(i)
		if c.Also > 0 {
			c.Nominal = false
		} else if k := s.beInPlace(i); k > 0 {
			c.Also, c.AlsoType, c.Nominal = k, Visit, false // "Blinken was in Beijing for talks with Xi": the trip and the talks
		}
		return c, true
	case "call", "phoned", "telephoned", "conversation":
		// "Biden will call Xi next week", "is expected to call President
		// Lula": the verb with a person right after
		if w == "call" && isOneOf(s.lw(i-1), "will", "would", "could", "to", "may", "might", "'ll", "should") {
			if m, ok := s.mentionAt(i + 1); ok && m.Tok == i+1 && (m.Kind == mPerson || m.Kind == mTitle) && !isOneOf(s.lw(m.End), "a", "an", "the", "his", "her", "their", "to", "for", "out", "back") {
				c.CAMEO, c.Strength = "041", 0.5
				return c, true
			}
		}
		if w == "conversation" && isOneOf(s.lw(i-1), "the", "their") && isOneOf(s.lw(i+1), "they", "the") && s.near(i+1, 0, 3, "had", "held") && (s.near(i, 15, 0, "leaders", "ministers", "presidents", "counterparts") || s.hasFullName()) {
			c.Strength = 0.45 // "building on the conversation they had in Bali last November"
			return c, true
		}
		if w == "call" || w == "conversation" {
			if isOneOf(s.lw(i-1), "phone", "telephone", "video", "telephonic") {
				c.Tok = i - 1
			} else if isDuration(s.lw(i-1)) && s.near(i, 3, 0, "a", "an", "the") && (s.near(i, 15, 0, "leaders", "ministers", "presidents", "counterparts", "counterpart") || w == "conversation" && s.hasFullName()) {
				// "during an hour-long call": the call of the two leaders
				c.Tok = i - 1
			} else if !(isOneOf(s.lw(i+1), "with", "between") && isOneOf(s.lw(i-1), "a", "the", "their", "his", "her") || w == "call" && s.lw(i+1) == "from" && s.lw(i-1) == "a" && isOneOf(s.lw(i-2), "received", "receives", "took", "takes", "got")) {
				return candidate{}, false // "in a call with Zelensky" is a call; "a call for" is not
			}
		}
		c.CAMEO, c.Strength = "041", 0.6
		return c, true
	case "spoke", "speaks", "talked", "speak":
		if s.near(i, 0, 3, "phone", "telephone", "video", "videoconference", "video-link", "videolink") || s.byPhone(i) {
			c.CAMEO, c.Strength = "041", 0.6
			return c, true
		}
		if w == "speak" {
			return candidate{}, false // "speak by telephone" only: "speak to reporters" is no meeting
		}
		// "Wang Yi and Antony Blinken talked for three hours in Munich":
		// two people as the subject
		if w != "speaks" && s.personEndsAt(i) && s.near(i, 6, 0, "and") && (s.lw(i+1) == "for" && s.near(i+1, 0, 3, "hours", "hour", "minutes") || isOneOf(s.lw(i+1), "privately", "briefly", "at")) {
			c.Strength = 0.45
			return c, true
		}
		// "spoke with her Australian counterpart Penny Wong"
		if s.lw(i+1) == "with" {
			if m, ok := s.mentionAfter(i+2, 4); ok && (m.Kind == mPerson || m.Kind == mTitle || m.Kind == mDemonym) || s.near(i, 0, 5, "counterpart") {
				c.End, c.Strength = i+2, 0.5
				return c, true
			}
		}
		return candidate{}, false
	case "reconvene", "reconvened", "reconvenes":
		// "The two sides will reconvene in Geneva next week"
		if s.near(i, 8, 0, "sides", "delegations", "negotiators", "ministers", "leaders", "envoys", "diplomats", "officials", "parties") && isOneOf(s.lw(i+1), "in", "at", "on", "next", "later", "after", "for") && !s.hasLex(lexCorporate) && !s.has("court", "jury", "parliament", "congress", "senate", "committee", "board") {
			c.Strength = 0.45
			return c, true
		}
		return candidate{}, false
	case "gathered", "convened", "gather", "convene":
		// "directed their cabinets to convene the High-Level Economic
		// Dialogue again": a named session of talks between states
		if isOneOf(w, "convene", "convened") && s.lw(i+1) == "the" && s.namedSession(i+2) && s.diplomatic() {
			c.Strength = 0.45
			return c, true
		}
		// "Foreign ministers from the 27 member states gathered in Brussels"
		if s.near(i, 8, 0, "ministers", "leaders", "officials", "envoys", "diplomats", "negotiators", "heads") && isOneOf(s.lw(i+1), "in", "at", "for", "on") && !s.has("summit") {
			c.Strength = 0.45
			return c, true
		}
		return candidate{}, false
	case "bilateral", "dinner", "lunch", "breakfast", "dined", "lunched":
		// "held a bilateral with Modi", "had dinner with President Macron",
		// "dined with Biden at the White House": leaders at table together
		k := i + 1
		if s.lw(k) == "meeting" {
			return candidate{}, false // "a bilateral meeting": the noun is the trigger
		}
		if !isOneOf(w, "dined", "lunched") && !isOneOf(s.lw(i-1), "a", "working", "state", "private", "official", "their") && !isOneOf(s.lw(i-1), "had", "have", "has", "hold", "held", "holds") {
			return candidate{}, false
		}
		if s.lw(k) != "with" && !isOneOf(w, "dined", "lunched") {
			// "joined President Biden for a working lunch": the person
			// joined, right before "for"
			f := -1
			if s.lw(i-1) == "a" && s.lw(i-2) == "for" {
				f = i - 2
			} else if s.lw(i-2) == "a" && s.lw(i-3) == "for" {
				f = i - 3
			}
			if m, ok := s.mentionBefore(f, 0); f > 0 && ok && m.End == f && (m.Kind == mPerson || m.Kind == mTitle) && isOneOf(s.lw(m.Tok-1), "joined", "joins", "join") {
				c.Strength = 0.45
				return c, true
			}
		}
		if s.lw(k) != "with" {
			// "the two presidents had a bilateral on the margins of the
			// summit": two leaders as the subject
			if w == "bilateral" && isOneOf(s.lw(i-1), "a") && isOneOf(s.lw(i-2), "had", "held", "have", "hold") && isOneOf(s.lw(k), "on", "in", "at", ".", ",", "") && (s.near(i, 6, 0, "presidents", "leaders", "ministers", "premiers") || s.pairSubject(i-2)) {
				c.Strength = 0.45
				return c, true
			}
			return candidate{}, false
		}
		m, ok := s.mentionAfter(k+1, 3)
		if !ok || m.Kind != mPerson && m.Kind != mTitle || !s.hasTitledPerson() && !(m.Kind == mPerson && (isOneOf(s.lw(i-1), "working", "state", "official") || s.travelledBefore(i))) {
			return candidate{}, false // ("flew to Paris for a working lunch with Macron": a leader named before)
		}
		c.End, c.Strength = k+1, 0.45
		return c, true
	case "videoconference", "video-conference":
		// "the foreign ministers held a videoconference on Tuesday"
		if !isOneOf(s.lw(i-1), "a", "the", "their") || !s.near(i, 3, 0, "held", "hold", "holds", "had", "joined") {
			return candidate{}, false
		}
		c.CAMEO, c.Strength = "041", 0.5
		return c, true
	case "council":
		// "attended its first ministerial council in Paris", "called off a
		// joint ministerial council at Fontainebleau": a session of ministers
		if !isOneOf(s.lw(i-1), "ministerial", "intergovernmental") || s.toks[i].Cap {
			return candidate{}, false
		}
		c.Tok, c.Strength, c.Nominal = i-1, 0.5, true
		for j := i - 2; j >= 0 && j >= i-6; j-- {
			if isOneOf(s.lw(j), "attended", "attend", "attends", "held", "hold", "holds", "convened", "hosted") {
				c.Nominal = false
				break
			}
			if isOneOf(s.lw(j), "cancelled", "canceled", "postponed", "scrapped") || s.lw(j) == "off" && s.lw(j-1) == "called" {
				c.Nominal, c.Neg = false, true
				break
			}
		}
		return c, true
	case "exchanged":
		// "the two prime ministers exchanged a few words on the sidelines":
		// a brief encounter
		if s.near(i, 0, 4, "words", "greetings", "pleasantries", "handshake", "handshakes") && (s.near(i, 0, 10, "sidelines") || s.near(i, 6, 0, "leaders", "ministers", "presidents", "counterparts") || s.personEndsAt(i)) {
			c.CAMEO, c.Strength = "040", 0.45
			return c, true
		}
		return candidate{}, false
	case "called", "calls", "rang":
		// "Trump called Volodymyr Zelensky from Air Force One", "rang his
		// French counterpart": a phone call. Not "called Zelensky a
		// dictator", "called on Putin to", "a man called Smith"
		if !s.personEndsAt(i) && !isOneOf(s.lw(i-1), "he", "she", "they") && !(s.lw(i-1) == "and" && s.lw(i+1) == "on") {
			return candidate{}, false
		}
		if w != "rang" && s.lw(i+1) == "on" {
			// "called on the President at the White House": a courtesy call
			// in a place; "called on Putin to withdraw" is an appeal
			m, ok := s.mentionAfter(i+2, 1)
			if !ok || m.Kind != mPerson && m.Kind != mTitle || !isOneOf(s.lw(m.End), "at", "in") {
				return candidate{}, false
			}
			for j := m.End; j < len(s.toks) && j <= m.End+8; j++ {
				if s.lw(j) == "to" && j+1 < len(s.toks) && !s.toks[j+1].Cap && !isOneOf(s.lw(j+1), "the", "a", "an", "his", "her") {
					return candidate{}, false
				}
			}
			c.End, c.Strength = i+2, 0.5
			return c, true
		}
		m, ok := s.mentionAfter(i+1, 0)
		if ok && m.Kind == mPronoun && isOneOf(s.lw(i+1), "his", "her", "their") && isOneOf(s.lw(i+3), "counterpart", "counterparts") {
			m, ok = mention{Kind: mTitle, End: i + 4}, true // "rang his Turkish counterpart"
		}
		if !ok || m.Kind != mPerson && m.Kind != mTitle {
			return candidate{}, false
		}
		if isOneOf(s.lw(m.End), "a", "an", "the", "his", "her", "their", "its", "one", "out", "back", "to", "for", "upon", "names", "liar", "weak") || m.End < len(s.toks) && strings.HasSuffix(s.lw(m.End), "ly") {
			return candidate{}, false
		}
		c.CAMEO, c.Strength = "041", 0.5
		return c, true
	case "conferred", "confer", "huddled":
		// "G7 foreign ministers conferred in Karuizawa", "conferred with
		// Blinken"; not "conferred an honour on"
		if s.lw(i+1) == "with" {
			if m, ok := s.mentionAfter(i+2, 3); ok && (m.Kind == mPerson || m.Kind == mTitle) || s.near(i, 0, 5, "counterpart", "counterparts") {
				c.End, c.Strength = i+2, 0.5
				return c, true
			}
			return candidate{}, false
		}
		if s.near(i, 8, 0, "ministers", "leaders", "officials", "envoys", "diplomats", "negotiators", "heads") && isOneOf(s.lw(i+1), "in", "at") && !s.has("summit") {
			c.Strength = 0.45
			return c, true
		}
		// "Nasser and Nehru conferred on the island of Brioni": two
		// people as the subject
		if s.personEndsAt(i) && s.near(i, 6, 0, "and") && isOneOf(s.lw(i+1), "in", "at", "on", "for", "by", "privately", "again", "twice") {
			c.Strength = 0.45
			return c, true
		}
		return candidate{}, false
	case "conference":
		// "the organisation's Nairobi conference", "the next ministerial
		// conference"; not a press or news conference, nor an organisation
		// named Conference ("the Conference on Security and Co-operation")
		prev := s.lw(i - 1)
		if m, ok := s.mentionAt(i); ok && m.Kind == mOrg {
			return candidate{}, false
		}
		if s.toks[i].Cap && isOneOf(s.lw(i+1), "on", "of", "for") && i+2 < len(s.toks) && s.toks[i+2].Cap {
			return candidate{}, false
		}
		// "foreign ministers held a video conference": a virtual meeting
		if prev == "video" && isOneOf(s.lw(i-2), "a", "held", "hold", "holds") && s.near(i, 10, 0, "ministers", "leaders", "presidents", "counterparts", "officials") {
			c.Tok, c.CAMEO, c.Strength = i-1, "041", 0.5
			return c, true
		}
		if isOneOf(prev, "press", "news", "video", "academic", "security") {
			return candidate{}, false
		}
		// "A second conference, planned for Algiers in 1965": another
		// session of a conference the text is about
		if isOneOf(prev, "second", "third", "fourth", "next") && isOneOf(s.lw(i-2), "a", "the") && s.mentionStarts(i+2) && (s.lw(i+1) == "in" || s.lw(i+1) == "," || s.lw(i+1) == "at") {
			c.Strength, c.Nominal = 0.45, true
			return c, true
		}
		if isOneOf(prev, "second", "third", "fourth", "next") && isOneOf(s.lw(i-2), "a", "the") && s.lw(i+1) == "," && isOneOf(s.lw(i+2), "planned", "scheduled", "held", "due") {
			c.Strength, c.Nominal = 0.45, true
			return c, true
		}
		if isOneOf(prev, "ministerial", "peace", "donors", "donor", "intergovernmental", "diplomatic") || s.toks[max(0, i-1)].Cap && prev != "" || s.lw(i-2) == "'s" {
			c.Strength, c.Nominal = 0.45, true
			return c, true
		}
		return candidate{}, false
	case "see", "sees":
		// "to see congressional leaders", "will see Xi"
		if !isOneOf(s.lw(i-1), "to", "will", "would", "'ll") {
			return candidate{}, false
		}
		m, ok := s.mentionAfter(i+1, 2)
		if ok && (m.Kind == mCountry || m.Kind == mDemonym || m.Kind == mCapital) && (m.Modifier || s.lw(m.End) == "'s") {
			m, ok = s.mentionAfter(m.End, 1) // "to see Argentina's Jorge Videla"
		}
		if ok && (m.Kind == mPerson || m.Kind == mTitle) || s.near(i, 0, 3, "leaders", "officials", "counterpart", "counterparts", "president", "lawmakers") {
			c.Strength = 0.45
			return c, true
		}
		return candidate{}, false
	case "engaged":
		if s.lw(i+1) != "with" {
			return candidate{}, false
		}
		m, ok := s.mentionAfter(i+2, 3)
		if !ok || m.Kind == mPronoun {
			return candidate{}, false
		}
		c.End, c.Strength = i+2, 0.45
		return c, true
	case "discussions", "consultations":
		// "consultations with Tokyo", "the annual AUSMIN consultations
		// between Canberra and Washington"
		if s.lw(i+1) == "between" {
			if m, ok := s.mentionAfter(i+2, 1); !ok || !(m.Kind == mCountry || m.Kind == mCapital || m.Kind == mPerson || m.Kind == mTitle || m.Kind == mDemonym) {
				return candidate{}, false
			}
			c.Strength, c.Nominal = 0.45, true
			return c, true
		}
		if w == "consultations" && (s.roundOf(i) || s.near(i, 4, 0, "held", "hold", "holds", "holding")) && s.diplomatic() && !s.hasLex(lexCorporate) {
			c.Strength = 0.45 // "held a round of consultations in Seoul on Monday"
			return c, true
		}
		if s.lw(i+1) != "with" {
			return candidate{}, false
		}
		c.Strength, c.Nominal = 0.45, true
		return c, true
	case "sat", "sit", "sits":
		// "sat down with President Joe Biden", "the two presidents first sat
		// down together"
		if s.lw(i+1) == "down" && (s.lw(i+2) == "with" || s.lw(i+2) == "together") {
			c.End, c.Strength = i+3, 0.5
			return c, true
		}
		// "The two leaders sat down in the Oval Office"
		if s.lw(i+1) == "down" && isOneOf(s.lw(i+2), "in", "at", "on", "for") && (s.near(i, 4, 0, "leaders", "ministers", "presidents", "sides", "delegations", "counterparts") || s.personEndsAt(i) && s.near(i, 6, 0, "and")) {
			c.End, c.Strength = i+2, 0.45
			return c, true
		}
		return candidate{}, false
	case "dialogue":
		// "agreed to revive a dialogue", "resumed their dialogue"
		if s.near(i, 3, 0, "revive", "revived", "resume", "resumed", "launch", "launched", "hold", "held", "began", "begin", "start", "started", "open", "opened", "restart", "restarted", "relaunch", "relaunched") {
			c.CAMEO, c.Strength, c.Nominal = "046", 0.5, true
			return c, true
		}
		// "Wong and Wang held their annual strategic dialogue in Canberra"
		if s.near(i, 5, 0, "held", "hold", "holds", "holding") && s.near(i, 4, 0, "their", "the", "a", "an") && s.diplomatic() {
			c.CAMEO, c.Strength = "046", 0.5
			return c, true
		}
		return candidate{}, false
	case "negotiations", "negotiated", "negotiating":
		if w == "negotiations" && (s.callFor(i) || s.yearsOf(i) || s.talksHalted(i)) {
			return candidate{}, false
		}
		if isOneOf(s.lw(i-1), "membership", "accession") {
			return candidate{}, false // an accession process
		}
		// "negotiations with Tehran", "a final round of negotiations that
		// opened in Vienna", "follow-up negotiations led by Pompeo"
		if !s.near(i, 0, 4, "with", "between", "on", "over") && !s.talksBegin(i) && !s.roundOf(i) && !(s.lw(i+1) == "led" && s.lw(i+2) == "by" || s.lw(i+1) == "headed" && s.lw(i+2) == "by") {
			return candidate{}, false
		}
		c.CAMEO, c.Strength = "046", 0.5
		return c, true
	}
	return candidate{}, false
}

// mentionStarts reports whether a person, title, country or organisation
// mention starts at token i.
func (s *sentCtx) mentionStarts(i int) bool {
	for _, m := range s.mentions {
		if m.Tok == i && m.Kind != mPronoun {
			return true
		}
	}
	return false
}

// reactionNouns are what a proposal "was met with".
var reactionNouns = []string{"criticism", "scepticism", "skepticism", "protests", "protest", "resistance", "opposition",
	"silence", "applause", "approval", "dismay", "anger", "concern", "concerns", "derision", "hostility", "response",
	"suspicion", "outrage", "condemnation", "praise", "cheers", "indifference", "alarm", "caution", "enthusiasm", "relief"}

// callFor reports whether the noun at i is what someone calls for, welcomes
// or rejects ("called for talks", "open to talks", "welcomed the
// negotiations"): a stance on talks, not talks held.
func (s *sentCtx) callFor(i int) bool {
	j := i - 1
	for j >= 0 && isOneOf(s.lw(j), "the", "new", "direct", "peace", "fresh", "immediate", "renewed", "further", "more", "any", "such", "serious", "meaningful", "substantive", "formal", "bilateral", "comprehensive", "future", "final", "high-level") {
		j--
	}
	switch s.lw(j) {
	case "for":
		// "called for talks"; "agreed on a procedure for substantive talks":
		// the terms of talks to come, not talks held
		return isOneOf(s.lw(j-1), "call", "called", "calls", "calling", "push", "pushed", "pushing", "pressed", "pressing", "appealed", "appeal", "urged", "argued", "lobbied", "demands", "demand", "demanded",
			"procedure", "framework", "timetable", "roadmap", "road-map", "basis", "preconditions", "conditions", "agenda", "format", "mandate", "blueprint", "rules")
	case "to":
		return isOneOf(s.lw(j-1), "open", "opposed", "committed", "ready", "willing")
	case "welcomed", "welcome", "welcomes", "urged", "urges", "urge", "supported", "supports", "support", "rejected", "rejects", "reject", "demanded", "demand", "demands", "proposed", "proposes", "propose", "offered", "offers", "sought", "seeks", "seek", "encouraged", "backed", "endorsed", "hopes", "hoped", "hope":
		return true
	}
	return false
}

// yearsOf reports whether the noun at i is measured in months or years
// without a verb holding it ("ending five years of talks"): a process, not
// a meeting. "held two days of talks" is a meeting.
func (s *sentCtx) yearsOf(i int) bool {
	if s.lw(i-1) != "of" || !isOneOf(s.lw(i-2), "years", "months", "decades", "year", "month", "weeks") {
		return false
	}
	return !isOneOf(s.lw(i-4), "held", "hold", "holds", "holding") && !isOneOf(s.lw(i-5), "held", "hold", "holds", "holding")
}

// secondWith returns the token of a second "with" that starts another
// party of separate talks: "held separate talks the same day with Morrison
// and with Suga", "met with Kishida and with Yoon". 0 if none.
func (s *sentCtx) secondWith(i int) int {
	first := -1
	for j := i + 1; j < len(s.toks) && j <= i+8; j++ {
		if s.lw(j) == "with" {
			first = j
			break
		}
	}
	if first < 0 {
		return 0
	}
	for j := first + 2; j < len(s.toks) && j <= first+8; j++ {
		w := s.lw(j)
		if w == "." || w == ";" {
			return 0
		}
		if w == "with" && s.lw(j-1) == "and" {
			if m, ok := s.mentionAfter(j+1, 2); ok && (m.Kind == mPerson || m.Kind == mTitle) {
				return j
			}
			return 0
		}
	}
	return 0
}

// beInPlace returns the token of "in" in "was in Beijing (on Sunday) for
// talks", "will be in Paris for meetings": a person's stay in a country or
// capital for the talks at i, which is a trip there. 0 if none.
func (s *sentCtx) beInPlace(i int) int {
	j := i - 1
	for j > 0 && j >= i-5 && (isOneOf(s.lw(j), "the", "a", "an", "further", "more", "fresh", "two", "three", "two-day", "three-day", "bilateral", "direct", "official", "high-level", "annual", "'s") || s.toks[j].Cap) {
		j-- // "for the NATO summit", "for the alliance's annual summit"
	}
	if s.lw(j) != "for" {
		return 0
	}
	for k := j - 1; k >= 1 && k >= j-7; k-- {
		if s.lw(k) != "in" {
			continue
		}
		headline := s.personEndsAt(k) && s.headlineSubject(k) // "Blinken in Beijing for talks with Xi"
		if !headline && !isOneOf(s.lw(k-1), "was", "is", "were", "are", "be", "been", "'s") {
			return 0
		}
		m, ok := s.mentionAt(k + 1)
		if !ok || m.Tok != k+1 || !(m.Kind == mCountry || m.Kind == mCapital && m.Country != "") {
			return 0
		}
		if !(headline || s.personEndsAt(k-1) || s.personEndsAt(k-2) || isOneOf(s.lw(k-2), "he", "she", "they") || isOneOf(s.lw(k-3), "he", "she", "they") || s.hasTitledPerson()) {
			return 0
		}
		return k
	}
	return 0
}

// roleNouns are plural nouns for state officials that make a sentence
// about them diplomatic: "The two presidents first spoke by phone".
var roleNouns = []string{"presidents", "premiers", "chancellors", "counterparts", "monarchs", "delegations",
	"heads", "foreign", "kings", "emirs", "sheikhs", "statesmen"}

// talksAux are the words that may stand between "talks" and the verb that
// starts them: "talks that began", "negotiations are expected to begin".
var talksAux = map[string]bool{"that": true, "which": true, "have": true, "has": true, "had": true, "are": true,
	"is": true, "were": true, "was": true, "will": true, "would": true, "could": true, "to": true,
	"expected": true, "due": true, "set": true, "scheduled": true, "finally": true, "formally": true,
	"officially": true, "only": true, "be": true, "been": true, "first": true, "then": true, "later": true,
	"also": true, "eventually": true, "soon": true, "quietly": true, "secretly": true, "'ll": true}

// talksStart are the verbs that report talks beginning or resuming.
var talksStart = map[string]bool{"began": true, "begin": true, "begins": true, "begun": true, "opened": true,
	"open": true, "opens": true, "started": true, "start": true, "starts": true, "resumed": true,
	"resume": true, "resumes": true, "restarted": true, "reopened": true, "kicked": true, "convened": true}

// talksBegin reports whether the talks or negotiations at i are the
// subject of a verb of starting: "The talks began in 1999", "a round of
// negotiations that opened in Vienna", "Negotiations on the future
// relationship, including trade, are expected to begin in March". A
// prepositional phrase may come between ("on ..., including ...,"), but no
// other verb: "talks with Iran stalled after protests began" is not it.
func (s *sentCtx) talksBegin(i int) bool {
	inPP := false
	for j := i + 1; j < len(s.toks) && j <= i+12; j++ {
		w := s.lw(j)
		switch {
		case talksStart[w]:
			return !(w == "open" && !isOneOf(s.lw(j-1), "to", "will", "would", "could", "'ll")) // "talks open to all"
		case talksAux[w]:
			inPP = false
		case isOneOf(w, "on", "with", "between", "over", "about", "among", "in", "for", "including", ","):
			inPP = true
		case w == "." || w == ";" || w == ":" || !inPP:
			return false
		case len(w) > 3 && strings.HasSuffix(w, "ed"):
			return false // another verb: "stalled", "collapsed"
		}
	}
	return false
}

// talksHalted reports talks that the sentence says were paused or broke
// off ("The trade negotiations between the two countries had already been
// paused"): a state of the talks, not a session held.
func (s *sentCtx) talksHalted(i int) bool {
	for j := i + 1; j < len(s.toks) && j <= i+10; j++ {
		w := s.lw(j)
		if isOneOf(w, ".", ";", ",") {
			return false
		}
		if isOneOf(w, "paused", "stalled", "halted", "frozen", "suspended", "collapsed", "faltered") || w == "broke" && s.lw(j+1) == "down" {
			return true
		}
	}
	return false
}

// roundOf reports "a round of talks", "the latest round of negotiations":
// one session of talks.
func (s *sentCtx) roundOf(i int) bool {
	return s.lw(i-1) == "of" && isOneOf(s.lw(i-2), "round", "rounds", "session", "sessions")
}

// privateTalks reports talks between private or domestic parties:
// "coalition talks", "wage talks between the union and management".
func privateTalks(s *sentCtx, i int) bool {
	if isOneOf(s.lw(i-1), "coalition", "wage", "pay", "contract", "merger", "takeover", "budget", "labour", "labor",
		"salary", "transfer", "licensing", "sponsorship", "leadership", "union", "strike", "settlement") {
		return true
	}
	return s.has("employers", "management", "shareholders", "unions", "workers", "creditors", "bondholders", "guild", "studios", "pilots", "nurses", "teachers", "strikers")
}

// isDuration reports a compound adjective of duration: "hour-long",
// "90-minute", "45-minute".
func isDuration(w string) bool {
	for _, suf := range []string{"-long", "-minute", "-hour"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// forMeeting reports whether the noun "meeting" at i names the purpose of a
// meeting verb before it: "sat down with the premier for the annual
// leaders' meeting", "met Xi for their first meeting in a year". The verb
// reports the one meeting.
func (s *sentCtx) forMeeting(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if s.lw(k) != "for" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-12; j-- {
			switch s.lw(j) {
			case "met", "meet", "meets", "sat", "sit", "sits", "talks", "hosted", "hosts", "received", "receives", "spoke", "welcomed":
				return true
			}
		}
		return false
	}
	return false
}

// pairSubject reports two parties joined by "and" right before the verb at
// i: "he and Prime Minister Sogavare discussed", "Lula and Xi chaired". The
// last must be a person, title or state; the first may be a pronoun.
func (s *sentCtx) pairSubject(i int) bool {
	var last mention
	ok := false
	for _, m := range s.mentions {
		if m.End == i && m.Kind != mPronoun {
			last, ok = m, true
		}
	}
	if !ok || !(last.Kind == mPerson || last.Kind == mTitle || last.Kind == mCountry) {
		return false
	}
	k := last.Tok - 1
	for n := 0; n < 2; n++ {
		for _, m := range s.mentions {
			if m.End == k+1 && m.Tok < k+1 && (m.Kind == mTitle || m.Modifier || m.Kind == mCountry && last.Kind != mCountry) {
				k = m.Tok - 1 // "and Solomon Islands Prime Minister Sogavare": a state and a title before a name
				break
			}
		}
	}
	if s.lw(k) != "and" {
		return false
	}
	if isOneOf(s.lw(k-1), "he", "she") {
		return true
	}
	for _, m := range s.mentions {
		if m.End == k && (m.Kind == mPerson || m.Kind == mTitle || m.Kind == mCountry) {
			return true
		}
	}
	return false
}

// withParty reports "with" and a person, title or state within n tokens
// after k: "discussed trade with Xi".
func (s *sentCtx) withParty(k, n int) bool {
	for j := k; j < len(s.toks) && j <= k+n; j++ {
		if s.lw(j) != "with" {
			continue
		}
		m, ok := s.mentionAfter(j+1, 1)
		return ok && (m.Kind == mPerson || m.Kind == mTitle || m.Kind == mCountry)
	}
	return false
}

// namedSession reports a capitalised name ending in "Dialogue", "Talks",
// "Consultations" or "Council" within five tokens from k: "the High-Level
// Economic Dialogue".
func (s *sentCtx) namedSession(k int) bool {
	for j := k; j < len(s.toks) && j <= k+5; j++ {
		if !s.toks[j].Cap {
			return false
		}
		if isOneOf(s.lw(j), "dialogue", "talks", "consultations", "council", "commission") {
			return true
		}
	}
	return false
}

// walkedOutOf reports "walk out of (the) talks", "walked out of talks"
// ending at the noun at i.
func (s *sentCtx) walkedOutOf(i int) bool {
	k := i - 1
	if isOneOf(s.lw(k), "the", "their") {
		k--
	}
	return isOneOf(s.lw(k), "of", "from") && s.lw(k-1) == "out" && isOneOf(s.lw(k-2), "walk", "walked", "walks", "walking", "stormed", "storm")
}

// headlineSubject reports a person's name that opens the sentence and ends
// at k, with no verb after it: the verbless headline "Blinken in Beijing
// for talks with Xi".
func (s *sentCtx) headlineSubject(k int) bool {
	for _, m := range s.mentions {
		if m.End == k && m.Tok == 0 && (m.Kind == mPerson || m.Kind == mTitle) {
			last := s.toks[len(s.toks)-1].Lower
			return last != "." && last != "?" && last != "!" // a headline has no final stop
		}
	}
	return false
}

// byPhone reports "by phone", "by telephone", "over the phone" within eight
// tokens after the verb at i, before any clause break: "spoke for an hour
// by telephone on Tuesday".
func (s *sentCtx) byPhone(i int) bool {
	for j := i + 1; j < len(s.toks) && j <= i+8; j++ {
		w := s.lw(j)
		if !s.toks[j].Word || isOneOf(w, "and", "but", "about", "that") {
			return false
		}
		if isOneOf(w, "phone", "telephone", "videolink", "video-link") && isOneOf(s.lw(j-1), "by", "the", "video") {
			return true
		}
	}
	return false
}
