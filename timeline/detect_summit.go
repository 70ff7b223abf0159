package timeline

// summitDetector finds summits (CAMEO 043/044): a named multilateral
// gathering ("the NATO summit in Vilnius", "the G7 summit", "a summit of EU
// leaders"). A mountain's summit is not one.
var summitDetector = &detector{
	Name:     "summit",
	Keywords: []string{"summit", "summits", "forum", "meeting", "chogm", "hosted", "hosts", "host", "hosting", "gathering", "one"},
	Match:    matchSummit,
}

// mountainWords mark the summit of a hill or mountain.
var mountainWords = []string{"mountain", "mountains", "mount", "mt", "peak", "peaks", "climb", "climbed",
	"climbers", "climbing", "hike", "hiked", "hikers", "hiking", "everest", "hill", "hills", "metres", "meters",
	"feet", "ridge", "trail", "altitude", "elevation", "summited", "ascent", "mountaineers", "volcano", "slope"}

func matchSummit(s *sentCtx, i int) (candidate, bool) {
	switch s.lw(i) {
	case "forum", "meeting", "chogm":
		return namedGathering(s, i)
	case "hosted", "hosts", "host", "hosting":
		return hostedGathering(s, i)
	case "one":
		// "Donald Trump skipped the previous one, in Lima in April 2018":
		// another session of the summit the text is about, placed and dated
		if s.lw(i-2) != "the" || !isOneOf(s.lw(i-1), "previous", "last", "next", "first", "inaugural") || s.lw(i+1) != "," || s.lw(i+2) != "in" || !s.textBefore(600, "summit") || s.hasSports() {
			return candidate{}, false
		}
		c := candidate{Type: Summit, CAMEO: "043", Tok: i, End: i + 1, Strength: 0.45}
		return c, true
	case "gathering":
		// "wrapped up their annual gathering in Port Moresby", "the
		// inaugural gathering in Miami in 1994": a session of the summit
		// the text is about
		if !summitSessions[s.lw(i-1)] || !isOneOf(s.lw(i+1), "in", "at", "on", "of", ",") || s.has(mountainWords...) || s.hasSports() || !s.textBefore(1200, "summit") && !(s.has("leaders", "heads") && s.orgWithin(0, i)) {
			return candidate{}, false
		}
		c := candidate{Type: Summit, CAMEO: "043", Tok: i, End: i + 1, Strength: 0.45, Nominal: true}
		s.summitReported(&c)
		return c, true
	}
	if s.has(mountainWords...) || s.hasSports() && !s.hasTitledPerson() {
		return candidate{}, false // a mountain's summit, "the Summit League tournament"
	}
	if s.toks[i].Cap && i+1 < len(s.toks) && s.toks[i+1].Cap && !isOneOf(s.lw(i+1), "of", "meeting", "talks", "conference", "declaration", "communique", "communiqué") && isOneOf(s.lw(i-1), "the", "") {
		return candidate{}, false // "Summit Materials", "the Summit League": a name of something else
	}
	if isOneOf(s.lw(i-1), "first", "last", "final") && isOneOf(s.lw(i-2), "its", "his", "her", "their") && s.lw(i+1) == "as" {
		return candidate{}, false // "Finland is attending its first summit as a full member": the participant's, not a new gathering
	}
	if isOneOf(s.lw(i+1), "diplomacy", "diplomacies", "season", "circuit") && s.lw(i) == "summit" || s.lw(i) == "summits" && s.lw(i-1) == "of" && isOneOf(s.lw(i-2), "series", "string", "decades", "years") {
		return candidate{}, false // "Summit diplomacy between India and Pakistan has alternated": a practice, not a gathering
	}
	if s.lw(i-1) == "the" && s.lw(i+1) == "sidelines" {
		return candidate{}, false // "in a ceremony on the summit sidelines": the summit already reported
	}
	if i == 2 && isOneOf(s.lw(0), "at", "during") && s.lw(1) == "the" && (s.lw(3) == "," || isOneOf(s.lw(3), "the", "a", "an", "he", "she", "they", "both", "leaders", "allies")) {
		return candidate{}, false // "At the summit, leaders could agree ...", "At the summit the two leaders struck a deal": the summit already reported
	}
	if s.backReference(i) {
		return candidate{}, false
	}
	if s.lw(i-1) == "the" && (isOneOf(s.lw(i-2), "before", "after", "until", "since") || s.lw(i-2) == "of" && isOneOf(s.lw(i-3), "ahead", "eve", "run-up", "end", "margins", "sidelines")) && !isOneOf(s.lw(i+1), "of", "itself", "on", "in", "from", "at", "next", "this", "later") {
		return candidate{}, false // "days ahead of the summit", "on the eve of the summit": the summit told elsewhere, as a time
	}
	prev, next := s.lw(i-1), s.lw(i+1)
	if businessSummits[prev] {
		return candidate{}, false // "the tech summit in San Francisco"
	}
	if isOneOf(prev, "new", "record", "fresh", "all-time") && s.near(i, 3, 0, "hit", "hits", "reached", "reach", "touched") {
		return candidate{}, false // "shares hit a new summit"
	}
	c := candidate{Type: Summit, CAMEO: "043", Tok: i, End: i + 1, Strength: 0.55, Nominal: true}
	s.summitReported(&c)
	if k := s.beInPlace(i); k > 0 {
		c.Also, c.AlsoType, c.Nominal = k, Visit, false // "Biden was in Vilnius for the NATO summit": his trip there
	}
	if next == "of" && s.toks[i].Cap && (s.lw(i+2) == "the" && i+3 < len(s.toks) && s.toks[i+3].Cap || i+2 < len(s.toks) && s.toks[i+2].Cap) {
		c.Strength = 0.65
		return c, true // "the Summit of the Americas"
	}
	if next == "of" {
		// "summit of NATO leaders" but not "summit of the hill"
		if s.near(i, 0, 5, "leaders", "heads", "ministers", "nations", "states", "group", "countries") || s.orgWithin(i+1, 3) {
			return c, true
		}
		return candidate{}, false
	}
	if m, ok := s.mentionAt(i - 1); ok && m.Kind != mPronoun || isOneOf(prev, "leaders", "leaders'", "annual", "bilateral", "trilateral", "peace", "emergency", "extraordinary", "virtual", "summit", "anniversary", "jubilee", "'s", "climate") {
		c.Strength = 0.65
		return c, true
	}
	// "The summit opened on Tuesday morning" in a text about an organisation
	if s.diplomatic() || !c.Nominal && s.doc.mainOrg() != "" {
		return c, true
	}
	return candidate{}, false
}

// summitReported makes a summit noun a report of the gathering when a verb
// or participle of its own says it took place: "The last summit, held in
// Istanbul in November 1999", "The summit opened on Tuesday morning", "at
// the opening of the bloc's summit in Kuala Lumpur".
func (s *sentCtx) summitReported(c *candidate) {
	k := c.End
	if s.lw(k) == "," {
		k++
	}
	w := s.lw(k)
	if isOneOf(w, "held", "convened", "hosted", "staged") && isOneOf(s.lw(k+1), "in", "on", "at", "by", "from", "last", "earlier") ||
		c.End == k && isOneOf(w, "opened", "began", "closed", "ended", "convened") && s.whenOrWhere(k+1) {
		c.Nominal = false
		return
	}
	// "at the opening of the bloc's summit": the summit's first day
	for j := c.Tok - 1; j >= 2 && j >= c.Tok-5; j-- {
		if s.lw(j) == "of" {
			if isOneOf(s.lw(j-1), "opening", "close", "closing", "start", "end") && s.lw(j-2) == "the" && s.lw(j-3) == "at" && j-3 > 2 {
				c.Nominal = false
			}
			return
		}
	}
}

// whenOrWhere reports whether the words from i say when or where: a day,
// month or year, or a named place ("on Tuesday morning", "in Astana",
// "yesterday"), not a manner ("on a brighter note").
func (s *sentCtx) whenOrWhere(i int) bool {
	if isOneOf(s.lw(i), "yesterday", "today", "tonight") {
		return true
	}
	if !isOneOf(s.lw(i), "in", "on", "at", "last", "this", "earlier") {
		return false
	}
	for j := i + 1; j <= i+3 && j < len(s.toks); j++ {
		w := s.lw(j)
		if isMonth(w) || isDigitStart(w) || isOneOf(w, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "week", "month", "year") || s.mentionStarts(j) {
			return true
		}
		if !isOneOf(w, "the", "late", "early", "mid") {
			return false
		}
	}
	return false
}

// namedGathering reads a leaders' gathering named as a forum or a meeting:
// "The Belt and Road Forum for International Cooperation, held on May 14–15,
// drew 29 heads of state", "the Commonwealth Heads of Government Meeting",
// "CHOGM". A business or economic forum is not one.
func namedGathering(s *sentCtx, i int) (candidate, bool) {
	c := candidate{Type: Summit, CAMEO: "043", Tok: i, End: i + 1, Strength: 0.5, Nominal: true}
	switch s.lw(i) {
	case "chogm":
		return c, true
	case "meeting":
		// "Heads of Government Meeting", "Heads of State Meeting"
		if s.toks[i].Cap && isOneOf(s.lw(i-1), "government", "state") && s.lw(i-2) == "of" && s.lw(i-3) == "heads" {
			c.Tok = i - 3
			s.summitReported(&c)
			return c, true
		}
		return candidate{}, false
	}
	// "The forum, held on May 14–15, drew 29 heads of state": the forum
	// the text named, reported by its participle
	if !s.toks[i].Cap && isOneOf(s.lw(i-1), "the", "two-day", "three-day") && s.has("heads", "leaders", "presidents") && !s.has("business", "executives", "investors", "ceos", "industry") {
		s.summitReported(&c)
		if !c.Nominal {
			return c, true
		}
		return candidate{}, false
	}
	// "forum": a capitalised name whose sentence speaks of leaders
	if !s.toks[i].Cap || i == 0 || businessSummits[s.lw(i-1)] || isOneOf(s.lw(i-1), "economic", "energy", "social", "youth", "internet", "governance", "policy", "trade", "security", "davos", "world") {
		return candidate{}, false
	}
	if !s.has("heads", "leaders", "presidents", "premiers", "summit") {
		return candidate{}, false
	}
	s.summitReported(&c)
	if s.lw(c.End) == "for" && c.End+1 < len(s.toks) && s.toks[c.End+1].Cap {
		// "Forum for International Cooperation, held on ..."
		k := c.End + 1
		for k < len(s.toks) && (s.toks[k].Cap || s.lw(k) == "and" || s.lw(k) == "of") {
			k++
		}
		probe := candidate{Tok: k - 1, End: k}
		s.summitReported(&probe)
		if !probe.Nominal {
			c.Nominal = false
		}
	}
	if !c.Nominal || s.lw(i-1) == "the" || s.mentionEndsAt(i) {
		return c, true
	}
	return candidate{}, false
}

// summitGroups are groups whose gatherings are summits of leaders: "India
// hosted the G20 in September 2023".
var summitGroups = map[string]bool{"G7": true, "G8": true, "G20": true, "BRICS": true, "APEC": true,
	"CHOGM": true, "Quad": true, "SCO": true, "East Asia Summit": true}

// hostedGathering reads "hosted the G20 in New Delhi", "will host the
// BRICS next year": a state holding a group's summit. "hosted the G7
// finance ministers" is a ministerial meeting, not a summit.
func hostedGathering(s *sentCtx, i int) (candidate, bool) {
	if isOneOf(s.lw(i-1), "the", "a", "as") || s.lw(i+1) == ":" {
		return candidate{}, false
	}
	k := i + 1
	if s.lw(k) == "the" {
		k++
	}
	m, ok := s.mentionAt(k)
	if !ok || m.Tok != k || m.Kind != mOrg || !summitGroups[m.Name] {
		return candidate{}, false
	}
	if isOneOf(s.lw(m.End), "ministers", "finance", "foreign", "trade", "energy", "health", "summit", "meeting", "meetings", "talks", "'s", "secretariat") {
		return candidate{}, false
	}
	return candidate{Type: Summit, CAMEO: "043", Tok: i, End: m.End, Strength: 0.55}, true
}

// backRefVerbs follow a subject that names an event already reported: "The
// summit followed ...", "Thursday's meeting builds on ...".
var backRefVerbs = []string{"followed", "follows", "builds", "built", "comes", "came", "marks", "marked",
	"reflects", "reflected", "signals", "signalled", "signaled", "underscores", "underscored", "capped", "caps"}

// backReference reports whether the event noun at i is the definite subject
// of a verb that comments on an event already reported, not a new one.
func (s *sentCtx) backReference(i int) bool {
	if !isOneOf(s.lw(i+1), backRefVerbs...) {
		return false
	}
	prev := s.lw(i - 1)
	return isOneOf(prev, "the", "this", "that", "'s") || weekdayPossessive(prev)
}

// weekdayPossessive reports "thursday's" as one token.
func weekdayPossessive(w string) bool {
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if w == d+"'s" || w == d+"’s" {
			return true
		}
	}
	return false
}

// businessSummits are words before "summit" that name a commercial or
// professional gathering, not a meeting of leaders.
var businessSummits = map[string]bool{"tech": true, "technology": true, "business": true, "investment": true,
	"investor": true, "industry": true, "fashion": true, "crypto": true, "startup": true, "start-up": true,
	"media": true, "marketing": true, "retail": true, "gaming": true, "sales": true}

// summitSessions are words before "gathering" that make it one session of a
// recurring summit: "their annual gathering", "the inaugural gathering".
var summitSessions = map[string]bool{"annual": true, "inaugural": true, "first": true, "previous": true,
	"biennial": true, "second": true, "third": true, "next": true, "leaders'": true, "last": true}
