package timeline

import (
	"encoding/json"
	"fmt"
	"time"
)

// RefSource says where a document's reference date came from.
type RefSource string

// Reference date sources, in order of authority.
const (
	RefFlag     RefSource = "flag"     // given by the user (--ref)
	RefMetadata RefSource = "metadata" // the document's own date field (JSONL input, manifest)
	RefDateline RefSource = "dateline" // read from the text ("BRUSSELS, Dec 4 (Reuters) -")
	RefNone     RefSource = "none"     // unknown: years that need one stay unknown
)

// Document is one input text.
type Document struct {
	// ID identifies the document in events' sources: a file path, the id of a
	// JSON Lines record, or "-" for standard input.
	ID string
	// Title is an optional human title.
	Title string
	// URL is the optional address the text was taken from.
	URL string
	// Text is the plain text, valid UTF-8.
	Text string
	// Ref is the reference (publication) date used to resolve relative and
	// year-less expressions; zero when unknown.
	Ref time.Time
	// RefSource says where Ref came from.
	RefSource RefSource
	// Bytes is the length of the text in bytes, kept for output when Text
	// is dropped to save memory; MarshalJSON writes len(Text) when Text is
	// set and Bytes otherwise.
	Bytes int
}

type documentJSON struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	URL       string    `json:"url,omitempty"`
	Ref       string    `json:"reference_date,omitempty"`
	RefSource RefSource `json:"reference_source"`
	Bytes     int       `json:"bytes"`
}

// MarshalJSON writes the document's metadata, not its text:
// {"id","title","url","reference_date":"2024-10-23","reference_source","bytes"}.
func (d Document) MarshalJSON() ([]byte, error) {
	j := documentJSON{ID: d.ID, Title: d.Title, URL: d.URL, RefSource: d.RefSource, Bytes: len(d.Text)}
	if d.Text == "" {
		j.Bytes = d.Bytes
	}
	if j.RefSource == "" {
		j.RefSource = RefNone
	}
	if !d.Ref.IsZero() {
		j.Ref = d.Ref.Format("2006-01-02")
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes (the text stays empty).
func (d *Document) UnmarshalJSON(b []byte) error {
	var j documentJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*d = Document{ID: j.ID, Title: j.Title, URL: j.URL, RefSource: j.RefSource, Bytes: j.Bytes}
	if j.Ref != "" {
		t, err := time.Parse("2006-01-02", j.Ref)
		if err != nil {
			return fmt.Errorf("document %s reference_date %q: %w", j.ID, j.Ref, err)
		}
		d.Ref = t
	}
	return nil
}
