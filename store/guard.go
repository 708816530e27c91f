package store

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// guard runs f, a piece of work that reads the mapped diary file through
// bbolt, so that a damaged file cannot bring the program down. A memory fault
// on the mapping (SIGBUS past the end of a cut-short file, SIGSEGV on a wild
// page number) becomes a panic instead of a crash; that panic, and a panic
// raised inside bbolt itself (its checks of a page that makes no sense, or an
// index out of range on one), become an error wrapping ErrNotDiary. bbolt
// rolls its transaction back as the panic passes.
//
// Any other panic is a bug in cramps, not damage in the file, and is raised
// again: calling it damage would send the user to restore a healthy diary.
// Fault-to-panic is per goroutine, hence a wrapper around every read.
func guard(f func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if !fileFault(r) && !panickedIn(boltPackage) {
			panic(r)
		}
		err = fmt.Errorf("%w: reading it failed (%v)", ErrNotDiary, r)
	}()
	return f()
}

// boltPackage is the import path prefix of bbolt's packages.
const boltPackage = "go.etcd.io/bbolt"

// fileFault reports whether r is the panic of a memory fault that
// debug.SetPanicOnFault made of a bad read: a runtime.Error that knows the
// faulting address.
func fileFault(r any) bool {
	re, ok := r.(runtime.Error)
	if !ok {
		return false
	}
	_, ok = re.(interface{ Addr() uintptr })
	return ok
}

// panickedIn reports whether the panic being recovered was raised by code of
// the package with the import path prefix pkg. Called from a deferred
// function, the stack still holds the frames that panicked: the first frame
// below runtime.gopanic that is not the runtime's own is the culprit.
func panickedIn(pkg string) bool {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	inPanic := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			inPanic = true
		case inPanic && !strings.HasPrefix(f.Function, "runtime."):
			return strings.HasPrefix(f.Function, pkg+"/") || strings.HasPrefix(f.Function, pkg+".")
		}
		if !more {
			return false
		}
	}
}
