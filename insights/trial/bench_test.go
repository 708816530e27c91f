package trial

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// benchTrial is a 366-night nightly trial with every night logged.
func benchTrial(b *testing.B) (diary.Trial, []diary.Night) {
	start := diary.NewDate(2026, 1, 1)
	tr, err := diary.NewTrial(diary.HabitStretched, start, diary.TrialDesign{PeriodNights: 1, Pairs: 183}, bytes.NewReader(make([]byte, 183)))
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 1))
	nights := make([]diary.Night, 366)
	for i := range nights {
		nights[i] = diary.Night{Date: start.AddDays(i), Day: diary.Day{Stretched: diary.Some(r.IntN(2) == 0)}, Episodes: make([]diary.Episode, r.IntN(3))}
	}
	return tr, nights
}

func BenchmarkAnalyze366Nights(b *testing.B) {
	tr, nights := benchTrial(b)
	p := diary.NewProfile()
	for b.Loop() {
		Analyze(tr, nights, p, tr.Last().AddDays(1))
	}
}

func BenchmarkEstimateChanceDefault(b *testing.B) {
	tr, nights := benchTrial(b)
	for b.Loop() {
		EstimateChance(nights, tr.Last().AddDays(1), diary.HabitStretched.DefaultDesign())
	}
}
