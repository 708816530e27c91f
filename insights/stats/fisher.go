package stats

import "math"

// fisherTolerance is the relative slack with which a table counts as "no more
// likely than the observed one", so that tables equally likely in exact
// arithmetic are not lost to rounding (R and SciPy use the same 1e-7).
const fisherTolerance = 1e-7

// FisherExact returns the two-sided p-value of Fisher's exact test for t: the
// summed probability, under fixed margins, of every table no more likely than
// the observed one. It is undefined when a margin is zero, since then only one
// table is possible and nothing is tested.
func FisherExact(t Table) (float64, bool) {
	if !t.valid() || t.Exposed() == 0 || t.Unexposed() == 0 || t.A+t.C == 0 || t.B+t.D == 0 {
		return 0, false
	}
	// A follows the hypergeometric law: r1 exposed nights, c1 outcome nights, n in all.
	r1, c1, n := t.Exposed(), t.A+t.C, t.N()
	lo, hi := max(0, c1-t.Unexposed()), min(r1, c1)
	mode := (r1 + 1) * (c1 + 1) / (n + 2) // floor of the hypergeometric mode
	mode = min(max(mode, lo), hi)

	// Probabilities relative to the mode come from the ratio of neighbouring
	// terms; only the mode's own probability needs the log-gamma function.
	// This keeps a 3,650-night table to a few thousand multiplications.
	pMode := math.Exp(logHypergeom(mode, r1, c1, n))
	rel := func(x int) float64 { return relHypergeom(x, mode, r1, c1, n) }
	obs := rel(t.A)
	limit := obs * (1 + fisherTolerance)

	sum := 0.0
	// Walk outwards from the mode on each side; terms fall monotonically and
	// reach zero in floating point well before the ends of a large table.
	term := 1.0
	if term <= limit {
		sum += term
	}
	for x := mode; x < hi && term > 0; x++ {
		term *= float64((r1-x)*(c1-x)) / float64((x+1)*(n-r1-c1+x+1))
		if term <= limit {
			sum += term
		}
	}
	term = 1.0
	for x := mode; x > lo && term > 0; x-- {
		term *= float64(x*(n-r1-c1+x)) / float64((r1-x+1)*(c1-x+1))
		if term <= limit {
			sum += term
		}
	}
	return min(1, sum*pMode), true
}

// relHypergeom returns P(X = x) / P(X = mode) by the same chain of term
// ratios FisherExact walks, so the observed table is compared with exactly
// the numbers it is summed against.
func relHypergeom(x, mode, r1, c1, n int) float64 {
	term := 1.0
	for y := mode; y < x; y++ {
		term *= float64((r1-y)*(c1-y)) / float64((y+1)*(n-r1-c1+y+1))
	}
	for y := mode; y > x; y-- {
		term *= float64(y*(n-r1-c1+y)) / float64((r1-y+1)*(c1-y+1))
	}
	return term
}

// logHypergeom returns log P(X = x) for X hypergeometric: x of the c1 outcome
// nights among the r1 exposed ones, out of n nights.
func logHypergeom(x, r1, c1, n int) float64 {
	return logChoose(r1, x) + logChoose(n-r1, c1-x) - logChoose(n, c1)
}

// logChoose returns log C(n, k) by the log-gamma function.
func logChoose(n, k int) float64 {
	return logGamma(float64(n+1)) - logGamma(float64(k+1)) - logGamma(float64(n-k+1))
}

// logGamma returns log Γ(x) for x > 0.
func logGamma(x float64) float64 {
	v, _ := math.Lgamma(x)
	return v
}
