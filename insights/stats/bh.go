package stats

import (
	"cmp"
	"slices"
)

// BenjaminiHochberg returns the Benjamini–Hochberg q-values of p, in p's own
// order: for the p-value of rank i among m, the smallest m·p(j)/j over ranks
// j ≥ i, capped at 1. A q-value at or below a cut keeps the expected share of
// false claims among the claims made at that cut below it (Benjamini and
// Hochberg, JRSS B 1995).
func BenjaminiHochberg(p []float64) []float64 {
	m := len(p)
	order := make([]int, m)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(p[i], p[j]) })
	q := make([]float64, m)
	running := 1.0
	for r := m - 1; r >= 0; r-- {
		i := order[r]
		running = min(running, p[i]*float64(m)/float64(r+1))
		q[i] = running
	}
	return q
}
