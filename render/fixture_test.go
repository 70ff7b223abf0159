package render_test

import (
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// The fixture is a hand-made result with text meant to break encoders:
// quotes, commas, semicolons, newlines, backslashes, "</script>", a
// spreadsheet formula, non-ASCII scripts; and dates at every precision:
// day, day range with an inferred year, month, year with a mod, week,
// decade, a date off the calendar, and no date at all.

const doc1Text = "WASHINGTON, Oct 23 (Wire) - NATO Secretary General Jens Stoltenberg visited Washington " +
	"on October 21–22, meeting officials at the White House.\n" +
	"He said: \"Allies, stand firm; we will not waver\", and talks continue.\r\n" +
	"The summit in July 2024 was held in Washington. Finland joined NATO in 2023.\n\n" +
	"=SUM(A1) was typed </script><script>alert(1)</script> into a form, a prankster's \\ backslash. " +
	"Leaders did not sign the pact in early 2023."

const doc2Text = "Der Außenminister traf sich in Zürich mit Kollegen aus Ελλάδα und 東京 am 5. März. " +
	"Talks with São Tomé are planned for next week, officials said. " +
	"The July 2024 summit was attended by 32 leaders. " +
	"The forum was founded in the 1990s."

var (
	ref1 = time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)
	ref2 = time.Date(2024, 10, 25, 0, 0, 0, 0, time.UTC)
	now  = time.Date(2024, 11, 1, 12, 30, 0, 0, time.UTC)
)

func utc(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// src returns the source of the sentence of text that starts with prefix and
// ends with the first "." followed by a space, a line break or the end of
// text, skipping "5." (a German ordinal).
func src(doc, text, prefix string) timeline.Source {
	start := strings.Index(text, prefix)
	if start < 0 {
		panic("fixture: no sentence " + prefix)
	}
	end := start
	for {
		i := strings.Index(text[end:], ".")
		if i < 0 {
			end = len(text)
			break
		}
		end += i + 1
		if end == len(text) || (strings.ContainsAny(text[end:end+1], " \r\n") && text[end-2] != '5') {
			break
		}
	}
	return timeline.Source{Document: doc, Sentence: text[start:end], Start: start, End: end}
}

func fixture() timeline.Result {
	d1 := timeline.Document{ID: "wire/nato-2024.txt", Title: `NATO chief "visits" Washington, again`,
		URL: "https://example.org/news?id=1&x=2", Text: doc1Text, Ref: ref1, RefSource: timeline.RefMetadata}
	d2 := timeline.Document{ID: "de/zürich.md", Title: "Außenminister in Zürich", URL: "javascript:alert(1)",
		Text: doc2Text, RefSource: timeline.RefNone}
	summit2 := src(d2.ID, doc2Text, "The July 2024 summit")
	return timeline.Result{
		Documents: []timeline.Document{d1, d2},
		Events: []timeline.Event{
			{ID: "ev-visit", Type: timeline.Visit, CAMEO: "042", Status: timeline.Reported,
				Summary: `Jens Stoltenberg visits Washington, "again"`,
				Date: &timeline.Date{Start: utc(2024, 10, 21), End: utc(2024, 10, 22), Granularity: temporal.Day,
					Value: "2024-10-21/2024-10-22", Inferred: true},
				Actors: []string{"Jens Stoltenberg", "United States"}, Location: "Washington, D.C.",
				Trigger: "visited", Confidence: 0.9, Source: src(d1.ID, doc1Text, "WASHINGTON")},
			{ID: "ev-talks", Type: timeline.Meeting, CAMEO: "040", Status: timeline.Reported,
				Summary: "-talks continue; allies \"stand firm\"", Actors: []string{"NATO", "@allies"},
				Trigger: "talks", Confidence: 0.4, Source: src(d1.ID, doc1Text, "He said")},
			{ID: "ev-summit", Type: timeline.Summit, CAMEO: "043", Status: timeline.Reported,
				Summary: "NATO summit in Washington",
				Date:    &timeline.Date{Start: utc(2024, 7, 1), Granularity: temporal.Month, Value: "2024-07"},
				Actors:  []string{"NATO"}, Location: "Washington", Trigger: "summit", Confidence: 0.8,
				Source:  src(d1.ID, doc1Text, "The summit"),
				Sources: []timeline.Source{src(d1.ID, doc1Text, "The summit"), summit2}},
			{ID: "ev-accession", Type: timeline.Accession, CAMEO: "057", Status: timeline.Reported,
				Summary: "Finland joins NATO",
				Date:    &timeline.Date{Start: utc(2023, 1, 1), Granularity: temporal.Year, Value: "2023"},
				Actors:  []string{"Finland", "NATO"}, Trigger: "joined", Confidence: 0.85,
				Source: src(d1.ID, doc1Text, "Finland joined")},
			{ID: "ev-formula", Type: timeline.OtherDiplomatic, CAMEO: "050", Status: timeline.Reported,
				Summary: "=SUM(A1)", Actors: []string{"+prankster"}, Trigger: "typed", Confidence: 0.1,
				Date:   &timeline.Date{Start: utc(2024, 10, 23), Granularity: temporal.Day, Value: "2024-10-23"},
				Source: src(d1.ID, doc1Text, "=SUM(A1)")},
			{ID: "ev-pact", Type: timeline.Agreement, CAMEO: "057", Status: timeline.Negated,
				Summary: "Leaders do not sign the pact",
				Date: &timeline.Date{Start: utc(2023, 1, 1), Granularity: temporal.Year, Value: "2023",
					Mod: "START"},
				Actors: []string{"Leaders"}, Trigger: "sign", Confidence: 0.6,
				Source: src(d1.ID, doc1Text, "Leaders did not")},
			{ID: "ev-zurich", Type: timeline.Meeting, CAMEO: "040", Status: timeline.Reported,
				Summary: "Außenminister trifft Kollegen aus Ελλάδα und 東京",
				Date:    &timeline.Date{Granularity: temporal.Day, Value: "XXXX-03-05"},
				Actors:  []string{"Außenminister", "Ελλάδα", "東京"}, Location: "Zürich", Trigger: "traf",
				Confidence: 0.5, Source: src(d2.ID, doc2Text, "Der Außenminister")},
			{ID: "ev-saotome", Type: timeline.Meeting, CAMEO: "040", Status: timeline.Planned,
				Summary: "Talks with São Tomé",
				Date: &timeline.Date{Start: utc(2024, 10, 28), Granularity: temporal.Week, Value: "2024-W44",
					Inferred: true},
				Actors: []string{"São Tomé and Príncipe"}, Location: "São Tomé", Trigger: "Talks",
				Confidence: 0.55, Source: src(d2.ID, doc2Text, "Talks with")},
			{ID: "ev-forum", Type: timeline.Founding, CAMEO: "057", Status: timeline.Reported,
				Summary: "The forum is founded",
				Date:    &timeline.Date{Start: utc(1990, 1, 1), Granularity: temporal.Decade, Value: "199"},
				Trigger: "founded", Confidence: 0.7, Source: src(d2.ID, doc2Text, "The forum")},
		},
		Warnings: []timeline.Warning{
			{Document: "feed.jsonl", Line: 3, Message: `invalid JSON: unexpected "<" at offset 0`},
		},
	}
}

// batches splits the fixture into one result a document, each with the
// events whose first source is in it.
func batches() []timeline.Result {
	all := fixture()
	var out []timeline.Result
	for i, d := range all.Documents {
		r := timeline.Result{Documents: []timeline.Document{d}}
		for _, e := range all.Events {
			if e.Source.Document == d.ID {
				r.Events = append(r.Events, e)
			}
		}
		if i == len(all.Documents)-1 {
			r.Warnings = all.Warnings
		}
		out = append(out, r)
	}
	return out
}

// fakeTagger tags fixed phrases with fixed values, so that TimeML goldens do
// not change when the real tagger does.
type fakeTagger map[string]temporal.Timex

// fixtureTimexes are the phrases of the fixture's texts the fake tagger knows.
var fixtureTimexes = fakeTagger{
	"Oct 23": {Type: temporal.TypeDate, Value: "2024-10-23",
		Date: &temporal.Date{Start: utc(2024, 10, 23), Granularity: temporal.Day, Value: "2024-10-23"}},
	"October 21–22": {Type: temporal.TypeDate, Value: "2024-10-21/2024-10-22",
		Date: &temporal.Date{Start: utc(2024, 10, 21), End: utc(2024, 10, 22), Granularity: temporal.Day,
			Value: "2024-10-21/2024-10-22"}},
	"July 2024": {Type: temporal.TypeDate, Value: "2024-07",
		Date: &temporal.Date{Start: utc(2024, 7, 1), Granularity: temporal.Month, Value: "2024-07"}},
	"in 2023": {Type: temporal.TypeDate, Value: "2023",
		Date: &temporal.Date{Start: utc(2023, 1, 1), Granularity: temporal.Year, Value: "2023"}},
	"early 2023": {Type: temporal.TypeDate, Value: "2023",
		Date: &temporal.Date{Start: utc(2023, 1, 1), Granularity: temporal.Year, Value: "2023", Mod: "START"}},
	"5. März": {Type: temporal.TypeDate, Value: "XXXX-03-05",
		Date: &temporal.Date{Granularity: temporal.Day, Value: "XXXX-03-05"}},
	"1990s": {Type: temporal.TypeDate, Value: "199",
		Date: &temporal.Date{Start: utc(1990, 1, 1), Granularity: temporal.Decade, Value: "199"}},
}

// Tag returns every occurrence of the known phrases, in text order, skipping
// any that overlaps one found before it.
func (f fakeTagger) Tag(text string, _ time.Time) []temporal.Timex {
	var out []temporal.Timex
	for i := 0; i < len(text); i++ {
		for phrase, tx := range f {
			if strings.HasPrefix(text[i:], phrase) && (len(out) == 0 || out[len(out)-1].End <= i) {
				tx.Start, tx.End, tx.Text = i, i+len(phrase), phrase
				out = append(out, tx)
			}
		}
	}
	return out
}
