package temporal

import (
	"regexp"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
)

// Rule is one kind of temporal expression: a regular expression anchored at
// a trigger word and a function that resolves what it matched.
//
// A Rule implements when's rules.Rule, so it can be added to a when.Parser
// (see Rules); the Tagger does not go through when.Parser.Parse, which only
// returns the first cluster of matches, but calls each rule only at the
// positions where its trigger words occur.
type Rule struct {
	// Name identifies the rule in tests and debugging output.
	Name string
	// triggers are the lower-case words an expression can start with;
	// "#" stands for any number.
	triggers []string
	// re is matched at a trigger, with "^" prepended.
	re *regexp.Regexp
	// apply resolves a match. It returns false for "not mine" (for example a
	// bare number with no date context).
	apply func(c *state, m *rules.Match) (Timex, bool)
	// ext says which words before the match may be taken into the span.
	ext extension
	// digits, when set, is a cheap test run before the pattern at a number:
	// the length of the digit run and the byte after it.
	digits func(run int, next byte) bool
	// after, when set, lists the words that may follow a frequent trigger
	// ("the", "a"): a cheap test run before the pattern.
	after map[string]bool
}

// withAfter sets the words that may follow the rule's trigger word.
func withAfter(r *Rule, words ...string) *Rule {
	r.after = map[string]bool{}
	for _, w := range words {
		r.after[w] = true
	}
	return r
}

// withDigits sets a rule's cheap test for numbers.
func withDigits(r *Rule, f func(run int, next byte) bool) *Rule {
	r.digits = f
	return r
}

// extension flags say which words before a match belong to the expression.
type extension uint8

const (
	extMod        extension = 1 << iota // "early", "mid-", "late", "the end of": sets Date.Mod
	extThe                              // a leading "the"
	extWeekday                          // "Tuesday, " before a calendar date
	extApprox                           // "more than", "nearly", "about" before a duration
	extTheOrdinal                       // "the" before "4th of April", not before "21-22 October"
)

// newRule compiles a rule. pattern uses the placeholders listed in expand.
func newRule(name string, triggers []string, ext extension, pattern string,
	apply func(c *state, m *rules.Match) (Timex, bool)) *Rule {
	return &Rule{
		Name:     name,
		triggers: triggers,
		re:       regexp.MustCompile(`^(?i:` + expand(pattern) + `)`),
		apply:    apply,
		ext:      ext,
	}
}

// Shared pieces of the rules' patterns. Each adds the capture groups named.
var patternPieces = strings.NewReplacer(
	// one group: the month name or abbreviation, without its dot
	"{MONTH}", `((?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)`,
	// one group: a day number with an optional ordinal suffix
	"{DAY}", `(\d{1,2})(?:st|nd|rd|th)?\b`,
	// one group: a four-digit year
	"{YEAR}", `(\d{4})\b`,
	// no group: a range separator
	"{DASH}", `\s*(?:-|–|—|to\b|through\b|until\b|till\b|thru\b)\s*`,
	// one group: a weekday name
	"{WEEKDAY}", `(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
	// one group: a number in words or digits
	"{NUM}", `(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+few|a\s+couple\s+of|several|few)`,
	// one group: a calendar unit, singular or plural
	"{UNIT}", `(days?|weeks?|months?|years?|decades?|centur(?:y|ies)|hours?|minutes?|quarters?)\b`,
)

func expand(p string) string { return patternPieces.Replace(p) }

// Find implements rules.Rule: it returns the first match of the rule in
// text, or nil. The match's Applier sets the year, month and day it knows
// on when's context, so the rule can also be used with a when.Parser.
func (r *Rule) Find(text string) *rules.Match {
	c := newContext(text, time.Time{}, nil)
	for pos := 0; pos < len(text); {
		at, word, next := nextTrigger(text, pos, c.words)
		if at < 0 {
			return nil
		}
		pos = next
		if !r.triggeredBy(word) {
			continue
		}
		if m, tx, ok := r.match(c, at); ok {
			d := tx.Date
			m.Applier = func(m *rules.Match, wc *rules.Context, o *rules.Options, ref time.Time) (bool, error) {
				if d == nil || !d.Known() {
					return false, nil
				}
				y, mo, day := d.Start.Date()
				mi := int(mo)
				wc.Year = &y
				if d.Granularity == Day || d.Granularity == Month {
					wc.Month = &mi
				}
				if d.Granularity == Day {
					wc.Day = &day
				}
				return true, nil
			}
			return m
		}
	}
	return nil
}

func (r *Rule) triggeredBy(word string) bool {
	for _, t := range r.triggers {
		if t == word {
			return true
		}
	}
	return false
}

// match runs the rule at byte offset at of c.Text.
func (r *Rule) match(c *state, at int) (*rules.Match, Timex, bool) {
	idx := r.re.FindStringSubmatchIndex(c.window(at))
	if idx == nil {
		return nil, Timex{}, false
	}
	m := &rules.Match{Left: at, Right: at + idx[1]}
	m.Text = c.Text[m.Left:m.Right]
	for i := 2; i+1 < len(idx); i += 2 {
		if idx[i] < 0 {
			m.Captures = append(m.Captures, "")
			continue
		}
		m.Captures = append(m.Captures, c.Text[at+idx[i]:at+idx[i+1]])
	}
	if !c.boundaryAfter(m.Right) {
		return nil, Timex{}, false
	}
	tx, ok := r.apply(c, m)
	if !ok {
		return nil, Timex{}, false
	}
	if tx.End == 0 {
		tx.Start, tx.End = m.Left, m.Right
	}
	return m, tx, true
}

// Rules returns the tagger's rules in priority order (earlier wins a tie).
// They implement when's rules.Rule:
//
//	p := when.New(nil)
//	for _, r := range temporal.Rules() { p.Add(r) }
func Rules() []*Rule { return defaultRules }

var defaultRules = buildRules()

// triggerIndex maps a trigger word to the rules it may start.
var triggerIndex = buildIndex(defaultRules)

// triggerWords maps each trigger word to itself, so that a word can be
// looked up without allocating.
var triggerWords = func() map[string]string {
	m := map[string]string{}
	for w := range triggerIndex {
		m[w] = w
	}
	return m
}()

func buildRules() []*Rule {
	var all []*Rule
	for _, family := range [][]*Rule{
		numericRules(),
		fullDateRules(),
		monthRules(),
		yearRules(),
		seasonRules(),
		quarterRules(),
		weekdayRules(),
		relativeRules(),
		anaphoraRules(),
		durationRules(),
		setRules(),
		timeRules(),
		holidayRules(),
	} {
		all = append(all, family...)
	}
	return all
}

func buildIndex(rs []*Rule) map[string][]*Rule {
	idx := map[string][]*Rule{}
	for _, r := range rs {
		for _, t := range r.triggers {
			idx[t] = append(idx[t], r)
		}
	}
	return idx
}

// Captures helper: the i-th capture group, "" when it did not take part.
func capture(m *rules.Match, i int) string {
	if i < len(m.Captures) {
		return m.Captures[i]
	}
	return ""
}
