package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence, with byte offsets in
// the document text.
type token struct {
	Start, End int
	Text       string
	Lower      string // lower-cased, curly apostrophes made straight
	Cap        bool   // first rune is upper case
	Word       bool   // letters or digits (false for punctuation)
	Spaced     bool   // preceded by white space
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
	i := start
	for i < end {
		if b := text[i]; b == ' ' || b == '\n' || b == '\t' || b == '\r' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
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
			toks = append(toks, newWord(text, i, i+k))
			toks = append(toks, token{Start: i + k, End: j, Text: text[i+k : j], Lower: "'s", Word: true})
		} else {
			toks = append(toks, newWord(text, i, j))
		}
		i = j
	}
	return toks
}

func newWord(text string, s, e int) token {
	w := text[s:e]
	if b := w[0]; b < 0x80 {
		return token{Start: s, End: e, Text: w, Lower: lowerWord(w), Cap: b >= 'A' && b <= 'Z', Word: true}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return token{Start: s, End: e, Text: w, Lower: lowerWord(w), Cap: unicode.IsUpper(r), Word: true}
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
