//go:build linux

package store

import "golang.org/x/sys/unix"

// mapPopulate has the kernel map every page of the file at once: one call,
// where touching them one by one costs a page fault each.
const mapPopulate = unix.MAP_POPULATE
