package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// fakeClock advances by step at every call.
func fakeClock(step time.Duration) func() time.Time {
	t := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(step)
		return t
	}
}

func TestProgressSilent(t *testing.T) {
	var b bytes.Buffer
	for _, tt := range []struct {
		terminal, quiet bool
	}{{false, false}, {true, true}, {false, true}} {
		p := newProgress(IO{Err: &b, ErrIsTerminal: tt.terminal}, tt.quiet, 10, 100, nil)
		if p != nil {
			t.Errorf("terminal %v quiet %v: got a progress bar", tt.terminal, tt.quiet)
		}
		p.add(1, 10) // a nil bar is safe to use
		p.clear()
	}
	if b.Len() != 0 {
		t.Errorf("a silent bar wrote %q", b.String())
	}
}

func TestProgressDraws(t *testing.T) {
	var b bytes.Buffer
	// Each clock call is 30ms later: the bar redraws at most every 100ms.
	p := newProgress(IO{Err: &b, ErrIsTerminal: true}, false, 10, 10_000_000, fakeClock(30*time.Millisecond))
	for range 10 {
		p.add(1, 1_000_000)
	}
	draws := strings.Split(strings.TrimPrefix(b.String(), "\r"), "\r")
	if len(draws) < 2 || len(draws) > 4 {
		t.Fatalf("%d redraws for 10 updates 30ms apart, want 2 to 4 (≤10/s): %q", len(draws), b.String())
	}
	first := strings.TrimSuffix(draws[0], "\x1b[K")
	want := "[==>                 ] 1/10 docs  1.0/10.0 MB  33 docs/s  33.3 MB/s  ETA 0:00" // 30ms in
	if first != want {
		t.Errorf("first line =\n  %q\nwant\n  %q", first, want)
	}
	b.Reset()
	p.clear()
	if b.String() != "\r\x1b[K" {
		t.Errorf("clear wrote %q", b.String())
	}
	b.Reset()
	p.clear()
	if b.Len() != 0 {
		t.Errorf("a second clear wrote %q", b.String())
	}
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		name       string
		docs, tdoc int
		bytes, tb  int64
		elapsed    time.Duration
		want       string
	}{
		{"known totals", 450, 1000, 12_300_000, 27_000_000, 5 * time.Second,
			"[=========>          ] 450/1000 docs  12.3/27.0 MB  90 docs/s  2.5 MB/s  ETA 0:06"},
		{"docs unknown (JSON Lines)", 450, -1, 5_000_000, 20_000_000, 10 * time.Second,
			"[=====>              ] 450 docs  5.0/20.0 MB  45 docs/s  0.5 MB/s  ETA 0:30"},
		{"nothing known (stdin)", 3, -1, 1_000_000, -1, 2 * time.Second,
			"3 docs  1.0 MB  2 docs/s  0.5 MB/s"},
		{"done", 10, 10, 100, 100, time.Hour + 2*time.Minute,
			"[====================] 10/10 docs  0.0/0.0 MB  0 docs/s  0.0 MB/s"},
		{"long ETA", 1, 100, 0, 0, time.Minute,
			"[>                   ] 1/100 docs  0.0/0.0 MB  0 docs/s  0.0 MB/s  ETA 1:39:00"},
	}
	for _, tt := range tests {
		start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
		p := &progress{start: start, totalDocs: tt.tdoc, totalBytes: tt.tb, docs: tt.docs, bytes: tt.bytes}
		if got := p.line(start.Add(tt.elapsed)); got != tt.want {
			t.Errorf("%s:\n  got  %q\n  want %q", tt.name, got, tt.want)
		}
	}
}

// TestProgressWidth checks that the line fits a narrow terminal, dropping
// the rates, then the sizes, then the bar, and keeping counts and ETA.
func TestProgressWidth(t *testing.T) {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		width int
		want  string
	}{
		{0, "[=========>          ] 450/1000 docs  12.3/27.0 MB  90 docs/s  2.5 MB/s  ETA 0:06"},
		{120, "[=========>          ] 450/1000 docs  12.3/27.0 MB  90 docs/s  2.5 MB/s  ETA 0:06"},
		{80, "[=========>          ] 450/1000 docs  12.3/27.0 MB  ETA 0:06"},
		{50, "[=========>          ] 450/1000 docs  ETA 0:06"},
		{30, "450/1000 docs  ETA 0:06"},
		{10, "450/1000 "},
	}
	for _, tt := range tests {
		p := &progress{start: start, totalDocs: 1000, totalBytes: 27_000_000, docs: 450, bytes: 12_300_000,
			width: func() int { return tt.width }}
		got := p.line(start.Add(5 * time.Second))
		if got != tt.want {
			t.Errorf("width %d:\n  got  %q\n  want %q", tt.width, got, tt.want)
		}
		if tt.width > 0 && len(got) >= tt.width {
			t.Errorf("width %d: line of %d characters would wrap", tt.width, len(got))
		}
	}
	var b bytes.Buffer
	done := showStatus(IO{Err: &b, ErrIsTerminal: true, ErrWidth: func() int { return 12 }}, false, "merging 123456 events…")
	done()
	if b.String() != "\rmerging 123\x1b[K\r\x1b[K" {
		t.Errorf("status on a 12-column terminal wrote %q", b.String())
	}
}
