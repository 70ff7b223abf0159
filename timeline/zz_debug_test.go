package timeline

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestZZDebug(t *testing.T) {
	b, _ := os.ReadFile("testdata/dev/dev2-06-obama-havana.txt")
	res, _ := Extract(context.Background(), Document{ID: "x", Text: string(b), Ref: time.Date(2016, 3, 21, 0, 0, 0, 0, time.UTC)}, Options{})
	for _, e := range res.Events {
		d := "-"
		if e.Date != nil {
			d = e.Date.Value
		}
		fmt.Printf("%s %q %s %v | %.80s\n", e.Type, e.Trigger, d, e.Actors, strings.TrimSpace(e.Source.Sentence))
	}
}
