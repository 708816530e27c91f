package stats

import (
	"cmp"
	"math"
	"slices"

	"gonum.org/v1/gonum/mathext"
)

// Ranks returns the ranks of x, 1 for the smallest, ties sharing the average
// of the ranks they span.
func Ranks(x []float64) []float64 {
	order := make([]int, len(x))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int { return cmp.Compare(x[i], x[j]) })
	r := make([]float64, len(x))
	for start := 0; start < len(order); {
		end := start + 1
		for end < len(order) && x[order[end]] == x[order[start]] {
			end++
		}
		avg := float64(start+end+1) / 2 // mean of ranks start+1 … end
		for _, i := range order[start:end] {
			r[i] = avg
		}
		start = end
	}
	return r
}

// Pearson returns the Pearson correlation of x and y, which must have the
// same length. It is undefined for fewer than two pairs or when either
// series is constant.
func Pearson(x, y []float64) (float64, bool) {
	n := len(x)
	if n < 2 || len(y) != n {
		return 0, false
	}
	var mx, my float64
	for i := range n {
		mx += x[i]
		my += y[i]
	}
	mx /= float64(n)
	my /= float64(n)
	var sxy, sxx, syy float64
	for i := range n {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0, false
	}
	return clampUnit(sxy / math.Sqrt(sxx*syy)), true
}

// Spearman returns Spearman's rank correlation of x and y: the Pearson
// correlation of their average ranks. It is undefined for fewer than two pairs
// or when either series is constant.
func Spearman(x, y []float64) (float64, bool) {
	if len(x) != len(y) {
		return 0, false
	}
	return Pearson(Ranks(x), Ranks(y))
}

// CorrelationP returns the two-sided p-value of a correlation rho over n
// pairs by the t approximation, t = rho·√((n−2)/(1−rho²)) on n−2 degrees of
// freedom, the usual test for Spearman's rho beyond small samples. It is
// undefined for n < 3.
func CorrelationP(rho float64, n int) (float64, bool) {
	if n < 3 || math.IsNaN(rho) || rho < -1 || rho > 1 {
		return 0, false
	}
	if rho == 1 || rho == -1 {
		return 0, true
	}
	df := float64(n - 2)
	t2 := rho * rho * df / (1 - rho*rho)
	// P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2), the regularised incomplete beta.
	return mathext.RegIncBeta(df/2, 0.5, df/(df+t2)), true
}

// clampUnit keeps a correlation inside [−1, 1] against rounding.
func clampUnit(r float64) float64 { return min(1, max(-1, r)) }

// MedianSorted returns the median of x, which must be sorted ascending. It is
// undefined for an empty x.
func MedianSorted(x []float64) (float64, bool) {
	n := len(x)
	if n == 0 {
		return 0, false
	}
	if n%2 == 1 {
		return x[n/2], true
	}
	return (x[n/2-1] + x[n/2]) / 2, true
}

// Median returns the median of x without changing it. It is undefined for an empty x.
func Median(x []float64) (float64, bool) {
	s := slices.Clone(x)
	slices.Sort(s)
	return MedianSorted(s)
}
