package input

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements have content that is not article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Canvas: true, atom.Select: true, atom.Button: true,
	atom.Nav: true, atom.Aside: true, // menus and related links, not the article
}

// lineBreaks end a line; other block elements end a paragraph.
var lineBreaks = map[atom.Atom]bool{
	atom.Br: true, atom.Li: true, atom.Tr: true, atom.Dt: true, atom.Dd: true,
	atom.Option: true,
}

var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Details: true,
	atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Html: true, atom.Legend: true, atom.Main: true, atom.Menu: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true,
	atom.Thead: true, atom.Title: true, atom.Ul: true,
}

// HTMLText returns the title and the readable text of an HTML document.
// Scripts, styles, templates, SVG, form controls, navigation menus (nav) and
// asides are dropped; block elements (p, div, h1, table cells...) end a paragraph
// (a blank line), br and list items end a line; runs of white space collapse
// to one space except inside pre; character references are decoded. The
// result is valid UTF-8 with no markup left, whatever the input.
func HTMLText(src string) (title, text string) {
	z := html.NewTokenizer(strings.NewReader(src))
	var (
		b        strings.Builder
		tb       strings.Builder
		skip     []atom.Atom // open skipped elements
		inTitle  bool
		pre      int
		pending  int  // 0 none, 1 newline, 2 blank line
		lineOpen bool // the current line has text
	)
	brk := func(n int) {
		if b.Len() > 0 && n > pending {
			pending = n
		}
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == 0 {
				continue
			}
			if a == atom.Title {
				inTitle = tt == html.StartTagToken
				continue
			}
			if skipped[a] {
				switch tt {
				case html.StartTagToken:
					skip = append(skip, a)
				case html.EndTagToken:
					for i := len(skip) - 1; i >= 0; i-- {
						if skip[i] == a {
							skip = skip[:i]
							break
						}
					}
				}
				continue
			}
			if len(skip) > 0 {
				continue
			}
			if a == atom.Pre {
				if tt == html.StartTagToken {
					pre++
				} else if tt == html.EndTagToken && pre > 0 {
					pre--
				}
			}
			switch {
			case lineBreaks[a]:
				if a == atom.Br || tt != html.EndTagToken {
					brk(1)
				}
			case blocks[a]:
				brk(2)
			}
			if pending > 0 {
				lineOpen = false
			}
		case html.TextToken:
			raw := string(z.Text())
			if inTitle {
				tb.WriteString(raw)
				continue
			}
			if len(skip) > 0 {
				continue
			}
			if pre > 0 {
				for i, line := range strings.Split(raw, "\n") {
					if i > 0 {
						brk(1)
						lineOpen = false
					}
					line = strings.TrimRightFunc(line, unicode.IsSpace)
					if line == "" {
						continue
					}
					writePending(&b, &pending)
					b.WriteString(line)
					lineOpen = true
				}
				continue
			}
			words := strings.Fields(raw)
			if len(words) == 0 {
				continue
			}
			spaceBefore := raw != "" && isSpaceStart(raw)
			if pending > 0 && b.Len() > 0 {
				writePending(&b, &pending)
				lineOpen = false
			}
			pending = 0
			if lineOpen && spaceBefore {
				b.WriteByte(' ')
			}
			b.WriteString(strings.Join(words, " "))
			lineOpen = true
			if isSpaceEnd(raw) {
				// a following inline element starts after a space
				b.WriteByte(' ')
				lineOpen = false
			}
		}
	}
	text = tidy(b.String())
	title = strings.Join(strings.Fields(strings.ToValidUTF8(tb.String(), "\uFFFD")), " ")
	return title, text
}

func writePending(b *strings.Builder, pending *int) {
	if b.Len() > 0 {
		for i := 0; i < *pending; i++ {
			b.WriteByte('\n')
		}
	}
	*pending = 0
}

func isSpaceStart(s string) bool {
	for _, r := range s {
		return unicode.IsSpace(r)
	}
	return false
}

func isSpaceEnd(s string) bool {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	return len(t) < len(s)
}

// tidy makes s valid UTF-8, trims trailing spaces from lines, drops leading
// and trailing blank lines and keeps at most one blank line in a row.
func tidy(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if strings.TrimSpace(l) == "" {
			blank++
			if blank > 1 || len(out) == 0 {
				continue
			}
			out = append(out, "")
			continue
		}
		blank = 0
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}
