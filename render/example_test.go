package render_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// exampleResult is one document with one dated event.
func exampleResult() timeline.Result {
	text := "Finland joined NATO on 4 April 2023."
	return timeline.Result{
		Documents: []timeline.Document{{ID: "finland.txt", Text: text}},
		Events: []timeline.Event{{
			ID: "finland-nato", Type: timeline.Accession, CAMEO: "057", Status: timeline.Reported,
			Summary: "Finland joins NATO", Actors: []string{"Finland", "NATO"}, Trigger: "joined",
			Confidence: 0.9,
			Date: &timeline.Date{Start: time.Date(2023, 4, 4, 0, 0, 0, 0, time.UTC),
				Granularity: temporal.Day, Value: "2023-04-04"},
			Source: timeline.Source{Document: "finland.txt", Sentence: text, Start: 0, End: len(text)},
		}},
	}
}

// An encoder takes results one document at a time; streaming formats such
// as jsonl write each batch at once.
func ExampleNewEncoder() {
	enc, err := render.NewEncoder("jsonl", os.Stdout, render.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	res := exampleResult()
	res.Events[0].Date = nil // keep the example line short
	if err := enc.Add(res); err != nil {
		fmt.Println(err)
	}
	if err := enc.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"kind":"document","id":"finland.txt","reference_source":"none","bytes":36}
	// {"kind":"event","id":"finland-nato","type":"accession","cameo":"057","status":"reported","summary":"Finland joins NATO","date":null,"actors":["Finland","NATO"],"trigger":"joined","confidence":0.9,"source":{"document":"finland.txt","sentence":"Finland joined NATO on 4 April 2023.","start":0,"end":36}}
}

// iCalendar output has one all-day event a dated event, with an exclusive
// end date.
func ExampleWrite_ics() {
	var buf bytes.Buffer
	opts := render.Options{Now: time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC), Title: "NATO"}
	if err := render.Write("ics", &buf, exampleResult(), opts); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(strings.ReplaceAll(buf.String(), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//timeline-dev//timeline//EN
	// CALSCALE:GREGORIAN
	// X-WR-CALNAME:NATO
	// BEGIN:VEVENT
	// UID:finland-nato@timeline
	// DTSTAMP:20240101T090000Z
	// DTSTART;VALUE=DATE:20230404
	// DTEND;VALUE=DATE:20230405
	// SUMMARY:Finland joins NATO
	// DESCRIPTION:“Finland joined NATO on 4 April 2023.”\n— finland.txt\n\n
	//  Date: 4 April 2023 (2023-04-04)\nActors: Finland\; NATO\nStatus: reported\
	//  nConfidence: 0.90
	// CATEGORIES:accession
	// STATUS:CONFIRMED
	// TRANSP:TRANSPARENT
	// END:VEVENT
	// END:VCALENDAR
}

// CSV cells that a spreadsheet would run as a formula get a leading
// apostrophe.
func ExampleDefuseFormula() {
	fmt.Println(render.DefuseFormula("=HYPERLINK(\"http://evil.example\")"))
	fmt.Println(render.DefuseFormula("NATO"))
	// Output:
	// '=HYPERLINK("http://evil.example")
	// NATO
}
