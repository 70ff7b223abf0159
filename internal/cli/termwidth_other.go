//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package cli

import (
	"os"
	"strconv"
)

// terminalWidth returns $COLUMNS, or 0 when it is not set.
func terminalWidth(*os.File) int {
	n, _ := strconv.Atoi(os.Getenv("COLUMNS"))
	return max(n, 0)
}
