package timeline

import (
	"strings"

	"github.com/timeline-dev/timeline/timeline/temporal"
)

// textBetween returns the sentence text between two document offsets,
// rebuilt from tokens (only used to test for adjacency).
func (s *sentCtx) textBetween(a, b int) string {
	var sb strings.Builder
	for _, t := range s.toks {
		if t.Start >= a && t.End <= b {
			sb.WriteString(t.Text)
		}
	}
	return sb.String()
}

// clauseIDs numbers the clauses of a sentence: a new clause starts at ";",
// a spaced dash, ":" and at ", which/who/while/but..." and "while"/"whereas".
func clauseIDs(toks []token) []int {
	ids := make([]int, len(toks))
	id := 0
	for i, t := range toks {
		switch t.Lower {
		case ";", ":", "while", "whereas", "although", "but", "after", "before", "since", "until", "because":
			id++
		case "—", "–":
			if t.isBreakDash() {
				id++
			}
		case ",":
			if i+1 < len(toks) && isOneOf(toks[i+1].Lower, "which", "who", "where", "while", "but", "although", "whereas", "when") {
				id++
			}
		case "that", "which":
			// an object relative clause: "the offices that it closed in 2000"
			if i+1 < len(toks) && isOneOf(toks[i+1].Lower, "it", "he", "she", "they", "we") {
				id++
			}
		}
		ids[i] = id
	}
	return ids
}

// anchorCue says whether a temporal expression can date an event: it must
// be a calendar date (not a duration, a set or "now"), not open-ended
// ("since 2014", "until 2025") and not the modifier of another noun
// ("Russia's 2022 invasion").
func usableTimex(x temporal.Timex, s *sentCtx, trig candidate) bool {
	if x.Date == nil || x.Type != temporal.TypeDate && x.Type != temporal.TypeTime {
		return false
	}
	d := x.Date
	if d.Value == "" || d.Granularity == temporal.Century || d.Granularity == temporal.Decade {
		return false
	}
	switch d.Mod {
	case "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE":
		return false
	}
	first, last := -1, -1
	for i, t := range s.toks {
		if t.Start >= x.Start && t.End <= x.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return true
	}
	if isOneOf(s.lw(first-1), "since", "until", "till", "by", "before") {
		return false
	}
	if isOneOf(s.lw(first-1), "'s", "the", "a", "an", "its", "his", "her", "their") {
		n := last + 1
		if n < len(s.toks) && s.toks[n].Word && !s.toks[n].Cap && (n < trig.Tok || n >= trig.End) && !isOneOf(s.toks[n].Lower, "and", "or", "when", "as", "to", "in", "on", "at", "was", "is", "were", "that") {
			return false
		}
	}
	return true
}

// anchorDate picks the temporal expression that governs a trigger: the
// nearest usable one in the trigger's clause, else the nearest in the
// sentence. It returns nil when the sentence has none.
func anchorDate(s *sentCtx, xs []temporal.Timex, c candidate, others []candidate) *Date {
	if len(xs) == 0 {
		return nil
	}
	ids := clauseIDs(s.toks)
	trigStart := s.toks[c.Tok].Start
	clause := ids[c.Tok]
	best, bestScore := -1, 1<<30
	for k, x := range xs {
		if !usableTimex(x, s, c) {
			continue
		}
		// token index of the expression
		ti := 0
		for i, t := range s.toks {
			if t.Start >= x.Start {
				ti = i
				break
			}
		}
		dist := x.Start - trigStart
		if dist < 0 {
			dist = -dist + 8 // a following date governs slightly more often
		}
		// a date written as the trigger's modifier governs it: "their May
		// 19–21 summit", "the 2023 summit"
		if x.End <= trigStart && strings.TrimSpace(s.textBetween(x.End, trigStart)) == "" {
			dist = 0
		}
		score := dist
		if ids[ti] != clause {
			// a date in another clause that has a trigger of its own
			// belongs to that trigger
			owned := false
			for _, o := range others {
				if o.Tok != c.Tok && ids[o.Tok] == ids[ti] {
					owned = true
				}
			}
			if owned {
				continue
			}
			score += 100000
		}
		if score < bestScore {
			best, bestScore = k, score
		}
	}
	if best < 0 {
		return nil
	}
	d := *xs[best].Date
	return &d
}
