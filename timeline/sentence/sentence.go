// Package sentence splits English news text into sentences with byte
// offsets. It knows the full stops that do not end a sentence in news prose:
// abbreviations and titles ("U.S.", "D.C.", "Dec.", "Gen.", "Mr."), initials
// ("J. R. Smith"), decimals ("2.5"), and it treats blank lines, list items and
// headlines (lines without final punctuation) as boundaries.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is one sentence: Text == text[Start:End], trimmed of surrounding
// space and list bullets.
type Span struct {
	Start int
	End   int
	Text  string
}

// abbreviations lists lower-cased words (without the final period) after
// which a period does not end a sentence when the next word is capitalised.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cmdr": true, "adm": true, "sgt": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "hon": true, "amb": true, "pres": true, "sec": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true,
	"no": true, "nos": true, "vol": true, "art": true, "para": true, "fig": true, "approx": true, "est": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "bros": true, "dept": true, "univ": true, "assn": true,
	"vs": true, "etc": true, "al": true, "cf": true, "ca": true,
}

// weakAbbreviations end a sentence when the next word is capitalised and is
// not a name part: "Ltd." and "etc." often close a sentence.
var sentenceFinalAbbr = map[string]bool{"etc": true, "inc": true, "ltd": true, "corp": true, "co": true}

// MaxLen is the longest sentence Split returns, in bytes. News sentences
// are far shorter (the longest in the project's test texts is under 500
// bytes); text that runs on for more than MaxLen bytes without a sentence
// boundary is cut at the last semicolon, else comma, else space in the
// second half of the MaxLen bytes, else at a character boundary. The cap
// keeps extraction linear in document size whatever the input.
const MaxLen = 2000

// cutPoint returns where to cut text[s:limit], limit-s == MaxLen: just after
// the last ';', else ',', else before the last space in the second half of
// the span, else at the last rune boundary at or before limit.
func cutPoint(text string, s, limit int) int {
	half := s + (limit-s)/2
	for _, sep := range []string{";", ","} {
		if k := strings.LastIndex(text[half:limit], sep); k >= 0 {
			return half + k + 1
		}
	}
	if k := strings.LastIndexAny(text[half:limit], " \t\r\n"); k > 0 {
		return half + k
	}
	c := limit
	for c > s+1 && !utf8.RuneStart(text[c]) {
		c--
	}
	return c
}

// trimSpan trims surrounding white space from text[s:e].
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// Split returns the sentences of text in order. It never returns an empty
// span; offsets are byte offsets on rune boundaries.
func Split(text string) []Span {
	out := AppendSplit(make([]Span, 0, len(text)/100+4), text) // news text: a sentence per ~120 bytes
	if len(out) == 0 {
		return nil
	}
	return out
}

// AppendSplit appends the sentences of text to out, as Split returns them,
// so that a caller can reuse one buffer for many texts.
func AppendSplit(out []Span, text string) []Span {
	emit := func(s, e int) {
		// trim spaces, bullets and stray quotes-only fragments
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:e])
			if unicode.IsSpace(r) || isBullet(r) {
				s += n
				continue
			}
			// "1." / "a)" list markers at line start
			if m := listMarker(text[s:e]); m > 0 {
				s += m
				continue
			}
			break
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if unicode.IsSpace(r) {
				e -= n
				continue
			}
			break
		}
		// an over-long run without sentence punctuation (a table dump, a
		// transcript, machine output) is cut into pieces of at most MaxLen
		// bytes so that the work per sentence stays bounded
		for e-s > MaxLen {
			c := cutPoint(text, s, s+MaxLen)
			if hasLetterOrDigit(text[s:c]) {
				ts, te := trimSpan(text, s, c)
				out = append(out, Span{Start: ts, End: te, Text: text[ts:te]})
			}
			s, _ = trimSpan(text, c, e)
		}
		if s < e && hasLetterOrDigit(text[s:e]) {
			out = append(out, Span{Start: s, End: e, Text: text[s:e]})
		}
	}
	wrapped := hardWrapped(text)
	start := 0
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c == '\n':
			// a line break ends a sentence when the line is a blank line, a
			// headline (no final punctuation) or the next line is a list item
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			blank := j < len(text) && text[j] == '\n'
			prev := lastNonSpace(text[start:i])
			nextItem := j < len(text) && (isBulletByte(text[j:]) || listMarker(text[j:]) > 0)
			headline := !wrapped && !strings.ContainsRune(",;:-–(", prev) && !isLowerStart(text[j:])
			if blank || nextItem || j >= len(text) || prev == 0 || headline {
				emit(start, i)
				start = i + 1
			}
			i++
		case c == '.' || c == '!' || c == '?':
			end := i + 1
			// runs of punctuation and closing quotes/brackets
			for end < len(text) {
				r, n := utf8.DecodeRuneInString(text[end:])
				if r == '.' || r == '!' || r == '?' || r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' {
					end += n
					continue
				}
				break
			}
			if isBoundary(text, start, i, end) {
				emit(start, end)
				start = end
			}
			i = end
		default:
			// skip to the next byte that may end a sentence
			i++
			for i < len(text) && !stopByte[text[i]] {
				i++
			}
		}
	}
	emit(start, len(text))
	return out
}

// isBoundary decides whether the punctuation at text[p] (run ending at end)
// ends the sentence that began at start.
func isBoundary(text string, start, p, end int) bool {
	if end >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(r) {
		return false // "2.5", "U.S.-led", "nato.int"
	}
	if text[p] != '.' {
		return nextStartsSentence(text[end:])
	}
	word := wordBefore(text[start:p])
	lw := strings.ToLower(word)
	next := strings.TrimLeft(text[end:], " \t\r")
	if next == "" {
		return true
	}
	if next[0] == '\n' {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(nr) || unicode.IsDigit(nr) && abbreviations[lw] {
		return false // "Dec. 4", "the U.S. capital"
	}
	if !nextStartsSentence(next) {
		return false
	}
	if lead := strings.TrimSpace(text[start:p]); lead != "" && len(lead) <= 3 && strings.Trim(lead, "0123456789") == "" {
		return false // a list number: "1. Finland joined"
	}
	switch {
	case abbreviations[lw] && !sentenceFinalAbbr[lw]:
		return false
	case isDottedAcronym(text[start : p+1]):
		// "U.S." / "D.C." end a sentence only before a word that usually
		// starts one; a following capitalised name stays in the sentence.
		return startsWithSentenceWord(next)
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word)):
		return false // initial: "John F. Kennedy"
	}
	return true
}

// sentenceStarters are capitalised words that, after "U.S." or "D.C.",
// signal a new sentence rather than a name ("U.S. Secretary", "D.C. Mayor").
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "It": true, "He": true, "She": true, "They": true, "We": true,
	"I": true, "In": true, "On": true, "At": true, "But": true, "And": true, "This": true, "That": true,
	"These": true, "Those": true, "His": true, "Her": true, "Their": true, "Its": true, "After": true,
	"Before": true, "During": true, "While": true, "When": true, "As": true, "Both": true, "There": true,
	"Officials": true, "Later": true, "Earlier": true, "Meanwhile": true, "However": true, "Since": true,
	"For": true, "With": true, "Despite": true, "Under": true, "According": true, "Our": true, "Its'": true,
}

func startsWithSentenceWord(s string) bool {
	w := s
	for i, r := range s {
		if !unicode.IsLetter(r) && r != '\'' {
			w = s[:i]
			break
		}
	}
	return sentenceStarters[w] || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“")
}

func nextStartsSentence(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([-–—•*", r)
}

// isDottedAcronym reports whether s ends in a dotted acronym such as "U.S."
// or "D.C.".
func isDottedAcronym(s string) bool {
	i := len(s)
	for i > 0 && s[i-1] != ' ' && s[i-1] != '\n' && s[i-1] != '(' && s[i-1] != ',' {
		i--
	}
	w := s[i:]
	if len(w) < 4 || strings.Count(w, ".") < 2 {
		return false
	}
	for j := 0; j < len(w); j += 2 {
		if j+1 >= len(w) || !(w[j] >= 'A' && w[j] <= 'Z') || w[j+1] != '.' {
			return false
		}
	}
	return true
}

func wordBefore(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return s[i:]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastNonSpace(s string) rune {
	s = strings.TrimRight(s, " \t\r")
	if s == "" {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isLowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func isBullet(r rune) bool { return r == '•' || r == '·' || r == '▪' || r == '◦' || r == '‣' }

func isBulletByte(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if isBullet(r) {
		return true
	}
	return (r == '-' || r == '*' || r == '–') && len(s) > n && s[n] == ' '
}

// listMarker returns the length of a list marker at the start of s ("- ",
// "* ", "1. ", "2) ", "a) "), or 0.
func listMarker(s string) int {
	if len(s) >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ' {
		return 2
	}
	if strings.HasPrefix(s, "– ") {
		return len("– ")
	}
	j := 0
	for j < len(s) && j < 3 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == 0 && len(s) >= 3 && s[0] >= 'a' && s[0] <= 'z' && s[1] == ')' && s[2] == ' ' {
		return 3
	}
	if j > 0 && j+1 < len(s) && (s[j] == '.' || s[j] == ')') && s[j+1] == ' ' {
		return j + 2
	}
	return 0
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// stopByte marks the bytes Split's scan stops at.
var stopByte = [256]bool{'\n': true, '.': true, '!': true, '?': true}

// hardWrapped reports whether text looks hard-wrapped: most of its long lines
// end without punctuation, so single line breaks fall inside sentences and
// only blank lines and list items separate them.
func hardWrapped(text string) bool {
	long, open := 0, 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if len(line) < 40 {
			continue
		}
		long++
		r, _ := utf8.DecodeLastRuneInString(line)
		if !strings.ContainsRune(".!?\"”’:)", r) {
			open++
		}
	}
	return open >= 3 && open*2 > long
}
