//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"os"

	"golang.org/x/sys/unix"
)

// mapFile maps the first n bytes of f read-only, for Open's walk of the
// index: the pages are read where the kernel holds them, with no copy.
// release unmaps them. A read past a file cut short underneath faults; the
// walk runs under guard.
func mapFile(f *os.File, n int64) (b []byte, release func(), err error) {
	b, err = unix.Mmap(int(f.Fd()), 0, int(n), unix.PROT_READ, unix.MAP_SHARED|mapPopulate)
	if err != nil {
		return nil, nil, err
	}
	return b, func() { _ = unix.Munmap(b) }, nil
}
