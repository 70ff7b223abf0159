package timeline

import (
	"strings"
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

// lookupCountry resolves a phrase of name tokens to a country name.
func lookupCountry(phrase string) (string, bool) {
	if shortCountryCodes[phrase] {
		return countryName(countries.ByName(phrase)), true
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
	c := countries.ByName(phrase)
	if c == countries.Unknown || !c.IsValid() {
		return "", false
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

// capitalAliases adds spellings of capitals the library lacks.
var capitalAliases = map[string]string{"kiev": "Kyiv", "washington, d.c.": "Washington", "beijing": "Beijing", "the hague": "The Hague"}

// lookupCapital resolves a city name to the capital and its country.
func lookupCapital(phrase string) (city, country string, ok bool) {
	if utf8.RuneCountInString(phrase) < 4 {
		return "", "", false
	}
	if a, ok := capitalAliases[strings.ToLower(phrase)]; ok {
		phrase = a
	}
	c := countries.CapitalCodeByName(phrase)
	if c == countries.CapitalUnknown || !c.IsValid() {
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
	"european commission": "European Commission", "european council": "European Council",
	"european parliament": "European Parliament", "council of europe": "Council of Europe",
	"arab league": "Arab League", "league of arab states": "Arab League", "gulf cooperation council": "GCC",
	"gcc": "GCC", "shanghai cooperation organisation": "SCO", "shanghai cooperation organization": "SCO",
	"sco": "SCO", "csto": "CSTO", "organization of american states": "OAS", "oas": "OAS",
	"commonwealth": "Commonwealth", "warsaw pact": "Warsaw Pact", "eurozone": "Eurozone",
	"schengen area": "Schengen Area", "oecd": "OECD", "nordic council": "Nordic Council",
	"world health organization": "WHO", "iaea": "IAEA", "international atomic energy agency": "IAEA",
	"congress": "U.S. Congress", "u.s. congress": "U.S. Congress", "us congress": "U.S. Congress",
	"european economic community": "European Economic Community", "eec": "European Economic Community",
	"european coal and steel community": "European Coal and Steel Community",
}

// acronymOrgs are organisation keys that must be written in capitals to
// count ("un" is a preposition in French names, "quad" a common word).
var acronymOrgs = map[string]bool{"un": true, "eu": true, "sco": true, "oas": true, "quad": true, "gcc": true, "who": true}

// genericOrgs maps the common nouns news text uses for an organisation it has
// already named ("the alliance" after NATO) to the organisations they may
// stand for, in order of preference.
var genericOrgs = map[string][]string{
	"alliance":     {"NATO"},
	"bloc":         {"EU", "ASEAN", "African Union", "BRICS"},
	"union":        {"EU", "African Union"},
	"organization": {"NATO", "UN", "OSCE", "WTO"},
	"organisation": {"NATO", "UN", "OSCE", "WTO"},
	"group":        {"G7", "G20", "BRICS"},
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
	"sochi": true, "st. petersburg": true, "saint petersburg": true, "shanghai": true,
	"dubai": true, "sharm el-sheikh": true, "san francisco": true, "woodside": true, "los angeles": true,
	"honolulu": true, "osaka": true, "camp david": true, "madrid": true, "bali": true, "new delhi": true,
	"kananaskis": true, "elmau": true, "biarritz": true, "cornwall": true, "apulia": true, "helsinki": true,
	"yalta": true, "potsdam": true, "reykjavik": true, "maastricht": true, "lisbon": true, "dayton": true,
	"oslo": true, "minsk": true, "brussels": true, "strasbourg": true, "the hague": true, "hanoi": true, "tel aviv": true, "san diego": true, "guangzhou": true, "jeddah": true, "vladivostok": true,
}
