package temporal

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteTimeML writes text as a TimeML document body: the text, XML-escaped,
// with each expression wrapped in a TIMEX3 tag numbered t1, t2...:
//
//	met on <TIMEX3 tid="t1" type="DATE" value="2024-10-21">October 21</TIMEX3>
//
// Expressions must be in text order and not overlap (as Tag returns them);
// one that does not fit the text is reported as an error.
func WriteTimeML(w io.Writer, text string, timexes []Timex) error {
	bw := bufio.NewWriter(w)
	pos := 0
	for i, tx := range timexes {
		if tx.Start < pos || tx.End < tx.Start || tx.End > len(text) {
			return fmt.Errorf("timeml: expression %d %q at %d:%d overlaps the previous one or lies outside the text", i+1, tx.Text, tx.Start, tx.End)
		}
		xmlEscape(bw, text[pos:tx.Start])
		fmt.Fprintf(bw, `<TIMEX3 tid="t%d" type="%s" value="%s"`, i+1, tx.Type, attrEscape(tx.Value))
		if tx.Date != nil && tx.Date.Mod != "" {
			fmt.Fprintf(bw, ` mod="%s"`, attrEscape(tx.Date.Mod))
		}
		bw.WriteString(">")
		xmlEscape(bw, text[tx.Start:tx.End])
		bw.WriteString("</TIMEX3>")
		pos = tx.End
	}
	xmlEscape(bw, text[pos:])
	return bw.Flush()
}

// WriteTimeMLDocument writes a whole TempEval-3 style TimeML file: DOCID,
// DCT (when ref is known) and TEXT with the expressions tagged.
func WriteTimeMLDocument(w io.Writer, id, text string, ref time.Time, timexes []Timex) error {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>")
	xmlEscape(&b, id)
	b.WriteString("</DOCID>\n")
	if !ref.IsZero() {
		d := ref.Format("2006-01-02")
		fmt.Fprintf(&b, `<DCT><TIMEX3 tid="t0" type="DATE" value="%s" temporalFunction="false" functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>`+"\n", d, d)
	}
	b.WriteString("<TEXT>")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if err := WriteTimeML(w, text, timexes); err != nil {
		return err
	}
	_, err := io.WriteString(w, "</TEXT>\n</TimeML>\n")
	return err
}

// xmlEscaper escapes the characters that are markup in XML text and
// attribute values.
var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// xmlEscape writes s with &, <, > and quotes escaped. Invalid UTF-8 and
// control characters that XML forbids become U+FFFD, so article text can
// never break the markup.
func xmlEscape(w io.Writer, s string) {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' || r == 0xFFFE || r == 0xFFFF {
			return 0xFFFD
		}
		return r
	}, s)
	io.WriteString(w, xmlEscaper.Replace(s))
}

func attrEscape(s string) string {
	var b strings.Builder
	xmlEscape(&b, s)
	return b.String()
}

// TimeMLDoc is a TimeML document read by ReadTimeML.
type TimeMLDoc struct {
	// ID is the DOCID.
	ID string
	// DCT is the document creation time (midnight UTC); zero if absent.
	DCT time.Time
	// Text is the content of TEXT with the tags removed.
	Text string
	// Timexes are the TIMEX3 annotations inside TEXT, with offsets into Text.
	Timexes []Timex
}

// ReadTimeML reads a TempEval-3 .tml file: DOCID, the DCT's TIMEX3 (the one
// with functionInDocument="CREATION_TIME") and the TEXT element with inline
// TIMEX3 tags; other inline tags (EVENT, SIGNAL) are kept as plain text and
// everything after TEXT (MAKEINSTANCE, TLINK) is ignored. name is used in
// error messages.
func ReadTimeML(r io.Reader, name string) (*TimeMLDoc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	doc := &TimeMLDoc{}
	var text strings.Builder
	var stack []string
	inText, inDocID := false, false
	var open *Timex
	sawText := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read timeml %s: %w", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name.Local)
			switch t.Name.Local {
			case "TEXT":
				inText, sawText = true, true
			case "DOCID":
				inDocID = true
			case "TIMEX3":
				a := attrs(t)
				if a["functionInDocument"] == "CREATION_TIME" || (!inText && contains(stack, "DCT")) {
					if v, err := time.Parse("2006-01-02", firstN(a["value"], 10)); err == nil {
						doc.DCT = v
					}
					continue
				}
				if inText {
					if open != nil {
						return nil, fmt.Errorf("read timeml %s: TIMEX3 %s inside TIMEX3 %s", name, a["tid"], open.Text)
					}
					open = &Timex{Start: text.Len(), Type: Type(a["type"]), Value: a["value"], Text: a["tid"]}
				}
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DOCID":
				inDocID = false
			case "TIMEX3":
				if inText && open != nil {
					open.End = text.Len()
					doc.Timexes = append(doc.Timexes, *open)
					open = nil
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			} else if inDocID {
				doc.ID += strings.TrimSpace(string(t))
			}
		}
	}
	if !sawText {
		return nil, fmt.Errorf("read timeml %s: no <TEXT> element; is this a TimeML file?", name)
	}
	doc.Text = text.String()
	for i := range doc.Timexes {
		doc.Timexes[i].Text = doc.Text[doc.Timexes[i].Start:doc.Timexes[i].End]
	}
	return doc, nil
}

func attrs(e xml.StartElement) map[string]string {
	m := make(map[string]string, len(e.Attr))
	for _, a := range e.Attr {
		m[a.Name.Local] = a.Value
	}
	return m
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
