package input

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

var bom = []byte("\xef\xbb\xbf")

// Decode checks the bytes of one document and returns its plain text and,
// for HTML, its title. The UTF-8 byte order mark is dropped; HTML (by format,
// or detected in text) has its markup stripped. w is nil when all is well;
// otherwise it describes the problem (Document left empty for the caller to
// fill) and text is "" when the document cannot be used. A non-nil w with
// text set is a note, such as HTML found in a text file.
func Decode(data []byte, format Format) (text, title string, w *timeline.Warning) {
	data = bytes.TrimPrefix(data, bom)
	if msg := checkBytes(data); msg != "" {
		return "", "", &timeline.Warning{Message: msg}
	}
	if !utf8.Valid(data) {
		line, col := invalidUTF8At(data)
		return "", "", &timeline.Warning{Line: line, Message: fmt.Sprintf(
			"invalid UTF-8 at line %d, byte %d of the line; convert the file to UTF-8 (for example: iconv -f windows-1252 -t utf-8)", line, col)}
	}
	s := string(data)
	switch {
	case format == HTML:
		title, s = HTMLText(s)
		if strings.TrimSpace(s) == "" {
			return "", title, &timeline.Warning{Message: "no text left after removing the HTML markup"}
		}
	case LooksLikeHTML(s):
		title, s = HTMLText(s)
		if strings.TrimSpace(s) == "" {
			return "", title, &timeline.Warning{Message: "looks like HTML but has no text once the markup is removed"}
		}
		return s, title, &timeline.Warning{Message: "note: this text looks like HTML; the markup was stripped (use --input-format text to keep it)"}
	}
	return s, title, nil
}

// checkBytes returns why data is not usable text, or "".
func checkBytes(data []byte) string {
	if len(bytes.TrimSpace(data)) == 0 {
		return "empty: no text to read"
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return "UTF-16 text is not read; convert the file to UTF-8 (for example: iconv -f utf-16 -t utf-8)"
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "binary file (contains NUL bytes); timeline reads UTF-8 text, Markdown, HTML and JSON Lines"
	}
	ctrl := 0
	for _, b := range head {
		if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b) || b == 0x7f {
			ctrl++
		}
	}
	if ctrl*20 > len(head) {
		return "binary file (mostly control characters); timeline reads UTF-8 text, Markdown, HTML and JSON Lines"
	}
	return ""
}

// invalidUTF8At returns the 1-based line and byte column of the first
// invalid UTF-8 sequence in data.
func invalidUTF8At(data []byte) (line, col int) {
	line, start := 1, 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return line, i - start + 1
		}
		if data[i] == '\n' {
			line++
			start = i + 1
		}
		i += n
	}
	return line, 0
}

// htmlStart matches the start of an HTML document.
var htmlStart = regexp.MustCompile(`(?is)^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])`)

// htmlTag matches common HTML tags, opening or closing.
var htmlTag = regexp.MustCompile(`(?i)</?(p|div|br|span|a|body|head|script|style|table|tr|td|li|ul|ol|h[1-6]|article|section|meta|link|img)[\s/>]`)

// LooksLikeHTML reports whether text is an HTML document rather than prose:
// it starts like one (<!DOCTYPE html>, <html>, <head>, <body>), or it starts
// with a tag and has at least five common HTML tags in its first 64 KiB.
func LooksLikeHTML(text string) bool {
	head := text
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if htmlStart.MatchString(head) {
		return true
	}
	if !strings.HasPrefix(strings.TrimSpace(head), "<") {
		return false
	}
	return len(htmlTag.FindAllStringIndex(head, 5)) >= 5
}
