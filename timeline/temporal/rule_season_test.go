package temporal

import "testing"

func TestSeasonRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"season year", "", "in summer 2023", []string{"summer 2023|DATE|2023-SU"}},
		{"the season of year", "", "in the summer of 2023", []string{"the summer of 2023|DATE|2023-SU"}},
		{"this winter in january", "2024-01-15", "this winter was mild", []string{"this winter|DATE|2023-WI"}},
		{"this winter in november", "2024-11-15", "this winter will be hard", []string{"this winter|DATE|2024-WI"}},
		{"last spring", "2024-10-23", "talks last spring", []string{"last spring|DATE|2024-SP"}},
		{"next autumn", "2024-10-23", "elections next autumn", []string{"next autumn|DATE|2025-FA"}},
		{"the fall of an empire", "2024-10-23", "after the fall of the Berlin Wall", nil},
		{"water spring", "2024-10-23", "a spring of water and to fall down", nil},
		{"no reference", "", "this summer", []string{"this summer|DATE|XXXX-SU"}},
		{"warned that the winter could", "2024-11-08", "They warned that the winter could be hard.", []string{"the winter|DATE|2024-WI"}},
	})
}
