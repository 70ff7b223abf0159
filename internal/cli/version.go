package cli

import (
	"context"
	"fmt"
	"runtime/debug"
)

// Version is the release version, set at build time with
// -ldflags "-X github.com/timeline-dev/timeline/internal/cli.Version=v1.2.3".
var Version = "dev"

func runVersion(ctx context.Context, args []string, io IO) int {
	fs := newFlagSet("version", "Usage: timeline version\n\nPrints the version of timeline and of Go it was built with.\n", io)
	if _, code, ok := parseFlags(fs, args, io); !ok {
		return code
	}
	goVersion := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
	}
	fmt.Fprintf(io.Out, "timeline %s (%s)\n", Version, goVersion)
	return ExitOK
}
