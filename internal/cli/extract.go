package cli

import "context"

// runExtract is filled in by its issue.
func runExtract(ctx context.Context, args []string, io IO) int {
	return usageError(io, "extract", "not implemented yet")
}
