package batch_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/timeline-dev/timeline/batch"
	"github.com/timeline-dev/timeline/input"
	"github.com/timeline-dev/timeline/timeline"
)

func ExampleRun() {
	stdin := strings.NewReader(`{"id":"one","text":"First text."}
{"id":"two","text":""}
{"id":"three","text":"Third text, a little longer."}
`)
	set := input.Open([]string{"-"}, input.Options{Stdin: stdin})
	// A stand-in for timeline.Extract that finds no events.
	extract := func(ctx context.Context, doc timeline.Document) (timeline.Result, error) {
		return timeline.Result{Documents: []timeline.Document{doc}}, nil
	}
	err := batch.Run(context.Background(), set.Items(context.Background()), batch.Options{Jobs: 4, Extract: extract},
		func(o batch.Outcome) error {
			for _, d := range o.Result.Documents {
				fmt.Printf("%d: %s (%d bytes)\n", o.Index, d.ID, d.Bytes)
			}
			for _, w := range o.Result.Warnings {
				fmt.Printf("%d: %s\n", o.Index, w)
			}
			return nil
		})
	fmt.Println("error:", err)
	// Output:
	// 0: one (11 bytes)
	// 1: stdin:2: record's "text" is empty
	// 2: three (28 bytes)
	// error: <nil>
}
