package cli

import (
	"bytes"
	"context"
	"flag"
	"reflect"
	"strings"
	"testing"
)

// testIO returns an IO over buffers, with stdin in.
func testIO(in string) (IO, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return IO{In: strings.NewReader(in), Out: &out, Err: &errb}, &out, &errb
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		pos   []string
		o     string
		title string
		quiet bool
		code  int
		ok    bool
		out   string // substring of stdout
		err   string // substring of stderr
	}{
		{name: "none", args: nil, pos: nil, ok: true},
		{name: "flags first", args: []string{"-o", "x.json", "a.txt"}, pos: []string{"a.txt"}, o: "x.json", ok: true},
		{name: "flags after positionals", args: []string{"a.txt", "-o", "x.json", "b.txt", "--quiet"}, pos: []string{"a.txt", "b.txt"}, o: "x.json", quiet: true, ok: true},
		{name: "equals form", args: []string{"a.txt", "--o=x.json"}, pos: []string{"a.txt"}, o: "x.json", ok: true},
		{name: "stdin dash", args: []string{"-", "--quiet"}, pos: []string{"-"}, quiet: true, ok: true},
		{name: "double dash ends flags", args: []string{"a.txt", "--", "-odd.txt", "--quiet"}, pos: []string{"a.txt", "-odd.txt", "--quiet"}, ok: true},
		{name: "double dash first", args: []string{"--", "-o"}, pos: []string{"-o"}, ok: true},
		{name: "double dash as a value", args: []string{"--title", "--", "a.txt", "--quiet"}, pos: []string{"a.txt"}, title: "--", quiet: true, ok: true},
		{name: "value then double dash", args: []string{"--title", "-o", "--", "--quiet"}, pos: []string{"--quiet"}, title: "-o", ok: true},
		{name: "bool then double dash", args: []string{"--quiet", "--", "-x"}, pos: []string{"-x"}, quiet: true, ok: true},
		{name: "help", args: []string{"a.txt", "--help"}, code: ExitOK, out: "Usage: test"},
		{name: "short help", args: []string{"-h"}, code: ExitOK, out: "-quiet"},
		{name: "unknown flag", args: []string{"a.txt", "--nope"}, code: ExitUsage, err: "timeline test: flag provided but not defined: -nope\nRun 'timeline test --help' for usage.\n"},
		{name: "missing value", args: []string{"a.txt", "-o"}, code: ExitUsage, err: "timeline test: flag needs an argument: -o\n"},
		{name: "bad bool", args: []string{"--quiet=maybe"}, code: ExitUsage, err: "invalid boolean value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			io, out, errb := testIO("")
			fs := newFlagSet("test", "Usage: test [flags]\n", io)
			o := fs.String("o", "", "output")
			title := fs.String("title", "", "title")
			quiet := fs.Bool("quiet", false, "quiet")
			pos, code, ok := parseFlags(fs, tt.args, io)
			if ok != tt.ok || code != tt.code {
				t.Fatalf("parseFlags(%q) = %v, %d, %v; want ok %v code %d (stderr %q)", tt.args, pos, code, ok, tt.ok, tt.code, errb)
			}
			if ok && (!reflect.DeepEqual(pos, tt.pos) || *o != tt.o || *title != tt.title || *quiet != tt.quiet) {
				t.Errorf("parseFlags(%q) = pos %q o %q title %q quiet %v; want %q %q %q %v", tt.args, pos, *o, *title, *quiet, tt.pos, tt.o, tt.title, tt.quiet)
			}
			if !strings.Contains(out.String(), tt.out) {
				t.Errorf("stdout = %q, want it to contain %q", out, tt.out)
			}
			if !strings.Contains(errb.String(), tt.err) {
				t.Errorf("stderr = %q, want it to contain %q", errb, tt.err)
			}
			if tt.code == ExitOK && !ok && errb.Len() != 0 {
				t.Errorf("help wrote to stderr: %q", errb)
			}
			if strings.Count(out.String(), "Usage: test") > 1 {
				t.Errorf("usage printed twice: %q", out)
			}
			if fs.Output() != io.Err {
				t.Errorf("the flag set's output was not restored")
			}
		})
	}
}

func TestMainDispatch(t *testing.T) {
	tests := []struct {
		args []string
		code int
		out  string
		err  string
	}{
		{nil, ExitUsage, "", "timeline: no command given; use one of: dates, extract, render, version\nRun 'timeline help' for usage.\n"},
		{[]string{"help"}, ExitOK, "Commands:", ""},
		{[]string{"help", "extract"}, ExitOK, "Usage: timeline extract", ""},
		{[]string{"extract", "--help"}, ExitOK, "Examples:", ""},
		{[]string{"render", "-h"}, ExitOK, "--snippet", ""},
		{[]string{"bogus"}, ExitUsage, "", `unknown command "bogus"; use one of: dates, extract, render, version`},
		{[]string{"--quiet", "extract"}, ExitUsage, "", `timeline: --quiet: give a command before flags`},
	}
	for _, tt := range tests {
		io, out, errb := testIO("")
		if code := Main(context.Background(), tt.args, io); code != tt.code {
			t.Errorf("Main(%q) = %d, want %d", tt.args, code, tt.code)
		}
		if tt.code == ExitUsage && strings.Count(errb.String(), "\n") != 2 {
			t.Errorf("Main(%q): stderr %q, want a one-line error and a hint", tt.args, errb)
		}
		if !strings.Contains(out.String(), tt.out) || !strings.Contains(errb.String(), tt.err) {
			t.Errorf("Main(%q): stdout %q, stderr %q; want %q and %q", tt.args, trim(out.String()), trim(errb.String()), tt.out, tt.err)
		}
	}
}

func trim(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

var _ = flag.ContinueOnError

// FuzzParseFlags checks that any argument list parses without panicking,
// and that what comes back as positional was given, in order.
func FuzzParseFlags(f *testing.F) {
	f.Add("a.txt\x00-o\x00x\x00--\x00-b")
	f.Add("--title\x00--\x00--quiet\x00-")
	f.Add("-o=\x00--=x\x00---\x00-h")
	f.Fuzz(func(t *testing.T, joined string) {
		args := strings.Split(joined, "\x00")
		io, _, _ := testIO("")
		fs := newFlagSet("test", "Usage: test\n", io)
		fs.String("o", "", "output")
		fs.String("title", "", "title")
		fs.Bool("quiet", false, "quiet")
		pos, _, ok := parseFlags(fs, args, io)
		if !ok {
			return
		}
		i := 0
		for _, p := range pos {
			for i < len(args) && args[i] != p {
				i++
			}
			if i == len(args) {
				t.Fatalf("positional %q of %q not among the arguments in order (got %q)", p, args, pos)
			}
			i++
		}
	})
}
