package stats

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
	// terms, P(x+1)/P(x) = (r1−x)(c1−x) / ((x+1)(n−r1−c1+x+1)), and the sum
	// of all of them normalises: no factorial is ever formed, a 3,650-night
	// table costs a few thousand multiplications, and a table whose every
	// neighbour is as likely sums to exactly 1. (The tests check this walk
	// against the direct log-gamma sum.)
	obs := relHypergeom(t.A, mode, r1, c1, n)
	limit := obs * (1 + fisherTolerance)

	// Walk outwards from the mode on each side; terms fall monotonically and
	// reach zero in floating point well before the ends of a large table.
	total, sum := 1.0, 0.0
	if 1 <= limit {
		sum = 1
	}
	term := 1.0
	for x := mode; x < hi && term > 0; x++ {
		term *= float64((r1-x)*(c1-x)) / float64((x+1)*(n-r1-c1+x+1))
		total += term
		if term <= limit {
			sum += term
		}
	}
	term = 1.0
	for x := mode; x > lo && term > 0; x-- {
		term *= float64(x*(n-r1-c1+x)) / float64((r1-x+1)*(c1-x+1))
		total += term
		if term <= limit {
			sum += term
		}
	}
	return min(1, sum/total), true
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
