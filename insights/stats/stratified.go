package stats

import (
	"math"

	"gonum.org/v1/gonum/mathext"
)

// Stratum is one stratum of a stratified 2×2 comparison: N nights, N1 of
// them exposed, M1 with the outcome, A exposed with the outcome.
type Stratum struct {
	N, N1, M1, A int
}

// MantelHaenszel summarises strata for the Mantel–Haenszel relative risk,
// its Greenland–Robins variance and the Cochran–Mantel–Haenszel test.
type MantelHaenszel struct {
	// R = Σ aₛn0ₛ/Nₛ and S = Σ cₛn1ₛ/Nₛ, the two halves of the ratio; which
	// is larger says which way the comparison leans.
	R, S float64
	// P = Σ (m1ₛn1ₛn0ₛ − aₛcₛNₛ)/Nₛ², the numerator of the Greenland–Robins
	// variance of ln RR, which is P/(R·S).
	P float64
	// Observed = Σ aₛ, Expected = Σ n1ₛm1ₛ/Nₛ, and NullVariance
	// = Σ over strata with Nₛ ≥ 2 of n1ₛn0ₛm1ₛm0ₛ/(Nₛ²(Nₛ−1)): the
	// hypergeometric mean and variance of Σ aₛ with every margin fixed.
	Observed, Expected, NullVariance float64
}

// MantelHaenszelOf sums the strata; empty strata add nothing.
func MantelHaenszelOf(strata []Stratum) MantelHaenszel {
	var m MantelHaenszel
	for _, s := range strata {
		if s.N <= 0 {
			continue
		}
		n, n1, m1, a := float64(s.N), float64(s.N1), float64(s.M1), float64(s.A)
		n0, m0, c := n-n1, n-m1, m1-a
		m.R += a * n0 / n
		m.S += c * n1 / n
		m.P += (m1*n1*n0 - a*c*n) / (n * n)
		m.Observed += a
		m.Expected += n1 * m1 / n
		if s.N >= 2 {
			m.NullVariance += n1 * n0 * m1 * m0 / (n * n * (n - 1))
		}
	}
	return m
}

// RelativeRisk returns the Mantel–Haenszel relative risk R/S and the
// Greenland–Robins variance of its logarithm, P/(R·S); undefined unless R,
// S and that variance are all positive (Greenland and Robins, Biometrics 1985).
func (m MantelHaenszel) RelativeRisk() (rr, varLog float64, ok bool) {
	if !(m.R > 0 && m.S > 0) {
		return 0, 0, false
	}
	v := m.P / (m.R * m.S)
	if !(v > 0) || math.IsInf(v, 0) {
		return 0, 0, false
	}
	return m.R / m.S, v, true
}

// Lean returns +1 when the comparison leans towards more of the outcome with
// the exposure (R > S), −1 when towards less, 0 when neither.
func (m MantelHaenszel) Lean() int {
	switch {
	case m.R > m.S:
		return 1
	case m.R < m.S:
		return -1
	}
	return 0
}

// ChiSquareP returns the p-value of the Cochran–Mantel–Haenszel χ² test on
// one degree of freedom without continuity correction,
// χ² = (Σaₛ − ΣE aₛ)² / NullVariance; undefined when NullVariance is 0.
func (m MantelHaenszel) ChiSquareP() (float64, bool) {
	if !(m.NullVariance > 0) {
		return 0, false
	}
	d := m.Observed - m.Expected
	chi2 := d * d / m.NullVariance
	// P(χ²₁ > c) = P(|Z| > √c).
	return math.Erfc(math.Sqrt(chi2) / math.Sqrt2), true
}

// StudentTwoSidedP returns 2·P(T > |t|) for Student's t with df degrees of
// freedom (df > 0, not necessarily whole): I_{df/(df+t²)}(df/2, 1/2).
func StudentTwoSidedP(t, df float64) float64 {
	if math.IsNaN(t) || !(df > 0) {
		return math.NaN()
	}
	if math.IsInf(t, 0) {
		return 0
	}
	return mathext.RegIncBeta(df/2, 0.5, df/(df+t*t))
}
