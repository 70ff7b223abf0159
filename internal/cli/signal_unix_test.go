//go:build unix

package cli

import (
	"bytes"
	"context"
	"strings"
	"syscall"
	"testing"
	"time"
)

// signalReader is standard input that sends a signal to the process the
// first time it is read, that is once Main is running, then yields text.
type signalReader struct {
	t    *testing.T
	sig  syscall.Signal
	text *strings.Reader
	sent bool
}

func (r *signalReader) Read(p []byte) (int, error) {
	if !r.sent {
		r.sent = true
		if err := syscall.Kill(syscall.Getpid(), r.sig); err != nil {
			r.t.Errorf("kill: %v", err)
		}
		// Delivery is asynchronous: give it time to land before the
		// input ends, as it would during a long run.
		time.Sleep(200 * time.Millisecond)
	}
	return r.text.Read(p)
}

// TestExtractTerminated checks that SIGTERM and SIGHUP stop a run like an
// interrupt: -o FILE is not written and no temporary file is left behind.
// (Without Main catching them, the signal would kill the test binary.)
func TestExtractTerminated(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := corpus(t, map[string]string{"a.txt": reportA})
			t.Chdir(dir)
			var out, errb bytes.Buffer
			in := &signalReader{t: t, sig: sig, text: strings.NewReader(strings.Repeat(reportA, 50))}
			io := IO{In: in, Out: &out, Err: &errb}
			code := Main(context.Background(), []string{"extract", "a.txt", "-", "-o", "out.json"}, io)
			if code != ExitInput || !strings.Contains(errb.String(), "interrupted; out.json was not written") {
				t.Errorf("exit %d, stderr %q; want 1 and an interruption", code, errb.String())
			}
			assertOnly(t, dir, "a.txt")
		})
	}
}
