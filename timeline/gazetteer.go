package timeline

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"
)

// Country and capital names come from github.com/biter777/countries (ISO
// 3166 data, aliases such as "U.S.", "Britain", "Czech Republic", capitals).
// The small tables below add only what that library lacks: short display
// names, demonyms, organisations and seats of government used as metonyms.

// countryDisplay shortens the library's formal names to the names news
// text uses.
var countryDisplay = map[countries.CountryCode]string{
	countries.RUS: "Russia", countries.KOR: "South Korea", countries.PRK: "North Korea",
	countries.IRN: "Iran", countries.SYR: "Syria", countries.MDA: "Moldova", countries.VAT: "Vatican",
	countries.MKD: "North Macedonia", countries.VEN: "Venezuela", countries.BOL: "Bolivia",
	countries.TZA: "Tanzania", countries.LAO: "Laos", countries.VNM: "Vietnam", countries.TWN: "Taiwan",
	countries.PSE: "Palestine", countries.USA: "United States", countries.GBR: "United Kingdom",
	countries.CZE: "Czech Republic", countries.FSM: "Micronesia", countries.COD: "Democratic Republic of the Congo",
	countries.COG: "Republic of the Congo", countries.BRN: "Brunei", countries.CIV: "Ivory Coast",
	countries.TUR: "Turkey", countries.NLD: "Netherlands", countries.PHL: "Philippines",
	countries.ARE: "United Arab Emirates", countries.BHS: "Bahamas", countries.GMB: "Gambia",
}

// countryName returns the display name of a country code.
func countryName(c countries.CountryCode) string {
	if n, ok := countryDisplay[c]; ok {
		return n
	}
	n := c.String()
	if i := strings.Index(n, " ("); i > 0 {
		n = n[:i]
	}
	return n
}

// shortCountryCodes are the all-capital abbreviations accepted as country
// names; other two- and three-letter words are ISO codes that collide with
// English ("IN", "IT") or organisations ("AU").
var shortCountryCodes = map[string]bool{"US": true, "U.S.": true, "USA": true, "U.S.A.": true, "UK": true, "U.K.": true, "UAE": true, "PRC": true, "DPRK": true, "ROK": true}

// notCountries are capitalised words the library maps to a country but
// that news text mostly uses otherwise.
var notCountries = map[string]bool{"jersey": true, "chad": true, "jordan": true, "georgia": true, "niger": true, "man": true, "guinea": true, "india": false}

// countryAliases are names news text uses that the library's names lack.
var countryAliases = map[string]countries.CountryCode{
	"Britain": countries.GBR, "Great Britain": countries.GBR, "England": countries.GBR, "Scotland": countries.GBR,
	"America": countries.USA, "United States of America": countries.USA, "Holland": countries.NLD,
	"Burma": countries.MMR, "Türkiye": countries.TUR, "Turkiye": countries.TUR, "Czechia": countries.CZE,
	"Macedonia": countries.MKD, "Swaziland": countries.SWZ, "Eswatini": countries.SWZ, "Cape Verde": countries.CPV,
	"East Timor": countries.TLS, "Timor-Leste": countries.TLS, "Vatican City": countries.VAT, "Holy See": countries.VAT,
	"Republic of Korea": countries.KOR, "Korea": countries.KOR, "DR Congo": countries.COD, "Congo": countries.COG,
	"Palestinian Territories": countries.PSE, "Kosovo": countries.XKX, "Russian Federation": countries.RUS,
	"People's Republic of China": countries.CHN, "Syrian Arab Republic": countries.SYR, "Viet Nam": countries.VNM,
	"Lao": countries.LAO, "Iran": countries.IRN, "Emirates": countries.ARE, "Netherlands": countries.NLD,
	"Bosnia": countries.BIH, "Herzegovina": countries.BIH, "Bosnia-Herzegovina": countries.BIH,
}

// nameKey normalises a name for the indexes: upper-case letters only
// ("U.S." and "US" share "US").
func nameKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteByte(byte(r - 32))
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r))
		case r > 127 && unicode.IsLetter(r):
			if f := foldLatin(unicode.ToLower(r)); f != 0 {
				b.WriteByte(f) // "Bogotá", "Asunción" as the library writes them
			} else {
				b.WriteRune(unicode.ToUpper(r))
			}
		}
	}
	return b.String()
}

// foldLatin returns the upper-case ASCII letter of an accented Latin
// lower-case letter ('á' → 'A'), or 0.
func foldLatin(r rune) byte {
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'å':
		return 'A'
	case 'é', 'è', 'ê', 'ë':
		return 'E'
	case 'í', 'ì', 'î', 'ï':
		return 'I'
	case 'ó', 'ò', 'ô', 'ö', 'õ':
		return 'O'
	case 'ú', 'ù', 'û', 'ü':
		return 'U'
	case 'ñ':
		return 'N'
	case 'ç':
		return 'C'
	case 'ý':
		return 'Y'
	}
	return 0
}

// gazetteer indexes the library's country names (common and formal),
// ISO codes and capitals under nameKey, built once on first use.
type gazetteer struct {
	country map[string]countries.CountryCode
	capital map[string]countries.CapitalCode
	// first holds the nameKey of the first word of every country, capital,
	// city and demonym name, and all the nameKey of every whole name: cheap
	// tests before building phrases.
	first, all map[string]bool
}

// longestKnown returns the largest n such that the first n tokens form a
// known name (0 if none), building the key incrementally.
func (g *gazetteer) longestKnown(toks []token) int {
	var buf [96]byte
	n, best := 0, 0
	for k, t := range toks {
		for i := 0; i < len(t.Text); i++ {
			c := t.Text[i]
			switch {
			case c >= 0x80:
				// non-ASCII names: fall back to whole-phrase tests
				for m := len(toks); m > best; m-- {
					if g.all[nameKey(joinText(toks[:m]))] {
						return m
					}
				}
				return best
			case c >= 'a' && c <= 'z':
				c -= 32
			case c < 'A' || c > 'Z':
				continue
			}
			if n == len(buf) {
				return best
			}
			buf[n] = c
			n++
		}
		if g.all[string(buf[:n])] {
			best = k + 1
		}
	}
	return best
}

// knownTokens reports whether the words of toks form a known name
// (country, capital, city, demonym), without allocating for short ASCII
// names.
func (g *gazetteer) knownTokens(toks []token) bool {
	var buf [64]byte
	n := 0
	for _, t := range toks {
		for i := 0; i < len(t.Text); i++ {
			c := t.Text[i]
			switch {
			case c >= 0x80:
				return g.all[nameKey(joinText(toks))]
			case c >= 'a' && c <= 'z':
				c -= 32
			case c < 'A' || c > 'Z':
				continue
			}
			if n == len(buf) {
				return g.all[nameKey(joinText(toks))]
			}
			buf[n] = c
			n++
		}
	}
	return g.all[string(buf[:n])]
}

// knownFirst reports whether word may start a place name, without
// allocating for ASCII words.
func (g *gazetteer) knownFirst(word string) bool {
	var buf [48]byte
	n := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= 0x80:
			return g.first[nameKey(word)]
		case c >= 'a' && c <= 'z':
			c -= 32
		case c < 'A' || c > 'Z':
			continue
		}
		if n == len(buf) {
			return g.first[nameKey(word)]
		}
		buf[n] = c
		n++
	}
	return g.first[string(buf[:n])]
}

// addFirst records the first word of a name in g.first.
func (g *gazetteer) addFirst(name string) {
	f := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(f) > 0 {
		g.first[nameKey(f[0])] = true
	}
	g.first[nameKey(name)] = true
	g.all[nameKey(name)] = true
}

var gaz = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{country: map[string]countries.CountryCode{}, capital: map[string]countries.CapitalCode{}, first: map[string]bool{}, all: map[string]bool{}}
	for _, c := range countries.All() {
		n := c.String()
		g.country[nameKey(n)] = c
		if i := strings.Index(n, " ("); i > 0 {
			g.country[nameKey(n[:i])] = c
		}
		if d, ok := countryDisplay[c]; ok {
			g.country[nameKey(d)] = c
		}
		if cap := c.Capital(); cap.IsValid() && cap != countries.CapitalUnknown {
			g.capital[nameKey(cap.String())] = cap
		}
	}
	for n, c := range countryAliases {
		g.country[nameKey(n)] = c
		g.addFirst(n)
	}
	for _, c := range countries.All() {
		g.addFirst(c.String())
		if cap := c.Capital(); cap.IsValid() && cap != countries.CapitalUnknown {
			g.addFirst(cap.String())
		}
	}
	for _, d := range countryDisplay {
		g.addFirst(d)
	}
	for n := range demonyms {
		g.addFirst(n)
	}
	for n := range cities {
		g.addFirst(n)
	}
	for n := range capitalAliases {
		g.addFirst(n)
	}
	for n := range historicCapitals {
		g.addFirst(n)
	}
	for n := range shortCountryCodes {
		g.addFirst(n)
	}
	for _, n := range historicNames {
		g.addFirst(n)
	}
	for k := range g.country {
		g.all[k] = true
	}
	for k := range g.capital {
		g.all[k] = true
	}
	for _, k := range []string{"US", "USA", "UK", "UAE", "PRC", "DPRK", "ROK"} {
		if c := countries.ByName(k); c != countries.Unknown {
			g.country[k] = c
		}
	}
	return g
})

// findCountry resolves a phrase of name tokens to a country name
// (lookupCountry memoises it).
func findCountry(phrase string) (string, bool) {
	if shortCountryCodes[phrase] {
		return countryName(gaz().country[nameKey(phrase)]), true
	}
	letters := 0
	for _, r := range phrase {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 {
			letters++
		}
	}
	if letters < 4 || strings.ContainsAny(phrase, "(") {
		return "", false
	}
	if notCountries[strings.ToLower(phrase)] {
		// "Georgia" and "Jordan" are countries only beside diplomatic
		// words; callers decide through lookupAmbiguousCountry.
		return "", false
	}
	if h, ok := historicStates[nameKey(phrase)]; ok {
		return h, true
	}
	c, ok := gaz().country[nameKey(phrase)]
	if !ok || len(nameKey(phrase)) <= 3 {
		return "", false // three-letter keys are ISO codes ("AND", "ARE")
	}
	return countryName(c), true
}

// lookupAmbiguousCountry resolves the country names that are also common
// names or words ("Georgia", "Jordan", "Chad").
func lookupAmbiguousCountry(phrase string) (string, bool) {
	if !notCountries[strings.ToLower(phrase)] {
		return "", false
	}
	c := countries.ByName(phrase)
	if c == countries.Unknown {
		return "", false
	}
	return countryName(c), true
}

// historicCapitals are capitals of states of the past under names no
// longer in use: "Nixon's 1969 trip to Saigon".
var historicCapitals = map[string]string{"saigon": "South Vietnam"}

// capitalAliases adds spellings of capitals the library lacks.
var capitalAliases = map[string]string{"kiev": "Kyiv", "washington, d.c.": "Washington", "beijing": "Beijing", "the hague": "The Hague"}

// findCapital resolves a city name to the capital and its country
// (lookupCapital memoises it).
func findCapital(phrase string) (city, country string, ok bool) {
	if utf8.RuneCountInString(phrase) < 4 {
		return "", "", false
	}
	if a, ok := capitalAliases[strings.ToLower(phrase)]; ok {
		phrase = a
	}
	if st, ok := historicCapitals[strings.ToLower(phrase)]; ok {
		return phrase, st, true
	}
	c, ok := gaz().capital[nameKey(phrase)]
	if !ok {
		return "", "", false
	}
	return phrase, countryName(c.Country()), true
}

// demonyms maps adjectives of nationality to countries. The country library
// has no demonyms.
var demonyms = map[string]string{
	"american": "United States", "british": "United Kingdom", "french": "France", "german": "Germany",
	"russian": "Russia", "chinese": "China", "ukrainian": "Ukraine", "finnish": "Finland", "swedish": "Sweden",
	"polish": "Poland", "japanese": "Japan", "south korean": "South Korea", "north korean": "North Korea",
	"indian": "India", "israeli": "Israel", "palestinian": "Palestine", "iranian": "Iran", "turkish": "Turkey",
	"italian": "Italy", "spanish": "Spain", "canadian": "Canada", "australian": "Australia", "dutch": "Netherlands",
	"belgian": "Belgium", "norwegian": "Norway", "danish": "Denmark", "estonian": "Estonia", "latvian": "Latvia",
	"lithuanian": "Lithuania", "hungarian": "Hungary", "czech": "Czech Republic", "slovak": "Slovakia",
	"romanian": "Romania", "bulgarian": "Bulgaria", "greek": "Greece", "croatian": "Croatia", "serbian": "Serbia",
	"georgian": "Georgia", "saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "qatari": "Qatar",
	"egyptian": "Egypt", "vietnamese": "Vietnam", "indonesian": "Indonesia", "philippine": "Philippines",
	"filipino": "Philippines", "brazilian": "Brazil", "mexican": "Mexico", "argentine": "Argentina",
	"south african": "South Africa", "nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia",
	"pakistani": "Pakistan", "afghan": "Afghanistan", "iraqi": "Iraq", "syrian": "Syria", "lebanese": "Lebanon",
	"jordanian": "Jordan", "armenian": "Armenia", "azerbaijani": "Azerbaijan", "belarusian": "Belarus",
	"moldovan": "Moldova", "kazakh": "Kazakhstan", "swiss": "Switzerland", "austrian": "Austria",
	"soviet": "Soviet Union", "yugoslav": "Yugoslavia", "east german": "East Germany", "west german": "West Germany",
	"panamanian": "Panama", "paraguayan": "Paraguay", "uruguayan": "Uruguay", "salvadoran": "El Salvador",
	"honduran": "Honduras", "argentinian": "Argentina", "maldivian": "Maldives", "burmese": "Myanmar", "laotian": "Laos",
	"kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "turkmen": "Turkmenistan", "uzbek": "Uzbekistan", "somali": "Somalia",
	"malagasy": "Madagascar", "mozambican": "Mozambique", "ivorian": "Ivory Coast", "ghanaian": "Ghana",
	"burkinabe": "Burkina Faso", "nigerien": "Niger", "papua new guinean": "Papua New Guinea", "slovene": "Slovenia",
	"macedonian": "North Macedonia", "scottish": "United Kingdom", "welsh": "United Kingdom", "bangladeshi": "Bangladesh",
	"sri lankan": "Sri Lanka", "nepali": "Nepal", "nepalese": "Nepal", "cambodian": "Cambodia", "mongolian": "Mongolia",
	"new zealander": "New Zealand", "luxembourger": "Luxembourg", "monegasque": "Monaco", "vanuatuan": "Vanuatu",
	"congolese": "Democratic Republic of the Congo", "guyanese": "Guyana", "surinamese": "Suriname", "bruneian": "Brunei",
	"portuguese": "Portugal", "irish": "Ireland", "icelandic": "Iceland", "bahraini": "Bahrain",
	"moroccan": "Morocco", "sudanese": "Sudan", "taiwanese": "Taiwan", "thai": "Thailand", "malaysian": "Malaysia",
	"singaporean": "Singapore", "cuban": "Cuba", "venezuelan": "Venezuela", "colombian": "Colombia",
	"chilean": "Chile", "peruvian": "Peru", "albanian": "Albania", "slovenian": "Slovenia", "montenegrin": "Montenegro",
	"kosovar": "Kosovo", "bosnian": "Bosnia and Herzegovina", "luxembourgish": "Luxembourg", "maltese": "Malta",
	"cypriot": "Cyprus", "omani": "Oman", "kuwaiti": "Kuwait", "yemeni": "Yemen", "libyan": "Libya",
	"tunisian": "Tunisia", "algerian": "Algeria", "new zealand": "New Zealand", "u.s.": "United States",
}

// organisations maps lower-cased names and acronyms to canonical names.
var organisations = map[string]string{
	"nato": "NATO", "north atlantic treaty organization": "NATO", "north atlantic treaty organisation": "NATO",
	"north atlantic alliance": "NATO",
	"eu":                      "EU", "european union": "EU", "un": "UN", "u.n.": "UN", "united nations": "UN",
	"un security council": "UN Security Council", "united nations security council": "UN Security Council",
	"security council": "UN Security Council", "un general assembly": "UN General Assembly",
	"united nations general assembly": "UN General Assembly",
	"g7":                              "G7", "g-7": "G7", "group of seven": "G7", "g20": "G20", "g-20": "G20", "group of 20": "G20",
	"group of twenty": "G20", "asean": "ASEAN", "association of southeast asian nations": "ASEAN",
	"african union": "African Union", "osce": "OSCE",
	"organization for security and co-operation in europe": "OSCE",
	"organization for security and cooperation in europe":  "OSCE",
	"wto": "WTO", "world trade organization": "WTO", "imf": "IMF", "international monetary fund": "IMF",
	"opec": "OPEC", "brics": "BRICS", "quad": "Quad", "aukus": "AUKUS", "apec": "APEC",
	"asia-pacific economic cooperation": "APEC",
	"european commission":               "European Commission", "european council": "European Council",
	"european parliament": "European Parliament", "council of europe": "Council of Europe",
	"arab league": "Arab League", "league of arab states": "Arab League", "gulf cooperation council": "GCC",
	"gcc": "GCC", "shanghai cooperation organisation": "SCO", "shanghai cooperation organization": "SCO",
	"sco": "SCO", "csto": "CSTO", "collective security treaty organization": "CSTO", "collective security treaty organisation": "CSTO", "organization of american states": "OAS", "oas": "OAS",
	"palestine liberation organization": "PLO", "palestine liberation organisation": "PLO", "plo": "PLO",
	"commonwealth": "Commonwealth", "mercosur": "Mercosur", "ecowas": "ECOWAS", "caricom": "CARICOM",
	"pacific islands forum": "Pacific Islands Forum", "european free trade association": "EFTA", "efta": "EFTA", "warsaw pact": "Warsaw Pact", "eurozone": "Eurozone",
	"schengen area": "Schengen Area", "oecd": "OECD", "nordic council": "Nordic Council",
	"world health organization": "WHO", "iaea": "IAEA", "international atomic energy agency": "IAEA",
	"congress": "U.S. Congress", "u.s. congress": "U.S. Congress", "us congress": "U.S. Congress",
	"european economic community": "European Economic Community", "eec": "European Economic Community",
	"european coal and steel community": "European Coal and Steel Community",
	"european community":                "European Community", "european communities": "European Community",
}

// acronymOrgs are organisation keys that must be written in capitals to
// count ("un" is a preposition in French names, "quad" a common word).
var acronymOrgs = map[string]bool{"un": true, "eu": true, "sco": true, "oas": true, "gcc": true, "who": true}

// genericOrgs maps the common nouns news text uses for an organisation it has
// already named ("the alliance" after NATO) to the organisations they may
// stand for, in order of preference.
var genericOrgs = map[string][]string{
	"alliance":     {"NATO"},
	"bloc":         {"EU", "ASEAN", "African Union", "BRICS", "Mercosur", "ECOWAS", "GCC", "SCO", "CARICOM", "EFTA"},
	"union":        {"EU", "African Union"},
	"organization": {"NATO", "UN", "OSCE", "WTO"},
	"organisation": {"NATO", "UN", "OSCE", "WTO"},
	"group":        {"G7", "G20", "BRICS"},
	"club":         {"BRICS", "G7", "G20", "OECD", "EU", "NATO"},
	"grouping":     {"BRICS", "Quad", "G7", "G20", "ASEAN", "SCO"},
}

// seats maps seats of government used as metonyms to their country, and
// says whether the name is also a venue (a location).
var seats = map[string]struct {
	Country string
	Venue   string
}{
	"white house":      {"United States", "the White House"},
	"pentagon":         {"United States", "the Pentagon"},
	"state department": {"United States", "the State Department"},
	"kremlin":          {"Russia", "the Kremlin"},
	"downing street":   {"United Kingdom", "Downing Street"},
	"elysee palace":    {"France", "the Élysée Palace"},
	"élysée palace":    {"France", "the Élysée Palace"},
	"elysee":           {"France", "the Élysée Palace"},
	"élysée":           {"France", "the Élysée Palace"},
	"zhongnanhai":      {"China", "Zhongnanhai"},
	"blue house":       {"South Korea", "the Blue House"},
	"chancellery":      {"Germany", "the Chancellery"},
	"quai d'orsay":     {"France", "the Quai d'Orsay"},
	"foreign office":   {"", "the Foreign Office"},
	"camp david":       {"", "Camp David"},
	"oval office":      {"United States", "the Oval Office"},
	"capitol hill":     {"United States", "Capitol Hill"},
}

// cities lists non-capital cities often named as venues of diplomacy, so that
// "in Hiroshima" or "in Davos" is read as a location.
var cities = map[string]bool{
	"new york": true, "geneva": true, "davos": true, "hiroshima": true, "munich": true, "istanbul": true,
	"sochi": true, "st. petersburg": true, "saint petersburg": true, "st petersburg": true, "shanghai": true,
	"dubai": true, "sharm el-sheikh": true, "san francisco": true, "woodside": true, "los angeles": true,
	"honolulu": true, "osaka": true, "camp david": true, "madrid": true, "bali": true, "new delhi": true,
	"kananaskis": true, "elmau": true, "biarritz": true, "cornwall": true, "apulia": true, "helsinki": true,
	"yalta": true, "potsdam": true, "reykjavik": true, "maastricht": true, "lisbon": true, "dayton": true,
	"oslo": true, "minsk": true, "brussels": true, "strasbourg": true, "the hague": true, "hanoi": true, "tel aviv": true, "san diego": true, "guangzhou": true, "jeddah": true, "vladivostok": true,
}

// leaderNames are surnames (and the names written alone) of heads of state
// and government, foreign ministers and heads of organisations that news
// text often names without a title ("Zelensky held a phone call with
// Macron"). A bare name in this set makes a sentence diplomatic.
var leaderNames = map[string]bool{
	"Biden": true, "Trump": true, "Obama": true, "Putin": true, "Xi": true, "Zelensky": true, "Zelenskyy": true,
	"Macron": true, "Scholz": true, "Merz": true, "Merkel": true, "Sunak": true, "Starmer": true, "Modi": true,
	"Erdogan": true, "Erdoğan": true, "Lula": true, "Kishida": true, "Ishiba": true, "Yoon": true, "Netanyahu": true,
	"Lavrov": true, "Blinken": true, "Rubio": true, "Stoltenberg": true, "Rutte": true, "Orban": true, "Orbán": true,
	"Meloni": true, "Albanese": true, "Trudeau": true, "Carney": true, "Ramaphosa": true, "Lukashenko": true,
	"Pashinyan": true, "Aliyev": true, "Guterres": true, "Abbas": true, "Sisi": true, "Widodo": true, "Jokowi": true,
	"Prabowo": true, "Marcos": true, "Tusk": true, "Duda": true, "Kuleba": true,
	"Sybiha": true, "Baerbock": true, "Cameron": true, "Lammy": true, "Borrell": true, "Kallas": true,
	"Pezeshkian": true, "Raisi": true, "Khamenei": true, "Assad": true, "Milei": true, "Sheinbaum": true, "Fico": true,
}

// historicNames are states of the past, or of their time, that the country
// library lacks or maps to a successor; the text's own name is kept ("Burma"
// in a text about 1955, "Myanmar" in one about today).
var historicNames = []string{"Soviet Union", "USSR", "U.S.S.R.", "Yugoslavia", "Czechoslovakia", "East Germany",
	"West Germany", "German Democratic Republic", "Ceylon", "Burma", "Siam", "Zaire", "Persia", "Rhodesia",
	"South Vietnam", "North Vietnam", "South Yemen", "North Yemen"}

// historicStates maps the nameKey of each historic name to its display name.
var historicStates = func() map[string]string {
	m := map[string]string{}
	for _, n := range historicNames {
		m[nameKey(n)] = n
	}
	m[nameKey("USSR")] = "Soviet Union"
	m[nameKey("U.S.S.R.")] = "Soviet Union"
	m[nameKey("German Democratic Republic")] = "East Germany"
	return m
}()

// capitalOf returns the capital of a country given by its display name, or
// "" when the library knows none.
func capitalOf(country string) string {
	c, ok := gaz().country[nameKey(country)]
	if !ok {
		return ""
	}
	if cap := c.Capital(); cap.IsValid() && cap != countries.CapitalUnknown {
		return cap.String()
	}
	return ""
}

func init() { addDerivedDemonyms() }

// addDerivedDemonyms adds to demonyms the regular adjectives of the
// library's country names that the table lacks: "Rwandan", "Iraqi",
// "Senegalese", "Mexican", "Haitian". The most regular forms are tried
// first, so that "Nigerian" is Nigeria's, not Niger's; a form that begins
// another country's name ("Dominican Republic") is skipped.
func addDerivedDemonyms() {
	var names []string
	for _, c := range countries.All() {
		n := countryName(c)
		if strings.Count(n, " ") > 1 || strings.ContainsAny(n, "(),.'-&") || !isASCII(n) {
			continue
		}
		if w := strings.ToLower(lastWord(n)); isOneOf(w, "islands", "island", "republic", "states", "kingdom", "coast", "antilles", "zealand") || strings.HasSuffix(w, "land") || strings.HasSuffix(w, "s") {
			continue // "Finnish", "Dutch": irregular, listed above
		}
		names = append(names, n)
	}
	lows := make([]string, len(names))
	for i, n := range names {
		lows[i] = strings.ToLower(n)
	}
	forms := []func(string) string{
		func(l string) string { // Rwanda → Rwandan, Haiti → Haitian, Chile → Chilean
			switch l[len(l)-1] {
			case 'a':
				return l + "n"
			case 'i', 'e':
				return l + "an"
			}
			return ""
		},
		func(l string) string { // Iraq → Iraqi, Mexico → Mexican, Italy → Italian
			switch l[len(l)-1] {
			case 'o':
				return l[:len(l)-1] + "an"
			case 'y':
				return l[:len(l)-1] + "ian"
			case 'a', 'e', 'i', 'u':
				return ""
			}
			if strings.HasSuffix(l, "stan") || strings.HasSuffix(l, "sh") || strings.ContainsRune("qtrnl", rune(l[len(l)-1])) {
				return l + "i"
			}
			return ""
		},
		func(l string) string { // Sudan → Sudanese, Togo → Togolese
			switch l[len(l)-1] {
			case 'o':
				return l + "lese"
			case 'a', 'e', 'i', 'u', 'y':
				return ""
			}
			if strings.HasSuffix(l, "an") || strings.HasSuffix(l, "al") || strings.HasSuffix(l, "am") {
				return l + "ese"
			}
			return ""
		},
		func(l string) string { // Iran → Iranian, Egypt → Egyptian
			switch l[len(l)-1] {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				return ""
			}
			return l + "ian"
		},
	}
	for _, f := range forms {
		for i, l := range lows {
			d := f(l)
			if d == "" {
				continue
			}
			if _, ok := demonyms[d]; ok {
				continue
			}
			clash := false
			for _, o := range lows {
				if o != l && strings.HasPrefix(o, d) {
					clash = true
					break
				}
			}
			if !clash {
				demonyms[d] = names[i]
			}
		}
	}
}

// pluralDemonyms are the nouns for a state's people ("Canadians",
// "Iraqis"), which read as the state: "ordering out six Canadians".
var pluralDemonyms = map[string]bool{}

func init() {
	var plurals []string
	for d := range demonyms {
		if !strings.Contains(d, " ") && (strings.HasSuffix(d, "an") || strings.HasSuffix(d, "i")) {
			plurals = append(plurals, d)
		}
	}
	for _, d := range plurals {
		if _, ok := demonyms[d+"s"]; !ok {
			demonyms[d+"s"] = demonyms[d]
			pluralDemonyms[d+"s"] = true
		}
	}
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
