package render

import (
	"io"
	"strconv"
	"strings"

	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// icsEncoder writes an RFC 5545 iCalendar file: a VCALENDAR (VERSION 2.0,
// PRODID, CALSCALE GREGORIAN, X-WR-CALNAME from Options.Title) holding one
// all-day VEVENT an event with a date on the calendar:
//
//	UID          the event ID + "@timeline" (repeats get "-2", "-3"...)
//	DTSTAMP      Options.Now in UTC
//	DTSTART      ;VALUE=DATE, the first day the date covers
//	DTEND        ;VALUE=DATE, the day after the last day covered (exclusive),
//	             so "October 2024" runs from 20241001 to 20241101
//	SUMMARY      the event summary, "[planned] "... for events not reported
//	             as having happened
//	DESCRIPTION  each source sentence with its document, then the facts
//	LOCATION     the event location, when known
//	CATEGORIES   the event type
//	STATUS       CONFIRMED (reported), TENTATIVE (planned, hypothetical) or
//	             CANCELLED (negated)
//	URL          the first source document's URL, when it is http or https
//	TRANSP       TRANSPARENT: the event does not make anyone busy
//
// Text values are escaped (\\ \; \, and line breaks as \n), control
// characters other than tab are dropped and invalid UTF-8 becomes U+FFFD.
// Lines are folded at 75 octets, never inside a UTF-8 sequence, and end
// with CRLF. Undated events, and dates outside years 1–9999 which the DATE
// type cannot write, are left out and counted by Skipped.
//
// The calendar is written at Close; until then the encoder keeps the events
// (not the texts), so that a merged event's sources are named by their
// documents' titles whatever batch they came in. Without dated events the
// calendar has no component, which RFC 5545 strictly does not allow but
// calendar programs accept as an empty calendar.
type icsEncoder struct {
	w       *errWriter
	opts    Options
	docs    docIndex
	uids    map[string]int
	stamp   string
	started bool
	skipped int
	events  []timeline.Event
	line    strings.Builder
}

func newICSEncoder(w io.Writer, opts Options) *icsEncoder {
	return &icsEncoder{
		w: &errWriter{w: w}, opts: opts, docs: docIndex{}, uids: map[string]int{},
		stamp: opts.Now.UTC().Format("20060102T150405Z"),
	}
}

func (e *icsEncoder) Skipped() int { return e.skipped }

func (e *icsEncoder) start() {
	if e.started {
		return
	}
	e.started = true
	e.prop("BEGIN", "VCALENDAR")
	e.prop("VERSION", "2.0")
	e.prop("PRODID", "-//timeline-dev//timeline//EN")
	e.prop("CALSCALE", "GREGORIAN")
	e.prop("X-WR-CALNAME", icsText(e.opts.Title))
}

func (e *icsEncoder) Add(res timeline.Result) error {
	e.docs.add(res.Documents)
	for _, ev := range res.Events {
		if !e.fits(ev) {
			e.skipped++
			continue
		}
		ev.Detach() // the document text can be freed
		e.events = append(e.events, ev)
	}
	return nil
}

func (e *icsEncoder) Close() error {
	e.start()
	for _, ev := range e.events {
		e.event(ev)
	}
	e.prop("END", "VCALENDAR")
	return e.w.err
}

// fits reports whether the event's date can be written as DATE values.
func (e *icsEncoder) fits(ev timeline.Event) bool {
	return placeable(ev) && ev.Date.First().Year() >= 1 && ev.Date.Last().AddDate(0, 0, 1).Year() <= 9999
}

func (e *icsEncoder) event(ev timeline.Event) {
	first, end := ev.Date.First(), ev.Date.Last().AddDate(0, 0, 1)
	uid := ev.ID
	if uid == "" {
		uid = "event"
	}
	e.uids[uid]++
	if n := e.uids[uid]; n > 1 {
		uid += "-" + strconv.Itoa(n)
	}
	e.prop("BEGIN", "VEVENT")
	e.prop("UID", icsText(uid+"@timeline"))
	e.prop("DTSTAMP", e.stamp)
	e.prop("DTSTART;VALUE=DATE", first.Format("20060102"))
	e.prop("DTEND;VALUE=DATE", end.Format("20060102"))
	e.prop("SUMMARY", icsText(headline(ev)))
	e.prop("DESCRIPTION", icsText(e.description(ev)))
	if ev.Location != "" {
		e.prop("LOCATION", icsText(ev.Location))
	}
	if ev.Type != "" {
		e.prop("CATEGORIES", icsText(string(ev.Type)))
	}
	e.prop("STATUS", icsStatus(ev.Status))
	if u := safeURL(e.docs[ev.Source.Document].URL); u != "" && icsSafeURI(u) {
		e.prop("URL", u)
	}
	e.prop("TRANSP", "TRANSPARENT")
	e.prop("END", "VEVENT")
}

// description is the plain text of an event's DESCRIPTION: each source
// sentence in quotes with its document, then a line of facts.
func (e *icsEncoder) description(ev timeline.Event) string {
	var b strings.Builder
	for _, src := range sources(ev) {
		b.WriteString("“")
		b.WriteString(src.Sentence)
		b.WriteString("”\n— ")
		d := e.docs[src.Document]
		if d.Title != "" {
			b.WriteString(d.Title)
			b.WriteString(" (")
			b.WriteString(src.Document)
			b.WriteString(")")
		} else {
			b.WriteString(src.Document)
		}
		b.WriteString("\n")
	}
	b.WriteString("\nDate: ")
	b.WriteString(dateFact(ev.Date))
	if len(ev.Actors) > 0 {
		b.WriteString("\nActors: ")
		b.WriteString(strings.Join(ev.Actors, "; "))
	}
	if ev.Status != "" {
		b.WriteString("\nStatus: ")
		b.WriteString(string(ev.Status))
	}
	b.WriteString("\nConfidence: ")
	b.WriteString(strconv.FormatFloat(ev.Confidence, 'f', 2, 64))
	return b.String()
}

func icsStatus(s timeline.Status) string {
	switch s {
	case timeline.Planned, timeline.Hypothetical:
		return "TENTATIVE"
	case timeline.Negated:
		return "CANCELLED"
	}
	return "CONFIRMED"
}

// icsSafeURI reports whether u can be written as a URI property value as it
// is: printable ASCII without spaces or quotes.
func icsSafeURI(u string) bool {
	for i := 0; i < len(u); i++ {
		if c := u[i]; c <= ' ' || c >= 0x7f || c == '"' {
			return false
		}
	}
	return true
}

// icsText escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and
// comma get a backslash, every line break (CRLF, LF or CR) becomes \n, other
// control characters except tab are dropped, and invalid UTF-8 becomes
// U+FFFD.
func icsText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\r':
			b.WriteString(`\n`)
			if i+1 < len(s) && s[i+1] == '\n' {
				size++
			}
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			// CONTROL characters are not allowed in TEXT.
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// prop writes one content line "NAME:value", folded.
func (e *icsEncoder) prop(name, value string) {
	e.line.Reset()
	e.line.WriteString(name)
	e.line.WriteByte(':')
	e.line.WriteString(value)
	foldLine(e.w, e.line.String())
}

// maxLine is the longest content line in octets, CRLF excluded (RFC 5545 3.1).
const maxLine = 75

// foldLine writes line followed by CRLF, folding it into pieces of at most
// 75 octets: every continuation line starts with a space, which counts in
// its 75. A piece never ends inside a UTF-8 sequence.
func foldLine(w io.Writer, line string) {
	limit := maxLine
	for len(line) > limit {
		cut := limit
		for cut > limit-utf8.UTFMax && !utf8.RuneStart(line[cut]) {
			cut--
		}
		io.WriteString(w, line[:cut])
		io.WriteString(w, "\r\n ")
		line = line[cut:]
		limit = maxLine - 1
	}
	io.WriteString(w, line)
	io.WriteString(w, "\r\n")
}
