package temporal

import "testing"

func TestFindReference(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"wire dateline with year", "BRUSSELS, Dec. 4, 2024 (Reuters) - NATO ministers met.", "2024-12-04"},
		{"agency then date", "WASHINGTON (AP) — December 3, 2024 — The president said", "2024-12-03"},
		{"published line", "Readout of a call\n\nPublished 3 December 2024\n\nThe minister spoke.", "2024-12-03"},
		{"updated iso", "Headline\nUpdated: 2024-12-03 10:15 GMT\nText", "2024-12-03"},
		{"date first", "December 3, 2024 — NATO foreign ministers gathered", "2024-12-03"},
		{"weekday date line", "Title\nBy Jane Doe\nTuesday, December 3, 2024\n\nText", "2024-12-03"},
		{"place with country", "GENEVA, Switzerland, 3 March 2023 — Talks resumed.", "2023-03-03"},
		{"byline", "NATO at 75\nBy Jane Doe | Oct. 21, 2024\nText", "2024-10-21"},
		{"dateline without year", "BRUSSELS, Dec 4 (Reuters) - NATO ministers met.", ""},
		{"date inside a sentence", "NATO was founded on 4 April 1949 in Washington.", ""},
		{"no date", "Leaders met to discuss trade.", ""},
		{"date deep in the text", "a\nb\nc\nd\ne\nf\ng\nh\ni\nPublished 3 December 2024", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := FindReference(tc.text)
			s := ""
			if ok {
				s = got.Format("2006-01-02")
			}
			if s != tc.want {
				t.Errorf("FindReference(%q) = %q, %v; want %q", tc.text, s, ok, tc.want)
			}
		})
	}
}
