package temporal

import (
	"strings"
	"testing"
	"time"
)

func TestLabel(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name  string
		date  Date
		style LabelStyle
		want  string
	}{
		{"day", Date{Start: day(2024, 10, 21), Granularity: Day}, LongMonths, "21 October 2024"},
		{"day short", Date{Start: day(2024, 10, 21), Granularity: Day}, ShortMonths, "21 Oct 2024"},
		{"range same month", Date{Start: day(2024, 10, 21), End: day(2024, 10, 22), Granularity: Day}, LongMonths, "21–22 October 2024"},
		{"range across months", Date{Start: day(2024, 9, 30), End: day(2024, 10, 1), Granularity: Day}, ShortMonths, "30 Sep – 1 Oct 2024"},
		{"range across years", Date{Start: day(2023, 12, 30), End: day(2024, 1, 2), Granularity: Day}, LongMonths, "30 December 2023 – 2 January 2024"},
		{"month range", Date{Start: day(2023, 3, 1), End: day(2023, 5, 1), Granularity: Month}, LongMonths, "March–May 2023"},
		{"year range", Date{Start: day(2019, 1, 1), End: day(2021, 1, 1), Granularity: Year}, LongMonths, "2019–2021"},
		{"month", Date{Start: day(2024, 10, 1), Granularity: Month}, LongMonths, "October 2024"},
		{"week", Date{Start: day(2024, 3, 4), Granularity: Week}, ShortMonths, "week of 4 Mar 2024"},
		{"quarter", Date{Start: day(2024, 10, 1), Granularity: Quarter}, LongMonths, "Q4 2024"},
		{"season", Date{Start: day(2024, 6, 1), Granularity: Season}, LongMonths, "summer 2024"},
		{"half", Date{Start: day(2024, 7, 1), Granularity: Half}, LongMonths, "H2 2024"},
		{"decade", Date{Start: day(1990, 1, 1), Granularity: Decade}, LongMonths, "the 1990s"},
		{"century", Date{Start: day(1900, 1, 1), Granularity: Century}, LongMonths, "the 20th century"},
		{"early year", Date{Start: day(2023, 1, 1), Granularity: Year, Mod: "START"}, LongMonths, "early 2023"},
		{"late decade", Date{Start: day(1990, 1, 1), Granularity: Decade, Mod: "END"}, LongMonths, "the late 1990s"},
		{"since", Date{Start: day(2014, 1, 1), Granularity: Year, Mod: "AFTER"}, LongMonths, "after 2014"},
		{"unknown year", Date{Granularity: Day, Value: "XXXX-10-21"}, LongMonths, "XXXX-10-21"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.date.Label(tt.style); got != tt.want {
				t.Errorf("Label(%+v) = %q, want %q", tt.date, got, tt.want)
			}
		})
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 111: "111th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestSeasons(t *testing.T) {
	codes := "WI WI SP SP SP SU SU SU FA FA FA WI"
	names := "winter winter spring spring spring summer summer summer autumn autumn autumn winter"
	for m := time.January; m <= time.December; m++ {
		if got, want := seasonCode(m), strings.Fields(codes)[m-1]; got != want {
			t.Errorf("seasonCode(%v) = %q, want %q", m, got, want)
		}
		if got, want := seasonName(m), strings.Fields(names)[m-1]; got != want {
			t.Errorf("seasonName(%v) = %q, want %q", m, got, want)
		}
	}
}
