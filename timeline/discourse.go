package timeline

import (
	"strconv"
	"strings"
)

// docCtx holds what the whole document says about its actors, read before
// events are extracted: full names for surnames, the people behind titles,
// and the organisations named. It lives for one Extract call.
type docCtx struct {
	fullNames   map[string]string   // surname → first full name ("Stoltenberg" → "Jens Stoltenberg")
	known       map[string]bool     // full names seen
	titled      []titled            // people named with a title, in text order
	titledByKey map[string][]titled // the same, by title key
	orgs        map[string]int      // organisation → mentions
	orgOrder    []string            // organisations in order of first mention

	counts          map[string]int    // mentions per surname
	acronyms        map[string]string // "OAU" → "Organisation of African Unity", from "(OAU)" after the name
	firstNames      map[string]string // first word → full name, used when no surname matches
	lastPerson      string            // last person mentioned before the current sentence
	lastSubject     string            // last person who opened a sentence (its likely subject)
	lastOrg         string            // last organisation mentioned before the current sentence
	lastCountries   []string          // countries of the last sentence that named any
	recentStates    []string          // distinct countries named so far, most recent last
	countryLists    [][]string        // lists of three or more countries named in one sentence, in text order
	lastCity        string            // last capital named, for "the city", "the capital"
	lastCityCountry string            // its country
	monarchyCount   map[string]int    // mentions of each monarchy, for "the kingdom"
	stateCount      map[string]int    // mentions of each state (names, capitals, demonyms)
	acronymOf       map[string]string // "Organisation of African Unity" → "OAU", from "(OAU)" after the name
	recentPeople    []string          // distinct people named so far, most recent last
	lastGroup       []string          // people named together as a subject lately ("Tusk and Juncker began"), for "they"
	lastList        []string          // the last list of three or more people named together ("A of X, B of Y and C of Z"), for "the ministers"
	lastListAge     int               // sentences since it was named
	personCountry   map[string]string // surname → the state written before the person's title ("Turkish President ... Erdogan"); nil until one is seen
	datelineCountry string            // the state of the dateline's place ("ASMARA, July 9 —" → Eritrea)
	middles         map[string]string // inner word of a full name → that name ("" when shared); built on first use
	titledNames     map[string]bool   // full names of the people named with an office; built on first use
}

// titled is a person named with a title ("Secretary of State Antony Blinken").
type titled struct {
	Key  string // normalised title
	Name string
	Pos  int // sentence index
}

func newDocCtx() *docCtx {
	return &docCtx{fullNames: map[string]string{}, known: map[string]bool{}, orgs: map[string]int{}, counts: map[string]int{}, firstNames: map[string]string{}, acronyms: map[string]string{}, titledByKey: map[string][]titled{}, monarchyCount: map[string]int{}, stateCount: map[string]int{}, acronymOf: map[string]string{}}
}

// learn records the names of one sentence (pre-pass).
func (d *docCtx) learn(ms []mention, pos int) {
	for _, m := range ms {
		switch m.Kind {
		case mPerson:
			d.counts[lastWord(m.Name)]++
			if strings.Contains(m.Name, " ") {
				d.known[m.Name] = true
				last := lastWord(m.Name)
				if _, ok := d.fullNames[last]; !ok {
					d.fullNames[last] = m.Name
				}
				// East Asian names put the family name first: "Xi Jinping",
				// "Kim Jong Un"
				if _, ok := d.firstNames[firstWord(m.Name)]; !ok {
					d.firstNames[firstWord(m.Name)] = m.Name
				}
			}
			if m.Country != "" {
				d.notePersonCountry(m)
			}
			if m.Title != "" {
				d.titled = append(d.titled, titled{Key: m.Title, Name: m.Name, Pos: pos})
				d.titledByKey[m.Title] = append(d.titledByKey[m.Title], titled{Key: m.Title, Name: m.Name, Pos: pos})
			}
		case mCountry, mCapital, mDemonym, mSeat:
			if m.Prep == "dateline" {
				d.noteDateline(m)
			}
			if st := m.Country; st != "" && !m.Modifier || m.Kind == mCountry && m.Name != "" {
				if st == "" {
					st = m.Name
				}
				d.stateCount[st]++
			}
			if _, ok := monarchies[m.Country]; ok {
				d.monarchyCount[m.Country]++
			} else if _, ok := monarchies[m.Name]; ok && m.Kind == mCountry {
				d.monarchyCount[m.Name]++
			}
		case mOrg:
			if acr, ok := strings.CutPrefix(m.Country, "acronym:"); ok {
				d.acronyms[acr] = m.Name
				d.acronymOf[m.Name] = acr
			}
			if m.Name != "" {
				if d.orgs[m.Name] == 0 {
					d.orgOrder = append(d.orgOrder, m.Name)
				}
				d.orgs[m.Name]++
			}
		}
	}
}

// person returns the full form of a person's name, or "" for a single word
// that never appears in full (unless it came with a title).
func (d *docCtx) person(m mention) string {
	if strings.Contains(m.Name, " ") {
		// "Prince Faisal" → "Faisal bin Farhan" when the text names him in full
		if m.Title != "" && strings.EqualFold(firstWord(m.Name), m.Title) {
			if full, ok := d.firstNames[m.Name[len(firstWord(m.Name))+1:]]; ok && full != m.Name {
				return full
			}
		}
		// "Von der Leyen" → "Ursula von der Leyen"
		if full, ok := d.fullNames[lastWord(m.Name)]; ok && full != m.Name && strings.HasSuffix(strings.ToLower(full), strings.ToLower(m.Name)) {
			return full
		}
		return m.Name
	}
	if full, ok := d.fullNames[m.Name]; ok {
		return full
	}
	if full, ok := d.firstNames[m.Name]; ok && m.Name != "" {
		return full
	}
	if m.Title != "" {
		return m.Name
	}
	return ""
}

// isKnownPerson reports whether name is, or is the surname of, a person the
// document names in full.
func (d *docCtx) isKnownPerson(name string) bool {
	if d.known[name] || leaderNames[name] {
		return true
	}
	if _, ok := d.fullNames[name]; ok {
		return true
	}
	_, ok := d.firstNames[name]
	return ok
}

// resolveTitle returns the person a bare title stands for: among the people
// named with the same title, the one the document mentions most, then the
// nearest earlier one. It returns "" when the document names nobody with
// that title.
func (d *docCtx) resolveTitle(key string, pos int) string {
	best, bestDist, bestCount := "", 1<<30, 0
	for _, t := range d.titledByKey[key] {
		if t.Key != key {
			continue
		}
		if n := d.counts[lastWord(t.Name)]; n > bestCount {
			bestCount = n
		}
	}
	names := map[string]bool{}
	for _, t := range d.titledByKey[key] {
		if t.Key != key {
			continue
		}
		full := d.person(mention{Kind: mPerson, Name: t.Name, Title: t.Key})
		names[full] = true
		if d.counts[lastWord(t.Name)]*2 < bestCount {
			continue // a person named far less often than another with the title
		}
		dist := pos - t.Pos
		if dist < 0 {
			dist = -dist + 1000 // later mentions only when nothing earlier
		}
		if dist < bestDist {
			best, bestDist = full, dist
		}
	}
	if len(names) > 1 && bestDist >= 1000 {
		return ""
	}
	return best
}

// resolveGeneric returns the organisation a generic noun stands for ("the
// alliance" → NATO) when the document names one of its candidates.
func (d *docCtx) resolveGeneric(m mention) string {
	if m.Kind != mOrg || m.Name != "" {
		return m.Name
	}
	// the candidate the document names most: "the union" in a text about
	// the African Union that also mentions the EU once
	best, n := "", 0

	for _, c := range strings.Split(m.Country, "|") {
		if d.orgs[c] > n {
			best, n = c, d.orgs[c]
		}
	}
	for _, o := range d.orgOrder {
		if d.orgs[o] > n && strings.HasSuffix(strings.ToLower(o), " "+m.Place) {
			best, n = o, d.orgs[o]
		}
	}
	if best == "" && m.Place != "union" && m.Place != "club" {
		// "the bloc" in a text about a group the table does not list (the
		// GCC, Mercosur): the organisation the text has named last
		best = d.lastOrg
	}
	return best
}

// mainOrg returns the organisation the document names most, or "".
func (d *docCtx) mainOrg() string {
	best, n := "", 0
	for _, o := range d.orgOrder {
		if d.orgs[o] > n {
			best, n = o, d.orgs[o]
		}
	}
	return best
}

// mainState returns the state the text names most, when it names it at
// least twice as often as any other, else "".
func (d *docCtx) mainState() string {
	best, n, second := "", 0, 0
	for st, c := range d.stateCount {
		switch {
		case c > n || c == n && st < best:
			best, n, second = st, c, max(second, n)
		case c > second:
			second = c
		}
	}
	if n < 2 || n < 2*second {
		return ""
	}
	return best
}

// advance updates the discourse state after sentence ms has been read.
func (d *docCtx) advance(ms []mention, pos int) {
	var cs []string
	if n := countryNames(ms); n > 0 {
		cs = make([]string, 0, n) // one allocation for the sentence's countries
	}
	subjectSet := false
	for _, m := range ms {
		switch m.Kind {
		case mPerson:
			if p := d.person(m); p != "" {
				d.lastPerson = p
				d.recentPeople = pushRecent(d.recentPeople, p)
				if !subjectSet && m.Tok <= 6 && !placePreps[m.Prep] && m.Prep != "with" && m.Prep != "by" && !notSubject(m, ms) {
					d.lastSubject, subjectSet = p, true
				}
			}
		case mTitle:
			if p := d.resolveTitle(m.Title, pos); p != "" {
				d.lastPerson = p
			}
		case mOrg:
			if o := d.resolveGeneric(m); o != "" {
				d.lastOrg = o
			}
		case mCapital:
			if m.Country != "" && m.Prep != "dateline" {
				d.lastCity, d.lastCityCountry = m.Place, m.Country
				if !placePreps[m.Prep] {
					d.recentStates = pushRecent(d.recentStates, m.Country) // "Seoul will drop"
				}
			}
		case mSeat:
			if m.Country != "" && !placePreps[m.Prep] {
				d.recentStates = pushRecent(d.recentStates, m.Country) // "the Kremlin said"
			}
		case mCountry:
			if !m.Modifier {
				cs = append(cs, m.Name)
			}
			d.recentStates = pushRecent(d.recentStates, m.Name)
		case mDemonym:
			if m.Country != "" {
				d.recentStates = pushRecent(d.recentStates, m.Country) // "Russian and Ukrainian delegations"
			}
		}
	}
	if len(cs) > 0 {
		d.lastCountries = cs
		if len(cs) >= 3 {
			d.countryLists = append(d.countryLists, cs)
		}
		d.addCoordinatedLists(ms, len(cs))
	}
	d.noteGroup(ms)
}

// countryNames counts the country mentions of ms that are not modifiers.
func countryNames(ms []mention) int {
	n := 0
	for _, m := range ms {
		if m.Kind == mCountry && !m.Modifier {
			n++
		}
	}
	return n
}

// countryList returns, joined with "|", the most recent list of exactly n
// countries ("the four states" after "Saudi Arabia, the UAE, Bahrain and
// Egypt"), looking first at this sentence's names; "" when none has n.
func (d *docCtx) countryList(n string, here []string) string {
	k, err := strconv.Atoi(n)
	if err != nil || k < 3 {
		return ""
	}
	if len(here) == k {
		return strings.Join(here, "|")
	}
	for i := len(d.countryLists) - 1; i >= 0 && i >= len(d.countryLists)-6; i-- {
		if len(d.countryLists[i]) == k {
			return strings.Join(d.countryLists[i], "|")
		}
	}
	return ""
}

// pushRecent moves name to the end of a short most-recent-last list.
func pushRecent(list []string, name string) []string {
	for i, x := range list {
		if x == name {
			list = append(list[:i], list[i+1:]...)
			break
		}
	}
	list = append(list, name)
	if len(list) > 6 {
		// shift down in place, so that the array is reused rather than
		// walked along and reallocated
		copy(list, list[1:])
		list = list[:6]
	}
	return list
}

// lastN returns the n most recent names of a list (n written in digits),
// joined with "|", or "" when there are fewer.
func lastN(list []string, n string) string {
	k, err := strconv.Atoi(n)
	if err != nil || k < 2 || len(list) < k {
		return ""
	}
	return strings.Join(list[len(list)-k:], "|")
}

// lastTwo returns the two most recent names of a list, joined with "|", or
// "" when there are fewer than two.
func lastTwo(list []string) string {
	if len(list) < 2 {
		return ""
	}
	return list[len(list)-2] + "|" + list[len(list)-1]
}

// lastWord returns the last space-separated word of a name.
func lastWord(name string) string {
	return name[strings.LastIndexByte(name, ' ')+1:]
}

// firstWord returns the first space-separated word of a name.
func firstWord(name string) string {
	if i := strings.IndexByte(name, ' '); i >= 0 {
		return name[:i]
	}
	return name
}

// mostNamedMonarchy returns the state of the given kind ("kingdom",
// "emirate", "sultanate") that the text names most, the one named latest
// on a tie, or "".
func (d *docCtx) mostNamedMonarchy(kind string) string {
	best, n, rank := "", 0, -1
	for st, k := range d.monarchyCount {
		if monarchies[st] != kind {
			continue
		}
		r := -1
		for j, x := range d.recentStates {
			if x == st {
				r = j
			}
		}
		if k > n || k == n && (r > rank || r == rank && st < best) {
			best, n, rank = st, k, r
		}
	}
	return best
}

// findAcronyms gives each organisation named in full the acronym of its
// initials when the text also uses it ("From the OAU to the African Union"
// ... "The Organisation of African Unity was founded"): actors are named by
// their usual acronym.
func (d *docCtx) findAcronyms(text string) {
	for _, o := range d.orgOrder {
		if _, ok := d.acronymOf[o]; ok || !strings.Contains(o, " ") {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(o) {
			if w[0] >= 'A' && w[0] <= 'Z' {
				b.WriteByte(w[0])
			} else if !isOneOf(w, "of", "the", "and", "for", "on", "in") {
				b.Reset()
				break
			}
		}
		acr := b.String()
		if len(acr) < 2 || acr == o {
			continue
		}
		for k := 0; ; {
			j := strings.Index(text[k:], acr)
			if j < 0 {
				break
			}
			j += k
			before := j == 0 || !isLetter(text[j-1])
			after := j+len(acr) == len(text) || !isLetter(text[j+len(acr)])
			if before && after {
				d.acronymOf[o] = acr
				break
			}
			k = j + len(acr)
		}
	}
}

// isLetter reports whether an ASCII byte is a letter.
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// mainPair returns the two states the text names most, joined with "|"
// ("the two former adversaries"), or "" when it names fewer than two.
func (d *docCtx) mainPair() string {
	a, b := "", ""
	for st, n := range d.stateCount {
		switch {
		case a == "" || n > d.stateCount[a] || n == d.stateCount[a] && st < a:
			a, b = st, a
		case b == "" || n > d.stateCount[b] || n == d.stateCount[b] && st < b:
			b = st
		}
	}
	if b == "" {
		return ""
	}
	return a + "|" + b
}
