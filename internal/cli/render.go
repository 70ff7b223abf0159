package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
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
filter flags, --day-first included), or the output of "timeline extract" in
json or jsonl format (.json, .jsonl files, or piped to -; their events are used
as they are). Reports of the same event in different documents are merged
unless --no-merge.

The page is self-contained and works offline: ECharts is inlined from
echarts.min.js, found through $TIMELINE_ECHARTS_JS, node_modules/echarts
(run "npm ci" in the timeline repository) or --echarts-js. --echarts-url
loads it from an address instead. --snippet writes an HTML fragment to paste
into an existing page that loads ECharts 5.4.3 itself.

Examples:
  timeline render samples/ -o report.html
  timeline extract news/ -o events.json && timeline render events.json --title "News" -o report.html
  timeline extract --format jsonl feed.jsonl | timeline render - -o report.html
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
	s, err := f.parse(fs)
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
				fmt.Fprintf(io.Err, "timeline render: %v; or give --echarts-js PATH to a copy of echarts.min.js, or use --snippet for a fragment that loads ECharts itself\n", err)
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
		var res timeline.Result
		var err error
		switch {
		case p == "-":
			// Standard input may carry extract output too:
			// timeline extract news/ | timeline render - -o report.html
			br := bufio.NewReaderSize(io.In, 64<<10)
			io.In = br
			kind := sniffResult(br)
			if kind == "" {
				texts = append(texts, p)
				continue
			}
			res, err = readResultFrom(br, kind)
			p = "stdin"
		case isResultFile(p):
			res, err = readResult(p)
		default:
			texts = append(texts, p)
			continue
		}
		if err != nil {
			failed++
			w := timeline.Warning{Document: filepath.ToSlash(p), Message: err.Error()}
			printWarning(io, w)
			all.Warnings = append(all.Warnings, w)
			continue
		}
		all.Documents = append(all.Documents, res.Documents...)
		all.Events = append(all.Events, res.Events...)
		all.Warnings = append(all.Warnings, res.Warnings...)
	}
	if len(texts) > 0 {
		s.input.Output = *out
		n, err := s.run(ctx, texts, io, func(o batch.Outcome) error {
			for _, d := range o.Result.Documents {
				d.Text = "" // the report shows sentences, not whole texts
				all.Documents = append(all.Documents, d)
			}
			for _, ev := range o.Result.Events {
				ev.Detach() // the document text can be freed
				all.Events = append(all.Events, ev)
			}
			all.Warnings = append(all.Warnings, o.Result.Warnings...)
			return nil
		})
		failed += n
		if err != nil {
			return runError(io, "render", *out, err)
		}
	}
	if s.merge {
		done := showStatus(io, s.quiet, fmt.Sprintf("merging %d events from %d documents…", len(all.Events), len(all.Documents)))
		all.Events = timeline.Merge(all.Events)
		done()
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
		return runError(io, "render", *out, err)
	}
	return finish(io, "render", s.quiet, failed, len(all.Documents), len(all.Events))
}

// isResultFile reports whether p names output of "timeline extract": a
// .json file, or a .jsonl/.ndjson file whose first line has a "kind" member
// (extract --format jsonl). Other inputs are texts.
func isResultFile(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	if ext != ".json" && ext != ".jsonl" && ext != ".ndjson" {
		return false
	}
	fi, err := os.Stat(p)
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	if ext == ".json" {
		return true
	}
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadSlice('\n')
	var probe struct {
		Kind *string `json:"kind"`
	}
	return json.Unmarshal(bytes.TrimSpace(line), &probe) == nil && probe.Kind != nil
}

// readResult reads a file of "timeline extract" output: JSON (--format
// json) for .json files, JSON Lines (--format jsonl) otherwise.
func readResult(path string) (timeline.Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return timeline.Result{}, fmt.Errorf("cannot read: %v", pathErr(err))
	}
	defer f.Close()
	kind := "jsonl"
	if strings.EqualFold(filepath.Ext(path), ".json") {
		kind = "json"
	}
	return readResultFrom(f, kind)
}

// sniffResult tells whether br starts with extract output: "json" for a
// result object spread over lines (as extract writes it), "jsonl" for lines
// with a "kind" member, "" for anything else (texts, JSON Lines documents).
func sniffResult(br *bufio.Reader) string {
	head, _ := br.Peek(64 << 10)
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 || head[0] != '{' {
		return ""
	}
	line, _, _ := bytes.Cut(head, []byte("\n"))
	line = bytes.TrimSpace(line)
	var probe struct {
		Kind *string `json:"kind"`
	}
	switch {
	case !json.Valid(line):
		return "json"
	case json.Unmarshal(line, &probe) == nil && probe.Kind != nil:
		return "jsonl"
	}
	return ""
}

// readResultFrom reads extract output of the given kind ("json" or "jsonl").
func readResultFrom(r io.Reader, kind string) (timeline.Result, error) {
	var res timeline.Result
	if kind == "jsonl" {
		return decodeResultLines(r)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return res, fmt.Errorf("cannot read: %v", pathErr(err))
	}
	var probe map[string]json.RawMessage
	if t := bytes.TrimSpace(data); !json.Valid(t) {
		err := json.Unmarshal(t, &probe)
		return res, fmt.Errorf("malformed or truncated JSON (%v); render reads the json output of \"timeline extract\"", jsonMessage(err))
	} else if len(t) == 0 || t[0] != '{' {
		return res, fmt.Errorf("JSON, but not an object; render reads the json output of \"timeline extract\" ({\"documents\",\"events\",\"warnings\"})")
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return res, fmt.Errorf("not a JSON object (%v); render reads the json output of \"timeline extract\"", jsonMessage(err))
	}
	if _, ok := probe["events"]; !ok {
		return res, fmt.Errorf("has no \"events\"; render reads the json output of \"timeline extract\" (--format json)")
	}
	if err := json.Unmarshal(data, &res); err != nil {
		return res, fmt.Errorf("not an extract result: %v", jsonMessage(err))
	}
	return res, nil
}

// decodeResultLines reads "timeline extract --format jsonl" output: one
// document, event or warning a line, told apart by "kind".
func decodeResultLines(r io.Reader) (timeline.Result, error) {
	var res timeline.Result
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var kind struct {
			Kind string `json:"kind"`
		}
		if err := json.Unmarshal(line, &kind); err != nil {
			return res, fmt.Errorf("line %d: malformed JSON (%v)", n, jsonMessage(err))
		}
		var v any
		switch kind.Kind {
		case "document":
			res.Documents = append(res.Documents, timeline.Document{})
			v = &res.Documents[len(res.Documents)-1]
		case "event":
			res.Events = append(res.Events, timeline.Event{})
			v = &res.Events[len(res.Events)-1]
		case "warning":
			res.Warnings = append(res.Warnings, timeline.Warning{})
			v = &res.Warnings[len(res.Warnings)-1]
		default:
			return res, fmt.Errorf("line %d: unknown kind %q; expected document, event or warning", n, kind.Kind)
		}
		if err := json.Unmarshal(line, v); err != nil {
			return res, fmt.Errorf("line %d: bad %s record (%v)", n, kind.Kind, jsonMessage(err))
		}
	}
	if err := sc.Err(); err != nil {
		return res, fmt.Errorf("cannot read: %v", err)
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
