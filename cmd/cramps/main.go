// Command cramps is a terminal diary for nocturnal leg cramps. This package is
// wiring only: flags and sub-commands, mapping errors to exit codes. The work
// lives in diary, store, insights and tui.
package main

import (
	"os"
	"time"

	"github.com/crampsdiary/cramps/cmd/cramps/internal/termquiet"
)

func main() {
	termquiet.Restore()
	start := time.Now()
	os.Exit(run(env{
		start:  start,
		args:   os.Args[1:],
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
		now:    time.Now,
		batch:  tuneForBatch,
	}))
}
