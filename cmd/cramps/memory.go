package main

import (
	"runtime/debug"

	"github.com/crampsdiary/cramps/internal/bigpages"
)

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

// prepareBulkRead readies the heap for a read of a whole diary whose file
// is fileSize bytes: the nights and their analysis allocate a little over
// twice the file (9 MB for thirty years in a 4 MiB file), so twice that
// again is advised into 2 MiB pages (bigpages), up to bulkAdvice; a diary
// under about ten years asks for less than bigpages.MinSize, and nothing
// happens. On thirty years `cramps insights --json` went from 2.85–2.96
// to 2.43–2.54 times the time of `cramps --version`
// (BenchmarkProcess30Years), its peak memory from 19.5 to 21 MB.
func prepareBulkRead(fileSize int64) {
	bigpages.Prepare(int(min(4*fileSize, bulkAdvice)))
}

// bulkAdvice is the most prepareBulkRead advises: well inside
// batchMemoryLimit, which the advised allocation counts against until the
// collection that frees it.
const bulkAdvice = 24 << 20
