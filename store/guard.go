package store

import (
	"fmt"
	"runtime/debug"
)

// guard runs f, a piece of work that reads the mapped diary file through
// bbolt, so that a damaged file cannot bring the program down: a memory fault
// on the mapping (SIGBUS past the end of a cut-short file, SIGSEGV on a wild
// page number) becomes a panic instead of a crash, and any panic becomes an
// error wrapping ErrNotDiary. bbolt rolls its transaction back as the panic
// passes. Fault-to-panic is per goroutine, hence a wrapper around every read.
func guard(f func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: reading it failed (%v)", ErrNotDiary, r)
		}
	}()
	return f()
}
