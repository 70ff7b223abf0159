package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// writer is io.Writer, named for functions whose IO parameter is called io.
type writer = io.Writer

// writeOutput calls write with the destination named by path: standard output
// for "" or "-", otherwise a temporary file in the same directory that is
// renamed over path only when write succeeds, so a failed run never leaves a
// half-written file. A symbolic link is followed (the file it points to is
// replaced, the link kept); an existing device or named pipe (/dev/stdout,
// /dev/null, a FIFO) is written to directly, never replaced.
func writeOutput(path string, stdout io.Writer, write func(w io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriterSize(stdout, 64<<10)
		if err := write(bw); err != nil {
			bw.Flush()
			return err
		}
		return bw.Flush()
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		switch {
		case fi.IsDir():
			return fmt.Errorf("cannot write %s: it is a directory; name a file", path)
		case !fi.Mode().IsRegular():
			// A device, named pipe or socket (-o /dev/stdout, a FIFO):
			// renaming a file over it would replace it, so write to it.
			return writeSpecial(path, write)
		}
		mode = fi.Mode().Perm() // keep an existing file's permissions
		// Through a symbolic link, replace the file it points to, not the link.
		if real, err := filepath.EvalSymlinks(path); err == nil {
			path = real
		}
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("cannot write %s: directory %s does not exist; create it first", path, dir)
		}
		return fmt.Errorf("cannot write %s: %w", path, pathErr(err))
	}
	tmp := f.Name()
	trackTemp(tmp, true)
	defer trackTemp(tmp, false)
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return err
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	if err := write(bw); err != nil {
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		return fail(fmt.Errorf("write %s: %w", path, err))
	}
	if err := f.Chmod(mode); err != nil {
		return fail(fmt.Errorf("write %s: %w", path, err))
	}
	// On disk before the rename, so that a crash or power cut leaves the
	// old file or the new one, never an empty one.
	if err := f.Sync(); err != nil {
		return fail(fmt.Errorf("write %s: %w", path, pathErr(err)))
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// temps are the temporary files of outputs being written, removed by
// removeTemps when the process must end before writeOutput returns.
var temps struct {
	sync.Mutex
	paths map[string]bool
}

func trackTemp(path string, on bool) {
	temps.Lock()
	defer temps.Unlock()
	if temps.paths == nil {
		temps.paths = map[string]bool{}
	}
	if on {
		temps.paths[path] = true
	} else {
		delete(temps.paths, path)
	}
}

// removeTemps removes the temporary files of outputs being written.
func removeTemps() {
	temps.Lock()
	defer temps.Unlock()
	for p := range temps.paths {
		os.Remove(p)
		delete(temps.paths, p)
	}
}

// writeSpecial writes straight to an existing file that is not a regular
// one: such output cannot be made atomic.
func writeSpecial(path string, write func(w io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, pathErr(err))
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	err = write(bw)
	if ferr := bw.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write %s: %w", path, pathErr(ferr))
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("write %s: %w", path, pathErr(cerr))
	}
	return err
}

// pathErr drops the path an *fs.PathError repeats, for messages that name
// the file already.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// printWarning writes a warning on io.Err as one "timeline: ..." line (a
// stack trace of an internal error may add indented lines). File names and
// ids in it come from the input and may hold control characters: they are
// shown escaped (\x1b), so that no input can move the cursor, recolour or
// retitle the user's terminal.
func printWarning(io IO, w fmt.Stringer) {
	fmt.Fprintf(io.Err, "timeline: %s\n", escapeControls(w.String()))
}

// escapeControls escapes C0 and C1 control characters and DEL, except
// newlines and tabs.
func escapeControls(s string) string {
	clean := true
	for _, r := range s {
		if isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			fmt.Fprintf(&b, `\x%02x`, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isControl(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r < 0xa0)
}
