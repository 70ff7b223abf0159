package echarts

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// The go-echarts options built here hold no document text: only type labels
// (reduced to safe characters by safeLabel), dates formatted here, numbers
// and the JavaScript below. Document text reaches the page through the JSON
// data block only, because go-echarts writes its option into a script
// without HTML escaping.

// renderItemJS draws one timeline item (see item): a circle for a point, a
// bar for a span, hollow when the year was inferred, dashed and paler for a
// vague date, faded when the event is planned, hypothetical or negated; in
// small reports, the event's summary beside it, cut to the room before the
// next item of its row. The text is canvas text (never HTML) fetched from the
// data block by the runtime. LABELS and PREFIX are replaced by renderItem. Items of one lane are spread over its sub-lanes. go-echarts
// strips newlines from functions, so the code uses no line comments.
const renderItemJS = `function (params, api) {
  var s = api.value(0), e = api.value(1), lane = api.value(2), sub = api.value(3), n = api.value(4) || 1, f = api.value(6);
  var c = api.coord([s, lane]);
  var band = api.size([0, 1])[1];
  var rowH = band * 0.84 / n;
  var top = c[1] - band * 0.42 + rowH * sub;
  var color = api.visual('color');
  var hollow = (f & 1) !== 0, vague = (f & 4) !== 0, faded = (f & 8) !== 0;
  var cs = params.coordSys, mark, right;
  if (f & 2) {
    var x1 = api.coord([e, lane])[0];
    var h = Math.max(Math.min(rowH * 0.72, 16), 2);
    var rect = echarts.graphic.clipRectByRect(
      {x: c[0] + 0.5, y: top + (rowH - h) / 2, width: Math.max(x1 - c[0] - 1, 5), height: h},
      {x: cs.x, y: cs.y, width: cs.width, height: cs.height});
    if (!rect) { return null; }
    mark = {type: 'rect', shape: rect,
      style: {fill: hollow ? '#ffffff' : color, stroke: (vague || hollow) ? color : '#ffffff', lineWidth: hollow ? 1.5 : 0.8,
        lineDash: vague ? [4, 3] : null, opacity: faded ? 0.3 : vague ? 0.4 : 0.92},
      emphasis: {style: {shadowBlur: 6, shadowColor: 'rgba(0,0,0,0.35)'}}};
    right = rect.x + rect.width;
  } else {
    var r = Math.max(Math.min(rowH * 0.36, 7), 2.5);
    mark = {type: 'circle', shape: {cx: c[0], cy: top + rowH / 2, r: r},
      style: {fill: hollow ? '#ffffff' : color, stroke: color, lineWidth: hollow ? 2 : 1, opacity: faded ? 0.35 : 1},
      emphasis: {style: {shadowBlur: 6, shadowColor: 'rgba(0,0,0,0.35)'}}};
    right = c[0] + r;
  }
  var gap = api.value(7), limit = gap > 0 ? api.coord([s + gap, lane])[0] : cs.x + cs.width;
  var room = Math.min(limit, cs.x + cs.width) - right - 10;
  if (!LABELS || room < 40 || rowH < 11 || right < cs.x) { return mark; }
  return {type: 'group', children: [mark, {type: 'text', silent: true,
    style: {text: TimelineReport.label('PREFIX', api.value(5)), x: right + 5, y: top + rowH / 2, verticalAlign: 'middle',
      fontSize: 11, fill: faded ? '#8a8f98' : '#3b4252', width: room, overflow: 'truncate'}}]};
}`

// renderItem returns the renderItem function for a report with this id
// prefix (letters, digits and underscores only), with or without labels.
func renderItem(prefix string, labels bool) types.FuncStr {
	js := strings.NewReplacer("PREFIX", prefix, "LABELS", strconv.FormatBool(labels)).Replace(renderItemJS)
	return opts.FuncOpts(js)
}

// noneJS draws nothing: the reference-date series carries only a markLine.
const noneJS = `function () { return null; }`

// tooltipJS asks the report runtime for the tooltip of an item; %s is the id
// prefix, which holds only letters, digits and underscores. go-echarts
// writes functions inside JSON strings, so they must not use double quotes.
const tooltipJS = `function (p) { return TimelineReport.tip('%s', p); }`

// refSeriesName names the series that carries the reference-date line. It
// is not listed in the legend, so it cannot be hidden.
const refSeriesName = "Reference date"

// extras is a go-echarts visitor that adds the options go-echarts has no
// field for.
type extras struct {
	charts.BaseConfigurationVisitor
	tooltip map[string]interface{}
}

// Visit sets UTC dates (the data are UTC days), the font and tooltip extras.
func (x extras) Visit(o map[string]interface{}) {
	o["useUTC"] = true
	o["textStyle"] = map[string]interface{}{"fontFamily": fontStack}
	if x.tooltip != nil {
		o["tooltip"] = x.tooltip
	}
}

// silentMarkLine is a series whose mark line ignores the mouse, so that the
// reference-date line never hides the events drawn under it. go-echarts has
// no field for it; the outer MarkLine field wins over the embedded one when
// the series is encoded.
type silentMarkLine struct {
	charts.SingleSeries
	MarkLine map[string]interface{} `json:"markLine,omitempty"`
}

// VisitSeriesOpt makes the mark line of the reference-date series silent.
func (x extras) VisitSeriesOpt(series charts.MultiSeries) interface{} {
	out := make([]interface{}, len(series))
	for i, s := range series {
		out[i] = s
		if s.Name == refSeriesName && s.MarkLines != nil {
			ml := s.MarkLines
			out[i] = silentMarkLine{SingleSeries: s, MarkLine: map[string]interface{}{
				"silent": true, "data": ml.Data, "symbol": ml.Symbol, "label": ml.Label, "lineStyle": ml.LineStyle,
			}}
		}
	}
	return out
}

const fontStack = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`

// tooltipOption is the item tooltip of both charts' event items: built by
// the runtime with escaping, confined to the chart, wrapping long sentences.
func tooltipOption(prefix string) map[string]interface{} {
	return map[string]interface{}{
		"show":         true,
		"trigger":      "item",
		"confine":      true,
		"enterable":    false,
		"formatter":    opts.FuncOpts(fmt.Sprintf(tooltipJS, prefix)),
		"extraCssText": "max-width:440px;white-space:normal;line-height:1.4;",
	}
}

// timelineChart builds the main timeline in the type view; the runtime
// switches it to the actor view.
func timelineChart(m *model, o *Options) *charts.Custom {
	c := charts.NewCustom()
	c.Accept(extras{tooltip: tooltipOption(o.IDPrefix)})
	labels := make([]string, len(m.Series))
	for i, t := range m.Series {
		labels[i] = m.Types[t].Label
	}
	lo, hi := axisBounds(m, o.Ref)
	zoomFrom, zoomTo := float32(0), float32(100)
	if m.FocusTo > m.FocusFrom {
		zoomFrom = percent(m.FocusFrom, lo, hi)
		zoomTo = percent(m.FocusTo, lo, hi)
	}
	c.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{
			ChartID:  o.IDPrefix + "0",
			Width:    "100%",
			Height:   strconv.Itoa(m.ByType.Height) + "px",
			Theme:    "white",
			Renderer: "canvas",
		}),
		charts.WithAnimation(len(m.Events) <= 1000),
		charts.WithLegendOpts(opts.Legend{
			Show: opts.Bool(true), Type: "scroll", Top: "0", Left: "center", Data: labels,
		}),
		charts.WithGridOpts(opts.Grid{Left: "28", Right: "48", Top: "36", Bottom: "72", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{
			Type: "time", Min: lo, Max: hi,
			SplitLine: &opts.SplitLine{Show: opts.Bool(true), LineStyle: &opts.LineStyle{Color: "#eceef1"}},
			AxisLabel: &opts.AxisLabel{HideOverlap: opts.Bool(true), Color: "#444", ShowMinLabel: opts.Bool(false), ShowMaxLabel: opts.Bool(false)},
		}),
		charts.WithYAxisOpts(opts.YAxis{
			Type: "category", Data: m.ByType.Lanes, Inverse: opts.Bool(true),
			SplitArea: &opts.SplitArea{Show: opts.Bool(true)},
			AxisLabel: &opts.AxisLabel{Width: 150, Overflow: "truncate", Color: "#333"},
		}),
		charts.WithDataZoomOpts(
			opts.DataZoom{Type: "slider", XAxisIndex: 0, FilterMode: "weakFilter", Start: zoomFrom, End: zoomTo},
			opts.DataZoom{Type: "inside", XAxisIndex: 0, FilterMode: "weakFilter", Start: zoomFrom, End: zoomTo},
		),
	)
	for k, t := range m.Series {
		c.AddSeries(m.Types[t].Label, nil,
			charts.WithCustomChartOpts(opts.CustomChart{RenderItem: renderItem(o.IDPrefix, m.Dated <= maxLabelled)}),
			charts.WithEncodeOpts(opts.Encode{X: []int{0, 1}, Y: 2}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: m.Types[t].Color}),
			charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.Data = m.ByType.Series[k] }),
		)
	}
	if !o.Ref.IsZero() {
		ref := time.Date(o.Ref.Year(), o.Ref.Month(), o.Ref.Day(), 0, 0, 0, 0, time.UTC)
		label := "ref. " + unitLabel(ref, "day")
		c.AddSeries(refSeriesName, nil,
			charts.WithCustomChartOpts(opts.CustomChart{RenderItem: opts.FuncOpts(noneJS)}),
			charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.Data = []item{} }),
			charts.WithMarkLineNameXAxisItemOpts(opts.MarkLineNameXAxisItem{Name: label, XAxis: ref.UnixMilli()}),
			charts.WithMarkLineStyleOpts(opts.MarkLineStyle{
				Symbol:    []string{"none", "none"},
				Label:     &opts.Label{Show: opts.Bool(true), Formatter: label, Position: "start", Color: "#555"},
				LineStyle: &opts.LineStyle{Color: "#555", Type: "dashed", Width: 1},
			}),
		)
	}
	return c
}

// axisBounds returns the time axis range: the dated events and the reference
// date, with a margin so that markers at the edges stay whole.
func axisBounds(m *model, ref time.Time) (int64, int64) {
	lo, hi := m.Min, m.Max
	if m.Dated == 0 {
		if ref.IsZero() {
			ref = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		lo, hi = ref.AddDate(0, -6, 0).UnixMilli(), ref.AddDate(0, 6, 0).UnixMilli()
	}
	if !ref.IsZero() {
		r := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC).UnixMilli()
		if r < lo {
			lo = r
		}
		if r > hi {
			hi = r
		}
	}
	pad := (hi - lo) / 30
	if min := int64(15 * day / time.Millisecond); pad < min {
		pad = min
	}
	// Whole days, so that the axis ends show dates rather than hours.
	const dayMS = int64(day / time.Millisecond)
	lo = floorDiv(lo-pad, dayMS) * dayMS
	hi = (floorDiv(hi+pad, dayMS) + 1) * dayMS
	return lo, hi
}

// percent places t between lo and hi, in percent rounded to 0.1.
func percent(t, lo, hi int64) float32 {
	p := float64(t-lo) / float64(hi-lo) * 100
	return float32(math.Round(math.Max(0, math.Min(100, p))*10) / 10)
}

// floorDiv divides rounding towards minus infinity (dates before 1970 are
// negative).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// monthChart builds the stacked bar chart of events per month (or year).
func monthChart(m *model, o *Options) *charts.Bar {
	c := charts.NewBar()
	c.Accept(extras{})
	labels := make([]string, len(m.Series))
	for i, t := range m.Series {
		labels[i] = m.Types[t].Label
	}
	global := []charts.GlobalOpts{
		charts.WithInitializationOpts(opts.Initialization{
			ChartID:  o.IDPrefix + "1",
			Width:    "100%",
			Height:   "280px",
			Theme:    "white",
			Renderer: "canvas",
		}),
		charts.WithAnimation(len(m.Events) <= 1000),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Top: "0", Data: labels}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithGridOpts(opts.Grid{Left: "12", Right: "28", Top: "36", Bottom: "40", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", AxisLabel: &opts.AxisLabel{HideOverlap: opts.Bool(true)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: "events", MinInterval: 1}),
	}
	if len(m.Buckets) > 48 {
		global = append(global, charts.WithDataZoomOpts(opts.DataZoom{Type: "inside", XAxisIndex: 0}))
	}
	c.SetGlobalOptions(global...)
	c.SetXAxis(m.Buckets)
	for k, t := range m.Series {
		data := make([]opts.BarData, len(m.Counts[k]))
		for i, n := range m.Counts[k] {
			data[i] = opts.BarData{Value: n}
		}
		c.AddSeries(m.Types[t].Label, data,
			charts.WithBarChartOpts(opts.BarChart{Stack: "events", BarCategoryGap: "20%"}),
			charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.BarMaxWidth = "48" }),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: m.Types[t].Color}),
		)
	}
	return c
}
