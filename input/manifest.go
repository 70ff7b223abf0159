package input

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

const manifestName = "manifest.json"

// manifest is a directory's manifest.json:
// {"documents":[{"file":"a.txt","title":"...","date":"2024-10-23"}]}.
type manifest struct {
	entries map[string]manifestEntry // by file name, slash-separated, relative to the directory
	problem *timeline.Warning        // reported once, with the first document of the directory
}

type manifestEntry struct {
	File  string `json:"file"`
	Title string `json:"title"`
	Date  string `json:"date"`
	ref   time.Time
}

// loadManifest reads dir's manifest.json; a missing one is an empty manifest.
func loadManifest(dir string) *manifest {
	path := filepath.Join(dir, manifestName)
	m := &manifest{entries: map[string]manifestEntry{}}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return m
	}
	bad := func(format string, a ...any) *manifest {
		m.problem = &timeline.Warning{Document: filepath.ToSlash(path), Message: fmt.Sprintf(format, a...)}
		return m
	}
	if err != nil {
		return bad("cannot read: %v", pathErr(err))
	}
	var j struct {
		Documents []manifestEntry `json:"documents"`
	}
	if err := json.Unmarshal(data, &j); err != nil {
		return bad(`not a valid manifest (%v); expected {"documents":[{"file","title","date"}]}`, err)
	}
	var probs []string
	for i, e := range j.Documents {
		if e.File == "" {
			probs = append(probs, fmt.Sprintf("entry %d has no \"file\"", i+1))
			continue
		}
		if e.Date != "" {
			t, err := ParseRef(e.Date)
			if err != nil {
				probs = append(probs, fmt.Sprintf("%s: %v", e.File, err))
			} else {
				e.ref = t
			}
		}
		m.entries[filepath.ToSlash(filepath.Clean(e.File))] = e
	}
	if len(probs) > 0 {
		return bad("%s", strings.Join(probs, "; "))
	}
	return m
}

// applyManifest fills the item's document title and reference date from the
// manifest of its directory, and reports a broken manifest once.
func (s *Set) applyManifest(path string, item *Item) {
	dir := filepath.Dir(path)
	m, ok := s.manifests[dir]
	if !ok {
		m = loadManifest(dir)
		s.manifests[dir] = m
	}
	if m.problem != nil {
		item.Warnings = append(item.Warnings, *m.problem)
		item.Failed = true
		m.problem = nil
	}
	e, ok := m.entries[filepath.Base(path)]
	if !ok {
		return
	}
	if e.Title != "" {
		item.Doc.Title = e.Title
	}
	if !e.ref.IsZero() && item.Doc.RefSource != timeline.RefFlag {
		item.Doc.Ref, item.Doc.RefSource = e.ref, timeline.RefMetadata
	}
}

// refLayouts are the layouts ParseRef accepts, all unambiguous: ISO 8601
// and RFC 3339 dates and timestamps, the RFC 1123 dates of RSS feeds and
// HTTP headers, and dates with the month's English name.
var refLayouts = []string{
	"2006-01-02", time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00", time.RFC1123, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700", "2 January 2006", "January 2, 2006", "2 Jan 2006", "Jan 2, 2006",
}

// ParseRef parses a reference date written as YYYY-MM-DD, RFC 3339
// ("2024-10-23T08:00:00Z"), RFC 1123 as in RSS feeds ("Wed, 23 Oct 2024
// 08:00:00 GMT"), or with the month's name ("23 October 2024", "October 23,
// 2024", "Oct 23, 2024"). The calendar date is the one at the stated offset;
// the result is midnight UTC of that day.
func ParseRef(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range refLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, d := t.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD, RFC 3339 or RFC 1123 (2024-10-23, 2024-10-23T08:00:00Z or Wed, 23 Oct 2024 08:00:00 GMT)", s)
}

// ManifestDate returns the reference date that the manifest.json in the
// directory of the file at path gives it, as Set applies it to the
// documents it reads; ok is false when there is no such manifest, entry or
// date. A manifest that cannot be read or parsed is an error naming it.
func ManifestDate(path string) (ref time.Time, ok bool, err error) {
	m := loadManifest(filepath.Dir(path))
	if m.problem != nil {
		return time.Time{}, false, fmt.Errorf("%s: %s", m.problem.Document, m.problem.Message)
	}
	e, found := m.entries[filepath.Base(path)]
	if !found || e.ref.IsZero() {
		return time.Time{}, false, nil
	}
	return e.ref, true, nil
}
