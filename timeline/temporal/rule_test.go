package temporal

import (
	"testing"
	"time"

	"github.com/olebedev/when"
	wrules "github.com/olebedev/when/rules"
)

// TestRulesPlugIntoWhen checks that the rules work through when's own
// parser, which fails on these phrases with its English rules.
func TestRulesPlugIntoWhen(t *testing.T) {
	p := when.New(nil)
	for _, r := range Rules() {
		p.Add(r)
	}
	base := time.Date(2024, 10, 23, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Finland joined on 4 April 2023.", "2023-04-04"},
		{"talks in March 2023 failed", "2023-03"},
		{"founded in 1949 in Washington", "1949"},
		{"updated 2024-01-15", "2024-01-15"},
	} {
		res, err := p.Parse(tc.text, base)
		if err != nil || res == nil {
			t.Errorf("when with temporal rules: Parse(%q) = %v, %v", tc.text, res, err)
			continue
		}
		got := res.Time.Format("2006-01-02")[:len(tc.want)]
		if got != tc.want {
			t.Errorf("Parse(%q) = %s, want %s", tc.text, res.Time, tc.want)
		}
	}
}

func TestRuleFindMatch(t *testing.T) {
	var rule *Rule
	for _, r := range Rules() {
		if r.Name == "year" {
			rule = r
		}
	}
	var _ wrules.Rule = rule
	m := rule.Find("300,000 troops, Article 5, and since 2014 more")
	if m == nil || m.Text != "2014" || m.Left != 37 {
		t.Fatalf("Find = %+v, want 2014 at 37", m)
	}
	if rule.Find("300,000 troops and Article 5") != nil {
		t.Error("Find found a year in numbers that are not years")
	}
}
