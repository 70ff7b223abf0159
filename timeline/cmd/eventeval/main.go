// Command eventeval scores timeline.Extract against annotated texts:
//
//	go run ./timeline/cmd/eventeval [-v] [-types] DIR...
//
// Each DIR holds NAME.txt files with NAME.gold.json annotations (see
// timeline/testdata/README.md). It prints event precision, recall and F1,
// date accuracy and actor recall; -types adds the counts per event type, and
// -v also lists every missed, spurious or mis-dated event.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/eval"
)

func main() {
	verbose := flag.Bool("v", false, "list every error and the counts per type")
	types := flag.Bool("types", false, "print the counts per event type (without the errors)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: eventeval [-v] DIR...")
		os.Exit(2)
	}
	var cases []eval.Case
	for _, dir := range flag.Args() {
		cs, err := eval.LoadDir(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "eventeval:", err)
			os.Exit(1)
		}
		cases = append(cases, cs...)
	}
	r, err := eval.Run(context.Background(), cases, timeline.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "eventeval:", err)
		os.Exit(1)
	}
	fmt.Printf("%d documents\n", len(cases))
	r.Write(os.Stdout, *verbose)
	if *types && !*verbose {
		r.WriteTypes(os.Stdout)
	}
}
