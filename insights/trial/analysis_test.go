package trial

import (
	"bytes"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

func newTrial(t *testing.T, h diary.TrialHabit, start diary.Date, d diary.TrialDesign, coins ...byte) diary.Trial {
	t.Helper()
	coins = append(coins, make([]byte, max(0, d.Pairs-len(coins)))...)
	tr, err := diary.NewTrial(h, start, d, bytes.NewReader(coins))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// night is a night of the trial, j nights after its start, with c cramps (c < 0: not recorded).
func night(tr diary.Trial, j, c int, stretched diary.Opt[bool]) diary.Night {
	n := diary.Night{Date: tr.Start.AddDays(j), Day: diary.Day{Stretched: stretched}}
	if c >= 0 {
		n.Episodes = make([]diary.Episode, c)
	}
	return n
}

var (
	unknown = diary.None[bool]()
	yes     = diary.Some(true)
	no      = diary.Some(false)
)

func near(got *float64, want float64) bool { return got != nil && math.Abs(*got-want) < 1e-6 }

func checkFloat(t *testing.T, name string, got *float64, want float64) {
	t.Helper()
	if !near(got, want) {
		if got == nil {
			t.Errorf("%s = null, want %.9g", name, want)
		} else {
			t.Errorf("%s = %.9g, want %.9g", name, *got, want)
		}
	}
}

func checkNull(t *testing.T, name string, got *float64) {
	t.Helper()
	if got != nil {
		t.Errorf("%s = %g, want null", name, *got)
	}
}

// A complete nightly trial of 5 pairs, all AB: A on nights 0, 2, 4, 6, 8.
func TestAnalyzeCompleteNightly(t *testing.T) {
	start := diary.NewDate(2026, 1, 1)
	tr := newTrial(t, diary.HabitStretched, start, diary.TrialDesign{PeriodNights: 1, Pairs: 5})
	a := []int{0, 1, 0, 0, 1}
	b := []int{2, 1, 3, 1, 2}
	var nights []diary.Night
	for i := range 5 {
		nights = append(nights, night(tr, 2*i, a[i], yes), night(tr, 2*i+1, b[i], no))
	}
	nights[3].Day.Stretched = yes                                         // pair 1's B night: not followed
	nights = append(nights, night(tr, 10, 7, yes), night(tr, -1, 7, yes)) // outside the trial
	r := Analyze(tr, nights, diary.NewProfile(), start.AddDays(10))
	if r.Status != diary.TrialComplete || r.Verdict != VerdictNoClear || r.PairsUsed != 5 {
		t.Fatalf("status %s, verdict %s, pairs used %d", r.Status, r.Verdict, r.PairsUsed)
	}
	// tᵢ = aᵢ − bᵢ = −2, 0, −3, −1, −1; T = −7. Of the 2⁵ sign patterns only
	// the 2 × 2 (the zero's sign is free) with ±(2+3+1+1) reach |7|: p = 4/32 = 1/8.
	if r.Statistic == nil || *r.Statistic != -7 {
		t.Errorf("T = %v, want -7", r.Statistic)
	}
	checkFloat(t, "p", r.PValue, 0.125)
	// dᵢ = tᵢ (one night a period); d̄ = −7/5; Σ(dᵢ − d̄)² = .36 + 1.96 + 2.56 + .16 + .16 = 5.2; sd = √(5.2/4) = √1.3.
	checkFloat(t, "mean", r.MeanDifference, -1.4)
	checkFloat(t, "sd", r.SD, math.Sqrt(1.3))
	// t(.975, 4) = 2.776445105; half-width 2.776445105·√1.3/√5.
	half := 2.776445105 * math.Sqrt(1.3) / math.Sqrt(5)
	checkFloat(t, "ci_low", r.CILow, -1.4-half)
	checkFloat(t, "ci_high", r.CIHigh, -1.4+half)
	// F₄(x) = ½ + ¾u(1 − u²/3) with u = x/√(x² + 4), at x = 1.4·√5/√1.3.
	x := 1.4 * math.Sqrt(5) / math.Sqrt(1.3)
	u := x / math.Sqrt(x*x+4)
	checkFloat(t, "chance_fewer", r.ChanceFewer, 0.5+0.75*u*(1-u*u/3))
	// Totals: 2 cramps in 5 A nights, 9 in 5 B nights; 0.4/1.8 − 1 = −7/9.
	if r.NightsA != 5 || r.CrampsA != 2 || r.NightsB != 5 || r.CrampsB != 9 {
		t.Errorf("totals %d/%d, %d/%d", r.CrampsA, r.NightsA, r.CrampsB, r.NightsB)
	}
	checkFloat(t, "rate_a", r.RateA, 0.4)
	checkFloat(t, "rate_b", r.RateB, 1.8)
	checkFloat(t, "relative_change", r.RelativeChange, -7.0/9)
	checkFloat(t, "adherence", r.Adherence, 9.0/10)
	if r.HabitUnknownNights != 0 || len(r.Pairs) != 5 || r.Pairs[2].D != -3 || r.Pairs[2].RateB != 3 {
		t.Errorf("unknown %d, pairs %+v", r.HabitUnknownNights, r.Pairs)
	}
	if r.End != start.AddDays(9) {
		t.Errorf("end %s", r.End)
	}
}

// A stopped trial with washouts, missing nights, unrecorded cramps, unknown
// habit values, unequal counted nights and an unused pair, worked by hand.
func TestAnalyzeStoppedWithGaps(t *testing.T) {
	start := diary.NewDate(2026, 1, 1)
	// Order AB, BA, AB, AB, BA; P = 3, W = 1: nights j with j mod 3 = 0 are not scored.
	tr := newTrial(t, diary.HabitStretched, start, diary.TrialDesign{PeriodNights: 3, WashoutNights: 1, Pairs: 5}, 0, 1, 0, 0, 1)
	tr.Stopped = diary.Some(start.AddDays(27)) // pair 4's A period (nights 27–29) is never held
	nights := []diary.Night{
		night(tr, 0, 5, yes),      // washout: not counted
		night(tr, 1, 1, yes),      // pair 0 A: followed
		night(tr, 2, -1, yes),     // cramps not recorded: not counted
		night(tr, 4, 2, no),       // pair 0 B: followed
		night(tr, 5, 0, yes),      // pair 0 B: not followed
		night(tr, 7, 1, unknown),  // pair 1 B
		night(tr, 8, 1, no),       // pair 1 B: followed
		night(tr, 10, 0, yes),     // pair 1 A: followed
		night(tr, 11, 0, no),      // pair 1 A: not followed
		night(tr, 13, 0, yes),     // pair 2 A: followed
		night(tr, 14, 1, unknown), // pair 2 A
		night(tr, 16, 3, no),      // pair 2 B: followed; night 17 missing
		night(tr, 22, 1, no),      // pair 3 B (its A nights 19, 20 missing): followed
		night(tr, 23, 0, no),      // pair 3 B: followed
		night(tr, 25, 0, unknown), // pair 4 B
		night(tr, 26, 2, yes),     // pair 4 B: not followed
		night(tr, 28, 4, yes),     // after the stop: not counted
	}
	r := Analyze(tr, nights, diary.NewProfile(), start.AddDays(40))
	if r.Status != diary.TrialStopped || r.Verdict != VerdictTooLittleData || r.PairsUsed != 3 {
		t.Fatalf("status %s, verdict %s, pairs used %d", r.Status, r.Verdict, r.PairsUsed)
	}
	// Used pairs 0, 1, 2: a − b = 1−2, 0−2, 1−3 → T = −5; the 8 patterns of
	// ±1 ±2 ±2 give 5, 1, 1, −3, 3, −1, −1, −5: p = 2/8.
	if r.Statistic == nil || *r.Statistic != -5 {
		t.Errorf("T = %v, want -5", r.Statistic)
	}
	checkFloat(t, "p", r.PValue, 0.25)
	// d = 1/1 − 2/2, 0/2 − 2/2, 1/2 − 3/1 = 0, −1, −2.5; d̄ = −3.5/3;
	// Σ(d − d̄)² = (7/6)² + (1/6)² + (4/3)² = 19/6; sd = √(19/12).
	mean, sd := -3.5/3, math.Sqrt(19.0/12)
	checkFloat(t, "mean", r.MeanDifference, mean)
	checkFloat(t, "sd", r.SD, sd)
	// t(.975, 2) = (2p − 1)/√(2p(1 − p)) at p = .975.
	t2 := 0.95 / math.Sqrt(2*0.975*0.025)
	checkFloat(t, "ci_low", r.CILow, mean-t2*sd/math.Sqrt(3))
	checkFloat(t, "ci_high", r.CIHigh, mean+t2*sd/math.Sqrt(3))
	// F₂(x) = ½ + x/(2√(2 + x²)).
	x := -mean * math.Sqrt(3) / sd
	checkFloat(t, "chance_fewer", r.ChanceFewer, 0.5+x/(2*math.Sqrt(2+x*x)))
	// Totals over every counted night, used pair or not: A 2 cramps in
	// 1 + 2 + 2 nights; B 2 + 2 + 3 + 1 + 2 = 10 in 2 + 2 + 1 + 2 + 2 = 9.
	if r.NightsA != 5 || r.CrampsA != 2 || r.NightsB != 9 || r.CrampsB != 10 {
		t.Errorf("totals %d/%d, %d/%d", r.CrampsA, r.NightsA, r.CrampsB, r.NightsB)
	}
	checkFloat(t, "rate_b", r.RateB, 10.0/9)
	checkFloat(t, "relative_change", r.RelativeChange, 0.4/(10.0/9)-1) // −0.64
	// 14 counted nights: 3 with the habit unknown; of the other 11, 8 followed.
	checkFloat(t, "adherence", r.Adherence, 8.0/11)
	if r.HabitUnknownNights != 3 {
		t.Errorf("habit unknown on %d nights, want 3", r.HabitUnknownNights)
	}
	if len(r.Pairs) != 3 || r.Pairs[2].Pair != 2 || r.Pairs[2].RateA != 0.5 || r.Pairs[2].RateB != 3 || r.Pairs[2].D != -2.5 {
		t.Errorf("pairs %+v", r.Pairs)
	}
	if r.End != start.AddDays(26) {
		t.Errorf("end %s, want the night before the stop", r.End)
	}
}

func TestAnalyzeVerdicts(t *testing.T) {
	start := diary.NewDate(2026, 1, 1)
	nightly := func(pairs int, a, b func(i int) int) (diary.Trial, []diary.Night) {
		tr := newTrial(t, diary.HabitStretched, start, diary.TrialDesign{PeriodNights: 1, Pairs: pairs})
		var ns []diary.Night
		for i := range pairs {
			ns = append(ns, night(tr, 2*i, a(i), unknown), night(tr, 2*i+1, b(i), unknown))
		}
		return tr, ns
	}
	after := start.AddDays(400)
	// 6 pairs each one cramp fewer with A: p = 2/2⁶ = 1/32.
	tr, ns := nightly(6, func(int) int { return 0 }, func(int) int { return 1 })
	r := Analyze(tr, ns, diary.NewProfile(), after)
	checkFloat(t, "p fewer", r.PValue, 1.0/32)
	if r.Verdict != VerdictFewerWith {
		t.Errorf("verdict %s, want fewer_with", r.Verdict)
	}
	// sd = 0: the interval is the point, chance_fewer 1; adherence unknown everywhere.
	checkFloat(t, "sd", r.SD, 0)
	checkFloat(t, "ci_low", r.CILow, -1)
	checkFloat(t, "ci_high", r.CIHigh, -1)
	checkFloat(t, "chance_fewer", r.ChanceFewer, 1)
	checkNull(t, "adherence", r.Adherence)
	if r.HabitUnknownNights != 12 {
		t.Errorf("unknown %d", r.HabitUnknownNights)
	}
	// The mirror image: more_with, chance_fewer 0.
	tr, ns = nightly(6, func(int) int { return 1 }, func(int) int { return 0 })
	r = Analyze(tr, ns, diary.NewProfile(), after)
	if r.Verdict != VerdictMoreWith || !near(r.ChanceFewer, 0) {
		t.Errorf("verdict %s, chance_fewer %v", r.Verdict, r.ChanceFewer)
	}
	// 5 pairs can never reach 0.05: the best is 2/32.
	tr, ns = nightly(5, func(int) int { return 0 }, func(int) int { return 1 })
	r = Analyze(tr, ns, diary.NewProfile(), after)
	checkFloat(t, "p of 5", r.PValue, 1.0/16)
	if r.Verdict != VerdictNoClear {
		t.Errorf("verdict %s, want no_clear_difference", r.Verdict)
	}
	// No difference at all: T = 0, p = 1, d̄ = 0, chance_fewer ½; no cramps: relative_change null.
	tr, ns = nightly(5, func(int) int { return 0 }, func(int) int { return 0 })
	r = Analyze(tr, ns, diary.NewProfile(), after)
	checkFloat(t, "p none", r.PValue, 1)
	checkFloat(t, "chance_fewer none", r.ChanceFewer, 0.5)
	checkNull(t, "relative_change", r.RelativeChange)
	checkFloat(t, "rate_b", r.RateB, 0)
	// One used pair: sd, interval and chance_fewer are null.
	tr, ns = nightly(5, func(int) int { return 0 }, func(int) int { return 2 })
	r = Analyze(tr, ns[:2], diary.NewProfile(), after)
	if r.PairsUsed != 1 || r.Verdict != VerdictTooLittleData {
		t.Errorf("one pair: %d used, %s", r.PairsUsed, r.Verdict)
	}
	checkFloat(t, "p one", r.PValue, 1)
	checkFloat(t, "mean one", r.MeanDifference, -2)
	checkNull(t, "sd one", r.SD)
	checkNull(t, "ci_low one", r.CILow)
	checkNull(t, "chance_fewer one", r.ChanceFewer)
	// Nothing logged: every figure null.
	r = Analyze(tr, nil, diary.NewProfile(), after)
	if r.Statistic != nil || r.PValue != nil || r.MeanDifference != nil || r.RateA != nil || r.Adherence != nil || r.Pairs == nil {
		t.Errorf("empty: %+v", r)
	}
}

func TestAnalyzeRunningWithholds(t *testing.T) {
	start := diary.NewDate(2026, 1, 1)
	tr := newTrial(t, diary.HabitStretched, start, diary.TrialDesign{PeriodNights: 1, Pairs: 6})
	var ns []diary.Night
	for i := range 6 {
		ns = append(ns, night(tr, 2*i, 0, yes), night(tr, 2*i+1, 1, no))
	}
	for _, tonight := range []diary.Date{start.AddDays(-1), start, start.AddDays(11)} {
		r := Analyze(tr, ns, diary.NewProfile(), tonight)
		if r.Verdict != VerdictRunning {
			t.Errorf("%s: verdict %s, want running", tonight, r.Verdict)
		}
		w := r.Withhold(false)
		if !w.Withheld || w.Interim || w.PValue != nil || w.Statistic != nil || w.RateA != nil || w.NightsA != 0 || len(w.Pairs) != 0 {
			t.Errorf("withheld: %+v", w)
		}
		p := r.Withhold(true)
		if !p.Interim || p.Withheld || !near(p.PValue, 1.0/32) {
			t.Errorf("peek: %+v", p)
		}
	}
	done := Analyze(tr, ns, diary.NewProfile(), start.AddDays(12))
	if done.Verdict != VerdictFewerWith || done.Withhold(false).Withheld || done.Withhold(true).Interim {
		t.Errorf("complete: %+v", done)
	}
}

// bruteP counts the 2ⁿ sign patterns one by one.
func bruteP(t []int) float64 {
	obs := 0
	for _, v := range t {
		obs += v
	}
	hits := 0
	for mask := range 1 << len(t) {
		s := 0
		for i, v := range t {
			if mask&(1<<i) != 0 {
				s -= v
			} else {
				s += v
			}
		}
		if abs(s) >= abs(obs) {
			hits++
		}
	}
	return float64(hits) / float64(int(1)<<len(t))
}

// The convolution gives exactly the share of sign patterns, for up to 12 pairs.
func TestRandomisationPMatchesEnumeration(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := range 3000 {
		n := r.IntN(13)
		ts := make([]int, n)
		spread := 1 + r.IntN(12)
		for i := range ts {
			ts[i] = r.IntN(2*spread+1) - spread
		}
		if got, want := RandomisationP(ts), bruteP(ts); got != want {
			t.Fatalf("case %d %v: p = %v, enumeration %v", trial, ts, got, want)
		}
	}
}

// Beyond 53 pairs the float64 convolution rounds: it must still agree, to
// twelve places, with exact counting in big integers.
func TestRandomisationPLarge(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 3 {
		ts := make([]int, 60+r.IntN(40))
		for i := range ts {
			ts[i] = r.IntN(9) - 5
		}
		got := RandomisationP(ts)
		want := bigP(ts)
		if math.Abs(got-want) > 1e-12 || got <= 0 || got > 1 {
			t.Errorf("%d pairs: p = %.17g, exact %.17g", len(ts), got, want)
		}
	}
}

// bigP counts the sign patterns exactly with big integers, a sum at a time.
func bigP(ts []int) float64 {
	counts := map[int]*big.Int{0: big.NewInt(1)}
	obs := 0
	for _, v := range ts {
		obs += v
		next := map[int]*big.Int{}
		for s, c := range counts {
			for _, step := range []int{v, -v} {
				if next[s+step] == nil {
					next[s+step] = new(big.Int)
				}
				next[s+step].Add(next[s+step], c)
			}
		}
		counts = next
	}
	hits := new(big.Int)
	for s, c := range counts {
		if abs(s) >= abs(obs) {
			hits.Add(hits, c)
		}
	}
	q := new(big.Rat).SetFrac(hits, new(big.Int).Lsh(big.NewInt(1), uint(len(ts))))
	f, _ := q.Float64()
	return f
}

func BenchmarkRandomisationP183(b *testing.B) {
	ts := make([]int, 183)
	for i := range ts {
		ts[i] = i%9 - 4
	}
	for b.Loop() {
		RandomisationP(ts)
	}
}
