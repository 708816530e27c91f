package stats

// Rotation computes the variance that a diary's own residuals give a score
// statistic when one series is rotated against the other (SPEC §7.2). It
// keeps its transforms and buffers from one call to the next; a Rotation is
// not safe for use by two goroutines at once (Fork gives another).
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
	transforms     map[int]*transform
	re, im, r3, i3 []float64
}

// spectrum transforms a + i·b (zero-padded to m) into the Rotation's buffers
// and returns them.
func (r *Rotation) spectrum(a, b []float64, m int) (re, im []float64, t *transform) {
	t = r.transformOf(m)
	if cap(r.re) < m {
		r.re, r.im = make([]float64, m), make([]float64, m)
		r.r3, r.i3 = make([]float64, m), make([]float64, m)
	}
	re, im = r.re[:m], r.im[:m]
	copy(re, a)
	clear(re[len(a):])
	copy(im, b)
	clear(im[len(b):])
	t.apply(re, im, r.r3[:m], r.i3[:m])
	return re, im, t
}

// PairSums returns Σₕ Sₕ² of a against the series whose power spectrum is
// pa, and of b against pb (pb unread when b is nil), all of n values at
// transform length m: the two rotations of one transform, with no spectrum
// kept.
func (r *Rotation) PairSums(a, b []float64, n, m int, pa, pb []float64) (sumA, sumB float64) {
	re, im, t := r.spectrum(a, b, m)
	for k := 0; k <= m/2; k++ {
		j := (m - k) % m
		w := 1 + 2*t.cosine(k*n)
		if k != 0 && 2*k != m {
			w *= 2
		}
		ar, ai := re[k]+re[j], im[k]-im[j]
		sumA += (ar*ar + ai*ai) / 4 * pa[k] * w
		if b != nil {
			br, bi := re[k]-re[j], im[k]+im[j]
			sumB += (br*br + bi*bi) / 4 * pb[k] * w
		}
	}
	return sumA / float64(m), sumB / float64(m)
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

// Fork returns a Rotation for another goroutine: it shares the transforms
// prepared so far (they are only read) and has buffers of its own.
func (r *Rotation) Fork() *Rotation {
	out := &Rotation{transforms: make(map[int]*transform, len(r.transforms))}
	for m, t := range r.transforms {
		out.transforms[m] = t
	}
	return out
}

// Prepare readies the transform of length m, so that forks share it.
func (r *Rotation) Prepare(m int) { r.transformOf(m) }

// transformOf returns the prepared transform of length m.
func (r *Rotation) transformOf(m int) *transform {
	if r.transforms == nil {
		r.transforms = map[int]*transform{}
	}
	t := r.transforms[m]
	if t == nil {
		t = newTransform(m)
		r.transforms[m] = t
	}
	return t
}

// Powers sets pa[f] = |A_f|² and pb[f] = |B_f|² for f = 0 … m/2, the power
// spectra of the real series a and b zero-padded to m = RotationLength(n);
// b may be nil (pb is then left alone). pa and pb need m/2+1 values.
func (r *Rotation) Powers(a, b []float64, m int, pa, pb []float64) {
	re, im, _ := r.spectrum(a, b, m)
	// Z = A + iB with A, B the transforms of real series, so A_f =
	// (Z_f + conj Z_{−f})/2 and B_f = (Z_f − conj Z_{−f})/2i.
	for k := 0; k <= m/2; k++ {
		j := (m - k) % m
		ar, ai := re[k]+re[j], im[k]-im[j]
		pa[k] = (ar*ar + ai*ai) / 4
		if b != nil {
			br, bi := re[k]-re[j], im[k]+im[j]
			pb[k] = (br*br + bi*bi) / 4
		}
	}
}

// SumFromPowers returns Σₕ Sₕ² from the power spectra px, pe (as Powers
// leaves them) of two series of n values transformed at length m.
func (r *Rotation) SumFromPowers(px, pe []float64, n, m int) float64 {
	t := r.transformOf(m)
	sum := 0.0
	for k := 0; k <= m/2; k++ {
		w := 1 + 2*t.cosine(k*n)
		if k != 0 && 2*k != m {
			w *= 2 // f and −f have the same powers, and the cosine is even
		}
		sum += px[k] * pe[k] * w
	}
	return sum / float64(m)
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
	px, pe := make([]float64, m/2+1), make([]float64, m/2+1)
	r.Powers(x, e, m, px, pe)
	return r.SumFromPowers(px, pe, n, m)
}
