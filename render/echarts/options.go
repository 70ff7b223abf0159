package echarts

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
)

// Options configure a report or snippet. The zero value is usable: an
// offline report titled DefaultTitle, with ids prefixed "tl".
type Options struct {
	// Title is the report title; "" means DefaultTitle.
	Title string
	// Ref is the reference date marked on the timeline; zero marks none.
	Ref time.Time
	// ScriptPath is the echarts.min.js file to inline; "" means LocateScript.
	ScriptPath string
	// ScriptURL, when set, makes the page load ECharts from this URL instead
	// of inlining it (the page then needs that address to be reachable).
	// It must be an http or https URL, or a relative path.
	ScriptURL string
	// IDPrefix starts every element id and chart id of the output, so that
	// several snippets can share a page; "" means "tl". It must be a letter
	// followed by at most 31 letters, digits or underscores.
	IDPrefix string
	// EmbedScript makes WriteSnippet include ECharts (inlined, or loaded from
	// ScriptURL). By default a snippet expects the host page to load
	// echarts.min.js 5.4.3 itself. WriteReport always includes it.
	EmbedScript bool
	// ChartOnly makes WriteSnippet write only the timeline chart with its
	// controls, without the summary, the per-month chart and the table.
	ChartOnly bool
	// PageSize is the number of table rows per page; 0 means 50.
	PageSize int
}

// DefaultTitle is the title of a report whose Options.Title is empty.
const DefaultTitle = "Diplomatic events timeline"

// ScriptEnv is the environment variable that names echarts.min.js.
const ScriptEnv = "TIMELINE_ECHARTS_JS"

// ScriptVersion is the ECharts version the report is written and tested for.
const ScriptVersion = "5.4.3"

var idPrefixRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,31}$`)

// normalize checks the options and fills in defaults.
func (o Options) normalize() (Options, error) {
	if o.Title == "" {
		o.Title = DefaultTitle
	}
	if o.IDPrefix == "" {
		o.IDPrefix = "tl"
	}
	if !idPrefixRE.MatchString(o.IDPrefix) {
		return o, fmt.Errorf("echarts: id prefix %q: use a letter followed by up to 31 letters, digits or underscores", o.IDPrefix)
	}
	if o.ScriptURL != "" {
		if err := checkScriptURL(o.ScriptURL); err != nil {
			return o, err
		}
	}
	if o.PageSize <= 0 {
		o.PageSize = 50
	}
	return o, nil
}

// checkScriptURL accepts http and https URLs and relative paths.
func checkScriptURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("echarts: script URL %q: %v; use an http(s) URL or a relative path", s, err)
	}
	switch {
	case u.Scheme == "" && u.Host == "" && !strings.HasPrefix(s, "//"):
		return nil
	case (u.Scheme == "http" || u.Scheme == "https") && u.Host != "":
		return nil
	}
	return fmt.Errorf("echarts: script URL %q: use an http(s) URL or a relative path", s)
}

// ErrScriptNotFound is returned (wrapped) by LocateScript when
// echarts.min.js cannot be found.
var ErrScriptNotFound = errors.New(`echarts.min.js not found: run "npm ci" in the timeline repo, set ` + ScriptEnv + `, or pass --echarts-url`)

// scriptRel is where npm puts the full ECharts build.
var scriptRel = filepath.Join("node_modules", "echarts", "dist", "echarts.min.js")

// LocateScript finds echarts.min.js: the file named by $TIMELINE_ECHARTS_JS,
// else node_modules/echarts/dist/echarts.min.js in the current directory or
// one of its parents, else echarts.min.js or node_modules/echarts/dist/
// echarts.min.js beside the executable. It returns an error wrapping
// ErrScriptNotFound, which says how to fix it, when none exists.
func LocateScript() (string, error) {
	if p := os.Getenv(ScriptEnv); p != "" {
		if isFile(p) {
			return p, nil
		}
		return "", fmt.Errorf("%s=%q: no such file: %w", ScriptEnv, p, ErrScriptNotFound)
	}
	var tried []string
	if dir, err := os.Getwd(); err == nil {
		for {
			p := filepath.Join(dir, scriptRel)
			if isFile(p) {
				return p, nil
			}
			tried = append(tried, p)
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	if exe, err := os.Executable(); err == nil {
		dir := filepath.Dir(exe)
		for _, p := range []string{filepath.Join(dir, "echarts.min.js"), filepath.Join(dir, scriptRel)} {
			if isFile(p) {
				return p, nil
			}
			tried = append(tried, p)
		}
	}
	if len(tried) > 3 {
		tried = append(tried[:2], "...")
	}
	return "", fmt.Errorf("%w (looked in %s)", ErrScriptNotFound, strings.Join(tried, ", "))
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// scriptCache keeps the last library read, since reports are often written
// in a loop with the same file.
var scriptCache struct {
	sync.Mutex
	path    string
	size    int64
	modTime time.Time
	text    string
}

// loadScript reads the ECharts library to inline, from path or LocateScript,
// and makes it safe to place inside a script element.
func loadScript(path string) (string, error) {
	if path == "" {
		p, err := LocateScript()
		if err != nil {
			return "", err
		}
		path = p
	}
	fi, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("echarts script %s: %w; run \"npm ci\" in the timeline repo or fix the path", path, err)
	}
	scriptCache.Lock()
	defer scriptCache.Unlock()
	if scriptCache.path == path && scriptCache.size == fi.Size() && scriptCache.modTime.Equal(fi.ModTime()) {
		return scriptCache.text, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("echarts script %s: %w", path, err)
	}
	if err := checkLibrary(string(b), path); err != nil {
		return "", err
	}
	text := scriptSafe(string(b))
	scriptCache.path, scriptCache.size, scriptCache.modTime, scriptCache.text = path, fi.Size(), fi.ModTime(), text
	return text, nil
}

var scriptEndRE = regexp.MustCompile(`(?i)</(script)|<!--`)

// scriptSafe keeps code from ending its script element early: "</script"
// becomes "<\/script" and "<!--" becomes "<\!--", which mean the same in
// JavaScript strings and regular expressions, where such text can occur. It
// also turns CR LF and CR into LF, as an HTML parser does, so that the
// Content-Security-Policy hash of the code matches what the browser hashes.
func scriptSafe(js string) string {
	if strings.Contains(js, "\r") {
		js = strings.ReplaceAll(strings.ReplaceAll(js, "\r\n", "\n"), "\r", "\n")
	}
	if !scriptEndRE.MatchString(js) {
		return js
	}
	return scriptEndRE.ReplaceAllStringFunc(js, func(m string) string {
		if m == "<!--" {
			return `<\!--`
		}
		return `<\/` + m[2:]
	})
}

var versionRE = regexp.MustCompile(`\.version="(\d+)\.\d+\.\d+"`)

// checkLibrary refuses a library that cannot draw the report: another
// major version of ECharts, or a partial build without custom series
// (echarts.common.min.js silently drops the timeline's series).
func checkLibrary(js, path string) error {
	if m := versionRE.FindStringSubmatch(js); m != nil && m[1] != "5" {
		return fmt.Errorf("echarts script %s is ECharts %s; the report needs ECharts 5 (%s tested): run \"npm ci\" in the timeline repo", path, strings.TrimSuffix(strings.TrimPrefix(m[0], `.version="`), `"`), ScriptVersion)
	}
	if !strings.Contains(js, `"series.custom"`) {
		return fmt.Errorf("echarts script %s has no custom series (a partial build such as echarts.common.min.js?); use the full build, node_modules/echarts/dist/echarts.min.js", path)
	}
	return nil
}
