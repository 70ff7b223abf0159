package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/batch"
	"github.com/timeline-dev/timeline/render/echarts"
	"github.com/timeline-dev/timeline/timeline"
)

const renderUsage = `Usage: timeline render [flags] FILE|DIR|GLOB|-...

Writes an interactive HTML timeline of the diplomatic events in the inputs:
a summary, the timeline chart (markers for days, bars for ranges, a lane per
event type or per actor, legend filter, zoom, tooltips with the sentence), an
events-per-month chart and a searchable table. Events whose date is unknown or
partial are listed apart, never drawn at a made-up date.

Inputs are texts, read and extracted as by "timeline extract" (same input and
filter flags), or .json files written by "timeline extract" (their events are
used as they are). Reports of the same event are merged unless --no-merge.

The page is self-contained and works offline: ECharts is inlined from
echarts.min.js, found through $TIMELINE_ECHARTS_JS, node_modules/echarts
(run "npm ci" in the timeline repository) or --echarts-js. --echarts-url
loads it from an address instead. --snippet writes an HTML fragment to paste
into an existing page that loads ECharts 5.4.3 itself.

Examples:
  timeline render samples/ -o report.html
  timeline extract news/ -o events.json && timeline render events.json --title "News" -o report.html
  timeline render --type summit,accession --from 2023 'news/*.html' -o summits.html
  timeline render --snippet --actor NATO events.json -o nato-snippet.html

Exit status: 0 ok, 1 some input failed (the rest was processed), 2 usage error.
`

func runRender(ctx context.Context, args []string, io IO) int {
	fs := newFlagSet("render", renderUsage, io)
	var f inputFlags
	f.register(fs)
	out := fs.String("o", "", "write the HTML to `FILE` (atomically: all or nothing) instead of standard output")
	title := fs.String("title", "", "report `TITLE` (default \""+echarts.DefaultTitle+"\")")
	snippet := fs.Bool("snippet", false, "write an HTML fragment to embed in a page that loads ECharts itself")
	scriptURL := fs.String("echarts-url", "", "load ECharts from `URL` instead of inlining it (the page is then not offline)")
	scriptPath := fs.String("echarts-js", "", "inline ECharts from this echarts.min.js `PATH`")
	paths, code, ok := parseFlags(fs, args, io)
	if !ok {
		return code
	}
	s, err := f.parse()
	if err != nil {
		return usageError(io, "render", "%v", err)
	}
	if len(paths) == 0 {
		return usageError(io, "render", "no input: name files, directories, glob patterns or extract .json files, or - for standard input")
	}
	opts := echarts.Options{Title: *title, Ref: s.ref, ScriptURL: *scriptURL, ScriptPath: *scriptPath}
	// Find ECharts before reading anything, so that a missing script fails
	// at once rather than after a long extraction.
	if !*snippet && opts.ScriptURL == "" {
		if opts.ScriptPath == "" {
			if opts.ScriptPath, err = echarts.LocateScript(); err != nil {
				fmt.Fprintf(io.Err, "timeline render: %v\n", err)
				return ExitInput
			}
		} else if _, err := os.Stat(opts.ScriptPath); err != nil {
			return usageError(io, "render", "--echarts-js %s: %v", opts.ScriptPath, pathErr(err))
		}
	}

	var all timeline.Result
	failed := 0
	var texts []string
	for _, p := range paths {
		if !isResultFile(p) {
			texts = append(texts, p)
			continue
		}
		res, err := readResult(p)
		if err != nil {
			failed++
			w := timeline.Warning{Document: filepath.ToSlash(p), Message: err.Error()}
			fmt.Fprintf(io.Err, "timeline: %s\n", w)
			all.Warnings = append(all.Warnings, w)
			continue
		}
		all.Documents = append(all.Documents, res.Documents...)
		all.Events = append(all.Events, res.Events...)
		all.Warnings = append(all.Warnings, res.Warnings...)
	}
	if len(texts) > 0 {
		n, err := s.run(ctx, texts, io, func(o batch.Outcome) error {
			for _, d := range o.Result.Documents {
				d.Text = "" // the report shows sentences, not whole texts
				all.Documents = append(all.Documents, d)
			}
			all.Events = append(all.Events, o.Result.Events...)
			all.Warnings = append(all.Warnings, o.Result.Warnings...)
			return nil
		})
		failed += n
		if err != nil {
			fmt.Fprintf(io.Err, "timeline render: %v\n", err)
			return ExitInput
		}
	}
	if s.merge {
		all.Events = timeline.Merge(all.Events)
	}
	all.Events = s.filter.Apply(all.Events)
	if all.Events == nil {
		all.Events = []timeline.Event{}
	}
	if opts.Ref.IsZero() {
		opts.Ref = commonRef(all.Documents)
	}
	err = writeOutput(*out, io.Out, func(w writer) error {
		if *snippet {
			return echarts.WriteSnippet(w, all, opts)
		}
		return echarts.WriteReport(w, all, opts)
	})
	if err != nil {
		fmt.Fprintf(io.Err, "timeline render: %v\n", err)
		return ExitInput
	}
	return finish(io, "render", s.quiet, failed, len(all.Documents), len(all.Events))
}

// isResultFile reports whether p names a .json file (an extract result);
// other inputs are texts.
func isResultFile(p string) bool {
	if !strings.EqualFold(filepath.Ext(p), ".json") {
		return false
	}
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// readResult reads a JSON file written by "timeline extract".
func readResult(path string) (timeline.Result, error) {
	var res timeline.Result
	data, err := os.ReadFile(path)
	if err != nil {
		return res, fmt.Errorf("cannot read: %v", pathErr(err))
	}
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(data, &probe); err != nil {
		return res, fmt.Errorf("not a JSON object (%v); render reads the json output of \"timeline extract\"", jsonMessage(err))
	}
	if _, ok := probe["events"]; !ok {
		return res, fmt.Errorf("has no \"events\"; render reads the json output of \"timeline extract\" (--format json)")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&res); err != nil {
		return res, fmt.Errorf("not an extract result: %v", jsonMessage(err))
	}
	return res, nil
}

func jsonMessage(err error) string { return strings.TrimPrefix(err.Error(), "json: ") }

// commonRef returns the reference date shared by every document that has
// one, or zero when they differ or none has one.
func commonRef(docs []timeline.Document) time.Time {
	var ref time.Time
	for _, d := range docs {
		switch {
		case d.Ref.IsZero():
		case ref.IsZero():
			ref = d.Ref
		case !ref.Equal(d.Ref):
			return time.Time{}
		}
	}
	return ref
}
