package cli

import "context"

// runDates is filled in by its issue.
func runDates(ctx context.Context, args []string, io IO) int {
	return usageError(io, "dates", "not implemented yet")
}
