package stats

import (
	"math"
	"slices"
)

// MannWhitneyResult is a Mann–Whitney comparison of a group X against a group Y.
type MannWhitneyResult struct {
	// U is the statistic of X: the number of (x, y) pairs with x > y, ties counting a half.
	U float64
	// Sigma is the standard deviation of U under no difference, corrected for ties.
	Sigma float64
	// Z is the continuity-corrected normal score, positive when X tends higher.
	Z float64
	// P is the two-sided p-value of Z.
	P float64
}

// MannWhitney compares x against y by the Mann–Whitney U test with the
// normal approximation: tie-corrected σ, a continuity correction of ½, and a
// two-sided normal p-value. It is undefined when a group is empty or every
// value is tied (σ = 0).
func MannWhitney(x, y []float64) (MannWhitneyResult, bool) {
	pooled := make([]float64, 0, len(x)+len(y))
	pooled = append(append(pooled, x...), y...)
	inX := make([]bool, len(pooled))
	for i := range x {
		inX[i] = true
	}
	order := make([]int, len(pooled))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		switch {
		case pooled[i] < pooled[j]:
			return -1
		case pooled[i] > pooled[j]:
			return 1
		}
		return 0
	})
	sorted := make([]float64, len(pooled))
	sortedInX := make([]bool, len(pooled))
	for r, i := range order {
		sorted[r], sortedInX[r] = pooled[i], inX[i]
	}
	return MannWhitneySorted(sorted, sortedInX)
}

// MannWhitneySorted is MannWhitney on a pooled sample already sorted
// ascending, with inX marking the members of X. Callers that compare many
// groupings of one sample sort it once and call this for each.
func MannWhitneySorted(sorted []float64, inX []bool) (MannWhitneyResult, bool) {
	n := len(sorted)
	if len(inX) != n {
		return MannWhitneyResult{}, false
	}
	var n1 int
	var rankSumX, tieSum float64
	for start := 0; start < n; {
		end := start + 1
		for end < n && sorted[end] == sorted[start] {
			end++
		}
		avg := float64(start+end+1) / 2
		for i := start; i < end; i++ {
			if inX[i] {
				n1++
				rankSumX += avg
			}
		}
		t := float64(end - start)
		tieSum += t*t*t - t
		start = end
	}
	n2 := n - n1
	if n1 == 0 || n2 == 0 {
		return MannWhitneyResult{}, false
	}
	fn, f1, f2 := float64(n), float64(n1), float64(n2)
	u := rankSumX - f1*(f1+1)/2
	variance := f1 * f2 / 12 * ((fn + 1) - tieSum/(fn*(fn-1)))
	if variance <= 0 {
		return MannWhitneyResult{}, false
	}
	sigma := math.Sqrt(variance)
	d := u - f1*f2/2
	z := math.Copysign(max(math.Abs(d)-0.5, 0), d) / sigma
	return MannWhitneyResult{U: u, Sigma: sigma, Z: z, P: TwoSidedNormalP(z)}, true
}

// TwoSidedNormalP returns P(|Z| ≥ |z|) for a standard normal Z.
func TwoSidedNormalP(z float64) float64 { return math.Erfc(math.Abs(z) / math.Sqrt2) }
