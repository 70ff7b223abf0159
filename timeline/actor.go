package timeline

import (
	"sort"
	"strconv"
	"strings"
)

// mentionKind classifies a named mention in a sentence.
type mentionKind int

const (
	mPerson  mentionKind = iota // a person, possibly with a title
	mTitle                      // a title without a name: "the Secretary of State"
	mCountry                    // a country name
	mDemonym                    // a nationality adjective: "Finnish"
	mOrg                        // an organisation: "NATO", "the alliance"
	mCapital                    // a capital or listed city; a place or a metonym
	mSeat                       // a seat of government: "the White House"
	mPronoun                    // his, her, its, their, he, she
	mGroup                      // "the two countries", "both leaders": Name is "countries" or "leaders"
)

// mention is one recognised name in a sentence.
type mention struct {
	Kind     mentionKind
	Name     string // canonical name: "Jens Stoltenberg", "NATO", "United States"
	Country  string // the country a capital, seat or demonym stands for
	Place    string // location form: "Washington", "the Pentagon"
	Title    string // normalised title key ("defense secretary")
	Tok, End int    // token range [Tok, End)
	Modifier bool   // a modifier of a following title or name: "U.S." in "U.S. Secretary of State"
	Coord    bool   // a country joined to the country before by a list separator: "Bahrain" in "the UAE, Bahrain and Egypt"
	Prep     string // lower-cased word before the mention (in, to, at...)
}

// titles maps lower-cased titles to a normalised key; variants of the same
// office share a key ("secretary of defense", "defence secretary").
var titles = map[string]string{}

func init() {
	for _, t := range []string{
		"president", "vice president", "vice-president", "president-elect", "prime minister", "deputy prime minister",
		"chancellor", "foreign minister", "foreign secretary", "defense minister", "defence minister",
		"defense secretary", "defence secretary", "secretary of defense", "secretary of defence",
		"secretary of state", "secretary-general", "secretary general", "general secretary", "deputy secretary-general",
		"minister", "king", "queen", "prince", "crown prince", "emir", "sheikh", "sultan", "pope", "emperor",
		"ambassador", "envoy", "special envoy", "senator", "sen.", "rep.", "speaker", "premier", "supreme leader",
		"chairman", "chairwoman", "high representative", "commissioner", "governor", "mayor", "gen.", "general",
		"admiral", "adm.", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "national security adviser",
		"national security advisor", "taoiseach", "foreign affairs minister", "minister of foreign affairs",
		"minister for foreign affairs", "trade minister", "finance minister", "interior minister", "economy minister",
		"president of the european commission", "european commission president", "european council president",
		"commission president", "state secretary", "deputy foreign minister", "his majesty", "her majesty",
		"treasury secretary", "secretary of the treasury", "commerce secretary", "secretary of commerce",
		"first lady", "leader", "chief", "head of state",
		"trade representative", "vice premier", "foreign policy chief", "deputy secretary of state", "under secretary of state",
		"crown princess", "grand duke", "state councillor", "state councilor", "high commissioner", "chargé d'affaires",
		"gen", "adm", "sen", "rep", // "Gen. Omar Torrijos": the period is a token of its own
		// plurals before two names: "Foreign Ministers Wang Yi and Sergei Lavrov"
		"foreign ministers", "prime ministers", "presidents", "defence ministers", "defense ministers",
	} {
		titles[t] = titleKey(t)
	}
}

// titleKey normalises a title: lower case, British spellings made American,
// function words dropped, words sorted, so that "Secretary of Defence" and
// "Defense Secretary" share "defense secretary".
func titleKey(t string) string {
	t = strings.ToLower(t)
	t = strings.NewReplacer("defence", "defense", "-", " ", ".", "", "advisor", "adviser", "foreign affairs", "foreign").Replace(t)
	var ws []string
	for _, w := range strings.Fields(t) {
		switch w {
		case "of", "the", "for", "and":
			continue
		}
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return strings.Join(ws, " ")
}

// regnalTitles stay with a single name: "Pope Francis", "King Abdullah".
var regnalTitles = map[string]bool{"pope": true, "king": true, "queen": true, "emperor": true, "prince": true,
	"crown prince": true, "emir": true, "sheikh": true, "sultan": true}

// courtesyTitles carry no office; they never stand alone for a person.
var courtesyTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "leader": true, "chief": true, "majesty his": true, "her majesty": true}

// nameStop lists capitalised words that are never part of a person's name.
var nameStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an in on at as for with during after before since while when
		this that these those his her their its our it he she they we i but and or of to by from
		according despite under over between among amid following ahead however meanwhile later earlier
		both each all some many most several other another such no not yes if although though because
		january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
		president minister secretary general chancellor king queen prince ambassador envoy senator
		leader leaders officials official spokesman spokeswoman spokesperson foreign defense defence state
		organization organisation union council ministry department house office republic kingdom states
		nations forces army navy party congress parliament senate assembly commission court bank fund agency
		centre center institute university treaty accords accord agreement summit alliance security cold war
		north south east west eastern western northern southern central europe european asia asian africa
		african america american atlantic pacific indo-pacific middle global world international national
		new old great federal royal sponsored ads back read more see explore conclusion looking reflections
		challenges context internal strategic breaking news the pentagon white kremlin capitol article
		readout statement published updated press release joint declaration communique charter convention
		protocol memorandum day week month year years sea ocean gulf strait island islands region river
		democratic republican governor mayor speaker chairman chairwoman premier emir sheikh sultan pope
		cabinet government administration embassy consulate mission delegation group committee
		mr mrs ms dr gen adm sen rep lt col capt auditorium hall hotel palace building square park
		museum base airport hill stadium arena centre headquarters street avenue church cathedral act
		there here then also instead now still yet so thus separately afterwards subsequently finally
		born air force embassies officials sources analysts`) {
		nameStop[w] = true
	}
}

// placeHeads end the names of buildings and venues.
var placeHeads = map[string]bool{"auditorium": true, "hall": true, "center": true, "centre": true, "building": true,
	"palace": true, "square": true, "street": true, "airport": true, "stadium": true, "university": true,
	"hotel": true, "estate": true, "park": true, "museum": true, "cathedral": true, "castle": true, "house": true}

// thingHeads end capitalised names of places and things that are no
// people: "Galwan Valley", "Suez Canal", "Golan Heights", "Qatar Airways".
var thingHeads = map[string]bool{"route": true, "valley": true, "corridor": true, "canal": true, "heights": true,
	"strait": true, "peninsula": true, "bridge": true, "road": true, "highway": true, "pass": true, "river": true,
	"lake": true, "mountains": true, "desert": true, "airways": true, "airlines": true, "prize": true, "award": true,
	"cup": true, "kings": true, "rays": true, "labs": true, "motors": true, "holdings": true, "bay": true, "coast": true,
	"field": true, "fields": true, "basin": true, "plateau": true, "gate": true, "line": true, "games": true,
	"expo": true, "fair": true, "exhibition": true, "festival": true}

// documentHeads follow a place in the names of documents and meetings
// ("the Rio de Janeiro Protocol", "the Bandung Conference"): the place is
// no person.
var documentHeads = map[string]bool{"protocol": true, "treaty": true, "accords": true, "accord": true, "agreement": true,
	"declaration": true, "charter": true, "summit": true, "process": true, "communique": true, "communiqué": true,
	"convention": true, "conference": true, "talks": true, "format": true, "memorandum": true}

// nameParticles may appear in lower case inside a name.
var nameParticles = map[string]bool{"bin": true, "al": true, "von": true, "van": true, "de": true, "da": true, "der": true, "le": true, "la": true, "du": true, "di": true, "ibn": true}

// pronouns that can stand for an actor next to a trigger.
var pronouns = map[string]bool{"he": true, "she": true, "his": true, "her": true, "its": true, "their": true, "they": true, "it": true}

// listAfterColon reports whether a ":" follows token i in the same
// sentence, within twelve tokens: "ten countries joined the EU at once:
// Cyprus, ...".
func listAfterColon(toks []token, i int) bool {
	for j := i; j < len(toks) && j <= i+12; j++ {
		if toks[j].Lower == ":" {
			return true
		}
		if toks[j].Lower == ";" || toks[j].Lower == "." {
			return false
		}
	}
	return false
}

// prepositions before a place name.
var placePreps = map[string]bool{"in": true, "to": true, "at": true, "from": true, "near": true, "into": true, "outside": true, "across": true, "through": true, "toward": true, "towards": true, "via": true, "around": true}

// recognise finds the names in a tokenised sentence.
func recognise(toks []token) []mention {
	return appendMentions(nil, toks)
}

// appendMentions appends the mentions of a tokenised sentence to ms.
func appendMentions(ms []mention, toks []token) []mention {
	base := len(ms)
	i := 0
	for i < len(toks) {
		t := toks[i]
		if !t.Word {
			i++
			continue
		}
		prep := ""
		if i > 0 {
			prep = toks[i-1].Lower
			if prep == "the" && i > 1 {
				prep = toks[i-2].Lower
			}
		}
		// fast path: a lower-case word starts a mention only if it is a
		// title ("the president"), a pronoun or "the" ("the alliance")
		if !t.Cap && t.lex&lexLowerStarter == 0 && !isDigitStart(t.Lower) {
			i++
			continue
		}
		if parts := hyphenParts(t); parts != nil && !(i+1 < len(toks) && toks[i+1].isName() && toks[i+1].lex&lexNameStop == 0 && hyphenAdjective(t.Text)) {
			for _, p := range parts {
				p.Tok, p.End, p.Prep = i, i+1, prep
				ms = append(ms, p)
			}
			i++
			continue
		}
		if m, ok := matchOrg(toks, i); ok {
			m.Prep = prep
			ms = append(ms, m)
			i = m.End
			continue
		}
		if m, ok := matchOrgPhrase(toks, i); ok {
			m.Prep = prep
			ms = append(ms, m)
			i = m.End
			continue
		}
		if m, ok := matchSeat(toks, i); ok {
			m.Prep = prep
			ms = append(ms, m)
			i = m.End
			continue
		}
		if m, ok := matchTitle(toks, i); ok {
			m.Prep = prep
			if n := len(ms); m.Kind == mPerson && regnalTitles[m.Title] && n > base && ms[n-1].Kind == mTitle && ms[n-1].End == i {
				// "Foreign Minister Prince Faisal bin Farhan": the office
				// is the title, the rank part of the name
				m.Title, m.Tok, m.Prep = ms[n-1].Title, ms[n-1].Tok, ms[n-1].Prep
				ms = ms[:n-1]
				i = m.Tok
			}
			// a country, demonym or organisation right before a named
			// person's title modifies it ("U.S. Secretary of State Antony
			// Blinken"); before a bare title it stays an actor ("Japan's
			// ambassador")
			if n := len(ms); m.Kind == mTitle {
				if n > base && ms[n-1].Kind == mDemonym && ms[n-1].End == i {
					ms[n-1].Kind = mCountry
				}
			} else if n > base && ms[n-1].End == i && (ms[n-1].Kind == mCountry || ms[n-1].Kind == mDemonym || ms[n-1].Kind == mOrg) {
				ms[n-1].Modifier = true
				m.Country = ms[n-1].Name
			} else if n > base && i >= 2 && ms[n-1].End == i-1 && toks[i-1].Lower == "'s" && (ms[n-1].Kind == mCountry || ms[n-1].Kind == mOrg) {
				ms[n-1].Modifier = true // "Finland's President Sauli Niinistö"
				if m.Kind == mPerson {
					m.Country = ms[n-1].Name
				}
			}
			ms = append(ms, m)
			i = m.End
			continue
		}
		if m, ok := matchPlaceOrCountry(toks, i); ok {
			m.Prep = prep
			// a dateline place ("WASHINGTON —", "BRUSSELS, April 4") is
			// where the story was filed, not an actor
			if i == 0 && isAllCaps(t.Text) && m.End < len(toks) && datelineEnd(toks[m.End]) {
				m.Kind, m.Name, m.Country, m.Prep = mCapital, "", "", "dateline"
				if m.Place == "" {
					m.Place = joinText(toks[i:m.End])
				}
				// "SEOUL, South Korea (AP) —": the country is the dateline's too
				if toks[m.End].Text == "," && m.End+1 < len(toks) {
					if c, ok := matchPlaceOrCountry(toks, m.End+1); ok && c.End < len(toks) && datelineEnd(toks[c.End]) && toks[c.End].Text != "," {
						ms = append(ms, m)
						m = mention{Kind: mCapital, Place: joinText(toks[c.Tok:c.End]), Prep: "dateline", Tok: c.Tok, End: c.End}
					}
				}
			}
			if m.End < len(toks) && toks[m.End].Cap && thingHeads[toks[m.End].Lower] && m.Prep != "dateline" {
				// "Qatar Airways", "Turkish Airlines": a company, no state
				ms = append(ms, mention{Kind: mCapital, Place: joinText(toks[i : m.End+1]), Tok: i, End: m.End + 1, Prep: prep})
				i = m.End + 1
				continue
			}
			if m.Kind == mDemonym && m.End == i+1 && pluralDemonyms[t.Lower] {
				m.Kind = mCountry // "six Canadians": the state's people
			}
			if m.Kind == mDemonym && m.End < len(toks) && toks[m.End].Lower == "capital" && !m.Modifier {
				// "the Rwandan capital": the capital of that state, a place
				if city := capitalOf(m.Country); city != "" {
					m.Kind, m.Place, m.End = mCapital, city, m.End+1
					if i > 0 && toks[i-1].Lower == "the" {
						m.Tok = i - 1 // the place starts a phrase: "travelled to the Kenyan capital"
					}
				}
			}
			if m.Kind == mCapital && m.Country != "" && i >= 2 && toks[i-1].Lower == "in" && isOneOf(toks[i-2].Lower, "government", "authorities", "leadership", "regime", "administration", "rulers", "junta") {
				m.Prep = "of" // "the authorities in Taipei": the state, not a place
			}
			ms = append(ms, m)
			i = m.End
			continue
		}
		if t.Lower == "congressional" && i+1 < len(toks) && isOneOf(toks[i+1].Lower, "leaders", "members", "delegation", "lawmakers") {
			ms = append(ms, mention{Kind: mOrg, Name: "U.S. Congress", Tok: i, End: i + 1, Prep: prep})
			i++
			continue
		}
		// "the leaders' video call", "the two could meet"
		if t.Lower == "the" && i+2 < len(toks) && isOneOf(toks[i+1].Lower, "leaders", "presidents") && toks[i+2].Text == "'" {
			ms = append(ms, mention{Kind: mGroup, Name: "leaders", Tok: i, End: i + 3, Prep: prep})
			i += 3
			continue
		}
		if t.Lower == "two" && i > 0 && toks[i-1].Lower == "the" && i+1 < len(toks) && isOneOf(toks[i+1].Lower, "could", "would", "will", "met", "have", "had", "also", "last", "first", "then", "held", "spoke", "signed", "agreed", "are", "were", "may", "might", "should") {
			ms = append(ms, mention{Kind: mGroup, Name: "leaders", Tok: i, End: i + 1, Prep: prep})
			i++
			continue
		}
		// "the pair", "the ministers": the two people named last
		if i > 0 && toks[i-1].Lower == "the" && (t.Lower == "pair" || t.Lower == "ministers" && (i+1 >= len(toks) || !isOneOf(toks[i+1].Lower, "of", "from", "'"))) && !t.Cap {
			ms = append(ms, mention{Kind: mGroup, Name: "leaders", Tok: i, End: i + 1, Prep: prep})
			i++
			continue
		}
		// "the four leaders": the people named last
		if n, ok := groupNumberOf(t); ok && i > 0 && toks[i-1].Lower == "the" && i+1 < len(toks) && isOneOf(toks[i+1].Lower, "leaders", "ministers", "presidents", "heads", "men", "women") && (i+2 >= len(toks) || !isOneOf(toks[i+2].Lower, "of", "from")) {
			ms = append(ms, mention{Kind: mGroup, Name: "leaders", Place: n, Tok: i, End: i + 2, Prep: prep})
			i += 2
			continue
		}
		// "the four heads of government": the states of a list named
		// before (their leaders are seldom those named)
		if n, ok := groupNumberOf(t); ok && i > 0 && toks[i-1].Lower == "the" && i+3 < len(toks) && toks[i+1].Lower == "heads" && toks[i+2].Lower == "of" && isOneOf(toks[i+3].Lower, "government", "state") {
			ms = append(ms, mention{Kind: mGroup, Name: "countries", Place: n, Tok: i, End: i + 4, Prep: prep})
			i += 4
			continue
		}
		// "the four states", "the three countries": a list named before
		if n, ok := groupNumberOf(t); ok && i+1 < len(toks) && isOneOf(toks[i+1].Lower, "countries", "states", "nations", "governments", "juntas", "neighbours", "neighbors", "members") && (i > 0 && toks[i-1].Lower == "the" || listAfterColon(toks, i+2)) {
			ms = append(ms, mention{Kind: mGroup, Name: "countries", Place: n, Tok: i, End: i + 2, Prep: prep})
			i += 2
			continue
		}
		// "the four occupying powers", "the three Baltic states"
		if n, ok := groupNumbers[t.Lower]; ok && i > 0 && toks[i-1].Lower == "the" && i+2 < len(toks) && toks[i+1].Word && !isOneOf(toks[i+1].Lower, "of", "and", "or", "leaders", "ministers") && isOneOf(toks[i+2].Lower, "countries", "states", "nations", "governments", "powers", "neighbours", "neighbors", "members", "republics", "monarchies") {
			ms = append(ms, mention{Kind: mGroup, Name: "countries", Place: n, Tok: i, End: i + 3, Prep: prep})
			i += 3
			continue
		}
		// "the neighbours", "the two neighbours": the two states the text is about
		if i > 0 && toks[i-1].Lower == "the" && isOneOf(t.Lower, "neighbours", "neighbors") && (i+1 >= len(toks) || !isOneOf(toks[i+1].Lower, "of", "'")) {
			ms = append(ms, mention{Kind: mGroup, Name: "countries", Tok: i, End: i + 1, Prep: prep})
			i++
			continue
		}
		// "the kingdom", "the emirate": the monarchy the text has named
		if i > 0 && toks[i-1].Lower == "the" && isOneOf(t.Lower, "kingdom", "emirate", "sultanate") && !t.Cap && (i+1 >= len(toks) || toks[i+1].Lower != "of") {
			ms = append(ms, mention{Kind: mGroup, Name: t.Lower, Tok: i, End: i + 1, Prep: prep})
			i++
			continue
		}
		// "Gulf Arab leaders", "Gulf Arab states": the Gulf Cooperation Council
		if t.Text == "Gulf" && i+2 < len(toks) && toks[i+1].Text == "Arab" && isOneOf(toks[i+2].Lower, "leaders", "states", "monarchies", "rulers", "countries", "nations", "ministers", "neighbours", "neighbors") {
			ms = append(ms, mention{Kind: mOrg, Name: "GCC", Tok: i, End: i + 2, Prep: prep})
			i += 2
			continue
		}
		if (t.Lower == "two" || t.Lower == "both") && i+2 < len(toks) && isOneOf(toks[i+1].Lower, "former", "old", "longtime", "long-time", "neighbouring", "neighboring", "erstwhile") && isOneOf(toks[i+2].Lower, "adversaries", "rivals", "enemies", "foes", "allies", "neighbours", "neighbors", "countries", "powers", "partners") {
			// "the two former adversaries"
			ms = append(ms, mention{Kind: mGroup, Name: "pair", Tok: i, End: i + 3, Prep: prep})
			i += 3
			continue
		}
		if (t.Lower == "two" || t.Lower == "both") && i+1 < len(toks) && isOneOf(toks[i+1].Lower, "adversaries", "rivals", "enemies", "foes", "allies", "neighbours", "neighbors", "powers") {
			ms = append(ms, mention{Kind: mGroup, Name: "pair", Tok: i, End: i + 2, Prep: prep})
			i += 2
			continue
		}
		if (t.Lower == "each" || t.Lower == "either") && i+1 < len(toks) && isOneOf(toks[i+1].Lower, "side", "capital", "government") {
			// "each side sent home one of the other's diplomats"
			ms = append(ms, mention{Kind: mGroup, Name: "countries", Tok: i, End: i + 2, Prep: prep})
			i += 2
			continue
		}
		if (t.Lower == "two" || t.Lower == "both") && i+1 < len(toks) {
			switch toks[i+1].Lower {
			case "countries", "nations", "sides", "governments", "states", "capitals":
				ms = append(ms, mention{Kind: mGroup, Name: "countries", Tok: i, End: i + 2, Prep: prep})
				i += 2
				continue
			case "presidents":
				ms = append(ms, mention{Kind: mGroup, Name: "presidents", Tok: i, End: i + 2, Prep: prep})
				i += 2
				continue
			case "leaders", "men", "women", "ministers", "heads":
				ms = append(ms, mention{Kind: mGroup, Name: "leaders", Title: roleOf(toks[i+1].Lower), Tok: i, End: i + 2, Prep: prep})
				i += 2
				continue
			case "prime", "foreign", "defence", "defense", "vice", "finance", "trade":
				// "the two prime ministers", "both foreign ministers"
				if i+2 < len(toks) && isOneOf(toks[i+2].Lower, "ministers", "presidents", "secretaries") {
					ms = append(ms, mention{Kind: mGroup, Name: "leaders", Title: roleOf(toks[i+2].Lower), Tok: i, End: i + 3, Prep: prep})
					i += 3
					continue
				}
			}
		}
		if t.Lower == "the" {
			if n := stateNounLen(toks, i+1); n > 0 {
				// "the new state", "the country": the state the text is
				// about; "the Gulf kingdom": the monarchy
				name := "state"
				if w := toks[i+n].Lower; isOneOf(w, "kingdom", "emirate", "sultanate") {
					name = w
				}
				ms = append(ms, mention{Kind: mGroup, Name: name, Tok: i, End: i + 1 + n, Prep: prep})
				i += 1 + n
				continue
			}
		}
		if t.lex&lexPronoun != 0 {
			ms = append(ms, mention{Kind: mPronoun, Name: t.Lower, Tok: i, End: i + 1, Prep: prep})
			i++
			continue
		}
		if t.Lower == "the" && i+1 < len(toks) {
			if cands, ok := genericOrgList[toks[i+1].Lower]; ok && !toks[i+1].Cap {
				ms = append(ms, mention{Kind: mOrg, Name: "", Place: toks[i+1].Lower, Tok: i, End: i + 2, Prep: prep, Country: cands})
				i += 2
				continue
			}
			// "the 27-member bloc", "the 32-nation alliance", "the
			// military alliance", "the regional grouping"
			if i+2 < len(toks) && !toks[i+2].Cap && isGenericOrgNoun(toks[i+2].Lower) && (memberCount(toks[i+1].Lower) || orgAdjectives[toks[i+1].Lower]) {
				if cands, ok := genericOrgList[toks[i+2].Lower]; ok {
					ms = append(ms, mention{Kind: mOrg, Name: "", Place: toks[i+2].Lower, Tok: i, End: i + 3, Prep: prep, Country: cands})
					i += 3
					continue
				}
			}
		}
		if n := nameLen(toks, i); n > 0 {
			if i > 0 && toks[i-1].Text == "(" && i+n < len(toks) && toks[i+n].Text == ")" {
				i += n // "(Timeline Wire)": an agency in a dateline
				continue
			}
			if n == 1 && isAllCaps(t.Text) && len(t.Text) >= 2 && len(t.Text) <= 6 && !strings.Contains(t.Text, ".") && !notAcronymOrgs[t.Text] {
				// an unknown acronym is an organisation: "OAU", "ECOWAS"
				ms = append(ms, mention{Kind: mOrg, Name: t.Text, Tok: i, End: i + 1, Prep: prep})
				i++
				continue
			}
			if n >= 2 && thingHeads[toks[i+n-1].Lower] || i+n < len(toks) && toks[i+n].Cap && documentHeads[toks[i+n].Lower] {
				// "the Galwan Valley", "the Trump Route", "Qatar Airways": a
				// place or a thing, no person
				ms = append(ms, mention{Kind: mCapital, Place: joinText(toks[i : i+n]), Tok: i, End: i + n, Prep: prep})
				i += n
				continue
			}
			if i+n < len(toks) && toks[i+n].lex&lexPlaceHead != 0 && toks[i+n].Cap {
				// "the Andrew W. Mellon Auditorium", "the Filoli Estate": a place
				ms = append(ms, mention{Kind: mCapital, Place: joinText(toks[i : i+n+1]), Tok: i, End: i + n + 1, Prep: prep})
				i += n + 1
				continue
			}
			name := joinText(toks[i : i+n])
			// a name followed by a title ("Stoltenberg, NATO's chief") is still a name
			pm := mention{Kind: mPerson, Name: name, Tok: i, End: i + n, Prep: prep}
			if k := len(ms); k > base && i >= 2 && ms[k-1].End == i-1 && toks[i-1].Lower == "'s" && (ms[k-1].Kind == mCountry || ms[k-1].Kind == mOrg) {
				pm.Country = ms[k-1].Name // "Australia's Scott Morrison": his state, which stays an actor
			}
			ms = append(ms, pm)
			i += n
			continue
		}
		i++
	}
	markCoordinated(ms[base:], toks)
	return ms
}

// markCoordinated marks each country joined to the country before it by
// commas, "and" or "the" only ("Saudi Arabia, the UAE, Bahrain and Egypt"),
// so that a list can be told from other countries of its sentence ("a
// boycott of Qatar by ...").
func markCoordinated(ms []mention, toks []token) {
	prev := -1
	for k := range ms {
		// "Vyacheslav Molotov of the Soviet Union": the person's state
		if ms[k].Kind == mCountry && ms[k].Prep == "of" && k > 0 && ms[k-1].Kind == mPerson && ms[k-1].Country == "" && ms[k].Tok-ms[k-1].End <= 2 && toks[ms[k-1].End].Lower == "of" {
			ms[k-1].Country = ms[k].Name
		}
		if ms[k].Kind != mCountry || ms[k].Modifier {
			if ms[k].Kind == mPerson && k > 0 && ms[k-1].Kind == mPerson && (ms[k].Tok == ms[k-1].End+1 && isOneOf(toks[ms[k-1].End].Lower, "and", ",") || ms[k].Tok == ms[k-1].End+2 && toks[ms[k-1].End].Lower == "," && toks[ms[k-1].End+1].Lower == "and") {
				ms[k].Coord = true // "Donald Tusk and Jean-Claude Juncker"
			}
			// "President Ana Rojas and Chilean President Luis Soto": the
			// state before the second title joins the two people
			if ms[k].Kind == mPerson && k > 1 && ms[k-1].Modifier && ms[k-1].End == ms[k].Tok && ms[k-2].Kind == mPerson && ms[k-1].Tok == ms[k-2].End+1 && toks[ms[k-2].End].Lower == "and" {
				ms[k].Coord = true
			}
			continue
		}
		if prev >= 0 && ms[k].Tok > ms[prev].End && ms[k].Tok-ms[prev].End <= 3 {
			ok := true
			for _, t := range toks[ms[prev].End:ms[k].Tok] {
				if !isOneOf(t.Lower, ",", "and", "the", "&") {
					ok = false
					break
				}
			}
			ms[k].Coord = ok
		}
		prev = k
	}
}

// addCoordinatedLists records each list of three or more countries joined
// by commas and "and" that is shorter than all the total countries of its
// sentence: "the four countries" after "a boycott of Qatar by Saudi Arabia,
// the UAE, Bahrain and Egypt" are the four listed.
func (d *docCtx) addCoordinatedLists(ms []mention, total int) {
	var run []string
	flush := func() {
		if len(run) >= 3 && len(run) < total {
			d.countryLists = append(d.countryLists, run)
		}
		run = nil
	}
	for _, m := range ms {
		if m.Kind != mCountry || m.Modifier {
			continue
		}
		if !m.Coord {
			flush()
		}
		if !contains(run, m.Name) {
			run = append(run, m.Name)
		}
	}
	flush()
}

// noteGroup records the first people named together near the start of a
// sentence ("Donald Tusk and Jean-Claude Juncker began the week"), whom a
// later "they" stands for; a sentence opening with another person or state
// ends the group.
func (d *docCtx) noteGroup(ms []mention) {
	d.lastListAge++
	if g := d.peopleList(ms); len(g) >= 3 {
		d.lastList, d.lastListAge = g, 0
	}
	for k, m := range ms {
		if m.Tok > 12 {
			break
		}
		switch {
		case m.Kind == mPerson && nextCoordPerson(ms, k) > 0:
			var g []string
			for j := k; j >= 0; j = nextCoordPerson(ms, j) {
				if p := d.person(ms[j]); p != "" && !contains(g, p) {
					g = append(g, p)
				}
			}
			if len(g) >= 2 {
				d.lastGroup = g
			}
			return
		case (m.Kind == mPerson && d.person(m) != "" || m.Kind == mCountry && !m.Modifier) && m.Tok <= 2 && m.Prep != "dateline":
			d.lastGroup = nil
			return
		case m.Kind == mGroup && m.Name == "countries":
			d.lastGroup = nil // "the two sides agreed ... They also agreed": states
			return
		case m.Kind == mGroup && m.Name == "leaders" && m.Place == "":
			// "The resort has served the two men well ... they agreed"
			if g := strings.Split(d.likelyPeople(nil, m.Title), "|"); len(g) == 2 {
				d.lastGroup = g
			}
			return
		}
	}
}

// peopleList returns the first list of three or more people named together
// in ms, each perhaps followed by the state it speaks for ("Ana Lopez of
// Spain, Pierre Dubois of France and Hans Weber of Austria"), or nil.
func (d *docCtx) peopleList(ms []mention) []string {
	n := 0
	for _, m := range ms {
		if m.Kind == mPerson {
			n++
		}
	}
	if n < 3 {
		return nil // (cheap: most sentences name fewer people)
	}
	for k := 0; k < len(ms); k++ {
		if ms[k].Kind != mPerson {
			continue
		}
		end, j := ms[k].End, k+1
		var g []string
		if p := d.person(ms[k]); p != "" {
			g = append(g, p)
		}
		for j < len(ms) {
			if ms[j].Kind == mCountry && ms[j].Prep == "of" && ms[j].Tok-end <= 2 {
				end, j = ms[j].End, j+1 // "of the Soviet Union"
				continue
			}
			if ms[j].Kind != mPerson || ms[j].Tok-end > 2 || ms[j].Tok == end || !isOneOf(ms[j].Prep, "and", ",") {
				break
			}
			if p := d.person(ms[j]); p != "" && !contains(g, p) {
				g = append(g, p)
			}
			end, j = ms[j].End, j+1
		}
		if len(g) >= 3 {
			return g
		}
		k = j - 1
	}
	return nil
}

// nextCoordPerson returns the index of the person joined to ms[j] by "and"
// or a comma, past the state modifying its title ("and Chilean President
// Luis Soto"), or -1.
func nextCoordPerson(ms []mention, j int) int {
	for q := j + 1; q < len(ms) && q <= j+2; q++ {
		if ms[q].Kind == mPerson {
			if ms[q].Coord {
				return q
			}
			return -1
		}
		if !ms[q].Modifier {
			return -1
		}
	}
	return -1
}

// groupBefore returns the first people named together in ms ("Tusk and
// Juncker"), or nil.
func (d *docCtx) groupBefore(ms []mention) []string {
	for k, m := range ms {
		if m.Kind != mPerson || nextCoordPerson(ms, k) < 0 {
			continue
		}
		var g []string
		for j := k; j >= 0; j = nextCoordPerson(ms, j) {
			if p := d.person(ms[j]); p != "" && !contains(g, p) {
				g = append(g, p)
			}
		}
		return g
	}
	return nil
}

// likelyPeople returns, joined with "|", the two people "the two leaders",
// "the two presidents" or "their meeting" most likely stands for: among
// the people named lately and those given (here), the two the whole text
// names most, with a little weight for the two named last, the later on a
// tie; "" when there are fewer than two.
func (d *docCtx) likelyPeople(here []string, role string) string {
	cands := make([]string, 0, 8)
	for _, p := range d.recentPeople {
		if !contains(here, p) {
			cands = append(cands, p)
		}
	}
	for _, p := range here {
		if p != "" && !contains(cands, p) {
			cands = append(cands, p)
		}
	}
	// "the two ministers": people named with that office, when there are two
	if role != "" {
		var with []string
		for _, t := range d.titled {
			if p := d.person(mention{Kind: mPerson, Name: t.Name, Title: t.Key}); strings.Contains(t.Key, role) && p != "" && !contains(with, p) {
				with = append(with, p)
			}
		}
		if len(with) >= 2 {
			cands = with
		}
	}
	// the people named last weigh more: talks are mostly between the two
	// just named
	score := func(k int) int {
		n := d.timesNamed(cands[k])
		if k >= len(cands)-2 {
			n += 2 - (len(cands) - 1 - k)
		}
		return n
	}
	return topTwo(cands, score)
}

// topTwo returns the two candidates with the highest score, the later on a
// tie, joined with "|" in text order; "" when there are fewer than two.
func topTwo(cands []string, score func(k int) int) string {
	a, b := -1, -1
	for k := len(cands) - 1; k >= 0; k-- {
		n := score(k)
		switch {
		case a < 0 || n > score(a):
			a, b = k, a
		case b < 0 || n > score(b):
			b = k
		}
	}
	if b < 0 {
		return ""
	}
	if a > b {
		a, b = b, a
	}
	return cands[a] + "|" + cands[b]
}

// likelyState returns the state "the Baltic state" or "the island" most
// likely stands for when no state dominates the text: among the states
// named lately and not in this sentence (ms), the one the text names most,
// the later on a tie; "" when there is none.
func (d *docCtx) likelyState(ms []mention) string {
	best := ""
	for _, st := range d.recentStates {
		here := false
		for _, m := range ms {
			here = here || m.Kind == mCountry && m.Name == st || m.Country == st && m.Kind != mPerson
		}
		if !here && (best == "" || d.stateCount[st] >= d.stateCount[best]) {
			best = st
		}
	}
	return best
}

// likelyPair returns, joined with "|", the two states "the two countries" or
// "the two sides" most likely stands for when its sentence names fewer than
// two: among the states named lately and those of the sentence (here), the
// two the whole text names most, the later on a tie. "" when there are
// fewer than two.
func (d *docCtx) likelyPair(here []string) string {
	cands := make([]string, 0, 8)
	for _, st := range d.recentStates {
		if !contains(here, st) {
			cands = append(cands, st)
		}
	}
	cands = append(cands, here...)
	return topTwo(cands, func(k int) int { return d.stateCount[cands[k]] })
}

func joinText(toks []token) string {
	if len(toks) == 1 {
		return toks[0].Text
	}
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Text != "." {
			b.WriteByte(' ') // "Joseph R. Biden": an initial keeps its period
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func joinLower(toks []token) string {
	if len(toks) == 1 {
		return toks[0].Lower
	}
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Lower)
	}
	return b.String()
}

func isAllCaps(s string) bool {
	has := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			has = true
		}
	}
	return has
}

// firstWords maps the first word of each multi-word key of a table to the
// largest number of words of a key starting with it, so that matchers skip
// most tokens with one map lookup.
func firstWords[V any](table map[string]V) map[string]int {
	idx := map[string]int{}
	for k := range table {
		f := strings.Fields(k)
		if len(f) > idx[f[0]] {
			idx[f[0]] = len(f)
		}
	}
	return idx
}

var (
	orgFirst   = firstWords(organisations)
	seatFirst  = firstWords(seats)
	titleFirst map[string]int // built in init, after titles
)

// lowerStarters are the lower-case words that can start a mention.
var lowerStarters map[string]bool

// lowerStarterShapes filters words before lowerStarters is consulted.
var lowerStarterShapes wordShapes

// genericOrgList joins the candidates of each generic noun once.
var genericOrgList = func() map[string]string {
	m := map[string]string{}
	for k, v := range genericOrgs {
		m[k] = strings.Join(v, "|")
	}
	return m
}()

func init() {
	titleFirst = firstWords(titles)
	lowerStarters = map[string]bool{"the": true, "two": true, "both": true, "congressional": true, "kingdom": true, "emirate": true, "sultanate": true, "pair": true, "ministers": true, "neighbours": true, "neighbors": true, "each": true, "either": true}
	for w := range groupNumbers {
		lowerStarters[w] = true
	}
	for w := range titleFirst {
		lowerStarters[w] = true
	}
	for w := range pronouns {
		lowerStarters[w] = true
	}
	for w := range lowerStarters {
		lowerStarterShapes.add(w)
	}
}

func matchOrg(toks []token, i int) (mention, bool) {
	if toks[i].lex&lexOrgFirst == 0 {
		return mention{}, false
	}
	maxN, ok := orgFirst[toks[i].Lower]
	if !ok {
		return mention{}, false
	}
	var kb [64]byte // the lower-case key, without allocating
	for n := min(maxN, len(toks)-i); n >= 1; n-- {
		if !toks[i+n-1].Word {
			continue
		}
		key := appendLowerKey(kb[:0], toks[i:i+n])
		name, ok := organisations[string(key)]
		if !ok {
			continue
		}
		first := toks[i]
		if !first.Cap && !isDigitStart(first.Lower) {
			continue
		}
		if acronymOrgs[string(key)] && !isAllCaps(first.Text) {
			continue
		}
		return mention{Kind: mOrg, Name: name, Tok: i, End: i + n}, true
	}
	return mention{}, false
}

func isDigitStart(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func matchSeat(toks []token, i int) (mention, bool) {
	if toks[i].lex&lexSeatFirst == 0 {
		return mention{}, false
	}
	maxN, ok := seatFirst[toks[i].Lower]
	if !ok {
		return mention{}, false
	}
	var kb [64]byte // the lower-case key, without allocating
	for n := min(maxN, len(toks)-i); n >= 1; n-- {
		s, ok := seats[string(appendLowerKey(kb[:0], toks[i:i+n]))]
		if !ok || !toks[i].Cap {
			continue
		}
		return mention{Kind: mSeat, Name: s.Country, Country: s.Country, Place: s.Venue, Tok: i, End: i + n}, true
	}
	return mention{}, false
}

// matchTitle matches a title and the name after it: "Secretary of State
// Antony Blinken", "President Biden", or a bare title: "the President".
func matchTitle(toks []token, i int) (mention, bool) {
	if toks[i].lex&lexTitleFirst == 0 {
		return mention{}, false
	}
	maxN, ok := titleFirst[toks[i].Lower]
	if !ok {
		return mention{}, false
	}
	var kb [64]byte // the lower-case key, without allocating
	for n := min(maxN, len(toks)-i); n >= 1; n-- {
		key := appendLowerKey(kb[:0], toks[i:i+n])
		tk, ok := titles[string(key)]
		if !ok {
			continue
		}
		j := i + n
		// an abbreviated title keeps its period as a separate token
		if j < len(toks) && toks[j].Text == "." && len(key) <= 4 {
			j++
		}
		if k := nameLen(toks, j); k > 0 {
			name := joinText(toks[j : j+k])
			if k == 1 && regnalTitles[tk] {
				name = joinText(toks[i : j+k]) // "Pope Francis", "King Charles"
			}
			return mention{Kind: mPerson, Name: name, Title: tk, Tok: i, End: j + k}, true
		}
		if courtesyTitles[tk] {
			return mention{}, false
		}
		// a bare title counts when it is capitalised or follows "the"
		if toks[i].Cap || i > 0 && (toks[i-1].Lower == "the" || toks[i-1].Lower == "'s") {
			return mention{Kind: mTitle, Title: tk, Tok: i, End: j}, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// nameLen returns the number of tokens of a person's name starting at i:
// one to four capitalised words that are not stop words, with optional
// particles ("bin", "von") inside.
func nameLen(toks []token, i int) int {
	n := 0
	for j := i; j < len(toks) && n < 6; j++ {
		t := toks[j]
		// a leading initial after a title: "Foreign Minister S. Jaishankar",
		// "Prime Minister K. P. Sharma Oli"
		if n == 0 && i > 0 && toks[i-1].Cap && len(t.Text) == 1 && t.Cap && j+2 < len(toks) && toks[j+1].Text == "." && toks[j+2].isName() && toks[j+2].lex&lexNameStop == 0 && (len(toks[j+2].Text) >= 3 && (j+3 >= len(toks) || toks[j+3].Text != ".") || len(toks[j+2].Text) == 1 && j+4 < len(toks) && toks[j+3].Text == "." && toks[j+4].isName() && len(toks[j+4].Text) >= 3) {
			n += 2
			j++
			continue
		}
		// initials "John F. Kennedy", "Joseph R. Biden"
		if n > 0 && len(t.Text) == 1 && t.Cap && j+2 < len(toks) && toks[j+1].Text == "." && toks[j+2].isName() && toks[j+2].lex&lexNameStop == 0 {
			n += 2
			j++
			continue
		}
		if t.isName() && t.lex&lexNameStop == 0 && !strings.Contains(t.Text, ".") || n > 0 && t.lex&lexNameParticle != 0 && j+1 < len(toks) && (toks[j+1].isName() || toks[j+1].lex&lexNameParticle != 0 && j+2 < len(toks) && toks[j+2].isName()) || n > 0 && particleHyphen(t.Text) {
			if t.lex&lexDemonym != 0 {
				break
			}
			if isDigitStart(t.Lower) {
				break
			}
			n++
			continue
		}
		// initials "John F. Kennedy"
		if n > 0 && len(t.Text) == 1 && t.Cap && j+2 < len(toks) && toks[j+1].Text == "." && toks[j+2].isName() {
			n += 2
			j++
			continue
		}
		break
	}
	for n > 1 && toks[i+n-1].lex&lexNameParticle != 0 {
		n--
	}
	return n
}

// matchPlaceOrCountry matches a country (up to four words, "Bosnia and
// Herzegovina"), a demonym or a capital/listed city.
func matchPlaceOrCountry(toks []token, i int) (mention, bool) {
	t := toks[i]
	if !t.Cap || !knownFirstTok(t) {
		return mention{}, false
	}
	// the run of capitalised words (with "and", "of", "the" inside)
	run := 0
	for j := i; j < len(toks) && run < 5; j++ {
		u := toks[j]
		if !u.Word || !(u.Cap || u.Lower == "and" || u.Lower == "of" || u.Lower == "the") {
			break
		}
		run++
	}
	// the longest prefix of the run that is a known name, found in one pass
	longest := gaz().longestKnown(toks[i : i+run])
	if longest == 0 {
		return mention{}, false
	}
	var kb [64]byte // the lower-case key, without allocating
	for n := longest; n >= 1; n-- {
		last := toks[i+n-1]
		if !last.isName() {
			continue
		}
		ok := true
		for _, u := range toks[i : i+n] {
			if !u.Word || !(u.Cap || u.Lower == "and" || u.Lower == "of" || u.Lower == "the") {
				ok = false
				break
			}
		}
		if !ok || !gaz().knownTokens(toks[i:i+n]) {
			continue
		}
		phrase := joinText(toks[i : i+n])
		lower := appendLowerKey(kb[:0], toks[i:i+n])
		if d, ok := demonyms[string(lower)]; ok {
			return mention{Kind: mDemonym, Name: d, Country: d, Tok: i, End: i + n}, true
		}
		if city, country, ok := lookupCapital(phrase); ok {
			m := mention{Kind: mCapital, Name: country, Country: country, Place: city, Tok: i, End: i + n}
			// "Washington, D.C."
			if i+n+1 < len(toks) && toks[i+n].Text == "," && toks[i+n+1].Text == "D.C." {
				m.End = i + n + 2
			}
			return m, true
		}
		if cities[string(lower)] {
			return mention{Kind: mCapital, Place: phrase, Tok: i, End: i + n}, true
		}
		if c, ok := lookupCountry(phrase); ok {
			return mention{Kind: mCountry, Name: c, Tok: i, End: i + n}, true
		}
		if c, ok := lookupAmbiguousCountry(phrase); ok && n == 1 && ambiguousCountryContext(toks, i) {
			return mention{Kind: mCountry, Name: c, Tok: i, End: i + n}, true
		}
	}
	return mention{}, false
}

// ambiguousCountryContext accepts "Georgia" or "Jordan" as a country when a
// neighbouring word is about states: "Ukraine and Georgia", "Jordan's king".
func ambiguousCountryContext(toks []token, i int) bool {
	for j := max(0, i-6); j < min(len(toks), i+8); j++ {
		if j == i {
			continue
		}
		if _, ok := lookupCountry(toks[j].Text); ok && toks[j].Cap {
			return true
		}
		switch toks[j].Lower {
		case "countries", "country", "states", "nations", "king", "government", "tbilisi", "amman", "membership", "inclusion",
			"treaty", "peace", "relations", "embassy", "ambassador", "border", "neighbour", "neighbor",
			"ties", "links", "diplomats", "kingdom", "foreign", "ministry", "minister", "prime", "bloc", "junta", "coup",
			"sanctions", "suspended", "president", "capital", "neighbours", "neighbors":
			return true
		}
	}
	return false
}

// hyphenParts splits "EU-China" or "U.S.-NATO" into mentions when every part
// is an organisation or a country; nil otherwise.
func hyphenParts(t token) []mention {
	if !t.Cap || !strings.Contains(t.Text, "-") {
		return nil
	}
	var ms []mention
	lowerText := strings.ToLower(t.Text)
	at := 0
	for _, p := range strings.Split(t.Text, "-") {
		lp := lowerText[at : at+len(p)] // ASCII case folding keeps lengths; else ToLower again
		if len(lowerText) != len(t.Text) {
			lp = strings.ToLower(p)
		}
		at += len(p) + 1
		if o, ok := organisations[lp]; ok && isAllCaps(p) || ok && len(p) > 4 {
			ms = append(ms, mention{Kind: mOrg, Name: o})
			continue
		}
		if c, ok := lookupCountry(p); ok {
			ms = append(ms, mention{Kind: mCountry, Name: c})
			continue
		}
		// "Franco-German", "Sino-Japanese": the states of a pair
		if c, ok := combiningForms[lp]; ok {
			ms = append(ms, mention{Kind: mCountry, Name: c})
			continue
		}
		if c, ok := demonyms[lp]; ok && len(ms) > 0 {
			ms = append(ms, mention{Kind: mCountry, Name: c})
			continue
		}
		return nil
	}
	if len(ms) < 2 {
		return nil
	}
	return ms
}

// notePersonCountry records the state written before a person's title
// ("Turkish President Recep Tayyip Erdogan"), by surname, so that a later
// bare "Erdogan" who signs brings his state; a surname given two states is
// dropped.
func (d *docCtx) notePersonCountry(m mention) {
	if d.personCountry == nil {
		d.personCountry = map[string]string{}
	}
	key := lastWord(m.Name)
	if c, ok := d.personCountry[key]; ok && c != m.Country {
		d.personCountry[key] = ""
		return
	}
	d.personCountry[key] = m.Country
}

// countryOfPerson returns the state recorded for a person's full name, or "".
func (d *docCtx) countryOfPerson(name string) string {
	if d.personCountry == nil || name == "" || strings.Contains(name, "|") {
		return ""
	}
	return d.personCountry[lastWord(name)]
}

// hyphenAdjective reports whether a compound ends in an adjective
// ("Franco-German"): followed by a name, it is part of that name ("the
// Franco-German Youth Office").
func hyphenAdjective(w string) bool {
	k := strings.LastIndexByte(w, '-')
	_, ok := demonyms[strings.ToLower(w[k+1:])]
	return ok
}

// noteDateline records the state of the first dateline's place.
func (d *docCtx) noteDateline(m mention) {
	if d.datelineCountry != "" || m.Place == "" {
		return
	}
	if _, c, ok := lookupCapital(m.Place); ok {
		d.datelineCountry = c
	} else if c, ok := lookupCountry(m.Place); ok {
		d.datelineCountry = c
	}
}

// arrivalHere reports whether visit trigger c is an arrival that names no
// destination ("Abiy flew in on Sunday morning", "landed at Haneda airport
// today"): the place is the one the story is filed from or about.
func (s *sentCtx) arrivalHere(c candidate) bool {
	w := s.lw(c.Tok)
	switch {
	case isOneOf(w, "arrived", "arrives", "landed", "lands"):
	case isOneOf(w, "flew", "flies") && s.lw(c.Tok+1) == "in" && s.lw(c.Tok+2) != "to":
	case w == "touched" && s.lw(c.Tok+1) == "down":
	default:
		return false
	}
	for _, m := range s.mentions {
		if m.Tok > c.Tok && m.Tok <= c.End+3 && (m.Kind == mCountry || m.Kind == mCapital && m.Country != "" || m.Kind == mSeat) {
			return false // "arrived in Hanoi"
		}
	}
	return !s.near(c.Tok, 0, 3, "home", "back")
}

// laterPlace returns the state of the first country or capital after
// trigger c introduced by "to" or "in" ("flew in on Sunday, the first
// leader to set foot in Asmara", "arrived on Monday for a state visit to
// France"), or "".
func (s *sentCtx) laterPlace(c candidate) string {
	for _, m := range s.mentions {
		if m.Tok <= c.Tok || !isOneOf(m.Prep, "to", "in") {
			continue
		}
		switch {
		case m.Kind == mCountry && !m.Modifier:
			return m.Name
		case m.Kind == mCapital && m.Country != "":
			return m.Country
		}
	}
	return ""
}

// looseTitle returns the person a bare one-word title stands for when no
// one holds exactly that title: "the minister" after "Foreign Minister Wang
// Yi", the one such person named up to sentence pos that the text names
// most; "" when there is none.
// A vice or deputy office does not answer for the full one.
func (d *docCtx) looseTitle(key string, pos int) string {
	if strings.Contains(key, " ") {
		return ""
	}
	best, n := "", 0
	for j := len(d.titled) - 1; j >= 0; j-- {
		t := d.titled[j]
		if t.Pos > pos || !strings.Contains(t.Key, key) || strings.Contains(t.Key, "vice") || strings.Contains(t.Key, "deputy") {
			continue
		}
		// the one the text names most, the latest on a tie
		p := d.person(mention{Kind: mPerson, Name: t.Name, Title: t.Key})
		if c := d.timesNamed(p); best == "" || c > n {
			best, n = p, c
		}
	}
	return best
}

// timesNamed returns how often the text names a person by surname, or by
// a first word that stands for the full name ("Xi" for "Xi Jinping", "Wang"
// for "Wang Yi").
func (d *docCtx) timesNamed(full string) int {
	n := d.counts[lastWord(full)]
	if f := firstWord(full); f != full && d.firstNames[f] == full {
		n += d.counts[f]
	}
	return n
}

// middleName returns the full name a single word stands for when it is an
// inner part of one full name the text gives ("Torrijos" for "Omar
// Torrijos Herrera"), or "".
func (d *docCtx) middleName(w string) string {
	if d.middles == nil {
		// the full names are all known once the text has been read
		d.middles = map[string]string{}
		for full := range d.known {
			f := strings.Fields(full)
			for _, p := range f[1 : len(f)-1] {
				if old, ok := d.middles[p]; ok && old != full {
					d.middles[p] = "" // two people share it
					continue
				}
				d.middles[p] = full
			}
		}
	}
	return d.middles[w]
}

// combiningForms are the first parts of compound adjectives of two states:
// "Franco-German", "Sino-Indian", "Anglo-Irish".
var combiningForms = map[string]string{"franco": "France", "anglo": "United Kingdom", "sino": "China", "russo": "Russia",
	"indo": "India", "italo": "Italy", "greco": "Greece", "turco": "Turkey", "austro": "Austria", "luso": "Portugal",
	"hispano": "Spain", "polish": "Poland", "german": "Germany", "british": "United Kingdom", "american": "United States",
	"israeli": "Israel", "japanese": "Japan", "russian": "Russia", "chinese": "China", "indian": "India", "soviet": "Soviet Union"}

// lastTitled returns, joined with "|", the last n distinct people named so
// far who hold an office by the text's account (named with a title, with
// their state before the name, or a known leader), or "" when there are
// fewer: "the four leaders" of a summit are office holders, not any
// capitalised words the text names.
func (d *docCtx) lastTitled(n string, pos int) string {
	k, err := strconv.Atoi(n)
	if err != nil || k < 2 {
		return ""
	}
	var ps []string
	for j := len(d.recentPeople) - 1; j >= 0 && len(ps) < k; j-- {
		p := d.recentPeople[j]
		if d.countryOfPerson(p) != "" || leaderNames[lastWord(p)] || d.hasTitle(p, pos) {
			ps = append(ps, p)
		}
	}
	if len(ps) < k {
		return ""
	}
	for a, b := 0, len(ps)-1; a < b; a, b = a+1, b-1 {
		ps[a], ps[b] = ps[b], ps[a] // in the order the text names them
	}
	return strings.Join(ps, "|")
}

// roleOf returns the office word a plural noun of people names
// ("ministers" → "minister"), or "".
func roleOf(noun string) string {
	switch noun {
	case "ministers":
		return "minister"
	case "secretaries":
		return "secretary"
	case "presidents":
		return "president"
	}
	return ""
}

// hasRole reports whether the text names person p with an office whose
// key holds the word role ("minister" for "Foreign Minister").
func (d *docCtx) hasRole(p, role string) bool {
	for _, t := range d.titled {
		if strings.Contains(t.Key, role) && d.person(mention{Kind: mPerson, Name: t.Name, Title: t.Key}) == p {
			return true
		}
	}
	return false
}

// hasTitle reports whether the text names person p with an office up to
// sentence pos.
func (d *docCtx) hasTitle(p string, pos int) bool {
	if pos == 1<<30 {
		// anywhere in the text: an index built once
		if d.titledNames == nil {
			d.titledNames = map[string]bool{}
			for _, t := range d.titled {
				if !courtesyTitles[t.Key] {
					d.titledNames[d.person(mention{Kind: mPerson, Name: t.Name, Title: t.Key})] = true
				}
			}
		}
		return d.titledNames[p]
	}
	for _, t := range d.titled {
		if t.Pos <= pos && !courtesyTitles[t.Key] && d.person(mention{Kind: mPerson, Name: t.Name, Title: t.Key}) == p {
			return true
		}
	}
	return false
}

// orgHeads are the words that make a capitalised phrase an organisation's
// name: "Organisation of African Unity", "Shanghai Cooperation Council".
var orgHeads = map[string]bool{"organisation": true, "organization": true, "union": true, "alliance": true,
	"council": true, "league": true, "community": true, "association": true, "pact": true, "forum": true,
	"commission": true, "bank": true, "fund": true, "agency": true, "court": true, "cooperation": true,
	"partnership": true, "parliament": true, "secretariat": true}

// matchOrgPhrase matches an organisation not in the tables by its shape:
// two to eight capitalised words (with "of", "for", "and", "the" inside)
// containing a head word, optionally followed by its acronym in brackets,
// which Country then holds: "Organisation of African Unity (OAU)".
func matchOrgPhrase(toks []token, i int) (mention, bool) {
	if !toks[i].Cap || toks[i].lex&lexNameStop != 0 && toks[i].lex&lexOrgHead == 0 && toks[i].Lower != "european" && toks[i].Lower != "african" {
		return mention{}, false
	}
	if toks[i].Lower == "soviet" && i+1 < len(toks) && toks[i+1].Lower == "union" {
		return mention{}, false // a state, not an organisation
	}
	end, head := i, false
	for j := i; j < len(toks) && j < i+8; j++ {
		t := toks[j]
		if t.Cap && t.Word && t.Lower != "'s" {
			end = j + 1
			// the head ends the name or is followed by "of"/"for":
			// "Organisation of African Unity", not "Parliament Hill"
			head = head || t.lex&lexOrgHead != 0 && (j+1 >= len(toks) || !toks[j+1].Cap || isOneOf(toks[j+1].Lower, "of", "for"))
			continue
		}
		if isOneOf(t.Lower, "of", "for", "and", "the", "on", "in") && j+1 < len(toks) && toks[j+1].Cap && toks[j+1].lex&lexCalendar == 0 {
			if j+2 < len(toks) && toks[j+1].Lower == "soviet" && toks[j+2].Lower == "union" {
				break // "in Warsaw the Soviet Union and ...": the state ends the phrase
			}
			continue
		}
		break
	}
	if !head || end-i < 2 || toks[i].lex&lexTitleFirst != 0 {
		return mention{}, false
	}
	for _, t := range toks[i:end] {
		if isOneOf(t.Lower, "act", "treaty", "charter", "declaration", "accords", "accord", "agreement", "protocol", "convention", "summit") {
			return mention{}, false // a document or meeting named after the organisation
		}
	}
	// the phrase must end on a name word, not on a connector
	m := mention{Kind: mOrg, Name: joinText(toks[i:end]), Tok: i, End: end}
	if end+2 < len(toks) && toks[end].Text == "(" && toks[end+2].Text == ")" && isAllCaps(toks[end+1].Text) {
		m.Country = "acronym:" + toks[end+1].Text
	}
	return m, true
}

// particleHyphen reports whether w is a name part such as "al-Sisi" or
// "bin-Salman": a lower-case particle, a hyphen and a capitalised word.
func particleHyphen(w string) bool {
	for _, p := range []string{"al-", "el-", "bin-", "ibn-", "abu-", "ad-", "as-", "ash-", "az-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}

// groupNumbers are the counts of "the four states".
var groupNumbers = map[string]string{"three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
	"nine": "9", "ten": "10", "3": "3", "4": "4", "5": "5", "6": "6", "7": "7", "8": "8", "9": "9", "10": "10"}

// monarchies maps states to the noun that refers back to them: "the
// kingdom" (Saudi Arabia, Jordan...), "the emirate" (Qatar), "the sultanate"
// (Oman).
var monarchies = map[string]string{"Saudi Arabia": "kingdom", "Jordan": "kingdom", "Morocco": "kingdom", "Bahrain": "kingdom",
	"United Kingdom": "kingdom", "Spain": "kingdom", "Netherlands": "kingdom", "Belgium": "kingdom", "Sweden": "kingdom",
	"Norway": "kingdom", "Denmark": "kingdom", "Thailand": "kingdom", "Cambodia": "kingdom", "Bhutan": "kingdom",
	"Eswatini": "kingdom", "Lesotho": "kingdom", "Tonga": "kingdom", "Qatar": "emirate", "Kuwait": "emirate",
	"United Arab Emirates": "emirate", "Oman": "sultanate", "Brunei": "sultanate"}

// datelineEnd reports whether t can close a dateline's place: a comma, a
// dash or the opening parenthesis of an agency name ("TOKYO (AP) —").
func datelineEnd(t token) bool {
	return t.Text == "," || t.isBreakDash() || t.Text == "(" || t.Text == "-" || t.Text == "--"
}

// calendarWords are months and weekdays, which end a name: "the Alliance of
// Sahel States in September".
var calendarWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// definiteSummit reports whether summit trigger c is a definite noun that
// names no party: "the summit itself", "the leaders' first summit", "their
// annual summit", not "a summit" or "the Lomé summit".
func definiteSummit(s *sentCtx, c candidate) bool {
	for j := c.Tok - 1; j >= 0 && j >= c.Tok-5; j-- {
		t := s.toks[j]
		switch {
		case isOneOf(t.Lower, "the", "its", "this", "that"):
			return true
		case t.Lower == "'" || t.Lower == "'s" || isOneOf(t.Lower, "leaders", "group", "bloc", "alliance", "union",
			"first", "latest", "last", "next", "annual", "upcoming", "regular", "extraordinary", "full", "coming"):
			continue
		default:
			return false // "the informal summit", "the Lomé summit", "their summit": a pair's
		}
	}
	return false
}

// notAcronymOrgs are capitalised words of transcripts, liveblogs and
// business news that are no organisation: "HOST:", "UPDATE", "GDP".
var notAcronymOrgs = map[string]bool{"HOST": true, "GUEST": true, "UPDATE": true, "NOTE": true, "EDITOR": true,
	"CEO": true, "GDP": true, "TV": true, "PM": true, "AM": true, "OK": true, "LIVE": true, "WATCH": true, "READ": true,
	"MORE": true, "Q": true, "A": true, "ANALYSIS": true, "OPINION": true, "NEWS": true, "REPORTER": true, "ANCHOR": true,
	"CFO": true, "IPO": true, "AI": true, "COVID": true, "PHOTO": true, "VIDEO": true, "CLOSE": true, "SPEAKER": true}

// stateNounLen returns the length of a common noun for a state starting at
// i ("country", "new state", "young republic"), or 0: a bare "state" is too
// often an adjective ("the state visit"), and a following noun or "'s"
// makes the phrase something else ("the country's president").
func stateNounLen(toks []token, i int) int {
	noun := false
	for j := i; j < len(toks) && j < i+4 && !noun; j++ {
		w := toks[j].Lower
		if len(w) < 5 || len(w) > 11 {
			continue // most words: "of", "the", "talks"
		}
		switch w {
		case "country", "nation", "republic", "island", "archipelago", "city-state", "state", "kingdom", "emirate", "sultanate":
			noun = true
		}
	}
	if !noun {
		return 0
	}
	// up to two descriptive words: "the new state", "the Gulf state", "the
	// landlocked Central Asian nation"; a demonym there names its state
	// instead ("the South African state")
	n := 0
	for n < 3 && i+n < len(toks) {
		w := toks[i+n]
		if w.Lower == "island" && !(i+n+1 < len(toks) && isOneOf(toks[i+n+1].Lower, "nation", "state", "republic")) {
			break // "the island" itself
		}
		if w.Cap && stateRegions[w.Lower] || !w.Cap && stateAdjectives[w.Lower] {
			n++
			continue
		}
		break
	}
	if n > 0 {
		if _, ok := demonyms[string(appendLowerKey(make([]byte, 0, 64), toks[i:i+n]))]; ok {
			return 0
		}
		for _, w := range toks[i : i+n] {
			if _, ok := demonyms[w.Lower]; ok {
				return 0
			}
		}
	}
	j := i + n
	if j >= len(toks) || toks[j].Cap {
		return 0
	}
	switch toks[j].Lower {
	case "country", "nation", "republic", "island", "archipelago", "city-state":
	case "state", "kingdom", "emirate", "sultanate":
		if n == 0 {
			return 0 // "the state visit"; "the kingdom" alone is read elsewhere
		}
	default:
		return 0
	}
	if j+1 < len(toks) && isOneOf(toks[j+1].Lower, "'s", "'", "of", "music", "side", "club", "team", "house", "road", "manager", "director", "office", "home", "singer", "band", "star", "chapter", "branch", "visit", "visits", "department", "media", "television", "broadcaster", "dinner", "banquet", "funeral", "secretary", "council", "councillor", "councilor", "duma", "assembly") {
		return 0
	}
	return n + 1
}

// stateRegions and stateAdjectives describe a state the text has named:
// "the Gulf state", "the Baltic country", "the landlocked nation".
var stateRegions = map[string]bool{"gulf": true, "baltic": true, "balkan": true, "nordic": true, "scandinavian": true,
	"caucasus": true, "central": true, "asian": true, "arab": true, "european": true, "pacific": true, "caribbean": true,
	"himalayan": true, "andean": true, "alpine": true, "mediterranean": true, "latin": true, "american": false,
	"southeast": true, "sahel": true, "sahelian": true, "persian": true, "west": true, "east": true, "north": true,
	"south": true, "african": true}

var stateAdjectives = map[string]bool{"new": true, "young": true, "fledgling": true, "independent": true, "newly": true,
	"tiny": true, "small": true, "island": true, "landlocked": true, "oil-rich": true, "gas-rich": true,
	"neighbouring": true, "neighboring": true, "communist": true, "war-torn": true, "impoverished": true,
	"isolated": true, "mountainous": true, "nuclear-armed": true, "member": false}

// visitNounTo reports whether mention m is the destination of a visit noun
// later in the sentence of visit trigger c: "repaid the visit with a state
// visit to West Germany" (the same visit, told twice).
func (s *sentCtx) visitNounTo(c candidate, m mention) bool {
	return m.Tok > c.End+4 && m.Tok <= c.End+12 && m.Prep == "to" && s.lw(m.Tok-1) == "to" && isOneOf(s.lw(m.Tok-2), "visit", "trip", "tour", "journey") && !s.commaBetween(c.End, m.Tok)
}

// coordinatedStates reports whether the sentence names states a and b
// joined by "and" or a comma ("Israel and the UAE").
func (s *sentCtx) coordinatedStates(a, b string) bool {
	for k := 1; k < len(s.mentions); k++ {
		m, p := s.mentions[k], s.mentions[k-1]
		if m.Coord && p.Kind == mCountry && (p.Name == a && m.Name == b || p.Name == b && m.Name == a) {
			return true
		}
	}
	return false
}

// isGenericOrgNoun reports whether w is a key of genericOrgs, without a map
// lookup.
func isGenericOrgNoun(w string) bool {
	switch w {
	case "alliance", "bloc", "union", "organization", "organisation", "group", "club", "grouping":
		return true
	}
	return false
}

// orgAdjectives describe an organisation the text has named: "the
// military alliance", "the regional bloc".
var orgAdjectives = map[string]bool{"military": true, "western": true, "regional": true, "defence": true, "defense": true,
	"security": true, "trade": true, "trading": true, "economic": true, "political": true, "transatlantic": true,
	"continental": true, "european": false, "nordic": false, "expanded": true, "enlarged": true, "wider": true}

// memberCount reports whether w counts an organisation's members:
// "27-member", "32-nation", "10-country", "five-nation".
func memberCount(w string) bool {
	k := strings.IndexByte(w, '-')
	if k <= 0 {
		return false
	}
	switch w[k+1:] {
	case "member", "nation", "country", "state", "strong":
	default:
		return false
	}
	n := w[:k]
	if isDigitStart(n) {
		return true
	}
	_, ok := groupNumbers[n]
	return ok || isOneOf(n, "two", "eleven", "twelve", "fifteen", "twenty", "thirty")
}

// afterDateline returns the index of the first token after a dateline
// opening the sentence ("ASMARA, July 9 (Timeline Wire) —"), or 0.
func (s *sentCtx) afterDateline() int {
	for _, m := range s.mentions {
		if m.Prep != "dateline" {
			continue
		}
		for j := m.End; j < len(s.toks) && j <= m.End+10; j++ {
			if s.toks[j].isBreakDash() {
				return j + 1
			}
		}
		return 0
	}
	return 0
}

// refineGroup corrects the reading of plural and collective mentions that
// the sentence or the text makes plainer (rs[k] is s.mentions[k] resolved):
//   - "the ministers", "the leaders" after a list of three or more people
//     ("A of X, B of Y and C of Z signed ... the ministers agreed"): all of
//     them, not the last two;
//   - "the two countries" in a sentence that names two states itself
//     ("Eritrea reopened its embassy in the Ethiopian capital, a week after
//     the two countries..."): those, not the states the text names most
//     (a roundup's other items);
//   - "Allies agreed" in a text about NATO: the alliance;
//   - "his government", "their governments", "their envoys": the people's
//     states with them;
//   - "Their last engagement was the summit at X": the two people named
//     before it, else the two heads of state or government the text titles.
func (x *extraction) refineGroup(s *sentCtx, c candidate, rs []resolved, k, pos int) {
	m := s.mentions[k]
	d := x.ctx
	switch m.Kind {
	case mGroup:
		w := s.lw(m.Tok)
		if m.Name == "leaders" && m.Place == "" && (w == "ministers" || w == "leaders") && s.lw(m.Tok-1) == "the" && len(d.lastList) >= 3 && d.lastListAge <= 4 {
			rs[k].actor, rs[k].person = strings.Join(d.lastList, "|"), true
			return
		}
		if m.Name != "countries" || m.Place != "" || !(w == "two" || w == "both") {
			return
		}
		a, b := "", ""
		for j := 0; j < k; j++ {
			pm := s.mentions[j]
			st := ""
			switch pm.Kind {
			case mCountry:
				st = pm.Name
			case mCapital, mDemonym, mSeat:
				st = pm.Country
			}
			if st != "" && st != b {
				a, b = b, st
			}
		}
		if a == "" {
			// a roundup's item: the two states its paragraph names, when it
			// names just two ("SEOUL: South Korea and Japan resumed talks
			// on Tuesday. The two countries restored relations...")
			if p := x.paragraphPair(s); p != "" {
				rs[k].actor = p
			}
			return
		}
		if strings.Contains(rs[k].actor, a) && strings.Contains(rs[k].actor, b) {
			return
		}
		rs[k].actor = a + "|" + b
	case mPerson, mOrg:
		if m.Name == "Allies" {
			// "Allies agreed a communiqué": the alliance the text is about,
			// never a person
			rs[k].actor, rs[k].person = "", false
			if d.orgs["NATO"] > 0 {
				rs[k].actor = "NATO"
			}
		}
	case mPronoun:
		if (m.Name == "she" || m.Name == "he") && k > 0 {
			// "Deng Xiaoping, whom she met on the 24th": she is not Deng
			for j := k - 1; j >= 0; j-- {
				if pm := s.mentions[j]; pm.Kind == mPerson && s.lw(pm.End) == "," && s.lw(pm.End+1) == "whom" && pm.End+1 < m.Tok && rs[j].actor == rs[k].actor {
					rs[k].actor = x.resolvePronoun(s, k, pos)
					return
				}
			}
		}
		if m.Name == "their" && rs[k].actor == "" && (c.Type == Meeting || c.Type == Summit) && m.Tok < c.Tok && isOneOf(s.lw(m.End), "last", "first", "next", "previous", "latest", "earlier", "own") {
			// "Their last formal engagement was the informal summit at
			// Mamallapuram": the two people the text is about
			// (the two heads of state or government, when the text titles
			// just two)
			var heads []string
			for _, t := range d.titled {
				if strings.Contains(t.Key, "president") && !strings.Contains(t.Key, "vice") || strings.Contains(t.Key, "prime minister") && !strings.Contains(t.Key, "deputy") || t.Key == "chancellor" {
					if p := d.person(mention{Kind: mPerson, Name: t.Name, Title: t.Key}); p != "" && !contains(heads, p) {
						heads = append(heads, p)
					}
				}
			}
			var here []string // (but first the two people named before it)
			for j := range k {
				if pm := s.mentions[j]; pm.Kind == mPerson && rs[j].actor != "" && !strings.Contains(rs[j].actor, "|") && !contains(here, rs[j].actor) {
					here = append(here, rs[j].actor)
				}
			}
			switch {
			case len(here) == 2:
				rs[k].actor, rs[k].person = here[0]+"|"+here[1], true
			case len(here) == 0 && len(heads) == 2:
				rs[k].actor, rs[k].person = heads[0]+"|"+heads[1], true
			}
			return
		}
		if !isOneOf(m.Name, "his", "her", "their") || !isOneOf(s.lw(m.End), "government", "governments", "administration", "cabinet", "cabinets", "representatives", "envoys", "negotiators", "delegations", "delegation") {
			return
		}
		if rs[k].actor == "" && m.Name == "their" {
			// "They said their envoys signed": the people "they" stands for
			for j := k - 1; j >= 0 && rs[k].actor == ""; j-- {
				if s.mentions[j].Kind == mPronoun && s.mentions[j].Name == "they" && strings.Contains(rs[j].actor, "|") {
					rs[k].actor, rs[k].person = rs[j].actor, rs[j].person
				}
			}
			if rs[k].actor == "" && len(d.lastGroup) >= 2 && k <= 1 {
				rs[k].actor, rs[k].person = strings.Join(d.lastGroup, "|"), true
			}
		}
		if rs[k].actor == "" {
			return
		}
		a := rs[k].actor
		for p := range strings.SplitSeq(a, "|") {
			if st := d.countryOfPerson(p); st != "" && !strings.Contains(rs[k].actor, st) {
				rs[k].actor += "|" + st
			}
		}
	}
}

// companyHeads end the names of companies: "Qatar Airways", "Tata Motors".
var companyHeads = map[string]bool{"airways": true, "airlines": true, "motors": true, "holdings": true, "labs": true}

// companyDeal reports whether the agreement at token i is a deal between
// companies: its subject is a company ("Qatar Airways signed a deal with
// Boeing") and the sentence names no state, organisation, group or known
// person that could be a party.
func (s *sentCtx) companyDeal(i int) bool {
	company := false
	for _, m := range s.mentions {
		if m.Kind == mCapital && m.Tok < i && m.End >= 2 && m.Country == "" && companyHeads[s.lw(m.End-1)] {
			company = true
			break
		}
	}
	if !company {
		return false
	}
	for _, m := range s.mentions {
		switch m.Kind {
		case mCountry, mSeat, mGroup, mTitle:
			return false
		case mCapital, mDemonym:
			if m.Country != "" && !m.Modifier {
				return false
			}
		case mOrg:
			if m.Name != "" {
				return false
			}
		case mPerson:
			if s.doc != nil && s.doc.person(m) != "" {
				return false
			}
		}
	}
	return true
}

// bilateralParties returns, joined with "|", the two states an act with too
// few named parties concerns in a text about two states: an agreement ("A
// bilateral trade agreement was signed in Washington", "signed by Indira
// Gandhi and Zulfikar Ali Bhutto"), restored ties ("ties would be gradually
// restored"), acts of "their governments". It returns "" unless the
// text is plainly about two states (each named at least three times, any
// third at most half as often as the second) and the actors so far hold at
// most one state, of those two.
func (x *extraction) bilateralParties(s *sentCtx, c candidate, actors []string) string {
	// "their governments adopted", "They directed their cabinets to convene",
	// "His government had established relations with Beijing"
	theirs := false
	for j := max(0, c.Tok-8); j < len(s.toks) && j <= c.Tok+3; j++ {
		if s.lw(j) == "their" && isOneOf(s.lw(j+1), "governments", "cabinets", "administrations", "countries") || isOneOf(s.lw(j), "his", "her") && isOneOf(s.lw(j+1), "government", "cabinet", "administration") {
			theirs = true
			break
		}
	}
	switch {
	case theirs && (c.Type == Agreement || c.Type == Meeting || c.Type == OtherDiplomatic):
	case c.Type == Agreement:
		// an accord in a text about two states is theirs unless it names
		// another: "a bilateral trade agreement", "a joint declaration",
		// "It was signed in Tokyo on 22 June 1965", "the Simla Agreement,
		// signed by Indira Gandhi and Zulfikar Ali Bhutto"
	case c.Type == OtherDiplomatic:
		if !s.near(c.Tok, 4, 4, "ties", "relations") || s.near(c.Tok, 0, 6, "with") {
			return ""
		}
	default:
		return ""
	}
	d := x.ctx
	states := 0
	for _, act := range actors {
		if d.stateCount[act] > 0 {
			states++
		}
	}
	if states >= 2 || len(d.stateCount) < 2 {
		return "" // (cheap tests before the text's counts)
	}
	a, b, third := "", "", 0
	for st, n := range d.stateCount {
		switch {
		case a == "" || n > d.stateCount[a] || n == d.stateCount[a] && st < a:
			third = max(third, d.stateCount[b])
			a, b = st, a
		case b == "" || n > d.stateCount[b] || n == d.stateCount[b] && st < b:
			third = max(third, d.stateCount[b])
			b = st
		default:
			third = max(third, n)
		}
	}
	if b == "" || d.stateCount[b] < 3 || 2*third > d.stateCount[b] {
		return ""
	}
	if o := d.mainOrg(); o != "" && 2*d.orgs[o] >= d.stateCount[b] {
		return "" // a text about an organisation ("the North Atlantic Treaty was signed")
	}
	for _, act := range actors {
		if d.stateCount[act] > 0 && act != a && act != b {
			return ""
		}
	}
	return a + "|" + b
}

// objectVerbs take the person after them as an object, not a subject: "He
// will meet Xi Jinping" leaves "he" the subject of the next sentence (the
// words before a person that make it no likely subject).
var objectVerbs = map[string]bool{"meet": true, "met": true, "meets": true, "meeting": true, "told": true, "called": true,
	"invited": true, "hosted": true, "welcomed": true, "received": true, "thanked": true, "urged": true, "visit": true,
	"visited": true, "phoned": true, "telephoned": true, "greeted": true, "hosts": true, "host": true}

// notSubject reports whether person m of sentence ms is unlikely to be the
// subject its later pronouns stand for: the object of a verb ("He will meet
// Xi Jinping"), or a person in a time clause when another person follows
// ("Half a century after Gough Whitlam walked there, Anthony Albanese
// stood"; but "The thaw began after Gorbachev came to power. His first
// summit...").
func notSubject(m mention, ms []mention) bool {
	if objectVerbs[m.Prep] {
		return true
	}
	if !isOneOf(m.Prep, "after", "before", "since", "until", "unlike", "like", "than") {
		return false
	}
	for _, o := range ms {
		if o.Kind == mPerson && o.Tok > m.End {
			return true
		}
	}
	return false
}

// withVerbs are the participles of an act done together that make the
// people before them take part: ", with Presidents A and B raising the flag".
var withVerbs = map[string]bool{"raising": true, "hoisting": true, "signing": true, "shaking": true, "exchanging": true,
	"opening": true, "unveiling": true, "cutting": true, "initialling": true, "co-signing": true}

// withParticipants returns, joined with "|", the people of an absolute
// clause after the trigger that tells how the act was done: "Eritrea
// reopened its embassy in Addis Ababa, with President Isaias Afwerki and
// Prime Minister Abiy Ahmed raising the flag together". Onlookers ("with
// Trump looking on") stay out.
func withParticipants(s *sentCtx, c candidate, rs []resolved) string {
	if !s.has("with") {
		return ""
	}
	w := -1
	for j := c.End; j+1 < len(s.toks) && j <= c.End+14; j++ {
		if s.lw(j) == "," && s.lw(j+1) == "with" {
			w = j + 1
			break
		}
	}
	if w < 0 {
		return ""
	}
	v := -1
	for j := w + 1; j < len(s.toks) && j <= w+14; j++ {
		if withVerbs[s.lw(j)] {
			v = j
			break
		}
		if isOneOf(s.lw(j), ",", ";", ".") {
			break
		}
	}
	if v < 0 {
		return ""
	}
	out := ""
	for _, r := range rs {
		if r.person && r.actor != "" && r.m.Tok > w && r.m.End <= v {
			if out != "" {
				out += "|"
			}
			out += r.actor
		}
	}
	return out
}

// paragraphPair returns, joined with "|", the two states named in the
// sentence's paragraph before it (names or capitals), when that paragraph
// is a roundup's item opening with a place heading ("SEOUL: ...") and names
// exactly two; else "".
func (x *extraction) paragraphPair(s *sentCtx) string {
	if len(s.toks) == 0 || s.toks[0].Start > len(s.text) {
		return ""
	}
	start := s.toks[0].Start
	p := strings.LastIndex(s.text[:start], "\n\n")
	if p < 0 {
		return ""
	}
	para := s.text[p:start]
	if !itemHeading(strings.TrimLeft(para, "\n\r\t ")) {
		return "" // an ordinary paragraph may name other states as topics
	}
	var found [2]string
	n := 0
	for _, st := range x.ctx.recentStates {
		city := capitalOf(st)
		if strings.Contains(para, st) || city != "" && strings.Contains(para, city) {
			if n == 2 {
				return "" // three or more
			}
			found[n] = st
			n++
		}
	}
	if n != 2 {
		return ""
	}
	return found[0] + "|" + found[1]
}

// itemHeading reports whether a paragraph opens with an upper-case place
// heading ending in a colon or a dash: "SEOUL:", "BEIJING AND TOKYO —".
func itemHeading(para string) bool {
	letters := 0
	for i, r := range para {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == ':' || r == '—':
			return letters >= 3
		case r == ' ' || r == '-' || r == ',' || r == '&' || r == '.' || r == '\'':
		default:
			return false
		}
		if i > 40 {
			return false
		}
	}
	return false
}

// relativeMeeting returns, joined with "|", both people of a meeting told
// in a relative clause: "Deng Xiaoping, whom she met on the 24th" (the
// person before "whom" and the clause's subject), or "".
func relativeMeeting(s *sentCtx, c candidate, rs []resolved) string {
	if !s.has("whom") {
		return ""
	}
	w := -1
	for j := c.Tok - 1; j >= 2 && j >= c.Tok-4; j-- {
		if s.lw(j) == "whom" && s.lw(j-1) == "," {
			w = j
			break
		}
	}
	if w < 0 {
		return ""
	}
	out := ""
	for _, r := range rs {
		if r.person && r.actor != "" && (r.m.End == w-1 || r.m.Tok > w && r.m.Tok < c.Tok) {
			if out != "" {
				out += "|"
			}
			out += r.actor
		}
	}
	return out
}

// betweenStates returns, joined with "|", the states of "ties between A and
// B" told of an agreement after it: "the 1956 joint declaration, which
// restored diplomatic ties between Tokyo and Moscow" (capitals stand for
// their states), or "".
func betweenStates(s *sentCtx, c candidate, rs []resolved) string {
	b := -1
	for j := c.End; j < len(s.toks) && j <= c.End+10; j++ {
		if s.lw(j) == "between" && (isOneOf(s.lw(j-1), "ties", "relations") || isOneOf(s.lw(j-2), "ties", "relations")) {
			b = j
			break
		}
		if isOneOf(s.lw(j), ";", ":") {
			break
		}
	}
	if b < 0 {
		return ""
	}
	out, last := "", b
	for _, r := range rs {
		if r.m.Tok <= b || r.m.Modifier {
			continue
		}
		if r.m.Tok > last+2 || r.m.Tok > b+1 && !isOneOf(s.lw(r.m.Tok-1), "and", ",", "the") {
			break
		}
		st := ""
		switch r.m.Kind {
		case mCountry:
			st = r.m.Name
		case mCapital, mSeat:
			st = r.m.Country
		}
		if st == "" {
			break
		}
		if out != "" {
			out += "|"
		}
		out += st
		last = r.m.End
	}
	if !strings.Contains(out, "|") {
		return ""
	}
	return out
}

// counterpartSubject returns, joined with "|", the people of a subject made
// of two appositions, "Chile's foreign minister, Alberto van Klaveren, and
// his Bolivian counterpart, Celinda Sosa, met": the first person (the
// nearest one, the counterpart, is the agent already), or "".
func counterpartSubject(s *sentCtx, c candidate, rs []resolved) string {
	if c.Tok < 5 || !s.has("counterpart", "counterparts", "opposite", "colleague") {
		return ""
	}
	for j := c.Tok - 2; j >= 3; j-- {
		if !isOneOf(s.lw(j), "counterpart", "counterparts", "opposite", "colleague") || s.lw(j+1) != "," {
			continue
		}
		out := ""
		for _, r := range rs {
			if r.person && r.actor != "" && r.m.End < j && s.lw(r.m.End) == "," && s.lw(r.m.End+1) == "and" && isOneOf(s.lw(r.m.End+2), "his", "her", "their", "its") {
				if out != "" {
					out += "|"
				}
				out += r.actor
			}
		}
		return out
	}
	return ""
}
