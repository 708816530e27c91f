//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// lockRetry is how often a waiting open tries the lock again.
const lockRetry = 50 * time.Millisecond

// sharedLock takes a shared flock on f, the same kind of lock a read-only bbolt
// takes, waiting until deadline while a writer holds the file. It keeps
// preflight from reading meta pages a writer is halfway through. It returns
// errLockTimeout when the writer does not let go in time.
func sharedLock(f *os.File, deadline time.Time) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB)
		if err == nil {
			return nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			return err
		}
		if time.Now().Add(lockRetry).After(deadline) {
			return errLockTimeout
		}
		time.Sleep(lockRetry)
	}
}
