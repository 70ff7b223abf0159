package cli

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
)

// Version is the release version, set at build time with
// -ldflags "-X github.com/timeline-dev/timeline/internal/cli.Version=v1.2.3".
// Left at "dev", the module version recorded by "go install ...@v1.2.3" is
// used, else the commit the binary was built from.
var Version = "dev"

func runVersion(ctx context.Context, args []string, io IO) int {
	fs := newFlagSet("version", "Usage: timeline version\n\nPrints the version of timeline and of Go it was built with.\n", io)
	pos, code, ok := parseFlags(fs, args, io)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(io, "version", "unexpected argument %q; the command takes none", pos[0])
	}
	bi, _ := debug.ReadBuildInfo()
	fmt.Fprintln(io.Out, versionLine(Version, bi))
	return ExitOK
}

// versionLine formats "timeline VERSION (GO VERSION)" from the build info bi
// (nil when unknown).
func versionLine(version string, bi *debug.BuildInfo) string {
	if bi == nil {
		return fmt.Sprintf("timeline %s (Go version unknown)", version)
	}
	if version == "dev" {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			version = v
		} else {
			var rev, modified string
			for _, s := range bi.Settings {
				switch s.Key {
				case "vcs.revision":
					rev = s.Value
				case "vcs.modified":
					modified = s.Value
				}
			}
			if rev != "" {
				version += " " + rev[:min(len(rev), 12)]
				if modified == "true" {
					version += "+modified"
				}
			}
		}
	}
	return strings.TrimSpace(fmt.Sprintf("timeline %s (%s)", version, bi.GoVersion))
}
