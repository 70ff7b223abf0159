package echarts

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/timeline-dev/timeline/timeline"
)

// Browser tests drive Debian's headless Chromium through chromedp. They skip
// when Chromium or echarts.min.js is missing, unless TIMELINE_REQUIRE_BROWSER=1
// (as in CI), when they fail instead.

var browserState struct {
	once   sync.Once
	ctx    context.Context
	cancel func()
	err    error
}

// chromiumPath finds the browser: $TIMELINE_CHROMIUM, chromium, or
// chromium-browser.
func chromiumPath() string {
	if p := os.Getenv("TIMELINE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// needBrowser skips (or, under TIMELINE_REQUIRE_BROWSER=1, fails) the test
// when the browser or the ECharts library is missing, and returns a
// browser context shared by the package's tests.
func needBrowser(t *testing.T) context.Context {
	t.Helper()
	missing := func(what string) {
		t.Helper()
		if os.Getenv("TIMELINE_REQUIRE_BROWSER") == "1" {
			t.Fatalf("%s (TIMELINE_REQUIRE_BROWSER=1)", what)
		}
		t.Skip(what)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	path := chromiumPath()
	if path == "" {
		missing("chromium not found: apt-get install chromium, or set TIMELINE_CHROMIUM")
	}
	if _, err := LocateScript(); err != nil {
		missing(err.Error())
	}
	browserState.once.Do(func() {
		dir, err := os.MkdirTemp("", "timeline-chromium-")
		if err != nil {
			browserState.err = err
			return
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
			chromedp.ExecPath(path),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck,
			chromedp.UserDataDir(dir),
			chromedp.WindowSize(1400, 1000),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("disable-dev-shm-usage", true),
			chromedp.Flag("disable-extensions", true),
			chromedp.Flag("disable-default-apps", true),
			chromedp.Flag("force-color-profile", "srgb"),
		)
		ctx, cancel := chromedp.NewContext(alloc)
		if err := chromedp.Do(ctx); err != nil {
			cancel()
			cancelAlloc()
			os.RemoveAll(dir)
			browserState.err = fmt.Errorf("start %s: %w", path, err)
			return
		}
		browserState.ctx = ctx
		browserState.cancel = func() { cancel(); cancelAlloc(); os.RemoveAll(dir) }
	})
	if browserState.err != nil {
		missing(browserState.err.Error())
	}
	return browserState.ctx
}

// TestMain closes the shared browser after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if browserState.cancel != nil {
		browserState.cancel()
	}
	os.Exit(code)
}

var cspMetaRE = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy"[^>]*>`)

// tab is one page opened by a test, with what the page did.
type tab struct {
	ctx context.Context
	t   *testing.T

	mu         sync.Mutex
	errors     []string // console errors, exceptions, error log entries
	requests   []string // every URL the page requested
	dialogs    []string // alert, confirm and prompt messages
	pageURL    string
	serverHits []string
}

// openTab serves files on a local server, opens path in a new tab and waits
// until every report on the page is ready.
func openTab(t *testing.T, files map[string]string, path string, reports ...string) *tab {
	t.Helper()
	bctx := needBrowser(t)
	tb := &tab{t: t}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tb.mu.Lock()
		tb.serverHits = append(tb.serverHits, r.URL.Path)
		tb.mu.Unlock()
		body, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		ct := "text/html; charset=utf-8"
		if strings.HasSuffix(r.URL.Path, ".js") {
			ct = "text/javascript; charset=utf-8"
		}
		w.Header().Set("Content-Type", ct)
		fmt.Fprint(w, body)
	}))
	t.Cleanup(srv.Close)
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithListener(func(ev any) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				tb.errors = append(tb.errors, "console."+string(ev.Type)+": "+strings.Join(parts, " "))
			}
		case *runtime.EventExceptionThrown:
			msg := ev.ExceptionDetails.Text
			if ev.ExceptionDetails.Exception != nil {
				msg += " " + ev.ExceptionDetails.Exception.Description
			}
			tb.errors = append(tb.errors, "exception: "+msg)
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				tb.errors = append(tb.errors, "log: "+ev.Entry.Text+" "+ev.Entry.URL)
			}
		case *network.EventRequestWillBeSent:
			tb.requests = append(tb.requests, ev.Request.URL)
		case *page.EventJavascriptDialogOpening:
			tb.dialogs = append(tb.dialogs, ev.Message)
			go chromedp.Call(tb.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}))
	tb.ctx = ctx
	t.Cleanup(cancel)
	tb.pageURL = srv.URL + path
	if err := chromedp.Do(ctx, chromedp.Navigate(tb.pageURL)); err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	for _, r := range reports {
		tb.waitReady(r)
	}
	return tb
}

// waitReady waits until the report with this id prefix has initialised.
func (tb *tab) waitReady(prefix string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	expr := fmt.Sprintf(`(function(){var r=document.getElementById(%q);return !!(r&&r.getAttribute("data-ready")==="true");})()`, prefix)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr)); err != nil {
		tb.t.Fatalf("report %q never got ready: %v; page errors: %v", prefix, err, tb.errorList())
	}
}

// eval runs a JavaScript expression and decodes its result.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		tb.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func (tb *tab) errorList() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.errors...)
}

// checkClean fails the test if the page logged an error, opened a dialog or
// requested anything but the allowed URLs.
func (tb *tab) checkClean(allowed ...string) {
	tb.t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, e := range tb.errors {
		tb.t.Errorf("page error: %s", e)
	}
	for _, d := range tb.dialogs {
		tb.t.Errorf("page opened a dialog: %q", d)
	}
	ok := map[string]bool{tb.pageURL: true}
	for _, a := range allowed {
		ok[a] = true
	}
	for _, r := range tb.requests {
		if !ok[r] {
			tb.t.Errorf("page requested %s", truncate(r, 120))
		}
	}
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// seriesState returns, per timeline series, the number of data items and
// of elements actually drawn.
const seriesStateJS = `(function(prefix){
  var c = echarts.getInstanceByDom(document.getElementById(prefix + "0")), out = {};
  c.getModel().eachSeries(function (s) {
    if (s.name === "Reference date") { return; }
    var v = c.getViewOfSeriesModel(s);
    out[s.name] = {data: s.getData().count(), drawn: v ? v.group.childCount() : 0};
  });
  return out;
})(%q)`

type seriesCount struct{ Data, Drawn int }

func seriesState(tb *tab, prefix string) map[string]seriesCount {
	return eval[map[string]seriesCount](tb, fmt.Sprintf(seriesStateJS, prefix))
}

// labelsJS lists the labels written beside the timeline's items.
const labelsJS = `(function(prefix){
  var c = echarts.getInstanceByDom(document.getElementById(prefix + "0")), out = [];
  c.getModel().eachSeries(function (s) {
    var v = c.getViewOfSeriesModel(s);
    if (!v) { return; }
    v.group.eachChild(function (g) { if (g.isGroup && g.childAt(1)) { out.push(g.childAt(1).style.text); } });
  });
  return out;
})(%q)`

// legendPoint returns the page coordinates of a legend entry of a chart.
const legendPointJS = `(function(id, name){
  var dom = document.getElementById(id), c = echarts.getInstanceByDom(dom);
  dom.scrollIntoView({block: "center"});
  var view = c.getViewOfComponentModel(c.getModel().getComponent("legend"));
  var items = view.getContentGroup().children(), names = c.getOption().legend[0].data;
  var k = names.indexOf(name), g = items[k], r = g.getBoundingRect();
  var p = g.transformCoordToGlobal(r.x + r.width / 2, r.y + r.height / 2);
  var box = dom.getBoundingClientRect();
  return [box.left + p[0], box.top + p[1]];
})(%q, %q)`

// itemPoint returns the page coordinates of the centre of the mark of the
// k-th drawn element of a timeline series.
const itemPointJS = `(function(prefix, series, k){
  var dom = document.getElementById(prefix + "0"), c = echarts.getInstanceByDom(dom);
  dom.scrollIntoView({block: "center"});
  var s = c.getModel().getSeriesByIndex(series), el = c.getViewOfSeriesModel(s).group.childAt(k);
  if (el.isGroup) { el = el.childAt(0); } /* the mark, not its label */
  var r = el.getBoundingRect(), p = el.transformCoordToGlobal(r.x + r.width / 2, r.y + r.height / 2);
  var box = dom.getBoundingClientRect();
  return [box.left + p[0], box.top + p[1]];
})(%q, %d, %d)`

func (tb *tab) point(expr string) (float64, float64) {
	tb.t.Helper()
	p := eval[[]float64](tb, expr)
	if len(p) != 2 {
		tb.t.Fatalf("point %s: got %v", expr, p)
	}
	return p[0], p[1]
}

// hoverTooltip moves the mouse onto the k-th item of a series and returns
// the text of the tooltip that appears.
func (tb *tab) hoverTooltip(prefix string, series, k int) string {
	tb.t.Helper()
	x, y := tb.point(fmt.Sprintf(itemPointJS, prefix, series, k))
	// Leave and come back so that the move is seen even after another hover.
	if err := chromedp.Do(tb.ctx,
		chromedp.MouseEvent("mouseMoved", 2, 2),
		chromedp.MouseEvent("mouseMoved", x, y),
	); err != nil {
		tb.t.Fatalf("hover: %v", err)
	}
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	expr := fmt.Sprintf(`(function(){var t=document.getElementById(%q).querySelector(".tl-tip");
	  return t && t.parentNode.style.display !== "none" && t.parentNode.style.opacity !== "0" ? t.textContent : "";})()`, prefix+"0")
	text, err := chromedp.Run(ctx, chromedp.Poll[string](expr))
	if err != nil {
		tb.t.Fatalf("no tooltip after hovering item %d of series %d at (%.0f,%.0f): %v", k, series, x, y, err)
	}
	return text
}

func libraryOr(t *testing.T) string {
	p, err := LocateScript()
	if err != nil {
		t.Skip(err)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func render(t *testing.T, write func(*strings.Builder) error) string {
	t.Helper()
	var b strings.Builder
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestBrowserReport(t *testing.T) {
	needBrowser(t)
	res := demoResult()
	html := render(t, func(b *strings.Builder) error {
		return WriteReport(b, res, Options{Title: "Demo", Ref: time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)})
	})
	tb := openTab(t, map[string]string{"/report.html": html}, "/report.html", "tl")
	m := buildModel(res)

	// Every dated event is drawn once, in its type's series.
	state := seriesState(tb, "tl")
	want := map[string]int{}
	for _, e := range m.Events {
		if e.Dated {
			want[m.Types[e.Type].Label]++
		}
	}
	total := 0
	for name, n := range want {
		if got := state[name]; got.Data != n || got.Drawn != n {
			t.Errorf("series %s: %d items, %d drawn; want %d", name, got.Data, got.Drawn, n)
		}
		total += state[name].Drawn
	}
	if total != m.Dated || len(state) != len(want) {
		t.Errorf("drawn %d items in %d series, want %d in %d", total, len(state), m.Dated, len(want))
	}
	if got := eval[int](tb, `document.querySelectorAll("#tl table.tl-dated tbody tr").length`); got != m.Dated {
		t.Errorf("dated table has %d rows, want %d", got, m.Dated)
	}
	// Small reports write summaries beside the marks, "≈" for inferred years.
	labels := strings.Join(eval[[]string](tb, fmt.Sprintf(labelsJS, "tl")), "|")
	for _, want := range []string{"|Finland joins NATO|", "|≈ Joe Biden visits Vietnam|", "|AUKUS partnership announced|"} {
		if !strings.Contains("|"+labels+"|", want) {
			t.Errorf("labels %q lack %q", labels, strings.Trim(want, "|"))
		}
	}
	if got := eval[int](tb, `document.querySelectorAll("#tl table.tl-undated tbody tr").length`); got != m.Undated {
		t.Errorf("undated table has %d rows, want %d", got, m.Undated)
	}

	t.Run("legend click hides a type", func(t *testing.T) {
		tb.t = t
		x, y := tb.point(fmt.Sprintf(legendPointJS, "tl0", "Accession"))
		if err := chromedp.Do(tb.ctx, chromedp.MouseClickXY(x, y)); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
		defer cancel()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`echarts.getInstanceByDom(document.getElementById("tl0")).getOption().legend[0].selected["Accession"] === false`)); err != nil {
			t.Errorf("after a click on its legend entry, Accession is still selected: %v", err)
		}
		after := seriesState(tb, "tl")
		if after["Accession"].Drawn != 0 {
			t.Errorf("hidden Accession series still draws %d items", after["Accession"].Drawn)
		}
		if after["Summit"].Drawn != want["Summit"] {
			t.Errorf("Summit draws %d items after hiding Accession, want %d", after["Summit"].Drawn, want["Summit"])
		}
		if err := chromedp.Do(tb.ctx, chromedp.MouseClickXY(x, y)); err != nil {
			t.Fatal(err)
		}
		if got := seriesState(tb, "tl")["Accession"].Drawn; got != want["Accession"] {
			t.Errorf("after a second click Accession draws %d items, want %d", got, want["Accession"])
		}
	})

	t.Run("hover shows the sentence", func(t *testing.T) {
		tb.t = t
		// Series 0 is Visit: its only dated event is the inferred-year visit.
		text := tb.hoverTooltip("tl", 0, 0)
		for _, w := range []string{"Biden arrives in Hanoi on Sunday", "year inferred", "≈ 10–11 Sep 2023", "Hanoi", "Visits to Asia"} {
			if !strings.Contains(text, w) {
				t.Errorf("tooltip %q lacks %q", text, w)
			}
		}
	})

	t.Run("merged event tooltip", func(t *testing.T) {
		tb.t = t
		// Series 2 is Summit; its first item is the Vilnius summit.
		text := tb.hoverTooltip("tl", 2, 0)
		for _, w := range []string{"Allied leaders met in Vilnius", "+ 1 more sentence (also in NATO enlargement since 2020"} {
			if !strings.Contains(text, w) {
				t.Errorf("tooltip %q lacks %q", text, w)
			}
		}
	})

	t.Run("table filter", func(t *testing.T) {
		tb.t = t
		if err := chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.CSS("#tl .tl-filter"), "vilnius summit")); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
		defer cancel()
		rows, err := chromedp.Run(ctx, chromedp.Poll[[]string](`(function(){var r=[].map.call(document.querySelectorAll("#tl table.tl-dated tbody tr"),function(tr){return tr.textContent;});return r.length===1?r:null;})()`))
		if err != nil {
			t.Fatalf("filter did not leave one row: %v", err)
		}
		if !strings.Contains(rows[0], "Allied leaders met in Vilnius") {
			t.Errorf("filtered row = %q", rows[0])
		}
		if got := eval[int](tb, `document.querySelectorAll("#tl table.tl-undated tbody tr").length`); got != 0 {
			t.Errorf("undated table keeps %d rows under the filter", got)
		}
		eval[bool](tb, `(function(i){i.value="";return i.dispatchEvent(new Event("input"));})(document.querySelector("#tl .tl-filter"))`)
		// Sorting by date twice puts the latest event first.
		if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(`#tl button[data-sort="date"]`))); err != nil {
			t.Fatal(err)
		}
		first := eval[string](tb, `document.querySelector("#tl table.tl-dated tbody tr td").textContent`)
		if first != "9–11 Jul 2024" {
			t.Errorf("first date after sorting descending = %q, want 9–11 Jul 2024", first)
		}
	})

	t.Run("lanes by actor", func(t *testing.T) {
		tb.t = t
		if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(`#tl button[data-lanes="actor"]`))); err != nil {
			t.Fatal(err)
		}
		lanes := eval[[]string](tb, `echarts.getInstanceByDom(document.getElementById("tl0")).getOption().yAxis[0].data`)
		if len(lanes) != len(m.ByActor.Lanes) || lanes[0] != "NATO" {
			t.Errorf("actor lanes = %v, want %v", lanes, m.ByActor.Lanes)
		}
		n := 0
		for _, c := range seriesState(tb, "tl") {
			n += c.Drawn
		}
		wantN := 0
		for _, s := range m.ByActor.Series {
			wantN += len(s)
		}
		if n != wantN {
			t.Errorf("actor view draws %d items, want %d", n, wantN)
		}
		if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(`#tl button[data-lanes="type"]`))); err != nil {
			t.Fatal(err)
		}
		lanes = eval[[]string](tb, `echarts.getInstanceByDom(document.getElementById("tl0")).getOption().yAxis[0].data`)
		if strings.Join(lanes, ",") != strings.Join(m.ByType.Lanes, ",") {
			t.Errorf("back to type lanes: %v, want %v", lanes, m.ByType.Lanes)
		}
	})

	t.Run("month click filters the table", func(t *testing.T) {
		tb.t = t
		// Click the bar of September 2023: the visit to Hanoi.
		x, y := tb.point(`(function(){
		  var dom = document.getElementById("tl1"), c = echarts.getInstanceByDom(dom);
		  dom.scrollIntoView({block: "center"});
		  var k = c.getOption().xAxis[0].data.indexOf("2023-09"), s = 0, series = c.getOption().series;
		  for (var i = 0; i < series.length; i++) { if (series[i].data[k].value > 0) { s = i; } }
		  var p = c.convertToPixel({seriesIndex: s}, [k, 0.5]), box = dom.getBoundingClientRect();
		  return [box.left + p[0], box.top + p[1]];
		})()`)
		if err := chromedp.Do(tb.ctx, chromedp.MouseClickXY(x, y)); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
		defer cancel()
		rows, err := chromedp.Run(ctx, chromedp.Poll[[]string](`(function(){var r=[].map.call(document.querySelectorAll("#tl table.tl-dated tbody tr"),function(tr){return tr.textContent;});return r.length===1?r:null;})()`))
		if err != nil {
			t.Fatalf("month click did not leave one row: %v (filter %q)", err, eval[string](tb, `document.querySelector("#tl .tl-filter").value`))
		}
		if !strings.Contains(rows[0], "Biden arrives in Hanoi") {
			t.Errorf("row = %q", rows[0])
		}
		eval[bool](tb, `(function(i){i.value="";return i.dispatchEvent(new Event("input"));})(document.querySelector("#tl .tl-filter"))`)
	})

	t.Run("click shows the event in the table", func(t *testing.T) {
		tb.t = t
		// Filter the table to another event, then click the agreement.
		if err := chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.CSS("#tl .tl-filter"), "Vilnius")); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
		defer cancel()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector("#tl .tl-count").textContent === "1 of 13 events match"`)); err != nil {
			t.Fatalf("filter: %v", err)
		}
		x, y := tb.point(fmt.Sprintf(itemPointJS, "tl", 4, 0))
		if err := chromedp.Do(tb.ctx, chromedp.MouseClickXY(x, y)); err != nil {
			t.Fatal(err)
		}
		got := eval[string](tb, `(function(){var r=document.querySelector("#tl tr.tl-hit");return r?r.textContent:"";})()`)
		if !strings.Contains(got, "signed the accords at the White House") {
			t.Errorf("highlighted row = %q, want the Abraham Accords signing", got)
		}
		if v := eval[string](tb, `document.querySelector("#tl .tl-filter").value`); v != "" {
			t.Errorf("filter %q was not cleared to show the event", v)
		}
	})

	tb.t = t
	if got := eval[int](tb, `echarts.getInstanceByDom(document.getElementById("tl1")).getOption().series.length`); got != len(m.Series) {
		t.Errorf("month chart has %d series, want %d", got, len(m.Series))
	}
	tb.checkClean()
	hits := strings.Join(tb.serverHits, " ")
	if hits != "/report.html" {
		t.Errorf("server saw requests %q, want only /report.html", hits)
	}
}

func TestBrowserHostile(t *testing.T) {
	needBrowser(t)
	res := hostileResult()
	html := render(t, func(b *strings.Builder) error {
		return WriteReport(b, res, Options{Title: hostile[0] + hostile[2]})
	})
	// Without the Content-Security-Policy, escaping alone must hold.
	noCSP := cspMetaRE.ReplaceAllString(html, "")
	if noCSP == html {
		t.Fatal("no CSP meta element found to remove")
	}
	for name, page := range map[string]string{"with CSP": html, "without CSP": noCSP} {
		t.Run(name, func(t *testing.T) {
			tb := openTab(t, map[string]string{"/report.html": page}, "/report.html", "tl")
			state := seriesState(tb, "tl")
			n := 0
			for _, c := range state {
				n += c.Drawn
			}
			if want := buildModel(res).Dated; n != want {
				t.Errorf("drawn %d items, want %d: %v", n, want, state)
			}
			for s := 0; s < len(state); s++ {
				text := tb.hoverTooltip("tl", s, 0)
				if !strings.Contains(text, "Sentence ") {
					t.Errorf("tooltip %q lacks the sentence", text)
				}
			}
			if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(`#tl button[data-lanes="actor"]`))); err != nil {
				t.Fatal(err)
			}
			tb.hoverTooltip("tl", 0, 0)
			checks := map[string]string{
				"script ran":            `typeof window.__pwned !== "undefined"`,
				"element with handler":  `[].some.call(document.querySelectorAll("*"), function(e){return [].some.call(e.attributes, function(a){return /^on/i.test(a.name);});})`,
				"injected image or svg": `document.querySelectorAll(".tl-report img, .tl-report svg, .tl-tip img").length > 0`,
				"javascript: link":      `[].some.call(document.querySelectorAll("a"), function(a){return /^javascript:/i.test(a.getAttribute("href")||"");})`,
				"title not text":        `document.title.indexOf("</script>") < 0`,
			}
			for what, expr := range checks {
				if eval[bool](tb, expr) {
					t.Errorf("%s: %s", what, expr)
				}
			}
			// The text is shown as text.
			if !eval[bool](tb, `document.querySelector("#tl table.tl-dated tbody").textContent.indexOf("<img src=x onerror=") >= 0`) {
				t.Error("hostile text is not shown literally in the table")
			}
			links := eval[[]string](tb, `[].map.call(document.querySelectorAll("#tl a"), function(a){return a.href + " " + a.rel;})`)
			for _, l := range links {
				if !strings.HasPrefix(l, "https://example.org/") || !strings.HasSuffix(l, " noopener noreferrer") {
					t.Errorf("link %q", l)
				}
			}
			tb.checkClean()
		})
	}
}

func TestBrowserSnippetTwice(t *testing.T) {
	needBrowser(t)
	lib := libraryOr(t)
	a := render(t, func(b *strings.Builder) error {
		return WriteSnippet(b, demoResult(), Options{IDPrefix: "first", Title: "First"})
	})
	b := render(t, func(b *strings.Builder) error {
		return WriteSnippet(b, syntheticResult(60), Options{IDPrefix: "second", Title: "Second", ChartOnly: true})
	})
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script src="/echarts.min.js"></script></head><body><h1>Host page</h1>
<article>` + a + `</article><p>Between the two.</p><article>` + b + `</article></body></html>`
	tb := openTab(t, map[string]string{"/host.html": page, "/echarts.min.js": lib}, "/host.html", "first", "second")
	m1, m2 := buildModel(demoResult()), buildModel(syntheticResult(60))
	for prefix, m := range map[string]*model{"first": m1, "second": m2} {
		n := 0
		for _, c := range seriesState(tb, prefix) {
			n += c.Drawn
		}
		if n != m.Dated {
			t.Errorf("%s: drawn %d, want %d", prefix, n, m.Dated)
		}
	}
	if got := eval[int](tb, `document.querySelectorAll("#first table.tl-dated tbody tr").length`); got != m1.Dated {
		t.Errorf("first table rows = %d, want %d", got, m1.Dated)
	}
	dup := eval[[]string](tb, `(function(){var seen={},dup=[];[].forEach.call(document.querySelectorAll("[id]"),function(e){if(seen[e.id]){dup.push(e.id);}seen[e.id]=1;});return dup;})()`)
	if len(dup) > 0 {
		t.Errorf("ids used twice on the page: %q", dup)
	}
	if got := eval[int](tb, `document.querySelectorAll("#second table").length`); got != 0 {
		t.Errorf("chart-only snippet has %d tables", got)
	}
	if text := tb.hoverTooltip("second", 0, 0); !strings.Contains(text, "Officials said") {
		t.Errorf("second snippet tooltip = %q", text)
	}
	if text := tb.hoverTooltip("first", 0, 0); !strings.Contains(text, "Hanoi") {
		t.Errorf("first snippet tooltip = %q", text)
	}
	tb.checkClean(strings.TrimSuffix(tb.pageURL, "/host.html") + "/echarts.min.js")
}

var largeN = flag.Int("large", 5000, "number of synthetic events in TestBrowserLarge")

// TestBrowserLarge loads a report of -large synthetic events (5,000 by
// default) and logs its size and timings:
//
//	go test ./render/echarts -run TestBrowserLarge -v -large 10000
func TestBrowserLarge(t *testing.T) {
	needBrowser(t)
	n := *largeN
	res := syntheticResult(n)
	html := render(t, func(b *strings.Builder) error { return WriteReport(b, res, Options{}) })
	start := time.Now()
	tb := openTab(t, map[string]string{"/big.html": html}, "/big.html", "tl")
	ready := time.Since(start)
	m := buildModel(res)
	// Progressive rendering may take a few frames.
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	expr := fmt.Sprintf(`(function(){var s=%s, n=0; for (var k in s) { n += s[k].drawn; } return n === %d;})()`,
		fmt.Sprintf(seriesStateJS, "tl"), m.Dated)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr)); err != nil {
		t.Errorf("not all %d items drawn: %v (%v)", m.Dated, err, seriesState(tb, "tl"))
	}
	drawn := time.Since(start)
	if got := eval[int](tb, `document.querySelectorAll("#tl table.tl-dated tbody tr").length`); got != 50 {
		t.Errorf("first table page has %d rows, want 50", got)
	}
	if got := eval[[]string](tb, fmt.Sprintf(labelsJS, "tl")); len(got) != 0 {
		t.Errorf("%d labels drawn for %d events, want none", len(got), n)
	}
	// Filter on an actor name and a word of the sentence.
	filterStart := time.Now()
	if err := chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.CSS("#tl .tl-filter"), "country ba statement")); err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, e := range m.Events {
		h := strings.ToLower(strings.Join(e.Actors, " ") + " " + e.Sentence)
		if strings.Contains(h, "country ba") && strings.Contains(h, "statement") {
			want++
		}
	}
	ctx2, cancel2 := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel2()
	count := fmt.Sprintf(`document.querySelector("#tl .tl-count").textContent === "%d of %d events match"`, want, n)
	if _, err := chromedp.Run(ctx2, chromedp.Poll[bool](count)); err != nil {
		t.Errorf("filter count: %v; shows %q, want %d matches", err, eval[string](tb, `document.querySelector("#tl .tl-count").textContent`), want)
	}
	t.Logf("%d events: %.2f MB page; ready %v, all %d items drawn %v; typing a 20-character filter to its result %v (150 ms debounce included)",
		n, float64(len(html))/1e6, ready.Round(time.Millisecond), m.Dated, drawn.Round(time.Millisecond), time.Since(filterStart).Round(time.Millisecond))
	tb.checkClean()
}

// screenshot writes a PNG of the page (the full page when full is true).
func (tb *tab) screenshot(file string, full bool) {
	tb.t.Helper()
	var png []byte
	var err error
	if full {
		png, err = chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
	} else {
		png, err = chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	}
	if err != nil {
		tb.t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		tb.t.Fatal(err)
	}
	if err := os.WriteFile(file, png, 0o644); err != nil {
		tb.t.Fatal(err)
	}
}

func TestBrowserNoDates(t *testing.T) {
	needBrowser(t)
	all := demoResult()
	res := timeline.Result{Documents: all.Documents, Events: all.Events[11:]}
	html := render(t, func(b *strings.Builder) error { return WriteReport(b, res, Options{}) })
	tb := openTab(t, map[string]string{"/r.html": html}, "/r.html", "tl")
	if got := eval[string](tb, `document.querySelector("#tl .tl-empty").textContent`); !strings.Contains(got, "nothing to draw") {
		t.Errorf("empty-timeline message = %q", got)
	}
	if got := eval[int](tb, `document.querySelectorAll("#tl canvas").length`); got != 0 {
		t.Errorf("%d canvases drawn for a report with no dates", got)
	}
	if got := eval[int](tb, `document.querySelectorAll("#tl table.tl-undated tbody tr").length`); got != 2 {
		t.Errorf("undated table has %d rows, want 2", got)
	}
	tb.checkClean()
}

func TestBrowserFocus(t *testing.T) {
	needBrowser(t)
	html := render(t, func(b *strings.Builder) error { return WriteReport(b, focusResult(), Options{}) })
	tb := openTab(t, map[string]string{"/r.html": html}, "/r.html", "tl")
	zoom := `(function(){var z=echarts.getInstanceByDom(document.getElementById("tl0")).getOption().dataZoom[0];return [z.start,z.end];})()`
	if got := eval[[]float64](tb, zoom); got[0] < 50 || got[1] <= got[0] {
		t.Errorf("opening zoom %v, want the last part of the axis", got)
	}
	if drawn := seriesState(tb, "tl")["Meeting"].Drawn; drawn != 12 {
		t.Errorf("zoomed view draws %d meetings, want 12", drawn)
	}
	if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS("#tl .tl-all-btn"))); err != nil {
		t.Fatal(err)
	}
	if got := eval[[]float64](tb, zoom); got[0] != 0 || got[1] != 100 {
		t.Errorf("after Show all years the zoom is %v", got)
	}
	if drawn := seriesState(tb, "tl")["Accession"].Drawn; drawn != 4 {
		t.Errorf("full view draws %d accessions, want 4", drawn)
	}
	tb.checkClean()
}

// TestBrowserRefLine hovers an event drawn on the reference-date line: the
// tooltip is the event's, not the line's.
func TestBrowserRefLine(t *testing.T) {
	needBrowser(t)
	res := timeline.Result{Events: []timeline.Event{
		ev("a", timeline.Visit, dayDate(2014, 1, 1), "", nil, "", "", "d", "An early visit."),
		ev("b", timeline.Visit, dayDate(2024, 10, 23), "", nil, "", "", "d", "The visit on the reference day."),
	}}
	html := render(t, func(b *strings.Builder) error {
		return WriteReport(b, res, Options{Ref: time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)})
	})
	tb := openTab(t, map[string]string{"/r.html": html}, "/r.html", "tl")
	if text := tb.hoverTooltip("tl", 0, 1); !strings.Contains(text, "The visit on the reference day.") {
		t.Errorf("tooltip on the reference line = %q", text)
	}
	tb.checkClean()
}
