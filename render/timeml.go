package render

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// timeMLEncoder writes the documents as TimeML 1.2 annotated text. The
// output is one XML file whose root <TimeMLCollection> holds one <TimeML>
// element a document:
//
//	<TimeML>
//	<DOCID>a.txt</DOCID>
//	<DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-23" temporalFunction="false"
//	  functionInDocument="CREATION_TIME">2024-10-23</TIMEX3></DCT>
//	<TITLE>...</TITLE>
//	<TEXT>... <EVENT eid="e1" class="OCCURRENCE">visited</EVENT> Washington on
//	  <TIMEX3 tid="t1" type="DATE" value="2024-10-21">Monday</TIMEX3> ...</TEXT>
//	<TIMEX3 tid="t2" type="DATE" value="2024-10"/>
//	<MAKEINSTANCE eiid="ei1" eventID="e1" tense="NONE" aspect="NONE" polarity="POS" pos="UNKNOWN"/>
//	<!-- ei1: event 3f2a... visit -->
//	<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
//	</TimeML>
//
// The text is the document's text, XML-escaped, with inline TIMEX3 tags on
// the temporal expressions found by Options.Tagger and EVENT tags on the
// events' triggers, searched for in their source sentences. Several events
// on one trigger share its EVENT and get one MAKEINSTANCE each; negated
// events have polarity NEG. Each event with a date gets a TLINK IS_INCLUDED
// to the TIMEX3 in its sentence with the same value or span; when the
// sentence has none (the date was carried over from an earlier sentence),
// the link points to a non-consuming TIMEX3 after the TEXT. Tags never
// overlap: EVENT tags win over temporal expressions they would cut.
//
// A document whose text is not known (results read back from JSON) gets the
// distinct source sentences of its events as its text, one a line. Events
// that arrive in a batch before their document are kept until it comes.
// Events of a document never added, or written in an earlier batch, are
// written at Close in a further <TimeML> with that DOCID, from their
// sentences.
type timeMLEncoder struct {
	w       *errWriter
	opts    Options
	started bool
	pending map[string][]timeline.Event
	order   []string
}

func newTimeMLEncoder(w io.Writer, opts Options) *timeMLEncoder {
	return &timeMLEncoder{w: &errWriter{w: w}, opts: opts, pending: map[string][]timeline.Event{}}
}

func (e *timeMLEncoder) start() {
	if !e.started {
		e.started = true
		e.w.str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeMLCollection>\n")
	}
}

func (e *timeMLEncoder) Add(res timeline.Result) error {
	e.start()
	inBatch := map[string]int{}
	for i, d := range res.Documents {
		inBatch[d.ID] = i
	}
	byDoc := map[string][]timeline.Event{}
	for _, ev := range res.Events {
		seen := map[string]bool{}
		for _, s := range sources(ev) {
			if seen[s.Document] {
				continue
			}
			seen[s.Document] = true
			if _, ok := inBatch[s.Document]; ok {
				byDoc[s.Document] = append(byDoc[s.Document], ev)
			} else {
				e.hold(s.Document, ev)
			}
		}
	}
	for _, d := range res.Documents {
		evs := byDoc[d.ID]
		if held, ok := e.pending[d.ID]; ok {
			// Events that arrived before their document.
			delete(e.pending, d.ID)
			evs = append(held, evs...)
		}
		e.document(d, evs)
	}
	return e.w.err
}

// hold keeps an event whose document is not in the current batch for Close.
func (e *timeMLEncoder) hold(doc string, ev timeline.Event) {
	if _, ok := e.pending[doc]; !ok {
		e.order = append(e.order, doc)
	}
	e.pending[doc] = append(e.pending[doc], ev)
}

func (e *timeMLEncoder) Close() error {
	e.start()
	for _, id := range e.order {
		if evs, ok := e.pending[id]; ok {
			e.document(timeline.Document{ID: id}, evs)
		}
	}
	e.w.str("</TimeMLCollection>\n")
	return e.w.err
}

// tmlSpan is one tag to put in the text.
type tmlSpan struct {
	start, end int
	timex      *temporal.Timex // a TIMEX3, or nil for an EVENT
	id         string          // tid or eid
}

// tmlInstance is one event on an EVENT tag.
type tmlInstance struct {
	ev      timeline.Event
	eid     string
	sent    [2]int // the sentence's span in the text written
	timeRef string // tid of its date, filled in by link
}

// document writes one <TimeML> element for d and the events with a source
// in it.
func (e *timeMLEncoder) document(d timeline.Document, events []timeline.Event) {
	text := d.Text
	offsets := func(s timeline.Source) (int, int, bool) {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Sentence {
			return 0, 0, false
		}
		return s.Start, s.End, true
	}
	fromSentences := text == ""
	if fromSentences {
		text, offsets = sentenceText(d.ID, events)
	}

	// EVENT spans first: one per distinct trigger position.
	var spans []tmlSpan
	var insts []tmlInstance
	eids := map[[2]int]string{}
	for _, ev := range events {
		for _, s := range sources(ev) {
			if s.Document != d.ID {
				continue
			}
			start, end, ok := offsets(s)
			if !ok {
				continue
			}
			ts, te, ok := findTrigger(text[start:end], ev.Trigger)
			if !ok {
				continue
			}
			key := [2]int{start + ts, start + te}
			eid, ok := eids[key]
			if !ok {
				eid = fmt.Sprintf("e%d", len(eids)+1)
				eids[key] = eid
				spans = append(spans, tmlSpan{start: key[0], end: key[1], id: eid})
			}
			insts = append(insts, tmlInstance{ev: ev, eid: eid, sent: [2]int{start, end}})
			break // one instance an event and document
		}
	}
	// Number the kept EVENTs in text order.
	spans = dropOverlaps(spans)
	renum := map[string]string{}
	for i := range spans {
		renum[spans[i].id] = fmt.Sprintf("e%d", i+1)
		spans[i].id = renum[spans[i].id]
	}
	kept := map[string]bool{}
	for i := range insts {
		insts[i].eid = renum[insts[i].eid] // "" when dropped
		kept[insts[i].eid] = insts[i].eid != ""
	}

	// Then the temporal expressions that do not cut an EVENT.
	var timexes []tmlSpan
	if e.opts.Tagger != nil {
		for i, tx := range e.opts.Tagger.Tag(text, d.Ref) {
			if tx.Start < 0 || tx.End > len(text) || tx.Start >= tx.End {
				continue
			}
			tx := tx
			timexes = append(timexes, tmlSpan{start: tx.Start, end: tx.End, timex: &tx, id: fmt.Sprintf("t%d", i+1)})
		}
	}
	all := dropOverlaps(append(spans, timexes...))

	w := e.w
	w.str("<TimeML>\n<DOCID>")
	w.str(xmlText(d.ID))
	w.str("</DOCID>\n")
	if !d.Ref.IsZero() {
		v := d.Ref.Format("2006-01-02")
		w.str(`<DCT><TIMEX3 tid="t0" type="DATE" value="` + v +
			`" temporalFunction="false" functionInDocument="CREATION_TIME">` + v + "</TIMEX3></DCT>\n")
	}
	if d.Title != "" {
		w.str("<TITLE>" + xmlText(d.Title) + "</TITLE>\n")
	}
	if fromSentences {
		w.str("<!-- text not available: the source sentences of the events, one a line -->\n")
	}
	w.str("<TEXT>")
	pos := 0
	for _, s := range all {
		w.str(xmlText(text[pos:s.start]))
		if s.timex != nil {
			w.str(`<TIMEX3 tid="` + s.id + `" type="` + xmlAttr(string(s.timex.Type)) +
				`" value="` + xmlAttr(s.timex.Value) + `"`)
			if s.timex.Date != nil && s.timex.Date.Mod != "" {
				w.str(` mod="` + xmlAttr(s.timex.Date.Mod) + `"`)
			}
			w.str(">" + xmlText(text[s.start:s.end]) + "</TIMEX3>")
		} else {
			w.str(`<EVENT eid="` + s.id + `" class="OCCURRENCE">` + xmlText(text[s.start:s.end]) + "</EVENT>")
		}
		pos = s.end
	}
	w.str(xmlText(text[pos:]))
	w.str("</TEXT>\n")

	// Links from each instance to its date.
	var timexKept []tmlSpan
	for _, s := range all {
		if s.timex != nil {
			timexKept = append(timexKept, s)
		}
	}
	virtual := map[string]string{} // value → tid of a non-consuming TIMEX3
	var virtualOrder []string
	for i := range insts {
		in := &insts[i]
		if !kept[in.eid] || in.ev.Date == nil || in.ev.Date.Value == "" {
			continue
		}
		if tid := matchTimex(timexKept, in.sent, in.ev.Date); tid != "" {
			in.timeRef = tid
			continue
		}
		v := in.ev.Date.Value
		if _, ok := virtual[v]; !ok {
			virtual[v] = fmt.Sprintf("t%d", len(timexes)+len(virtual)+1)
			virtualOrder = append(virtualOrder, v)
		}
		in.timeRef = virtual[v]
	}
	for _, v := range virtualOrder {
		w.str(`<TIMEX3 tid="` + virtual[v] + `" type="DATE" value="` + xmlAttr(v) + `"/>` + "\n")
	}
	n, links := 0, 0
	for _, in := range insts {
		if !kept[in.eid] {
			continue
		}
		n++
		pol := "POS"
		if in.ev.Status == timeline.Negated {
			pol = "NEG"
		}
		eiid := fmt.Sprintf("ei%d", n)
		w.str(`<MAKEINSTANCE eiid="` + eiid + `" eventID="` + in.eid +
			`" tense="NONE" aspect="NONE" polarity="` + pol + `" pos="UNKNOWN"/>` + "\n")
		w.str("<!-- " + eiid + ": event " + xmlComment(in.ev.ID) + " " + xmlComment(string(in.ev.Type)) + " -->\n")
		if in.timeRef != "" {
			links++
			w.str(fmt.Sprintf(`<TLINK lid="l%d" relType="IS_INCLUDED" eventInstanceID="%s" relatedToTime="%s"/>`+"\n",
				links, eiid, in.timeRef))
		}
	}
	w.str("</TimeML>\n")
}

// sentenceText builds a text from the distinct source sentences in doc of
// the events, one a line in document order, and returns it with a function
// that places a source in it.
func sentenceText(doc string, events []timeline.Event) (string, func(timeline.Source) (int, int, bool)) {
	type key struct {
		start, end int
		text       string
	}
	var keys []key
	seen := map[key]bool{}
	for _, ev := range events {
		for _, s := range sources(ev) {
			k := key{s.Start, s.End, s.Sentence}
			if s.Document == doc && !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.SliceStable(keys, func(i, j int) bool { return keys[i].start < keys[j].start })
	var b strings.Builder
	at := map[key]int{}
	for _, k := range keys {
		at[k] = b.Len()
		b.WriteString(k.text)
		b.WriteByte('\n')
	}
	return b.String(), func(s timeline.Source) (int, int, bool) {
		p, ok := at[key{s.Start, s.End, s.Sentence}]
		return p, p + len(s.Sentence), ok
	}
}

// findTrigger returns the span of trigger in sentence: the first exact
// occurrence, else the first occurrence ignoring ASCII case.
func findTrigger(sentence, trigger string) (int, int, bool) {
	if trigger == "" {
		return 0, 0, false
	}
	if i := strings.Index(sentence, trigger); i >= 0 {
		return i, i + len(trigger), true
	}
	for i := 0; i+len(trigger) <= len(sentence); i++ {
		if utf8.RuneStart(sentence[i]) && strings.EqualFold(sentence[i:i+len(trigger)], trigger) {
			return i, i + len(trigger), true
		}
	}
	return 0, 0, false
}

// dropOverlaps sorts spans by position and keeps each span that does not
// overlap one kept before it (earlier in the slice wins on equal ground:
// callers put EVENTs first).
func dropOverlaps(spans []tmlSpan) []tmlSpan {
	var kept []tmlSpan
	for _, s := range spans {
		ok := true
		for _, k := range kept {
			if s.start < k.end && k.start < s.end {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, s)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	return kept
}

// matchTimex returns the tid of the first TIMEX3 inside the sentence span
// whose value, or else whose calendar span, equals the date's.
func matchTimex(timexes []tmlSpan, sent [2]int, d *timeline.Date) string {
	for pass := 0; pass < 2; pass++ {
		for _, s := range timexes {
			if s.start < sent[0] || s.end > sent[1] {
				continue
			}
			if pass == 0 && s.timex.Value == d.Value {
				return s.id
			}
			if pass == 1 && s.timex.Date != nil && d.Known() && s.timex.Date.Known() &&
				s.timex.Date.First().Equal(d.First()) && s.timex.Date.Last().Equal(d.Last()) {
				return s.id
			}
		}
	}
	return ""
}

// xmlText escapes text for XML content: & < > are escaped, characters that
// XML 1.0 does not allow (most control characters) are dropped and invalid
// UTF-8 becomes U+FFFD.
func xmlText(s string) string { return xmlEscape(s, false) }

// xmlAttr escapes text for a double-quoted XML attribute value; line breaks
// and tabs are written as character references so that they survive.
func xmlAttr(s string) string { return xmlEscape(s, true) }

func xmlEscape(s string, attr bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case attr && r == '"':
			b.WriteString("&quot;")
		case attr && (r == '\n' || r == '\r' || r == '\t'):
			fmt.Fprintf(&b, "&#x%X;", r)
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			// not allowed in XML 1.0
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// xmlComment makes s safe inside an XML comment: escaped, and without "--".
func xmlComment(s string) string {
	s = xmlText(s)
	for strings.Contains(s, "--") {
		s = strings.ReplaceAll(s, "--", "-")
	}
	return strings.TrimSuffix(s, "-")
}
