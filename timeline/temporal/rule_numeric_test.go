package temporal

import "testing"

func TestNumericRules(t *testing.T) {
	runTagCases(t, []tagCase{
		{"iso", "", "Updated 2024-01-15 at noon", []string{"2024-01-15|DATE|2024-01-15", "noon|TIME|2024-01-15T12:00"}},
		{"slash month first", "", "dated 01/15/2024.", []string{"01/15/2024|DATE|2024-01-15"}},
		{"slash day first when day above 12", "", "dated 21/10/2024.", []string{"21/10/2024|DATE|2024-10-21"}},
		{"slash ambiguous is month first", "", "dated 04/05/2023.", []string{"04/05/2023|DATE|2023-04-05"}},
		{"dotted day first", "", "signed 04.05.2023 in Bonn", []string{"04.05.2023|DATE|2023-05-04"}},
		{"version number", "", "version 1.2.2023 released", nil},
		{"fraction", "", "a 1/2/3 split", nil},
		{"phone", "", "call +1 555-0100-2024", nil},
		{"invalid month", "", "on 13/13/2024", nil},
	})
}

func TestDayFirstOption(t *testing.T) {
	got := NewWith(DayFirst()).Tag("dated 04/05/2023.", mustDate(t, "2024-01-01"))
	if len(got) != 1 || got[0].Value != "2023-05-04" {
		t.Errorf("DayFirst Tag = %+v, want 2023-05-04", got)
	}
}
