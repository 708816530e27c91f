package stats

import "math"

// The diary's exposures and outcomes are yes/no series, for which the rank
// and autocorrelation statistics reduce to counts. These forms give the same
// values as the general functions and let the analysis of ten years of
// nights run in one pass per factor.

// BinaryLag1 is a yes/no series summarised for Lag1Autocorrelation.
type BinaryLag1 struct {
	N    int // values
	Ones int // values that are 1
	// Pairs counts the neighbouring pairs kept (no gap between them),
	// BothOnes those pairs whose two values are 1, and OnesInPairs the 1s
	// among the pairs' members, a value in two pairs counting twice.
	Pairs, BothOnes, OnesInPairs int
}

// Add appends the next value v; follows says it is the night straight after
// the previous value, and prev is that value.
func (b *BinaryLag1) Add(v, follows, prev bool) {
	b.N++
	if v {
		b.Ones++
	}
	if b.N > 1 && follows {
		b.Pairs++
		if v && prev {
			b.BothOnes++
		}
		if v {
			b.OnesInPairs++
		}
		if prev {
			b.OnesInPairs++
		}
	}
}

// Autocorrelation returns Lag1Autocorrelation of the summarised series.
func (b BinaryLag1) Autocorrelation() (float64, bool) {
	if b.N < 2 || b.Pairs == 0 || b.Ones == 0 || b.Ones == b.N {
		return 0, false
	}
	n, p := float64(b.N), float64(b.Pairs)
	mean := float64(b.Ones) / n
	ss := float64(b.Ones) * float64(b.N-b.Ones) / n
	lagged := float64(b.BothOnes) - mean*float64(b.OnesInPairs) + p*mean*mean
	return clampUnit(lagged * (n - 1) / p / ss), true
}

// SpearmanBinaryIndex returns Spearman's rho between a yes/no series of n
// values and its index 1…n, given the number of 1s and the sum of their
// indices (1-based). It equals Spearman(x, [1…n]); it is undefined when the
// series is constant or n < 2.
func SpearmanBinaryIndex(n, ones int, onesIndexSum float64) (float64, bool) {
	if n < 2 || ones == 0 || ones == n {
		return 0, false
	}
	fn, f1 := float64(n), float64(ones)
	cov := onesIndexSum - f1*(fn+1)/2
	ssx := f1 * (fn - f1) / fn
	ssd := fn * (fn*fn - 1) / 12
	return clampUnit(cov / math.Sqrt(ssx*ssd)), true
}
