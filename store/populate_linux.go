//go:build linux

package store

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/crampsdiary/cramps/diary"
)

// populate asks the kernel to map the whole backing array of nights at once
// (MADV_POPULATE_WRITE), before the decoder writes it night by night.
// AllNights fills megabytes of fresh memory; touched a page at a time, each
// 4 KiB costs a page fault, which on a virtual machine is some 10 µs — most
// of the time it takes to load thirty years. It is only advice: on a kernel
// without it (before Linux 5.14) nothing changes but speed.
func populate(nights []diary.Night) {
	full := nights[:cap(nights)]
	if len(full) == 0 {
		return
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(full)))
	size := uintptr(len(full)) * unsafe.Sizeof(full[0])
	page := uintptr(unix.Getpagesize())
	// madvise wants a page-aligned start; the pages at either end that the
	// array shares with other objects are mapped already or do no harm.
	first := (start + page - 1) &^ (page - 1)
	last := (start + size) &^ (page - 1)
	if last <= first {
		return
	}
	_, _, _ = unix.Syscall(unix.SYS_MADVISE, first, last-first, unix.MADV_POPULATE_WRITE)
}
