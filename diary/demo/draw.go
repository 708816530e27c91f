package demo

import (
	"math"
	"math/rand/v2"
)

// dice draws the random parts of the demo diary from one seeded source, so
// the same seed always gives the same diary.
type dice struct {
	r *rand.Rand
}

func newDice(seed, stream uint64) dice {
	return dice{r: rand.New(rand.NewPCG(seed, stream))}
}

// chance reports true with probability p.
func (d dice) chance(p float64) bool { return d.r.Float64() < p }

// between returns an integer in [lo, hi].
func (d dice) between(lo, hi int) int { return lo + d.r.IntN(hi-lo+1) }

// around returns a normal draw with the given mean and spread, clamped to [lo, hi].
func (d dice) around(mean, sd, lo, hi float64) float64 {
	return min(hi, max(lo, mean+sd*d.r.NormFloat64()))
}

// roundTo rounds v to the nearest multiple of step, as a person writes numbers.
func roundTo(v, step float64) float64 { return math.Round(v/step) * step }

// weighted returns an index into weights, chosen in proportion to them.
func (d dice) weighted(weights ...float64) int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	x := d.r.Float64() * total
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}
