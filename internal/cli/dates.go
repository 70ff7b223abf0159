package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/input"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

const datesUsage = `Usage: timeline dates [--ref YYYY-MM-DD] [--day-first] [--format jsonl|timeml] [-o FILE] FILE|-

Lists every temporal expression of a text (dates, times, durations, sets),
resolved to TIMEX3 values.

  jsonl   one JSON object a line: {"start","end","text","type","value","date"};
          start and end are byte offsets (end exclusive), date is the
          structured date (start, end, granularity, value, mod, inferred).
  timeml  the text with inline <TIMEX3> tags, as a TimeML document.

The reference date that year-less and relative expressions are resolved
against is --ref, else the date the text gives for itself (a dateline or a
"Published ..." line), else none: such expressions then keep unknown parts
("XXXX-10-21") and a note is printed.

Numeric dates such as 04/05/2023 are read month-first (April 5, the US
convention of English-language wire copy) unless the first number is above
12; --day-first reads them day-first (4 May), as British, European and most
other English-language sources write them.

Examples:
  timeline dates --ref 2024-10-23 article.txt
  timeline dates --day-first --ref 2023-06-01 uk-article.txt
  timeline dates --format timeml article.txt -o article.tml
  cat article.txt | timeline dates -
`

// datesOptions are the parsed arguments of "timeline dates".
type datesOptions struct {
	ref      time.Time
	format   string
	output   string
	input    string
	dayFirst bool
}

func runDates(ctx context.Context, args []string, io IO) int {
	opts, code, ok := parseDatesArgs(args, io)
	if !ok {
		return code
	}
	return datesRun(opts, io)
}

// parseDatesArgs reads the command line into options.
func parseDatesArgs(args []string, io IO) (datesOptions, int, bool) {
	var opts datesOptions
	fs := newFlagSet("dates", datesUsage, io)
	ref := fs.String("ref", "", "reference `date` (YYYY-MM-DD) for relative and year-less expressions")
	fs.StringVar(&opts.format, "format", "jsonl", "output `format`: jsonl or timeml")
	fs.StringVar(&opts.output, "o", "", "write to `file` instead of standard output")
	fs.BoolVar(&opts.dayFirst, "day-first", false, dayFirstHelp)
	pos, code, ok := parseFlags(fs, args, io)
	if !ok {
		return opts, code, false
	}
	refSet := false
	fs.Visit(func(fl *flag.Flag) { refSet = refSet || fl.Name == "ref" })
	if refSet && strings.TrimSpace(*ref) == "" {
		return opts, usageError(io, "dates", "--ref: empty value; give a date such as 2024-10-23, or leave the flag out"), false
	}
	if *ref != "" {
		t, err := input.ParseRef(*ref)
		if err != nil {
			return opts, usageError(io, "dates", "--ref %q: not a date; use YYYY-MM-DD, e.g. --ref 2024-10-23", *ref), false
		}
		opts.ref = t
	}
	if opts.format != "jsonl" && opts.format != "timeml" {
		return opts, usageError(io, "dates", "--format %q: unknown format; use jsonl or timeml", opts.format), false
	}
	switch len(pos) {
	case 0:
		return opts, usageError(io, "dates", "no input: give a text file, or - for standard input"), false
	case 1:
		opts.input = pos[0]
	default:
		return opts, usageError(io, "dates", "one input at a time (got %d); use \"timeline extract\" for many", len(pos)), false
	}
	return opts, 0, true
}

// datesRun tags the input and writes the expressions.
func datesRun(opts datesOptions, stdio IO) int {
	name, text, err := readDatesInput(opts.input, stdio.In)
	if err != nil {
		fmt.Fprintf(stdio.Err, "timeline dates: %v\n", err)
		return ExitInput
	}
	ext := strings.ToLower(filepath.Ext(opts.input))
	if ext == ".jsonl" || ext == ".ndjson" {
		fmt.Fprintf(stdio.Err, "timeline dates: %s: JSON Lines holds many documents and dates reads one text; use \"timeline extract\", or give one record's text (e.g. jq -r .text)\n", name)
		return ExitUsage
	}
	if ext == ".html" || ext == ".htm" || ext == ".xhtml" || input.LooksLikeHTML(text) {
		// Dates in markup (attributes, scripts) are not the text's dates.
		if stripped, _, w := input.Decode([]byte(text), input.HTML); stripped != "" {
			text = stripped
			note := ""
			if w != nil { // decoded from the page's declared charset
				note = "; " + strings.TrimPrefix(w.Message, "note: ")
			}
			fmt.Fprintf(stdio.Err, "timeline dates: %s: HTML markup removed; offsets are into the text that remains (see --format timeml)%s\n", name, note)
		}
	}
	if !utf8.ValidString(text) {
		// only an HTML page in a legacy charset gets here undecoded
		fmt.Fprintf(stdio.Err, "timeline dates: read %s: invalid UTF-8; convert the file to UTF-8 (for example: iconv -f windows-1252 -t utf-8)\n", name)
		return ExitInput
	}
	tagger := temporal.New()
	if opts.dayFirst {
		tagger = temporal.NewWith(temporal.DayFirst())
	}
	ref := opts.ref
	if ref.IsZero() && opts.input != "-" {
		t, ok, err := input.ManifestDate(opts.input)
		switch {
		case err != nil:
			fmt.Fprintf(stdio.Err, "timeline dates: %v\n", err)
		case ok:
			ref = t
			fmt.Fprintf(stdio.Err, "timeline dates: %s: reference date %s from %s\n", name, t.Format("2006-01-02"), filepath.Join(filepath.Dir(opts.input), "manifest.json"))
		}
	}
	if ref.IsZero() {
		if t, ok := tagger.FindReference(text); ok {
			ref = t
			fmt.Fprintf(stdio.Err, "timeline dates: %s: reference date %s read from the text\n", name, t.Format("2006-01-02"))
		} else {
			fmt.Fprintf(stdio.Err, "timeline dates: %s: no reference date (no --ref, no dateline): years and relative dates that need one are left unknown (XXXX)\n", name)
		}
	}
	timexes := tagger.Tag(text, ref)
	err = writeOutput(opts.output, stdio.Out, func(w io.Writer) error {
		if opts.format == "timeml" {
			return temporal.WriteTimeMLDocument(w, filepath.Base(name), text, ref, timexes)
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, tx := range timexes {
			if err := enc.Encode(tx); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(stdio.Err, "timeline dates: %v\n", err)
		return ExitInput
	}
	return ExitOK
}

// readDatesInput reads a text file (or standard input for "-") and checks it
// as "timeline extract" checks its inputs (input.Decode: empty, UTF-16,
// binary, invalid UTF-8), with the same messages. A UTF-8 byte order mark is
// dropped. A text that looks like HTML is returned as read: datesRun strips
// the markup. It returns the name to use in messages.
func readDatesInput(path string, stdin io.Reader) (string, string, error) {
	var b []byte
	var err error
	name := path
	if path == "-" {
		name = "standard input"
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return name, "", fmt.Errorf("read %s: no such file", name)
		case errors.Is(err, fs.ErrPermission):
			return name, "", fmt.Errorf("read %s: permission denied", name)
		}
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		if fi, serr := os.Stat(path); serr == nil && fi.IsDir() {
			return name, "", fmt.Errorf("read %s: is a directory; give one text file (\"timeline extract\" reads directories)", name)
		}
		return name, "", fmt.Errorf("read %s: %v", name, err)
	}
	text, _, w := input.Decode(b, input.Text)
	switch {
	case w != nil && text == "":
		return name, "", fmt.Errorf("read %s: %s", name, w.Message)
	case w != nil:
		// a note: the text looks like HTML (perhaps in a legacy charset);
		// datesRun decodes it as HTML and says so
		return name, string(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))), nil
	}
	return name, text, nil
}
