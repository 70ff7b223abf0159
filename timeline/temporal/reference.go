package temporal

import (
	"regexp"
	"strings"
	"time"
)

// headerLabel starts a line that states when the text was published.
var headerLabel = regexp.MustCompile(`(?i)^\s*(?:first\s+|last\s+)?(?:published|updated|posted|dated?|released|issued)\b(?:\s+on)?\s*:?\s*`)

// datelinePlace is what may stand before a date at the start of a
// dateline: "BRUSSELS, ", "WASHINGTON (AP) — ", "Geneva, Switzerland, ".
var datelinePlace = regexp.MustCompile(`^\s*(?:[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}(?:,\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2})?\s*(?:\([^)]{1,30}\))?\s*[,—–-]+\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$`)

// byline is a byline before a date on the same line: "By Jane Doe | ".
var byline = regexp.MustCompile(`^\s*[Bb]y\s+[^|·•—–\n]{1,60}?\s*[|·•—–,-]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$`)

// datelineTail is what may follow the date of a dateline: the end of the
// line, an agency in brackets, a dash or the time.
var datelineTail = regexp.MustCompile(`^\s*(?:$|\(|[—–-]|/|\d{1,2}[:.]\d{2}|at\s+\d|\|)`)

// FindReference reads the date a text gives for itself in its first lines:
// a "Published 3 December 2024" or "Updated: 2024-12-03" line, a dateline
// whose date has a year ("BRUSSELS, Dec. 4, 2024 (Reuters) —", "WASHINGTON
// (AP) — December 3, 2024 —"), or a line that starts with a full date
// ("December 3, 2024 —"). It returns false when there is none, and for a
// dateline without a year ("BRUSSELS, Dec 4 (Reuters) -"): the year of such
// a text cannot be known from it, and a guess could be wrong by a year.
func FindReference(text string) (time.Time, bool) { return defaultTagger.FindReference(text) }

// FindReference is the package's FindReference read with t's options: with
// DayFirst, "Published 04/05/2023" is 4 May 2023.
func (t *Tagger) FindReference(text string) (time.Time, bool) {
	if t == nil {
		t = defaultTagger
	}
	if len(text) > 2000 {
		text = text[:2000]
	}
	lines := strings.Split(text, "\n")
	seen := 0
	for _, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if seen++; seen > 8 {
			break
		}
		if d, ok := lineReference(t, line); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// lineReference reads a publication date from one header line.
func lineReference(t *Tagger, line string) (time.Time, bool) {
	label := headerLabel.FindStringIndex(line)
	for _, tx := range t.Tag(line, time.Time{}) {
		d := tx.Date
		if d == nil || !d.Known() || d.Inferred || d.IsRange() || d.Granularity != Day {
			continue
		}
		before, after := line[:tx.Start], line[tx.End:]
		switch {
		case label != nil && label[1] <= tx.Start && strings.TrimSpace(line[label[1]:tx.Start]) == "":
			return d.Start, true
		case (datelinePlace.MatchString(before) || byline.MatchString(before)) && datelineTail.MatchString(after):
			return d.Start, true
		}
		return time.Time{}, false // only the first full date of a line counts
	}
	return time.Time{}, false
}
