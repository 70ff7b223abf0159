package timeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The speed-ups of token.go must answer exactly what the tables they stand
// for answer.

func TestLexiconMatchesTables(t *testing.T) {
	lexiconOnce.Do(buildLexicon)
	tables := []struct {
		flag lexFlag
		has  func(string) bool
	}{
		{lexKeyword, func(w string) bool { return len(keywordIndex[w]) > 0 }},
		{lexLowerStarter, func(w string) bool { return lowerStarters[w] }},
		{lexOrgFirst, func(w string) bool { _, ok := orgFirst[w]; return ok }},
		{lexSeatFirst, func(w string) bool { _, ok := seatFirst[w]; return ok }},
		{lexTitleFirst, func(w string) bool { _, ok := titleFirst[w]; return ok }},
		{lexNameStop, func(w string) bool { return nameStop[w] }},
		{lexOrgHead, func(w string) bool { return orgHeads[w] }},
		{lexPronoun, func(w string) bool { return pronouns[w] }},
		{lexNameParticle, func(w string) bool { return nameParticles[w] }},
		{lexDemonym, func(w string) bool { _, ok := demonyms[w]; return ok }},
		{lexCalendar, func(w string) bool { return calendarWords[w] }},
		{lexStatusCue, func(w string) bool { _, ok := statusCues[w]; return ok }},
		{lexGroupNumber, func(w string) bool { _, ok := groupNumbers[w]; return ok }},
		{lexPlaceHead, func(w string) bool { return placeHeads[w] }},
	}
	words := map[string]bool{"": true, "zzz": true, "the": true, "x": true, "états-unis": true}
	for _, m := range []map[string]bool{nameStop, lowerStarters, orgHeads, calendarWords, placeHeads} {
		for w := range m {
			words[w] = true
		}
	}
	for w := range keywordIndex {
		words[w] = true
	}
	for w := range demonyms {
		words[w] = true
		words[w+"s"] = true
	}
	for w := range statusCues {
		words[w] = true
		words[strings.ToUpper(w)] = true
	}
	for w := range words {
		got := lexicon.get(w)
		for _, tb := range tables {
			if (got&tb.flag != 0) != tb.has(w) {
				t.Errorf("%q: flag %b is %v, table says %v", w, tb.flag, got&tb.flag != 0, tb.has(w))
			}
		}
	}
}

func TestLowerBuf(t *testing.T) {
	var lb lowerBuf
	for _, w := range []string{"NATO", "Biden", "the", "U.S.", "Niinistö", "O’Brien", "McDONALD", "G20", "x", strings.Repeat("Ab", 40), "ÉLYSÉE", "al-Sisi"} {
		got, alpha := lb.lower(w)
		if got != lowerWord(w) {
			t.Errorf("lower(%q) = %q, want %q", w, got, lowerWord(w))
		}
		wantAlpha := w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
		if alpha != wantAlpha {
			t.Errorf("lower(%q): alpha %v, want %v", w, alpha, wantAlpha)
		}
		// the hash computed while lower-casing is the lexicon's hash
		if lw, _, h, hashed := lb.lowerHash(w); hashed && h != lexHash(lw) {
			t.Errorf("lowerHash(%q): hash %x, want lexHash(%q) = %x", w, h, lw, lexHash(lw))
		} else if !hashed && lw == w && w != "" && w[0] < 0x80 && strings.IndexFunc(w, func(r rune) bool { return r >= 0x80 }) < 0 {
			t.Errorf("lowerHash(%q): an ASCII word left unhashed", w)
		}
	}
	// strings handed out earlier stay intact as the buffer grows
	lb = lowerBuf{hint: 8}
	var got []string
	for i := 0; i < 200; i++ {
		s, _ := lb.lower("Word" + strings.Repeat("X", i%7))
		got = append(got, s)
	}
	for i, s := range got {
		if want := "word" + strings.Repeat("x", i%7); s != want {
			t.Fatalf("string %d changed to %q, want %q", i, s, want)
		}
	}
}

// TestTokenShortcuts checks, on every word of the samples and the dev set,
// the flag tests that replace map lookups and gazetteer queries.
func TestTokenShortcuts(t *testing.T) {
	paths, _ := filepath.Glob("../samples/*.txt")
	more, _ := filepath.Glob("testdata/dev/*.txt")
	paths = append(paths, more...)
	if len(paths) == 0 {
		t.Skip("no texts")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		var f wordFilter
		toks := tokenize(text, 0, len(text))
		for _, tk := range toks {
			if tk.Lower != lowerWord(tk.Text) && tk.Word && tk.Lower != "'s" {
				t.Errorf("%s: Lower of %q is %q", p, tk.Text, tk.Lower)
			}
			if knownFirstTok(tk) != gaz().knownFirst(tk.Text) {
				t.Errorf("%s: knownFirstTok(%q) = %v", p, tk.Text, knownFirstTok(tk))
			}
			n, ok := groupNumberOf(tk)
			if n2, ok2 := groupNumbers[tk.Lower]; n != n2 || ok != ok2 {
				t.Errorf("%s: groupNumberOf(%q) = %q, %v", p, tk.Text, n, ok)
			}
			f.add(tk.Lower)
		}
		for _, tk := range toks {
			if !f.may(tk.Lower) {
				t.Errorf("%s: word filter misses %q", p, tk.Lower)
			}
		}
	}
}
