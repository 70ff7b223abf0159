package timeline

import (
	"strings"

	"github.com/timeline-dev/timeline/timeline/temporal"
)

// Date is a calendar date or range with its precision; see temporal.Date.
type Date = temporal.Date

// Granularity is the precision of a Date; see temporal.Granularity.
type Granularity = temporal.Granularity

// EventType is the kind of diplomatic event.
type EventType string

// Event types. Each maps to the nearest CAMEO code (see CAMEO).
const (
	Visit           EventType = "visit"
	Meeting         EventType = "meeting"
	Summit          EventType = "summit"
	Accession       EventType = "accession"
	Agreement       EventType = "agreement"
	Founding        EventType = "founding"
	OtherDiplomatic EventType = "other-diplomatic"
)

// EventTypes lists every event type in a stable order.
var EventTypes = []EventType{Visit, Meeting, Summit, Accession, Agreement, Founding, OtherDiplomatic}

// Status says whether the text reports an event as having happened.
type Status string

// Event statuses.
const (
	Reported     Status = "reported"     // the text says it happened or is happening
	Planned      Status = "planned"      // scheduled or expected ("will meet", "is expected to visit")
	Hypothetical Status = "hypothetical" // conditional, proposed or speculative ("could join")
	Negated      Status = "negated"      // the text says it did not happen ("did not sign")
)

// Event is one dated diplomatic event read from a sentence.
type Event struct {
	// ID is stable for the same input: document id, sentence and trigger.
	ID string `json:"id"`
	// Type is what happened.
	Type EventType `json:"type"`
	// CAMEO is the nearest CAMEO event code ("042", "057"...).
	CAMEO string `json:"cameo"`
	// Status says whether it happened, is planned, or is hypothetical.
	Status Status `json:"status"`
	// Summary is a short human line: "Jens Stoltenberg visits Washington".
	Summary string `json:"summary"`
	// Date is when it happened; nil when the text does not say. An undated
	// event never receives the reference date.
	Date *Date `json:"date"`
	// Actors are normalised names of people, countries and organisations.
	Actors []string `json:"actors"`
	// Location is where it happened, when stated.
	Location string `json:"location,omitempty"`
	// Trigger is the word or phrase that signals the event ("visited", "accession").
	Trigger string `json:"trigger"`
	// Confidence in [0,1] reflects the evidence used.
	Confidence float64 `json:"confidence"`
	// Source is the sentence the event was read from.
	Source Source `json:"source"`
	// Sources lists every source when events from several sentences or
	// documents were merged into this one (Source is Sources[0]).
	Sources []Source `json:"sources,omitempty"`
}

// Source locates the sentence an event was read from.
type Source struct {
	// Document is the Document.ID.
	Document string `json:"document"`
	// Sentence is the exact sentence text.
	Sentence string `json:"sentence"`
	// Start and End are the sentence's byte offsets in the document text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// CAMEO returns the nearest CAMEO code for an event type.
func CAMEO(t EventType) string {
	switch t {
	case Visit:
		return "042"
	case Meeting:
		return "040"
	case Summit:
		return "043"
	case Accession, Agreement:
		return "057"
	case Founding:
		return "057"
	}
	return "050"
}

// Warning is a problem with one input that did not stop the others.
type Warning struct {
	// Document is the file or document id concerned.
	Document string `json:"document"`
	// Line is the 1-based line of a JSON Lines input, 0 otherwise.
	Line int `json:"line,omitempty"`
	// Message says what went wrong.
	Message string `json:"message"`
}

// String formats the warning as "file:line: message".
func (w Warning) String() string {
	if w.Line > 0 {
		return w.Document + ":" + itoa(w.Line) + ": " + w.Message
	}
	return w.Document + ": " + w.Message
}

// Result is what extraction returns: the documents read, their events, and
// warnings about inputs that could not be fully used.
type Result struct {
	Documents []Document `json:"documents"`
	Events    []Event    `json:"events"`
	Warnings  []Warning  `json:"warnings"`
}

// Detach copies the event's sentences and strings that point into its
// document's text, so that keeping the event (buffered output, merging
// across a corpus) does not keep the whole document in memory.
func (e *Event) Detach() {
	e.Source.Sentence = strings.Clone(e.Source.Sentence)
	e.Trigger = strings.Clone(e.Trigger)
	if len(e.Sources) > 0 {
		srcs := make([]Source, len(e.Sources))
		for i, s := range e.Sources {
			s.Sentence = strings.Clone(s.Sentence)
			srcs[i] = s
		}
		e.Sources = srcs
	}
}
