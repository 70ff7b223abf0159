package cli

import (
	"context"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionLine(t *testing.T) {
	build := func(main string, settings ...string) *debug.BuildInfo {
		bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: main}}
		for i := 0; i+1 < len(settings); i += 2 {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return bi
	}
	tests := []struct {
		version string
		bi      *debug.BuildInfo
		want    string
	}{
		{"v1.2.3", build("(devel)"), "timeline v1.2.3 (go1.26.8)"},
		{"dev", build("v0.4.0"), "timeline v0.4.0 (go1.26.8)"},
		{"dev", build("(devel)", "vcs.revision", "0123456789abcdef0123", "vcs.modified", "true"), "timeline dev 0123456789ab+modified (go1.26.8)"},
		{"dev", build("(devel)", "vcs.revision", "abc", "vcs.modified", "false"), "timeline dev abc (go1.26.8)"},
		{"dev", build(""), "timeline dev (go1.26.8)"},
		{"dev", nil, "timeline dev (Go version unknown)"},
	}
	for _, tt := range tests {
		if got := versionLine(tt.version, tt.bi); got != tt.want {
			t.Errorf("versionLine(%q) = %q, want %q", tt.version, got, tt.want)
		}
	}
}

func TestVersionArgs(t *testing.T) {
	io, out, errb := testIO("")
	if code := Main(context.Background(), []string{"version", "extra"}, io); code != ExitUsage || !strings.Contains(errb.String(), `unexpected argument "extra"`) {
		t.Errorf("version extra: exit %d, stderr %q", code, errb)
	}
	io, out, _ = testIO("")
	if code := Main(context.Background(), []string{"--version"}, io); code != ExitOK || !strings.HasPrefix(out.String(), "timeline ") {
		t.Errorf("--version: exit %d, stdout %q", code, out)
	}
}
