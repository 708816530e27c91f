package main

import "runtime/debug"

// batchMemoryLimit is the heap a one-shot command may grow to before the
// garbage collector runs at all. Thirty years of nights and their analysis
// take about 12 MiB, so in practice it never runs, and the 50 MiB the
// specification allows is never reached.
const batchMemoryLimit = 40 << 20

// tuneForBatch switches the collector off, but for batchMemoryLimit, for a
// command that reads the diary, prints and exits. Collecting a heap that is
// about to be thrown away costs such a command a tenth of its time; the
// diary screens, which run for hours, keep the usual collector.
func tuneForBatch() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(batchMemoryLimit)
}
