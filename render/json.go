package render

import (
	"bufio"
	"encoding/json"
	"fmt"
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
	for _, ev := range res.Events {
		ev.Detach() // the document text can be freed
		e.res.Events = append(e.res.Events, ev)
	}
	e.res.Warnings = append(e.res.Warnings, res.Warnings...)
	return nil
}

// Close writes the object one element at a time, with the layout of an
// indented encoding/json encoding, so that no second copy of the whole output
// is built in memory.
func (e *jsonEncoder) Close() error {
	bw := bufio.NewWriterSize(e.w, 64<<10)
	bw.WriteString("{\n")
	if err := writeArray(bw, "documents", e.res.Documents, ","); err != nil {
		return err
	}
	if err := writeArray(bw, "events", e.res.Events, ","); err != nil {
		return err
	}
	if err := writeArray(bw, "warnings", e.res.Warnings, ""); err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush() // bufio keeps the first write error
}

// writeArray writes `  "name": [...]` and the separator, each element indented
// as json.MarshalIndent would inside the result object.
func writeArray[T any](w *bufio.Writer, name string, elems []T, sep string) error {
	w.WriteString(`  "` + name + `": [`)
	for i := range elems {
		b, err := json.MarshalIndent(elems[i], "    ", "  ")
		if err != nil {
			return fmt.Errorf("json: %s[%d]: %w", name, i, err)
		}
		if i > 0 {
			w.WriteString(",")
		}
		w.WriteString("\n    ")
		w.Write(b)
	}
	if len(elems) > 0 {
		w.WriteString("\n  ")
	}
	w.WriteString("]" + sep + "\n")
	return nil
}
