package trial

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// nightsWith returns consecutive nights ending the night before tonight, with these cramp counts.
func nightsWith(tonight diary.Date, counts ...int) []diary.Night {
	ns := make([]diary.Night, len(counts))
	for i, c := range counts {
		ns[i] = diary.Night{Date: tonight.AddDays(i - len(counts)), Episodes: make([]diary.Episode, c)}
	}
	return ns
}

func TestBaselineOf(t *testing.T) {
	tonight := diary.NewDate(2026, 12, 1)
	// 30 nights; the first two are older than the last 28; one unrecorded, one tonight.
	counts := make([]int, 30)
	counts[0], counts[1] = 9, 9
	for i := 2; i < 30; i++ {
		counts[i] = i % 2 // 14 ones, 14 zeros: mean ½, variance 7/27·… worked below
	}
	ns := nightsWith(tonight, counts...)
	ns = append(ns, diary.Night{Date: tonight, Episodes: make([]diary.Episode, 5)}, diary.Night{Date: tonight.AddDays(-40)})
	b := BaselineOf(ns, tonight)
	// 14 ones and 14 zeros: mean ½; Σ(x − ½)² = 28/4 = 7, variance 7/27.
	if b.Nights != 28 || b.Mean != 0.5 || math.Abs(b.Variance-7.0/27) > 1e-12 || b.Logged != 1 {
		t.Errorf("baseline %+v", b)
	}
	// Every other night logged: half of the span.
	sparse := make([]diary.Night, 0, 28)
	for i := range 28 {
		sparse = append(sparse, diary.Night{Date: tonight.AddDays(-1 - 2*i), Episodes: []diary.Episode{}})
	}
	if b := BaselineOf(sparse, tonight); b.Nights != 28 || math.Abs(b.Logged-28.0/55) > 1e-12 || b.Mean != 0 {
		t.Errorf("sparse baseline %+v", b)
	}
}

func TestEstimateNeedsFourteenNights(t *testing.T) {
	tonight := diary.NewDate(2026, 12, 1)
	d := diary.HabitStretched.DefaultDesign()
	if e := EstimateChance(nightsWith(tonight, make([]int, 13)...), tonight, d); e.Possible || e.Chances != nil || e.Baseline.Nights != 13 {
		t.Errorf("13 nights: %+v", e)
	}
	e := EstimateChance(nightsWith(tonight, make([]int, 14)...), tonight, d)
	if !e.Possible || len(e.Chances) != 3 {
		t.Fatalf("14 nights: %+v", e)
	}
	for _, c := range e.Chances {
		if c.Halving != 0 {
			t.Errorf("no cramps at all, yet a chance of %g", c.Halving)
		}
	}
	if got := [3]int{e.Chances[0].Design.Pairs, e.Chances[1].Design.Pairs, e.Chances[2].Design.Pairs}; got != [3]int{42, 63, 84} {
		t.Errorf("lengths %v", got)
	}
}

func TestLongerStaysWithinTheLimit(t *testing.T) {
	for _, tt := range []struct {
		d    diary.TrialDesign
		want []int
	}{
		{diary.TrialDesign{PeriodNights: 1, Pairs: 42}, []int{42, 63, 84}},
		{diary.TrialDesign{PeriodNights: 14, WashoutNights: 7, Pairs: 8}, []int{8, 12, 13}},
		{diary.TrialDesign{PeriodNights: 1, Pairs: 183}, []int{183}},
		{diary.TrialDesign{PeriodNights: 1, Pairs: 150}, []int{150, 183}},
	} {
		got := longer(tt.d)
		if len(got) != len(tt.want) {
			t.Errorf("%+v: %v, want %v", tt.d, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%+v: %v, want %v", tt.d, got, tt.want)
			}
		}
	}
}

// SPEC §11.2's figures: with about one cramp a night (here a mean of 1 and
// a variance of 2, the spread of real cramp counts), a 12-week nightly trial
// finds a true halving about half the time, a 24-week one about 4 times in 5.
func TestEstimateMatchesTheSpecFigures(t *testing.T) {
	tonight := diary.NewDate(2026, 12, 1)
	// 14 × 0, 7 × 1, 4 × 2, 1 × 3, 2 × 5: Σ = 28, mean 1; Σ(x − 1)² = 14 + 0 + 4 + 4 + 32 = 54, variance 54/27 = 2.
	var counts []int
	for _, c := range []struct{ v, n int }{{0, 14}, {1, 7}, {2, 4}, {3, 1}, {5, 2}} {
		for range c.n {
			counts = append(counts, c.v)
		}
	}
	e := EstimateChance(nightsWith(tonight, counts...), tonight, diary.HabitStretched.DefaultDesign())
	if b := e.Baseline; b.Mean != 1 || math.Abs(b.Variance-2) > 1e-12 || b.Logged != 1 {
		t.Fatalf("baseline %+v", b)
	}
	// The normal approximation: t = a − b has mean −½ and variance
	// (½ + ¼/k) + (1 + 1/k) = 2.75 with k = 1, so Φ(21/√(42·2.75) − 1.96) ≈ 0.49
	// at 42 pairs and Φ(42/√(84·2.75) − 1.96) ≈ 0.79 at 84.
	if c := e.Chances[0].Halving; c < 0.42 || c > 0.56 {
		t.Errorf("12 weeks: %.3f, want about a half", c)
	}
	if c := e.Chances[2].Halving; c < 0.72 || c > 0.86 {
		t.Errorf("24 weeks: %.3f, want about 4 in 5", c)
	}
	again := EstimateChance(nightsWith(tonight, counts...), tonight, diary.HabitStretched.DefaultDesign())
	if again.Chances[0] != e.Chances[0] {
		t.Error("the estimate is not repeatable")
	}
}

// With no true difference the simulated trials find one (fewer_with) no more
// often than the test's one-sided share of α allows: the exact test holds
// its level on overdispersed, half-logged nights.
func TestSimulatedFalseFindingsStayRare(t *testing.T) {
	b := Baseline{Nights: 28, Mean: 1.2, Variance: 3, Logged: 0.7}
	const runs = 4000
	rate := simulate(b, diary.TrialDesign{PeriodNights: 2, WashoutNights: 1, Pairs: 30}, 1, runs, 7)
	// α/2 = 0.025; three standard errors of 4000 runs is 0.0074.
	if rate > 0.025+0.0074 {
		t.Errorf("fewer_with in %.4f of trials with no effect", rate)
	}
	// And Poisson nights, where the variance is the mean.
	if rate := simulate(Baseline{Nights: 28, Mean: 0.6, Variance: 0.5, Logged: 1}, diary.TrialDesign{PeriodNights: 1, Pairs: 42}, 1, runs, 8); rate > 0.025+0.0074 {
		t.Errorf("Poisson: fewer_with in %.4f of trials with no effect", rate)
	}
}

// The negative binomial nights have the mean and variance they are built from.
func TestNightDrawMoments(t *testing.T) {
	b := Baseline{Mean: 1.5, Variance: 4}
	src := rand.NewPCG(1, 2)
	draw := nightDraw(1.5, b, src)
	const n = 200000
	var s, s2 float64
	for range n {
		x := float64(draw())
		s += x
		s2 += x * x
	}
	mean := s / n
	variance := s2/n - mean*mean
	if math.Abs(mean-1.5) > 0.02 || math.Abs(variance-4) > 0.1 {
		t.Errorf("mean %.3f, variance %.3f; want 1.5 and 4", mean, variance)
	}
}
