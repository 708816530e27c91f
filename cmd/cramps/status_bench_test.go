package main

import (
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// tenYears is the diary the status target names (issue 14): 10 years of nights.
const tenYears = 522 // weeks

// BenchmarkProcessStatus10Years times `cramps status` as a shell prompt runs
// it, against `cramps --version`, on ten years of nights ending last night
// (so that status has its most to read: last night logged, and the last 8
// weeks). The target is within 2× the time of --version; the ratio is the
// status-x-version metric. The two are timed in turn, so that both meet the
// same state of the machine.
// Run it with: go test ./cmd/cramps -run '^$' -bench ProcessStatus -benchtime 200x
func BenchmarkProcessStatus10Years(b *testing.B) {
	db, timeOf := processBench(b, diary.LastNight(time.Now()), tenYears)
	timeOf("--db", db, "status") // the file into the page cache, as on a prompt
	var version, status time.Duration
	b.ResetTimer()
	for range b.N {
		version += timeOf("--version")
		status += timeOf("--db", db, "status")
	}
	n := float64(b.N)
	b.ReportMetric(float64(version.Microseconds())/1000/n, "ms-version")
	b.ReportMetric(float64(status.Microseconds())/1000/n, "ms-status")
	b.ReportMetric(float64(status)/float64(version), "status-x-version")
}
