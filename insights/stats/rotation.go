package stats

// Rotation computes the variance that a diary's own residuals give a score
// statistic when one series is rotated against the other (SPEC §7.2). It
// keeps its transforms and buffers from one call to the next; a Rotation is
// not safe for use by two goroutines at once.
//
// All N scores Sₕ = Σᵢ x[(i+h) mod N]·e[i] form the circular
// cross-correlation of x and e, which folds the linear one: Sₕ = L(h) +
// L(h−N), with L(d) = Σᵢ x[i+d]·e[i] for |d| < N. So Σₕ Sₕ² = Σ_d L(d)² +
// 2·Σ_d L(d)·L(d−N), the energy of L and its correlation with itself N
// places on. Both are sums over the spectrum of L, |X_f|²·|E_f|², taken with
// x and e zero-padded to a power of two M ≥ 3N−1 (so that no shifted copy of
// L overlaps another): Σₕ Sₕ² = (1/M)·Σ_f |X_f|²·|E_f|²·(1 + 2·cos(2πfN/M)).
// Only the power spectra of the two series are needed, and one transform of
// a + i·b gives those of two real series at once, so a residual series
// shared by several comparisons is transformed once.
type Rotation struct {
	ffts   map[int]*fft
	re, im []float64
}

// RotationLength returns the transform length M for series of n values:
// the least power of two ≥ 3n−1 (at least 4).
func RotationLength(n int) int {
	m := 4
	for m < 3*n-1 {
		m <<= 1
	}
	return m
}

// Fork returns a Rotation for another goroutine: it shares the transforms
// prepared so far (they are only read) and has buffers of its own.
func (r *Rotation) Fork() *Rotation {
	out := &Rotation{ffts: make(map[int]*fft, len(r.ffts))}
	for m, f := range r.ffts {
		out.ffts[m] = f
	}
	return out
}

// Prepare readies the transform of length m, so that forks share it.
func (r *Rotation) Prepare(m int) { r.transformOf(m) }

// transformOf returns the prepared transform of size m.
func (r *Rotation) transformOf(m int) *fft {
	if r.ffts == nil {
		r.ffts = map[int]*fft{}
	}
	f := r.ffts[m]
	if f == nil {
		f = newFFT(m)
		r.ffts[m] = f
	}
	return f
}

// Powers sets pa[f] = |A_f|² and pb[f] = |B_f|² for f = 0 … m/2, the power
// spectra of the real series a and b zero-padded to m = RotationLength(n);
// b may be nil (pb is then left alone). pa and pb need m/2+1 values.
func (r *Rotation) Powers(a, b []float64, m int, pa, pb []float64) {
	f := r.transformOf(m)
	if cap(r.re) < m {
		r.re, r.im = make([]float64, m), make([]float64, m)
	}
	re, im := r.re[:m], r.im[:m]
	copy(re, a)
	clear(re[len(a):])
	copy(im, b)
	clear(im[len(b):])
	f.transform(re, im)
	// Z = A + iB with A, B the transforms of real series, so A_f =
	// (Z_f + conj Z_{−f})/2 and B_f = (Z_f − conj Z_{−f})/2i.
	for k := 0; k <= m/2; k++ {
		j := (m - k) & (m - 1)
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
	f := r.transformOf(m)
	sum := 0.0
	for k := 0; k <= m/2; k++ {
		w := 1 + 2*f.cosTable[(k*n)&(m-1)]
		if k != 0 && k != m/2 {
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
