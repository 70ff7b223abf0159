package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/batch"
	"github.com/timeline-dev/timeline/input"
	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

const extractUsage = `Usage: timeline extract [flags] FILE|DIR|GLOB|-...

Reads English news text and writes the dated diplomatic events it reports
(visits, meetings, summits, accessions, agreements, foundings and other
diplomatic acts), each with its date, actors, location, confidence and the
sentence it came from.

Inputs: .txt, .md and .html files (markup stripped), directories (read
recursively), glob patterns (quoted patterns are expanded too), - for
standard input, and JSON Lines files (.jsonl, .ndjson, or .json with one
object a line) with one document per line: {"id","title","text","date","url"},
where "date" (YYYY-MM-DD, RFC 3339, or RFC 1123 as in RSS feeds) is the
document's reference date.
Directory walks skip hidden files, README/LICENSE files and .json files. A manifest.json beside text files
({"documents":[{"file","title","date"}]}) gives their titles and dates.
Without --ref or such a date, a document's dateline is used when it has one.
Numeric dates such as 04/05/2023 are read month-first (April 5) unless the
first number is above 12; --day-first reads them day-first (4 May).

Output formats (--format):
  json        {"documents":[...],"events":[...],"warnings":[...]} (default)
  jsonl       one JSON object a line, streamed as documents finish
  csv         one row an event, for spreadsheets, streamed
  timelinejs  Knight Lab TimelineJS3 JSON (dated events only)
  ics         iCalendar all-day events (dated events only)
  timeml      each document's text with TIMEX3 and EVENT tags, streamed

Merging: in json, timelinejs and ics output, reports of the same event in
different documents (same type and status, overlapping dates at the same
precision and qualifier, shared actors, no conflicting location) become one
event listing every source; --no-merge keeps them apart. Events without a
date are never merged. jsonl and csv stream events per document unmerged, so
memory stays bounded; --merge merges them too, holding all events until the
end. timeml is never merged.

Bad input (missing, unreadable, empty, binary, non-UTF-8 or oversized files,
malformed JSON Lines) is reported on stderr and in the output's warnings,
naming the file and line; the rest is processed and the exit status is 1.

Examples:
  timeline extract --ref 2024-10-23 article.txt
  timeline extract samples/ -o events.json
  timeline extract --format csv --type visit,meeting 'news/*.txt' > events.csv
  timeline extract --format jsonl --jobs 4 scraped.jsonl -o events.jsonl
  cat article.html | timeline extract --input-format html -
  timeline extract --format ics --actor NATO --from 2023 --to 2024-06 news/ -o nato.ics

Exit status: 0 ok, 1 some input failed (the rest was processed), 2 usage error.
`

// inputFlags are the flags shared by extract and render: what to read, how,
// and which events to keep.
type inputFlags struct {
	ref, inputFormat, maxSize string
	types, from, to           string
	actors                    stringList
	minConfidence             float64
	noMerge, quiet            bool
	jobs                      int
	dayFirst                  bool
}

// dayFirstHelp documents --day-first, on dates, extract and render.
const dayFirstHelp = "read ambiguous numeric dates day-first: 04/05/2023 is 4 May, not April 5 (default month-first; a first number above 12 is always the day)"

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.ref, "ref", "", "reference `DATE` (YYYY-MM-DD) for every document, overriding their own dates")
	fs.StringVar(&f.inputFormat, "input-format", "auto", "read inputs as `FORMAT`: auto (by extension), text, html or jsonl")
	fs.StringVar(&f.maxSize, "max-size", "10MiB", "largest document read, in `BYTES` (suffixes KB, MB, KiB, MiB)")
	fs.StringVar(&f.types, "type", "", "keep only events of these `TYPES` (comma-separated: "+typeNames()+")")
	fs.Var(&f.actors, "actor", "keep only events with an actor containing `NAME` (case-insensitive; repeat or comma-separate for any of several)")
	fs.StringVar(&f.from, "from", "", "keep only events ending on or after `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&f.to, "to", "", "keep only events starting on or before `DATE` (YYYY, YYYY-MM or YYYY-MM-DD; 2024 means through 2024-12-31)")
	fs.Float64Var(&f.minConfidence, "min-confidence", 0, "keep only events with confidence at least `X` (0 to 1)")
	fs.BoolVar(&f.noMerge, "no-merge", false, "keep reports of the same event from different documents apart")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress bar or summary on stderr (problems are still reported)")
	fs.IntVar(&f.jobs, "jobs", 0, "extract `N` documents at once (default: one per CPU core)")
	fs.BoolVar(&f.dayFirst, "day-first", false, dayFirstHelp)
}

// maxJobs bounds --jobs: documents in flight, and so memory, grow with it,
// and more workers than cores only add waiting.
const maxJobs = 1024

// settings are inputFlags checked and parsed.
type settings struct {
	input  input.Options
	filter timeline.Filter
	merge  bool
	quiet  bool
	jobs   int
	ref    time.Time
	tagger *temporal.Tagger // nil: the default (month-first numeric dates)
}

// valueHints says, for the flags of inputFlags that take a value, what to
// give instead of an empty one.
var valueHints = map[string]string{
	"ref":          "a date such as 2024-10-23",
	"input-format": "auto, text, html or jsonl",
	"max-size":     "a size such as 10MiB",
	"type":         "event types such as visit,meeting",
	"actor":        "a name such as NATO",
	"from":         "a date such as 2024 or 2024-06",
	"to":           "a date such as 2024 or 2024-06",
}

// parse checks the flags set in fs; the error is a usage message. A flag
// given with an empty value (--ref "$UNSET_VARIABLE") is
// an error rather than silently meaning "no filter".
func (f *inputFlags) parse(fs *flag.FlagSet) (settings, error) {
	var s settings
	var empty error
	fs.Visit(func(fl *flag.Flag) {
		if hint, ok := valueHints[fl.Name]; ok && empty == nil && strings.TrimSpace(fl.Value.String()) == "" {
			empty = fmt.Errorf("--%s: empty value; give %s, or leave the flag out", fl.Name, hint)
		}
	})
	if empty != nil {
		return s, empty
	}
	if f.ref != "" {
		t, err := input.ParseRef(f.ref)
		if err != nil {
			return s, fmt.Errorf("--ref: %v", err)
		}
		s.ref = t
	}
	format, err := input.ParseFormat(f.inputFormat)
	if err != nil {
		return s, fmt.Errorf("--input-format: %v", err)
	}
	size, err := parseSize(f.maxSize)
	if err != nil {
		return s, fmt.Errorf("--max-size: %v", err)
	}
	s.input = input.Options{Format: format, MaxSize: size, Ref: s.ref}
	if f.types != "" {
		if s.filter.Types, err = timeline.ParseEventTypes(f.types); err != nil {
			return s, fmt.Errorf("--type: %v", err)
		}
	}
	s.filter.Actors = f.actors
	if f.from != "" {
		if s.filter.From, err = timeline.ParseDate(f.from); err != nil {
			return s, fmt.Errorf("--from: %v", err)
		}
	}
	if f.to != "" {
		if s.filter.To, err = timeline.ParseDateEnd(f.to); err != nil {
			return s, fmt.Errorf("--to: %v", err)
		}
	}
	s.filter.MinConfidence = f.minConfidence
	if err := s.filter.Validate(); err != nil {
		return s, err
	}
	if f.jobs < 0 || f.jobs > maxJobs {
		return s, fmt.Errorf("--jobs %d: use a number of workers from 1 to %d, or 0 for one per CPU core", f.jobs, maxJobs)
	}
	s.merge, s.quiet, s.jobs = !f.noMerge, f.quiet, f.jobs
	if f.dayFirst {
		s.tagger = temporal.NewWith(temporal.DayFirst())
	}
	return s, nil
}

func typeNames() string {
	names := make([]string, len(timeline.EventTypes))
	for i, t := range timeline.EventTypes {
		names[i] = string(t)
	}
	return strings.Join(names, ", ")
}

// stringList is a repeatable flag whose values may also be comma-separated.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

// parseSize reads a byte count with an optional unit: 500, 100KB, 10MB,
// 10MiB, 2GiB (KB/MB/GB are powers of ten, KiB/MiB/GiB of two; K, M, G
// alone are powers of two).
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := len(t)
	for i > 0 && (t[i-1] < '0' || t[i-1] > '9') && t[i-1] != '.' {
		i--
	}
	num, unit := t[:i], strings.ToLower(strings.TrimSpace(t[i:]))
	mult := map[string]float64{"": 1, "b": 1, "k": 1 << 10, "kb": 1e3, "kib": 1 << 10, "m": 1 << 20, "mb": 1e6,
		"mib": 1 << 20, "g": 1 << 30, "gb": 1e9, "gib": 1 << 30}[unit]
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || mult == 0 || v <= 0 {
		return 0, fmt.Errorf("%q is not a size; use a number of bytes such as 10MiB, 500KB or 2000000", s)
	}
	return int64(v * mult), nil
}

// run reads the inputs named by args, extracts their events over a pool of
// workers and calls emit with each outcome in input order. It reports input
// problems on stderr and returns how many outcomes failed.
func (s settings) run(ctx context.Context, args []string, io IO, emit func(batch.Outcome) error) (failed int, err error) {
	s.input.Stdin = io.In
	set := input.Open(args, s.input)
	docs, bytes := set.Total()
	bar := newProgress(io, s.quiet, docs, bytes, nil)
	defer bar.clear()
	extract := func(ctx context.Context, doc timeline.Document) (timeline.Result, error) {
		return timeline.Extract(ctx, doc, timeline.Options{Tagger: s.tagger})
	}
	err = batch.Run(ctx, set.Items(ctx), batch.Options{Jobs: s.jobs, Extract: extract}, func(o batch.Outcome) error {
		switch {
		case o.Failed:
			failed++
			bar.clear()
			for _, w := range o.Result.Warnings {
				printWarning(io, w)
			}
		case len(o.Result.Documents) == 0 && !s.quiet:
			// A note about the inputs themselves, such as files a
			// directory walk skipped.
			bar.clear()
			for _, w := range o.Result.Warnings {
				printWarning(io, w)
			}
		}
		bar.add(1, o.Bytes) // one input item: a file, a record or a problem
		return emit(o)
	})
	return failed, err
}

// streams reports whether a format is written as documents finish.
func streams(format string) bool {
	return format == "jsonl" || format == "csv" || format == "timeml"
}

func runExtract(ctx context.Context, args []string, io IO) int {
	fs := newFlagSet("extract", extractUsage, io)
	var f inputFlags
	f.register(fs)
	format := fs.String("format", "json", "output `FORMAT`: "+strings.Join(render.Formats, ", "))
	out := fs.String("o", "", "write to `FILE` (atomically: all or nothing) instead of standard output")
	title := fs.String("title", "", "collection `TITLE` for timelinejs and ics output")
	csvBOM := fs.Bool("csv-bom", false, "start csv output with a UTF-8 byte order mark (for Excel)")
	mergeStreams := fs.Bool("merge", false, "merge jsonl and csv output too (holds all events until the end)")
	paths, code, ok := parseFlags(fs, args, io)
	if !ok {
		return code
	}
	s, err := f.parse(fs)
	if err != nil {
		return usageError(io, "extract", "%v", err)
	}
	*format = strings.ToLower(*format)
	if !contains(render.Formats, *format) {
		return usageError(io, "extract", "--format %q: unknown format; use one of %s", *format, strings.Join(render.Formats, ", "))
	}
	if len(paths) == 0 {
		return usageError(io, "extract", "no input: name files, directories or glob patterns, or - for standard input")
	}
	merge := s.merge && *format != "timeml" && (!streams(*format) || *mergeStreams)
	if *mergeStreams && f.noMerge {
		return usageError(io, "extract", "--merge and --no-merge contradict each other; give one")
	}

	s.input.Output = *out
	var failed, nDocs, nEvents int
	var skipped int
	err = writeOutput(*out, io.Out, func(w writer) error {
		ropts := render.Options{Title: *title, BOM: *csvBOM}
		if s.tagger != nil {
			ropts.Tagger = s.tagger // timeml tags the dates the events were read with
		}
		enc, err := render.NewEncoder(*format, w, ropts)
		if err != nil {
			return err
		}
		var held []timeline.Event // events kept for merging
		failed, err = s.run(ctx, paths, io, func(o batch.Outcome) error {
			res := o.Result
			nDocs += len(res.Documents)
			if merge {
				for _, ev := range res.Events {
					ev.Detach() // the document text can be freed
					held = append(held, ev)
				}
				res.Events = nil
			} else {
				res.Events = s.filter.Apply(res.Events)
				nEvents += len(res.Events)
			}
			return enc.Add(res)
		})
		if err != nil {
			return err
		}
		if merge {
			done := showStatus(io, s.quiet, fmt.Sprintf("merging %d events from %d documents…", len(held), nDocs))
			merged := timeline.Merge(held)
			done()
			events := s.filter.Apply(merged)
			nEvents += len(events)
			if err := enc.Add(timeline.Result{Events: events}); err != nil {
				return err
			}
		}
		if err := enc.Close(); err != nil {
			return err
		}
		if sk, ok := enc.(render.Skipper); ok {
			skipped = sk.Skipped()
		}
		return nil
	})
	if err != nil {
		return runError(io, "extract", *out, err)
	}
	if skipped > 0 && !s.quiet {
		fmt.Fprintf(io.Err, "timeline extract: note: %d undated event(s) left out: %s output needs dates on the calendar\n", skipped, *format)
	}
	return finish(io, "extract", s.quiet, failed, nDocs, nEvents)
}

// runError reports an error that stopped a run and returns ExitInput.
func runError(io IO, cmd, out string, err error) int {
	if errors.Is(err, context.Canceled) {
		err = errors.New("interrupted")
		if out != "" && out != "-" {
			err = fmt.Errorf("interrupted; %s was not written", out)
		}
	}
	fmt.Fprintf(io.Err, "timeline %s: %v\n", cmd, err)
	return ExitInput
}

// finish prints the closing summary and returns the exit code.
func finish(io IO, cmd string, quiet bool, failed, docs, events int) int {
	if failed > 0 {
		fmt.Fprintf(io.Err, "timeline %s: %d input(s) had problems (listed above); %d document(s) read, %d event(s) written\n", cmd, failed, docs, events)
		return ExitInput
	}
	if !quiet && io.ErrIsTerminal {
		fmt.Fprintf(io.Err, "timeline %s: %d document(s) read, %d event(s) written\n", cmd, docs, events)
	}
	return ExitOK
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
