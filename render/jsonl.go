package render

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/timeline-dev/timeline/timeline"
)

// jsonlEncoder writes JSON Lines: one compact object per line, each with a
// "kind" member first that says what the line holds:
//
//	{"kind":"document","id":"a.txt","reference_date":"2024-10-23",...}
//	{"kind":"event","id":"...","type":"visit","date":{...},...}
//	{"kind":"warning","document":"b.txt","line":3,"message":"..."}
//
// The other members are those of the JSON format's documents, events and
// warnings. Each batch given to Add is written at once, documents first,
// then events, then warnings, so a document line comes before the events
// read from it. With jq, `select(.kind=="event")` keeps the events.
type jsonlEncoder struct {
	w   *errWriter
	buf bytes.Buffer
}

func newJSONLEncoder(w io.Writer) *jsonlEncoder { return &jsonlEncoder{w: &errWriter{w: w}} }

func (e *jsonlEncoder) Add(res timeline.Result) error {
	for _, d := range res.Documents {
		if err := e.line("document", d); err != nil {
			return err
		}
	}
	for _, ev := range res.Events {
		if err := e.line("event", ev); err != nil {
			return err
		}
	}
	for _, w := range res.Warnings {
		if err := e.line("warning", w); err != nil {
			return err
		}
	}
	return e.w.err
}

// line writes v's JSON object with "kind" spliced in as its first member.
func (e *jsonlEncoder) line(kind string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	e.buf.Reset()
	e.buf.WriteString(`{"kind":"`)
	e.buf.WriteString(kind)
	e.buf.WriteByte('"')
	if len(b) > 2 { // b is an object: "{...}"
		e.buf.WriteByte(',')
		e.buf.Write(b[1:])
	} else {
		e.buf.WriteByte('}')
	}
	e.buf.WriteByte('\n')
	e.w.Write(e.buf.Bytes())
	return e.w.err
}

func (e *jsonlEncoder) Close() error { return e.w.err }
