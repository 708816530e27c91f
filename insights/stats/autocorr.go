package stats

import "math"

// Lag1Autocorrelation returns the next-night autocorrelation of the series x:
// the sum over neighbouring pairs of (x[i−1]−x̄)(x[i]−x̄) over the sum of
// squares Σ(x[i]−x̄)², the usual sample estimator. follows[i] reports whether
// x[i] is the night straight after x[i−1] (follows[0] is ignored): a pair
// broken by a gap in the diary is left out, and the lagged sum is scaled by
// (n−1)/pairs so that gaps do not pull the estimate toward zero. With no gaps
// this is exactly the textbook estimator. It is undefined when no pair is
// left or the series is constant; the result is kept inside [−1, 1].
func Lag1Autocorrelation(x []float64, follows []bool) (float64, bool) {
	n := len(x)
	if n < 2 || len(follows) != n {
		return 0, false
	}
	mean := 0.0
	for _, v := range x {
		mean += v
	}
	mean /= float64(n)
	var ss, lagged float64
	pairs := 0
	for i, v := range x {
		d := v - mean
		ss += d * d
		if i > 0 && follows[i] {
			lagged += (x[i-1] - mean) * d
			pairs++
		}
	}
	if pairs == 0 || ss == 0 {
		return 0, false
	}
	return clampUnit(lagged * float64(n-1) / float64(pairs) / ss), true
}

// VarianceInflation returns k = (1 + rx·ry)/(1 − rx·ry) when rx·ry > 0, else
// 1: how much next-night dependence in both the exposure (rx) and the outcome
// (ry) inflates the variance of a comparison between them (Bartlett's
// approximation for two AR(1) series). It is +Inf when rx·ry ≥ 1.
func VarianceInflation(rx, ry float64) float64 {
	r := rx * ry
	if !(r > 0) {
		return 1
	}
	if r >= 1 {
		return math.Inf(1)
	}
	return (1 + r) / (1 - r)
}

// EffectiveN returns n/k, the number of independent nights the n dependent
// ones are worth; 0 when k is infinite.
func EffectiveN(n int, k float64) float64 {
	if math.IsInf(k, 1) {
		return 0
	}
	return float64(n) / k
}
