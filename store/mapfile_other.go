//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package store

import "os"

// mapFile reads the first n bytes of f, where mmap is not at hand.
func mapFile(f *os.File, n int64) (b []byte, release func(), err error) {
	b = make([]byte, n)
	if _, err := f.ReadAt(b, 0); err != nil {
		return nil, nil, err
	}
	return b, func() {}, nil
}
