package main

import (
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/demo"
)

// thirtyYears is the longest diary the speed targets name (SPEC §10).
const thirtyYears = 1565 // weeks

// processBench builds cramps and a diary of weeks weeks of demo nights
// ending on last; it returns the diary's path and a function that times one
// run of the binary with args.
func processBench(b *testing.B, last diary.Date, weeks int) (db string, timeOf func(args ...string) time.Duration) {
	b.Helper()
	dir := b.TempDir()
	bin := filepath.Join(dir, "cramps")
	db = filepath.Join(dir, "diary.db")
	buildForE2E(b, bin)
	p, nights := demo.Generate(demo.DefaultSeed, last, weeks)
	writeDiary(b, db, p, nights)
	return db, func(args ...string) time.Duration {
		start := time.Now()
		if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			b.Fatalf("cramps %v: %v\n%s", args, err, out)
		}
		return time.Since(start)
	}
}

// BenchmarkProcess30Years times whole processes of the built binary, as a
// user meets them: `cramps --version` against `cramps insights --json` and
// `cramps week --json` on thirty years of nights. The target is within 3×
// the time of --version; the ratios are reported as x-version metrics.
// Run it with: go test ./cmd/cramps -run '^$' -bench Process -benchtime 40x
func BenchmarkProcess30Years(b *testing.B) {
	db, timeOf := processBench(b, diary.NewDate(2026, 11, 21), thirtyYears)
	var version, ins, week time.Duration
	b.ResetTimer()
	for range b.N {
		version += timeOf("--version")
		ins += timeOf("--db", db, "insights", "--json")
		week += timeOf("--db", db, "week", "--json")
	}
	n := float64(b.N)
	b.ReportMetric(float64(version.Microseconds())/1000/n, "ms-version")
	b.ReportMetric(float64(ins.Microseconds())/1000/n, "ms-insights")
	b.ReportMetric(float64(week.Microseconds())/1000/n, "ms-week")
	b.ReportMetric(float64(ins)/float64(version), "insights-x-version")
	b.ReportMetric(float64(week)/float64(version), "week-x-version")
}
