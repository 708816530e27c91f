// Package trial analyses a self-experiment (SPEC §11.5): by assignment
// (intention to treat), with the exact randomisation test of its design, and
// estimates before a trial starts the chance that it finds a halving of the
// user's cramps (SPEC §11.2). It is pure: the clock comes in as a date, and
// its simulations are seeded.
package trial

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/crampsdiary/cramps/diary"
)

// Verdict is the answer of a trial.
type Verdict string

// The verdicts of SPEC §11.5.
const (
	// VerdictRunning: the trial is planned or still running; no verdict yet.
	VerdictRunning       Verdict = "running"
	VerdictTooLittleData Verdict = "too_little_data"
	VerdictFewerWith     Verdict = "fewer_with"
	VerdictMoreWith      Verdict = "more_with"
	VerdictNoClear       Verdict = "no_clear_difference"
)

// Alpha is the two-sided level of the trial's test.
const Alpha = 0.05

// MinPairsUsed is the fewest used pairs for a verdict other than too_little_data.
const MinPairsUsed = 5

// Pair is one used pair: the cramps per counted night of its A period and
// of its B period, and their difference D = RateA − RateB.
type Pair struct {
	Pair    int     `json:"pair"` // 0-based, as in the trial's order
	NightsA int     `json:"nights_a"`
	CrampsA int     `json:"cramps_a"`
	NightsB int     `json:"nights_b"`
	CrampsB int     `json:"cramps_b"`
	RateA   float64 `json:"rate_a"`
	RateB   float64 `json:"rate_b"`
	D       float64 `json:"d"`
}

// Result is the analysis of one trial, with the keys of `cramps trial report
// --json`. Every figure that cannot be computed is nil (null).
type Result struct {
	ID     string            `json:"id"`
	Habit  diary.TrialHabit  `json:"habit"`
	Start  diary.Date        `json:"start"`
	End    diary.Date        `json:"end"` // the last night the trial holds (the night before a stop)
	Status diary.TrialStatus `json:"status"`
	// Verdict is running while the trial is planned or running.
	Verdict Verdict `json:"verdict"`
	// Interim marks figures of a running trial shown on request (--peek):
	// "do not stop on these".
	Interim bool `json:"interim"`
	// Withheld: the figures of a running trial, left out (null) unless peeked at.
	Withheld bool `json:"withheld"`

	PairsUsed      int      `json:"pairs_used"`
	Statistic      *int     `json:"statistic"` // T = Σ (aᵢ − bᵢ)
	PValue         *float64 `json:"p_value"`
	MeanDifference *float64 `json:"mean_difference"` // d̄, cramps per night; negative = fewer with the change
	SD             *float64 `json:"sd"`
	CILow          *float64 `json:"ci_low"`
	CIHigh         *float64 `json:"ci_high"`
	ChanceFewer    *float64 `json:"chance_fewer"`

	NightsA        int      `json:"nights_a"`
	CrampsA        int      `json:"cramps_a"`
	NightsB        int      `json:"nights_b"`
	CrampsB        int      `json:"cramps_b"`
	RateA          *float64 `json:"rate_a"`
	RateB          *float64 `json:"rate_b"`
	RelativeChange *float64 `json:"relative_change"` // rate_a / rate_b − 1

	Adherence          *float64 `json:"adherence"`
	HabitUnknownNights int      `json:"habit_unknown_nights"`

	Pairs []Pair `json:"pairs"`
}

// Analyze analyses trial t over the diary's nights (any order, any dates)
// on the evening of tonight. A running trial's figures are computed all the
// same (see Withhold); its verdict is running.
func Analyze(t diary.Trial, nights []diary.Night, p diary.Profile, tonight diary.Date) Result {
	r := Result{ID: t.ID, Habit: t.Habit, Start: t.Start, End: t.End(), Status: t.Status(tonight), Pairs: []Pair{}}
	pairs := make([]Pair, t.Pairs)
	followed, known := 0, 0
	for i := range nights {
		n := &nights[i]
		s, ok := t.Night(n.Date)
		if !ok || s.AfterStop || !s.Scored || !n.CrampsKnown() || s.Pair >= len(pairs) {
			continue
		}
		c := len(n.Episodes)
		pr := &pairs[s.Pair]
		switch s.Arm {
		case diary.ArmA:
			pr.NightsA++
			pr.CrampsA += c
			r.NightsA++
			r.CrampsA += c
		case diary.ArmB:
			pr.NightsB++
			pr.CrampsB += c
			r.NightsB++
			r.CrampsB += c
		default:
			continue
		}
		if f, k := t.Followed(*n, p); k {
			known++
			if f {
				followed++
			}
		} else {
			r.HabitUnknownNights++
		}
	}
	if known > 0 {
		r.Adherence = ptr(float64(followed) / float64(known))
	}
	if r.NightsA > 0 {
		r.RateA = ptr(float64(r.CrampsA) / float64(r.NightsA))
	}
	if r.NightsB > 0 {
		r.RateB = ptr(float64(r.CrampsB) / float64(r.NightsB))
	}
	if r.RateA != nil && r.RateB != nil && *r.RateB > 0 {
		r.RelativeChange = ptr(*r.RateA / *r.RateB - 1)
	}

	r.Pairs = usedPairs(pairs)
	r.PairsUsed = len(r.Pairs)
	r.pairTest()
	r.Verdict = verdict(r)
	return r
}

// usedPairs returns the pairs with a counted night in each period, their
// rates and differences filled in.
func usedPairs(pairs []Pair) []Pair {
	used := []Pair{}
	for i, pr := range pairs {
		if pr.NightsA == 0 || pr.NightsB == 0 {
			continue
		}
		pr.Pair = i
		pr.RateA = float64(pr.CrampsA) / float64(pr.NightsA)
		pr.RateB = float64(pr.CrampsB) / float64(pr.NightsB)
		pr.D = pr.RateA - pr.RateB
		used = append(used, pr)
	}
	return used
}

// pairTest fills in the test over r.Pairs: T, the exact p, d̄, sd, the
// interval and chance_fewer, each left null when it cannot be computed.
func (r *Result) pairTest() {
	n := len(r.Pairs)
	if n == 0 {
		return
	}
	diffs := make([]int, n) // aᵢ − bᵢ
	ds := make([]float64, n)
	T := 0
	for i, pr := range r.Pairs {
		diffs[i] = pr.CrampsA - pr.CrampsB
		ds[i] = pr.D
		T += diffs[i]
	}
	r.Statistic = &T
	r.PValue = ptr(RandomisationP(diffs))
	mean, sd := meanSD(ds)
	r.MeanDifference = ptr(mean)
	if n >= 2 {
		r.SD = ptr(sd)
		half := tQuantile975(n-1) * sd / math.Sqrt(float64(n))
		r.CILow, r.CIHigh = ptr(mean-half), ptr(mean+half)
		r.ChanceFewer = ptr(chanceFewer(mean, sd, n))
	}
}

// verdict applies SPEC §11.5's rules in order.
func verdict(r Result) Verdict {
	switch {
	case r.Status == diary.TrialPlanned || r.Status == diary.TrialRunning:
		return VerdictRunning
	case r.PairsUsed < MinPairsUsed:
		return VerdictTooLittleData
	case *r.PValue <= Alpha && *r.MeanDifference < 0:
		return VerdictFewerWith
	case *r.PValue <= Alpha && *r.MeanDifference > 0:
		return VerdictMoreWith
	}
	return VerdictNoClear
}

// Withhold returns r with the figures of a running trial left out, as the
// report shows them unless the user asks to peek; peek keeps them and marks
// them interim. A finished trial's result is returned as it is.
func (r Result) Withhold(peek bool) Result {
	if r.Verdict != VerdictRunning {
		return r
	}
	if peek {
		r.Interim = true
		return r
	}
	return Result{ID: r.ID, Habit: r.Habit, Start: r.Start, End: r.End, Status: r.Status, Verdict: r.Verdict,
		Withheld: true, Pairs: []Pair{}}
}

// meanSD returns the mean and the standard deviation (n − 1 denominator) of x.
func meanSD(x []float64) (mean, sd float64) {
	for _, v := range x {
		mean += v
	}
	mean /= float64(len(x))
	if len(x) < 2 {
		return mean, math.NaN()
	}
	ss := 0.0
	for _, v := range x {
		ss += (v - mean) * (v - mean)
	}
	return mean, math.Sqrt(ss / float64(len(x)-1))
}

// tQuantile975 is t(0.975, df), the multiplier of a two-sided 95% interval.
func tQuantile975(df int) float64 {
	return distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(df)}.Quantile(0.975)
}

// chanceFewer is the Student-t probability that the true mean difference is
// below zero, F(−d̄·√n / sd) with n − 1 degrees of freedom; with sd = 0 it
// is 1, 0 or ½ as d̄ is below, above or at zero.
func chanceFewer(mean, sd float64, n int) float64 {
	if sd == 0 {
		switch {
		case mean < 0:
			return 1
		case mean > 0:
			return 0
		}
		return 0.5
	}
	return distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(n - 1)}.CDF(-mean * math.Sqrt(float64(n)) / sd)
}

// RandomisationP is the exact two-sided p of the randomisation test: the
// share of the 2ⁿ sign patterns ε with |Σ εᵢtᵢ| ≥ |Σ tᵢ|. The tᵢ are
// integers, so the distribution of Σ εᵢtᵢ is built exactly by convolution,
// one pair at a time: each pair moves the sum by +tᵢ or −tᵢ with chance ½.
// Every probability is a multiple of 2⁻ⁿ, which float64 holds exactly while
// the counts fit in 53 bits; beyond that the error is a rounding in the
// last place, never a sampling error. It is 1 for no pairs.
func RandomisationP(t []int) float64 {
	total, observed := 0, 0
	for _, v := range t {
		total += abs(v)
		observed += v
	}
	// dist[s+total] is P(Σ εᵢtᵢ = s) over the pairs so far.
	dist := make([]float64, 2*total+1)
	next := make([]float64, 2*total+1)
	dist[total] = 1
	reach := 0 // the sums so far lie in −reach … reach
	for _, v := range t {
		v = abs(v)
		if v == 0 {
			continue // both signs give the same sum
		}
		lo, hi := total-reach-v, total+reach+v
		clear(next[lo : hi+1])
		for s := total - reach; s <= total+reach; s++ {
			if q := dist[s]; q != 0 {
				next[s-v] += q / 2
				next[s+v] += q / 2
			}
		}
		dist, next = next, dist
		reach += v
	}
	cut := abs(observed)
	p := 0.0
	for s := -reach; s <= reach; s++ {
		if abs(s) >= cut {
			p += dist[s+total]
		}
	}
	return min(p, 1)
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func ptr[T any](v T) *T { return &v }
