package render_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// timeMLDoc is what checkTimeML reads from one <TimeML> element.
type timeMLDoc struct {
	docID   string
	text    string            // the character data of TEXT, tags removed
	events  map[string]string // eid → text of the EVENT
	timexes map[string]bool   // tids, consuming or not
	insts   map[string]string // eiid → eid
	links   [][2]string       // eventInstanceID, relatedToTime
}

// checkTimeML parses out as XML and checks that every MAKEINSTANCE names an
// EVENT and every TLINK an instance and a TIMEX3 of its document.
func checkTimeML(t *testing.T, out []byte) []timeMLDoc {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(out))
	var docs []timeMLDoc
	var cur *timeMLDoc
	var stack []string
	var inEvent string
	attr := func(se xml.StartElement, name string) string {
		for _, a := range se.Attr {
			if a.Name.Local == name {
				return a.Value
			}
		}
		return ""
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("timeml output is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			stack = append(stack, tok.Name.Local)
			switch tok.Name.Local {
			case "TimeML":
				docs = append(docs, timeMLDoc{events: map[string]string{}, timexes: map[string]bool{},
					insts: map[string]string{}})
				cur = &docs[len(docs)-1]
			case "EVENT":
				inEvent = attr(tok, "eid")
				cur.events[inEvent] = ""
			case "TIMEX3":
				cur.timexes[attr(tok, "tid")] = true
			case "MAKEINSTANCE":
				cur.insts[attr(tok, "eiid")] = attr(tok, "eventID")
			case "TLINK":
				cur.links = append(cur.links, [2]string{attr(tok, "eventInstanceID"), attr(tok, "relatedToTime")})
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			if tok.Name.Local == "EVENT" {
				inEvent = ""
			}
		case xml.CharData:
			inText := false
			for _, s := range stack {
				inText = inText || s == "TEXT"
			}
			if inText {
				cur.text += string(tok)
			}
			if inEvent != "" {
				cur.events[inEvent] += string(tok)
			}
			if len(stack) > 0 && stack[len(stack)-1] == "DOCID" {
				cur.docID += string(tok)
			}
		}
	}
	for _, d := range docs {
		for eiid, eid := range d.insts {
			if _, ok := d.events[eid]; !ok {
				t.Errorf("%s: MAKEINSTANCE %s names no EVENT %s", d.docID, eiid, eid)
			}
		}
		for _, l := range d.links {
			if _, ok := d.insts[l[0]]; !ok {
				t.Errorf("%s: TLINK names no instance %s", d.docID, l[0])
			}
			if !d.timexes[l[1]] {
				t.Errorf("%s: TLINK names no TIMEX3 %s", d.docID, l[1])
			}
		}
	}
	return docs
}

func TestTimeMLKeepsText(t *testing.T) {
	res := fixture()
	docs := checkTimeML(t, encode(t, "timeml", res))
	if len(docs) != len(res.Documents) {
		t.Fatalf("%d TimeML elements, want %d", len(docs), len(res.Documents))
	}
	for i, d := range docs {
		// XML parsers read CRLF as LF.
		want := strings.ReplaceAll(res.Documents[i].Text, "\r\n", "\n")
		if d.text != want {
			t.Errorf("document %s: TEXT without tags =\n%q\nwant\n%q", d.docID, d.text, want)
		}
	}
}

func TestTimeMLEventsOnTriggers(t *testing.T) {
	res := fixture()
	docs := checkTimeML(t, encode(t, "timeml", res))
	triggers := map[string]bool{}
	for _, e := range res.Events {
		triggers[e.Trigger] = true
	}
	n := 0
	for _, d := range docs {
		for eid, text := range d.events {
			n++
			if !triggers[text] {
				t.Errorf("%s: EVENT %s is on %q, not a trigger", d.docID, eid, text)
			}
		}
	}
	// Every event's trigger is in its sentence; the merged summit has two.
	if want := len(res.Events) + 1; n != want {
		t.Errorf("%d EVENT tags, want %d", n, want)
	}
	links := 0
	for _, d := range docs {
		links += len(d.links)
	}
	dated := 1 // the merged summit is linked in both documents
	for _, e := range res.Events {
		if e.Date != nil && e.Date.Value != "" {
			dated++
		}
	}
	if links != dated {
		t.Errorf("%d TLINKs, want %d (one an instance with a date)", links, dated)
	}
}

// TestTimeMLWithoutText writes results read back from JSON, whose documents
// have no text: the source sentences stand in for it.
func TestTimeMLWithoutText(t *testing.T) {
	res := fixture()
	for i := range res.Documents {
		res.Documents[i].Text = ""
	}
	out := encode(t, "timeml", res)
	docs := checkTimeML(t, out)
	if len(docs) != 2 {
		t.Fatalf("%d TimeML elements, want 2", len(docs))
	}
	if !strings.Contains(docs[0].text, "Finland joined NATO in 2023.\n") {
		t.Errorf("sentence-only text = %q", docs[0].text)
	}
	if !bytes.Contains(out, []byte("text not available")) {
		t.Error("no comment saying the text is not available")
	}
}

// TestTimeMLLateDocument gives events before their document and events of
// a document never given.
func TestTimeMLLateDocument(t *testing.T) {
	res := fixture()
	early := timeline.Result{Events: res.Events}
	late := timeline.Result{Documents: res.Documents[:1]}
	docs := checkTimeML(t, encode(t, "timeml", early, late))
	if len(docs) != 2 || docs[0].docID != res.Documents[0].ID || docs[1].docID != res.Documents[1].ID {
		t.Fatalf("documents written: %d", len(docs))
	}
	if want := strings.ReplaceAll(res.Documents[0].Text, "\r\n", "\n"); docs[0].text != want {
		t.Errorf("late document lost its text: %q", docs[0].text)
	}
	if len(docs[1].events) != 4 {
		t.Errorf("document never given: %d EVENTs from its sentences, want 4", len(docs[1].events))
	}
}

func TestTimeMLEscapes(t *testing.T) {
	doc := timeline.Document{ID: `a"&<b>`, Title: "x\x01y", Text: "Bad \x00 <tags> & \xff bytes visited."}
	e := timeline.Event{ID: "--x--", Type: timeline.Visit, Trigger: "visited",
		Source: timeline.Source{Document: doc.ID, Sentence: doc.Text, Start: 0, End: len(doc.Text)}}
	out := encode(t, "timeml", timeline.Result{Documents: []timeline.Document{doc}, Events: []timeline.Event{e}})
	docs := checkTimeML(t, out)
	if docs[0].text != "Bad  <tags> & \uFFFD bytes visited." {
		t.Errorf("text = %q", docs[0].text)
	}
	if docs[0].docID != doc.ID {
		t.Errorf("DOCID = %q, want %q", docs[0].docID, doc.ID)
	}
	if len(docs[0].events) != 1 {
		t.Errorf("EVENTs = %v", docs[0].events)
	}
}
