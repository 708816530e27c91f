//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"errors"
	"testing"
	"time"
)

// openLocked opens path and checks that it fails with ErrLocked after
// waiting for about timeout (the default when zero), never much longer.
func openLocked(t *testing.T, path string, opts Options, timeout time.Duration) {
	t.Helper()
	start := time.Now()
	s, err := Open(path, opts)
	elapsed := time.Since(start)
	if err == nil {
		s.Close()
		t.Fatalf("Open(%+v) succeeded on a diary another process holds", opts)
	}
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open(%+v): err = %v, want ErrLocked", opts, err)
	}
	// The last retry comes up to one retry interval before the deadline. The
	// default must give up within 1.5 s (SPEC §9: "within a second, never a
	// hang"); a short timeout gets the same half second of slack for a busy machine.
	limit := timeout + max(timeout/2, 500*time.Millisecond)
	if elapsed < timeout-2*lockRetry || elapsed > limit {
		t.Fatalf("Open(%+v) gave up after %v, want about %v (and under %v)", opts, elapsed, timeout, limit)
	}
}

func TestOpenElsewhereIsLocked(t *testing.T) {
	path := newDiaryFile(t, 10)
	h := startHolder(t, "hold", path)
	openLocked(t, path, Options{NoSnapshot: true}, DefaultLockTimeout)
	openLocked(t, path, Options{ReadOnly: true}, DefaultLockTimeout)
	openLocked(t, path, Options{NoSnapshot: true, LockTimeout: 300 * time.Millisecond}, 300*time.Millisecond)
	h.stop()

	s, err := Open(path, Options{NoSnapshot: true})
	if err != nil {
		t.Fatalf("Open after the other process let go: %v", err)
	}
	s.Close()
}

func TestReadersShareTheDiary(t *testing.T) {
	path := newDiaryFile(t, 10)
	startHolder(t, "hold-ro", path)
	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("a second reader was refused: %v", err)
	}
	if n, err := ro.Count(); err != nil || n != 10 {
		t.Fatalf("Count = %d, %v", n, err)
	}
	ro.Close()
	openLocked(t, path, Options{NoSnapshot: true}, DefaultLockTimeout)
}

// TestLockedInProcess: a second Open in the same process is refused too, so
// the TUI and a command never share a diary by accident.
func TestLockedInProcess(t *testing.T) {
	path := newDiaryFile(t, 1)
	s := mustOpen(t, path, Options{NoSnapshot: true})
	defer s.Close()
	openLocked(t, path, Options{NoSnapshot: true, LockTimeout: 200 * time.Millisecond}, 200*time.Millisecond)
}
