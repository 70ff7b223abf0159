package render

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).
type (
	tljsTimeline struct {
		Title  *tljsSlide  `json:"title,omitempty"`
		Events []tljsSlide `json:"events"`
	}
	tljsSlide struct {
		StartDate   *tljsDate `json:"start_date,omitempty"`
		EndDate     *tljsDate `json:"end_date,omitempty"`
		DisplayDate string    `json:"display_date,omitempty"`
		Text        tljsText  `json:"text"`
		Group       string    `json:"group,omitempty"`
		UniqueID    string    `json:"unique_id,omitempty"`
	}
	tljsDate struct {
		Year  int `json:"year"`
		Month int `json:"month,omitempty"`
		Day   int `json:"day,omitempty"`
	}
	tljsText struct {
		Headline string `json:"headline,omitempty"`
		Text     string `json:"text,omitempty"`
	}
)

// timelineJSEncoder writes a Knight Lab TimelineJS3 JSON file at Close: a
// title slide and one slide an event with a date on the calendar. It keeps
// the events (not the texts) until then, so that a merged event's sources
// are named by their documents' titles whatever batch they came in.
//
// start_date and end_date hold {year, month, day} at the event's precision:
// year only for a year, year and month for a month, all three for a day. An
// event with a range, or a date coarser or odder than these (week, quarter,
// season, half, decade, century), has an end_date at the end of its span,
// and a display_date in words ("Q4 2024", "the 1990s"), which is also set
// when the date has a mod ("early 2023"). Undated events cannot be placed
// and are left out; Skipped counts them and the title slide says how many.
//
// group is the event type, so TimelineJS puts each type on its own row.
// unique_id is the event ID (with "-2", "-3"... added to repeats). TimelineJS
// renders text fields as HTML: every text from the article is HTML-escaped,
// and links are written only for http and https document URLs.
type timelineJSEncoder struct {
	w       io.Writer
	opts    Options
	docs    docIndex
	events  []timeline.Event
	ids     map[string]int
	skipped int
}

func newTimelineJSEncoder(w io.Writer, opts Options) *timelineJSEncoder {
	return &timelineJSEncoder{w: w, opts: opts, docs: docIndex{}, ids: map[string]int{}}
}

func (e *timelineJSEncoder) Skipped() int { return e.skipped }

func (e *timelineJSEncoder) Add(res timeline.Result) error {
	e.docs.add(res.Documents)
	for _, ev := range res.Events {
		if !placeable(ev) {
			e.skipped++
			continue
		}
		ev.Detach() // the document text can be freed
		e.events = append(e.events, ev)
	}
	return nil
}

func (e *timelineJSEncoder) Close() error {
	slides := make([]tljsSlide, len(e.events))
	for i, ev := range e.events {
		slides[i] = e.slide(ev)
	}
	n := len(slides)
	sum := fmt.Sprintf("%d %s from %d %s.", n, plural(n, "event", "events"),
		len(e.docs), plural(len(e.docs), "document", "documents"))
	if e.skipped > 0 {
		sum += fmt.Sprintf(" %d %s without a date on the calendar %s not shown.",
			e.skipped, plural(e.skipped, "event", "events"), plural(e.skipped, "is", "are"))
	}
	t := tljsTimeline{
		Title:  &tljsSlide{Text: tljsText{Headline: esc(e.opts.Title), Text: "<p>" + esc(sum) + "</p>"}},
		Events: slides,
	}
	enc := json.NewEncoder(e.w)
	enc.SetIndent("", "  ")
	return enc.Encode(t)
}

// slide returns the slide of an event with a date on the calendar.
func (e *timelineJSEncoder) slide(ev timeline.Event) tljsSlide {
	d := ev.Date
	first, last := d.First(), d.Last()
	s := tljsSlide{Group: string(ev.Type)}
	switch d.Granularity {
	default: // day, and a missing granularity, which temporal reads as day
		s.StartDate = &tljsDate{Year: first.Year(), Month: int(first.Month()), Day: first.Day()}
		if d.IsRange() {
			s.EndDate = &tljsDate{Year: last.Year(), Month: int(last.Month()), Day: last.Day()}
		}
	case temporal.Month:
		s.StartDate = &tljsDate{Year: first.Year(), Month: int(first.Month())}
		if d.IsRange() {
			s.EndDate = &tljsDate{Year: last.Year(), Month: int(last.Month())}
		}
	case temporal.Year:
		s.StartDate = &tljsDate{Year: first.Year()}
		if d.IsRange() {
			s.EndDate = &tljsDate{Year: last.Year()}
		}
	case temporal.Week:
		s.StartDate = &tljsDate{Year: first.Year(), Month: int(first.Month()), Day: first.Day()}
		s.EndDate = &tljsDate{Year: last.Year(), Month: int(last.Month()), Day: last.Day()}
		s.DisplayDate = DisplayDate(d)
	case temporal.Decade, temporal.Century:
		s.StartDate = &tljsDate{Year: first.Year()}
		s.EndDate = &tljsDate{Year: last.Year()}
		s.DisplayDate = DisplayDate(d)
	case temporal.Quarter, temporal.Season, temporal.Half:
		s.StartDate = &tljsDate{Year: first.Year(), Month: int(first.Month())}
		s.EndDate = &tljsDate{Year: last.Year(), Month: int(last.Month())}
		s.DisplayDate = DisplayDate(d)
	}
	if d.Mod != "" {
		s.DisplayDate = DisplayDate(d)
	}
	s.DisplayDate = esc(s.DisplayDate)
	s.Text = tljsText{Headline: esc(headline(ev)), Text: e.body(ev)}
	s.UniqueID = ev.ID
	if s.UniqueID == "" {
		s.UniqueID = "event"
	}
	e.ids[s.UniqueID]++
	if n := e.ids[s.UniqueID]; n > 1 {
		s.UniqueID += "-" + strconv.Itoa(n)
	}
	return s
}

// body is the HTML text of an event's slide: its sentences as quotes with
// their documents, then a line of facts.
func (e *timelineJSEncoder) body(ev timeline.Event) string {
	var b strings.Builder
	for _, src := range sources(ev) {
		b.WriteString("<blockquote>")
		b.WriteString(esc(src.Sentence))
		b.WriteString("</blockquote><p>— ")
		b.WriteString(e.docLink(src.Document))
		b.WriteString("</p>")
	}
	var facts []string
	if len(ev.Actors) > 0 {
		facts = append(facts, "Actors: "+esc(strings.Join(ev.Actors, "; ")))
	}
	if ev.Location != "" {
		facts = append(facts, "Location: "+esc(ev.Location))
	}
	facts = append(facts, "Date: "+esc(dateFact(ev.Date)))
	if ev.Status != "" {
		facts = append(facts, "Status: "+esc(string(ev.Status)))
	}
	facts = append(facts, "Confidence: "+strconv.FormatFloat(ev.Confidence, 'f', 2, 64))
	b.WriteString("<p><small>")
	b.WriteString(strings.Join(facts, " · "))
	b.WriteString("</small></p>")
	return b.String()
}

// docLink names a document by its title (or ID), linked to its URL when the
// URL is http or https.
func (e *timelineJSEncoder) docLink(id string) string {
	d := e.docs[id]
	name := d.Title
	if name == "" {
		name = id
	}
	if u := safeURL(d.URL); u != "" {
		return `<a href="` + esc(u) + `" target="_blank" rel="noopener noreferrer">` + esc(name) + "</a>"
	}
	return esc(name)
}

// safeURL returns u when it is an absolute http or https URL, and "" for
// anything else (javascript:, data:, relative or malformed URLs).
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

// esc HTML-escapes untrusted text and replaces invalid UTF-8.
func esc(s string) string { return html.EscapeString(strings.ToValidUTF8(s, "\uFFFD")) }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
