//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package store

import (
	"os"
	"time"
)

// sharedLock does nothing where flock is not available; bbolt's own lock,
// taken a moment later, still keeps two writers apart.
func sharedLock(f *os.File, deadline time.Time) error { return nil }
