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
	var t MannWhitneyTally
	for start := 0; start < n; {
		end := start + 1
		for end < n && sorted[end] == sorted[start] {
			end++
		}
		x := 0
		for _, in := range inX[start:end] {
			if in {
				x++
			}
		}
		t.AddRun(end-start, x)
		start = end
	}
	return t.Result()
}

// MannWhitneyTally gathers a pooled sample one run of tied values at a
// time, in ascending order, for MannWhitneySorted's result: callers that
// know the runs need not lay the sample out. The rank sums and the tie sum
// are whole or half numbers, exact in any order.
type MannWhitneyTally struct {
	n, n1            int
	rankSumX, tieSum float64
}

// AddRun adds a run of size tied values, inX of them in X, above every
// value added before.
func (t *MannWhitneyTally) AddRun(size, inX int) {
	if size <= 0 {
		return
	}
	avg := float64(2*t.n+size+1) / 2 // the run's mean rank
	t.n += size
	t.n1 += inX
	t.rankSumX += float64(inX) * avg
	s := float64(size)
	t.tieSum += s*s*s - s
}

// Result returns the test of the runs added; undefined as MannWhitney is.
func (t *MannWhitneyTally) Result() (MannWhitneyResult, bool) {
	n1, n2 := t.n1, t.n-t.n1
	if n1 == 0 || n2 == 0 {
		return MannWhitneyResult{}, false
	}
	fn, f1, f2 := float64(t.n), float64(n1), float64(n2)
	u := t.rankSumX - f1*(f1+1)/2
	variance := f1 * f2 / 12 * ((fn + 1) - t.tieSum/(fn*(fn-1)))
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
