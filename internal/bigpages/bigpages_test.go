package bigpages

import (
	"runtime"
	"testing"
)

func TestPrepareBelowMinSizeCollectsNothing(t *testing.T) {
	before := gcCount()
	Prepare(MinSize - 1)
	if after := gcCount(); after != before {
		t.Fatalf("Prepare(MinSize-1) ran %d collections, want none", after-before)
	}
}

func gcCount() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}
