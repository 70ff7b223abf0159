package temporal

import (
	"strings"
	"testing"
)

// Days joined by "and", "to" or a dash are one range, like "October
// 21–22"; two days joined by "and" that are not consecutive are two dates.
// 2024-10-23 is a Wednesday.
func TestCoordinatedDays(t *testing.T) {
	runTagCases(t, []tagCase{
		{"weekdays and, past", "2024-10-23", "They met on Wednesday and Thursday.", []string{"Wednesday and Thursday|DATE|2024-10-16/2024-10-17"}},
		{"weekdays and, past, ending today", "2024-10-24", "They met on Wednesday and Thursday.", []string{"Wednesday and Thursday|DATE|2024-10-23/2024-10-24"}},
		{"weekdays and, future", "2024-10-23", "They will meet on Wednesday and Thursday.", []string{"Wednesday and Thursday|DATE|2024-10-23/2024-10-24"}},
		{"weekdays across a weekend", "2024-10-23", "They will meet on Sunday and Monday.", []string{"Sunday and Monday|DATE|2024-10-27/2024-10-28"}},
		{"weekdays to", "2024-10-23", "from Monday to Friday they met", []string{"Monday to Friday|DATE|2024-10-14/2024-10-18"}},
		{"weekdays dash", "2024-10-23", "talks ran Tuesday-Thursday", []string{"Tuesday-Thursday|DATE|2024-10-15/2024-10-17"}},
		{"next weekdays", "2024-10-23", "next Monday and Tuesday", []string{"next Monday and Tuesday|DATE|2024-10-28/2024-10-29"}},
		{"weekdays of a named week", "2024-10-23", "the summit ran from Tuesday to Thursday this week", []string{"Tuesday to Thursday this week|DATE|2024-10-22/2024-10-24"}},
		{"weekdays and of last week", "2024-10-23", "on Monday and Tuesday of last week", []string{"Monday and Tuesday of last week|DATE|2024-10-14/2024-10-15"}},
		{"weekdays no reference", "", "They met on Wednesday and Thursday.", []string{"Wednesday and Thursday|DATE|XXXX-WXX-3/XXXX-WXX-4"}},
		{"weekdays apart are two days of one week", "2024-10-23", "They met on Monday and Thursday.", []string{"Monday|DATE|2024-10-14", "Thursday|DATE|2024-10-17"}},
		{"weekdays apart, future", "2024-10-23", "They will meet on Monday and Thursday.", []string{"Monday|DATE|2024-10-28", "Thursday|DATE|2024-10-31"}},
		{"day and day month", "2024-10-23", "They met on 9 and 10 July.", []string{"9 and 10 July|DATE|2024-07-09/2024-07-10"}},
		{"day and day month year", "", "They met on 9 and 10 July 2023.", []string{"9 and 10 July 2023|DATE|2023-07-09/2023-07-10"}},
		{"month day and day", "2024-10-23", "They met on July 9 and 10.", []string{"July 9 and 10|DATE|2024-07-09/2024-07-10"}},
		{"month day and day year", "", "They met on July 9 and 10, 2023, in Vilnius.", []string{"July 9 and 10, 2023|DATE|2023-07-09/2023-07-10"}},
		{"month day and day no reference", "", "They met on July 9 and 10.", []string{"July 9 and 10|DATE|XXXX-07-09/XXXX-07-10"}},
		{"across months", "2024-10-23", "They met on July 31 and August 1.", []string{"July 31 and August 1|DATE|2024-07-31/2024-08-01"}},
		{"month day and day apart", "2024-10-23", "They met on July 9 and 12.", []string{"July 9|DATE|2024-07-09", "12|DATE|2024-07-12"}},
		{"between month day and day", "2024-10-23", "between July 9 and 12 the talks", []string{"July 9 and 12|DATE|2024-07-09/2024-07-12"}},
		{"after a weekday", "2024-10-23", "They met Thursday, July 11 and 12.", []string{"Thursday, July 11 and 12|DATE|2024-07-11/2024-07-12"}},
		{"three consecutive days", "2024-10-23", "They met on 9, 10 and 11 July.", []string{"9, 10 and 11 July|DATE|2024-07-09/2024-07-11"}},
		{"three days apart", "2024-10-23", "They met on 9, 12 and 14 July 2023.", []string{"9|DATE|2023-07-09", "12|DATE|2023-07-12", "14 July 2023|DATE|2023-07-14"}},
		{"ordinals with the", "2024-10-23", "They met on the 9th and 10th of July.", []string{"the 9th and 10th of July|DATE|2024-07-09/2024-07-10"}},
		{"between weekdays apart", "2024-10-23", "Between Monday and Wednesday 300 people fled.", []string{"Monday and Wednesday|DATE|2024-10-21/2024-10-23"}},
		{"a count after and", "2024-10-23", "It was signed July 9 and 10 people died.", []string{"July 9|DATE|2024-07-09"}},
		{"dash still a range", "2024-10-23", "on October 21–22", []string{"October 21–22|DATE|2024-10-21/2024-10-22"}},
		{"hyphen day first", "", "on 21-22 October 2024", []string{"21-22 October 2024|DATE|2024-10-21/2024-10-22"}},
		{"en dash day first", "", "on 21–22 October 2024", []string{"21–22 October 2024|DATE|2024-10-21/2024-10-22"}},
	})
}

func TestCoordinatedDaysSplit(t *testing.T) {
	tg := NewWith(SplitRanges())
	for _, tc := range []struct{ text, want string }{
		{"They met on Wednesday and Thursday.", "Wednesday|2024-10-16 Thursday|2024-10-17"},
		{"They met on 9 and 10 July.", "9|2024-07-09 10 July|2024-07-10"},
		{"They met on July 9 and 10.", "July 9|2024-07-09 10|2024-07-10"},
		{"talks ran Tuesday-Thursday", "Tuesday-Thursday|2024-10-15/2024-10-17"},
		{"They met on 9, 10 and 11 July.", "9|2024-07-09 10|2024-07-10 11 July|2024-07-11"},
	} {
		var got []string
		for _, tx := range tg.Tag(tc.text, mustDate(t, "2024-10-23")) {
			got = append(got, tx.Text+"|"+tx.Value)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("SplitRanges Tag(%q) = %q, want %q", tc.text, g, tc.want)
		}
	}
}
