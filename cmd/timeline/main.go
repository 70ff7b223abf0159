// Command timeline extracts dated diplomatic events from English news text and
// renders them as JSON, other exports, or an interactive HTML timeline.
//
// Run "timeline help" for the commands.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/timeline-dev/timeline/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], cli.Stdio())
	stop()
	os.Exit(code)
}
