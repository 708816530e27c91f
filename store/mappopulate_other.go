//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package store

// mapPopulate is Linux's alone; elsewhere the pages are mapped as they are read.
const mapPopulate = 0
