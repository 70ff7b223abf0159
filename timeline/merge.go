package timeline

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Merge joins reports of the same event from different documents into one
// event whose Sources list every report. It is deliberately conservative: a
// wrong merge hides an event and can carry a wrong date, while a missed merge
// only repeats one.
//
// Two events are the same when all of these hold:
//   - they come from different documents: two events of one text are two
//     events (a visit's separate meetings with several officials on the same
//     days stay apart; the extractor links mentions within a text);
//   - same Type and same Status (a planned visit is not joined with a
//     reported one);
//   - both dates are known (on the calendar), at the same granularity and
//     with the same modifier ("early 2023" and "late 2023", "before 2014"
//     and "2014" are different dates), and their spans share at least one day (a range "October 21–22" joins
//     "October 22"; "October 2024" never joins "October 22, 2024"). Events
//     with no date or a partly unknown date ("XXXX-10-21") are never merged:
//     nothing shows that two undated reports are the same occurrence;
//   - they share actors once names are normalised (case, punctuation,
//     accents and a leading "the" ignored; a one-word name matches a longer
//     name ending with it, "Stoltenberg" and "Jens Stoltenberg"): all of
//     them when either event has a single actor, at least two otherwise, so
//     that "Biden met Xi" and "Biden met Erdogan" on one day stay apart.
//     Events with no actors are never merged;
//   - their locations, when both are stated, are the same once normalised.
//
// A group is only formed when every pair in it is the same (no chaining of
// "A overlaps B overlaps C" into one event when A and C do not meet).
//
// The merged event takes its ID, summary, date, trigger and source from its
// best report (highest confidence, then a range over a single date, then the
// earliest); its Confidence is the best, Actors the union in order of first
// mention (a surname alone dropped beside the full name), Location the first
// stated, and Sources every source (the best first, then input order,
// duplicates dropped; sources of events merged earlier are flattened).
// Events that join nothing are returned unchanged. Output keeps the input
// order of each group's first event; the result is the same for the same
// input. The input slice is not modified.
func Merge(events []Event) []Event {
	n := len(events)
	if n < 2 {
		return append([]Event(nil), events...)
	}
	keys := make([]mergeKey, n)
	for i := range events {
		keys[i] = newMergeKey(&events[i])
	}
	// Candidates in order of first day, so that a group whose last day is
	// before the current event's first can be retired for good.
	order := make([]int, 0, n)
	for i := range events {
		if keys[i].mergeable {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		return keys[order[a]].firstDay < keys[order[b]].firstDay
	})
	// A cluster keeps its members' distinct keys (date span, location,
	// actors) once each, with the union of their documents: an event agrees
	// with every member of a kind exactly when it agrees with the kind and
	// shares no document with any of them. Many reports of one event then
	// cost one comparison, not one per report.
	type kind struct {
		key  *mergeKey // the first member's key
		docs map[string]bool
	}
	type cluster struct {
		seq     int // creation order: the first cluster that fits is joined
		kinds   map[string]*kind
		list    []*kind // kinds in order of arrival, for determinism
		members []int
		last    int64           // latest last day among members, Unix days
		tokens  map[string]bool // names and surnames it is indexed under
		doc     string          // the one document of all its members, "" for several
	}
	// tokenClusters are the clusters indexed under a name. onlyDoc is set
	// when they all hold reports of that one document only: an event of
	// that document joins none of them (no two reports of one document
	// merge), so they are not even looked at, and the many reports of one
	// long text on one day are not each compared with all the others.
	type tokenClusters struct {
		list    []*cluster
		onlyDoc string
	}
	var clusters []*cluster
	// Two reports share at least one actor name (or a surname), so a
	// cluster is only a candidate for an event when it is indexed under one
	// of the event's names or surnames: each event is compared with the
	// clusters of its actors, not with every cluster of its day. Clusters
	// that ended before the current event's first day are dropped from the
	// index as they are met (events come in order of first day).
	index := map[string]map[string]*tokenClusters{} // bucket → name or surname → clusters
	var cands []*cluster
	seen := map[*cluster]bool{}
	for _, i := range order {
		k := &keys[i]
		idx := index[k.bucket]
		if idx == nil {
			idx = map[string]*tokenClusters{}
			index[k.bucket] = idx
		}
		cands = cands[:0]
		clear(seen)
		for _, tokens := range []map[string]bool{k.actors, k.surnames} {
			for tok := range tokens {
				tc := idx[tok]
				if tc == nil || tc.onlyDoc != "" && k.docs[tc.onlyDoc] {
					continue
				}
				list := tc.list
				kept := list[:0]
				for _, c := range list {
					if c.last < k.firstDay {
						continue // retired for good
					}
					kept = append(kept, c)
					if !seen[c] {
						seen[c] = true
						cands = append(cands, c)
					}
				}
				if len(kept) == 0 {
					delete(idx, tok)
				} else {
					tc.list = kept
				}
			}
		}
		slices.SortFunc(cands, func(a, b *cluster) int { return a.seq - b.seq })
		var joined *cluster
		for _, c := range cands {
			ok := true
			for _, kd := range c.list {
				if !sameEventDocs(k, kd.key, kd.docs) {
					ok = false
					break
				}
			}
			if ok {
				joined = c
				break
			}
		}
		if joined == nil {
			joined = &cluster{seq: len(clusters), kinds: map[string]*kind{}, last: k.lastDay, tokens: map[string]bool{}}
			if len(k.docs) == 1 {
				for d := range k.docs {
					joined.doc = d
				}
			}
			clusters = append(clusters, joined)
		} else if joined.doc != "" {
			// k is of another document (it joined): the cluster's names
			// no longer list clusters of one document only
			joined.doc = ""
			for tok := range joined.tokens {
				if tc := idx[tok]; tc != nil {
					tc.onlyDoc = ""
				}
			}
		}
		joined.members = append(joined.members, i)
		joined.last = max(joined.last, k.lastDay)
		sig := k.signature()
		kd := joined.kinds[sig]
		if kd == nil {
			kd = &kind{key: k, docs: map[string]bool{}}
			joined.kinds[sig] = kd
			joined.list = append(joined.list, kd)
			for _, tokens := range []map[string]bool{k.actors, k.surnames} {
				for tok := range tokens {
					if !joined.tokens[tok] {
						joined.tokens[tok] = true
						tc := idx[tok]
						if tc == nil {
							tc = &tokenClusters{onlyDoc: joined.doc}
							idx[tok] = tc
						} else if tc.onlyDoc != joined.doc {
							tc.onlyDoc = ""
						}
						tc.list = append(tc.list, joined)
					}
				}
			}
		}
		for d := range k.docs {
			kd.docs[d] = true
		}
	}
	group := make([]int, n) // event index → group id (its first member's index)
	for i := range group {
		group[i] = i
	}
	for _, c := range clusters {
		if len(c.members) < 2 {
			continue
		}
		lead := slices.Min(c.members)
		for _, m := range c.members {
			group[m] = lead
		}
	}
	members := map[int][]int{}
	for i := range events {
		members[group[i]] = append(members[group[i]], i)
	}
	out := make([]Event, 0, len(members))
	for i := range events {
		if group[i] != i {
			continue
		}
		ms := members[i]
		if len(ms) == 1 {
			out = append(out, events[i])
			continue
		}
		out = append(out, mergeGroup(events, ms))
	}
	return out
}

// mergeKey holds what Merge compares, computed once per event.
type mergeKey struct {
	mergeable         bool
	bucket            string
	firstDay, lastDay int64
	actors            map[string]bool // normalised names, bare surnames dropped
	surnames          map[string]bool // last words of names of two words or more
	location          string
	docs              map[string]bool // documents of the event's sources
}

func newMergeKey(e *Event) mergeKey {
	if e.Date == nil || !e.Date.Known() || len(e.Actors) == 0 {
		return mergeKey{}
	}
	k := mergeKey{
		mergeable: true,
		bucket:    string(e.Type) + "|" + string(e.Status) + "|" + string(e.Date.Granularity) + "|" + e.Date.Mod,
		firstDay:  e.Date.First().Unix() / 86400,
		lastDay:   e.Date.Last().Unix() / 86400,
		actors:    map[string]bool{},
		surnames:  map[string]bool{},
		location:  normName(e.Location),
		docs:      map[string]bool{e.Source.Document: true},
	}
	for _, s := range e.Sources {
		k.docs[s.Document] = true
	}
	for _, a := range dropSurnames(append([]string(nil), e.Actors...)) {
		if n := normName(a); n != "" {
			k.actors[n] = true
			if i := strings.LastIndexByte(n, ' '); i >= 0 {
				k.surnames[n[i+1:]] = true
			}
		}
	}
	if len(k.actors) == 0 {
		return mergeKey{}
	}
	return k
}

// signature identifies what sameEventDocs compares besides documents: two
// keys with the same signature agree with the same events.
func (k *mergeKey) signature() string {
	actors := make([]string, 0, len(k.actors))
	for a := range k.actors {
		actors = append(actors, a)
	}
	sort.Strings(actors)
	return fmt.Sprintf("%s\x00%d\x00%d\x00%s\x00%s", k.bucket, k.firstDay, k.lastDay, k.location, strings.Join(actors, "\x00"))
}

// sameEventDocs compares two mergeable keys in the same bucket, bDocs
// standing for the documents of b (or of every report of b's kind).
func sameEventDocs(a, b *mergeKey, bDocs map[string]bool) bool {
	if a.bucket != b.bucket || a.firstDay > b.lastDay || b.firstDay > a.lastDay {
		return false
	}
	if a.location != "" && b.location != "" && a.location != b.location {
		return false
	}
	for d := range a.docs {
		if bDocs[d] {
			return false
		}
	}
	need := min(2, len(a.actors), len(b.actors))
	return max(sharedActors(a, b), sharedActors(b, a)) >= need
}

// sharedActors counts the names of a that are names of b, or one-word names
// of a that are the last word of a longer name of b ("Stoltenberg" and "Jens
// Stoltenberg").
func sharedActors(a, b *mergeKey) int {
	n := 0
	for name := range a.actors {
		if b.actors[name] || (!strings.Contains(name, " ") && b.surnames[name]) {
			n++
		}
	}
	return n
}

// normName folds a name for comparison: lower case, accents and punctuation
// dropped, spaces collapsed, a leading "the " removed ("The U.S." → "us").
func normName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		r = foldAccent(r)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case unicode.IsSpace(r) || r == '-' || r == '–' || r == '/':
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// foldAccent maps common Latin letters with diacritics to their base letter.
func foldAccent(r rune) rune {
	if r < 0xC0 {
		return r
	}
	const from = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿźżžšśşţťłđ"
	const to = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnooooooooouuuuuuuuyyzzzsssttld"
	if i := strings.IndexRune(from, r); i >= 0 {
		return []rune(to)[len([]rune(from[:i]))]
	}
	return r
}

// mergeGroup builds one event from the events at indexes ms (ascending).
func mergeGroup(events []Event, ms []int) Event {
	best := ms[0]
	for _, m := range ms[1:] {
		if better(&events[m], &events[best]) {
			best = m
		}
	}
	e := events[best]
	e.Actors = nil
	e.Sources = nil
	seenActor := map[string]bool{}
	addActors := func(as []string) {
		for _, a := range as {
			if n := normName(a); n != "" && !seenActor[n] {
				seenActor[n] = true
				e.Actors = append(e.Actors, a)
			}
		}
	}
	addActors(events[best].Actors)
	seenSource := map[Source]bool{}
	addSources := func(ev *Event) {
		srcs := ev.Sources
		if len(srcs) == 0 {
			srcs = []Source{ev.Source}
		}
		for _, s := range srcs {
			if !seenSource[s] {
				seenSource[s] = true
				e.Sources = append(e.Sources, s)
			}
		}
	}
	addSources(&events[best])
	for _, m := range ms {
		ev := &events[m]
		addActors(ev.Actors)
		addSources(ev)
		if e.Location == "" {
			e.Location = ev.Location
		}
		e.Confidence = max(e.Confidence, ev.Confidence)
	}
	e.Actors = dropSurnames(e.Actors)
	e.Source = e.Sources[0]
	if len(e.Sources) == 1 {
		e.Sources = nil // the same sentence reported twice is one source
	}
	return e
}

// dropSurnames removes one-word names that end a longer name of the list
// ("Stoltenberg" beside "Jens Stoltenberg").
func dropSurnames(actors []string) []string {
	last := map[string]bool{}
	for _, a := range actors {
		if n := normName(a); strings.Contains(n, " ") {
			last[n[strings.LastIndexByte(n, ' ')+1:]] = true
		}
	}
	out := actors[:0]
	for _, a := range actors {
		if n := normName(a); strings.Contains(n, " ") || !last[n] {
			out = append(out, a)
		}
	}
	return out
}

// better reports whether a is a better representative than b (b comes first
// in the input when they tie).
func better(a, b *Event) bool {
	if a.Confidence != b.Confidence {
		return a.Confidence > b.Confidence
	}
	return a.Date.IsRange() && !b.Date.IsRange()
}
