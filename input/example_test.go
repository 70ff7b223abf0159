package input_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/timeline-dev/timeline/input"
)

func ExampleHTMLText() {
	title, text := input.HTMLText(`<html><head><title>Summit ends</title><script>track()</script></head>
<body><h1>NATO summit</h1><p>Leaders met in <b>Vilnius</b> on 11&nbsp;July&nbsp;2023.</p>
<ul><li>Finland attended</li><li>Sweden waited</li></ul></body></html>`)
	fmt.Printf("%s\n---\n%s\n", title, text)
	// Output:
	// Summit ends
	// ---
	// NATO summit
	//
	// Leaders met in Vilnius on 11 July 2023.
	//
	// Finland attended
	// Sweden waited
}

func ExampleSet_Items() {
	// Two records on standard input; the second is malformed.
	stdin := strings.NewReader(`{"id":"a1","title":"Visit","text":"Blinken visited Kyiv.","date":"2024-05-15"}
{"id":"a2","text":`)
	set := input.Open([]string{"-"}, input.Options{Stdin: stdin})
	for it := range set.Items(context.Background()) {
		if it.Doc != nil {
			fmt.Println("document", it.Doc.ID, it.Doc.Ref.Format("2006-01-02"), it.Doc.RefSource)
		}
		for _, w := range it.Warnings {
			fmt.Println("warning", w)
		}
	}
	// Output:
	// document a1 2024-05-15 metadata
	// warning stdin:2: malformed JSON (unexpected end of JSON input); each line must be one object such as {"id":"a1","text":"...","date":"2024-10-23"}
}
