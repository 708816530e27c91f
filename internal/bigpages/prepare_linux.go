//go:build linux

package bigpages

import (
	"bytes"
	"os"
	"runtime"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePageSize is the size of a transparent huge page on the machines Go
// runs on with Linux (amd64 and arm64 with 4 KiB base pages).
const hugePageSize = 2 << 20

// Prepare asks for 2 MiB pages under about size bytes of the heap that the
// next large allocations will take. It allocates size bytes (fresh memory,
// which nothing touches), advises the 2 MiB-aligned stretch inside them
// (MADV_HUGEPAGE), and lets a collection free them: the heap's free pages
// then carry the advice, and Go hands out its lowest free pages first.
//
// It does nothing below MinSize, or unless the kernel gives huge pages on
// request only: where it never does, the advice is useless, and where it
// always does, it is not needed. The advice only ever changes speed.
func Prepare(size int) {
	if size < MinSize || !onRequest() {
		return
	}
	adviseFresh(size)
	runtime.GC()
}

// adviseFresh allocates size bytes, advises them, and drops them.
//
//go:noinline
func adviseFresh(size int) {
	b := make([]byte, size)
	adviseHuge(b)
	runtime.KeepAlive(b)
}

// adviseHuge advises the 2 MiB-aligned stretch inside b, and reports
// whether the kernel took the advice.
func adviseHuge(b []byte) bool {
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	first, end := (start+hugePageSize-1)&^(hugePageSize-1), (start+uintptr(len(b)))&^(hugePageSize-1)
	if end <= first {
		return false
	}
	_, _, errno := unix.Syscall(unix.SYS_MADVISE, first, end-first, unix.MADV_HUGEPAGE)
	return errno == 0
}

// onRequest reports whether the kernel gives transparent huge pages to the
// memory that asks for them, and only to that.
func onRequest() bool {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	return err == nil && bytes.Contains(b, []byte("[madvise]"))
}
