package stats

// Rotation computes the variance that a diary's own residuals give a score
// statistic when one series is rotated against the other (SPEC §7.2). It
// keeps its transforms and buffers from one call to the next; a Rotation is
// not safe for use by two goroutines at once.
type Rotation struct {
	ffts map[int]*fft
	buf  []complex128
}

// SumSquares returns Σₕ Sₕ² over h = 0 … N−1, where Sₕ = Σᵢ x[(i+h) mod N]·e[i]
// is the score with x rotated h places against e (N = len(x) = len(e)).
//
// All N scores form the circular cross-correlation of x and e, which folds
// the linear one: Sₕ = L(h) + L(h−N), with L(d) = Σᵢ x[i+d]·e[i] for
// |d| < N. So Σₕ Sₕ² = Σ_d L(d)² + 2·Σ_d L(d)·L(d−N), the energy of L and
// its correlation with itself N places on. Both are sums over the spectrum
// of L, P_f = X_f·conj(E_f), taken with x and e zero-padded to a power of
// two M ≥ 3N−1 (so that no shifted copy of L overlaps another):
// Σₕ Sₕ² = (1/M)·Σ_f |P_f|²·(1 + 2·cos(2πfN/M)). One transform of x + i·e
// gives X and E at once; no inverse is needed. Cost O(M log M) for any N;
// the tests check it against the O(N²) definition.
func (r *Rotation) SumSquares(x, e []float64) float64 {
	n := len(x)
	if n == 0 || len(e) != n {
		return 0
	}
	m := 4
	for m < 3*n-1 {
		m <<= 1
	}
	if r.ffts == nil {
		r.ffts = map[int]*fft{}
	}
	f := r.ffts[m]
	if f == nil {
		f = newFFT(m)
		r.ffts[m] = f
	}
	if cap(r.buf) < m {
		r.buf = make([]complex128, m)
	}
	z := r.buf[:m]
	for t := range n {
		z[t] = complex(x[t], e[t])
	}
	clear(z[n:])
	f.transform(z)
	// Z = X + iE with X, E the transforms of real series, so X_f =
	// (Z_f + conj Z_{−f})/2 and E_f = (Z_f − conj Z_{−f})/2i, and
	// |P_f|² = |X_f|²·|E_f|² = |Z_f + conj Z_{−f}|²·|Z_f − conj Z_{−f}|²/16.
	// |P_f| = |P_{−f}| and the cosine is even, so each pair is summed once.
	sum := 0.0
	for k := 0; k <= m/2; k++ {
		j := (m - k) & (m - 1)
		zk, zj := z[k], z[j]
		xr, xi := real(zk)+real(zj), imag(zk)-imag(zj)
		er, ei := real(zk)-real(zj), imag(zk)+imag(zj)
		p2 := (xr*xr + xi*xi) * (er*er + ei*ei)
		w := 1 + 2*f.cosine(k*n)
		if j != k {
			w *= 2
		}
		sum += p2 * w
	}
	return sum / 16 / float64(m)
}
