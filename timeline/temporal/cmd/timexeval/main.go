// Command timexeval scores the temporal tagger on TimeML (.tml) files,
// TempEval-3 style: strict and relaxed span precision, recall and F1, type
// and value accuracy, and value F1.
//
//	go run ./timeline/temporal/cmd/timexeval [-v] [-split-ranges] DIR|FILE...
//
// Each document's DCT is the reference date. -v lists every mismatch;
// -split-ranges scores the Tagger made with temporal.SplitRanges.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/timeline-dev/timeline/timeline/temporal"
)

func main() {
	verbose := flag.Bool("v", false, "list missed, spurious and mis-valued expressions")
	split := flag.Bool("split-ranges", false, "tag ranges joined by a word (\"from March to May\") as two expressions, as plain TimeML does")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: timexeval [-v] [-split-ranges] DIR|FILE.tml...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	var files []string
	for _, a := range flag.Args() {
		fi, err := os.Stat(a)
		if err != nil {
			fmt.Fprintf(os.Stderr, "timexeval: %v\n", err)
			os.Exit(1)
		}
		if !fi.IsDir() {
			files = append(files, a)
			continue
		}
		m, _ := filepath.Glob(filepath.Join(a, "*.tml"))
		files = append(files, m...)
	}
	sort.Strings(files)
	var docs []*temporal.TimeMLDoc
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			fmt.Fprintf(os.Stderr, "timexeval: %v\n", err)
			os.Exit(1)
		}
		d, err := temporal.ReadTimeML(r, f)
		r.Close()
		if err != nil {
			fmt.Fprintf(os.Stderr, "timexeval: %v\n", err)
			os.Exit(1)
		}
		if d.ID == "" {
			d.ID = strings.TrimSuffix(filepath.Base(f), ".tml")
		}
		docs = append(docs, d)
	}
	tagger := temporal.New()
	if *split {
		tagger = temporal.NewWith(temporal.SplitRanges())
	}
	s := tagger.ScoreTimeML(docs)
	fmt.Printf("%d documents\n", len(docs))
	s.WriteTable(os.Stdout)
	if *verbose {
		for _, e := range s.Errors {
			fmt.Println(e)
		}
	}
}
