package echarts

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"
	"time"

	gerender "github.com/go-echarts/go-echarts/v2/render"
	"github.com/go-echarts/go-echarts/v2/templates"

	"github.com/timeline-dev/timeline/timeline"
)

//go:embed assets/report.js
var runtimeJS string

//go:embed assets/report.css
var reportCSS string

// maxWarnings is the most warnings listed in a report.
const maxWarnings = 200

// WriteReport writes a complete, self-contained HTML page showing res.
//
// Unless opts.ScriptURL is set, ECharts is inlined from opts.ScriptPath or
// LocateScript and the page makes no network request; its
// Content-Security-Policy forbids them. It returns an error wrapping
// ErrScriptNotFound when the library cannot be found, and an error for
// invalid options; nothing is written then.
func WriteReport(w io.Writer, res timeline.Result, opts Options) error {
	o, err := opts.normalize()
	if err != nil {
		return err
	}
	lib, err := libraryTag(o)
	if err != nil {
		return err
	}
	p, err := buildParts(res, o, false)
	if err != nil {
		return err
	}
	csp := contentSecurityPolicy(o, append([]string{lib.inline}, p.scripts()...))
	bw := bufio.NewWriterSize(w, 64<<10)
	err = pageTemplate.Execute(bw, pageData{Title: o.Title, CSP: csp})
	if err != nil {
		return fmt.Errorf("echarts: write report: %w", err)
	}
	bw.WriteString("<style>\n")
	bw.WriteString(reportCSS)
	bw.WriteString(pageCSS)
	bw.WriteString("</style>\n")
	lib.write(bw)
	bw.WriteString("</head>\n<body>\n")
	p.write(bw)
	bw.WriteString("</body>\n</html>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("echarts: write report: %w", err)
	}
	return nil
}

// WriteSnippet writes an HTML fragment showing res, to paste into an
// existing page: a <div> with the report (or only the timeline when
// opts.ChartOnly), its styles and scripts. The host page must load ECharts
// 5.4.3 (full build) before the fragment unless opts.EmbedScript is set.
// Fragments sharing a page need distinct opts.IDPrefix values. The fragment's
// scripts are inline: a host page with a Content-Security-Policy must allow
// them.
func WriteSnippet(w io.Writer, res timeline.Result, opts Options) error {
	o, err := opts.normalize()
	if err != nil {
		return err
	}
	var lib library
	if o.EmbedScript {
		if lib, err = libraryTag(o); err != nil {
			return err
		}
	}
	p, err := buildParts(res, o, true)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("<style>\n")
	bw.WriteString(reportCSS)
	bw.WriteString("</style>\n")
	lib.write(bw)
	p.write(bw)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("echarts: write snippet: %w", err)
	}
	return nil
}

// Snippet returns what WriteSnippet writes.
func Snippet(res timeline.Result, opts Options) (string, error) {
	var b strings.Builder
	if err := WriteSnippet(&b, res, opts); err != nil {
		return "", err
	}
	return b.String(), nil
}

// library is the script element that loads ECharts: inline code or a URL.
type library struct{ inline, url string }

func libraryTag(o Options) (library, error) {
	if o.ScriptURL != "" {
		return library{url: o.ScriptURL}, nil
	}
	js, err := loadScript(o.ScriptPath)
	if err != nil {
		return library{}, err
	}
	return library{inline: js}, nil
}

func (l library) write(w *bufio.Writer) {
	switch {
	case l.url != "":
		fmt.Fprintf(w, "<script src=\"%s\"></script>\n", template.HTMLEscapeString(l.url))
	case l.inline != "":
		w.WriteString("<script>")
		w.WriteString(l.inline)
		w.WriteString("</script>\n")
	}
}

// parts are the pieces of a report body, in page order.
type parts struct {
	markup  []byte   // the HTML of the report, escaped by html/template
	data    []byte   // the JSON data block's content, HTML-safe
	charts  []string // go-echarts scripts, without their script tags
	prefix  string
	runtime string
	init    string
}

func (p *parts) scripts() []string {
	return append(append([]string{p.runtime}, p.charts...), p.init)
}

func (p *parts) write(w *bufio.Writer) {
	w.Write(p.markup)
	fmt.Fprintf(w, "<script type=\"application/json\" id=\"%s-data\">", p.prefix)
	w.Write(p.data)
	w.WriteString("</script>\n")
	for _, s := range p.scripts() {
		w.WriteString("<script>")
		w.WriteString(s)
		w.WriteString("</script>\n")
	}
}

// pageData fills pageTemplate.
type pageData struct {
	Title string
	CSP   string
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="timeline">
<title>{{.Title}}</title>
<link rel="icon" href="data:,">
`))

// pageCSS styles the page around a report (a snippet leaves that to the host).
const pageCSS = `body { margin: 0; background: #f4f5f7; }
.tl-report { max-width: 1500px; margin: 0 auto; padding: 20px 28px 40px; }
`

// contentSecurityPolicy allows exactly the report's scripts (by hash) and,
// when the library is loaded from a URL, that URL; everything else,
// including any network request, is refused.
func contentSecurityPolicy(o Options, inline []string) string {
	var b strings.Builder
	b.WriteString("default-src 'none'; script-src")
	for _, s := range inline {
		if s == "" {
			continue
		}
		sum := sha256.Sum256([]byte(s))
		b.WriteString(" 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'")
	}
	if o.ScriptURL != "" {
		b.WriteString(" " + cspSource(o.ScriptURL))
	}
	b.WriteString("; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
	return b.String()
}

// cspSource turns a script URL into a CSP source expression: the URL itself
// when absolute, 'self' when relative.
func cspSource(u string) string {
	if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
		return strings.NewReplacer(";", "%3B", ",", "%2C", " ", "%20", "'", "%27").Replace(u)
	}
	return "'self'"
}

// bodyData fills bodyTemplate.
type bodyData struct {
	Prefix    string
	Title     string
	Heading   string // "h1" for a page, "h2" for a snippet
	ChartOnly bool
	Documents int
	Events    int
	Dated     int
	Undated   int
	Inferred  int
	Span      string
	Types     []typeCount
	Height    int
	Unit      string
	Uncounted int
	Ref       string
	Focus     string
	Focused   int
	NoCharts  bool
	Warnings  []string
	More      int
}

type typeCount struct {
	Label, Color string
	Count        int
}

var bodyTemplate = template.Must(template.New("body").Parse(`<div class="tl-report" id="{{.Prefix}}">
{{- if .ChartOnly}}
<h2 class="tl-title">{{.Title}}</h2>
{{- else}}
{{if eq .Heading "h1"}}<h1 class="tl-title">{{.Title}}</h1>{{else}}<h2 class="tl-title">{{.Title}}</h2>{{end}}
<div class="tl-summary">
<div class="tl-stat"><b>{{.Documents}}</b> document{{if ne .Documents 1}}s{{end}}</div>
<div class="tl-stat"><b>{{.Events}}</b> event{{if ne .Events 1}}s{{end}}</div>
<div class="tl-stat"><b>{{.Dated}}</b> on the timeline{{if .Inferred}} <span class="tl-muted">({{.Inferred}} with inferred year ≈)</span>{{end}}</div>
<div class="tl-stat"><b>{{.Undated}}</b> undated or partially dated</div>
{{- if .Span}}
<div class="tl-stat">span <b>{{.Span}}</b></div>
{{- end}}
</div>
<ul class="tl-types">
{{- range .Types}}
<li><span class="tl-swatch" style="background:{{.Color}}"></span>{{.Label}} <b>{{.Count}}</b></li>
{{- end}}
</ul>
{{- end}}
<section class="tl-section">
<div class="tl-toolbar"><h3>Timeline</h3>
<div class="tl-lanes" role="group" aria-label="Lanes">Lanes:
<button type="button" class="tl-lane-btn" data-lanes="type" aria-pressed="true">by type</button>
<button type="button" class="tl-lane-btn" data-lanes="actor" aria-pressed="false">by actor</button>
</div>
{{- if .Focus}}
<button type="button" class="tl-all-btn">Show all years</button>
{{- end}}
</div>
{{- if .NoCharts}}
<p class="tl-empty">No event has a calendar date, so there is nothing to draw{{if not .ChartOnly}}: the events are listed below{{end}}.</p>
{{- else}}
<div class="tl-chart tl-timeline" id="{{.Prefix}}0" style="width:100%;height:{{.Height}}px" role="img" aria-label="Timeline of {{.Dated}} dated events{{if not .ChartOnly}}; the table below lists them{{end}}"></div>
<p class="tl-note"><span class="tl-key tl-key-point"></span> dated to the day
<span class="tl-key tl-key-bar"></span> range
<span class="tl-key tl-key-vague"></span> month, quarter or year (some time within)
<span class="tl-key tl-key-inferred"></span> year inferred (≈), not stated
<span class="tl-key tl-key-faded"></span> planned, hypothetical or negated (see the status)
{{- if .Ref}} · dashed line: reference date {{.Ref}}{{end}}.
Click the legend to hide a type; drag the slider or scroll the chart to zoom.
{{- if .Focus}} <b>Opened on {{.Focus}}</b>, which holds {{.Focused}} of the {{.Dated}} dated events: widen the slider to see them all.{{end}}
{{- if .Undated}} {{.Undated}} undated or partially dated event{{if ne .Undated 1}}s are{{else}} is{{end}} not drawn{{if not .ChartOnly}} (listed below the table){{end}}.{{end}}</p>
{{- end}}
</section>
{{- if not .ChartOnly}}
{{- if not .NoCharts}}
<section class="tl-section">
<h3>Events per {{.Unit}}</h3>
<div class="tl-chart tl-months" id="{{.Prefix}}1" style="width:100%;height:280px" role="img" aria-label="Bar chart of events per {{.Unit}} and type"></div>
<p class="tl-note">Click a bar to list that {{.Unit}}'s events in the table.</p>
{{- if .Uncounted}}
<p class="tl-note">{{.Uncounted}} event{{if ne .Uncounted 1}}s{{end}} dated only to a longer period than a {{.Unit}} {{if ne .Uncounted 1}}are{{else}}is{{end}} not counted in this chart.</p>
{{- end}}
</section>
{{- end}}
<section class="tl-section">
<div class="tl-toolbar"><h3>Events</h3>
<input type="search" class="tl-filter" placeholder="Filter: words in the date, type, actors, sentence…" aria-label="Filter events">
<span class="tl-count" aria-live="polite"></span></div>
<div class="tl-table-wrap"><table class="tl-table tl-dated">
<thead><tr><th><button type="button" data-sort="date">Date</button></th><th><button type="button" data-sort="type">Type</button></th><th><button type="button" data-sort="status">Status</button></th><th><button type="button" data-sort="summary">Event</button></th><th><button type="button" data-sort="actors">Actors</button></th><th><button type="button" data-sort="location">Location</button></th><th>Sentence</th><th><button type="button" data-sort="doc">Source</button></th></tr></thead>
<tbody></tbody></table></div>
<div class="tl-pager tl-dated-pager"><button type="button" class="tl-prev">‹ Previous</button> <span class="tl-page"></span> <button type="button" class="tl-next">Next ›</button></div>
<h3 class="tl-undated-title">Undated / partially dated <span class="tl-muted">({{.Undated}}, not drawn)</span></h3>
{{- if .Undated}}
<div class="tl-table-wrap"><table class="tl-table tl-undated">
<thead><tr><th>Date known</th><th>Type</th><th>Status</th><th>Event</th><th>Actors</th><th>Location</th><th>Sentence</th><th>Source</th></tr></thead>
<tbody></tbody></table></div>
<div class="tl-pager tl-undated-pager"><button type="button" class="tl-prev">‹ Previous</button> <span class="tl-page"></span> <button type="button" class="tl-next">Next ›</button></div>
{{- else}}
<p class="tl-note">None.</p>
{{- end}}
</section>
{{- if .Warnings}}
<details class="tl-warnings"><summary>{{len .Warnings}}{{if .More}}+{{.More}}{{end}} input warning{{if ne (len .Warnings) 1}}s{{end}}</summary><ul>
{{- range .Warnings}}
<li>{{.}}</li>
{{- end}}
</ul></details>
{{- end}}
{{- end}}
<noscript><p class="tl-note">This report needs JavaScript to draw its charts and table.</p></noscript>
</div>
`))

// pageJSON is the data block read by the runtime.
type pageJSON struct {
	Types    []typeInfo  `json:"types"`
	Docs     []docInfo   `json:"docs"`
	Events   []eventInfo `json:"events"`
	ByActor  laneView    `json:"byActor"`
	TypeH    int         `json:"typeHeight"`
	PageSize int         `json:"pageSize"`
	Table    bool        `json:"table"`
}

// buildParts renders the body of a report.
func buildParts(res timeline.Result, o Options, snippet bool) (*parts, error) {
	m := buildModel(res)
	p := &parts{prefix: o.IDPrefix, runtime: runtimeJS}

	bd := bodyData{
		Prefix: o.IDPrefix, Title: o.Title, Heading: "h1", ChartOnly: snippet && o.ChartOnly,
		Documents: len(m.Docs), Events: len(m.Events), Dated: m.Dated, Undated: m.Undated,
		Inferred: m.Inferred, Height: m.ByType.Height, Unit: "month", Uncounted: m.Uncounted,
	}
	if snippet {
		bd.Heading = "h2"
	}
	if len(res.Documents) > 0 {
		bd.Documents = len(res.Documents)
	}
	if m.PerYear {
		bd.Unit = "year"
	}
	switch {
	case m.Dated == 0:
		bd.NoCharts = true
	case m.First.Equal(m.Last):
		bd.Span = unitLabel(m.First, "day")
	default:
		bd.Span = unitLabel(m.First, "day") + " – " + unitLabel(m.Last, "day")
	}
	if !o.Ref.IsZero() {
		bd.Ref = unitLabel(o.Ref, "day")
	}
	if m.FocusTo > m.FocusFrom {
		from := time.UnixMilli(m.FocusFrom).UTC()
		to := time.UnixMilli(m.FocusTo).UTC().AddDate(0, 0, -1)
		bd.Focus = unitLabel(from, "month") + " – " + unitLabel(to, "month")
		bd.Focused = m.Focused
	}
	counts := make([]int, len(m.Types))
	for i := range m.Events {
		counts[m.Events[i].Type]++
	}
	for i, t := range m.Types {
		bd.Types = append(bd.Types, typeCount{Label: t.Label, Color: t.Color, Count: counts[i]})
	}
	for i, w := range res.Warnings {
		if i == maxWarnings {
			bd.More = len(res.Warnings) - maxWarnings
			break
		}
		bd.Warnings = append(bd.Warnings, w.String())
	}
	var markup bytes.Buffer
	if err := bodyTemplate.Execute(&markup, bd); err != nil {
		return nil, fmt.Errorf("echarts: write report body: %w", err)
	}
	p.markup = markup.Bytes()

	// json.Marshal escapes <, >, & and U+2028/U+2029, so the block cannot
	// end its script element or be read as markup.
	data, err := json.Marshal(pageJSON{
		Types: m.Types, Docs: m.Docs, Events: m.Events, ByActor: m.ByActor,
		TypeH: m.ByType.Height, PageSize: o.PageSize, Table: !bd.ChartOnly,
	})
	if err != nil {
		return nil, fmt.Errorf("echarts: encode report data: %w", err)
	}
	p.data = data

	if !bd.NoCharts {
		js, err := chartScript(timelineChart(m, &o))
		if err != nil {
			return nil, err
		}
		p.charts = append(p.charts, js)
	}
	if !bd.ChartOnly && !bd.NoCharts {
		js, err := chartScript(monthChart(m, &o))
		if err != nil {
			return nil, err
		}
		p.charts = append(p.charts, js)
	}
	p.init = fmt.Sprintf("TimelineReport.init(%q);", o.IDPrefix)
	return p, nil
}

// goChart is what chartScript needs of a go-echarts chart.
type goChart interface{ Validate() }

// scriptTemplate is go-echarts' own template for a chart's script, the one
// RenderSnippet uses; RenderSnippet also renders the option a second time and
// runs a regular expression over each copy, which costs more than the rest of
// a 10,000-event report.
var scriptTemplate = sync.OnceValue(func() *template.Template {
	return gerender.MustTemplate(gerender.ModChart, []string{templates.BaseTpl, templates.BaseScriptTpl})
})

// funcMarkers removes the marks around JavaScript functions in the option
// JSON, as go-echarts does (the leftmost match wins, in this order).
var funcMarkers = strings.NewReplacer(`__f__"`, "", `"__f__`, "", `__f__`, "")

// chartScript renders the script that creates a go-echarts chart, without
// its script element.
func chartScript(c goChart) (string, error) {
	c.Validate()
	var b strings.Builder
	if err := scriptTemplate().ExecuteTemplate(&b, gerender.ModChart, c); err != nil {
		return "", fmt.Errorf("echarts: render chart script: %w", err)
	}
	s := strings.TrimSpace(funcMarkers.Replace(b.String()))
	if i := strings.Index(s, ">"); i >= 0 && strings.HasPrefix(s, "<script") {
		s = s[i+1:]
	}
	s = strings.TrimSuffix(s, "</script>")
	return scriptSafe(s), nil
}
