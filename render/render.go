// Package render writes extraction results in export formats: JSON, JSON
// Lines, CSV, Knight Lab TimelineJS3 JSON, iCalendar and TimeML. The HTML
// report lives in render/echarts.
//
// Every format is an Encoder obtained from NewEncoder by name. Results are
// given to Add one document (or one batch) at a time; Close finishes the
// output. Streaming formats write as results
// arrive (csv, jsonl) or as their documents arrive (timeml), so memory stays
// bounded by the documents in flight; json, timelinejs and ics keep the
// events and document metadata (never the texts) and write at Close.
//
// The formats:
//
//   - json: one indented object {"documents":[...],"events":[...],
//     "warnings":[...]}; the arrays are never null. Documents carry metadata,
//     not text.
//   - jsonl: one object a line, each starting with "kind": "document",
//     "event" or "warning", then the same members as in json. A batch's
//     document lines come before its event lines. Keep the events with
//     jq -c 'select(.kind=="event")'.
//   - csv: RFC 4180 with CRLF line ends, a header (CSVHeader) and one row an
//     event; cells that would start a spreadsheet formula get a leading
//     apostrophe (see DefuseFormula).
//   - timelinejs: Knight Lab TimelineJS3 JSON, one slide a dated event, dates
//     at the event's precision, HTML-escaped text, group = event type.
//   - ics: RFC 5545 iCalendar, one all-day VEVENT a dated event, with an
//     exclusive DTEND covering the event's whole span.
//   - timeml: TimeML 1.2, the document text with TIMEX3 and EVENT tags,
//     MAKEINSTANCE and TLINK; one <TimeML> a document inside a
//     <TimeMLCollection> root.
//
// timelinejs and ics cannot place events without a date on the calendar;
// their encoders implement Skipper to say how many they left out.
//
// Article text is untrusted. JSON output escapes <, > and & (\u003c...), so
// it can be embedded in HTML; TimelineJS text fields, which TimelineJS
// renders as HTML, are HTML-escaped; CSV cells that a spreadsheet would run
// as a formula are defused; iCalendar and TimeML text is escaped by the rules
// of those formats.
package render

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// Formats lists the export format names accepted by NewEncoder, in the
// order they are documented.
var Formats = []string{"json", "jsonl", "csv", "timelinejs", "ics", "timeml"}

// Extensions maps each format name to the usual file extension of its output.
var Extensions = map[string]string{
	"json":       ".json",
	"jsonl":      ".jsonl",
	"csv":        ".csv",
	"timelinejs": ".json",
	"ics":        ".ics",
	"timeml":     ".tml",
}

// Options configures an Encoder. The zero Options is usable.
type Options struct {
	// Now is the creation time written as DTSTAMP in iCalendar output; the
	// zero time means the clock at NewEncoder. Pass a fixed time for
	// reproducible output.
	Now time.Time
	// Title names the collection: the TimelineJS title slide headline and
	// the iCalendar X-WR-CALNAME. Empty means "Timeline".
	Title string
	// Tagger finds the temporal expressions that TimeML output tags with
	// TIMEX3; nil means temporal.New(). Other formats ignore it.
	Tagger Tagger
	// BOM starts CSV output with a UTF-8 byte order mark, which Excel needs to
	// read the file as UTF-8 rather than the system code page. Off by
	// default, as most tools that read CSV do not expect one.
	BOM bool
}

// Tagger finds temporal expressions in a text; *temporal.Tagger implements it.
type Tagger interface {
	Tag(text string, ref time.Time) []temporal.Timex
}

// Encoder receives results one document (or one batch) at a time and writes
// them in its format. Streaming formats (jsonl, csv, timeml) write as
// results arrive; whole-output formats (json, timelinejs, ics) write at
// Close.
// Add and Close return the first write error; an Encoder is not safe for
// concurrent use, and must not be used after Close.
type Encoder interface {
	// Add takes the documents, events and warnings of one batch.
	Add(res timeline.Result) error
	// Close writes whatever the format keeps for the end. It does not close
	// the underlying writer.
	Close() error
}

// Skipper is implemented by encoders of formats that cannot hold every
// event: timelinejs and ics need a date on the calendar, so they leave out
// undated events. Skipped returns how many events were left out so far; the
// caller can report it as a warning.
type Skipper interface {
	Skipped() int
}

// NewEncoder returns an Encoder writing format to w. An unknown format gives
// an *timeline.Error with code EINVALID listing the known formats.
func NewEncoder(format string, w io.Writer, opts Options) (Encoder, error) {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if opts.Title == "" {
		opts.Title = "Timeline"
	}
	switch strings.ToLower(format) {
	case "json":
		return newJSONEncoder(w), nil
	case "jsonl":
		return newJSONLEncoder(w), nil
	case "csv":
		return newCSVEncoder(w, opts.BOM), nil
	case "timelinejs":
		return newTimelineJSEncoder(w, opts), nil
	case "ics":
		return newICSEncoder(w, opts), nil
	case "timeml":
		if opts.Tagger == nil {
			opts.Tagger = temporal.New()
		}
		return newTimeMLEncoder(w, opts), nil
	}
	return nil, timeline.Errorf(timeline.EINVALID, "unknown format %q; use one of: %s",
		format, strings.Join(Formats, ", "))
}

// Write encodes one result in format to w: NewEncoder, Add, Close.
func Write(format string, w io.Writer, res timeline.Result, opts Options) error {
	enc, err := NewEncoder(format, w, opts)
	if err != nil {
		return err
	}
	if err := enc.Add(res); err != nil {
		return fmt.Errorf("write %s: %w", format, err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write %s: %w", format, err)
	}
	return nil
}

// errWriter remembers the first write error so that encoders can write many
// pieces and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) str(s string) { io.WriteString(e, s) }

// docIndex remembers the metadata (not the text) of every document seen, so
// that events arriving in a later batch than their document still find its
// title and URL.
type docIndex map[string]timeline.Document

func (x docIndex) add(docs []timeline.Document) {
	for _, d := range docs {
		if d.Text != "" {
			d.Bytes = len(d.Text)
			d.Text = ""
		}
		x[d.ID] = d
	}
}

// sources returns every source of an event: Sources when set, else Source.
func sources(e timeline.Event) []timeline.Source {
	if len(e.Sources) > 0 {
		return e.Sources
	}
	return []timeline.Source{e.Source}
}

// placeable reports whether the event's date is on the calendar.
func placeable(e timeline.Event) bool { return e.Date != nil && e.Date.Known() }
