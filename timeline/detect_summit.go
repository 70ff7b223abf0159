package timeline

// summitDetector finds summits (CAMEO 043/044): a named multilateral
// gathering ("the NATO summit in Vilnius", "the G7 summit", "a summit of EU
// leaders"). A mountain's summit is not one.
var summitDetector = &detector{
	Name:     "summit",
	Keywords: []string{"summit", "summits"},
	Match:    matchSummit,
}

// mountainWords mark the summit of a hill or mountain.
var mountainWords = []string{"mountain", "mountains", "mount", "mt", "peak", "peaks", "climb", "climbed",
	"climbers", "climbing", "hike", "hiked", "hikers", "hiking", "everest", "hill", "hills", "metres", "meters",
	"feet", "ridge", "trail", "altitude", "elevation", "summited", "ascent", "mountaineers", "volcano", "slope"}

func matchSummit(s *sentCtx, i int) (candidate, bool) {
	if s.has(mountainWords...) {
		return candidate{}, false
	}
	if i == 2 && isOneOf(s.lw(0), "at", "during") && s.lw(1) == "the" && s.lw(3) == "," {
		return candidate{}, false // "At the summit, leaders could agree ...": the summit already reported
	}
	if s.backReference(i) {
		return candidate{}, false
	}
	prev, next := s.lw(i-1), s.lw(i+1)
	if businessSummits[prev] {
		return candidate{}, false // "the tech summit in San Francisco"
	}
	if isOneOf(prev, "new", "record", "fresh", "all-time") && s.near(i, 3, 0, "hit", "hits", "reached", "reach", "touched") {
		return candidate{}, false // "shares hit a new summit"
	}
	c := candidate{Type: Summit, CAMEO: "043", Tok: i, End: i + 1, Strength: 0.55, Nominal: true}
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
	if s.diplomatic() {
		return c, true
	}
	return candidate{}, false
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
