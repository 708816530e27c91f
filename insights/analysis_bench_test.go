package insights

import (
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/demo"
)

// BenchmarkAnalyze3650 times the full insights on ten years of nights (SPEC
// §10: under 5 ms).
func BenchmarkAnalyze3650(b *testing.B) {
	p, nights := demo.Generate(demo.DefaultSeed, diary.NewDate(2026, 11, 21), 3650/7+1)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Analyze(nights, p, Options{})
	}
	b.ReportMetric(float64(len(nights)), "nights")
}
