package stats

// Rotation computes the variance that a diary's own residuals give a score
// statistic when one series is rotated against the other (SPEC §7.2). It
// keeps its buffers from one call to the next; a Rotation is not safe for
// use by two goroutines at once (each goroutine takes its own).
//
// All N scores Sₕ = Σᵢ x[(i+h) mod N]·e[i] form the circular
// cross-correlation of x and e, which folds the linear one: Sₕ = L(h) +
// L(h−N), with L(d) = Σᵢ x[i+d]·e[i] for |d| < N. So Σₕ Sₕ² = Σ_d L(d)² +
// 2·Σ_d L(d)·L(d−N), the energy of L and its correlation with itself N
// places on. Both are sums over the spectrum of L, |X_f|²·|E_f|², taken with
// x and e zero-padded to a length M ≥ 3N−1 (so that no shifted copy of L
// overlaps another): Σₕ Sₕ² = (1/M)·Σ_f |X_f|²·|E_f|²·(1 + 2·cos(2πfN/M)).
// Only the power spectra of the two series are needed, and one transform of
// a + i·b gives those of two real series at once, so a residual series
// shared by several comparisons is transformed once.
type Rotation struct {
	re, im []float64
}

// RotationLength returns the transform length M for series of n values:
// the least power of two, or three times one, that is ≥ 3n−1 (at least 4).
func RotationLength(n int) int {
	two := 4
	for two < 3*n-1 {
		two <<= 1
	}
	three := 12
	for three < 3*n-1 {
		three <<= 1
	}
	return min(two, three)
}

// PrepareLength makes the transform of length m ready ahead of its first
// use, for a caller with a core to spare meanwhile: a length's transform
// is made once in a process either way, and the first use waits for it.
func PrepareLength(m int) { transformOf(m) }

// PowersLength returns how many values a power spectrum of transform
// length m holds: m/2 + 1.
func PowersLength(m int) int { return m/2 + 1 }

// Load readies the next transform of length m and returns its two input
// series, zeroed, with where their values go: the caller writes the j-th
// value of one real series at a[at[j]], of another (or none) at b[at[j]],
// for j < n ≤ (m+1)/3, then calls Powers, PairSums or SumAndPowers.
func (r *Rotation) Load(m int) (a, b []float64, at []int32) {
	if cap(r.re) < m {
		r.re, r.im = make([]float64, m), make([]float64, m)
	}
	a, b = r.re[:m], r.im[:m]
	clear(a)
	clear(b)
	return a, b, transformOf(m).at
}

// transform transforms the loaded series at length m.
func (r *Rotation) transform(m int) (re, im []float64) {
	re, im = r.re[:m], r.im[:m]
	transformOf(m).inPlace(re, im)
	return re, im
}

// Powers transforms the loaded series a and b (see Load) and sets pa and
// pb, of PowersLength(m) values each, to their power spectra |A_f|², |B_f|²
// for f = 0 … m/2; pb may be nil.
func (r *Rotation) Powers(m int, pa, pb []float64) {
	re, im := r.transform(m)
	// Z = A + iB with A, B the transforms of real series, so A_f =
	// (Z_f + conj Z_{−f})/2 and B_f = (Z_f − conj Z_{−f})/2i.
	for k := 0; k <= m/2; k++ {
		j := (m - k) % m
		ar, ai := re[k]+re[j], im[k]-im[j]
		pa[k] = (ar*ar + ai*ai) / 4
		if pb != nil {
			br, bi := re[k]-re[j], im[k]+im[j]
			pb[k] = (br*br + bi*bi) / 4
		}
	}
}

// PairSums transforms the loaded series a and b (see Load), both of the
// length whose Weights are w, and returns Σₕ Sₕ² of a against the series
// whose power spectrum is pa, and of b against pb (pb unread when nil):
// two rotations from one transform, with no spectrum kept.
func (r *Rotation) PairSums(m int, w, pa, pb []float64) (sumA, sumB float64) {
	re, im := r.transform(m)
	for k := 0; k <= m/2; k++ {
		j := (m - k) % m
		ar, ai := re[k]+re[j], im[k]-im[j]
		sumA += (ar*ar + ai*ai) / 4 * pa[k] * w[k]
		if pb != nil {
			br, bi := re[k]-re[j], im[k]+im[j]
			sumB += (br*br + bi*bi) / 4 * pb[k] * w[k]
		}
	}
	return sumA / float64(m), sumB / float64(m)
}

// SumAndPowers transforms the loaded series a and b (see Load), both of
// the length whose Weights are w, sets pb, of PowersLength(m) values, to
// the power spectrum of b, and returns Σₕ Sₕ² of a against b: b's spectrum
// is kept for other series to be rotated against.
func (r *Rotation) SumAndPowers(m int, w, pb []float64) float64 {
	re, im := r.transform(m)
	sum := 0.0
	for k := 0; k <= m/2; k++ {
		j := (m - k) % m
		ar, ai := re[k]+re[j], im[k]-im[j]
		br, bi := re[k]-re[j], im[k]+im[j]
		pa := (ar*ar + ai*ai) / 4
		pb[k] = (br*br + bi*bi) / 4
		sum += pa * pb[k] * w[k]
	}
	return sum / float64(m)
}

// SumFromPowers returns Σₕ Sₕ² from the power spectra px, pe (as Powers
// leaves them) of two series of n values transformed at length m.
func (r *Rotation) SumFromPowers(px, pe []float64, n, m int) float64 {
	w := Weights(m, n)
	sum := 0.0
	for k := 0; k <= m/2; k++ {
		sum += px[k] * pe[k] * w[k]
	}
	return sum / float64(m)
}

// Weights returns the weight of each frequency f = 0 … m/2 of the power
// spectra of two series of n values in their Σₕ Sₕ²: 1 + 2·cos(2πfn/m),
// doubled for the f that stands for −f too. Series of one length share
// them.
func Weights(m, n int) []float64 {
	t := transformOf(m)
	w := make([]float64, m/2+1)
	for k := range w {
		w[k] = 1 + 2*t.cosine(k*n)
		if k != 0 && 2*k != m {
			w[k] *= 2 // f and −f have the same powers, and the cosine is even
		}
	}
	return w
}

// SumSquares returns Σₕ Sₕ² over h = 0 … N−1 for the series x and e of N
// values each (see Rotation). Cost O(M log M) for any N; the tests check it
// against the O(N²) definition.
func (r *Rotation) SumSquares(x, e []float64) float64 {
	n := len(x)
	if n == 0 || len(e) != n {
		return 0
	}
	m := RotationLength(n)
	a, b, at := r.Load(m)
	for j := range n {
		a[at[j]], b[at[j]] = x[j], e[j]
	}
	px, pe := make([]float64, PowersLength(m)), make([]float64, PowersLength(m))
	r.Powers(m, px, pe)
	return r.SumFromPowers(px, pe, n, m)
}
