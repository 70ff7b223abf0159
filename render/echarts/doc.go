// Package echarts renders a timeline.Result as an interactive HTML report
// built with go-echarts (github.com/go-echarts/go-echarts/v2) and ECharts 5.
//
// A report has a title and summary, the main timeline (a time axis with one
// lane per event type, switchable to one lane per actor; day-precise events
// are markers, ranges and coarser dates are bars), a chart of events per
// month, and a searchable, sortable table of every event with its sentence.
// Events whose date is missing or not placed on the calendar are listed apart
// and never drawn. Events whose year was inferred rather than read are drawn
// hollow and labelled with "≈".
//
// # Offline by default
//
// WriteReport inlines echarts.min.js (ECharts 5.4.3, full build, from the npm
// package "echarts"; run "npm ci" in the repository) so that the page needs no
// network. LocateScript says where the file is looked for. Options.ScriptURL
// loads the library from a URL instead.
//
// # Snippets
//
// WriteSnippet and Snippet return an HTML fragment to paste into an existing
// page. The fragment does not load ECharts unless Options.ScriptURL or
// Options.EmbedScript is set: the host page must then load echarts.min.js
// 5.4.3 (full build) before the fragment. Several fragments can share a page
// when each has its own Options.IDPrefix.
//
// # Safety
//
// All document text (sentences, titles, actors, ids, URLs) is treated as
// hostile. None of it goes into the go-echarts option, which go-echarts writes
// into a script without HTML escaping: the text travels in a
// <script type="application/json"> block with <, >, & and U+2028/U+2029
// escaped, tooltips escape it before ECharts renders them as HTML, the table
// is built with textContent, and only http and https document URLs become
// links. The full report also carries a Content-Security-Policy that allows
// only its own scripts (by hash) and forbids every network request when the
// library is inlined.
//
// Output is deterministic: chart ids are IDPrefix followed by an index, and no
// random ids or timestamps are written, so reports can be compared with golden
// files.
package echarts
