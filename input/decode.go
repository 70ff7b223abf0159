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
	var note string
	if !utf8.Valid(data) && (format == HTML || LooksLikeHTML(string(data))) {
		if cs := declaredLatin(data); cs != "" {
			data = decodeWindows1252(data)
			note = fmt.Sprintf("note: decoded from windows-1252, as the page declares (charset=%s)", cs)
		}
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
		if note != "" {
			return s, title, &timeline.Warning{Message: note}
		}
	case LooksLikeHTML(s):
		title, s = HTMLText(s)
		if strings.TrimSpace(s) == "" {
			return "", title, &timeline.Warning{Message: "looks like HTML but has no text once the markup is removed"}
		}
		msg := "note: this text looks like HTML; the markup was stripped (use --input-format text to keep it)"
		if note != "" {
			msg += "; " + strings.TrimPrefix(note, "note: ")
		}
		return s, title, &timeline.Warning{Message: msg}
	}
	return s, title, nil
}

// metaCharset finds a charset declared in an HTML page's head, as
// <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">.
var metaCharset = regexp.MustCompile(`(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// declaredLatin returns the charset an HTML page declares in its first
// 4 KiB when it is one that browsers read as windows-1252 (iso-8859-1,
// latin1, us-ascii, windows-1252, cp1252), else "".
func declaredLatin(data []byte) string {
	head := data[:min(len(data), 4096)]
	m := metaCharset.FindSubmatch(head)
	if m == nil {
		return ""
	}
	switch cs := strings.ToLower(string(m[1])); cs {
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252":
		return cs
	}
	return ""
}

// cp1252 maps the bytes 0x80–0x9F of windows-1252 to runes; the five bytes
// it leaves undefined keep their C1 code points, as browsers do.
var cp1252 = [32]rune{
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
}

// decodeWindows1252 converts windows-1252 bytes to UTF-8.
func decodeWindows1252(data []byte) []byte {
	out := make([]byte, 0, len(data)+len(data)/8)
	for _, b := range data {
		switch {
		case b < 0x80:
			out = append(out, b)
		case b < 0xA0:
			out = utf8.AppendRune(out, cp1252[b-0x80])
		default:
			out = utf8.AppendRune(out, rune(b))
		}
	}
	return out
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
