// Package input reads the documents timeline works on: plain-text, Markdown
// and HTML files, directories of them (recursively), glob patterns, standard
// input, and JSON Lines files where each line is one document.
//
// Inputs are streamed: Set.Items yields one Item at a time, so memory is
// bounded by the documents a caller keeps, not by the corpus. Bad input never
// stops the others: a missing, unreadable, empty, binary, oversized or
// non-UTF-8 file, or a malformed JSON Lines line, becomes an Item carrying a
// timeline.Warning that names the file (and line) and says how to fix it,
// with Failed set so that the command can exit with status 1 at the end.
//
// Recognised files, by extension: .txt, .text, .md, .markdown (text); .html,
// .htm, .xhtml (HTML, markup stripped); .jsonl, .ndjson (JSON Lines). Files
// named explicitly are read whatever their extension: a .json file as JSON
// Lines when its first line is an object (other JSON is refused with a
// hint); a file without a known extension (also /dev/stdin or a <(command)
// pipe) as JSON Lines when its first line is an object, as text otherwise;
// a text file that turns out to be HTML has
// its markup stripped, with a note. Directory walks skip
// hidden entries (names starting with "."), node_modules, and a folder's own
// notes: README, LICENSE, CHANGELOG and CONTRIBUTING files (named on the
// command line, they are read like any file).
//
// Text must be UTF-8 (a byte order mark is dropped; UTF-16 is refused with
// a hint), except an HTML page that declares ISO-8859-1 or windows-1252 in
// a <meta> charset: it is decoded from windows-1252, with a note.
//
// A manifest.json beside the files ({"documents":[{"file","title","date"}]})
// gives their titles and reference dates (RefSource "metadata").
package input

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// Format is how an input's bytes are read.
type Format string

// Input formats.
const (
	Auto  Format = "auto"  // by file extension, and by content for standard input
	Text  Format = "text"  // plain text or Markdown (HTML is still detected and stripped)
	HTML  Format = "html"  // HTML: scripts and styles dropped, blocks become lines
	JSONL Format = "jsonl" // JSON Lines: one {"id","title","text","date","url"} per line
)

// Formats lists the input format names accepted by ParseFormat.
var Formats = []Format{Auto, Text, HTML, JSONL}

// ParseFormat returns the Format named s ("" is Auto).
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case "":
		return Auto, nil
	case Auto, Text, HTML, JSONL:
		return f, nil
	case "txt", "md", "markdown":
		return Text, nil
	case "htm":
		return HTML, nil
	case "ndjson":
		return JSONL, nil
	}
	return "", fmt.Errorf("unknown input format %q; use one of auto, text, html, jsonl", s)
}

// DefaultMaxSize is the default limit on one document's size in bytes
// (10 MiB). News articles are far smaller; the limit keeps a stray archive or
// database dump from exhausting memory. Options.MaxSize changes it.
const DefaultMaxSize = 10 << 20

// StdinName is how standard input is named in warnings. Documents read from
// standard input as text have the ID "-".
const StdinName = "stdin"

// Options control reading.
type Options struct {
	// Format forces one format for every input; "" or Auto decides per input.
	Format Format
	// MaxSize is the largest document accepted, in bytes; 0 means
	// DefaultMaxSize. A JSON Lines line may be up to twice as long (escaping)
	// plus 1 MiB of metadata before it is rejected unread.
	MaxSize int64
	// Stdin is read for the argument "-"; nil reads nothing and warns.
	Stdin io.Reader
	// Ref, when not zero, is every document's reference date (RefSource
	// "flag"), overriding JSON Lines dates and manifests.
	Ref time.Time
	// Output is the file the run writes (-o), if any: when the inputs name
	// it or a directory holding it, it is skipped with a note rather than
	// read back as input.
	Output string
}

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

// Item is one step of reading: a document, a problem with an input, or both
// (a document read with a note, such as HTML found in a .txt file).
type Item struct {
	// Doc is the document read; nil when the input gave none.
	Doc *timeline.Document
	// Warnings are the problems and notes about this input, naming the file
	// (and line for JSON Lines).
	Warnings []timeline.Warning
	// Failed reports that input was dropped or degraded (the command exits 1).
	Failed bool
	// Bytes is how many input bytes this item consumed, for progress.
	Bytes int64
}

type sourceKind int

const (
	kindFile sourceKind = iota
	kindStdin
	kindProblem
)

type source struct {
	kind    sourceKind
	path    string // file path as given or found
	format  Format // resolved format for files
	size    int64
	warning timeline.Warning // kindProblem
	note    bool             // kindProblem that is only a note: not failed
}

// Set is the expanded list of inputs of one run. Create it with Open.
type Set struct {
	opts      Options
	sources   []source
	manifests map[string]*manifest
	docs      int
	bytes     int64
}

// Open expands the command-line arguments into inputs: "-" is standard
// input, a directory is walked recursively, a pattern with *, ? or [ is
// expanded (for shells that do not), and anything else is a file. Problems
// found now (no such file, a pattern matching nothing) are kept and reported
// in order by Items; Open itself never fails.
func Open(args []string, opts Options) *Set {
	s := &Set{opts: opts, manifests: map[string]*manifest{}}
	seen := map[string]bool{}
	var output os.FileInfo
	if opts.Output != "" && opts.Output != "-" {
		output, _ = os.Stat(opts.Output)
	}
	addFile := func(path string, size int64) {
		if output != nil {
			if fi, err := os.Stat(path); err == nil && os.SameFile(fi, output) {
				s.sources = append(s.sources, source{kind: kindProblem, path: path, note: true,
					warning: timeline.Warning{Document: path, Message: "note: skipped: this is the output file (-o) of this run"}})
				return
			}
		}
		key := path
		if abs, err := filepath.Abs(path); err == nil {
			key = abs
		}
		if seen[key] {
			return // the same file named twice is read once
		}
		seen[key] = true
		format := s.formatOf(path)
		if format == sniffed {
			format = sniffRegular(path)
		}
		s.sources = append(s.sources, source{kind: kindFile, path: path, format: format, size: size})
	}
	problem := func(name, format string, a ...any) {
		s.sources = append(s.sources, source{kind: kindProblem, path: name,
			warning: timeline.Warning{Document: name, Message: fmt.Sprintf(format, a...)}})
	}
	note := func(name, msg string) {
		s.sources = append(s.sources, source{kind: kindProblem, path: name, note: true,
			warning: timeline.Warning{Document: name, Message: msg}})
	}
	stdinSeen := false
	for _, arg := range args {
		switch {
		case arg == "-":
			if stdinSeen {
				problem(StdinName, "standard input (-) given more than once; it is read once")
				continue
			}
			stdinSeen = true
			s.sources = append(s.sources, source{kind: kindStdin, path: StdinName, size: -1})
			continue
		case arg == "":
			problem(`""`, "empty file name")
			continue
		}
		fi, err := os.Stat(arg)
		switch {
		case err == nil && fi.IsDir():
			s.walk(arg, addFile, problem, note)
		case err == nil:
			addFile(filepath.Clean(arg), fi.Size())
		case hasMeta(arg):
			matches, gerr := filepath.Glob(arg)
			if gerr != nil {
				problem(arg, "bad pattern: %v", gerr)
				continue
			}
			if len(matches) == 0 {
				problem(arg, "no files match this pattern")
				continue
			}
			sort.Strings(matches)
			for _, m := range matches {
				mi, err := os.Stat(m)
				switch {
				case err != nil:
					problem(m, "cannot read: %v", pathErr(err))
				case mi.IsDir():
					s.walk(m, addFile, problem, note)
				default:
					addFile(m, mi.Size())
				}
			}
		default:
			problem(arg, "%s", statProblem(arg, err))
		}
	}
	s.docs, s.bytes = 0, 0
	for _, src := range s.sources {
		switch {
		case src.kind == kindStdin:
			s.docs, s.bytes = -1, -1
		case src.kind == kindFile && (src.format == JSONL || src.format == jsonFile || src.format == sniffed):
			if s.docs >= 0 {
				s.docs = -1
			}
			if s.bytes >= 0 {
				s.bytes += src.size
			}
		case src.kind == kindFile:
			if s.docs >= 0 {
				s.docs++
			}
			if s.bytes >= 0 {
				s.bytes += src.size
			}
		case src.kind == kindProblem:
			if s.docs >= 0 {
				s.docs++
			}
		}
	}
	return s
}

// Total returns the number of Items that Items will yield (one per file,
// whether it can be read or not, and one per problem found by Open) and the
// number of input bytes, each -1 when not known in advance (JSON Lines,
// standard input).
func (s *Set) Total() (items int, bytes int64) { return s.docs, s.bytes }

// Len returns the number of inputs (files, standard input and problems).
func (s *Set) Len() int { return len(s.sources) }

// statProblem says why os.Stat(path) failed with err, telling a broken or
// looping symbolic link from a missing file.
func statProblem(path string, err error) string {
	if li, lerr := os.Lstat(path); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
		target, _ := os.Readlink(path)
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Sprintf("broken symbolic link: %s does not exist", target)
		}
		return fmt.Sprintf("cannot follow the symbolic link to %s: %v", target, pathErr(err))
	}
	if errors.Is(err, fs.ErrNotExist) {
		return "no such file or directory"
	}
	return fmt.Sprintf("cannot read: %v", pathErr(err))
}

func hasMeta(p string) bool { return strings.ContainsAny(p, "*?[") }

// pathErr drops the path an *fs.PathError repeats, since warnings name it.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// knownExt maps the extensions picked up by directory walks to formats.
var knownExt = map[string]Format{
	".txt": Text, ".text": Text, ".md": Text, ".markdown": Text,
	".html": HTML, ".htm": HTML, ".xhtml": HTML,
	".jsonl": JSONL, ".ndjson": JSONL,
}

// jsonFile is the format of a .json file named on the command line: JSON
// Lines when its first line is a JSON object, an error otherwise.
const jsonFile Format = "json"

// startsWithJSONObjectLine reports whether the first non-blank line of br
// is one whole JSON object, without consuming input.
func startsWithJSONObjectLine(br *bufio.Reader) bool {
	head, _ := br.Peek(64 << 10)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")
	line, _, _ := bytes.Cut(head, []byte("\n"))
	line = bytes.TrimSpace(line)
	return len(line) > 1 && line[0] == '{' && json.Valid(line)
}

// looksLikeJSONLines reports whether br (standard input, a file without a
// known extension) holds JSON Lines rather than text, without consuming
// input: its first non-blank line is a JSON object, or starts like one with
// a quoted key ({"id": ...), so that a broken or very long first record is
// still reported as JSON Lines while prose opening with a brace ("{Reuters}
// ...") stays text.
func looksLikeJSONLines(br *bufio.Reader) bool {
	if startsWithJSONObjectLine(br) {
		return true
	}
	head, _ := br.Peek(4096)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	head = bytes.TrimLeft(head[1:], " \t")
	return len(head) > 0 && head[0] == '"'
}

func (s *Set) formatOf(path string) Format {
	if s.opts.Format != "" && s.opts.Format != Auto {
		return s.opts.Format
	}
	if strings.EqualFold(filepath.Ext(path), ".json") {
		return jsonFile
	}
	if f, ok := knownExt[strings.ToLower(filepath.Ext(path))]; ok {
		return f
	}
	return sniffed
}

// sniffed is the format of a file named on the command line without a known
// extension (a file called "feed", /dev/stdin, a <(command) pipe): JSON Lines
// when its first line is a JSON object, as for standard input, text (or HTML)
// otherwise.
const sniffed Format = "sniffed"

// sniffRegular decides the format of a regular file without a known
// extension now, by its first line, so that Total can count it; other files
// (pipes, devices) stay sniffed, to be decided as they are read.
func sniffRegular(path string) Format {
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return sniffed
	}
	f, err := os.Open(path)
	if err != nil {
		return sniffed // reported when read
	}
	defer f.Close()
	if looksLikeJSONLines(bufio.NewReaderSize(f, 64<<10)) {
		return JSONL
	}
	return Text
}

// walk adds the files of the directory root with known extensions, and
// notes the others it skips (hidden files, node_modules, manifests and a
// folder's README-like notes aside), so that nothing is dropped silently.
func (s *Set) walk(root string, addFile func(string, int64), problem func(string, string, ...any), note func(string, string)) {
	found := 0
	var skipped []string
	start := root
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		// A trailing separator makes the walk enter a linked directory.
		start = root + string(filepath.Separator)
	}
	err := filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			problem(path, "cannot read: %v", pathErr(err))
			if d != nil && d.IsDir() && path != start {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if path != start && (strings.HasPrefix(name, ".") || name == "node_modules") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || name == manifestName || isProjectFile(name) {
			return nil
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		if _, ok := knownExt[strings.ToLower(filepath.Ext(name))]; !ok {
			if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
				skipped = append(skipped, filepath.ToSlash(path))
			}
			return nil
		}
		fi, err := os.Stat(path)
		if err != nil {
			problem(path, "%s", statProblem(path, err))
			return nil
		}
		if fi.IsDir() {
			return nil
		}
		found++
		addFile(path, fi.Size())
		return nil
	})
	if err != nil {
		problem(root, "cannot read directory: %v", pathErr(err))
		return
	}
	if found == 0 {
		if len(skipped) > 0 {
			problem(root, "directory has no .txt, .md, .html or .jsonl files (it has %s); name a file on the command line to read it whatever its extension", countFiles(skipped))
			return
		}
		problem(root, "directory has no .txt, .md, .html or .jsonl files")
		return
	}
	if len(skipped) > 0 {
		note(root, fmt.Sprintf("note: skipped %s (directories are read for .txt, .md, .html and .jsonl files; name a file on the command line to read it whatever its extension)", countFiles(skipped)))
	}
}

// countFiles says how many files a list holds, naming the first few.
func countFiles(paths []string) string {
	const show = 3
	word := "files"
	if len(paths) == 1 {
		word = "file"
	}
	names := paths[:min(len(paths), show)]
	more := ""
	if len(paths) > show {
		more = ", …"
	}
	return fmt.Sprintf("%d other %s: %s%s", len(paths), word, strings.Join(names, ", "), more)
}

// isProjectFile reports whether a file name is a folder's own notes
// (README, LICENSE, CHANGELOG, CONTRIBUTING), not an article.
func isProjectFile(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "CHANGELOG", "CONTRIBUTING":
		return true
	}
	return false
}

// Items returns the inputs' documents and problems in order: arguments as
// given, directory entries in lexical order, JSON Lines records in line
// order. It stops early when ctx is done or the consumer stops.
func (s *Set) Items(ctx context.Context) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, src := range s.sources {
			if ctx.Err() != nil {
				return
			}
			switch src.kind {
			case kindProblem:
				if !yield(Item{Warnings: []timeline.Warning{src.warning}, Failed: !src.note}) {
					return
				}
			case kindStdin:
				if !s.readStdin(ctx, yield) {
					return
				}
			case kindFile:
				if !s.readFile(ctx, src, yield) {
					return
				}
			}
		}
	}
}

func (s *Set) readFile(ctx context.Context, src source, yield func(Item) bool) bool {
	if src.format == sniffed {
		f, err := os.Open(src.path)
		if err != nil {
			return yield(failed(src.path, src.size, "cannot read: %v", pathErr(err)))
		}
		defer f.Close()
		br := bufio.NewReaderSize(f, 64<<10)
		if looksLikeJSONLines(br) {
			return s.readJSONL(ctx, src.path, br, yield)
		}
		return s.readText(src, br, yield)
	}
	if src.format == JSONL || src.format == jsonFile {
		f, err := os.Open(src.path)
		if err != nil {
			return yield(failed(src.path, src.size, "cannot read: %v", pathErr(err)))
		}
		defer f.Close()
		br := bufio.NewReaderSize(f, 64<<10)
		if src.format == jsonFile && !startsWithJSONObjectLine(br) {
			return yield(failed(src.path, src.size, "a .json file is read as JSON Lines (one {\"id\",\"text\",\"date\"} object a line), and this one is not; "+
				"to draw the output of \"timeline extract\" use \"timeline render\", to read it as text use --input-format text"))
		}
		return s.readJSONL(ctx, src.path, br, yield)
	}
	if src.size > s.opts.maxSize() {
		return s.readText(src, nil, yield)
	}
	f, err := os.Open(src.path)
	if err != nil {
		return yield(failed(src.path, src.size, "cannot read: %v", pathErr(err)))
	}
	defer f.Close()
	return s.readText(src, f, yield)
}

// readText reads one text or HTML document from r, the open file src.
func (s *Set) readText(src source, r io.Reader, yield func(Item) bool) bool {
	max := s.opts.maxSize()
	if src.size > max {
		return yield(failed(src.path, src.size, "file is %s, over the %s limit per document; raise it with --max-size", sizeString(src.size), sizeString(max)))
	}
	format := src.format
	if format == sniffed {
		format = Text
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return yield(failed(src.path, src.size, "cannot read: %v", pathErr(err)))
	}
	if int64(len(data)) > max {
		return yield(failed(src.path, src.size, "file is over the %s limit per document; raise it with --max-size", sizeString(max)))
	}
	item := s.document(src.path, filepath.ToSlash(src.path), data, format)
	item.Bytes = int64(len(data))
	if item.Doc != nil {
		s.applyManifest(src.path, &item)
	}
	return yield(item)
}

func (s *Set) readStdin(ctx context.Context, yield func(Item) bool) bool {
	if s.opts.Stdin == nil {
		return yield(failed(StdinName, 0, "standard input is not available"))
	}
	br := bufio.NewReaderSize(s.opts.Stdin, 64<<10)
	format := s.opts.Format
	if format == "" || format == Auto {
		format = Text
		if looksLikeJSONLines(br) {
			format = JSONL
		}
	}
	if format == JSONL {
		return s.readJSONL(ctx, StdinName, br, yield)
	}
	max := s.opts.maxSize()
	data, err := io.ReadAll(io.LimitReader(br, max+1))
	if err != nil {
		return yield(failed(StdinName, int64(len(data)), "cannot read: %v", err))
	}
	if int64(len(data)) > max {
		n, _ := io.Copy(io.Discard, br)
		return yield(failed(StdinName, int64(len(data))+n, "input is over the %s limit per document; raise it with --max-size", sizeString(max)))
	}
	item := s.document(StdinName, "-", data, format)
	item.Bytes = int64(len(data))
	return yield(item)
}

// failed returns an Item with one warning and no document.
func failed(name string, n int64, format string, a ...any) Item {
	return Item{Warnings: []timeline.Warning{{Document: name, Message: fmt.Sprintf(format, a...)}}, Failed: true, Bytes: max(n, 0)}
}

// document checks and decodes one text or HTML document. name is used in
// warnings, id becomes the Document.ID.
func (s *Set) document(name, id string, data []byte, format Format) Item {
	text, title, w := Decode(data, format)
	item := Item{}
	if w != nil {
		w.Document = name
		item.Warnings = append(item.Warnings, *w)
		if text == "" {
			item.Failed = true
			return item
		}
	}
	doc := &timeline.Document{ID: id, Title: title, Text: text, Bytes: len(text)}
	if !s.opts.Ref.IsZero() {
		doc.Ref, doc.RefSource = s.opts.Ref, timeline.RefFlag
	}
	item.Doc = doc
	return item
}

// sizeString formats a byte count for people, exactly when it is a whole
// number of MiB, MB, KiB or KB (so that a limit given as --max-size 1MB is
// shown as 1 MB), to one decimal in MiB or KiB otherwise.
func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1e6 && n%1e6 == 0:
		return fmt.Sprintf("%d MB", n/1e6)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1e4 && n%1e3 == 0:
		return fmt.Sprintf("%d KB", n/1e3)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
