package sentence

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Biden met Xi. They talked for hours.", []string{"Biden met Xi.", "They talked for hours."}},
		{"U.S. before a name", "U.S. Secretary of State Antony Blinken arrived. He met Stoltenberg.", []string{"U.S. Secretary of State Antony Blinken arrived.", "He met Stoltenberg."}},
		{"U.S. ends a sentence", "He flew to the U.S. The visit lasted two days.", []string{"He flew to the U.S.", "The visit lasted two days."}},
		{"D.C. inside", "He traveled to Washington, D.C., on Monday. Talks followed.", []string{"He traveled to Washington, D.C., on Monday.", "Talks followed."}},
		{"month abbreviation", "The summit opened on Dec. 4 in Brussels. Leaders met.", []string{"The summit opened on Dec. 4 in Brussels.", "Leaders met."}},
		{"military title", "Gen. Mark Milley met his counterpart. Mr. Smith did not.", []string{"Gen. Mark Milley met his counterpart.", "Mr. Smith did not."}},
		{"initials", "John F. Kennedy visited Berlin in 1963.", []string{"John F. Kennedy visited Berlin in 1963."}},
		{"decimal", "Trade grew 2.5 percent. Ministers met.", []string{"Trade grew 2.5 percent.", "Ministers met."}},
		{"quotes", `"We are united," he said. "NATO is strong." The talks ended.`, []string{`"We are united," he said.`, `"NATO is strong."`, "The talks ended."}},
		{"curly quotes", "He said: “We agree.” Then he left.", []string{"He said: “We agree.”", "Then he left."}},
		{"question", "Will Sweden join? Turkey has not said.", []string{"Will Sweden join?", "Turkey has not said."}},
		{"headline and paragraph", "Finland joins NATO\n\nFinland became a member on Tuesday.", []string{"Finland joins NATO", "Finland became a member on Tuesday."}},
		{"heading line", "The Context of the Visit\nBlinken arrived in Brussels.", []string{"The Context of the Visit", "Blinken arrived in Brussels."}},
		{"bullets", "Topics:\n- Russian aggression in Ukraine\n- The rise of China\n• Cyber threats", []string{"Topics:", "Russian aggression in Ukraine", "The rise of China", "Cyber threats"}},
		{"numbered list", "1. Finland joined in 2023\n2. Sweden joined in 2024", []string{"Finland joined in 2023", "Sweden joined in 2024"}},
		{"hard-wrapped text", "NATO Secretary-General Jens Stoltenberg traveled to Washington on\nOctober 21 to meet senior United States leaders and to reaffirm the\nalliance's collective defense commitments at a time of mounting global\nsecurity challenges. The visit ended on Tuesday.", []string{"NATO Secretary-General Jens Stoltenberg traveled to Washington on\nOctober 21 to meet senior United States leaders and to reaffirm the\nalliance's collective defense commitments at a time of mounting global\nsecurity challenges.", "The visit ended on Tuesday."}},
		{"dateline", "BRUSSELS, April 4 (Timeline Wire) — Finland became the 31st member of NATO. Sweden waits.", []string{"BRUSSELS, April 4 (Timeline Wire) — Finland became the 31st member of NATO.", "Sweden waits."}},
		{"web address", "See nato.int for details. Thanks.", []string{"See nato.int for details.", "Thanks."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Split(tt.text)
			var got []string
			for _, s := range spans {
				got = append(got, s.Text)
				if tt.text[s.Start:s.End] != s.Text {
					t.Errorf("span %d:%d = %q, text says %q", s.Start, s.End, tt.text[s.Start:s.End], s.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"U.S. officials met. Dec. 4 talks.", "“Yes.” No!\n\n- item\n1. item", "a.b.c. D", "\xff\xfe.", "Mr. . . ."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, s := range Split(text) {
			if s.Start < last || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("bad span %d:%d after %d in %q", s.Start, s.End, last, text)
			}
			if text[s.Start:s.End] != s.Text {
				t.Fatalf("span text mismatch")
			}
			if utf8.ValidString(text) && !utf8.ValidString(s.Text) {
				t.Fatalf("span splits a rune: %q", s.Text)
			}
			if len(s.Text) > MaxLen {
				t.Fatalf("span of %d bytes exceeds MaxLen", len(s.Text))
			}
			last = s.End
		}
	})
}

// TestSplitCap checks that text running on without sentence punctuation is
// cut into sentences of at most MaxLen bytes, preferably after a semicolon
// or comma, else at a space, else at a rune boundary, and that the pieces
// cover the text.
func TestSplitCap(t *testing.T) {
	words := strings.Repeat("Biden met Xi in Paris on Tuesday and the talks NATO summit visited 23 October 2024 ", 3000)
	tests := []struct {
		name string
		text string
		end  string // every piece but the last ends with this
	}{
		{"words", words, ""},
		{"commas", strings.Repeat("leaders met in Paris, ", 2000), ","},
		{"semicolons beat commas", strings.Repeat("leaders met in Paris, Rome; ", 2000), ";"},
		{"no spaces", strings.Repeat("é", 5000), ""},
		{"after a sentence", "Biden met Xi. " + words, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Split(tt.text)
			if len(spans) < len(tt.text)/MaxLen {
				t.Fatalf("%d spans for %d bytes", len(spans), len(tt.text))
			}
			covered := 0
			for i, s := range spans {
				if len(s.Text) > MaxLen {
					t.Errorf("span %d has %d bytes, over MaxLen %d", i, len(s.Text), MaxLen)
				}
				if !utf8.ValidString(s.Text) {
					t.Errorf("span %d splits a rune", i)
				}
				if i < len(spans)-1 && !strings.HasSuffix(s.Text, tt.end) {
					t.Errorf("span %d ends %q, want a cut after %q", i, s.Text[len(s.Text)-10:], tt.end)
				}
				if tt.name == "words" && s.End < len(tt.text) && tt.text[s.End] != ' ' {
					t.Errorf("span %d cuts a word", i)
				}
				covered += len(strings.Join(strings.Fields(s.Text), ""))
			}
			if want := len(strings.Join(strings.Fields(tt.text), "")); covered != want {
				t.Errorf("spans cover %d non-space bytes, text has %d", covered, want)
			}
		})
	}
}
