// Command cramps is a terminal diary for nocturnal leg cramps. This package is
// wiring only: flags and sub-commands, mapping errors to exit codes. The work
// lives in diary, store, insights and tui.
package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/crampsdiary/cramps/cmd/cramps/internal/termquiet"
)

func main() {
	termquiet.Restore()
	start := time.Now()
	// A closed pipe makes a write fail with EPIPE, which exits 1 (quietly)
	// saying so, instead of killing cramps with the signal.
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(run(env{
		start:  start,
		args:   os.Args[1:],
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
		now:    time.Now,
		batch:  tuneForBatch,
		bulk:   prepareBulkRead,
	}))
}
