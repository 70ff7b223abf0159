package render

import (
	"encoding/json"
	"io"

	"github.com/timeline-dev/timeline/timeline"
)

// jsonEncoder writes one indented object at Close:
//
//	{"documents":[...],"events":[...],"warnings":[...]}
//
// The three arrays are always present, never null. Documents carry their
// metadata, not their text (see timeline.Document.MarshalJSON).
type jsonEncoder struct {
	w   io.Writer
	res timeline.Result
}

func newJSONEncoder(w io.Writer) *jsonEncoder {
	return &jsonEncoder{w: w, res: timeline.Result{
		Documents: []timeline.Document{}, Events: []timeline.Event{}, Warnings: []timeline.Warning{},
	}}
}

func (e *jsonEncoder) Add(res timeline.Result) error {
	for _, d := range res.Documents {
		if d.Text != "" {
			d.Bytes = len(d.Text)
			d.Text = "" // not marshalled; do not keep the corpus in memory
		}
		e.res.Documents = append(e.res.Documents, d)
	}
	e.res.Events = append(e.res.Events, res.Events...)
	e.res.Warnings = append(e.res.Warnings, res.Warnings...)
	return nil
}

func (e *jsonEncoder) Close() error {
	enc := json.NewEncoder(e.w)
	enc.SetIndent("", "  ")
	return enc.Encode(e.res)
}
