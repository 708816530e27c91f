package stats

import (
	"math"
	"math/rand/v2"
	"testing"
)

// fisherByLogGamma is the textbook two-sided Fisher p: every table's
// probability from log-gamma, summed where no more likely than the observed.
func fisherByLogGamma(t Table) float64 {
	r1, c1, n := t.Exposed(), t.A+t.C, t.N()
	obs := math.Exp(logHypergeom(t.A, r1, c1, n))
	sum := 0.0
	for x := max(0, c1-t.Unexposed()); x <= min(r1, c1); x++ {
		if p := math.Exp(logHypergeom(x, r1, c1, n)); p <= obs*(1+fisherTolerance) {
			sum += p
		}
	}
	return min(1, sum)
}

// TestFisherExactMatchesLogGamma checks the ratio walk against the direct
// log-gamma sum on random tables of diary sizes.
func TestFisherExactMatchesLogGamma(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2026))
	for range 2000 {
		size := 1 + rng.IntN(400)
		tb := Table{rng.IntN(size), rng.IntN(size), rng.IntN(size), rng.IntN(size)}
		got, ok := FisherExact(tb)
		if !ok {
			continue
		}
		want := fisherByLogGamma(tb)
		// Agreement to 1e-9 relative wherever p is not vanishingly small.
		if want > 1e-280 && math.Abs(got-want) > 1e-9*want {
			t.Fatalf("FisherExact(%+v) = %.17g; log-gamma sum %.17g", tb, got, want)
		}
	}
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
