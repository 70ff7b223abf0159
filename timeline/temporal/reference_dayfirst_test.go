package temporal

import "testing"

// A Tagger's FindReference reads the text's own date with its options.
func TestTaggerFindReferenceDayFirst(t *testing.T) {
	const text = "Published: 04/05/2023\n\nThe talks ended on Friday."
	for _, tc := range []struct {
		tagger *Tagger
		want   string
	}{
		{New(), "2023-04-05"},
		{NewWith(DayFirst()), "2023-05-04"},
		{nil, "2023-04-05"}, // a nil Tagger is the default one
	} {
		got, ok := tc.tagger.FindReference(text)
		if !ok || got.Format("2006-01-02") != tc.want {
			t.Errorf("FindReference = %v, %v; want %s", got, ok, tc.want)
		}
	}
	if got, ok := FindReference(text); !ok || got.Format("2006-01-02") != "2023-04-05" {
		t.Errorf("package FindReference = %v, %v", got, ok)
	}
}
