package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// CSVHeader is the header row of CSV output, one column an event field:
//
//   - id, type, cameo, status: as in JSON.
//   - date_start, date_end: the first and last day the date covers, inclusive,
//     as YYYY-MM-DD (so "October 2024" is 2024-10-01 and 2024-10-31); empty
//     when the event has no date on the calendar. Read them with granularity.
//   - granularity, date_value, date_mod: the date's precision ("day",
//     "month", "year"...), TIMEX3 value ("2024-10", "XXXX-10-21") and mod.
//   - inferred: "true" when the year was not read in the text but resolved
//     from the reference date; empty when undated.
//   - actors: joined with "; ".
//   - location, trigger, confidence, summary.
//   - document, sentence, sentence_start, sentence_end: the first source.
//   - document_title, document_url: of that document, when known.
//   - source_count, all_documents: how many sources a merged event has, and
//     the distinct documents among them joined with "; ".
var CSVHeader = []string{
	"id", "type", "cameo", "status",
	"date_start", "date_end", "granularity", "date_value", "date_mod", "inferred",
	"actors", "location", "trigger", "confidence", "summary",
	"document", "sentence", "sentence_start", "sentence_end",
	"document_title", "document_url", "source_count", "all_documents",
}

// csvEncoder writes one row an event, with the header CSVHeader, as RFC 4180
// CSV in UTF-8 (invalid bytes become U+FFFD): CRLF line ends, fields with
// commas, quotes or line breaks quoted, quotes doubled. A line break inside a
// field (LF, CRLF or a lone CR) is written as CRLF too, which CSV readers
// give back as LF.
//
// Spreadsheets run a cell that starts with = + - or @ (and some also one
// starting with a tab or carriage return) as a formula, so article text could
// run code on the analyst's machine (CSV injection). Such cells get a leading
// apostrophe: "=SUM(A1)" is written as "'=SUM(A1)", which a spreadsheet shows
// as text. Numeric columns never start with these characters.
type csvEncoder struct {
	out    io.Writer
	bom    bool
	w      *csv.Writer
	docs   docIndex
	header bool
	row    []string
}

func newCSVEncoder(w io.Writer, bom bool) *csvEncoder {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &csvEncoder{out: w, bom: bom, w: cw, docs: docIndex{}, row: make([]string, len(CSVHeader))}
}

func (e *csvEncoder) writeHeader() error {
	if e.header {
		return nil
	}
	e.header = true
	if e.bom {
		if _, err := io.WriteString(e.out, "\ufeff"); err != nil {
			return err
		}
	}
	return e.w.Write(CSVHeader)
}

func (e *csvEncoder) Add(res timeline.Result) error {
	if err := e.writeHeader(); err != nil {
		return err
	}
	e.docs.add(res.Documents)
	for _, ev := range res.Events {
		e.fill(ev)
		for i, c := range e.row {
			e.row[i] = DefuseFormula(csvCell(c))
		}
		if err := e.w.Write(e.row); err != nil {
			return err
		}
	}
	e.w.Flush()
	return e.w.Error()
}

// fill sets e.row to the cells of ev, in CSVHeader order.
func (e *csvEncoder) fill(ev timeline.Event) {
	r := e.row
	for i := range r {
		r[i] = ""
	}
	r[0], r[1], r[2], r[3] = ev.ID, string(ev.Type), ev.CAMEO, string(ev.Status)
	if d := ev.Date; d != nil {
		if d.Known() {
			r[4] = d.First().Format("2006-01-02")
			r[5] = d.Last().Format("2006-01-02")
		}
		r[6], r[7], r[8] = string(d.Granularity), d.Value, d.Mod
		r[9] = strconv.FormatBool(d.Inferred)
	}
	r[10] = strings.Join(ev.Actors, "; ")
	r[11], r[12] = ev.Location, ev.Trigger
	r[13] = strconv.FormatFloat(ev.Confidence, 'f', -1, 64)
	r[14] = ev.Summary
	src := ev.Source
	r[15], r[16] = src.Document, src.Sentence
	r[17], r[18] = strconv.Itoa(src.Start), strconv.Itoa(src.End)
	if d, ok := e.docs[src.Document]; ok {
		r[19], r[20] = d.Title, d.URL
	}
	all := sources(ev)
	r[21] = strconv.Itoa(len(all))
	var ids []string
	seen := map[string]bool{}
	for _, s := range all {
		if !seen[s.Document] {
			seen[s.Document] = true
			ids = append(ids, s.Document)
		}
	}
	r[22] = strings.Join(ids, "; ")
}

func (e *csvEncoder) Close() error {
	if err := e.writeHeader(); err != nil {
		return err
	}
	e.w.Flush()
	return e.w.Error()
}

// DefuseFormula returns the cell with a leading apostrophe when it starts
// with a character that makes spreadsheets read it as a formula (= + - @,
// tab or carriage return), and unchanged otherwise.
func DefuseFormula(cell string) string {
	if cell == "" {
		return cell
	}
	switch cell[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + cell
	}
	return cell
}

// cellBreaks turns CRLF and lone CR into LF, which the CSV writer writes as
// CRLF (it would drop a lone CR).
var cellBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// csvCell makes a cell valid UTF-8 with LF line breaks.
func csvCell(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexByte(s, '\r') >= 0 {
		s = cellBreaks.Replace(s)
	}
	return s
}
