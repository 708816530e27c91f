// Package bigpages asks the kernel to back the memory a bulk read is about
// to fill with 2 MiB pages instead of 4 KiB ones.
//
// On a virtual machine the first touch of each 4 KiB page of fresh memory
// can cost far more than the work done on it: on the machine cramps is
// measured on, 8–19 µs a page (`go test ./internal/bigpages -bench .`
// shows the figure wherever it runs). Reading and analysing thirty years
// of nights fills about 12 MB, some 3,000 pages, and those first touches
// were most of the time `cramps insights` took. Where Linux offers
// transparent huge pages on request (/sys/kernel/mm/transparent_hugepage/
// enabled set to "madvise", a common default), one fault maps 2 MiB.
// Go's runtime makes no such request of its own.
package bigpages

// MinSize is the least advice Prepare gives. Below it the collection that
// Prepare runs, 2–7 ms on that machine, costs about what the faults it
// saves do: `cramps insights` on ten years of nights (8 MiB advised) took
// as long with the advice as without, and on five years 3 ms longer.
const MinSize = 12 << 20
