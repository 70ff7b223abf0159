package timeline

import "strings"

// visitDetector finds visits (CAMEO 042) and hosted visits (043): "visited
// Kyiv", "travelled to Washington", "arrived in Hanoi", "his visit to",
// "hosted the Finnish president". Sports visits, website visits and
// visiting professors are not visits.
var visitDetector = &detector{
	Name: "visit",
	Keywords: []string{"visit", "visits", "visited", "visiting", "travel", "travels", "traveled", "travelled",
		"traveling", "travelling", "flying", "flies", "fly", "headed", "heads", "heading", "trip", "trips", "arrived", "arrives", "arrive", "arriving", "landed", "lands", "flew",
		"journeyed", "jetted", "flown", "spent", "spends", "spend", "across", "crossed", "invited", "invites",
		"drove", "drives", "driven", "sailed", "sails", "bound", "train", "plane", "flight", "helicopter", "ferry",
		"tour", "toured", "journey", "hosted", "hosts", "host", "hosting", "welcomed", "welcomes", "welcome", "received", "receives", "receive",
		"delegation", "stopover", "stopped", "stop", "stops", "departed", "departs", "depart", "left", "leaves", "leave",
		"touched", "touches", "went", "goes", "greeted", "greets", "arrival", "due", "expected", "reached", "route", "swing", "head", "set", "is", "was", "came", "comes", "come", "coming", "be", "sending"},
	Match: matchVisit,
}

// sportsWords mark a sentence about sport.
var sportsWords = []string{"match", "matches", "team", "teams", "league", "club", "fans", "stadium", "season",
	"coach", "tournament", "cup", "goal", "goals", "scored", "striker", "squad", "championship", "playoff", "innings",
	"football", "soccer", "rugby", "cricket", "tennis", "olympics", "fixture", "friendly", "kicks", "kick-off", "midfielder",
	"finals", "quarterfinals", "semifinals", "knockout", "derby", "fc", "ipl", "nba", "nfl", "nhl", "mlb", "uefa", "fifa",
	"wicket", "wickets", "batting", "bowling", "prix", "nascar", "playoffs", "postseason", "semi-final", "quarter-final", "semi-finals", "quarter-finals", "premiership", "grand-slam"}

// visitNext maps common verbs that report a trip only before one word to
// that word ("went to", "left for", "touched down"): a test of the next
// token rules most of their uses out before any sentence-wide check.
var visitNext = map[string]string{"came": "to", "comes": "to", "come": "to", "coming": "to", "went": "to",
	"goes": "to", "left": "for", "leaves": "for", "leave": "for", "departed": "for", "departs": "for",
	"depart": "for", "due": "in", "expected": "in", "touched": "down", "touches": "down", "greeted": "by", "greets": "by", "stop": "in", "stops": "in"}

func matchVisit(s *sentCtx, i int) (candidate, bool) {
	w := s.lw(i)
	if w == "be" {
		return s.beInCapital(i)
	}
	// frequent words: a test of the next token first
	switch w {
	case "is", "was":
		if s.lw(i+1) != "in" {
			return candidate{}, false
		}
	case "set":
		if !isOneOf(s.lw(i+1), "off", "out") {
			return candidate{}, false
		}
	case "head":
		if s.lw(i+1) != "to" {
			return candidate{}, false
		}
	}
	if next, ok := visitNext[w]; ok && s.lw(i+1) != next && !(isOneOf(w, "stop", "stops") && isOneOf(s.lw(i+1), "over", "off")) && !(isOneOf(w, "went", "goes") && isOneOf(s.lw(i+1), "on", "back") && s.lw(i+2) == "to") {
		return candidate{}, false
	}
	if s.hasSports() && !s.hasTitledPerson() {
		return candidate{}, false
	}
	if s.privateSubject(i) {
		return candidate{}, false // "tourists visited Venice"
	}
	c := candidate{Type: Visit, CAMEO: "042", Tok: i, End: i + 1}
	switch w {
	case "visit", "visits", "visited", "visiting":
		next := s.lw(i + 1)
		if isOneOf(next, "website", "site", "page", "www", "our", "nato's", "us", "professor", "scholar", "fellow", "team", "side", "hours", "card") {
			return candidate{}, false
		}
		if isOneOf(next, "the") && isOneOf(s.lw(i+2), "website", "site", "page", "link") {
			return candidate{}, false
		}
		if i+2 < len(s.toks) && s.lw(i+2) == "official" && s.lw(i+3) == "website" || s.has("website", "www", "online") {
			return candidate{}, false
		}
		if w == "visiting" && visitorNouns[next] {
			return candidate{}, false // "talks with visiting leaders": the guests of a meeting, no trip reported
		}
		if w == "visiting" && (s.lw(i-1) == "the" || s.lw(i-1) == "a") {
			return candidate{}, false // "the visiting delegation" is a visit, "the visiting team" is filtered above
		}
		if w == "visited" && s.visitsFacility(i) {
			return candidate{}, false // "visited a hospital in Leeds"
		}
		if s.lw(i-1) == "to" && s.near(i, 7, 0, "first", "second", "third", "only", "last") && s.travelledBefore(i) {
			return candidate{}, false // "travelled to Seoul, becoming the first minister to visit the country": the same trip
		}
		c.Strength = 0.6
		if w == "visit" || w == "visits" {
			// nominal ("his visit", "a state visit") or verbal present
			c.Strength = 0.5
			c.Nominal = isOneOf(s.lw(i-1), determiners...) || isOneOf(s.lw(i-2), "'s", "the", "a", "an", "his", "her", "their", "its") || isOneOf(s.lw(i+1), "to", "of", "by", "was", "is", "came", "comes", "also", "concluded")
			s.supportVerb(&c)
			if c.Nominal && s.appositiveTrip(i) {
				return candidate{}, false // "arrived in Tokyo on Sunday, his second visit to Japan": the same trip
			}
			if w == "visits" && s.lw(i+1) == "to" {
				// "during visits to the Netherlands and Denmark": one visit each
				j := i + 2
				if s.lw(j) == "the" {
					j++
				}
				if m, ok := s.mentionAt(j); ok && m.Tok == j && s.stateOrCapital(m) && s.lw(m.End) == "and" && (s.stateAt(m.End+1) || s.lw(m.End+1) == "the" && s.stateAt(m.End+2)) {
					c.Also, c.Nominal = m.End, false
				}
			}
		}
	case "travel", "travels", "traveled", "travelled", "traveling", "travelling", "flew", "flying", "flies", "fly", "headed", "heads", "heading", "head", "journeyed", "jetted", "flown", "drove", "drives", "driven", "sailed", "sails":
		if w == "flown" && !isOneOf(s.lw(i-1), "had", "has", "have", "having", "been") || w == "driven" && !isOneOf(s.lw(i-1), "was", "were", "been") {
			return candidate{}, false // "troops flown in", "the flag is flown"; "was driven to" is a trip
		}
		if isOneOf(w, "drove", "drives", "driven", "sailed", "sails") && !(s.personEndsAt(i) || isOneOf(s.lw(i-1), "he", "she") || s.lw(i-1) == "was" && (s.personEndsAt(i-1) || isOneOf(s.lw(i-2), "he", "she"))) {
			return candidate{}, false // "the convoy drove to", "ships sailed to": a named traveller only
		}
		if isOneOf(w, "headed", "heads", "heading") && s.lw(i+1) == "for" && s.stateAt(i+2) && (s.hasTitledPerson() || s.personEndsAt(i) || isOneOf(s.lw(i-1), "he", "she")) {
			c.Strength = 0.5
			return c, true // "headed for Tokyo": a leader's trip
		}
		if isOneOf(w, "journeyed", "jetted", "flown") && !(s.hasTitledPerson() || s.personEndsAt(i) || isOneOf(s.lw(i-1), "he", "she") || w == "flown" && (s.personEndsAt(i-1) || isOneOf(s.lw(i-2), "he", "she"))) {
			return candidate{}, false
		}
		// "headed to Port Moresby": a person heads to a place; "heads of
		// state" and "headed the delegation" are no travel
		if w == "head" && !(isOneOf(s.lw(i-1), "will", "to", "would", "'ll") && (s.personEndsAt(i-1) || isOneOf(s.lw(i-2), "he", "she") || s.hasTitledPerson())) {
			return candidate{}, false // "head of state", "the head of the delegation"
		}
		if isOneOf(w, "headed", "heads", "heading", "head") && (s.lw(i+1) != "to" || !s.hasTitledPerson() && !s.near(i, 3, 0, "he", "she", "delegation", "minister", "president") && !s.personEndsAt(i) && !s.personEndsAt(i-1)) {
			return candidate{}, false
		}
		// "flew to Hanoi", "travelled to China later": a place right after "to"
		k := i + 1
		if strings.HasSuffix(s.lw(k), "ly") && s.lw(k) != "only" {
			k++ // "flew secretly to Beijing"
		}
		if isOneOf(s.lw(k), "back", "on", "directly", "again", "abroad", "south", "north", "east", "west", "onward", "onwards", "home", "out") {
			k++
		}
		// "flew in to Lisbon", "flew on to Hanoi"
		if isOneOf(w, "flew", "flies", "flying", "fly") && isOneOf(s.lw(k), "in", "on") && s.lw(k+1) == "to" {
			k++
		}
		// "travelled by armoured train to Russia's Far East"
		if s.lw(k) == "by" {
			for j := k + 1; j <= k+3 && j < len(s.toks); j++ {
				if s.lw(j) == "to" {
					k = j
					break
				}
			}
		}
		// "flew back and forth between Aswan and Jerusalem"
		if s.lw(k) == "and" && s.lw(k+1) == "forth" {
			k += 2
			if s.lw(k) == "between" && (s.mentionStarts(k+1) || k+1 < len(s.toks) && s.toks[k+1].Cap) {
				c.Strength = 0.5
				return c, true
			}
		}
		// "flew in the same evening from Canada": an arrival
		if isOneOf(w, "flew", "flies", "flying") && k == i+1 && s.lw(k) == "in" && isOneOf(s.lw(k+1), "the", "on", "from", "late", "early", "overnight", "yesterday", "today", "last") && (s.hasTitledPerson() || s.near(i, 3, 0, "he", "she") || s.personEndsAt(i)) {
			c.Strength = 0.5
			return c, true
		}
		// "flew there in June 2000", "travelled there on Monday": the place
		// named before, on a dated trip of a named traveller
		if s.lw(k) == "there" && isOneOf(s.lw(k+1), "in", "on") && k+2 < len(s.toks) && (s.toks[k+2].Cap || s.lw(k+2) != "" && s.lw(k + 2)[0] >= '0' && s.lw(k + 2)[0] <= '9') && !isOneOf(w, "head", "heads", "headed", "heading") && (s.personEndsAt(i) || s.personEndsAt(i-1) || isOneOf(s.lw(i-1), "he", "she")) {
			c.Strength = 0.5
			return c, true
		}
		// "travelled to the hill station of Simla", "flew to the port city
		// of Aden": a place named after a common noun
		if s.lw(k) == "to" && s.lw(k+1) == "the" && !s.hasSports() {
			for j := k + 2; j <= k+4 && j+1 < len(s.toks) && !s.toks[j].Cap; j++ {
				if s.lw(j) == "of" {
					if s.toks[j+1].Cap && !isMonth(s.lw(j+1)) {
						c.Strength = 0.55
						return c, true
					}
					break
				}
			}
		}
		if isOneOf(s.lw(k), "to", "into") && s.theCapital(k+1) {
			// "flying north to the capital": the capital of the host named before
			c.Strength = 0.55
			return c, true
		}
		if !isOneOf(s.lw(k), "to", "into") || !(s.mentionStarts(k+1) || k+1 < len(s.toks) && s.toks[k+1].Cap || s.lw(k+1) == "the" && s.stateAt(k+2)) {
			return candidate{}, false
		}
		c.Strength = 0.6
		c.Also = s.secondStop(k + 1)
	case "invited", "invites":
		// "King Salman has invited President Ebrahim Raisi to Riyadh": an
		// invitation of a named person to a state or its capital
		_, e, ok := s.personObject(i)
		if !ok {
			return candidate{}, false
		}
		if s.lw(e) != "to" || !(s.stateAt(e+1) || s.lw(e+1) == "the" && s.stateAt(e+2)) || s.hasSports() {
			return candidate{}, false
		}
		c.Tok, c.End, c.Strength = e, e+1, 0.45
		return c, true
	case "bound":
		// "is bound for Tokyo": a named traveller on the way
		if s.lw(i+1) != "for" || !s.stateAt(i+2) || !isOneOf(s.lw(i-1), "is", "was", "are", "were") || !(s.personEndsAt(i-1) || isOneOf(s.lw(i-2), "he", "she")) || s.hasSports() {
			return candidate{}, false
		}
		c.Strength = 0.5
	case "train", "plane", "flight", "helicopter", "ferry":
		// "took the overnight train to Kyiv", "boarded a flight to Tokyo":
		// a named traveller's ride to a state or its capital
		if s.lw(i+1) != "to" || !(s.stateAt(i+2) || s.lw(i+2) == "the" && s.stateAt(i+3)) || s.hasSports() || s.privateSubject(i) {
			return candidate{}, false
		}
		v := -1
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if isOneOf(s.lw(j), "took", "takes", "take", "boarded", "boards", "board", "rode", "rides", "caught", "catches") {
				v = j
				break
			}
		}
		if v < 0 || !(s.personEndsAt(v) || isOneOf(s.lw(v-1), "he", "she", "will", "to") && (s.hasTitledPerson() || s.hasFullName())) {
			return candidate{}, false
		}
		c.Tok, c.Strength = v, 0.5
	case "spent", "spends", "spend":
		// "spent four days in Cuba", "spends a week in Japan": a named
		// traveller's stay in a state or its capital
		k := i + 1
		if !(isNumberWord(s.lw(k)) || isOneOf(s.lw(k), "a", "an", "two", "the") || s.lw(k) != "" && s.lw(k)[0] >= '1' && s.lw(k)[0] <= '9') || !isOneOf(s.lw(k+1), "days", "day", "nights", "night", "hours", "week", "weeks", "weekend") || s.lw(k+2) != "in" {
			return candidate{}, false
		}
		m, ok := s.mentionAt(k + 3)
		if !ok || m.Tok != k+3 || !s.stateOrCapital(m) || s.hasSports() || !(s.hasTitledPerson() || s.personEndsAt(i) || s.apposedPerson(i) || isOneOf(s.lw(i-1), "he", "she")) {
			return candidate{}, false
		}
		c.Strength = 0.5
	case "across", "crossed":
		// "walked across the border", "stepped across the demarcation
		// line", "crossed into South Korea": a leader's crossing
		v := i
		if w == "across" {
			v = i - 1
			if !isOneOf(s.lw(v), "walked", "stepped", "drove", "came", "went", "crossed", "walks", "steps", "crosses") {
				return candidate{}, false
			}
		}
		line := false
		if m, ok := s.mentionAt(i + 2); s.lw(i+1) == "into" && ok && m.Tok == i+2 && s.stateOrCapital(m) {
			line = true
		}
		for j := i + 1; j <= i+5 && j < len(s.toks) && !line; j++ {
			line = isOneOf(s.lw(j), "border", "frontier") || s.lw(j) == "line" && s.lw(j-1) == "demarcation"
		}
		named := false
		for _, m := range s.mentions {
			if m.End == v && (m.Kind == mPerson && (m.Title != "" || strings.Contains(m.Name, " ")) || m.Kind == mTitle) {
				named = true
			}
		}
		for j := i + 1; j < len(s.toks) && line; j++ {
			line = !isOneOf(s.lw(j), "travelled", "traveled", "flew", "drove", "went", "continued") // "crossed the border and travelled to Lahore": one trip
		}
		if !line || s.hasSports() || s.privateSubject(v) || !(named || s.apposedPerson(v) || isOneOf(s.lw(v-1), "he", "she")) {
			return candidate{}, false
		}
		c.Tok, c.Strength = v, 0.5
	case "swing":
		// "wraps up his Pacific swing in Dili": a leader's tour
		if !isOneOf(s.lw(i-1), "his", "her", "their") && !isOneOf(s.lw(i-2), "his", "her", "their") || !isOneOf(s.lw(i+1), "through", "in", "to", "of", "across") || s.hasSports() {
			return candidate{}, false
		}
		c.Strength, c.Nominal = 0.45, true
		s.supportVerb(&c)
	case "trip", "trips", "journey", "tour":
		if !s.near(i, 0, 1, "to", "of") && !s.near(i, 3, 0, "his", "her", "their", "official", "state", "two-day", "three-day", "foreign", "overseas", "own", "maiden") && !(s.lw(i-1) == "'s" && s.personEndsAt(i-1)) {
			return candidate{}, false
		}
		c.Strength, c.Nominal = 0.45, true
		s.supportVerb(&c)
	case "sending":
		// "skipped the summit, sending Foreign Secretary Marcelo Ebrard in
		// his place": the envoy's trip
		m, e, ok := s.personObject(i)
		if !ok {
			return candidate{}, false
		}
		if !(s.lw(e) == "in" && isOneOf(s.lw(e+1), "his", "her", "their") && s.lw(e+2) == "place" || s.lw(e) == "instead") {
			return candidate{}, false
		}
		c.Tok, c.End, c.Strength = m.Tok, m.End, 0.5
		return c, true
	case "delegation":
		// "India sent no official delegation", "Tokyo dispatched a
		// high-level delegation to Seoul": the sending state's visit (the
		// trigger is the noun, so "no" before it reads as a negation)
		if !s.sentDelegation(i) && !s.ledDelegation(i) {
			return candidate{}, false
		}
		c.Strength = 0.5
	case "stopover", "stopped", "stop", "stops":
		// "made a stopover in Cairo", "stopped in Lahore on his way home",
		// "stopped over in Anchorage": a stop on a trip, in a named place
		k := i + 1
		if w != "stopover" && isOneOf(s.lw(k), "over", "off") {
			k++
		}
		if isOneOf(w, "stop", "stops") && (isOneOf(s.lw(i-1), "a", "the", "to", "first", "last", "final", "brief") || !s.hasTitledPerson() && !s.hasFullName()) {
			return candidate{}, false // "a stop in Lyon", "to stop in Lyon" (a plan, not a trip), "the bus stops in Lyon"
		}
		if s.lw(k) != "in" || k+1 >= len(s.toks) || !s.toks[k+1].Cap || isMonth(s.lw(k+1)) {
			return candidate{}, false
		}
		if w == "stopped" && !s.hasTitledPerson() && !s.personEndsAt(i) && !s.near(i, 2, 0, "he", "she") {
			return candidate{}, false // "the train stopped in Lyon"
		}
		c.Strength = 0.5
		if w == "stopover" {
			c.Strength, c.Nominal = 0.45, true
			s.supportVerb(&c)
		}
	case "departed", "departs", "depart", "left", "leaves", "leave":
		// "left for Beijing on Thursday", "departed for Hanoi": a leader
		// leaving for a capital or country
		k := i + 1
		if s.lw(k) != "for" || !(s.hasTitledPerson() || s.personEndsAt(i) || isOneOf(s.lw(i-1), "he", "she")) {
			return candidate{}, false
		}
		m, ok := s.mentionAt(k + 1)
		if !ok || m.Tok != k+1 || !s.stateOrCapital(m) {
			return candidate{}, false
		}
		c.End, c.Strength = k+1, 0.5
	case "due", "expected":
		// "President Lula is due in Lisbon on Saturday", "is expected in
		// China early next year": an expected arrival
		if !isOneOf(s.lw(i-1), "is", "are", "was", "were", "'s") || !(s.personEndsAt(i-1) && w == "due" || isOneOf(s.lw(i-2), "he", "she") || s.hasTitledPerson()) {
			return candidate{}, false
		}
		m, ok := s.mentionAt(i + 2)
		if !ok || m.Tok != i+2 || !s.stateOrCapital(m) {
			return candidate{}, false
		}
		c.End, c.Strength = i+2, 0.5
	case "arrival":
		// "Xi Jinping's arrival in Moscow on Monday", "on his arrival in
		// Hanoi": the noun of "arrived in"
		if !isOneOf(s.lw(i+1), "in", "at") || !isOneOf(s.lw(i-1), "'s", "his", "her", "their") {
			return candidate{}, false
		}
		if m, ok := s.mentionAfter(i+2, 1); !ok || !s.stateOrCapital(m) && m.Kind != mSeat {
			return candidate{}, false
		}
		c.Strength, c.Nominal = 0.5, true
	case "touched", "touches":
		// "touched down in Beijing"
		if s.lw(i+1) != "down" || !isOneOf(s.lw(i+2), "in", "at") || !(s.hasTitledPerson() || s.personEndsAt(i) || isOneOf(s.lw(i-1), "he", "she")) {
			return candidate{}, false // "the plane touched down in Lisbon"
		}
		c.End, c.Strength = i+2, 0.6
	case "went", "goes":
		// "President Joe Biden went to Kyiv on Monday"
		k := i + 1
		if isOneOf(s.lw(k), "on", "back") {
			k++ // "He went on to Ho Chi Minh City": the next stop of the trip
			if !(s.personEndsAt(i) || isOneOf(s.lw(i-1), "he", "she")) || k+1 >= len(s.toks) || !s.toks[k+1].Cap || !s.toks[k+1].Word {
				return candidate{}, false
			}
			if m, ok := s.mentionAt(k + 1); ok && m.Tok == k+1 && m.Kind == mPerson && m.Title != "" {
				return candidate{}, false
			}
			if m, ok := s.mentionAt(k + 1); !(ok && m.Tok == k+1 && s.stateOrCapital(m)) && !s.textBefore(300, "arrived", "visit", "landed", "flew", "trip", "tour", "travelled", "traveled") {
				return candidate{}, false // "She went on to Harvard": no trip told before
			}
			c.End, c.Strength = k+1, 0.5
			return c, true
		}
		if s.lw(i+1) != "to" || !(s.personEndsAt(i) || isOneOf(s.lw(i-1), "he", "she") || s.lw(i-1) == "then" && s.hasTitledPerson()) {
			return candidate{}, false
		}
		m, ok := s.mentionAt(i + 2)
		if !ok || m.Tok != i+2 || !s.stateOrCapital(m) || s.settled(m.End) {
			return candidate{}, false
		}
		c.Strength = 0.5
	case "greeted", "greets":
		// "Blinken was greeted by Foreign Minister Qin Gang in Beijing": a
		// reception of the visitor by the host
		if s.lw(i+1) != "by" || !isOneOf(s.lw(i-1), "was", "were", "is", "are", "been") {
			return candidate{}, false
		}
		if m, ok := s.mentionAfter(i+2, 2); !ok || m.Kind != mPerson && m.Kind != mTitle {
			return candidate{}, false
		}
		c.Type, c.CAMEO, c.Host, c.End, c.Strength = Meeting, "043", true, i+2, 0.5
	case "came", "comes", "come", "coming":
		// "Olaf Scholz came to Paris": a leader to a capital or country (not
		// "came to power", "came to an agreement")
		if s.lw(i+1) != "to" || !(s.personEndsAt(i) || isOneOf(s.lw(i-1), "he", "she") || s.apposedPerson(i)) {
			return candidate{}, false
		}
		m, ok := s.mentionAt(i + 2)
		if !ok || m.Tok != i+2 || !s.stateOrCapital(m) || s.settled(m.End) {
			return candidate{}, false
		}
		c.Strength = 0.5
	case "toured":
		// "toured Iowa": a place (a known one, or a capitalised name)
		m, ok := s.mentionAfter(i+1, 2)
		if !ok || !s.stateOrCapital(m) && !(m.Kind == mPerson && m.Tok == i+1 && !strings.Contains(m.Name, " ")) {
			return candidate{}, false
		}
		c.Strength = 0.5
	case "set":
		// "The minister set off for Wellington on Monday"
		if !isOneOf(s.lw(i+1), "off", "out") || s.lw(i+2) != "for" || !(s.hasTitledPerson() || s.personEndsAt(i) || isOneOf(s.lw(i-1), "he", "she")) {
			return candidate{}, false
		}
		if m, ok := s.mentionAt(i + 3); !ok || m.Tok != i+3 || !s.stateOrCapital(m) {
			return candidate{}, false
		}
		c.End, c.Strength = i+3, 0.5
		return c, true
	case "is", "was":
		// "The crown prince is in Washington this week", "the secretary
		// of state was in Panama on Sunday": a titled person's stay, dated
		if s.lw(i+1) != "in" || !(s.hasTitledPerson() && (s.personEndsAt(i) || isOneOf(s.lw(i-1), "he", "she")) || isOneOf(s.lw(i-1), "prince", "president", "minister", "king", "queen", "emir", "chancellor", "premier", "secretary")) {
			return candidate{}, false
		}
		m, ok := s.mentionAt(i + 2)
		if !ok || m.Tok != i+2 || !s.stateOrCapital(m) || s.lw(m.End) == "'s" {
			return candidate{}, false
		}
		if !isOneOf(s.lw(m.End), "on", "this", "last", "today", "yesterday", "tonight", "for", "until", "from") || s.near(i, 5, 0, "senator", "governor", "mayor", "lawmaker") || s.hasSports() || s.atHome(i, m) {
			return candidate{}, false
		}
		c.End, c.Strength = i+2, 0.45
		return c, true
	case "route":
		// "The vice president is en route to Manila"
		if s.lw(i-1) != "en" || s.lw(i+1) != "to" || !(s.hasTitledPerson() || s.personEndsAt(i-2) || isOneOf(s.lw(i-3), "he", "she")) {
			return candidate{}, false
		}
		if m, ok := s.mentionAt(i + 2); !ok || m.Tok != i+2 || !s.stateOrCapital(m) {
			return candidate{}, false
		}
		c.Tok, c.End, c.Strength = i-1, i+2, 0.5
		return c, true
	case "reached":
		// "Wang reached Honiara on Thursday", "Xi reached the PNG capital":
		// a person reaching a state or a capital
		if !(s.personEndsAt(i) || isOneOf(s.lw(i-1), "he", "she")) || s.near(i, 4, 0, "day") {
			return candidate{}, false // "on the same day Wang reached Honiara": a time, the trip told elsewhere
		}
		if m, ok := s.mentionAt(i + 1); ok && m.Tok == i+1 && s.stateOrCapital(m) && !isOneOf(s.lw(m.End), "'s", "agreement", "deal") || s.theCapital(i+1) {
			c.Strength = 0.5
			return c, true
		}
		return candidate{}, false
	case "arrived", "arrives", "arrive", "arriving", "landed", "lands":
		if isOneOf(w, "arrived", "arrives", "landed") && s.lw(i+1) == "from" && (isOneOf(s.lw(i-1), "he", "she") || s.personEndsAt(i) && s.hasTitledPerson()) && s.lw(i-2) != "it" {
			// "when he arrived from El Paso": the trip to the place of the
			// dateline or of the text
			c.Strength = 0.5
			return c, true
		}
		if !s.near(i, 0, 1, "in", "at") {
			return candidate{}, false
		}
		c.Strength = 0.6
	case "received", "receives", "receive":
		if w == "received" && isOneOf(s.lw(i-1), "was", "were", "been", "be") && s.lw(i+1) == "in" && s.stateAt(i+2) && (s.personEndsAt(i-1) || isOneOf(s.lw(i-2), "he", "she") || s.personEndsAt(i-2) && s.lw(i-1) == "be") && !s.hasSports() {
			c.End, c.Strength = i+2, 0.5 // "was received in France on a state visit": the guest's trip
			return c, true
		}
		// "Macron received Zelensky at the Elysee Palace": a person right after
		if isOneOf(s.lw(i+1), "at", "in", "on", "from", "during", "when", "upon", "after") {
			return candidate{}, false // "the welcome he received at Benito Juarez Airport": no guest named
		}
		m, ok := s.mentionAfter(i+1, 1)
		if ok && m.Modifier {
			m, ok = s.mentionAfter(m.End, 0) // "received Ukrainian President Volodymyr Zelensky"
		}
		if isOneOf(s.lw(i+1), "him", "her") && s.personEndsAt(i) && s.hasFullName() && !isOneOf(s.lw(i+2), "as", "with") && !s.has("airport", "tarmac") {
			c.Type, c.CAMEO, c.Host, c.Strength = Meeting, "043", true, 0.5 // "Obama received him in the Oval Office"
			return c, true
		}
		if !ok || !(m.Kind == mPerson || m.Kind == mTitle) {
			return candidate{}, false
		}
		c.Type, c.CAMEO, c.Host, c.Strength = Meeting, "043", true, 0.5
	case "hosted", "hosts", "host", "hosting", "welcomed", "welcomes", "welcome":
		if isOneOf(s.lw(i-1), "the", "a", "as", "summit", "warm", "warmest", "rousing", "cordial", "lavish", "hearty", "red-carpet") || s.lw(i+1) == ":" || w == "welcome" && isOneOf(s.lw(i+1), "he", "she", "they", "we", "given", "extended") {
			return candidate{}, false // "the host, President Cyril Ramaphosa", "HOST: Putin had ..." in a transcript
		}
		// the object must be a person or a country ("hosted the summit" is a summit)
		if s.lw(i+1) == "by" {
			// "King Charles was hosted by President Macron": the guest is
			// the subject; "a luncheon hosted by" is no reception
			if isOneOf(s.lw(i-1), "was", "were", "is", "are", "been") && s.personEndsAt(i-1) {
				if m, ok := s.mentionAfter(i+2, 2); ok && (m.Kind == mPerson || m.Kind == mTitle) {
					c.Type, c.CAMEO, c.Host, c.End, c.Strength = Meeting, "043", true, i+2, 0.5
					return c, true
				}
			}
			return candidate{}, false
		}
		m, ok := s.mentionAfter(i+1, 4)
		if ok && m.Kind == mPronoun {
			m, ok = s.mentionAfter(m.End, 4) // "hosted his Ethiopian counterpart Abiy Ahmed"
		}
		if ok && s.teamName(m) {
			return candidate{}, false // "The Warriors hosted the Lakers"
		}
		// "welcomed the accession of Croatia", "welcomed the release of two
		// Americans": an event or a decision welcomed, not a guest
		for j := i + 1; j < len(s.toks) && j <= i+3; j++ {
			if welcomedThings[s.lw(j)] {
				return candidate{}, false
			}
		}
		if (!ok || !(m.Kind == mPerson || m.Kind == mTitle || m.Kind == mCountry || m.Kind == mDemonym)) && !s.near(i, 0, 4, "counterpart", "counterparts", "leaders", "delegation") {
			return candidate{}, false
		}
		if s.near(i, 0, 4, "talks", "meeting", "conference") || s.near(i, 0, 30, "summit") {
			return candidate{}, false
		}
		if ok && m.Kind == mCountry && s.lw(m.End) == "back" {
			return candidate{}, false // "welcomed Syria back": a return to a group, not a visit
		}
		// hosting leaders is reported as a meeting with them (CAMEO 043)
		c.Type, c.CAMEO, c.Host, c.Strength = Meeting, "043", true, 0.55
	default:
		return candidate{}, false
	}
	return c, true
}

// visitorNouns are plural nouns that "visiting" modifies as an adjective:
// "visiting leaders", "visiting dignitaries".
var visitorNouns = map[string]bool{"leaders": true, "dignitaries": true, "officials": true, "heads": true,
	"delegations": true, "ministers": true, "presidents": true, "envoys": true, "delegates": true, "guests": true}

// visitSupport are verbs whose object is a visit noun and make it a report
// of the visit itself: "paid a state visit", "made a trip", "began a tour".
var visitSupport = map[string]bool{"pay": true, "pays": true, "paid": true, "paying": true, "make": true,
	"makes": true, "made": true, "making": true, "undertake": true, "undertakes": true, "undertook": true,
	"undertaking": true, "repaid": true, "repay": true, "repays": true, "returned": true, "return": true, "begin": true, "begins": true, "began": true, "beginning": true, "start": true,
	"starts": true, "started": true, "starting": true, "embarked": true, "embarks": true, "embark": true,
	"took": true, "take": true, "takes": true}

// visitCancel are verbs that call a visit off: "cancelled his trip".
var visitCancel = map[string]bool{"cancelled": true, "canceled": true, "cancels": true, "cancel": true,
	"scrapped": true, "scraps": true, "scrap": true, "aborted": true, "abandoned": true}

// supportVerb reads the verb governing a visit noun at c.Tok, at most five
// words back within its phrase: a support verb ("could yet pay Turkey the
// return visit", "made a stopover") makes it a verbal trigger, a verb of
// cancellation ("cancelled his trip", "called off the visit") negates it.
// The noun stays nominal when the sentence reports the trip with a verb of
// its own, so that the two mentions are read as one visit.
func (s *sentCtx) supportVerb(c *candidate) {
	// "The planned visit by Chancellor Scholz to Beijing was called off":
	// a cancellation after the noun's phrase
	for j := c.End; j < len(s.toks) && j <= c.End+10; j++ {
		w := s.lw(j)
		if !s.toks[j].Word && w != "'s" || isOneOf(w, "and", "but", "which", "that", "who") {
			break
		}
		if isOneOf(w, "was", "were", "has", "had") && (isOneOf(s.lw(j+1), "cancelled", "canceled", "scrapped", "abandoned") || s.lw(j+1) == "been" && isOneOf(s.lw(j+2), "cancelled", "canceled", "scrapped", "abandoned") || s.lw(j+1) == "called" && s.lw(j+2) == "off") {
			c.Neg = true
			break
		}
	}
	for j := c.Tok - 1; j >= 0 && j >= c.Tok-5; j-- {
		w := s.lw(j)
		if !s.toks[j].Word || isOneOf(w, "during", "on", "in", "at", "after", "before", "since", "of", "for", "with", "from", "and", "or", "that", "which", "who", "to", "by") {
			return
		}
		if visitCancel[w] || w == "off" && isOneOf(s.lw(j-1), "called", "calls", "call") {
			c.Neg, c.Nominal = true, false
			return
		}
		if visitSupport[w] {
			// "took" only with "trip" or "journey": "took part", "took the
			// visit as a sign" are no reports of a trip
			if isOneOf(w, "took", "take", "takes") && !isOneOf(s.lw(c.Tok), "trip", "trips", "journey") {
				return
			}
			if !s.has("arrived", "arrives", "arriving", "landed", "lands", "travelled", "traveled", "flew", "visited", "toured") {
				c.Nominal = false
			}
			return
		}
	}
}

// sentDelegation reports whether the noun "delegation" at i is the object of
// a verb of sending: "sent no official delegation", "will dispatch a
// delegation".
func (s *sentCtx) sentDelegation(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := s.lw(j)
		if isOneOf(w, "sent", "send", "sends", "sending", "dispatched", "dispatch", "dispatches", "dispatching") {
			return true
		}
		if !s.toks[j].Word || isOneOf(w, "by", "of", "with", "and", "to", "in") {
			return false
		}
	}
	return false
}

// stateOrCapital reports a country or a capital of one: "went to Kyiv",
// "toured France"; not a district or sight of a city ("toured the Marina
// Bay waterfront").
func (s *sentCtx) stateOrCapital(m mention) bool {
	return m.Kind == mCountry || m.Kind == mCapital && m.Country != ""
}

// stateAt reports a country or capital mention starting at token i: "the
// United States" after "flew on to the".
func (s *sentCtx) stateAt(i int) bool {
	m, ok := s.mentionAt(i)
	return ok && m.Tok == i && s.stateOrCapital(m)
}

// settled reports a move to live somewhere, not a trip: "came to Britain
// as a refugee", "went to Paris to study".
func (s *sentCtx) settled(i int) bool {
	return s.lw(i) == "as" && isOneOf(s.lw(i+1), "a", "an") || s.lw(i) == "to" && isOneOf(s.lw(i+1), "study", "live", "work", "settle", "school", "university", "college") || isOneOf(s.lw(i), "aged", "age")
}

// ledDelegation reports "led a delegation to Moscow", "headed a trade
// delegation to Beijing": the leader's trip to a named place.
func (s *sentCtx) ledDelegation(i int) bool {
	k := i - 1
	for k >= 0 && k >= i-3 && s.toks[k].Word && !isOneOf(s.lw(k), "led", "leads", "lead", "leading", "headed", "heads", "head", "heading") {
		k--
	}
	if k < 0 || !isOneOf(s.lw(k), "led", "leads", "lead", "leading", "headed", "heads", "head", "heading") || k == i-1 {
		return false // "the delegation led by": the verb follows, another trigger reports the trip
	}
	if s.lw(i+1) != "to" {
		return false
	}
	m, ok := s.mentionAfter(i+2, 1)
	return ok && (m.Kind == mCountry || m.Kind == mCapital || m.Kind == mSeat)
}

// isMonth reports a lower-cased month name ("stopped in March").
func isMonth(w string) bool {
	return isOneOf(w, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
}

// knownOrg reports whether name is a canonical name of the organisation table.
func knownOrg(name string) bool {
	_, ok := knownOrgNames[name]
	return ok
}

// knownOrgNames are the canonical names of the organisation table.
var knownOrgNames = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range organisations {
		m[v] = true
	}
	return m
}()

// hasFullName reports whether the sentence names a person with two or more
// words ("Donald Trump", not "Liverpool").
func (s *sentCtx) hasFullName() bool {
	for _, m := range s.mentions {
		if m.Kind == mPerson && strings.Contains(m.Name, " ") {
			return true
		}
	}
	return false
}

// personEndsAt reports whether a person's name ends right before token i.
func (s *sentCtx) personEndsAt(i int) bool {
	for _, m := range s.mentions {
		if m.End == i && (m.Kind == mPerson || m.Kind == mTitle) {
			return true
		}
	}
	return false
}

// hasTitledPerson reports whether the sentence names a person with a title.
func (s *sentCtx) hasTitledPerson() bool {
	for _, m := range s.mentions {
		if m.Kind == mPerson && m.Title != "" || m.Kind == mTitle {
			return true
		}
	}
	return false
}

// mentionAfter returns the first mention starting within tokens [i, i+n].
func (s *sentCtx) mentionAfter(i, n int) (mention, bool) {
	for _, m := range s.mentions {
		if m.Tok >= i && m.Tok <= i+n {
			return m, true
		}
	}
	return mention{}, false
}

// determiners and adjectives that make "visit" a noun.
var determiners = []string{"the", "a", "an", "his", "her", "its", "their", "'s", "this", "that", "official",
	"state", "final", "first", "last", "recent", "two-day", "three-day", "working", "surprise", "planned", "whose", "our"}

// findSports reports whether the sentence contains a sports word outside a
// recognised name ("league", but not in "Arab League"); hasSports caches it.
func (s *sentCtx) findSports() bool {
	for i, t := range s.toks {
		w := t.Lower
		// a word of ASCII letters only has no possessive, digit or
		// hyphen, and the lexicon tells whether it is a sports word
		plain := t.lex&lexAlpha != 0
		if plain && t.lex&lexSports == 0 && w != "tonight" && w != "table" && t.Text != "Test" {
			continue // none of the tests below can hold ("team" and "season" are sports words)
		}
		if !plain {
			if k := possessiveAt(w); k > 0 {
				w = w[:k]
			}
			// "lost 7-0 to Liverpool", "won 3–1": a score
			if isDigitStart(w) && isScore(w) && s.near(i, 3, 0, "lost", "won", "beat", "drew", "defeated", "thrashed") && !s.near(i, 4, 4, "vote", "votes", "ruling", "majority", "verdict") {
				return true
			}
			if i := strings.LastIndexByte(w, '-'); i >= 0 {
				if isSportsWord(w) {
					return true // "semi-final", "quarter-finals"
				}
				w = w[i+1:] // "pre-season"
			}
		}
		if isOneOf(w, "team", "teams") && (isOneOf(s.lw(i-1), "their", "his", "her", "our", "negotiating", "security", "national") || officialTeam[s.lw(i-1)] || s.lw(i+1) == "of" && officialTeam[s.lw(i+2)]) {
			continue // "their teams would work on ...", "a technical team", "a team of inspectors": staff, not sport
		}
		if isSportsWord(w) && s.near(i, 10, 0, "watch", "watched", "watches", "attend", "attended", "attends") && (s.has("he", "she") || s.hasTitledPerson()) {
			continue // "he will watch the national baseball team play before flying on": a leader as spectator
		}
		if isOneOf(w, "goal", "goals") && (isOneOf(s.lw(i-1), "their", "its", "our", "common", "shared", "stated", "strategic", "policy", "long-term", "ultimate", "main") || s.lw(i+1) == "of") {
			continue // "appeared to have reached their goal", "the goal of a free-trade area": an aim
		}
		if w == "season" && (s.lw(i+1) == "of" || isOneOf(s.lw(i-1), "holiday", "festive", "rainy", "dry", "monsoon", "election", "campaign", "harvest", "hurricane", "tourist")) {
			continue // "a season of symbolic travel", "the holiday season"
		}
		if plain && t.lex&lexSports != 0 || !plain && isSportsWord(w) {
			// "Arab League" is an organisation, "Champions League" a competition
			if m, ok := s.mentionAt(i); !ok || m.Kind != mOrg || !knownOrg(m.Name) {
				return true
			}
		}
		// "the first Test", "tonight" between clubs: a fixture
		if t.Text == "Test" && isOneOf(s.lw(i-1), "first", "second", "third", "fourth", "fifth", "opening", "final", "deciding") {
			return true
		}
		if w == "tonight" && !s.hasTitledPerson() && !s.hasFullName() {
			return true
		}
		// "who sit fourth in the table": a league table
		if w == "table" && isOneOf(s.lw(i-1), "the") && isOneOf(s.lw(i-2), "in", "of") && (isOneOf(s.lw(i-3), "top", "bottom", "fourth", "third", "second", "first", "fifth", "sixth", "last", "lead", "leads", "sit", "sits") || isOneOf(s.lw(i-4), "sit", "sits", "lie", "lies")) {
			return true
		}
	}
	return false
}

// officialTeam are words beside "team" that make it a group of officials,
// not a side: "a technical team", "an advance team", "a team of experts".
var officialTeam = map[string]bool{"technical": true, "advance": true, "legal": true, "diplomatic": true,
	"expert": true, "experts": true, "inspection": true, "inspectors": true, "monitoring": true,
	"monitors": true, "government": true, "official": true, "officials": true, "diplomats": true,
	"negotiators": true, "transition": true, "consular": true, "embassy": true, "ministry": true, "mediation": true}

// welcomedThings are nouns of events and decisions that a leader
// "welcomed": no guest is hosted.
var welcomedThings = map[string]bool{"accession": true, "decision": true, "agreement": true, "deal": true,
	"move": true, "news": true, "announcement": true, "election": true, "vote": true, "result": true,
	"results": true, "plan": true, "proposal": true, "step": true, "statement": true, "report": true,
	"release": true, "return": true, "arrival": true, "ceasefire": true, "truce": true, "progress": true,
	"efforts": true, "initiative": true, "resolution": true, "ruling": true, "verdict": true, "bid": true,
	"talks": true, "outcome": true, "signing": true, "launch": true, "opening": true, "reopening": true}

// teamName reports a name used with "the" and a plural ending, as sports
// teams are ("the Lakers", "the Red Sox"): people and states are not.
func (s *sentCtx) teamName(m mention) bool {
	if m.Kind != mPerson || s.lw(m.Tok-1) != "the" || m.End-1 >= len(s.toks) {
		return false
	}
	last := s.toks[m.End-1].Lower
	return len(last) > 3 && last[len(last)-1] == 's' && !strings.HasSuffix(last, "ss")
}

// isScore reports a score such as "7-0" or "3–1": digits, one dash, digits.
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		a, b, ok = strings.Cut(w, "–")
	}
	return ok && a != "" && b != "" && len(a) <= 2 && len(b) <= 2 && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// privateGroups are plural nouns for people who travel or meet in a private
// capacity: tourists visiting a city or scientists meeting are no diplomacy.
var privateGroups = map[string]bool{"tourists": true, "visitors": true, "fans": true, "pilgrims": true,
	"students": true, "shoppers": true, "holidaymakers": true, "passengers": true, "scientists": true,
	"researchers": true, "doctors": true, "scholars": true, "academics": true, "engineers": true,
	"executives": true, "investors": true, "shareholders": true, "athletes": true, "players": true}

// facilities are places a leader visits at home or on a trip that are not
// diplomacy in themselves: "visited a hospital", "visited the museum".
var facilities = map[string]bool{"hospital": true, "hospitals": true, "school": true, "schools": true,
	"factory": true, "factories": true, "plant": true, "farm": true, "museum": true, "shop": true,
	"shipyard": true, "clinic": true, "prison": true, "mine": true, "warehouse": true, "store": true,
	"exhibition": true, "campus": true, "constituency": true, "flood-hit": true, "depot": true}

// visitsFacility reports whether the object of "visited" at i is a
// facility: a determiner then, within four words, one of facilities.
func (s *sentCtx) visitsFacility(i int) bool {
	if !isOneOf(s.lw(i+1), "a", "an", "the") {
		return false
	}
	for j := i + 2; j <= i+5 && j < len(s.toks); j++ {
		if facilities[s.toks[j].Lower] {
			return true
		}
	}
	return false
}

// privateSubject reports whether the verb at i has a private group as its
// subject: one of privateGroups within the five tokens before it.
func (s *sentCtx) privateSubject(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if privateGroups[s.toks[j].Lower] {
			return true
		}
	}
	return false
}

// capitalOfHost reports whether "the capital" can stand for a state's
// capital: the sentence or the document names a state or a capital.
func (s *sentCtx) capitalOfHost() bool {
	for _, m := range s.mentions {
		if m.Kind == mCountry || m.Kind == mCapital {
			return true
		}
	}
	return len(s.doc.recentStates) > 0
}

// beInCapital reads "he will be in Washington on Monday", "Lula is to be in
// Lisbon from Thursday": a person's stay in a state or its capital, with
// the verb "be" at i, is a visit. A posting ("will be in Paris as
// ambassador") and a figure of speech ("will be in Washington's hands")
// are not.
func (s *sentCtx) beInCapital(i int) (candidate, bool) {
	if s.lw(i+1) != "in" || !isOneOf(s.lw(i-1), "will", "'ll", "would", "to", "should", "also") {
		return candidate{}, false
	}
	m, ok := s.mentionAt(i + 2)
	if !ok || m.Tok != i+2 || !s.stateOrCapital(m) || s.lw(m.End) == "'s" || s.lw(m.End) == "as" || s.settled(m.End) {
		return candidate{}, false
	}
	// the subject: a person or a pronoun for one just before the modal
	subj := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.personEndsAt(k) || isOneOf(s.lw(k), "he", "she") || s.lw(k) == "delegation" {
			subj = true
			break
		}
	}
	if !subj || s.hasSports() || s.privateSubject(i) || s.near(i, 5, 0, "senator", "governor", "mayor", "lawmaker", "congressman", "congresswoman", "sen.", "rep.") || s.atHome(i, m) {
		return candidate{}, false // "The senator will be in Washington for the vote": a domestic office
	}
	return candidate{Type: Visit, CAMEO: "042", Tok: i, End: i + 2, Strength: 0.5}, true
}

// travelledBefore reports whether a verb of travel stands before token i in
// the sentence: "travelled to Seoul ..., becoming the first to visit".
func (s *sentCtx) travelledBefore(i int) bool {
	for k := 0; k < i; k++ {
		switch s.toks[k].Lower {
		case "travelled", "traveled", "flew", "arrived", "landed", "visited", "toured", "went":
			return true
		}
	}
	return false
}

// apposedPerson reports a person's name, then an apposition between commas,
// right before the verb at i: "Nguyen Phu Trong, the party chief, came".
func (s *sentCtx) apposedPerson(i int) bool {
	if s.lw(i-1) != "," {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-9; k-- {
		if s.lw(k) == "," {
			return s.personEndsAt(k)
		}
		if !s.toks[k].Word {
			return false
		}
	}
	return false
}

// secondStop returns the "to" of a second destination after the one at k
// ("flew on to Kiribati on Friday, and then to Apia", "travelled to Lima
// and on to Quito"), or 0.
func (s *sentCtx) secondStop(k int) int {
	for j := k + 1; j < len(s.toks) && j <= k+14; j++ {
		if s.lw(j) != "and" {
			if isOneOf(s.lw(j), "but", "while", ";", "to", "—") {
				return 0
			}
			continue
		}
		t := j + 1
		for t < len(s.toks) && t <= j+3 && isOneOf(s.lw(t), "then", "on", "later", "finally", "afterwards", ",") {
			t++
		}
		if t == j+1 || s.lw(t) != "to" {
			return 0 // "and to" alone may be a purpose ("and to discuss"); a stop needs "then" or "on"
		}
		if m, ok := s.mentionAt(t + 1); ok && m.Tok == t+1 && (s.stateOrCapital(m) || m.Kind == mCapital) {
			return t
		}
		return 0
	}
	return 0
}

// theCapital reports "the capital", "the Venezuelan capital", "the PNG
// capital" at k: a state's capital named by its common noun.
func (s *sentCtx) theCapital(k int) bool {
	if s.lw(k) != "the" {
		return false
	}
	if s.lw(k+1) == "capital" {
		return s.lw(k+2) != "of" && s.capitalOfHost()
	}
	if s.lw(k+2) == "capital" && s.lw(k+3) != "of" && k+1 < len(s.toks) && s.toks[k+1].Cap {
		m, ok := s.mentionAt(k + 1)
		return ok && (m.Kind == mDemonym || m.Kind == mCountry)
	}
	return false
}

// appositiveTrip reports a visit noun in an apposition after a verb of
// travel: "arrived in Tokyo on Sunday for talks, his second visit to Japan
// since taking office". The noun restates the trip the verb reports.
func (s *sentCtx) appositiveTrip(i int) bool {
	k := i - 1
	for k > 0 && k >= i-3 && (isOneOf(s.lw(k), "first", "second", "third", "fourth", "fifth", "latest", "maiden", "sixth", "official", "state", "two-day", "three-day") || strings.HasSuffix(s.lw(k), "th")) {
		k--
	}
	if !isOneOf(s.lw(k), "his", "her", "their") || s.lw(k-1) != "," {
		return false
	}
	return s.travelledBefore(k)
}

// atHome reports whether the person before the verb at i belongs to the
// state of the place m ("Lula will be in Brasilia on Monday"): no visit.
func (s *sentCtx) atHome(i int, m mention) bool {
	place := m.Name
	if m.Kind == mCapital {
		place = m.Country
	}
	for _, p := range s.mentions {
		if p.End > i || p.End < i-4 || p.Kind != mPerson && p.Kind != mTitle {
			continue
		}
		name := s.doc.person(p)
		if name == "" {
			name = p.Name
		}
		if c := s.doc.countryOfPerson(name); c != "" && c == place {
			return true
		}
	}
	// "the Brazilian president will be in Brasilia", "Japan's prime minister is in Tokyo"
	for _, d := range s.mentions {
		if d.Tok < i-6 || d.End > i || !(d.Kind == mDemonym || d.Kind == mCountry && (d.Modifier || s.lw(d.End) == "'s")) {
			continue
		}
		c := d.Name
		if d.Kind == mDemonym {
			c = d.Country
		}
		if c != "" && c == place {
			return true
		}
	}
	return false
}

// personObject finds the person named right after the verb at i ("invited
// President Ebrahim Raisi", "sending Foreign Secretary Teuea Toatu"), past a
// modifier such as a demonym. It returns the mention and the token after the
// name, including capitalised words a title mention leaves out.
func (s *sentCtx) personObject(i int) (mention, int, bool) {
	m, ok := s.mentionAfter(i+1, 1)
	if ok && m.Modifier {
		m, ok = s.mentionAfter(m.End, 0)
	}
	if !ok || m.Kind != mPerson && m.Kind != mTitle {
		return mention{}, 0, false
	}
	e := m.End
	for e < len(s.toks) && e < m.End+4 && s.toks[e].Cap && s.toks[e].Word {
		e++
	}
	return m, e, true
}
