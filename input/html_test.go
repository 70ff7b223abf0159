package input

import (
	"bytes"
	"context"
	"html"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, in, title, text string
	}{
		{"paragraphs", "<p>One.</p><p>Two.</p>", "", "One.\n\nTwo."},
		{"inline", "<p>Secretary <b>Blinken</b> met <a href='x'>Wang Yi</a>.</p>", "", "Secretary Blinken met Wang Yi."},
		{"no space invented", "<p>NATO<i>'s</i> summit</p>", "", "NATO's summit"},
		{"whitespace", "<p>  a\n   b\t\tc  </p>", "", "a b c"},
		{"entities", "<p>Foreign &amp; Security &quot;Policy&quot; &eacute;t&#233; &#x2014; caf&eacute;&nbsp;x</p>", "", "Foreign & Security \"Policy\" été — café x"},
		{"script and style", "<p>Keep</p><script>var s = '</p><p>not text';</script><style>p{}</style><p>this</p>", "", "Keep\n\nthis"},
		{"head and title", "<html><head><title> The  Title </title><meta charset=utf-8><style>x</style></head><body><h1>Head</h1>Body text</body></html>", "The Title", "Head\n\nBody text"},
		{"no closing head", "<html><head><title>T</title><body><p>Body</p>", "T", "Body"},
		{"line breaks", "Line one<br>Line two<br/>Line three", "", "Line one\nLine two\nLine three"},
		{"lists", "<ul><li>First item</li><li>Second item</li></ul><p>After</p>", "", "First item\nSecond item\n\nAfter"},
		{"table", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "", "a\n\nb\n\nc"},
		{"pre keeps lines", "<pre>  indented\n  code   here\n</pre><p>x</p>", "", "  indented\n  code   here\n\nx"},
		{"comments", "<p>a<!-- hidden --> b</p>", "", "a b"},
		{"noscript template svg", "<noscript>enable JS</noscript><template><p>t</p></template><svg><text>chart</text></svg><p>ok</p>", "", "ok"},
		{"nested divs", "<div><div><p>deep</p></div></div><div>next</div>", "", "deep\n\nnext"},
		{"unclosed script", "<p>before</p><script>never closed", "", "before"},
		{"plain text", "just words", "", "just words"},
		{"empty", "", "", ""},
		{"nav and aside dropped", "<nav><a>Home</a> | <a>World</a></nav><article><p>Story.</p><aside>Related: other story</aside></article>", "", "Story."},
		{"buttons dropped", "<p>Read <button>Share</button> more</p>", "", "Read more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, text := HTMLText(tt.in)
			if title != tt.title || text != tt.text {
				t.Errorf("HTMLText(%q) =\n  %q, %q\nwant\n  %q, %q", tt.in, title, text, tt.title, tt.text)
			}
		})
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html><body>x</body></html>", true},
		{"  \n<html lang=en>", true},
		{"<?xml version=\"1.0\"?>\n<!-- c -->\n<html>", true},
		{"<body><p>x</p></body>", true},
		{"<div><p>a</p><p>b</p><br><span>c</span></div>", true},
		{"WASHINGTON, Oct 22 — Leaders met.", false},
		{"The <p> tag starts a paragraph, <div> a block, <br> a break, <span> a span, <a> a link.", false},
		{"<b>bold</b> only", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := LooksLikeHTML(tt.in); got != tt.want {
			t.Errorf("LooksLikeHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		format Format
		text   string
		warn   string // prefix of the warning, "" for none
	}{
		{"bom dropped", "\xef\xbb\xbfHello", Text, "Hello", ""},
		{"control chars", strings.Repeat("\x01\x02ab", 10), Text, "", "binary file (mostly control characters)"},
		{"escape allowed", "colour \x1b[1mbold\x1b[0m text, mostly words here", Text, "colour \x1b[1mbold\x1b[0m text, mostly words here", ""},
		{"invalid utf8 first line", "ab\xffc", Text, "", "invalid UTF-8 at line 1, byte 3"},
		{"html empty", "<script>x</script>", HTML, "", "no text left after removing the HTML markup"},
		{"crlf kept", "a\r\nb", Text, "a\r\nb", ""},
		{"latin1 html declared", "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Caf\xe9 talks \x96 \x93quoted\x94 \x80</p></body></html>", HTML,
			"Caf\u00e9 talks \u2013 \u201cquoted\u201d \u20ac", "note: decoded from windows-1252, as the page declares (charset=iso-8859-1)"},
		{"cp1252 http-equiv in text", "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>Se\xf1or</p></body></html>", Text,
			"Se\u00f1or", "note: this text looks like HTML; the markup was stripped (use --input-format text to keep it); decoded from windows-1252"},
		{"utf-8 html unchanged", "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9</p></body></html>", HTML, "Caf\u00e9", ""},
		{"undeclared latin1 html", "<html><body><p>Caf\xe9</p></body></html>", HTML, "", "invalid UTF-8 at line 1"},
		{"other charset refused", "<html><head><meta charset=\"koi8-r\"></head><body><p>\xc1\xc2</p></body></html>", HTML, "", "invalid UTF-8 at line 1"},
		{"latin1 plain text refused", "<meta charset=latin1> Caf\xe9", Text, "", "invalid UTF-8 at line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, _, w := Decode([]byte(tt.in), tt.format)
			if text != tt.text {
				t.Errorf("text = %q, want %q", text, tt.text)
			}
			switch {
			case tt.warn == "" && w != nil:
				t.Errorf("unexpected warning %q", w.Message)
			case tt.warn != "" && (w == nil || !strings.HasPrefix(w.Message, tt.warn)):
				t.Errorf("warning = %v, want prefix %q", w, tt.warn)
			}
		})
	}
}

// FuzzHTMLText checks that any input gives valid UTF-8 text with no blank
// runs, no trailing spaces, and nothing from inside a script element.
func FuzzHTMLText(f *testing.F) {
	f.Add("<p>One.</p><p>Two &amp; three</p>")
	f.Add("<html><head><title>x</title></head><body><script>alert(1)</script><pre> a\n b</pre></body></html>")
	f.Add("<ul><li>a<li>b</ul><br><table><td>c")
	f.Add("<p>\xff\xfe broken</p>")
	f.Add("<scr<script>ipt>SECRET</script>")
	f.Fuzz(func(t *testing.T, in string) {
		title, text := HTMLText(in)
		if !utf8.ValidString(text) || !utf8.ValidString(title) {
			t.Fatalf("invalid UTF-8 out of %q", in)
		}
		if strings.Contains(text, "\n\n\n") {
			t.Fatalf("more than one blank line in a row: %q", text)
		}
		for _, l := range strings.Split(text, "\n") {
			if strings.TrimRight(l, " \t") != l {
				t.Fatalf("trailing space in line %q", l)
			}
		}
		// Escaped text comes back as its words, and a script after it
		// never leaks into the text.
		if utf8.ValidString(in) && !strings.ContainsAny(in, "\x00\r\f") {
			_, got := HTMLText("<p>" + html.EscapeString(in) + "</p><script>SECRET()</script>")
			if want := strings.Join(strings.Fields(in), " "); got != want {
				t.Fatalf("escaped %q came back as %q, want %q", in, got, want)
			}
		}
	})
}

// FuzzJSONL checks that any JSON Lines input yields items that each carry a
// document or a warning naming the file and a line, valid UTF-8 text, and
// byte counts adding up to the input's size.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Leaders met.","date":"2024-10-23"}` + "\n" + `{"id":1,"text":"x"}`))
	f.Add([]byte("{\"text\":\"a\"}\r\n\n[1]\n{\"id\":null,\"text\":\"<p>b</p>\"}"))
	f.Add([]byte("{\"text\":\"caf\xe9\"}\n{"))
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n" + `{"id":"a","text":"y","date":"2024-13-01"}`))
	f.Add([]byte(`{"text":7}` + "\n" + `{"text":"a","date":17}` + "\n" + `{"text":"a","title":[]}` + "\n\"s\"\nnull\ntrue"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := &Set{opts: Options{MaxSize: 200}, manifests: map[string]*manifest{}}
		var n int64
		s.readJSONL(context.Background(), "f.jsonl", strings.NewReader(string(data)), func(it Item) bool {
			n += it.Bytes
			if it.Doc == nil && len(it.Warnings) == 0 {
				t.Fatalf("item with neither document nor warning")
			}
			if it.Doc == nil && !it.Failed {
				t.Fatalf("dropped input not marked failed: %+v", it.Warnings)
			}
			for _, w := range it.Warnings {
				if w.Document != "f.jsonl" {
					t.Fatalf("warning names %q", w.Document)
				}
				if strings.Contains(w.Message, "Go value") || strings.Contains(w.Message, "Go struct") || strings.Contains(w.Message, "input.Record") {
					t.Fatalf("warning speaks of Go types: %s", w.Message)
				}
			}
			if it.Doc != nil {
				if !utf8.ValidString(it.Doc.Text) || strings.TrimSpace(it.Doc.Text) == "" || it.Doc.ID == "" {
					t.Fatalf("bad document %+v", it.Doc)
				}
				if int64(len(it.Doc.Text)) > 200 {
					t.Fatalf("document over the size limit: %d bytes", len(it.Doc.Text))
				}
			}
			return true
		})
		// Blank lines at the very end belong to no record.
		if tail := len(data) - len(bytes.TrimRight(data, " \t\r\n\v\f\u0085\u00a0")); n > int64(len(data)) || n < int64(len(data)-tail) {
			t.Fatalf("bytes consumed %d, input %d", n, len(data))
		}
	})
}
