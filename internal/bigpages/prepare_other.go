//go:build !linux

package bigpages

// Prepare does nothing here: the advice is Linux's (see prepare_linux.go).
func Prepare(size int) {}
