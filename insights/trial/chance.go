package trial

import (
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/crampsdiary/cramps/diary"
)

// The chance estimate of SPEC §11.2: before a trial starts, how likely is it
// to find a halving of the user's cramps? It simulates the trial many times
// on nights like the user's own and runs each through the very test the
// report uses (usedPairs, pairTest, verdict): the share of simulated trials
// whose verdict is fewer_with is the estimate.
//
// Nights like the user's: the cramps of a night are drawn from a negative
// binomial distribution with the mean and variance of the user's last 28
// logged nights (a Poisson one when their variance is not above the mean),
// under A at half that mean with the same shape; each scored night is logged
// with the share of nights the user logged over the span of those 28. The
// nights are drawn independently: runs of bad nights would lower the chance
// further, so the estimate leans, if anything, to the hopeful side.

// BaselineNights is how many of the user's last logged nights the estimate
// reads; with fewer than MinBaselineNights it is not made.
const (
	BaselineNights    = 28
	MinBaselineNights = 14
)

// Simulations is how many trials each estimate simulates: its own error is
// then at most about ±1.6 percentage points (one standard error at 50%).
const Simulations = 1000

// Baseline is what the estimate knows of the user's cramps.
type Baseline struct {
	Nights   int     // the logged nights read, at most BaselineNights
	Mean     float64 // cramps per logged night
	Variance float64 // of the cramps per night (n − 1 denominator)
	Logged   float64 // the share of calendar nights logged over their span
}

// Chance is the estimate for one design.
type Chance struct {
	Design diary.TrialDesign
	// Halving is the estimated chance that the trial finds a true halving
	// (verdict fewer_with), between 0 and 1.
	Halving float64
}

// Estimate is the chance estimate for the chosen design and longer ones.
type Estimate struct {
	// Possible is false with fewer than MinBaselineNights logged nights.
	Possible bool
	Baseline Baseline
	// Chances holds the chosen design first, then longer ones (more pairs,
	// as far as the 366-night limit allows).
	Chances []Chance
}

// BaselineOf reads the user's last BaselineNights logged nights (cramps
// recorded) before the night of tonight.
func BaselineOf(nights []diary.Night, tonight diary.Date) Baseline {
	var counts []int
	var first, last diary.Date
	sorted := slices.Clone(nights)
	slices.SortFunc(sorted, func(a, b diary.Night) int { return int(b.Date) - int(a.Date) }) // newest first
	for _, n := range sorted {
		if n.Date >= tonight || !n.CrampsKnown() {
			continue
		}
		if len(counts) == 0 {
			last = n.Date
		}
		first = n.Date
		counts = append(counts, len(n.Episodes))
		if len(counts) == BaselineNights {
			break
		}
	}
	b := Baseline{Nights: len(counts)}
	if b.Nights == 0 {
		return b
	}
	x := make([]float64, len(counts))
	for i, c := range counts {
		x[i] = float64(c)
	}
	var sd float64
	b.Mean, sd = meanSD(x)
	if b.Nights >= 2 {
		b.Variance = sd * sd
	}
	b.Logged = float64(b.Nights) / float64(last.DaysSince(first)+1)
	return b
}

// EstimateChance estimates, from the nights logged before tonight, the chance
// that a trial of design d finds a halving, and the same for longer trials.
func EstimateChance(nights []diary.Night, tonight diary.Date, d diary.TrialDesign) Estimate {
	b := BaselineOf(nights, tonight)
	e := Estimate{Baseline: b, Possible: b.Nights >= MinBaselineNights}
	if !e.Possible {
		return e
	}
	for _, pairs := range longer(d) {
		dd := d
		dd.Pairs = pairs
		e.Chances = append(e.Chances, Chance{Design: dd, Halving: simulate(b, dd, 0.5, Simulations, uint64(pairs))})
	}
	return e
}

// longer returns the chosen number of pairs, then one and a half and twice
// as many, as far as a trial may run (SPEC §11.2's 366 nights).
func longer(d diary.TrialDesign) []int {
	most := diary.MaxTrialNights / (2 * max(1, d.PeriodNights))
	out := []int{d.Pairs}
	for _, p := range []int{d.Pairs * 3 / 2, d.Pairs * 2} {
		if p = min(p, most); p > out[len(out)-1] {
			out = append(out, p)
		}
	}
	return out
}

// simulate runs runs trials of design d on nights like b's, with condition A
// multiplying the mean by ratio, and returns the share found fewer_with.
// The seed makes it repeatable: the same diary gives the same estimate.
func simulate(b Baseline, d diary.TrialDesign, ratio float64, runs int, seed uint64) float64 {
	if b.Mean <= 0 || d.Pairs < 1 || d.PeriodNights < 1 {
		return 0 // no cramps to halve: no trial can show one
	}
	src := rand.NewPCG(0x6372616d7073, seed)
	r := rand.New(src)
	nightA := nightDraw(b.Mean*ratio, b, src)
	nightB := nightDraw(b.Mean, b, src)
	scored := d.PeriodNights - d.WashoutNights
	pairs := make([]Pair, d.Pairs)
	found := 0
	for range runs {
		for i := range pairs {
			pairs[i] = Pair{}
			for range scored {
				if r.Float64() < b.Logged {
					pairs[i].NightsA++
					pairs[i].CrampsA += nightA()
				}
				if r.Float64() < b.Logged {
					pairs[i].NightsB++
					pairs[i].CrampsB += nightB()
				}
			}
		}
		res := Result{Status: diary.TrialComplete, Pairs: usedPairs(pairs)}
		res.PairsUsed = len(res.Pairs)
		res.pairTest()
		if verdict(res) == VerdictFewerWith {
			found++
		}
	}
	return float64(found) / float64(runs)
}

// nightDraw returns a draw of one night's cramps with the given mean and
// the dispersion of b: negative binomial (a gamma mixture of Poissons) when
// b's variance exceeds its mean, Poisson otherwise.
func nightDraw(mean float64, b Baseline, src rand.Source) func() int {
	if mean <= 0 {
		return func() int { return 0 }
	}
	if b.Variance <= b.Mean {
		p := distuv.Poisson{Lambda: mean, Src: src}
		return func() int { return int(p.Rand()) }
	}
	k := b.Mean * b.Mean / (b.Variance - b.Mean) // the shape: variance = μ + μ²/k
	g := distuv.Gamma{Alpha: k, Beta: k / mean, Src: src}
	r := rand.New(src)
	return func() int {
		lambda := g.Rand()
		if lambda <= 0 {
			return 0
		}
		return poisson(r, lambda)
	}
}

// poisson draws from a Poisson distribution of mean lambda: by counting for
// small means, by gonum's sampler for large ones.
func poisson(r *rand.Rand, lambda float64) int {
	if lambda > 30 {
		return int(distuv.Poisson{Lambda: lambda, Src: rand.NewPCG(r.Uint64(), r.Uint64())}.Rand())
	}
	limit, prod, n := math.Exp(-lambda), r.Float64(), 0
	for prod > limit {
		prod *= r.Float64()
		n++
	}
	return n
}
