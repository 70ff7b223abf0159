package timeline

import (
	"context"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline/sentence"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// Options configures Extract. The zero value is ready to use.
type Options struct {
	// Tagger finds the temporal expressions; nil means a shared default
	// (temporal.New()). A Tagger is safe for concurrent use.
	Tagger *temporal.Tagger
	// MinConfidence drops events whose confidence is below it; 0 keeps all.
	MinConfidence float64
}

var defaultTagger = sync.OnceValue(temporal.New)

// Extract reads the diplomatic events of one document.
//
// The result holds the document with Ref and RefSource filled (doc.Ref when
// the caller set it, else the dateline found in the text, else none), its
// events in text order, and warnings. Finding no events is not an error.
// Extract returns an *Error with code EINVALID when the text is not valid
// UTF-8, and ctx.Err() when ctx is cancelled. It is safe for concurrent use.
func Extract(ctx context.Context, doc Document, opts Options) (Result, error) {
	res := Result{Events: []Event{}, Warnings: []Warning{}}
	if !utf8.ValidString(doc.Text) {
		return res, Errorf(EINVALID, "document %s: text is not valid UTF-8; convert it to UTF-8 before extracting", doc.ID)
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	tagger := opts.Tagger
	if tagger == nil {
		tagger = defaultTagger()
	}
	switch {
	case !doc.Ref.IsZero():
		if doc.RefSource == "" || doc.RefSource == RefNone {
			doc.RefSource = RefFlag
		}
	default:
		// the document's own date (a dateline such as "BRUSSELS, Dec 4
		// (Reuters) -" or "Published 3 December 2024"), read with the
		// tagger's options (DayFirst)
		if t, ok := tagger.FindReference(doc.Text); ok {
			doc.Ref, doc.RefSource = t, RefDateline
		} else {
			doc.RefSource = RefNone
		}
	}
	res.Documents = []Document{doc}

	x := &extraction{doc: doc, ctx: newDocCtx()}
	if err := x.run(ctx, tagger); err != nil {
		return res, err
	}
	x.oneHappening()
	// filtered in place: the events slice is this call's own
	res.Events = x.events
	if opts.MinConfidence > 0 {
		res.Events = x.events[:0]
		for i := range x.events {
			if x.events[i].Confidence >= opts.MinConfidence {
				res.Events = append(res.Events, x.events[i])
			}
		}
	}
	res.Warnings = append(res.Warnings, clashWarnings(doc.ID, res.Events, x.clashes)...)
	if doc.Ref.IsZero() && x.yearless {
		res.Warnings = append(res.Warnings, Warning{Document: doc.ID, Message: "no reference date: years of year-less dates left unknown; pass a reference date (--ref YYYY-MM-DD)"})
	}
	return res, nil
}

// extraction is the state of one Extract call.
type extraction struct {
	doc      Document
	ctx      *docCtx
	events   []Event
	yearless bool // a date without a year could not be placed
	// seen summarises the events extracted so far, by type, for telling
	// repeated mentions from new events in constant time.
	seen  map[EventType]*seenEvents
	frame *frame
	// firstFrame is the article's first dated visit or summit, which "during
	// the trip" refers to even after other stops; useFirst asks buildEvent
	// to inherit from it.
	firstFrame *frame
	useFirst   bool
	// pickFrame, set by inherits, is the frame a phrase names ("at the
	// summit": the last summit reported), used instead of frame.
	pickFrame *frame
	// clashes are the temporal expressions whose weekday and date disagree.
	clashes []temporal.Timex
	timexes []temporal.Timex // the document's temporal expressions
	// lastDated is the last event dated by its own sentence, and lastPos
	// that sentence's index: "then" and "there" in the next sentences refer
	// to it.
	lastDated *Event
	lastPos   int
	rs        []resolved // actorsAndLocation's buffer
	sm        sentMaps   // sentenceEvents's maps, cleared for each sentence
	sc        sentCtx    // the sentence being read
}

// frame is the dated visit or summit that later sentences may refer to ("the
// visit also included a meeting with...").
type frame struct {
	Event Event
	Actor string // the main actor (the visitor)
}

// sentInfo is one analysed sentence.
type sentInfo struct {
	span     sentence.Span
	toks     []token
	mentions []mention
	timexes  []temporal.Timex
	keyword  bool      // contains a trigger keyword
	listType EventType // an item of a list introduced by a label ("Accession dates:")
}

func (x *extraction) run(ctx context.Context, tagger *temporal.Tagger) error {
	text := x.doc.Text
	// the tagger first, while its tables are still in the cache from the
	// dateline search
	timexes := inheritYears(tagger.Tag(text, x.doc.Ref))
	// Tokens of sentences without a trigger keyword are only read once, to
	// learn names: they share one scratch buffer. The tokens kept and the
	// mentions live in arenas reused across calls through a pool.
	ws := scratchPool.Get().(*workspace)
	spans := sentence.AppendSplit(ws.spans[:0], text)
	sents := ws.sents[:0]
	if cap(sents) < len(spans) {
		sents = make([]sentInfo, 0, len(spans))
	}
	sents = sents[:len(spans)]
	scratch := ws.scratch[:0]
	kept := ws.kept[:0]
	if need := len(text)/7 + 16; cap(kept) < need { // news text: ~1 token per 6 bytes, most in trigger sentences
		kept = make([]token, 0, need)
	}
	mentions := ws.mentions[:0]
	if need := len(text)/50 + 8; cap(mentions) < need {
		mentions = make([]mention, 0, need)
	}
	x.rs, x.sc.cands, x.sc.idsBuf, x.sc.kindsBuf = ws.rs[:0], ws.cands[:0], ws.ids[:0], ws.kinds[:0]
	defer func() {
		ws.sents, ws.scratch, ws.kept, ws.mentions, ws.spans = sents, scratch, kept, mentions, spans
		ws.rs, ws.cands, ws.ids, ws.kinds = x.rs, x.sc.cands, x.sc.idsBuf, x.sc.kindsBuf
		ws.release()
	}()
	var listType EventType
	lower := lowerBuf{hint: len(text)/4 + 64} // words with capitals: about a quarter of news text
	for i, sp := range spans {
		si := &sents[i]
		si.span = sp
		scratch = appendLowerTokens(scratch[:0], text, &lower, sp.Start, sp.End)
		for _, t := range scratch {
			if t.lex&lexKeyword != 0 {
				si.keyword = true
				break
			}
		}
		// "Among the economies admitted since then:" introduces items such
		// as "China — 11 December 2001"
		if listType != "" && len(scratch) <= 14 {
			si.listType = listType
		} else {
			listType = ""
		}
		if isLabel(scratch) || len(scratch) > 0 && scratch[len(scratch)-1].Text == ":" {
			listType = labelType(scratch)
		}
		toks := scratch
		if si.keyword || si.listType != "" {
			n0 := len(kept)
			kept = append(kept, scratch...)
			toks = kept[n0:len(kept):len(kept)]
			si.toks = toks
		}
		m0 := len(mentions)
		mentions = appendMentions(mentions, toks)
		si.mentions = mentions[m0:len(mentions):len(mentions)]
		x.ctx.learn(si.mentions, i)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	x.ctx.findAcronyms(text)
	nk := 0
	for i := range sents {
		if sents[i].keyword {
			nk++
		}
	}
	x.events = make([]Event, 0, nk) // about one event per sentence with a trigger word
	x.timexes = timexes
	for _, tx := range timexes {
		if tx.Warning != "" {
			x.clashes = append(x.clashes, tx) // "Tuesday, October 23" when it is a Wednesday
		}
	}
	k := 0
	for i := range sents {
		sp := sents[i].span
		for k < len(timexes) && timexes[k].Start < sp.Start {
			k++
		}
		j := k
		for j < len(timexes) && timexes[j].Start < sp.End {
			j++
		}
		sents[i].timexes = timexes[k:j]
		k = j
	}
	for _, tx := range timexes {
		if tx.Date != nil && !tx.Date.Known() && tx.Type == temporal.TypeDate {
			x.yearless = true
		}
	}
	for i := range sents {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		si := &sents[i]
		if si.listType != "" && !si.keyword {
			x.listItemEvent(si, i)
		} else if si.keyword && !isHeadline(si.toks) && !(i == 0 && len(sents) > 1 && !endsSentence(si.toks)) && !isLabel(si.toks) && !isQuestion(si.toks) && !isDeck(text, si) {
			x.sentenceEvents(si, i)
		}
		x.ctx.advance(si.mentions, i)
	}
	return nil
}

// sentenceEvents detects and builds the events of one sentence.
func (x *extraction) sentenceEvents(si *sentInfo, pos int) {
	s := &x.sc // one sentence context per call, reset for each sentence
	*s = sentCtx{toks: si.toks, mentions: si.mentions, doc: x.ctx, text: x.doc.Text, cands: s.cands[:0], idsBuf: s.idsBuf, kindsBuf: s.kindsBuf}
	if n := len(x.events); n > 0 && x.events[n-1].Type == Agreement {
		s.lastAgreement = true
	}
	for k := len(x.events) - 1; k >= 0 && k >= len(x.events)-3; k-- {
		if t := x.events[k].Type; t == Accession || t == OtherDiplomatic {
			s.lastType = t
			break
		}
	}
	cands := s.cands
	coveredTo := 0 // tokens before it belong to a trigger already found
	for i, t := range s.toks {
		if t.lex&lexKeyword == 0 || i < coveredTo {
			continue
		}
		for _, d := range keywordIndex[t.Lower] {
			if c, ok := d.Match(s, i); ok {
				cands = append(cands, c)
				if c.Also > 0 {
					// "talks with Morrison and with Suga": a second meeting
					also := candidate{Type: c.Type, CAMEO: c.CAMEO, Tok: c.Also, End: c.Also + 1, Strength: c.Strength}
					if c.AlsoType != "" && c.AlsoType != c.Type {
						also.Type, also.CAMEO = c.AlsoType, "040"
						if c.AlsoType == Visit {
							also.CAMEO = "042" // "was in Beijing for talks": the trip beside the talks
						}
					}
					cands = append(cands, also)
				}
				coveredTo = c.End
				break
			}
		}
	}
	// "signed a defence pact and a memorandum on minerals": a second
	// document signed in the same act is a second agreement
	var docAlso int
	for _, c := range cands {
		if c.Type == Agreement && !c.Nominal && docAlso == 0 {
			if k := s.secondDocument(c); k > 0 {
				docAlso = k
				cands = append(cands, candidate{Type: Agreement, CAMEO: c.CAMEO, Tok: k, End: k + 1, Strength: c.Strength})
			}
		}
	}
	s.cands = cands
	// a host trigger with a visit right after it ("would host Ruto for a
	// state visit"): the visit is the event
	hasVisit := false
	for _, c := range cands {
		for _, o := range cands {
			hasVisit = hasVisit || c.Host && o.Type == Visit && o.Tok > c.Tok && o.Tok <= c.End+8
		}
	}
	// "met at a summit", "met in Riyadh on Tuesday for their annual
	// summit": the summit is the event
	for k, c := range cands {
		if c.Type != Meeting || c.Nominal {
			continue
		}
		// a meeting of two parties at the summit is an event of its own:
		// "met Modi at the summit", "sat down together at the Summit"
		if s.lw(c.End-1) == "with" || s.lw(c.End-1) == "together" || s.lw(c.End) == "with" {
			continue
		}
		if m, ok := s.mentionAfter(c.End, 1); ok && (m.Kind == mPerson || m.Kind == mTitle) {
			continue
		}
		for _, o := range cands {
			if o.Type == Summit && o.Tok > c.Tok && (o.Tok <= c.End+4 && s.near(c.Tok, 0, 2, "at") || o.Tok <= c.End+12 && s.near(o.Tok, 4, 0, "at", "for") && !s.commaBetween(c.End, o.Tok)) {
				cands[k].Type = ""
			}
		}
	}
	seen, lastOther, seenTD, seenDate := x.sm.reset()
	var visits []visitAt       // this sentence's visit events
	agreementAt := -1          // index of this sentence's agreement event
	datedAt, datedTok := -1, 0 // this sentence's last dated event and its trigger
	// the type and status pairs of this sentence's events (a set)
	var kindsArr [8]typeStatus
	kinds := kindsArr[:0]
	for _, c := range cands {
		if c.Host && hasVisit || c.Type == "" {
			continue // "would host Ruto for a state visit": the visit is the event
		}
		if c.Nominal && !endsSentence(s.toks) {
			continue // a title without a verb: "Biden's visit to Kyiv"
		}
		e, own := x.buildEvent(s, si, pos, c, cands)
		if c.Nominal && x.mentionsEarlier(s, c, e, own) {
			continue
		}
		if !c.Nominal && !own && c.Type == Meeting && x.repeats(e) {
			continue // "The two leaders met..." after "arrived ... for talks with": the same talks
		}
		if c.Nominal && e.Date == nil && (s.lw(c.Tok-1) == "the" && isOneOf(s.lw(c.End), "could", "would", "might", "may", "will", "should") || c.Tok == 0 && s.modalAfter(c.End)) {
			continue // "the visit could reshape relations", "Talks with Beijing should be conditional": comments, not reports
		}
		if s.near(c.Tok, 5, 0, "every", "each") && !own && !s.eachParty(c.Tok) {
			continue // "Every European leader who travels to Beijing": a habit, not an event
		}
		if c.Type == Visit && e.Date == nil && len(e.Actors) == 0 && e.Location == "" {
			continue // "Xi's motorcade arrived at the estate": no one, nowhere, no time
		}
		if (c.Type == Meeting || c.Type == Visit) && c.Nominal && e.Date == nil && len(e.Actors) == 0 {
			continue // "the talks are expected to focus on trade": no one, no time
		}
		if c.Type == Founding && c.Nominal && e.Date == nil {
			continue // "since its inception": a background reference, not a report
		}
		if !own && isOneOf(s.lw(c.Tok), "meetings", "visits", "summits") && !isOneOf(s.lw(c.Tok-1), append(determiners, "these", "those")...) && !s.mentionEndsAt(c.Tok) {
			continue // "Face-to-face meetings between ... were rare": a generality
		}
		// a noun restating the trip a verb of the same sentence reports
		// ("arrived in Kyiv on Tuesday on an unannounced visit"): one visit,
		// the richer of the two, completed from the other
		if e.Type == Visit {
			if k := sameVisit(x.events, visits, c, e); k >= 0 {
				v := visits[k]
				keep, keepC, other := x.events[v.idx], v.c, e
				if richness(e, c) > richness(keep, v.c) {
					keep, keepC, other = e, c, x.events[v.idx]
				}
				completeVisit(&keep, other)
				x.finish(s, keepC, &keep)
				x.events[v.idx] = keep
				visits[k].c = keepC
				x.record(keep)
				continue
			}
		}
		key := string(e.Type)
		if e.Date != nil {
			key += e.Date.Value
		}
		// a noun repeating a verb's event in the same sentence: "due to
		// meet Netanyahu, their first meeting since..."
		if c.Nominal && seenTD[key] {
			continue
		}
		seenTD[key] = true
		key += "|" + strings.Join(e.Actors, "|")
		if e.Status == Negated {
			key += "|negated" // "the meeting was called off, and Scholz flew in for a lunch": two happenings
		}
		if e.Type == Visit {
			key += "@" + e.Location // a stop in another city is another visit
		}
		if e.Type == OtherDiplomatic {
			// distinct acts in one sentence are distinct events, unless the
			// triggers stand next to each other ("applied for membership")
			// or a participle restates the act ("reopened embassies on 20
			// July 2015, formally restoring diplomatic relations")
			if last, ok := lastOther[key]; ok && c.Tok-last < 5 {
				continue
			}
			if strings.HasSuffix(s.lw(c.Tok), "ing") && (s.lw(c.Tok-1) == "," || s.lw(c.Tok-2) == ",") && seenDate[dateValue(e.Date)] {
				continue
			}
			seenDate[dateValue(e.Date)] = true
			lastOther[key] = c.Tok
		} else if (seen[key] || hasTypeStatus(kinds, e.Type, e.Status) && e.Date == nil && !(e.Type == Visit && e.Location != "")) && !(docAlso > 0 && c.Tok == docAlso) {
			continue
		}
		// "adopted the Charter of Paris, a charter signed on 21 November
		// 1990": an appositive restates the document; one event, with the
		// more precise date
		if e.Type == Agreement && agreementAt >= 0 && isOneOf(s.lw(c.Tok-1), agreementNouns...) && e.Date != nil {
			if prev := &x.events[agreementAt]; prev.Date == nil || e.Date.Known() && prev.Date.Known() && e.Date.Last().Sub(e.Date.First()) < prev.Date.Last().Sub(prev.Date.First()) && prev.Date.Overlaps(*e.Date) {
				prev.Date = e.Date
			}
			continue
		}
		if e.Type == Agreement {
			agreementAt = len(x.events)
		}
		// "hold talks with Putin at the annual summit": the gathering the
		// talks take place at shares their date
		if e.Date == nil && c.Type == Summit && s.near(c.Tok, 4, 0, "at") && datedAt >= 0 && c.Tok-datedTok <= 12 && x.events[datedAt].Status == e.Status {
			d := *x.events[datedAt].Date
			e.Date = &d
		}
		if e.Date != nil {
			datedAt, datedTok = len(x.events), c.Tok
		}
		// (an undated mention repeats an event of its type and status: "did
		// not make the trip, sending Ebrard" is two visits)
		seen[key] = true
		if !hasTypeStatus(kinds, e.Type, e.Status) {
			kinds = append(kinds, typeStatus{e.Type, e.Status})
		}
		x.finish(s, c, &e)
		if e.Type == Visit {
			visits = append(visits, visitAt{idx: len(x.events), c: c})
		}
		x.events = append(x.events, e)
		x.record(e)
	}
}

// visitAt is a visit event of the sentence being read: its index in the
// events and its candidate.
type visitAt struct {
	idx int
	c   candidate
}

// sameVisit returns the index in visits of an earlier visit of the sentence
// that candidate c, built into e, restates, or -1: one of the two triggers
// is a noun ("visit", "trip") and the other a verb ("arrived", "visited"),
// they have the same agent (or the noun none), and their places and dates
// do not disagree. Two verbs are two stops ("visited Hanoi and flew to
// Ho Chi Minh City").
func sameVisit(events []Event, visits []visitAt, c candidate, e Event) int {
	for k, v := range visits {
		p := events[v.idx]
		if v.c.Nominal == c.Nominal {
			continue
		}
		noun, verb := e, p
		if v.c.Nominal {
			noun, verb = p, e
		}
		if len(noun.Actors) > 0 && (len(verb.Actors) == 0 || noun.Actors[0] != verb.Actors[0]) {
			continue
		}
		if p.Location != "" && e.Location != "" && p.Location != e.Location {
			continue
		}
		if p.Date != nil && e.Date != nil && p.Date.Value != e.Date.Value {
			continue
		}
		return k
	}
	return -1
}

// richness scores what an event says: its actors, place and date, and a
// verb over a noun when they say as much.
func richness(e Event, c candidate) int {
	n := 2 * len(e.Actors)
	if e.Location != "" {
		n += 2
	}
	if e.Date != nil {
		n += 2
	}
	if !c.Nominal {
		n++
	}
	return n
}

// completeVisit fills what e lacks (place, date, actors) from o, a
// restatement of the same visit.
func completeVisit(e *Event, o Event) {
	if e.Location == "" {
		e.Location = o.Location
	}
	if e.Date == nil && o.Date != nil {
		d := *o.Date
		e.Date = &d
	}
	for _, a := range o.Actors {
		if !contains(e.Actors, a) {
			e.Actors = append(e.Actors, a)
		}
	}
}

// buildEvent turns a candidate into an event; own reports whether the date
// came from the sentence itself.
func (x *extraction) buildEvent(s *sentCtx, si *sentInfo, pos int, c candidate, others []candidate) (e Event, own bool) {
	text := x.doc.Text
	trig := text[s.toks[c.Tok].Start:s.toks[c.End-1].End]
	e = Event{
		Type:    c.Type,
		CAMEO:   c.CAMEO,
		Trigger: trig,
		Source:  Source{Document: x.doc.ID, Sentence: si.span.Text, Start: si.span.Start, End: si.span.End},
	}
	e.Status = detectStatus(s, c)
	if c.Hyp && e.Status == Reported {
		e.Status = Hypothetical
	}
	if c.Neg {
		e.Status = Negated
	}
	if e.Status == Reported && c.Nominal {
		// "is expected to hold talks with Putin at the annual summit": a
		// noun after a planned verb of its clause shares its status
		ids, _ := s.clauses()
		for _, o := range others {
			if o.Tok < c.Tok && o.Tok >= c.Tok-14 && o.Type != "" && ids[o.Tok] == ids[c.Tok] && !o.Nominal {
				if st := detectStatus(s, o); st == Planned || st == Hypothetical {
					e.Status = st
				}
			}
		}
	}
	e.Actors, e.Location = x.actorsAndLocation(s, c, pos)
	if n := len(x.events); n > 0 && c.Type == Agreement && s.restatedAgreement(c) {
		// "Russia and Turkey signed a memorandum. The memorandum, agreed in
		// Sochi on Monday, ...": one agreement, reported where it is dated
		if p := x.events[n-1]; p.Type == Agreement && p.Date == nil && p.Source.End <= s.toks[0].Start && len(si.timexes) > 0 {
			e.Actors = append(append([]string(nil), p.Actors...), e.Actors...)
			e.Actors = dedupe(e.Actors)
			x.events = x.events[:n-1]
		}
	}
	dateFrom := 0.0
	if d := anchorDate(s, si.timexes, c, others); d != nil && !(e.Status != Reported && s.reportDate(si.timexes, d, c)) {
		e.Date = x.referentYear(s, si.timexes, d)
		dateFrom = 0.1
	} else if p := x.lastDated; p != nil && pos-p.lastPosOf(x) <= 2 && (p.Type == Meeting || p.Type == Summit) && e.Status == Reported && c.Type != p.Type && c.Tok > 3 && s.meetingLink() {
		// "At the meeting, Saudi Arabia and Iran signed a joint statement"
		d := *p.Date
		e.Date = &d
		dateFrom = 0.05
	} else if p := x.lastDated; p != nil && pos-p.lastPosOf(x) <= 1 && e.Status == Reported && s.atThatTime() {
		// "France ... recalled its ambassadors at the time": the time of
		// the event just reported
		d := *p.Date
		e.Date = &d
		dateFrom = 0.05
	} else if p := x.lastDated; p != nil && pos-p.lastPosOf(x) <= 1 && p.Date.IsRange() && p.Date.Granularity == temporal.Day && e.Status == Reported && s.finalDayLink() {
		// "from 5 to 17 September 1978. On the final evening Sadat and Begin
		// signed": the last day of the range just reported
		d := Date{Start: p.Date.End, Granularity: temporal.Day, Value: temporal.Format(p.Date.End, temporal.Day), Inferred: p.Date.Inferred}
		e.Date = &d
		dateFrom = 0.05
	} else if p, n := x.ordinalBase(pos), s.ordinalDayLink(); p != nil && n > 0 && e.Status == Reported {
		// "arrived on 4 February for a three-day visit. On the third day he
		// met Morrison": counted from the first day
		d := Date{Start: p.Date.First().AddDate(0, 0, n-1), Granularity: temporal.Day, Inferred: true}
		d.Value = temporal.Format(d.Start, temporal.Day)
		e.Date = &d
		dateFrom = 0.05
	} else if d := x.onToDate(s, c); d != nil && e.Status == Reported {
		// "in November Clinton arrived in Hanoi. He went on to Ho Chi Minh
		// City": the next stop of the trip just reported
		e.Date = d
		dateFrom = 0.05
	} else if d, ok := x.laterDate(s, si.timexes, pos); ok && e.Status != Hypothetical && e.Status != Negated {
		// "Three days later he met Duda": counted from the linked date
		e.Date = d
		dateFrom = 0.05
	} else if p := x.lastDated; p != nil && pos-p.lastPosOf(x) <= 2 && s.sequenceLink() && (c.Type == Meeting || c.Type == Visit) && e.Status == Reported {
		d := *p.Date
		e.Date = &d
		dateFrom = 0.05
	} else if f := x.frame; f != nil && x.inherits(s, c, e) {
		if x.useFirst {
			f, x.useFirst = x.firstFrame, false
		}
		if x.pickFrame != nil {
			f, x.pickFrame = x.pickFrame, nil
		}
		d := *f.Event.Date
		e.Date = &d
		dateFrom = 0.05
		if f.Actor != "" && !contains(e.Actors, f.Actor) {
			e.Actors = append([]string{f.Actor}, e.Actors...)
		}
		if e.Location == "" && c.Type != Visit {
			e.Location = f.Event.Location
		}
	}
	// "Moscow" or "the Kremlin" before 26 December 1991 stands for the
	// Soviet Union, unless the sentence names Russia itself
	if e.Date != nil && e.Date.Known() && e.Date.Last().Before(sovietEnd) && contains(e.Actors, "Russia") && !s.has("russia", "russian", "russia's") && !s.has("soviet") {
		for k, a := range e.Actors {
			if a == "Russia" {
				e.Actors[k] = "Soviet Union"
			}
		}
	}
	if e.Status == Reported && e.Date != nil && e.Date.Known() && !x.doc.Ref.IsZero() && e.Date.First().After(x.doc.Ref) {
		e.Status = Planned
	}
	conf := c.Strength + dateFrom
	if len(e.Actors) > 0 {
		conf += 0.1
	}
	if len(e.Actors) > 1 {
		conf += 0.05
	}
	if e.Location != "" {
		conf += 0.05
	}
	switch e.Status {
	case Hypothetical:
		conf -= 0.1
	case Negated:
		conf -= 0.05
	}
	e.Confidence = math.Round(math.Max(0.05, math.Min(0.99, conf))*100) / 100
	if dateFrom == 0.1 && e.Date.Known() {
		ev := e
		x.lastDated, x.lastPos = &ev, pos
	}
	if (c.Type == Visit || c.Type == Summit) && e.Date != nil && dateFrom == 0.1 && e.Status != Negated && e.Status != Hypothetical {
		f := &frame{Event: e}
		if len(e.Actors) > 0 {
			f.Actor = e.Actors[0]
		}
		// a background visit ("the first since Coolidge's in January 1928")
		// does not replace one nearer the story's own date
		if x.frame == nil || x.doc.Ref.IsZero() || !e.Date.Known() || !x.frame.Event.Date.Known() ||
			absDays(e.Date.First(), x.doc.Ref) <= absDays(x.frame.Event.Date.First(), x.doc.Ref)+366 {
			x.frame = f
		}
		if x.firstFrame == nil {
			x.firstFrame = f
		}
	}
	return e, dateFrom == 0.1
}

// referentYear places a month named "that July" in the year of the event
// the sentence names ("The treaty's most durable creation was the youth
// office, set up that July"): the latest earlier event of the noun's type,
// rather than the last year the text wrote.
func (x *extraction) referentYear(s *sentCtx, xs []temporal.Timex, d *Date) *Date {
	if d == nil || d.Granularity != temporal.Month || !d.Inferred || d.IsRange() || !d.Known() {
		return d
	}
	that := false
	for k := range xs {
		if xs[k].Date != nil && xs[k].Date.Value == d.Value && len(xs[k].Text) > 5 && strings.EqualFold(xs[k].Text[:5], "that ") {
			that = true
		}
	}
	if !that {
		return d
	}
	// "the treaty", "the summit's": the event itself, not another one
	// ("its extradition treaty")
	var typ EventType
	for i := 1; i < len(s.toks); i++ {
		if s.toks[i-1].Lower != "the" {
			continue
		}
		switch s.toks[i].Lower {
		case "treaty", "treaty's", "accord", "accord's", "pact", "pact's":
			typ = Agreement
		case "summit", "summit's":
			typ = Summit
		}
	}
	if typ == "" {
		return d
	}
	for k := len(x.events) - 1; k >= 0; k-- {
		e := x.events[k]
		if e.Type != typ || e.Date == nil || !e.Date.Known() || e.Date.IsRange() || e.Date.Granularity != temporal.Day && e.Date.Granularity != temporal.Month {
			continue
		}
		y := e.Date.First().Year()
		if y == d.Start.Year() || d.Start.Month() < e.Date.First().Month() {
			return d // "that July" before a December signing is another year
		}
		t := time.Date(y, d.Start.Month(), 1, 0, 0, 0, 0, time.UTC)
		nd := Date{Start: t, Granularity: temporal.Month, Value: temporal.Format(t, temporal.Month), Inferred: true}
		return &nd
	}
	return d
}

// mentionsEarlier reports whether a noun trigger without a date of its own
// only refers back to an event already extracted: "the visit" after a
// visit, "Stoltenberg's visit" after his visit, "the meetings" naming nobody
// new after a meeting.
func (x *extraction) mentionsEarlier(s *sentCtx, c candidate, e Event, own bool) bool {
	if s.near(c.Tok, 3, 0, "next", "upcoming", "another", "second", "third", "following", "new") {
		return false // "the next summit" is another event
	}
	definite := false
	for j := c.Tok - 1; j >= 0 && j >= c.Tok-3; j-- {
		if isOneOf(s.lw(j), "the", "this", "that", "these", "those") {
			definite = true
			break
		}
		if !s.toks[j].Word || isOneOf(s.lw(j), "a", "an") {
			break
		}
	}
	seen := x.seen[e.Type]
	if seen == nil {
		// "the meeting had gone better" after a summit or visit
		return c.Type == Meeting && definite && !own && (x.seen[Summit] != nil || x.seen[Visit] != nil)
	}
	if own {
		// a dated noun ("The week-long visit ... ended on 28 February")
		// repeats an earlier event only with "the" and a date close to it
		last := &x.events[seen.last]
		if !definite || c.Type == Meeting || last.Date == nil || e.Date != nil && !closeDates(*last.Date, *e.Date) {
			return false // a date the earlier mention lacked is news
		}
		if e.Location != "" && last.Location != "" && e.Location != last.Location {
			return false // "the G20 summit in Rio on November 18-19" after a summit in Montevideo: another gathering
		}
		return true
	}
	switch c.Type {
	case Meeting:
		if !definite && !isOneOf(s.lw(c.Tok-1), "his", "her", "their", "'s", "its") {
			return false
		}
		if definite && !own {
			return true // "the talks", "those talks" after a meeting
		}
		for _, a := range e.Actors {
			if !contains(seen.actors, a) && (x.frame == nil || x.frame.Actor != a) {
				return false
			}
		}
		return true
	default:
		// "the G7 summit" after a Quad summit, "the planned visit of Modi"
		// after Sisi's visit: other events
		for _, a := range e.Actors {
			if (organisationNames[a] || x.ctx.orgs[a] > 0) && !contains(seen.actors, a) {
				return false
			}
		}
		if isOneOf(s.lw(c.End), "of", "by") {
			if m, ok := s.mentionAfter(c.End+1, 4); ok && m.Kind == mPerson {
				if p := x.ctx.person(m); p != "" && !contains(seen.actors, p) {
					return false // "the planned visit of Narendra Modi"
				}
			}
		}
		if definite {
			return true
		}
		if len(e.Actors) > 0 && contains(seen.agents, e.Actors[0]) {
			return true
		}
	}
	return false
}

// framePhrase reports whether the sentence says "during the trip", "at the
// summit", "on the sidelines", "throughout his visit". The trigger's own
// noun described as new ("on his first trip to the kingdom") is no link.
func (s *sentCtx) framePhrase(c candidate) bool {
	return s.framePhraseNoun(c) != ""
}

// framePhraseNoun returns the noun of the sentence's frame phrase
// ("summit" for "at the summit"), or "".
func (s *sentCtx) framePhraseNoun(c candidate) string {
	for i, t := range s.toks {
		if !isOneOf(t.Lower, "during", "at", "throughout", "on", "ahead") {
			continue
		}
		if t.Lower == "ahead" && isOneOf(s.lw(i-1), "days", "weeks", "months", "day", "week", "month") {
			continue // "days ahead of the summit": another time
		}
		for j := i + 1; j <= i+3 && j < len(s.toks); j++ {
			if j == c.Tok && c.Nominal && s.near(j, j-i-1, 0, "first", "maiden", "inaugural", "second", "third", "fourth", "fifth") {
				break
			}
			if isOneOf(s.lw(j), "trip", "visit", "summit", "sidelines", "talks", "tour", "stay") {
				if isOneOf(s.lw(i+1), "the", "his", "her", "their") {
					return s.lw(j)
				}
				return ""
			}
		}
	}
	return ""
}

// latestFrame returns the last dated event of type t, not hypothetical or
// negated, as a frame, or nil. A background event (a year or more further
// from the reference date than the nearest one: "the last summit, held in
// Istanbul in November 1999") is passed over.
func (x *extraction) latestFrame(t EventType) *frame {
	near := -1
	ok := func(e *Event) bool {
		return e.Type == t && e.Date != nil && e.Date.Known() && e.Status != Hypothetical && e.Status != Negated
	}
	if !x.doc.Ref.IsZero() {
		for k := range x.events {
			if e := &x.events[k]; ok(e) && (near < 0 || absDays(e.Date.First(), x.doc.Ref) < near) {
				near = absDays(e.Date.First(), x.doc.Ref)
			}
		}
	}
	for k := len(x.events) - 1; k >= 0; k-- {
		e := x.events[k]
		if !ok(&e) || near >= 0 && absDays(e.Date.First(), x.doc.Ref) > near+366 {
			continue
		}
		f := &frame{Event: e}
		if len(e.Actors) > 0 {
			f.Actor = e.Actors[0]
		}
		return f
	}
	return nil
}

// frameAnaphors are words by which a sentence refers back to a visit or
// summit already reported.
var frameAnaphors = []string{"visit", "trip", "summit", "during", "throughout", "two-day", "three-day", "tour", "stay", "sidelines", "stop"}

// inherits decides whether an undated event takes the dates of the current
// frame: it must be a meeting, visit or summit, not hypothetical, in a
// sentence with no date of its own, and either refer back to the frame ("the
// visit", "during his trip") or share the frame's main actor.
func (x *extraction) inherits(s *sentCtx, c candidate, e Event) bool {
	f := x.frame
	if f.Event.Date == nil || e.Status == Negated {
		return false
	}
	if s.aheadOfEvent(c) >= 0 {
		return false // "reached Lima days ahead of the summit": before it
	}
	// an explicit reference to the frame dates any event: "during the trip",
	// "at the summit"
	if noun := s.framePhraseNoun(c); noun != "" {
		// "at the summit", "on the sidelines": the last summit reported;
		// "during the visit": the last visit; "during the trip": the
		// whole trip, from its first stop
		switch noun {
		case "summit", "sidelines":
			if p := x.latestFrame(Summit); p != nil {
				x.pickFrame = p
				return true
			}
		case "visit", "stay":
			if p := x.latestFrame(Visit); p != nil && c.Type != Visit {
				x.pickFrame = p
				return true
			}
		}
		if x.firstFrame != nil && c.Type != Visit {
			x.useFirst = true
		}
		return true
	}
	if e.Status != f.Event.Status {
		return false // a planned meeting does not happen on a past visit's dates
	}
	if s.laterOn() {
		return false // "He later met Duda": another time
	}
	if c.Type != Meeting && c.Type != Visit && c.Type != Summit {
		return false
	}
	if c.Type == Summit && f.Event.Type != Summit {
		return false
	}
	// the anaphor must be in the trigger's clause: "The visit also
	// included a meeting", not "The trip crowns..., after months of talks"
	ids, _ := s.clauses()
	for k, t := range s.toks {
		// a new visit's own description ("travelled to Shanghai for a
		// two-day visit") is no link back: for visits the anaphor comes first
		if ids[k] == ids[c.Tok] && (k < c.Tok || k >= c.End && c.Type != Visit) && isOneOf(t.Lower, frameAnaphors...) {
			if s.near(k, 4, 0, "not", "n't", "never", "skipped", "skip") {
				continue // "did not make the trip, sending Ebrard": no link
			}
			return true
		}
	}
	if c.Type == Meeting && s.near(c.Tok, 2, 2, "separate", "separately") {
		return false // "also held separate talks with Erdogan": another happening
	}
	if c.Type == Meeting && f.Actor != "" && contains(e.Actors, f.Actor) && (e.Location == "" || e.Location == f.Event.Location) {
		return true // the visitor's meeting, not one elsewhere
	}
	return false
}

// coordinatedObject reports whether mention k is joined by "and" to the
// object right after verb trigger c: "met Kuleba and Shmyhal", "talks with
// Modi and Albanese". (A comma list is left alone: "Kuleba, Stefanchuk"
// may be a name and an appositive.)
func (s *sentCtx) coordinatedObject(c candidate, k int) bool {
	if k == 0 {
		return false
	}
	prev, cur := s.mentions[k-1], s.mentions[k]
	if prev.End == cur.Tok-2 && s.lw(cur.Tok-2) == "and" && s.lw(cur.Tok-1) == "with" && prev.Prep == "with" {
		return true // "met with Morrison and with Suga"
	}
	if prev.End != cur.Tok-1 || s.lw(cur.Tok-1) != "and" {
		return false
	}
	return prev.Tok == c.End || prev.Prep == "with" && prev.Tok <= c.End+1
}

// resolved is a mention read as an actor and/or a place.
type resolved struct {
	m      mention
	actor  string
	place  string
	person bool
}

// resolve reads a mention in the context of an event's trigger.
func (x *extraction) resolve(s *sentCtx, c candidate, k int, pos int) resolved {
	m := s.mentions[k]
	r := resolved{m: m}
	isPlace := placePreps[m.Prep] && m.Prep != "from"
	switch m.Kind {
	case mPerson:
		if _, ok := x.ctx.acronyms[m.Name]; ok {
			r.actor = m.Name // "OAU" after "Organisation of African Unity (OAU)"
			return r
		}
		r.actor, r.person = x.ctx.person(m), true
		if r.actor == "" && !strings.Contains(m.Name, " ") {
			r.actor = x.ctx.middleName(m.Name) // "Torrijos" for "Omar Torrijos Herrera"
		}
		if r.actor == "" && m.Title == "" && (m.Prep == "to" || m.Prep == "in") {
			r.place, r.person = m.Name, false
		}
		// "a symposium in Des Moines": a titleless name after "in" or "at"
		// that the text never gives an office is a place
		if r.actor != "" && m.Title == "" && (isOneOf(m.Prep, "in", "at", "near") || c.Type == Visit && m.Prep == "to" && m.Tok > c.Tok && m.Tok <= c.End+3) && strings.Contains(m.Name, " ") && !leaderNames[lastWord(m.Name)] && !x.ctx.hasTitle(r.actor, 1<<30) && x.ctx.countryOfPerson(r.actor) == "" {
			r.actor, r.place, r.person = "", m.Name, false
		}
		// an unknown single name opening the sentence right before a verb
		// trigger is its subject: "Blinken met with Wang Yi"
		if r.actor == "" && m.Tok == 0 && (m.End == c.Tok || m.End == c.Tok-1) && !c.Nominal {
			r.actor = m.Name
		}
		// ... and of a verb coordinated with that one: "Albanese visited the
		// Great Wall and later travelled to Shanghai"
		if r.actor == "" && m.Tok == 0 && !c.Nominal && len(s.cands) > 0 && (s.cands[0].Tok == m.End || s.cands[0].Tok == m.End+1) && !s.cands[0].Nominal && c.Tok > s.cands[0].Tok && !s.commaBetween(m.End, c.Tok) && s.near(c.Tok, 3, 0, "and") {
			r.actor = m.Name
		}
		// a single name right before or after a verb trigger is its subject
		// or object: "when Xi hosted Lula", "talks with Modi"
		if r.actor == "" && m.Title == "" && !c.Nominal && !strings.Contains(m.Name, " ") && (m.End == c.Tok || m.Tok == c.End || m.Prep == "with" && m.Tok <= c.End+1) && m.Tok > 0 && s.toks[m.Tok].Cap {
			r.actor = m.Name
		}
		// ... and one coordinated with that object: "met Kuleba and Shmyhal"
		if r.actor == "" && m.Title == "" && !c.Nominal && !strings.Contains(m.Name, " ") && m.Tok > 0 && s.toks[m.Tok].Cap && s.coordinatedObject(c, k) {
			r.actor = m.Name
		}
	case mTitle:
		r.actor, r.person = x.ctx.resolveTitle(m.Title, pos), true
		if r.actor == "" && m.Tok > 0 && s.lw(m.Tok-1) == "the" {
			r.actor = x.ctx.looseTitle(m.Title, pos) // "the minister" after "Foreign Minister Wang Yi"
		}
		// "Australia's foreign minister" is not a minister of another state
		if r.actor != "" && k > 0 {
			if pm := s.mentions[k-1]; pm.End == m.Tok-1 && s.lw(m.Tok-1) == "'s" && pm.Kind == mCountry {
				if pc := x.ctx.countryOfPerson(r.actor); pc != "" && pc != pm.Name {
					r.actor = ""
				}
			}
		}
	case mCountry:
		if m.Modifier || s.inDocumentName(m) {
			return r
		}
		if isPlace {
			r.place = m.Name
		}
		r.actor = m.Name
	case mDemonym:
		// "Israeli and Palestinian officials": the first demonym shares the noun
		end := m.End
		if end+1 < len(s.toks) && s.toks[end].Lower == "and" && k+1 < len(s.mentions) && s.mentions[k+1].Kind == mDemonym && s.mentions[k+1].Tok == end+1 {
			end = s.mentions[k+1].End
		}
		if !m.Modifier && end < len(s.toks) && isOneOf(s.toks[end].Lower, "officials", "leaders", "government", "delegation", "counterparts", "diplomats", "authorities", "side", "counterpart", "lawmakers", "delegations", "negotiators", "sovereignty", "independence", "territory", "embassy", "consulate", "ambassador", "parliament", "foreign", "high", "envoy", "envoys", "ambassadors", "consul", "chargé", "troops", "forces", "technical", "team", "military", "officers", "experts", "mission", "ministers") {
			r.actor = m.Name
		}
		// "the Russian–Turkish memorandum": two states joined by a dash
		if !m.Modifier && (end < len(s.toks) && isOneOf(s.toks[m.End].Text, "–", "-", "—") && k+1 < len(s.mentions) && s.mentions[k+1].Kind == mDemonym && s.mentions[k+1].Tok == m.End+1 || m.Tok >= 2 && isOneOf(s.toks[m.Tok-1].Text, "–", "-", "—") && k > 0 && s.mentions[k-1].Kind == mDemonym && s.mentions[k-1].End == m.Tok-1) {
			r.actor = m.Name
		}
		// "New Zealand signed": a country whose name is also its adjective
		if !m.Modifier && joinText(s.toks[m.Tok:m.End]) == m.Name {
			r.actor = m.Name
			if isPlace {
				r.place = m.Name
			}
		}
	case mOrg:
		if !m.Modifier {
			r.actor = x.ctx.resolveGeneric(m)
			// an organisation is known by the acronym the text gives it:
			// "the Organisation of African Unity (OAU)" → "OAU"
			if acr, ok := x.ctx.acronymOf[r.actor]; ok {
				r.actor = acr
			}
		}
	case mSeat:
		if isPlace {
			r.place = m.Place
		} else {
			r.actor = m.Country
		}
	case mCapital:
		// an envoy recalled or sent "to Washington and Canberra": the states
		// are parties to the act
		if c.Type == OtherDiplomatic && m.Country != "" && (isOneOf(m.Prep, "to", "and") && s.near(c.Tok, 0, 4, envoyWords...) || isOneOf(m.Prep, "in", "and") && s.near(c.Tok, 4, 4, "embassy", "embassies", "consulate", "consulates") || m.Prep == "to" && s.near(m.Tok, 6, 0, "switched", "switch", "switches", "switching", "recognition", "allegiance")) {
			r.actor = m.Country
			return r
		}
		if s.inDocumentName(m) || isOneOf(s.lw(m.End), "final", "accords", "accord", "agreement", "agreements", "declaration", "treaty", "protocol", "convention", "charter", "communique", "communiqué", "process", "format", "memorandum") {
			return r // "the Treaty of Lisbon", "the Helsinki Final Act", "the Minsk agreements"
		}
		if isOneOf(s.lw(m.End), "summit", "talks", "meeting", "conference", "meetings", "summits") && m.Prep != "with" {
			r.place = m.Place // "the Budapest summit": where, not who
			return r
		}
		if isPlace || m.Tok == c.End && c.Type == Visit || s.visitObject(m.Tok) {
			r.place = m.Place
		} else if !m.Modifier {
			r.actor = m.Country
		}
	case mGroup:
		// "the two countries": the last two named, in this sentence first
		var names []string
		for j := 0; j < k; j++ {
			pm := s.mentions[j]
			if m.Name == "countries" && pm.Kind == mCountry && !pm.Modifier {
				names = pushRecent(names, pm.Name)
			}
			if m.Name == "leaders" && pm.Kind == mPerson {
				if p := x.ctx.person(pm); p != "" {
					names = pushRecent(names, p)
				}
			}
		}
		if len(names) < 2 {
			switch m.Name {
			case "countries":
				if m.Place == "" {
					// "the two countries": the two states named lately that the text names most
					r.actor = x.ctx.likelyPair(names)
					return r
				}
				names = append(append([]string(nil), x.ctx.recentStates...), names...)
			case "presidents":
				// "the two presidents": the last two people titled president
				var ps []string
				for _, t := range x.ctx.titled {
					if t.Key == "president" && t.Pos <= pos {
						ps = pushRecent(ps, x.ctx.person(mention{Kind: mPerson, Name: t.Name, Title: t.Key}))
					}
				}
				if len(ps) < 2 {
					// else the two people named lately that the text names most
					r.actor, r.person = x.ctx.likelyPeople(append(ps, names...), ""), true
					return r
				}
				names = append(append([]string(nil), ps...), names...)
			default:
				if m.Name == "leaders" && m.Place == "" {
					r.actor, r.person = x.ctx.likelyPeople(names, m.Title), true
					return r
				}
				names = append(append([]string(nil), x.ctx.recentPeople...), names...)
			}
		}
		if m.Name == "countries" && m.Place != "" {
			// "the four states": the last list of that many countries
			r.actor = x.ctx.countryList(m.Place, names)
			if after := s.countriesAfterColon(m.End); r.actor == "" && strconv.Itoa(len(after)) == m.Place {
				r.actor = strings.Join(after, "|") // "ten countries joined ...: Cyprus, ..."
			}
			return r
		}
		if m.Name == "state" {
			r.actor = x.ctx.mainState() // "the new state", "the country"
			if r.actor == "" && len(x.ctx.lastCountries) == 1 {
				r.actor = x.ctx.lastCountries[0] // the one state of the sentence before
			}
			if r.actor == "" {
				// else the state named lately that the text names most,
				// other than those of this sentence
				r.actor = x.ctx.likelyState(s.mentions)
			}
			return r
		}
		if m.Name == "pair" {
			// "the two former adversaries": the two states the text names most
			r.actor = x.ctx.mainPair()
			return r
		}
		if m.Name == "kingdom" || m.Name == "emirate" || m.Name == "sultanate" {
			// "the kingdom": the last monarchy of that kind named
			for j := k - 1; j >= 0; j-- {
				if pm := s.mentions[j]; pm.Kind == mCountry && monarchies[pm.Name] == m.Name {
					r.actor = pm.Name
					return r
				}
			}
			// else the one the text names most, the latest on a tie
			r.actor = x.ctx.mostNamedMonarchy(m.Name)
			return r
		}
		if m.Name == "leaders" && m.Place != "" {
			// "the four leaders": the last four people named with an
			// office, else the last four people named
			if r.actor, r.person = x.ctx.lastTitled(m.Place, pos), true; r.actor == "" {
				r.actor = lastN(names, m.Place)
			}
			return r
		}
		r.actor, r.person = lastTwo(names), m.Name != "countries"
	case mPronoun:
		// a pronoun right before the trigger stands for its agent
		adjacent := m.End == c.Tok || m.End == c.Tok-1 && isOneOf(s.lw(c.Tok-1), "final", "first", "official", "recent", "own", "state", "last", "latest", "two-day", "three-day", "private", "formal", "next", "upcoming", "annual")
		subject := (m.Name == "he" || m.Name == "she") && m.Tok < c.Tok || m.Name == "they" && m.Tok < c.Tok && c.Tok-m.End <= 8 && !s.commaBetween(m.End, c.Tok)
		possessive := (m.Name == "his" || m.Name == "her") && m.Tok < c.Tok && m.Tok >= c.Tok-4
		// the owners of the envoys acting: "Their prime ministers, meeting
		// at Bogor", "Its diplomats have spent weeks negotiating"
		owner := (m.Name == "their" || m.Name == "its") && m.Tok < c.Tok && m.Tok >= c.Tok-6 && isOneOf(s.lw(m.End), "leaders", "prime", "foreign", "presidents", "ministers", "diplomats", "representatives", "envoys", "delegations", "delegates", "negotiators", "heads", "governments", "ambassadors")
		// "recognises it", "granted it observer status", "to admit it": the
		// state the text is about
		objectIt := m.Name == "it" && m.Tok == c.End && (c.Type == OtherDiplomatic || c.Type == Accession)
		// "Taipei said it would shut its embassy", "the government announced
		// that it would no longer recognise Taiwan": the speaker's state
		speechIt := m.Name == "it" && m.Tok >= 2 && m.Tok < c.Tok && c.Tok-m.End <= 3 && (isOneOf(s.lw(m.Tok-1), "said", "says", "announced", "declared", "confirmed", "stated") || s.lw(m.Tok-1) == "that" && isOneOf(s.lw(m.Tok-2), "said", "says", "announced", "declared", "confirmed", "stated"))
		if speechIt {
			// the sentence's subject, else the nearest state that is no
			// object ("severing relations with Nauru ... and said it")
			for pass := 0; pass < 2; pass++ {
				for j := k - 1; j >= 0; j-- {
					pm := s.mentions[j]
					if pass == 0 && pm.Tok > 2 || placePreps[pm.Prep] || isOneOf(pm.Prep, "with", "of", "for", "by", "dateline") || pm.Modifier {
						continue
					}
					if pm.Kind == mCountry || pm.Kind == mOrg && pm.Name != "" {
						r.actor = x.ctx.resolveGeneric(pm)
						return r
					}
					if (pm.Kind == mCapital || pm.Kind == mSeat) && pm.Country != "" {
						r.actor = pm.Country
						return r
					}
				}
			}
			r.actor = x.ctx.mainState()
			return r
		}
		if !adjacent && !subject && !possessive && !owner && !objectIt {
			return r
		}
		if objectIt {
			if r.actor = x.ctx.mainState(); r.actor == "" && len(x.ctx.lastCountries) == 1 {
				r.actor = x.ctx.lastCountries[0]
			}
			return r
		}
		switch m.Name {
		case "he", "his", "she", "her":
			r.person = true
			// the same referent as an earlier "he" of the sentence
			for j := k - 1; j >= 0; j-- {
				if pm := s.mentions[j]; pm.Kind == mPronoun && isOneOf(pm.Name, "he", "she") {
					r.actor = x.resolvePronoun(s, j, pos)
					return r
				}
			}
			// the nearest person earlier in the sentence, else a person right
			// after an introductory phrase ("Throughout his visit, Stoltenberg..."),
			// else the last person of the text so far
			for j := k - 1; j >= 0; j-- {
				if pm := s.mentions[j]; pm.Kind == mPerson || pm.Kind == mTitle {
					if a := x.resolve(s, c, j, pos).actor; a != "" {
						r.actor = a
						return r
					}
				}
			}
			if first := s.commaAfter(0); m.Tok < first {
				for j := k + 1; j < len(s.mentions); j++ {
					pm := s.mentions[j]
					if pm.Tok <= first {
						continue
					}
					if pm.Tok <= first+2 && (pm.Kind == mPerson || pm.Kind == mTitle) {
						if a := x.resolve(s, c, j, pos).actor; a != "" {
							r.actor = a
							return r
						}
					}
					break
				}
			}
			r.actor = x.resolvePronoun(s, k, pos)
		case "its", "it":
			// the state or organisation named earlier in the sentence: "India
			// said its diplomats", "Canada, which recalled its ambassador";
			// a state first for the subject of an accession ("Malta was
			// admitted to the UN, and it joined the Commonwealth")
			if m.Name == "it" && c.Type == Accession && m.End <= c.Tok {
				for j := k - 1; j >= 0; j-- {
					if pm := s.mentions[j]; pm.Kind == mCountry && !pm.Modifier && !placePreps[pm.Prep] {
						r.actor = pm.Name
						return r
					}
				}
			}
			for j := k - 1; j >= 0; j-- {
				pm := s.mentions[j]
				if pm.Kind == mCountry && !pm.Modifier && !placePreps[pm.Prep] || pm.Kind == mOrg && pm.Name != "" && !pm.Modifier {
					r.actor = pm.Name
					return r
				}
			}
			r.actor = x.ctx.lastOrg
			if r.actor == "" {
				r.actor = x.ctx.mainOrg()
			}
			// "It joined the European Union in 1995" in prose about one
			// state: the subject is that state, not the organisation
			if m.Name == "it" && m.Tok == 0 {
				if st := x.ctx.mainState(); st != "" && (x.ctx.stateCount[st] > x.ctx.orgs[r.actor] || s.namesOrg(r.actor, k)) {
					r.actor = st
				}
			}
			// "Its diplomats" opening a sentence: the one state of the
			// sentence before
			if owner && m.Tok == 0 && len(x.ctx.lastCountries) == 1 {
				r.actor = x.ctx.lastCountries[0]
			}
		case "their", "they":
			r.actor = strings.Join(x.ctx.lastCountries, "|")
			// the states named earlier in the sentence: "Mali, Burkina Faso
			// and Niger announced that they were leaving"
			var here []string
			for j := 0; j < k; j++ {
				if pm := s.mentions[j]; pm.Kind == mCountry && !pm.Modifier && !placePreps[pm.Prep] && !contains(here, pm.Name) {
					here = append(here, pm.Name)
				}
			}
			if len(here) >= 2 {
				r.actor = strings.Join(here, "|")
			} else if g := x.ctx.groupBefore(s.mentions[:k]); m.Name == "they" && len(g) >= 2 {
				// "Tusk and Juncker landed in Tokyo, and on Tuesday they signed"
				r.actor, r.person = strings.Join(g, "|"), true
			} else if m.Name == "they" && len(x.ctx.lastGroup) >= 2 {
				// "Tusk and Juncker began the week in Beijing. They flew on to Tokyo"
				r.actor, r.person = strings.Join(x.ctx.lastGroup, "|"), true
			}
			// "Xi told Biden in their meeting": two people named before it
			// in the sentence
			if c.Type == Meeting {
				var ps []string
				for j := 0; j < k; j++ {
					if pm := s.mentions[j]; pm.Kind == mPerson {
						if p := x.ctx.person(pm); p != "" && !contains(ps, p) {
							ps = append(ps, p)
						}
					}
				}
				if len(ps) == 2 {
					r.actor, r.person = strings.Join(ps, "|"), true
					return r
				}
			}
			// "their virtual meeting": the last two people, in a story about people
			if (c.Type == Meeting || c.Type == Summit) && len(x.ctx.recentPeople) >= 2 && len(x.ctx.lastCountries) < 2 {
				r.actor, r.person = x.ctx.likelyPeople(nil, ""), true
			}
			if c.Type == Accession {
				for k := len(x.events) - 1; k >= 0; k-- {
					if p := x.events[k]; p.Type == Accession {
						var states []string
						for _, a := range p.Actors {
							if !organisationNames[a] {
								states = append(states, a)
							}
						}
						r.actor = strings.Join(states, "|")
						break
					}
				}
			}
		}
	}
	return r
}

// inRelative reports whether token i sits in a relative or parenthetical
// clause (", who travelled with the president,") that closes before token
// end.
func (s *sentCtx) inRelative(i, end int) bool {
	for j := i - 1; j >= 0; j-- {
		if s.toks[j].Text == "," {
			if isOneOf(s.lw(j+1), "who", "which", "whose", "where") {
				// the clause must close before the trigger
				for k := i; k < end; k++ {
					if s.toks[k].Text == "," {
						return true
					}
				}
			}
			return false
		}
	}
	return false
}

// resolvePronoun resolves he/she/his/her at mention k to the subject of a
// recent sentence, or the last person named.
func (x *extraction) resolvePronoun(s *sentCtx, k, pos int) string {
	for j := k - 1; j >= 0; j-- {
		pm := s.mentions[j]
		if s.lw(pm.End) == "," && s.lw(pm.End+1) == "whom" && s.mentions[k].Tok > pm.End {
			continue // "Deng Xiaoping, whom she met": she is someone else
		}
		if (pm.Kind == mPerson || pm.Kind == mTitle) && pm.Tok <= 6 && !placePreps[pm.Prep] && pm.Prep != "with" {
			var a string
			if pm.Kind == mPerson {
				a = x.ctx.person(pm)
			} else {
				a = x.ctx.resolveTitle(pm.Title, pos)
			}
			if a != "" {
				return a
			}
		}
	}
	if x.ctx.lastSubject != "" {
		return x.ctx.lastSubject
	}
	return x.ctx.lastPerson
}

// phraseAfter returns the trigger and up to n following words, stopping at
// punctuation: "expelled 23 Russian diplomats".
func (s *sentCtx) phraseAfter(c candidate, n int) string {
	end := c.End
	for k := c.End; k < len(s.toks) && k < c.End+n && s.toks[k].Word; k++ {
		if isOneOf(s.toks[k].Lower, "on", "in", "at", "after", "before", "and", "as", "over", "'s") || k > c.End && isOneOf(s.toks[k].Lower, "to", "with", "for") {
			break
		}
		end = k + 1
	}
	return strings.Join(strings.Fields(joinText(s.toks[c.Tok:end])), " ")
}

// commaBetween reports whether a comma lies in tokens [i, j).
func (s *sentCtx) commaBetween(i, j int) bool {
	for k := max(0, i); k < j && k < len(s.toks); k++ {
		if s.toks[k].Text == "," {
			return true
		}
	}
	return false
}

// commaAfter returns the index of the first comma at or after i, or len(toks).
func (s *sentCtx) commaAfter(i int) int {
	for k := max(0, i); k < len(s.toks); k++ {
		if s.toks[k].Text == "," {
			return k
		}
	}
	return len(s.toks)
}

// segment returns the token range of the comma-delimited stretch around the
// trigger.
func (s *sentCtx) segment(c candidate) (int, int) {
	a := c.Tok
	for a > 0 && !segmentBreak(s.toks[a-1]) {
		a--
		// "the leaders of France, Germany and Italy travelled"
		if a > 1 && s.toks[a-1].Text == "," && (s.mentionStarts(a) || s.lw(a) == "the" && s.mentionStarts(a+1)) && s.listItemBefore(a-1) {
			a--
		}
	}
	b := c.End
	for b < len(s.toks) && !segmentBreak(s.toks[b]) {
		b++
		// a list of names continues across commas: "with the President,
		// the Secretary of State, and members of Congress"
		if b < len(s.toks) && s.toks[b].Text == "," && s.listContinues(b+1) {
			b++
		}
	}
	return a, b
}

// typeStatus is an event's type and status.
type typeStatus struct {
	t  EventType
	st Status
}

// hasTypeStatus reports whether ks holds the pair (t, st).
func hasTypeStatus(ks []typeStatus, t EventType, st Status) bool {
	for _, k := range ks {
		if k.t == t && k.st == st {
			return true
		}
	}
	return false
}

// segmentBreak reports whether t ends a segment: ",", ";", ":", a
// parenthesis or a spaced dash (all punctuation, never words).
func segmentBreak(t token) bool {
	if t.Word {
		return false
	}
	switch t.Text {
	case ",", ";", ":", "(", ")":
		return true
	}
	return t.isBreakDash()
}

// listItemBefore reports whether the tokens before the comma at i form a
// name in a list ("France" in "of France, Germany and Italy").
func (s *sentCtx) listItemBefore(i int) bool {
	m, ok := s.mentionAt(i - 1)
	return ok && m.End == i && m.Kind != mPronoun
}

// listContinues reports whether the stretch after a comma at i-1 is another
// item of a list of names.
func (s *sentCtx) listContinues(i int) bool {
	fillers := []string{"the", "and", "key", "senior", "members", "member", "of", "its", "their", "other", "leaders", "officials", "both", "parties", "from", "his", "her", "top", "several"}
	named := false
	for j := i; j < len(s.toks); j++ {
		if isOneOf(s.toks[j].Text, ",", ";", ":", ".") || s.toks[j].isBreakDash() {
			break
		}
		if j > i+7 {
			return false
		}
		if s.mentionStarts(j) {
			named = true
		}
		if _, ok := s.mentionAt(j); ok {
			continue
		}
		if named && isOneOf(s.lw(j), "in", "on", "at", "during", "for", "to", "last", "this", "earlier", "later", "after", "before") {
			return true // the last item and the rest of the clause: "and Mark Rutte in Paris on Monday"
		}
		if !isOneOf(s.lw(j), fillers...) {
			return false
		}
	}
	return named
}

// actorsAndLocation collects the event's actors (people, countries,
// organisations; titles and pronouns resolved) and its location. The agent
// (the nearest person before the trigger, else a state or organisation in
// the trigger's stretch) comes first, then the other actors of that stretch;
// the whole sentence is used when the stretch names none.
func (x *extraction) actorsAndLocation(s *sentCtx, c candidate, pos int) ([]string, string) {
	if cap(x.rs) < len(s.mentions) {
		x.rs = make([]resolved, len(s.mentions), max(16, 2*len(s.mentions)))
	}
	rs := x.rs[:len(s.mentions)]
	for k := range s.mentions {
		rs[k] = x.resolve(s, c, k, pos)
		x.refineGroup(s, c, rs, k, pos)
	}
	segA, segB := s.segment(c)
	// a speaker after the report ("..., said President Joe Biden",
	// "according to Blinken") comments on the event without taking part
	for k := range rs {
		if j := rs[k].m.Tok; rs[k].m.Tok > c.Tok && (isOneOf(s.lw(j-1), "said", "says", "added") && s.lw(j-2) == "," || s.lw(j-1) == "to" && s.lw(j-2) == "according") {
			rs[k].actor = ""
		}
	}
	var actors []string
	add := func(a string) {
		for a != "" { // the parts of "A|B" (strings.Split without allocating)
			p, rest, _ := strings.Cut(a, "|")
			if p != "" && !contains(actors, p) {
				actors = append(actors, p)
			}
			a = rest
		}
	}
	// agent
	agent := -1
	// a verb coordinated with the first one shares its subject: "Penny
	// Wong, sworn in days before, landed in Suva ..., and held talks"
	v := c.Tok
	if isOneOf(s.lw(v-1), "held", "had", "hold", "holds", "began", "opened") {
		v-- // "..., and held talks with Bainimarama"
	}
	if v >= 2 && s.lw(v-1) == "and" && s.lw(v-2) == "," && (!c.Nominal || v < c.Tok) {
		first := s.afterDateline()
		for k, r := range rs {
			if r.m.Tok >= first && r.m.Tok <= first+2 && r.person && r.actor != "" {
				agent = k
				break
			}
		}
	}
	// the nearest person before the trigger that is not an object ("to
	// meet Kim", "with Modi"), else the nearest person
	for pass := 0; pass < 2 && agent < 0; pass++ {
		for k := len(rs) - 1; k >= 0; k-- {
			if rs[k].m.Tok < c.Tok && rs[k].person && rs[k].actor != "" && !s.inRelative(rs[k].m.Tok, c.Tok) {
				if s.lw(rs[k].m.End) == "'s" && isOneOf(rs[k].m.Prep, "after", "before", "since", "during", "following", "despite", "amid") {
					continue // a possessive in a time phrase: "after Trudeau's speech"
				}
				if pass == 0 && isOneOf(rs[k].m.Prep, "with", "by", "meet", "met", "meets", "of", "to", "for", "hosted", "welcomed") {
					continue
				}
				agent = k
				break
			}
		}
	}
	if agent < 0 {
		// the subject of a relative clause: "Egypt, which signed a peace
		// treaty", and a subject across one: "Britain, which blames
		// Moscow..., expelled"
		for k, r := range rs {
			if r.actor == "" || r.place != "" || r.m.End+1 >= len(s.toks) || s.toks[r.m.End].Text != "," || !isOneOf(s.lw(r.m.End+1), "which", "who", "whose") {
				continue
			}
			if segA == r.m.End+1 && r.m.End+1 < c.Tok {
				agent = k // the trigger is in the relative clause
				break
			}
			if close := s.commaAfter(r.m.End + 2); close+1 == segA && r.m.Tok <= 2 {
				agent = k // the trigger follows the relative clause
				break
			}
		}
	}
	subjectBefore := false
	for _, r := range rs {
		subjectBefore = subjectBefore || r.actor != "" && r.place == "" && r.m.Tok >= segA && r.m.Tok < c.Tok
	}
	if agent < 0 && !subjectBefore && segA <= 2 && segB < len(s.toks) && s.toks[segB].Text == "," {
		// "In a call with Zelensky on Tuesday, British Prime Minister Rishi
		// Sunak pledged": the subject after an introductory phrase
		for k, r := range rs {
			if r.m.Tok > segB && r.m.Tok <= segB+4 && r.person && r.actor != "" {
				agent = k
				break
			}
		}
	}
	if agent >= 0 && (c.Type == Accession || c.Type == Founding) && rs[agent].person {
		agent = -1 // states accede; people only sign
	}
	// in a state's act (a signature, a break of relations) the state or
	// organisation written before a person's title takes part with the
	// person: "Benin's President Patrice Talon signed"; visits and talks
	// are the people's
	stateAct := c.Type == Agreement || c.Type == OtherDiplomatic
	addPerson := func(r resolved) {
		add(r.actor)
		if stateAct && r.person && r.m.Kind == mPerson && r.m.Country != "" && r.actor != "" && !strings.Contains(r.actor, "|") {
			add(r.m.Country)
		} else if stateAct && r.person && r.m.Kind == mPerson {
			add(x.ctx.countryOfPerson(r.actor)) // "Erdogan signed" after "Turkish President Recep Tayyip Erdogan"
		}
	}
	if agent >= 0 {
		addPerson(rs[agent])
		// an agent in apposition to a title: "President Jimmy Carter and
		// Panama's leader, Gen. Omar Torrijos Herrera, signed" (the whole
		// subject before the apposition takes part)
		if am := rs[agent].m; am.Tok >= 2 && s.lw(am.Tok-1) == "," && s.lw(am.End) == "," {
			if _, isTitle := titles[s.lw(am.Tok-2)]; isTitle {
				first := s.afterDateline()
				for j := am.Tok - 2; j > first; j-- {
					if isOneOf(s.lw(j), ",", ";", ":") {
						first = j + 1 // the subject phrase only: "...; its prime minister, Viktor Orban,"
						break
					}
				}
				for j, r := range rs {
					if r.m.Tok >= first && r.m.End < am.Tok-1 && r.actor != "" && r.place == "" && j != agent {
						addPerson(rs[j])
					}
				}
			}
		}
		// the people coordinated with the agent: "Donald Tusk and
		// Jean-Claude Juncker began the week at the summit"
		if rs[agent].m.Kind == mPerson {
			k0 := agent
			for k0 > 0 && s.mentions[k0].Coord && s.mentions[k0-1].Kind == mPerson {
				k0--
			}
			for j := k0; j < len(rs) && (j == k0 || s.mentions[j].Kind == mPerson && s.mentions[j].Coord); j++ {
				if j != agent && rs[j].actor != "" {
					addPerson(rs[j])
				}
			}
		}
	}
	// the subject of a participle clause is the sentence's: "Taipei moved
	// first, severing relations with Nauru"
	if agent < 0 && !subjectBefore && c.Tok > 2 && s.lw(c.Tok-1) == "," && strings.HasSuffix(s.lw(c.Tok), "ing") {
		for _, r := range rs {
			if r.m.Tok <= 2 && r.actor != "" && r.place == "" && !r.person {
				add(r.actor)
				break
			}
		}
	}
	// objects stop at the next trigger: "met Obama ... and held talks with Biden"
	nextTrig := len(s.toks)
	for _, o := range s.cands {
		// a coordinated trigger: "and held talks", "and to see"
		if o.Tok > c.Tok && o.Tok < nextTrig && o.Type != "" && s.near(o.Tok, 3, 0, "and") {
			nextTrig = o.Tok
		}
	}
	for k, r := range rs {
		// (a state after "to" in a diplomatic act is its party, not its
		// place: "an invitation to Ukraine", "recognition to Kosovo")
		party := r.place != "" && c.Type == OtherDiplomatic && (r.m.Kind == mCountry || r.m.Kind == mDemonym && r.place == r.actor) && r.m.Prep == "to" && r.m.Tok > c.Tok
		if k != agent && r.m.Tok >= segA && r.m.End <= segB && r.actor != "" && (r.place == "" || party) && (r.m.Tok < c.Tok || r.m.Tok < nextTrig) {
			if (c.Type == Accession || c.Type == Founding) && r.person {
				continue
			}
			if c.Type == Visit && !c.Host && r.m.Prep == "from" && r.m.Tok > c.Tok && !r.person {
				continue // "flew in from Canada": where the visitor came from
			}
			addPerson(r)
		}
	}
	if len(actors) == 0 {
		for _, r := range rs {
			if r.actor != "" && r.place == "" {
				add(r.actor)
			}
		}
	}
	// location
	location := ""
	for _, r := range rs {
		if r.place == "" {
			continue
		}
		if c.Type == Visit && !c.Host {
			// the destination: "to Kyiv", "in Hanoi", "visited Kyiv"
			if r.m.Tok >= c.End && r.m.Tok <= c.End+4 && r.m.Tok < nextTrig && (r.m.Prep == "to" || r.m.Prep == "in" || r.m.Prep == "into" || r.m.Tok == c.End) || s.visitNounTo(c, r.m) {
				location = r.place
				break
			}
			continue
		}
		if (r.m.Prep == "in" || r.m.Prep == "at") && (r.m.Tok >= c.End && r.m.Tok <= c.End+12 && r.m.End <= segB || r.m.Tok <= 3) || r.m.End == c.Tok && c.Type != Visit {
			location = r.place
			break
		}
	}
	// a destination named by an airport ("landed at Beijing Capital
	// International Airport") or by "the city", "the capital" after a
	// capital was named: its country is the host
	if c.Type == Visit && !c.Host && location == "" {
		if city, country := x.destinationCity(s, c); city != "" {
			location = city
			add(country)
		} else if s.arrivalHere(c) {
			// "Abiy flew in on Sunday" under an Asmara dateline, "Trump flew
			// in the same evening" after "arrived in Singapore"
			host := s.laterPlace(c)
			if host == "" {
				host = x.ctx.datelineCountry
			}
			if host == "" {
				host = x.ctx.lastCityCountry
			}
			home := false // never the visitor's own state: "Yoon landed" after "Seoul"
			for _, a := range actors {
				home = home || x.ctx.countryOfPerson(a) == host
			}
			if !home {
				add(host)
			}
		}
	}
	// a visit's destination country takes part: "state visit to China"
	if c.Type == Visit && !c.Host {
		for _, r := range rs {
			if r.place != "" && (r.m.Tok >= c.End && r.m.Tok <= c.End+4 && r.m.Tok < nextTrig && (r.m.Prep == "to" || r.m.Prep == "in" || r.m.Prep == "into" || r.m.Tok == c.End) || s.visitNounTo(c, r.m)) {
				if r.m.Kind == mCountry {
					add(r.m.Name)
				} else if r.m.Kind == mCapital && r.m.Country != "" {
					add(r.m.Country)
				} else if r.m.Kind == mSeat && r.m.Country != "" {
					add(r.m.Country)
				}
			}
		}
	}
	// accessions, summits and membership steps concern the organisation the
	// text is about when the sentence names none: "at the summit in Addis
	// Ababa", "Kabul had applied for membership"
	if c.Type == Accession || c.Type == Summit || c.Type == OtherDiplomatic && (s.near(c.Tok, 2, 6, "membership", "member", "members", "join", "admit", "readmission") || c.CAMEO == "161" && isOneOf(s.lw(c.Tok), "expelled", "suspended", "withdrew") && !s.near(c.Tok, 0, 5, "diplomats", "ambassador", "envoy")) {
		hasOrg, hasPerson := false, false
		for _, a := range actors {
			hasOrg = hasOrg || organisationNames[a] || x.ctx.orgs[a] > 0
		}
		for _, r := range rs {
			hasPerson = hasPerson || r.person && r.actor != ""
		}
		if !hasOrg && !(c.Type == Summit && (hasPerson || s.near(c.Tok, 2, 0, "informal", "bilateral"))) { // "Biden ... for a summit with Nordic leaders" is not the alliance's
			add(x.ctx.mainOrg())
		} else if !hasOrg && c.Type == Summit && definiteSummit(s, c) {
			// "the leaders' first summit", "the summit itself": the one of
			// the organisation the text is about, whoever else is named
			if o := x.ctx.mainOrg(); o != "" && x.ctx.orgs[o] >= 2 {
				add(o)
			}
		}
	}
	// a signing that tells how the main clause's act was done: "Nauru and
	// China resumed relations in Beijing, when their ministers signed a
	// joint communiqué" (the states are parties to the document)
	if (c.Type == Agreement || c.Type == OtherDiplomatic) && segA >= 2 && s.lw(segA-1) == "," && isOneOf(s.lw(segA), "when", "as", "after", "where") {
		first := s.afterDateline()
		for _, r := range rs {
			if r.m.Tok >= first && r.m.Tok <= first+3 && r.m.End < segA && r.actor != "" && r.place == "" && !r.person {
				add(r.actor)
				last := r.m.End
				for _, q := range rs {
					// the states joined to it: "Somalia and Djibouti ended"
					if q.m.Tok > last && q.m.Tok <= last+2 && q.m.End < segA && isOneOf(s.lw(q.m.Tok-1), "and", ",", "the") && q.actor != "" && !q.person {
						add(q.actor)
						last = q.m.End
					}
				}
				break
			}
		}
	}
	// talks told again by a participle: "to hold talks with a Cuban leader,
	// meeting President Raúl Castro at the palace"
	if c.Type == Meeting && segB+1 < len(s.toks) && s.toks[segB].Text == "," && isOneOf(s.lw(segB+1), "meeting", "meets", "met", "joining", "receiving", "hosting") {
		for k, r := range rs {
			if r.m.Tok > segB+1 && r.m.Tok <= segB+6 && r.person && r.actor != "" && !s.commaBetween(segB+1, r.m.Tok) {
				addPerson(rs[k])
			}
		}
	}
	// talks "between A, an adviser, and B, a minister, hosted by C": the
	// second party and the host beyond the appositions
	if c.Type == Meeting && s.near(c.Tok, 0, 10, "between") {
		host := -1
		for j := c.End; j+1 < len(s.toks); j++ {
			if s.lw(j+1) == "by" && isOneOf(s.lw(j), "hosted", "mediated", "brokered", "chaired") {
				host = j + 2
				break
			}
		}
		for k, r := range rs {
			if r.m.Tok > c.End && r.person && r.actor != "" && (r.m.Prep == "and" && s.lw(r.m.Tok-2) == "," || host >= 0 && r.m.Tok >= host && r.m.Tok <= host+5) {
				addPerson(rs[k])
				if host >= 0 && r.m.Tok >= host {
					host = -1 // the host only
				}
			}
		}
	}
	// "the first Russia–Africa summit, co-chaired by Putin and Egypt's
	// President Sisi", "talks hosted by Qatar": the hosts and chairs
	if c.Type == Summit || c.Type == Meeting || c.Type == Agreement {
		for j := c.End; j+1 < len(s.toks) && j <= c.End+12; j++ {
			if s.lw(j+1) != "by" || !isOneOf(s.lw(j), "hosted", "co-hosted", "chaired", "co-chaired", "mediated", "brokered", "attended") || c.Type == Agreement && !isOneOf(s.lw(j), "mediated", "brokered") {
				continue
			}
			last := -1
			for k, r := range rs {
				if r.m.Tok < j+2 || r.place != "" {
					continue
				}
				// the first name after "by" and those joined to it by "and"
				// ("Putin and Egypt's President Sisi": the possessive state
				// joins its leader)
				joined := last < 0 && r.m.Tok <= j+6 || last >= 0 && (r.m.Tok <= last+2 && isOneOf(s.lw(r.m.Tok-1), "and", ",", "'s") || r.m.Tok == last+1)
				if !joined {
					if last >= 0 {
						break
					}
					continue
				}
				if r.actor != "" {
					addPerson(rs[k])
				} else if r.m.Modifier && r.m.Kind == mCountry {
					add(r.m.Name) // "co-hosted by Fiji's Prime Minister": the host state
				}
				last = r.m.End
			}
			break
		}
	}
	// "applied for membership in May 2022, together with Sweden"
	for k, r := range rs {
		if r.m.Tok > c.End && r.actor != "" && r.place == "" && r.m.Tok >= 2 && (s.lw(r.m.Tok-1) == "with" && isOneOf(s.lw(r.m.Tok-2), "together", "along") || s.lw(r.m.Tok-1) == "alongside" || c.Type == Meeting && s.lw(r.m.Tok-1) == "them" && s.lw(r.m.Tok-2) == "among" || c.Type == Meeting && s.lw(r.m.Tok-1) == "including" && s.lw(r.m.Tok-2) == ",") {
			addPerson(rs[k])
			// "alongside Romania's Klaus Iohannis", "with Romania's president,
			// Klaus Iohannis"
			j := k + 1
			if j+1 < len(rs) && rs[j].m.Kind == mTitle && rs[j].m.Tok <= r.m.End+1 && s.lw(rs[j].m.End) == "," && rs[j+1].m.Tok == rs[j].m.End+1 {
				j++
			} else if j < len(rs) && rs[j].m.Tok > r.m.End+1 {
				j = len(rs)
			}
			if j < len(rs) && rs[j].m.Kind == mPerson && rs[j].actor != "" {
				addPerson(rs[j])
			}
		}
	}
	// a ministerial meeting with no organisation named is one of the
	// organisation the text is about: "at a ministerial meeting in Bandar
	// Seri Begawan", "the next ministerial conference"
	if c.Type == Meeting && s.near(c.Tok, 2, 0, "ministerial") {
		hasOrg := false
		for _, a := range actors {
			hasOrg = hasOrg || organisationNames[a] || x.ctx.orgs[a] > 0
		}
		if o := x.ctx.mainOrg(); !hasOrg && o != "" && x.ctx.orgs[o] >= 2 {
			add(o)
		}
	}
	// "Kiribati followed": the same act towards the same other parties
	if c.Type == OtherDiplomatic && isOneOf(s.lw(c.Tok), "followed", "follows", "follow") && len(x.events) > 0 {
		// (not when both parties of that act are its subjects: "Israel and
		// the UAE announced..., and Bahrain followed" leaves the party open)
		if p := x.events[len(x.events)-1]; p.Type == c.Type && len(p.Actors) == 2 && !s.coordinatedStates(p.Actors[0], p.Actors[1]) {
			add(p.Actors[1])
		}
	}
	add(x.bilateralParties(s, c, actors)) // "a bilateral trade agreement" in a text about two states
	if c.Type == OtherDiplomatic || c.Type == Agreement || c.Type == Meeting {
		add(withParticipants(s, c, rs)) // ", with Presidents A and B raising the flag"
	}
	if c.Type == Meeting {
		add(relativeMeeting(s, c, rs)) // "Deng Xiaoping, whom she met on the 24th"
	}
	if c.Type == Agreement {
		add(betweenStates(s, c, rs)) // "the declaration, which restored ties between Tokyo and Moscow"
	}
	add(counterpartSubject(s, c, rs)) // "Chile's foreign minister, X, and his Bolivian counterpart, Y, met"
	if len(actors) > 12 {
		actors = actors[:12]
	}
	if actors == nil {
		actors = []string{}
	}
	return actors, location
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// eventID hashes the document id, the trigger offset and the type into a
// stable 16-hex-digit id.
func eventID(doc string, offset int, t EventType) string {
	// FNV-64a of doc, 0, the decimal offset, 0 and t, computed in place
	// (no hasher or byte slices to allocate)
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i := 0; i < len(doc); i++ {
		h = (h ^ uint64(doc[i])) * prime
	}
	h *= prime // the 0 byte
	var num [20]byte
	for _, b := range strconv.AppendInt(num[:0], int64(offset), 10) {
		h = (h ^ uint64(b)) * prime
	}
	h *= prime
	for i := 0; i < len(t); i++ {
		h = (h ^ uint64(t[i])) * prime
	}
	const digits = "0123456789abcdef"
	var out [16]byte
	for i := 15; i >= 0; i-- {
		out[i] = digits[h&15]
		h >>= 4
	}
	return string(out[:])
}

// isHeadline reports whether a sentence is a title-case headline or section
// heading: no final punctuation and most words capitalised. Headlines repeat
// the story's events in a form too terse to read actors from.
func isHeadline(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1].Text
	if isOneOf(last, ".", "!", "?", "\"", "”", "’", "'", ")") {
		return false
	}
	words, caps := 0, 0
	for _, t := range toks {
		if !t.Word || len(t.Text) <= 3 && !t.Cap {
			continue // short function words stay lower case in titles
		}
		words++
		if t.Cap {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// onToDate dates a visit written "went on to", "flew on to", "travelled
// on to" by the first dated visit reported in the sentence just before,
// else nil.
func (x *extraction) onToDate(s *sentCtx, c candidate) *Date {
	if c.Type != Visit {
		return nil
	}
	on := false
	for j := max(1, c.Tok-1); j < len(s.toks) && j <= c.End+1; j++ {
		if s.lw(j) == "on" && s.lw(j+1) == "to" && isOneOf(s.lw(j-1), "went", "moved", "travelled", "traveled", "flew", "continued", "headed", "pressed", "drove", "journeyed") {
			on = true
		}
	}
	if !on || len(s.toks) == 0 {
		return nil
	}
	start := s.toks[0].Start
	var first *Event
	for k := len(x.events) - 1; k >= 0; k-- {
		e := &x.events[k]
		if e.Source.Start >= start {
			continue // this sentence's own events
		}
		if e.Source.End > start || strings.TrimSpace(x.doc.Text[e.Source.End:start]) != "" {
			break // only the sentence just before
		}
		if e.Type == Visit && e.Status == Reported && e.Date != nil && e.Date.Known() {
			first = e
		}
	}
	if first == nil {
		return nil
	}
	d := *first.Date
	return &d
}

// ordinalBase returns the event whose days "On the third day" counts: the
// visit, summit or meeting dated to a day just before, else the current
// visit or summit frame; nil when there is none.
func (x *extraction) ordinalBase(pos int) *Event {
	if p := x.lastDated; p != nil && pos-p.lastPosOf(x) <= 2 && (p.Type == Visit || p.Type == Summit || p.Type == Meeting) && p.Date.Granularity == temporal.Day {
		return p
	}
	if f := x.frame; f != nil && f.Event.Date != nil && f.Event.Date.Known() && f.Event.Date.Granularity == temporal.Day {
		return &f.Event
	}
	// a visit dated by a count ("had landed in Beijing four days earlier")
	for k := len(x.events) - 1; k >= 0 && k >= len(x.events)-6; k-- {
		if e := &x.events[k]; e.Type == Visit && e.Status == Reported && e.Date != nil && e.Date.Known() && e.Date.Granularity == temporal.Day {
			return e
		}
	}
	return nil
}

// ordinalDayLink reads a sentence opening with a day counted in the event
// just reported ("On the third day", "On day two", "On the second day of
// the visit") and returns the count, else 0.
func (s *sentCtx) ordinalDayLink() int {
	i := 0
	if s.lw(0) == "on" {
		i = 1
	}
	if s.lw(i) == "the" && s.lw(i+2) == "day" {
		return dayOrdinals[s.lw(i+1)]
	}
	if s.lw(i) == "day" {
		return dayNumbers[s.lw(i+1)]
	}
	return 0
}

// dayOrdinals and dayNumbers count the days of a visit ("the third day",
// "day two").
var (
	dayOrdinals = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
	dayNumbers  = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5}
)

// documentNouns name documents that states sign.
var documentNouns = map[string]bool{"agreement": true, "agreements": true, "treaty": true, "accord": true, "memorandum": true,
	"memorandums": true, "memoranda": true, "pact": true, "deal": true, "declaration": true, "protocol": true,
	"communique": true, "communiqué": true, "convention": true, "charter": true}

// secondDocument returns the token of a second document in the object of
// the signing verb c ("signed a reciprocal access agreement and a
// memorandum on minerals"), or 0. The first must be a document too, and
// the second come within four words of "and" in the same clause.
func (s *sentCtx) secondDocument(c candidate) int {
	saw := false
	for j := c.Tok + 1; j < len(s.toks) && j <= c.Tok+20; j++ {
		w := s.toks[j].Lower
		if isOneOf(w, ".", ";", ",", "which", "that", "who", "while", "but", ":") {
			return 0
		}
		if documentNouns[w] {
			saw = true
			continue
		}
		if w == "and" && saw && isOneOf(s.lw(j+1), "a", "an", "the", "two", "three", "several") {
			for k := j + 2; k < len(s.toks) && k <= j+5; k++ {
				if documentNouns[s.toks[k].Lower] {
					return k
				}
				if !s.toks[k].Word || isOneOf(s.toks[k].Lower, "of", "on", "for", "with", "in", "to") {
					break
				}
			}
			return 0
		}
	}
	return 0
}

// eachParty reports whether the "each" in the five words before token i
// names the parties of one act ("each side sent home four diplomats",
// "each of the two governments recalled its envoy"), not a habit.
func (s *sentCtx) eachParty(i int) bool {
	for j := max(0, i-5); j < i; j++ {
		if s.toks[j].Lower == "each" && isOneOf(s.lw(j+1), "side", "country", "capital", "government", "state", "nation", "party", "other", "of") {
			return true
		}
	}
	return false
}

// isDeck reports whether a sentence is a headline or standfirst written in
// sentence case ("Beijing woos leaders on the eve of the summit"): short
// lines without final punctuation that end where the line ends. Timeline
// entries ("• 1951 — ...", "4 September: ...") and dated lines stay.
func isDeck(text string, si *sentInfo) bool {
	toks := si.toks
	if len(toks) == 0 || endsSentence(toks) || len(toks) > 40 {
		return false
	}
	if e := si.span.End; e < len(text) && text[e] != '\n' && text[e] != '\r' {
		return false
	}
	f := toks[0]
	if !f.Word || !f.Cap || isDigitStart(f.Lower) || monthWord(f.Lower) {
		return false // a bullet, a number, a date
	}
	for _, t := range toks {
		if t.Text == ":" || t.isBreakDash() {
			return false
		}
	}
	return len(si.timexes) == 0 || strings.IndexByte(si.span.Text, '\n') > 0
}

// isQuestion reports whether a sentence is a question ("Can a summit in
// Hanoi rescue the talks?"): it asks about an event rather than reporting one.
func isQuestion(toks []token) bool {
	n := len(toks)
	for n > 0 && isOneOf(toks[n-1].Text, "\"", "”", "’", "'", ")") {
		n--
	}
	return n > 0 && toks[n-1].Text == "?"
}

// endsSentence reports whether the last token is final punctuation.
func endsSentence(toks []token) bool {
	return len(toks) > 0 && isOneOf(toks[len(toks)-1].Text, ".", "!", "?", "\"", "”", "’", "'", ")")
}

// isLabel reports whether a sentence is a short label introducing a list
// ("Accession dates of members:").
func isLabel(toks []token) bool {
	return len(toks) > 0 && len(toks) < 10 && toks[len(toks)-1].Text == ":"
}

// lastPosOf returns the sentence index of the last dated event.
func (e *Event) lastPosOf(x *extraction) int { return x.lastPos }

// closeDates reports whether two dates are at most 31 days apart (or either
// is not on the calendar).
func closeDates(a, b Date) bool {
	if !a.Known() || !b.Known() {
		return true
	}
	d := a.First().Sub(b.First())
	if d < 0 {
		d = -d
	}
	return d <= 31*24*time.Hour
}

// absDays returns the absolute number of days between two dates.
func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// dateValue returns the TIMEX3 value of d, or "" for nil.
func dateValue(d *Date) string {
	if d == nil {
		return ""
	}
	return d.Value
}

// labelType returns the event type a list label announces ("Accession
// dates of post-Cold War members:", "Among the economies admitted since
// then:"), or "".
func labelType(toks []token) EventType {
	for _, t := range toks {
		switch t.Lower {
		case "admitted", "joined", "join", "members", "member", "accession", "accessions", "entry", "acceded":
			return Accession
		case "signed", "agreements", "treaties", "accords", "signatories":
			return Agreement
		case "visits", "visited", "trips":
			return Visit
		case "summits":
			return Summit
		}
	}
	return ""
}

// listItemEvent reads an item of a list announced by a label: a name, a
// dash or colon, and a date ("China — 11 December 2001").
func (x *extraction) listItemEvent(si *sentInfo, pos int) {
	if len(si.mentions) == 0 || len(si.timexes) == 0 {
		return
	}
	m := si.mentions[0]
	if m.Tok != 0 || m.End >= len(si.toks) || !(m.Kind == mCountry || m.Kind == mOrg || m.Kind == mPerson) {
		return
	}
	if sep := si.toks[m.End]; !(sep.isBreakDash() || isOneOf(sep.Text, ":", "(", ",", "-", "–", "—")) {
		return
	}
	s := &x.sc // one sentence context per call, reset for each sentence
	*s = sentCtx{toks: si.toks, mentions: si.mentions, doc: x.ctx, text: x.doc.Text, cands: s.cands[:0], idsBuf: s.idsBuf, kindsBuf: s.kindsBuf}
	c := candidate{Type: si.listType, CAMEO: CAMEO(si.listType), Tok: 0, End: m.End, Strength: 0.45}
	s.cands = []candidate{c}
	e, own := x.buildEvent(s, si, pos, c, s.cands)
	if own {
		x.finish(s, c, &e)
		x.events = append(x.events, e)
		x.record(e)
	}
}

// workspace holds the buffers of one Extract call, reused by later calls.
type workspace struct {
	sents    []sentInfo
	scratch  []token
	kept     []token
	mentions []mention
	spans    []sentence.Span
	// the extraction's buffers: x.rs and x.sc's candidates and clauses
	rs    []resolved
	cands []candidate
	ids   []int
	kinds []clauseKind
}

var scratchPool = sync.Pool{New: func() any { return new(workspace) }}

// release clears the buffers (so that they hold no document text) and
// returns the workspace to the pool unless it grew very large.
func (w *workspace) release() {
	if cap(w.kept) > 1<<18 || cap(w.sents) > 1<<15 {
		return // a huge document: let the garbage collector have it
	}
	// sents, kept and mentions were only written up to their length (the
	// rest is still clear from the last release); scratch and rs were
	// resliced beyond theirs
	clear(w.sents)
	clear(w.scratch[:cap(w.scratch)])
	clear(w.kept)
	clear(w.mentions)
	clear(w.spans)
	clear(w.rs[:cap(w.rs)])
	w.sents, w.scratch, w.kept, w.mentions = w.sents[:0], w.scratch[:0], w.kept[:0], w.mentions[:0]
	w.rs, w.cands, w.ids, w.kinds, w.spans = w.rs[:0], w.cands[:0], w.ids[:0], w.kinds[:0], w.spans[:0]
	scratchPool.Put(w)
}

// seenEvents summarises the events of one type extracted so far.
type seenEvents struct {
	last   int      // index of the latest in x.events
	actors []string // every actor, once
	agents []string // first actors, once
	buf    [12]string
}

// record adds an event to the summary of events seen.
func (x *extraction) record(e Event) {
	if x.seen == nil {
		x.seen = map[EventType]*seenEvents{}
	}
	se := x.seen[e.Type]
	if se == nil {
		se = &seenEvents{}
		se.actors, se.agents = se.buf[:0:8], se.buf[8:8:12] // one allocation for a few actors
		x.seen[e.Type] = se
	}
	se.last = len(x.events) - 1 // record is called right after the append
	for _, a := range e.Actors {
		if !contains(se.actors, a) {
			se.actors = append(se.actors, a)
		}
	}
	if len(e.Actors) > 0 && !contains(se.agents, e.Actors[0]) {
		se.agents = append(se.agents, e.Actors[0])
	}
}

// destinationCity reads a visit's destination written as an airport of a
// capital ("arrived at Beijing Capital International Airport") or as "the
// city" or "the capital" standing for the capital named last. It returns
// the city and its country, or "" when the destination is neither.
func (x *extraction) destinationCity(s *sentCtx, c candidate) (string, string) {
	k := c.End
	if isOneOf(s.lw(k), "north", "south", "east", "west", "on") {
		k++ // "flying north to the capital"
	}
	if !isOneOf(s.lw(k), "in", "at", "to") {
		return "", ""
	}
	k++
	if s.lw(k) == "the" && isOneOf(s.lw(k+1), "city", "capital") && !(k+2 < len(s.toks) && s.toks[k+2].Cap) {
		return x.ctx.lastCity, x.ctx.lastCityCountry
	}
	for j := k; j < len(s.toks) && j <= k+6; j++ {
		if s.lw(j) != "airport" {
			if !s.toks[j].Cap && !isOneOf(s.lw(j), "the", "'s", "international", "main", "military") {
				break // "landed at Pyongyang's Sunan airport" reads on
			}
			continue
		}
		for i := k; i < j; i++ {
			if city, country, ok := lookupCapital(s.toks[i].Text); ok {
				return city, country
			}
		}
		break
	}
	return "", ""
}

// inDocumentName reports whether a place is part of the name of a treaty,
// charter or declaration: "the Treaty of Lisbon", "the Charter of Paris",
// "the Declaration of Principles".
func (s *sentCtx) inDocumentName(m mention) bool {
	return s.lw(m.Tok-1) == "of" && m.Tok >= 2 && s.toks[m.Tok-2].Cap && isOneOf(s.lw(m.Tok-2), "treaty", "charter", "declaration", "protocol", "accord", "accords", "convention", "agreement", "communique", "communiqué", "pact", "statute", "act")
}

// visitObject reports whether token i directly follows a visit trigger of
// the sentence: the place visited ("visited Hanoi and travelled to Tokyo").
func (s *sentCtx) visitObject(i int) bool {
	for _, o := range s.cands {
		if o.Type == Visit && !o.Host && o.End == i {
			return true
		}
	}
	return false
}

// repeats reports whether an event whose date was inherited restates the
// last event of its type: the same date and no actor the other lacks.
func (x *extraction) repeats(e Event) bool {
	se := x.seen[e.Type]
	if se == nil {
		return false
	}
	last := &x.events[se.last]
	if e.Date == nil || last.Date == nil || last.Date.Value != e.Date.Value {
		return false
	}
	for _, a := range e.Actors {
		if !contains(last.Actors, a) {
			return false
		}
	}
	return len(e.Actors) > 0
}

// sovietEnd is the day after the Soviet Union was dissolved.
var sovietEnd = time.Date(1991, 12, 26, 0, 0, 0, 0, time.UTC)

// atThatTime reports whether the sentence places itself at the time of the
// one before: "at the time", "at that time", "at the same time".
func (s *sentCtx) atThatTime() bool {
	for i := range s.toks {
		if s.lw(i) == "at" && (isOneOf(s.lw(i+1), "the", "that") && s.lw(i+2) == "time" || s.lw(i+1) == "the" && s.lw(i+2) == "same" && s.lw(i+3) == "time") {
			return !isOneOf(s.lw(i+3), "of", "when") && !isOneOf(s.lw(i+4), "of", "when")
		}
	}
	return false
}

// finalDayLink reports whether the sentence opens with "On the final
// evening", "On the last day": the last day of the range just reported.
func (s *sentCtx) finalDayLink() bool {
	return s.lw(0) == "on" && isOneOf(s.lw(1), "the", "its", "their", "his", "her") && isOneOf(s.lw(2), "final", "last", "closing") && isOneOf(s.lw(3), "day", "evening", "night", "morning", "afternoon")
}

// restatedAgreement reports whether agreement trigger c is the participle
// of a definite agreement noun opening the sentence: "The memorandum,
// agreed in Sochi on Monday, ...".
func (s *sentCtx) restatedAgreement(c candidate) bool {
	k := c.Tok - 1
	if s.lw(k) == "," {
		k--
	}
	return s.lw(c.Tok) == "agreed" && k >= 1 && k <= 3 && isOneOf(s.lw(k), agreementNouns...) && isOneOf(s.lw(0), "the", "this", "that")
}

// dedupe removes repeated names, keeping the first of each.
func dedupe(names []string) []string {
	out := names[:0]
	for _, n := range names {
		if !contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// countriesAfterColon returns the countries listed after the first ":"
// following token i.
func (s *sentCtx) countriesAfterColon(i int) []string {
	colon := -1
	for j := i; j < len(s.toks); j++ {
		if s.lw(j) == ":" {
			colon = j
			break
		}
	}
	if colon < 0 {
		return nil
	}
	var cs []string
	for _, m := range s.mentions {
		if m.Tok > colon && m.Kind == mCountry && !m.Modifier && !contains(cs, m.Name) {
			cs = append(cs, m.Name)
		}
	}
	return cs
}

// meetingLink reports whether the sentence opens by placing itself in the
// meeting just reported: "At the meeting,", "During the talks,".
func (s *sentCtx) meetingLink() bool {
	return isOneOf(s.lw(0), "at", "during") && isOneOf(s.lw(1), "the", "that", "this", "their") && isOneOf(s.lw(2), "meeting", "talks", "call", "summit", "session") && s.lw(3) == ","
}

// namesOrg reports whether a mention after k names the organisation o.
func (s *sentCtx) namesOrg(o string, k int) bool {
	for _, m := range s.mentions[k+1:] {
		if m.Kind == mOrg && m.Name == o && o != "" {
			return true
		}
	}
	return false
}

// sequenceLink reports whether the sentence links itself to the one before
// in time: "then", "hours later", "shortly afterwards", or "there" as a
// place ("There he met..."), not the existential "there was". A bare
// "later" ("he later met Duda") may be days on: no link.
func (s *sentCtx) sequenceLink() bool {
	for i, t := range s.toks {
		switch t.Lower {
		case "then":
			return true
		case "afterwards", "afterward", "later", "earlier":
			if isOneOf(s.lw(i-1), "hours", "minutes", "moments", "shortly") {
				return true
			}
			// "In talks afterwards the two men said": right after the
			// event just reported
			if t.Lower != "later" && t.Lower != "earlier" && i <= 3 {
				return true
			}
			// "Later in the day", "Earlier in the afternoon"
			if s.lw(i+1) == "in" && s.lw(i+2) == "the" && isOneOf(s.lw(i+3), "day", "morning", "afternoon", "evening") {
				return true
			}
		case "there":
			if !isOneOf(s.lw(i+1), "is", "was", "were", "are", "has", "have", "had", "will", "would", "seems", "seemed", "may", "might", "could", "remain", "remains") {
				return true
			}
		}
	}
	return false
}

// reportDate reports whether d is the date of a trailing report (",
// the foreign ministry said on Sunday"): the day a plan was announced, not
// the day it is for.
func (s *sentCtx) reportDate(xs []temporal.Timex, d *Date, c candidate) bool {
	for _, x := range xs {
		if x.Date == nil || x.Date.Value != d.Value {
			continue
		}
		ti := s.timexTok(x)
		if ti < c.End && s.otherEventsDate(ti, c) {
			return true
		}
		if ti == 0 && x.Type == temporal.TypeTime && s.stampEnd(x) {
			return true // "14:10 — ... talks will take place": the time of the entry
		}
		if ti < c.Tok && (c.Type == Meeting || c.Type == Visit || c.Type == Summit) && s.saidOn(ti, c) {
			return true // "Blinken said on Tuesday he would meet Wang Yi": the day of the saying
		}
		if ti < c.End {
			continue // a report before the plan: "said on Friday it would reopen"
		}
		for j := ti - 1; j >= c.End && j >= ti-8; j-- {
			if s.toks[j].Text == "," {
				break
			}
			// (a report verb before the plan, "said he would visit Rabat
			// next month", leaves the date to the plan)
			if isOneOf(s.lw(j), "said", "says", "announced", "told", "confirmed", "reported", "added", "stated") {
				// the report follows a comma: ", the ministry said on Sunday"
				for k := j - 1; k >= 0 && k >= j-6; k-- {
					if s.toks[k].Text == "," {
						return true
					}
				}
				return false
			}
		}
	}
	return false
}

// otherEventsDate reports whether the date at token ti, before plan c,
// dates another event reported before the verb that reports the plan:
// "severing relations that same day, and said it would shut its embassy".
func (s *sentCtx) otherEventsDate(ti int, c candidate) bool {
	r := -1
	for j := ti + 1; j < c.Tok; j++ {
		if isOneOf(s.lw(j), "said", "says", "announced", "added", "warned", "declared") {
			r = j
		}
	}
	if r < 0 {
		return false
	}
	for _, o := range s.cands {
		if o.Tok != c.Tok && o.Type != "" && !o.Nominal && o.Tok < r && o.Tok >= ti-8 {
			return true
		}
	}
	return false
}

// modalAfter reports whether a modal verb follows the noun phrase that
// ends at token i ("Talks with Beijing should be conditional").
func (s *sentCtx) modalAfter(i int) bool {
	for k := i; k < len(s.toks) && k <= i+5; k++ {
		if isOneOf(s.lw(k), "should", "must", "could", "would", "might", "need", "ought") {
			return true
		}
		if !s.toks[k].Word || isOneOf(s.lw(k), "is", "are", "was", "were", "will", "have", "has", "had") {
			return false
		}
	}
	return false
}

// finish gives an event that is kept its summary and id (not computed for
// candidates that are dropped).
func (x *extraction) finish(s *sentCtx, c candidate, e *Event) {
	phrase := ""
	if c.Type == OtherDiplomatic {
		phrase = s.phraseAfter(c, 4)
	}
	e.Summary = summarize(*e, c, phrase)
	e.ID = eventID(x.doc.ID, s.toks[c.Tok].Start, e.Type)
}
