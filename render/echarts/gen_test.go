package echarts

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// Test inputs. The sentences are written for these tests; they describe
// real public events in our own words.

func dayDate(y int, m time.Month, d int) *timeline.Date {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return &timeline.Date{Start: t, Granularity: temporal.Day, Value: t.Format("2006-01-02")}
}

func dayRange(y int, m time.Month, d1 int, m2 time.Month, d2 int) *timeline.Date {
	a := time.Date(y, m, d1, 0, 0, 0, 0, time.UTC)
	b := time.Date(y, m2, d2, 0, 0, 0, 0, time.UTC)
	return &timeline.Date{Start: a, End: b, Granularity: temporal.Day, Value: a.Format("2006-01-02") + "/" + b.Format("2006-01-02")}
}

func monthDate(y int, m time.Month) *timeline.Date {
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return &timeline.Date{Start: t, Granularity: temporal.Month, Value: t.Format("2006-01")}
}

func yearDate(y int) *timeline.Date {
	t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return &timeline.Date{Start: t, Granularity: temporal.Year, Value: fmt.Sprint(y)}
}

func inferred(d *timeline.Date) *timeline.Date { d.Inferred = true; return d }

func ev(id string, t timeline.EventType, d *timeline.Date, summary string, actors []string, loc, trigger, doc, sentence string) timeline.Event {
	return timeline.Event{
		ID: id, Type: t, CAMEO: timeline.CAMEO(t), Status: timeline.Reported, Summary: summary, Date: d,
		Actors: actors, Location: loc, Trigger: trigger, Confidence: 0.8,
		Source: timeline.Source{Document: doc, Sentence: sentence, Start: 0, End: len(sentence)},
	}
}

// demoResult is a small, sample-like result: a dozen events from four
// documents, with a range, coarse dates, inferred years and undated events.
func demoResult() timeline.Result {
	docs := []timeline.Document{
		{ID: "samples/nato-enlargement.txt", Title: "NATO enlargement since 2020", URL: "https://example.org/nato"},
		{ID: "samples/summits.txt", Title: "Summit diary"},
		{ID: "samples/asia-visits.txt", Title: "Visits to Asia", URL: "https://example.org/asia"},
		{ID: "samples/accords.txt"},
	}
	evs := []timeline.Event{
		ev("e1", timeline.Accession, dayDate(2020, time.March, 27), "North Macedonia joins NATO", []string{"North Macedonia", "NATO"}, "", "joined", docs[0].ID,
			"North Macedonia joined the alliance on 27 March 2020 as its thirtieth member."),
		ev("e2", timeline.Agreement, dayDate(2020, time.September, 15), "Israel, UAE and Bahrain sign the Abraham Accords", []string{"Israel", "United Arab Emirates", "Bahrain"}, "Washington", "signed", docs[3].ID,
			"Leaders of Israel, the UAE and Bahrain signed the accords at the White House on September 15, 2020."),
		ev("e3", timeline.Founding, dayDate(2021, time.September, 15), "AUKUS partnership announced", []string{"Australia", "United Kingdom", "United States"}, "", "announced", docs[3].ID,
			"Australia, Britain and the United States announced a new security partnership on 15 September 2021."),
		ev("e4", timeline.Summit, dayRange(2023, time.July, 11, time.July, 12), "NATO summit in Vilnius", []string{"NATO"}, "Vilnius", "summit", docs[1].ID,
			"Allied leaders met in Vilnius for a two-day summit on 11–12 July 2023."),
		ev("e5", timeline.Accession, dayDate(2023, time.April, 4), "Finland joins NATO", []string{"Finland", "NATO"}, "Brussels", "became", docs[0].ID,
			"Finland became a member of NATO on 4 April 2023, doubling the alliance's border with Russia."),
		ev("e6", timeline.Visit, inferred(dayRange(2023, time.September, 10, time.September, 11)), "Joe Biden visits Vietnam", []string{"Joe Biden", "Vietnam"}, "Hanoi", "visit", docs[2].ID,
			"Biden arrives in Hanoi on Sunday for a two-day visit, days after the G20 meeting in New Delhi."),
		ev("e7", timeline.Meeting, dayDate(2023, time.November, 15), "Joe Biden meets Xi Jinping", []string{"Joe Biden", "Xi Jinping"}, "Woodside", "met", docs[2].ID,
			"Biden met Xi at an estate in Woodside, California, on November 15, 2023, their first talks in a year."),
		ev("e8", timeline.Accession, dayDate(2024, time.March, 7), "Sweden joins NATO", []string{"Sweden", "NATO"}, "Washington", "joined", docs[0].ID,
			"Sweden formally joined NATO on 7 March 2024 when it deposited its instrument of accession in Washington."),
		ev("e9", timeline.Summit, dayRange(2024, time.July, 9, time.July, 11), "NATO summit in Washington", []string{"NATO"}, "Washington", "summit", docs[1].ID,
			"The alliance marks its 75th anniversary at a summit in Washington from July 9 to 11, 2024."),
		ev("e10", timeline.Meeting, inferred(monthDate(2024, time.February)), "Foreign ministers meet on Ukraine aid", []string{"NATO", "Ukraine"}, "Brussels", "talks", docs[1].ID,
			"Foreign ministers are due to hold talks in Brussels in February on further aid to Ukraine."),
		ev("e11", timeline.OtherDiplomatic, yearDate(2022), "Alliance adopts a new Strategic Concept", []string{"NATO"}, "Madrid", "adopted", docs[0].ID,
			"The alliance adopted a new Strategic Concept in 2022, naming Russia its most significant threat."),
		ev("e12", timeline.Visit, &timeline.Date{Granularity: temporal.Day, Value: "XXXX-10-21"}, "Prime minister visits Canberra", []string{"Australia"}, "Canberra", "visit", docs[2].ID,
			"The prime minister will visit Canberra on October 21 for talks on submarines."),
		ev("e13", timeline.Meeting, nil, "Envoys meet on maritime security", []string{"Vietnam", "Philippines"}, "", "meet", docs[2].ID,
			"Envoys from both countries are expected to meet to discuss maritime security."),
	}
	// The Vilnius summit was also reported by another document.
	evs[3].Sources = []timeline.Source{evs[3].Source, {Document: docs[0].ID, Sentence: "Leaders gathered in Vilnius in July 2023 for the summit."}}
	evs[9].Status = timeline.Planned
	evs[11].Status = timeline.Planned
	evs[12].Status = timeline.Planned
	return timeline.Result{Documents: docs, Events: evs, Warnings: []timeline.Warning{{Document: "samples/empty.txt", Message: "no text"}}}
}

// hostile strings try every way into the page.
var hostile = []string{
	`</script><script>window.__pwned=1</script>`,
	`"onmouseover="window.__pwned=1" x="`,
	`<img src=x onerror="window.__pwned=1">`,
	`<svg onload=window.__pwned=1>`,
	"line\u2028separator\u2029<!-- -->",
	`'};window.__pwned=1;//`,
	`__f__function(){window.__pwned=1}__f__`,
	`<img src=x onerror=alert(1)>javascript:alert(1)`,
}

// hostileResult puts hostile strings in every text field of documents and
// events, and a javascript: URL.
func hostileResult() timeline.Result {
	h := strings.Join(hostile, " ")
	docs := []timeline.Document{
		{ID: h, Title: h, URL: "javascript:window.__pwned=1"},
		{ID: "doc2" + hostile[0], Title: hostile[2], URL: "https://example.org/\"><script>window.__pwned=1</script>"},
		{ID: "doc3", Title: hostile[7], URL: "javascript:alert(1)"},
	}
	var evs []timeline.Event
	for i, s := range hostile {
		e := ev("h"+fmt.Sprint(i)+s, timeline.EventType([]string{"visit", "meeting", s}[i%3]), dayDate(2024, time.Month(i+1), 10+i), s, []string{s, "NATO" + s}, s, s, docs[i%3].ID, "Sentence "+s+" ends.")
		e.Status = timeline.Status(s)
		evs = append(evs, e)
	}
	// go-echarts treats "__f__" as the edge of JavaScript code in its option.
	evs = append(evs, ev("f", timeline.EventType(hostile[6]), dayDate(2024, 12, 1), "Sentence f", nil, "", "", docs[0].ID, "Sentence f ends."))
	evs = append(evs, ev("undated"+h, timeline.Meeting, &timeline.Date{Value: h}, h, []string{h}, h, h, docs[0].ID, h))
	return timeline.Result{Documents: docs, Events: evs, Warnings: []timeline.Warning{{Document: h, Message: h}}}
}

// syntheticResult makes n events over ten years from a fixed seed: mostly
// day dates, some ranges, months, years and inferred years, and about 5%
// undated, spread over n/20+1 documents and 60 actors.
func syntheticResult(n int) timeline.Result {
	rng := rand.New(rand.NewPCG(20241023, uint64(n)))
	ndocs := n/20 + 1
	res := timeline.Result{}
	for i := 0; i < ndocs; i++ {
		res.Documents = append(res.Documents, timeline.Document{
			ID: fmt.Sprintf("news/%04d.txt", i), Title: fmt.Sprintf("Wire story %d", i),
			URL: fmt.Sprintf("https://example.org/story/%d", i),
		})
	}
	actors := make([]string, 60)
	for i := range actors {
		actors[i] = fmt.Sprintf("Country %c%c", 'A'+i%26, 'a'+i/26)
	}
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	verbs := map[timeline.EventType]string{
		timeline.Visit: "visited", timeline.Meeting: "met", timeline.Summit: "attended a summit with",
		timeline.Accession: "joined", timeline.Agreement: "signed an agreement with",
		timeline.Founding: "founded a council with", timeline.OtherDiplomatic: "recalled its envoy from",
	}
	for i := 0; i < n; i++ {
		t := timeline.EventTypes[rng.IntN(len(timeline.EventTypes))]
		a, b := actors[rng.IntN(len(actors))], actors[rng.IntN(len(actors))]
		start := base.AddDate(0, 0, rng.IntN(3650))
		var d *timeline.Date
		switch k := rng.IntN(100); {
		case k < 5:
			d = nil
		case k < 8:
			d = &timeline.Date{Granularity: temporal.Day, Value: start.Format("XXXX-01-02")}
		case k < 22:
			d = dayRange(start.Year(), start.Month(), start.Day(), start.Month(), start.Day())
			d.End = start.AddDate(0, 0, 1+rng.IntN(20))
			d.Value = start.Format("2006-01-02") + "/" + d.End.Format("2006-01-02")
		case k < 32:
			d = monthDate(start.Year(), start.Month())
		case k < 35:
			d = yearDate(start.Year())
		default:
			d = dayDate(start.Year(), start.Month(), start.Day())
		}
		if d != nil && d.Known() && rng.IntN(10) == 0 {
			d.Inferred = true
		}
		sentence := fmt.Sprintf("Officials said %s %s %s in talks that ran late into the evening, according to statement %d.", a, verbs[t], b, i)
		e := ev(fmt.Sprintf("ev%05d", i), t, d, fmt.Sprintf("%s %s %s", a, verbs[t], b), []string{a, b}, "", verbs[t],
			res.Documents[rng.IntN(ndocs)].ID, sentence)
		res.Events = append(res.Events, e)
	}
	return res
}
