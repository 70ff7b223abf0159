package input

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// Record is one line of a JSON Lines input: the common shape of scraped news.
// Other fields are ignored. ID may be a string or a number; a missing id
// becomes "file:line", and an id already used in the same file becomes
// "id#line", with a note. Date (a string accepted by ParseRef) is the document's
// reference date; Text may be HTML, which is stripped with a note.
type Record struct {
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
	Text  *string         `json:"text"`
	Date  json.RawMessage `json:"date"`
	URL   string          `json:"url"`
}

// decodeRecord unmarshals one line into rec and returns "" or what is wrong
// with it, in the user's terms rather than encoding/json's.
func decodeRecord(line []byte, rec *Record) string {
	t := bytes.TrimSpace(line)
	if len(t) > 0 && t[0] != '{' && json.Valid(t) {
		return fmt.Sprintf("line is a JSON %s, not an object; each line must be one object such as {\"id\":\"a1\",\"text\":\"...\",\"date\":\"2024-10-23\"}", jsonKind(t[0]))
	}
	err := json.Unmarshal(line, rec)
	if err == nil {
		return ""
	}
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) && typeErr.Field != "" {
		field := typeErr.Field
		if i := strings.LastIndexByte(field, '.'); i >= 0 {
			field = field[i+1:]
		}
		return fmt.Sprintf("%q must be a string, not a JSON %s", field, typeErr.Value)
	}
	return fmt.Sprintf("malformed JSON (%v); each line must be one object such as {\"id\":\"a1\",\"text\":\"...\",\"date\":\"2024-10-23\"}", jsonErr(err))
}

// jsonKind names the JSON value that starts with c.
func jsonKind(c byte) string {
	switch c {
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// recordDate returns a record's "date" as a string: "" when absent or null.
// A date of another JSON type is an error, so that the document is still
// read, without a reference date.
func recordDate(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
		return "", fmt.Errorf("\"date\" must be a string such as \"2024-10-23\", not %s", truncate(string(raw), 40))
	}
	return s, nil
}

// maxTrackedIDs bounds the ids remembered per JSON Lines input to find
// duplicates (about 100 MB at most); past it, duplicates of later ids go
// unnoticed rather than memory growing with the corpus.
const maxTrackedIDs = 1 << 20

// readJSONL yields one Item per non-blank line of r, named name in warnings.
func (s *Set) readJSONL(ctx context.Context, name string, r io.Reader, yield func(Item) bool) bool {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	if head, _ := br.Peek(64 << 10); len(head) > 0 {
		// A UTF-16 or binary file would otherwise give one error a line;
		// judged by its start (a stray NUL later is one bad line).
		first, _, _ := bytes.Cut(head, []byte("\n"))
		if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
			first = head
		}
		if msg := checkBytes(first); msg != "" && !strings.HasPrefix(msg, "empty") {
			n, _ := io.Copy(io.Discard, br)
			return yield(Item{Warnings: []timeline.Warning{{Document: name, Message: msg}}, Failed: true, Bytes: n})
		}
	}
	if isExtractOutput(br) {
		n, _ := io.Copy(io.Discard, br)
		return yield(Item{Warnings: []timeline.Warning{{Document: name, Message: "this is the output of \"timeline extract --format jsonl\" (records with a \"kind\"), not documents; " +
			"skipped (draw it with \"timeline render\", and keep output files out of the input folders)"}}, Failed: true, Bytes: n})
	}
	max := s.opts.maxSize()
	lineMax := 2*max + 1<<20
	ids := map[string]int{} // id → first line, to rename duplicates
	gotAny := false
	var skipped int64 // bytes of blank lines since the last record
	var buf []byte
lines:
	for lineNo := 1; ; lineNo++ {
		if ctx.Err() != nil {
			return false
		}
		line, n, tooLong, err := readLine(br, buf[:0], lineMax)
		buf = line
		if err != nil && !errors.Is(err, io.EOF) {
			return yield(Item{Warnings: []timeline.Warning{{Document: name, Line: lineNo, Message: fmt.Sprintf("cannot read: %v", pathErr(err))}}, Failed: true, Bytes: n})
		}
		eof := errors.Is(err, io.EOF)
		if eof && n == 0 {
			break
		}
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		var item Item
		switch {
		case tooLong:
			item = lineFailed(name, lineNo, "line is over %s; documents are limited to %s (raise it with --max-size)", sizeString(lineMax), sizeString(max))
		case len(bytes.TrimSpace(line)) == 0:
			if eof {
				break lines
			}
			skipped += n // counted with the next record
			continue
		default:
			item = s.record(name, lineNo, line, ids)
		}
		gotAny = true
		item.Bytes = n + skipped
		skipped = 0
		if !yield(item) {
			return false
		}
		if eof {
			break
		}
	}
	if !gotAny {
		return yield(Item{Warnings: []timeline.Warning{{Document: name, Message: "empty: no JSON Lines records"}}, Failed: true})
	}
	return true
}

// isExtractOutput reports whether br starts with a line of "timeline
// extract --format jsonl" output: an object whose "kind" is document, event
// or warning, and which has no "text".
func isExtractOutput(br *bufio.Reader) bool {
	head, _ := br.Peek(64 << 10)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")
	line, _, _ := bytes.Cut(head, []byte("\n"))
	var probe struct {
		Kind string          `json:"kind"`
		Text json.RawMessage `json:"text"`
	}
	if json.Unmarshal(bytes.TrimSpace(line), &probe) != nil || probe.Text != nil {
		return false
	}
	switch probe.Kind {
	case "document", "event", "warning":
		return true
	}
	return false
}

// readLine reads one line (without its newline) into buf. When the line is
// longer than max it is consumed and discarded, and tooLong is set. n counts
// the bytes consumed, newline included.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, n int64, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, n, tooLong, err
	}
}

func lineFailed(name string, line int, format string, a ...any) Item {
	return Item{Warnings: []timeline.Warning{{Document: name, Line: line, Message: fmt.Sprintf(format, a...)}}, Failed: true}
}

// record decodes one JSON Lines record into an Item.
func (s *Set) record(name string, lineNo int, line []byte, ids map[string]int) Item {
	if !utf8.Valid(line) {
		_, col := invalidUTF8At(line)
		return lineFailed(name, lineNo, "invalid UTF-8 at byte %d of the line; convert the file to UTF-8", col)
	}
	var rec Record
	if msg := decodeRecord(line, &rec); msg != "" {
		return lineFailed(name, lineNo, "%s", msg)
	}
	if rec.Text == nil {
		return lineFailed(name, lineNo, "record has no \"text\" field")
	}
	text := *rec.Text
	if int64(len(text)) > s.opts.maxSize() {
		return lineFailed(name, lineNo, "text is %s, over the %s limit per document; raise it with --max-size", sizeString(int64(len(text))), sizeString(s.opts.maxSize()))
	}
	id, err := recordID(rec.ID)
	if err != nil {
		return lineFailed(name, lineNo, "%v", err)
	}
	if id == "" {
		id = fmt.Sprintf("%s:%d", name, lineNo)
	}
	item := Item{}
	warn := func(failed bool, format string, a ...any) {
		item.Warnings = append(item.Warnings, timeline.Warning{Document: name, Line: lineNo, Message: fmt.Sprintf(format, a...)})
		item.Failed = item.Failed || failed
	}
	if first, dup := ids[id]; dup {
		newID := fmt.Sprintf("%s#%d", id, lineNo)
		warn(false, "note: id %q is also on line %d; this record is named %q", id, first, newID)
		id = newID
	} else if len(ids) < maxTrackedIDs {
		ids[id] = lineNo
	}
	body, title, w := Decode([]byte(text), Text)
	if w != nil {
		if body == "" {
			if strings.HasPrefix(w.Message, "empty") {
				w.Message = "record's \"text\" is empty"
			}
			warn(true, "%s", w.Message)
			return item
		}
		warn(false, "%s", w.Message)
	}
	doc := &timeline.Document{ID: id, Title: rec.Title, URL: rec.URL, Text: body, Bytes: len(body)}
	if doc.Title == "" {
		doc.Title = title
	}
	switch {
	case !s.opts.Ref.IsZero():
		doc.Ref, doc.RefSource = s.opts.Ref, timeline.RefFlag
	default:
		date, err := recordDate(rec.Date)
		switch {
		case err != nil:
			warn(true, "%v; the document is read without a reference date", err)
		case date != "":
			if t, err := ParseRef(date); err != nil {
				warn(true, "%v; the document is read without a reference date", err)
			} else {
				doc.Ref, doc.RefSource = t, timeline.RefMetadata
			}
		}
	}
	item.Doc = doc
	return item
}

// recordID accepts a string or a number as a record id.
func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		if _, err := strconv.ParseFloat(string(raw), 64); err == nil {
			return string(raw), nil
		}
	}
	return "", fmt.Errorf("\"id\" must be a string or a number, not %s", truncate(string(raw), 40))
}

// jsonErr shortens encoding/json's messages.
func jsonErr(err error) string {
	if err == nil {
		return "invalid JSON"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
