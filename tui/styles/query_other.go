//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd || solaris || zos)

package styles

import (
	"os"
	"time"

	"github.com/charmbracelet/x/term"
)

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

// queryDark does not ask where terminals are not asked by escape codes.
func queryDark(time.Duration) (dark, ok bool) { return false, false }
