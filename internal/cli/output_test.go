package cli

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteOutputAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	// A failing write leaves the old file untouched and no temporary file.
	boom := errors.New("boom")
	err := writeOutput(path, nil, func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("partial ", 100000))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("writeOutput error = %v, want boom", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("failed write changed the file to %d bytes", len(b))
	}
	assertOnly(t, dir, "out.json")

	// A good write replaces it whole and keeps its permissions.
	if err := writeOutput(path, nil, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("file = %q, want new", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want the old 0600 kept", fi.Mode().Perm())
	}
	assertOnly(t, dir, "out.json")

	// A new file gets 0644.
	fresh := filepath.Join(dir, "fresh.csv")
	if err := writeOutput(fresh, nil, func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(fresh); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("new file: %v, %v", fi, err)
	}
}

func TestWriteOutputErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		path, want string
	}{
		{filepath.Join(dir, "no", "such", "x.json"), "does not exist; create it first"},
		{dir, "it is a directory; name a file"},
	}
	for _, tt := range tests {
		err := writeOutput(tt.path, nil, func(w io.Writer) error { return nil })
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.path) {
			t.Errorf("writeOutput(%s) = %v, want an error naming it and saying %q", tt.path, err, tt.want)
		}
	}
}

func TestWriteOutputStdout(t *testing.T) {
	for _, p := range []string{"", "-"} {
		var b bytes.Buffer
		if err := writeOutput(p, &b, func(w io.Writer) error { _, err := io.WriteString(w, "data"); return err }); err != nil || b.String() != "data" {
			t.Errorf("writeOutput(%q) wrote %q, %v", p, b.String(), err)
		}
	}
}

// assertOnly checks that dir holds exactly the named files.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("directory holds %v, want %v", got, names)
	}
}

func TestEscapeControls(t *testing.T) {
	for in, want := range map[string]string{
		"plain.txt: empty":       "plain.txt: empty",
		"\x1b[31mred.txt: empty": `\x1b[31mred.txt: empty`,
		"a\rb\x07c\x7fd\u009be":  `a\x0db\x07c\x7fd\x9be`,
		"panic\n  frame\tline":   "panic\n  frame\tline",
		"café — “quoted” 北京":     "café — “quoted” 北京",
	} {
		if got := escapeControls(in); got != want {
			t.Errorf("escapeControls(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWatchStop checks that a run which does not stop after being
// interrupted has its temporary output removed and the process ended, and
// that a run which stops in time is left alone.
func TestWatchStop(t *testing.T) {
	grace, exit := stopGrace, exitNow
	defer func() { stopGrace, exitNow = grace, exit }()
	stopGrace = 20 * time.Millisecond
	codes := make(chan int, 1)
	exitNow = func(code int) { codes <- code }

	dir := t.TempDir()
	tmp := filepath.Join(dir, ".out.json.tmp1")
	os.WriteFile(tmp, []byte("partial"), 0o600)
	trackTemp(tmp, true)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var errb bytes.Buffer
	go watchStop(ctx, make(chan struct{}), func() {}, IO{Err: &errb})
	select {
	case code := <-codes:
		if code != ExitInput {
			t.Errorf("exit code %d, want %d", code, ExitInput)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a stuck run was not ended")
	}
	assertOnly(t, dir)
	if !strings.Contains(errb.String(), "interrupted") {
		t.Errorf("stderr %q", errb.String())
	}

	done := make(chan struct{})
	close(done)
	watchStop(ctx, done, func() {}, IO{Err: &errb}) // returns at once
	select {
	case code := <-codes:
		t.Errorf("a run that stopped was ended with %d", code)
	case <-time.After(2 * stopGrace):
	}
}
