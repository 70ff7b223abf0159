package echarts

import (
	"math"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// Layout limits. They keep the chart readable with thousands of events.
const (
	// maxSubLanes is the most rows a lane is split into for overlapping
	// items; beyond it items share rows.
	maxSubLanes = 8
	// maxActorLanes is the most actors given their own lane in the actor
	// view; the others share one "other actors" lane.
	maxActorLanes = 24
	// focusShare is the share of dated events the initial zoom must show;
	// the timeline opens zoomed on the shortest period holding them when
	// that period is shorter than focusMaxSpan of the whole span.
	focusShare   = 0.5
	focusMaxSpan = 0.15
	// maxLabelled is the most dated events whose summaries are written
	// beside their marks; more would be clutter (the tooltips remain).
	maxLabelled = 60
	// maxMonthBuckets is the longest span, in months, drawn month by month;
	// longer spans are counted per year.
	maxMonthBuckets = 240
	// subLaneHeight and minLaneHeight size the timeline, in CSS pixels.
	subLaneHeight = 18
	minLaneHeight = 44
	// markersAcross is how many markers fit side by side across the chart
	// in its opening view: sub-lanes are assigned as if each item were at
	// least that wide.
	markersAcross = 90
	// chartChrome is the height taken by the legend, axis and zoom slider.
	chartChrome    = 150
	minChartHeight = 300
	maxChartHeight = 2200
)

const day = 24 * time.Hour

// Item flags, bit by bit, in field 6 of an item.
const (
	flagInferred   = 1 << iota // the year was inferred: drawn hollow
	flagSpan                   // drawn as a bar from start to end
	flagVague                  // a single coarse date (month, year...): "sometime in"
	flagUnreported             // planned, hypothetical or negated: drawn faded
)

// item is one drawn mark: start and end in Unix milliseconds (end exclusive;
// equal to start for a point), lane, sub-lane, number of sub-lanes in the
// lane, event index, flags, and the time to the start of the next item in
// the same row (0 when it is the last), which bounds its label. It is
// written as a JSON array of numbers.
type item [8]int64

// typeInfo is an event type as shown: its key, label and colour.
type typeInfo struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Color string `json:"color"`
}

// docInfo is a document as shown in tooltips and the table.
type docInfo struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	URL   string `json:"url,omitempty"`
}

// eventInfo is an event as shown in tooltips and the table.
type eventInfo struct {
	ID         string   `json:"id"`
	Type       int      `json:"t"`
	Date       string   `json:"d"`
	Value      string   `json:"v,omitempty"`
	Sort       int64    `json:"k"`
	Dated      bool     `json:"dt"`
	Inferred   bool     `json:"inf,omitempty"`
	Status     string   `json:"st,omitempty"`
	Summary    string   `json:"su"`
	Actors     []string `json:"a"`
	Location   string   `json:"l,omitempty"`
	Trigger    string   `json:"tr,omitempty"`
	Confidence float64  `json:"c"`
	Sentence   string   `json:"se"`
	Doc        int      `json:"doc"`
	// More counts the other sentences merged into this event; Also lists
	// the other documents they come from.
	More int   `json:"more,omitempty"`
	Also []int `json:"also,omitempty"`
}

// laneView is one arrangement of the timeline: lane names and, per type
// series, the items to draw.
type laneView struct {
	Lanes  []string `json:"lanes"`
	Series [][]item `json:"series"`
	Height int      `json:"height"`
}

// model is everything the report shows, computed once from a Result.
type model struct {
	Types  []typeInfo
	Docs   []docInfo
	Events []eventInfo
	// Series lists the indexes in Types of the types with dated events, in
	// order: one chart series each.
	Series []int
	// ByType and ByActor are the two lane views.
	ByType, ByActor laneView
	// Min and Max bound the dated events, in Unix milliseconds.
	Min, Max int64
	// Buckets are the labels of the per-month (or per-year) chart, Counts
	// its values per series, PerYear tells which unit was used, and
	// Uncounted how many dated events were too coarse to count.
	Buckets   []string
	Counts    [][]int
	PerYear   bool
	Uncounted int
	// FocusFrom and FocusTo bound the period the timeline opens on, in
	// Unix milliseconds; both are zero when it opens on everything.
	// Focused counts the dated events that start inside it.
	FocusFrom, FocusTo int64
	Focused            int
	// Dated, Undated and Inferred count events.
	Dated, Undated, Inferred int
	// First and Last are the first and last days covered by dated events.
	First, Last time.Time
}

// typeLabels names the known event types.
var typeLabels = map[timeline.EventType]string{
	timeline.Visit:           "Visit",
	timeline.Meeting:         "Meeting",
	timeline.Summit:          "Summit",
	timeline.Accession:       "Accession",
	timeline.Agreement:       "Agreement",
	timeline.Founding:        "Founding",
	timeline.OtherDiplomatic: "Other diplomatic",
}

// typeColors colours the known event types; unknown types take extraColors
// in turn.
var typeColors = map[timeline.EventType]string{
	timeline.Visit:           "#2f6fd0",
	timeline.Meeting:         "#2e9d5b",
	timeline.Summit:          "#e08a1e",
	timeline.Accession:       "#8a4fc7",
	timeline.Agreement:       "#d0463b",
	timeline.Founding:        "#169c9c",
	timeline.OtherDiplomatic: "#6f7783",
}

var extraColors = []string{"#b5892b", "#c2477f", "#4a5cc4", "#5d8a2e", "#9c5a3c"}

// buildModel arranges a Result for display.
func buildModel(res timeline.Result) *model {
	m := &model{}

	// Types: the known ones in their fixed order, then unknown ones by name.
	present := map[timeline.EventType]bool{}
	for _, e := range res.Events {
		present[e.Type] = true
	}
	typeIndex := map[timeline.EventType]int{}
	usedLabels := map[string]bool{}
	addType := func(t timeline.EventType) {
		label, ok := typeLabels[t]
		color := typeColors[t]
		if !ok {
			label = safeLabel(string(t))
			color = extraColors[(len(m.Types))%len(extraColors)]
		}
		for base, n := label, 2; usedLabels[label]; n++ {
			label = base + " " + itoa(n)
		}
		usedLabels[label] = true
		typeIndex[t] = len(m.Types)
		m.Types = append(m.Types, typeInfo{Key: string(t), Label: label, Color: color})
	}
	for _, t := range timeline.EventTypes {
		if present[t] {
			addType(t)
		}
	}
	var unknown []string
	for t := range present {
		if _, ok := typeLabels[t]; !ok {
			unknown = append(unknown, string(t))
		}
	}
	sort.Strings(unknown)
	for _, t := range unknown {
		addType(timeline.EventType(t))
	}

	// Documents, in input order; events may name documents not listed.
	docIndex := map[string]int{}
	for _, d := range res.Documents {
		if _, ok := docIndex[d.ID]; ok {
			continue
		}
		docIndex[d.ID] = len(m.Docs)
		m.Docs = append(m.Docs, docInfo{ID: d.ID, Title: d.Title, URL: safeURL(d.URL)})
	}

	// Events: dated ones by date, then undated ones, each in input order
	// otherwise (the sort is stable).
	order := make([]int, len(res.Events))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ea, eb := &res.Events[order[a]], &res.Events[order[b]]
		da, db := dated(ea), dated(eb)
		if da != db {
			return da
		}
		if !da {
			return false
		}
		if !ea.Date.First().Equal(eb.Date.First()) {
			return ea.Date.First().Before(eb.Date.First())
		}
		return ea.Date.Last().Before(eb.Date.Last())
	})
	for _, i := range order {
		e := &res.Events[i]
		docOf := func(id string) int {
			d, ok := docIndex[id]
			if !ok && id != "" {
				d = len(m.Docs)
				docIndex[id] = d
				m.Docs = append(m.Docs, docInfo{ID: id})
			} else if !ok {
				d = -1
			}
			return d
		}
		doc := docOf(e.Source.Document)
		var more int
		var also []int
		for k, src := range e.Sources {
			if k == 0 && src == e.Source {
				continue
			}
			more++
			if d := docOf(src.Document); d != doc && d >= 0 && !slices.Contains(also, d) {
				also = append(also, d)
			}
		}
		ev := eventInfo{
			More:       more,
			Also:       also,
			ID:         e.ID,
			Type:       typeIndex[e.Type],
			Status:     string(e.Status),
			Summary:    e.Summary,
			Actors:     cleanActors(e.Actors),
			Location:   e.Location,
			Trigger:    e.Trigger,
			Confidence: e.Confidence,
			Sentence:   e.Source.Sentence,
			Doc:        doc,
		}
		if e.Date != nil {
			ev.Value = e.Date.Value
			ev.Inferred = e.Date.Inferred
		}
		if dated(e) {
			ev.Dated = true
			ev.Date = dateLabel(*e.Date)
			ev.Sort = e.Date.First().UnixMilli()
			m.Dated++
			if e.Date.Inferred {
				m.Inferred++
			}
			if m.First.IsZero() || e.Date.First().Before(m.First) {
				m.First = e.Date.First()
			}
			if e.Date.Last().After(m.Last) {
				m.Last = e.Date.Last()
			}
		} else {
			ev.Date = undatedLabel(e.Date)
			ev.Sort = -1
			m.Undated++
		}
		m.Events = append(m.Events, ev)
	}
	if m.Dated > 0 {
		m.Min = m.First.UnixMilli()
		m.Max = m.Last.Add(day).UnixMilli()
	}

	// Series: the types with dated events.
	hasDated := make([]bool, len(m.Types))
	for i := range m.Events {
		if m.Events[i].Dated {
			hasDated[m.Events[i].Type] = true
		}
	}
	seriesOf := make([]int, len(m.Types))
	for t, ok := range hasDated {
		seriesOf[t] = -1
		if ok {
			seriesOf[t] = len(m.Series)
			m.Series = append(m.Series, t)
		}
	}

	spans, dates := spansOf(res, order)
	m.focus(spans)
	m.ByType = typeView(m, spans, seriesOf)
	m.ByActor = actorView(m, spans, seriesOf)
	m.buckets(dates, seriesOf)
	return m
}

// focus finds the shortest period holding focusShare of the dated events
// (by their start) and keeps it when it is much shorter than the whole span,
// as when an encyclopedic text dates a few events decades before the rest.
func (m *model) focus(spans []span) {
	var starts []int64
	for i := range m.Events {
		if m.Events[i].Dated {
			starts = append(starts, spans[i].start)
		}
	}
	n := len(starts)
	k := int(math.Ceil(focusShare * float64(n)))
	if n < 10 || k >= n {
		return
	}
	sort.Slice(starts, func(a, b int) bool { return starts[a] < starts[b] })
	best := 0
	for i := 0; i+k-1 < n; i++ {
		if starts[i+k-1]-starts[i] < starts[best+k-1]-starts[best] {
			best = i
		}
	}
	// Take in the neighbours that are no further than three mean gaps.
	lo, hi := best, best+k-1
	gap := 3 * (starts[hi] - starts[lo]) / int64(k)
	for lo > 0 && starts[lo]-starts[lo-1] <= gap {
		lo--
	}
	for hi < n-1 && starts[hi+1]-starts[hi] <= gap {
		hi++
	}
	dayMS := int64(day / time.Millisecond)
	from, to := starts[lo], starts[hi]+dayMS
	if float64(to-from) > focusMaxSpan*float64(m.Max-m.Min) {
		return
	}
	pad := max((to-from)/12/dayMS*dayMS, 15*dayMS)
	m.FocusFrom, m.FocusTo = max(from-pad, m.Min), min(to+pad, m.Max)
	for _, s := range starts {
		if s >= m.FocusFrom && s < m.FocusTo {
			m.Focused++
		}
	}
}

// span is the drawn extent of a dated event, in Unix milliseconds.
type span struct {
	start, end int64 // end exclusive; for a point, start + one day
	flags      int64
}

// spansOf returns the extent and date of every event of the model, in model
// order; undated events get a zero span and a nil date.
func spansOf(res timeline.Result, order []int) ([]span, []*temporal.Date) {
	out := make([]span, len(order))
	dates := make([]*temporal.Date, len(order))
	for k, i := range order {
		e := &res.Events[i]
		if !dated(e) {
			continue
		}
		d := e.Date
		dates[k] = d
		s := span{start: d.First().UnixMilli(), end: d.Last().Add(day).UnixMilli()}
		if d.Inferred {
			s.flags |= flagInferred
		}
		if e.Status != "" && e.Status != timeline.Reported {
			s.flags |= flagUnreported
		}
		switch {
		case d.IsRange():
			s.flags |= flagSpan
		case d.Granularity != temporal.Day && d.Granularity != "":
			s.flags |= flagSpan | flagVague
		}
		out[k] = s
	}
	return out, dates
}

// typeView puts each type in its own lane.
func typeView(m *model, spans []span, seriesOf []int) laneView {
	v := laneView{Series: make([][]item, len(m.Series))}
	for _, t := range m.Series {
		v.Lanes = append(v.Lanes, m.Types[t].Label)
	}
	members := make([][]int, len(m.Series))
	for i := range m.Events {
		if m.Events[i].Dated {
			s := seriesOf[m.Events[i].Type]
			members[s] = append(members[s], i)
		}
	}
	placed := make([]laneMember, 0, len(m.Events))
	for lane, evs := range members {
		for _, i := range evs {
			placed = append(placed, laneMember{event: i, lane: lane})
		}
	}
	v.place(m, spans, seriesOf, placed, len(v.Lanes))
	return v
}

// actorView gives the most frequent actors a lane each; an event appears in
// the lane of each of its actors.
func actorView(m *model, spans []span, seriesOf []int) laneView {
	count := map[string]int{}
	none := false
	for i := range m.Events {
		if !m.Events[i].Dated {
			continue
		}
		if len(m.Events[i].Actors) == 0 {
			none = true
		}
		for _, a := range m.Events[i].Actors {
			count[a]++
		}
	}
	actors := make([]string, 0, len(count))
	for a := range count {
		actors = append(actors, a)
	}
	sort.Slice(actors, func(i, j int) bool {
		if count[actors[i]] != count[actors[j]] {
			return count[actors[i]] > count[actors[j]]
		}
		return actors[i] < actors[j]
	})
	others := len(actors) > maxActorLanes
	if others {
		actors = actors[:maxActorLanes]
	}
	laneOf := map[string]int{}
	v := laneView{Series: make([][]item, len(m.Series))}
	for i, a := range actors {
		laneOf[a] = i
		v.Lanes = append(v.Lanes, a)
	}
	otherLane, noneLane := -1, -1
	if others {
		otherLane = len(v.Lanes)
		v.Lanes = append(v.Lanes, "(other actors)")
	}
	if none {
		noneLane = len(v.Lanes)
		v.Lanes = append(v.Lanes, "(no actor named)")
	}
	var placed []laneMember
	for i := range m.Events {
		ev := &m.Events[i]
		if !ev.Dated {
			continue
		}
		if len(ev.Actors) == 0 {
			placed = append(placed, laneMember{event: i, lane: noneLane})
			continue
		}
		inOther := false
		for _, a := range ev.Actors {
			if l, ok := laneOf[a]; ok {
				placed = append(placed, laneMember{event: i, lane: l})
			} else if !inOther {
				inOther = true
				placed = append(placed, laneMember{event: i, lane: otherLane})
			}
		}
	}
	sort.SliceStable(placed, func(a, b int) bool { return placed[a].lane < placed[b].lane })
	v.place(m, spans, seriesOf, placed, len(v.Lanes))
	return v
}

// laneMember is an event placed in a lane.
type laneMember struct{ event, lane int }

// place assigns sub-lanes within each lane and fills the series. placed is
// grouped by lane, each group in date order.
func (v *laneView) place(m *model, spans []span, seriesOf []int, placed []laneMember, lanes int) {
	maxSub := 1
	minWidth := (m.Max - m.Min) / markersAcross
	if m.FocusTo > m.FocusFrom {
		minWidth = (m.FocusTo - m.FocusFrom) / markersAcross
	}
	if d := int64(day / time.Millisecond); minWidth < d {
		minWidth = d
	}
	for lo := 0; lo < len(placed); {
		hi := lo
		for hi < len(placed) && placed[hi].lane == placed[lo].lane {
			hi++
		}
		group := make([]span, hi-lo)
		for k := lo; k < hi; k++ {
			group[k-lo] = spans[placed[k].event]
			// On screen an item is at least a marker wide: give it that
			// much time, so that rows do not hold markers that overlap.
			if g := &group[k-lo]; g.end-g.start < minWidth {
				g.end = g.start + minWidth
			}
		}
		subs, n := subLanes(group)
		if n > maxSub {
			maxSub = n
		}
		gaps := make([]int64, hi-lo)
		next := map[int]int64{}
		for k := hi - 1; k >= lo; k-- {
			start, row := spans[placed[k].event].start, subs[k-lo]
			if ns, ok := next[row]; ok {
				gaps[k-lo] = ns - start
			}
			next[row] = start
		}
		for k := lo; k < hi; k++ {
			p := placed[k]
			s := spans[p.event]
			end := s.end
			if s.flags&flagSpan == 0 {
				end = s.start
			}
			series := seriesOf[m.Events[p.event].Type]
			v.Series[series] = append(v.Series[series], item{
				s.start, end, int64(p.lane), int64(subs[k-lo]), int64(n), int64(p.event), s.flags, gaps[k-lo],
			})
		}
		lo = hi
	}
	for i := range v.Series {
		if v.Series[i] == nil {
			v.Series[i] = []item{}
		}
	}
	lane := maxSub * subLaneHeight
	if lane < minLaneHeight {
		lane = minLaneHeight
	}
	v.Height = clamp(lanes*lane+chartChrome, minChartHeight, maxChartHeight)
}

// subLanes assigns each span (sorted by start) to the first row where it does
// not overlap the previous one, using at most maxSubLanes rows; when all are
// taken it goes to the row that frees first. It returns the rows and their
// number.
func subLanes(spans []span) ([]int, int) {
	rows := []int64{} // end of the last span in each row
	out := make([]int, len(spans))
	for i, s := range spans {
		chosen := -1
		for r, end := range rows {
			if end <= s.start {
				chosen = r
				break
			}
		}
		if chosen < 0 && len(rows) < maxSubLanes {
			chosen = len(rows)
			rows = append(rows, 0)
		}
		if chosen < 0 {
			chosen = 0
			for r := range rows {
				if rows[r] < rows[chosen] {
					chosen = r
				}
			}
		}
		if s.end > rows[chosen] {
			rows[chosen] = s.end
		}
		out[i] = chosen
	}
	if len(rows) == 0 {
		return out, 1
	}
	return out, len(rows)
}

// buckets counts dated events per month (or per year over long spans) and
// series. Events dated more coarsely than the bucket are not counted.
func (m *model) buckets(dates []*temporal.Date, seriesOf []int) {
	m.Counts = make([][]int, len(m.Series))
	if m.Dated == 0 {
		for i := range m.Counts {
			m.Counts[i] = []int{}
		}
		return
	}
	first, last := m.First, m.Last
	months := (last.Year()-first.Year())*12 + int(last.Month()) - int(first.Month()) + 1
	m.PerYear = months > maxMonthBuckets
	var n int
	if m.PerYear {
		n = last.Year() - first.Year() + 1
		for y := first.Year(); y <= last.Year(); y++ {
			m.Buckets = append(m.Buckets, itoa(y))
		}
	} else {
		n = months
		t := time.Date(first.Year(), first.Month(), 1, 0, 0, 0, 0, time.UTC)
		for k := 0; k < n; k++ {
			m.Buckets = append(m.Buckets, t.AddDate(0, k, 0).Format("2006-01"))
		}
	}
	for i := range m.Counts {
		m.Counts[i] = make([]int, n)
	}
	for i := range m.Events {
		ev := &m.Events[i]
		if !ev.Dated {
			continue
		}
		// A date counts in the bucket of its first unit (the first day of
		// a range of days, the month of "October 2024") when that unit
		// lies within one bucket.
		start := dates[i].Start
		end := temporal.AddUnit(start, dates[i].Granularity).AddDate(0, 0, -1)
		var k int
		if m.PerYear {
			if end.Year() != start.Year() {
				m.Uncounted++
				continue
			}
			k = start.Year() - first.Year()
		} else {
			if end.Year() != start.Year() || end.Month() != start.Month() {
				m.Uncounted++
				continue
			}
			k = (start.Year()-first.Year())*12 + int(start.Month()) - int(first.Month())
		}
		m.Counts[seriesOf[ev.Type]][k]++
	}
}

// dated reports whether an event is placed on the calendar and can be drawn.
func dated(e *timeline.Event) bool { return e.Date != nil && e.Date.Known() }

var shortMonths = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// dateLabel writes a known date for people: "21 Oct 2024", "21–22 Oct
// 2024", "Oct 2024", "Q4 2024", "early 2023", with "≈ " in front when the
// year was inferred.
func dateLabel(d temporal.Date) string {
	s := d.Label(temporal.ShortMonths)
	if d.Inferred {
		s = "≈ " + s
	}
	return s
}

// unitLabel writes the unit of granularity g that starts at t: "21 Oct 2024".
func unitLabel(t time.Time, g temporal.Granularity) string {
	return temporal.Date{Start: t, Granularity: g}.Label(temporal.ShortMonths)
}

// undatedLabel says what is known of a date that is not on the calendar:
// "21 Oct, year unknown", "Oct, year unknown", the TIMEX3 value, or "no date".
func undatedLabel(d *temporal.Date) string {
	if d == nil || d.Value == "" {
		return "no date"
	}
	v := d.Value
	if strings.HasPrefix(v, "XXXX-") {
		rest := v[len("XXXX-"):]
		if t, err := time.Parse("01-02", rest); err == nil {
			return itoa(t.Day()) + " " + shortMonths[t.Month()-1] + ", year unknown"
		}
		if t, err := time.Parse("01", rest); err == nil {
			return shortMonths[t.Month()-1] + ", year unknown"
		}
	}
	return v
}

// cleanActors trims actor names and drops empty and repeated ones.
func cleanActors(actors []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, a := range actors {
		a = strings.Join(strings.Fields(a), " ")
		if a == "" || seen[a] {
			continue
		}
		seen[a] = true
		out = append(out, a)
	}
	return out
}

// safeLabel reduces an unknown event type to letters, digits, spaces, "-"
// and single "_" (at most 40 characters) so that it can be used as a series
// name: go-echarts writes series names unescaped into a script and treats
// "__f__" as the edge of JavaScript code, so no "__" may remain.
func safeLabel(s string) string {
	var b strings.Builder
	n := 0
	prev := rune(0)
	for _, r := range s {
		if n == 40 {
			break
		}
		if r == '_' && prev == '_' {
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '-' || r == '_' {
			b.WriteRune(r)
			prev = r
			n++
		}
	}
	out := strings.TrimSpace(b.String())
	if out == "" {
		return "unknown type"
	}
	return out
}

// safeURL returns u when it is an absolute http or https URL, else "".
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func itoa(n int) string { return strconv.Itoa(n) }
