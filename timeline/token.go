package timeline

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence, with byte offsets in
// the document text.
type token struct {
	Start, End int
	Text       string
	Lower      string  // lower-cased, curly apostrophes made straight
	Cap        bool    // first rune is upper case
	Word       bool    // letters or digits (false for punctuation)
	Spaced     bool    // preceded by white space
	lex        lexFlag // the word lists Lower belongs to (see lexicon)
}

// isDash reports whether t is a dash that separates clauses: a spaced em or
// en dash (not the en dash of a range such as "19–21").
func (t token) isBreakDash() bool {
	return (t.Text == "—" || t.Text == "–") && t.Spaced
}

// tokenize splits text[start:end] into tokens. Words keep inner periods,
// hyphens and apostrophes ("U.S.", "Secretary-General"); a possessive "'s"
// becomes its own token.
func tokenize(text string, start, end int) []token {
	return appendTokens(make([]token, 0, (end-start)/5+4), text, start, end)
}

// appendTokens appends the tokens of text[start:end] to toks.
func appendTokens(toks []token, text string, start, end int) []token {
	var lb lowerBuf
	return appendLowerTokens(toks, text, &lb, start, end)
}

// lowerBuf holds the lower-case forms of the capitalised ASCII words of a
// document, one after the other in a single buffer, so that lower-casing
// costs no allocation per word. Bytes once written are never changed (the
// buffer only grows, into a new array when full), so the strings sliced
// from it stay valid.
type lowerBuf struct {
	b    strings.Builder
	hint int // the size of the first buffer
}

// lower returns lowerWord(w) and whether w is made of ASCII letters only.
func (lb *lowerBuf) lower(w string) (string, bool) {
	lw, alpha, _, _ := lb.lowerHash(w)
	return lw, alpha
}

// lowerHash is lower that also returns lexHash of the lower-case word,
// computed in the same pass over an ASCII word (hashed false: w is not
// ASCII and the hash is not computed).
func (lb *lowerBuf) lowerHash(w string) (lw string, alpha bool, h uint32, hashed bool) {
	upper := false
	alpha = true
	h = lexHashSeed
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 0x80:
			return lowerWord(w), false, 0, false
		case c >= 'A' && c <= 'Z':
			upper = true
			c += 'a' - 'A'
		case c < 'a' || c > 'z':
			alpha = false
		}
		h = (h ^ uint32(c)) * lexHashPrime
	}
	h = lexHashFinish(h)
	if !upper {
		return w, alpha, h, true
	}
	if len(w) > 64 {
		return lowerWord(w), alpha, h, true
	}
	var buf [64]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if lb.b.Cap()-lb.b.Len() < len(w) {
		lb.b.Grow(max(lb.hint, lb.b.Cap(), 256)) // Grow(n) makes room for n more bytes
	}
	off := lb.b.Len()
	lb.b.Write(buf[:len(w)])
	return lb.b.String()[off:], alpha, h, true
}

// appendLowerTokens appends the tokens of text[start:end] to toks; lb
// holds the lower-case forms of the document's words.
func appendLowerTokens(toks []token, text string, lb *lowerBuf, start, end int) []token {
	lexiconOnce.Do(buildLexicon)
	i := start
	for i < end {
		if b := text[i]; b == ' ' || b == '\n' || b == '\t' || b == '\r' {
			i++
			continue
		}
		var r rune
		var n int
		word := false
		if b := text[i]; b < 0x80 { // ASCII without decoding
			r, n = rune(b), 1
			word = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
			if !word && (b == '\v' || b == '\f') {
				i++ // the rest of ASCII white space
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:end])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			word = isWordRune(r)
		}
		if !word {
			sp := i > 0 && (text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '\t')
			toks = append(toks, token{Start: i, End: i + n, Text: text[i : i+n], Lower: text[i : i+n], Spaced: sp || r == '—'})
			i += n
			continue
		}
		j := i + n
		for j < end {
			// ASCII letters and digits without decoding
			if b := text[j]; b < 0x80 && (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9') {
				j++
				continue
			}
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if r2 == '.' || r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '&' {
				if j+n2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				// keep the final period of a dotted acronym: "U.S."
				if r2 == '.' && isDottedWord(text[i:j]) {
					j += n2
				}
			}
			break
		}
		w := text[i:j]
		// split a possessive 's
		if k := possessiveAt(w); k > 0 {
			toks = append(toks, newWord(text, lb, i, i+k))
			toks = append(toks, token{Start: i + k, End: j, Text: text[i+k : j], Lower: "'s", Word: true, lex: lexicon.get("'s")})
		} else {
			toks = append(toks, newWord(text, lb, i, j))
		}
		i = j
	}
	return toks
}

// newWord returns the word token text[s:e].
func newWord(text string, lb *lowerBuf, s, e int) token {
	w := text[s:e]
	lw, alpha, h, hashed := lb.lowerHash(w)
	var lex lexFlag
	if hashed {
		lex = lexicon.getHashed(lw, h)
	} else {
		lex = lexicon.get(lw)
	}
	if alpha {
		lex |= lexAlpha
	}
	if b := w[0]; b < 0x80 {
		return token{Start: s, End: e, Text: w, Lower: lw, Cap: b >= 'A' && b <= 'Z', Word: true, lex: lex}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return token{Start: s, End: e, Text: w, Lower: lw, Cap: unicode.IsUpper(r), Word: true, lex: lex}
}

// appendLowerKey appends the lower-cased words of toks, joined by single
// spaces, to buf: joinLower without a new string, for map lookups written
// m[string(key)], which do not allocate.
func appendLowerKey(buf []byte, toks []token) []byte {
	for k, t := range toks {
		if k > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, t.Lower...)
	}
	return buf
}

func lowerWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	w = strings.ToLower(w)
	if !ascii && strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isDottedWord reports whether w looks like "U.S" (single letters joined by
// periods) so that the following period belongs to it.
func isDottedWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 1 {
			if w[i] != '.' {
				return false
			}
		} else if !(w[i] >= 'A' && w[i] <= 'Z') {
			return false
		}
	}
	return true
}

// possessiveAt returns the offset of a final "'s" / "’s" in w, or 0.
func possessiveAt(w string) int {
	if len(w) < 3 || w[len(w)-1] != 's' && w[len(w)-1] != 'S' {
		return 0
	}
	for _, suf := range []string{"'s", "’s", "'S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return len(w) - len(suf)
		}
	}
	return 0
}

// isTitleCase reports whether a word token starts with an upper-case letter
// and is not a number.
func (t token) isName() bool {
	return t.Word && t.Cap && t.Lower != "'s"
}

// wordShapes is a quick filter before a map lookup: it records the length
// and first letter of every word of a set, so that most words of a text
// ("the", "of", "said") are rejected without hashing.
type wordShapes [24][26]bool

// add records w's shape.
func (f *wordShapes) add(w string) {
	if n := len(w); n > 0 && n < len(f) && w[0] >= 'a' && w[0] <= 'z' {
		f[n][w[0]-'a'] = true
	}
}

// may reports whether w could be in the set: false means it is not.
func (f *wordShapes) may(w string) bool {
	n := len(w)
	if n == 0 || n >= len(f) || w[0] < 'a' || w[0] > 'z' {
		return true // outside the filter: ask the map
	}
	return f[n][w[0]-'a']
}

// lexFlag marks the word lists a lower-cased word belongs to, found with one
// map lookup per token so that the recognisers test a bit instead of
// hashing the word again for each list.
type lexFlag uint32

const (
	lexKeyword       lexFlag = 1 << iota // starts a detector's trigger (keywordIndex)
	lexLowerStarter                      // may start a mention in lower case (lowerStarters)
	lexOrgFirst                          // first word of an organisation (orgFirst)
	lexSeatFirst                         // first word of a seat of government (seatFirst)
	lexTitleFirst                        // first word of a title (titleFirst)
	lexNameStop                          // never part of a person's name (nameStop)
	lexOrgHead                           // head of an organisation's name (orgHeads)
	lexPronoun                           // pronouns
	lexNameParticle                      // nameParticles
	lexDemonym                           // a one-word key of demonyms
	lexCalendar                          // calendarWords
	lexStatusCue                         // statusCues
	lexGroupNumber                       // groupNumbers
	lexPlaceHead                         // placeHeads
	lexGazFirst                          // may start a place name (gazetteer first words, see knownFirstTok)
	lexAlpha                             // the word is ASCII letters only (set by newWord, not in the lexicon)
	lexAgreementNoun                     // agreementNouns
	lexCorporate                         // corporateWords
	lexEnvoy                             // envoyWords
	lexDealNoun                          // dealNouns
	lexSports                            // sportsWords (sportsSet)
)

// groupNumberOf returns groupNumbers[t.Lower], looked up only for the
// words the lexicon marks.
func groupNumberOf(t token) (string, bool) {
	if t.lex&lexGroupNumber == 0 {
		return "", false
	}
	n, ok := groupNumbers[t.Lower]
	return n, ok
}

// knownFirstTok reports gaz().knownFirst(t.Text): for a word of ASCII
// letters the gazetteer key is the upper-cased word, whose presence the
// lexicon records.
func knownFirstTok(t token) bool {
	if t.lex&lexAlpha != 0 {
		return t.lex&lexGazFirst != 0
	}
	return gaz().knownFirst(t.Text)
}

// lexicon maps lower-cased words to their lexFlags. It is built once, on
// first use, from the package's word tables, which are fixed after init:
// a flag is set exactly when the word is a key of the table.
var (
	lexicon     *lexTable
	lexiconOnce sync.Once
)

// lexTable is a read-only open-addressing hash table of words and their
// flags: one cheap hash and usually a single probe of a compact slot array
// (the word itself is compared only when the hashes agree), faster than a
// Go map for the short words of running text.
type lexTable struct {
	slots []lexSlot
	keys  []string
	mask  uint32
	// bloom has a bit set for the hash of every key (its top 15 bits): a
	// word whose bit is clear, most words of a text, is not in the table,
	// found without touching the larger slot array
	bloom [1 << 9]uint64
}

// lexSlot is one slot of a lexTable: the key's hash (0 for an empty
// slot), its flags and its index in keys.
type lexSlot struct {
	hash  uint32
	flags lexFlag
	key   uint32
}

// lexHash is the FNV-1a hash of w, mixed by lexHashFinish.
func lexHash(w string) uint32 {
	h := uint32(lexHashSeed)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * lexHashPrime
	}
	return lexHashFinish(h)
}

const (
	lexHashSeed  = 2166136261
	lexHashPrime = 16777619
)

// lexHashFinish mixes the high bits of an FNV-1a hash into the low ones;
// the result is never 0, which marks an empty slot.
func lexHashFinish(h uint32) uint32 {
	h ^= h >> 15
	if h == 0 {
		h = 1
	}
	return h
}

func newLexTable(m map[string]lexFlag) *lexTable {
	size := 64
	for size < 2*len(m) {
		size *= 2
	}
	t := &lexTable{slots: make([]lexSlot, size), mask: uint32(size - 1)}
	for w, f := range m {
		h := lexHash(w)
		i := h & t.mask
		for t.slots[i].hash != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = lexSlot{hash: h, flags: f, key: uint32(len(t.keys))}
		t.keys = append(t.keys, w)
		b := h >> 17
		t.bloom[b>>6] |= 1 << (b & 63)
	}
	return t
}

// get returns the flags of w, 0 for a word in no table.
func (t *lexTable) get(w string) lexFlag {
	return t.getHashed(w, lexHash(w))
}

// getHashed is get for a word whose lexHash is h.
func (t *lexTable) getHashed(w string, h uint32) lexFlag {
	if b := h >> 17; t.bloom[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.hash == 0 {
			return 0
		}
		if sl.hash == h && t.keys[sl.key] == w {
			return sl.flags
		}
	}
}

func buildLexicon() {
	lex := map[string]lexFlag{}
	for w := range keywordIndex {
		lex[w] |= lexKeyword
	}
	for w := range lowerStarters {
		lex[w] |= lexLowerStarter
	}
	for w := range orgFirst {
		lex[w] |= lexOrgFirst
	}
	for w := range seatFirst {
		lex[w] |= lexSeatFirst
	}
	for w := range titleFirst {
		lex[w] |= lexTitleFirst
	}
	for w := range nameStop {
		lex[w] |= lexNameStop
	}
	for w := range orgHeads {
		lex[w] |= lexOrgHead
	}
	for w := range pronouns {
		lex[w] |= lexPronoun
	}
	for w := range nameParticles {
		lex[w] |= lexNameParticle
	}
	for w := range demonyms {
		lex[w] |= lexDemonym
	}
	for w := range calendarWords {
		lex[w] |= lexCalendar
	}
	for w := range statusCues {
		lex[w] |= lexStatusCue
	}
	for w := range groupNumbers {
		lex[w] |= lexGroupNumber
	}
	for w := range placeHeads {
		lex[w] |= lexPlaceHead
	}
	for _, l := range []struct {
		words []string
		flag  lexFlag
	}{{agreementNouns, lexAgreementNoun}, {corporateWords, lexCorporate}, {envoyWords, lexEnvoy}, {dealNouns, lexDealNoun}, {sportsWords, lexSports}} {
		for _, w := range l.words {
			lex[w] |= l.flag
		}
	}
	for k := range gaz().first {
		if isUpperAlpha(k) {
			lex[strings.ToLower(k)] |= lexGazFirst
		}
	}
	lexicon = newLexTable(lex)
}

// isUpperAlpha reports whether k is made of the letters A to Z only.
func isUpperAlpha(k string) bool {
	for i := 0; i < len(k); i++ {
		if k[i] < 'A' || k[i] > 'Z' {
			return false
		}
	}
	return k != ""
}
