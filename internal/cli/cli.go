// Package cli implements the timeline command line: one file per subcommand,
// each taking its arguments and an IO, so that tests run commands in memory.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

// Exit codes.
const (
	ExitOK    = 0 // everything went well
	ExitInput = 1 // some input failed; the rest was processed
	ExitUsage = 2 // the command line was wrong
)

// IO is where a command reads and writes.
type IO struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
	// ErrIsTerminal reports whether Err is a terminal (progress bars go there).
	ErrIsTerminal bool
	// ErrWidth, when not nil, returns the number of columns of the terminal
	// Err is (0 when unknown), so that the progress line never wraps.
	ErrWidth func() int
}

// Stdio returns the process's standard streams.
func Stdio() IO {
	return IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, ErrIsTerminal: isTerminal(os.Stderr),
		ErrWidth: func() int { return terminalWidth(os.Stderr) }}
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, io IO) int
}

func commands() []command {
	return []command{
		{"dates", "list the temporal expressions of a text (JSON Lines or TimeML)", runDates},
		{"extract", "extract dated diplomatic events (JSON, JSONL, CSV, TimelineJS, iCalendar, TimeML)", runExtract},
		{"render", "render an interactive HTML timeline report or snippet", runRender},
		{"version", "print the version", runVersion},
	}
}

const mainUsage = `timeline reads English news text and extracts dated diplomatic events:
visits, meetings, summits, accessions, agreements and foundings, each with its
actors, location, date (with precision) and the sentence it came from.

Usage:
  timeline <command> [flags] [FILE|DIR|-]...

Commands:
%s
Examples:
  timeline dates --ref 2024-10-23 article.txt
  timeline extract samples/ -o events.json
  timeline extract --format csv --type visit,meeting news/*.txt > events.csv
  timeline render samples/ -o report.html

Run "timeline <command> --help" for a command's flags.
Exit status: 0 ok, 1 some input failed (the rest was processed), 2 usage error.
`

// Main runs the command line args and returns the exit code. Besides ctx
// being done, a termination or hang-up signal (SIGTERM, SIGHUP) stops the
// run the same way, so that "-o FILE" is left as it was and no temporary
// file stays behind.
//
// A run that does not stop within stopGrace of being interrupted (a very
// long document keeps a worker busy) removes its temporary output files and
// ends the process with ExitInput; after the first interruption, a second
// Ctrl-C ends the process at once.
func Main(ctx context.Context, args []string, io IO) int {
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	done := make(chan struct{})
	defer close(done)
	go watchStop(ctx, done, stop, io)
	if len(args) == 0 {
		return mainUsageError(io, "no command given")
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			return Main(ctx, []string{args[1], "--help"}, io)
		}
		printMainUsage(io.Out)
		return ExitOK
	case "--version", "-version":
		name = "version"
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, args[1:], io)
		}
	}
	if strings.HasPrefix(name, "-") {
		return mainUsageError(io, fmt.Sprintf("%s: give a command before flags", name))
	}
	return mainUsageError(io, fmt.Sprintf("unknown command %q", name))
}

// stopGrace is how long an interrupted run may take to stop by itself.
var stopGrace = 3 * time.Second

// exitNow ends the process; tests replace it.
var exitNow = os.Exit

// watchStop waits for ctx to be done while Main runs. Then it restores the
// default handling of the signals (a second one kills the process) and, if
// Main has not returned within stopGrace, removes the temporary files of
// outputs being written and exits.
func watchStop(ctx context.Context, done <-chan struct{}, stop func(), io IO) {
	select {
	case <-done:
		return
	case <-ctx.Done():
	}
	stop()
	signal.Reset(os.Interrupt)
	select {
	case <-done:
	case <-time.After(stopGrace):
		removeTemps()
		fmt.Fprintln(io.Err, "timeline: interrupted; stopped without waiting for the document being read (no output file was written)")
		exitNow(ExitInput)
	}
}

// mainUsageError prints a one-line error naming the commands, and a hint,
// and returns ExitUsage.
func mainUsageError(io IO, msg string) int {
	names := make([]string, 0, len(commands()))
	for _, c := range commands() {
		names = append(names, c.name)
	}
	fmt.Fprintf(io.Err, "timeline: %s; use one of: %s\n", msg, strings.Join(names, ", "))
	fmt.Fprintln(io.Err, "Run 'timeline help' for usage.")
	return ExitUsage
}

func printMainUsage(w io.Writer) {
	var b strings.Builder
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, mainUsage, b.String())
}

// newFlagSet returns a flag set whose usage prints the given text and the flags.
func newFlagSet(name, usage string, io IO) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Err)
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprint(out, usage)
		fmt.Fprintln(out, "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args allowing flags after positional arguments
// ("timeline extract a.txt -o out.json"); "--" ends flag parsing, so that
// "timeline extract -- -odd-name.txt" reads a file whose name starts with a
// dash, while a "--" given as a flag's value ("--title --") stays a value.
// It returns the positional arguments, or an exit code (ExitOK for --help,
// ExitUsage for a bad flag) and false. Help goes to io.Out; a flag error is
// one line on io.Err naming the command, and a hint to run --help.
func parseFlags(fs *flag.FlagSet, args []string, io IO) ([]string, int, bool) {
	usage, out := fs.Usage, fs.Output()
	var msg strings.Builder
	fs.Usage = func() {} // the flag package calls it on errors and -h
	fs.SetOutput(&msg)
	defer func() { fs.Usage = usage; fs.SetOutput(out) }()
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(io.Out)
				usage()
				return nil, ExitOK, false
			}
			return nil, usageError(io, fs.Name(), "%s", strings.TrimSpace(strings.SplitN(msg.String(), "\n", 2)[0])), false
		}
		rest := fs.Args()
		if endedByDashDash(fs, args[:len(args)-len(rest)]) {
			return append(pos, rest...), ExitOK, true
		}
		if len(rest) == 0 {
			return pos, ExitOK, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// endedByDashDash reports whether the flag arguments that fs.Parse consumed
// end with a "--" terminator rather than a "--" that was a flag's value.
func endedByDashDash(fs *flag.FlagSet, consumed []string) bool {
	for i := 0; i < len(consumed); i++ {
		a := consumed[i]
		if a == "--" {
			return i == len(consumed)-1
		}
		if takesValue(fs, a) {
			i++ // the next argument is this flag's value
		}
	}
	return false
}

// takesValue reports whether arg is a flag that reads the next argument as
// its value: a known non-boolean flag written without "=value".
func takesValue(fs *flag.FlagSet, arg string) bool {
	if len(arg) < 2 || arg[0] != '-' {
		return false
	}
	name := strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
	if name == "" || strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return false
	}
	return true
}

// usageError prints a usage error for the command and returns ExitUsage.
func usageError(io IO, cmd, format string, args ...any) int {
	fmt.Fprintf(io.Err, "timeline %s: %s\n", cmd, fmt.Sprintf(format, args...))
	fmt.Fprintf(io.Err, "Run 'timeline %s --help' for usage.\n", cmd)
	return ExitUsage
}
