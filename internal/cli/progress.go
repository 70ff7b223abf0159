package cli

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progress draws a one-line progress bar on a terminal:
//
//	[=========>          ] 450/1000 docs  12.3/27.0 MB  85 docs/s  ETA 0:06
//
// with the total parts left out when the total is not known (JSON Lines,
// standard input). It redraws at most ten times a second and clears its line
// at the end. A nil *progress draws nothing, so callers need not check.
type progress struct {
	w          io.Writer
	now        func() time.Time
	start      time.Time
	lastDraw   time.Time
	totalDocs  int   // -1 when unknown
	totalBytes int64 // -1 when unknown
	docs       int
	bytes      int64
	drawn      bool
	width      func() int // terminal columns, 0 when unknown; nil: unknown
}

// redrawEvery is the shortest time between two redraws.
const redrawEvery = 100 * time.Millisecond

// barWidth is the number of cells of the bar itself.
const barWidth = 20

// newProgress returns a progress bar writing to io.Err, or nil when io.Err
// is not a terminal or quiet is set. now is the clock (nil: time.Now).
func newProgress(io IO, quiet bool, totalDocs int, totalBytes int64, now func() time.Time) *progress {
	if quiet || !io.ErrIsTerminal || io.Err == nil {
		return nil
	}
	if now == nil {
		now = time.Now
	}
	return &progress{w: io.Err, now: now, start: now(), totalDocs: totalDocs, totalBytes: totalBytes, width: io.ErrWidth}
}

// add records finished inputs (files, JSON Lines records, problems) and
// input bytes, and redraws when the last drawing is old enough.
func (p *progress) add(docs int, bytes int64) {
	if p == nil {
		return
	}
	p.docs += docs
	p.bytes += bytes
	if t := p.now(); !p.drawn || t.Sub(p.lastDraw) >= redrawEvery {
		p.lastDraw = t
		p.drawn = true
		fmt.Fprintf(p.w, "\r%s\x1b[K", p.line(t))
	}
}

// clear erases the bar so that other messages can be written; the next add
// draws it again.
func (p *progress) clear() {
	if p == nil || !p.drawn {
		return
	}
	fmt.Fprint(p.w, "\r\x1b[K")
	p.drawn = false
}

// line formats the bar's text at time t, fitted to the terminal's width
// when it is known: the rates go first, then the sizes, then the bar, so that
// the counts and the ETA stay; the line never wraps (a wrapped line cannot be
// redrawn in place).
func (p *progress) line(t time.Time) string {
	var bar, docs, size, rate, eta string
	frac := -1.0
	switch {
	case p.totalBytes > 0:
		frac = float64(p.bytes) / float64(p.totalBytes)
	case p.totalDocs > 0:
		frac = float64(p.docs) / float64(p.totalDocs)
	}
	if frac >= 0 {
		frac = min(frac, 1)
		full := int(frac * barWidth)
		bar = "[" + strings.Repeat("=", full)
		if full < barWidth {
			bar += ">" + strings.Repeat(" ", barWidth-full-1)
		}
		bar += "]"
	}
	if p.totalDocs >= 0 {
		docs = fmt.Sprintf("%d/%d docs", p.docs, p.totalDocs)
	} else {
		docs = fmt.Sprintf("%d docs", p.docs)
	}
	mb := float64(p.bytes) / 1e6
	if p.totalBytes >= 0 {
		size = fmt.Sprintf("%.1f/%.1f MB", mb, float64(p.totalBytes)/1e6)
	} else {
		size = fmt.Sprintf("%.1f MB", mb)
	}
	elapsed := t.Sub(p.start).Seconds()
	if elapsed > 0 {
		rate = fmt.Sprintf("%.0f docs/s  %.1f MB/s", float64(p.docs)/elapsed, mb/elapsed)
	}
	if frac > 0 && frac < 1 && elapsed > 0 {
		left := time.Duration(elapsed * (1 - frac) / frac * float64(time.Second))
		eta = "ETA " + clock(left)
	}
	join := func(parts ...string) string {
		var b strings.Builder
		for _, s := range parts {
			if s == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteString(" ")
				if !strings.HasSuffix(b.String(), "] ") {
					b.WriteString(" ")
				}
			}
			b.WriteString(s)
		}
		return b.String()
	}
	width := 0
	if p.width != nil {
		width = p.width() - 1 // the last column would wrap on some terminals
	}
	for _, parts := range [][]string{
		{bar, docs, size, rate, eta},
		{bar, docs, size, eta},
		{bar, docs, eta},
		{docs, eta},
	} {
		if l := join(parts...); width <= 0 || len(l) <= width {
			return l
		}
	}
	return fit(join(docs, eta), width)
}

// fit cuts an ASCII line to at most width bytes.
func fit(s string, width int) string {
	if width > 0 && len(s) > width {
		return s[:width]
	}
	return s
}

// clock formats a duration as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// showStatus writes msg on the progress line of a terminal (nothing when
// io.Err is not one, or quiet is set) for a step with no measurable
// progress, such as merging events at the end of a run; the returned
// function erases it.
func showStatus(io IO, quiet bool, msg string) (clear func()) {
	if quiet || !io.ErrIsTerminal || io.Err == nil {
		return func() {}
	}
	if io.ErrWidth != nil {
		msg = fitRunes(msg, io.ErrWidth()-1)
	}
	fmt.Fprintf(io.Err, "\r%s\x1b[K", msg)
	return func() { fmt.Fprint(io.Err, "\r\x1b[K") }
}

// fitRunes cuts s to at most width characters (width ≤ 0: no limit).
func fitRunes(s string, width int) string {
	if width <= 0 {
		return s
	}
	n := 0
	for i := range s {
		if n == width {
			return s[:i]
		}
		n++
	}
	return s
}
