package cli

import "context"

// runRender is filled in by its issue.
func runRender(ctx context.Context, args []string, io IO) int {
	return usageError(io, "render", "not implemented yet")
}
