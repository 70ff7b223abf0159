package temporal

// Type is the TimeML type of a temporal expression.
type Type string

// TimeML TIMEX3 types.
const (
	TypeDate     Type = "DATE"
	TypeTime     Type = "TIME"
	TypeDuration Type = "DURATION"
	TypeSet      Type = "SET"
)

// Timex is one temporal expression found in a text.
type Timex struct {
	// Start and End are byte offsets into the text, End exclusive; both fall
	// on rune boundaries and Text == text[Start:End].
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the expression as written.
	Text string `json:"text"`
	// Type is the TimeML type.
	Type Type `json:"type"`
	// Value is the TIMEX3 value ("2023-04-04", "P3D", "PAST_REF", "XXXX-10-21").
	Value string `json:"value"`
	// Date is the structured date for DATE and TIME expressions; nil for
	// durations, sets and references such as PRESENT_REF.
	Date *Date `json:"date,omitempty"`
	// Warning, when set, says why the value may be wrong: the text
	// contradicts itself ("Tuesday, October 23" when October 23 of the year
	// chosen is a Wednesday) and the value keeps the explicit date.
	Warning string `json:"warning,omitempty"`

	// parts are the two ends of a range joined by a word, for SplitRanges.
	parts []Timex
	// list marks two dates joined by "and" that are not a range ("on 5
	// and 9 December"): its parts are returned as two expressions.
	list bool
	// stamp marks a time that opens a line (a live-blog entry).
	stamp bool
}
