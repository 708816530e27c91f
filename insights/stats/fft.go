package stats

import (
	"math"
	"math/bits"
)

// fft is a radix-2 complex fast Fourier transform of one power-of-two size,
// with its twiddle factors and bit-reversal permutation computed once.
// (gonum's dsp/fourier handles any length, but a prime length costs it
// O(N²): 26 ms for 3,457 nights. Zero-padding to a power of two and folding
// the linear correlation back gives the circular one exactly, in a few
// hundred microseconds whatever the length.)
type fft struct {
	n       int
	twiddle []complex128 // e^{−2πik/n}, k < n/2
	rev     []int32
}

// newFFT prepares the transform of size n, a power of two ≥ 2.
func newFFT(n int) *fft {
	f := &fft{n: n, twiddle: make([]complex128, n/2), rev: make([]int32, n)}
	for k := range f.twiddle {
		s, c := math.Sincos(-2 * math.Pi * float64(k) / float64(n))
		f.twiddle[k] = complex(c, s)
	}
	shift := 64 - bits.TrailingZeros(uint(n))
	for i := range f.rev {
		f.rev[i] = int32(bits.Reverse64(uint64(i)) >> shift)
	}
	return f
}

// transform replaces a (of length n) by its discrete Fourier transform,
// Σₜ aₜ e^{−2πift/n}.
func (f *fft) transform(a []complex128) {
	n := f.n
	for i, j := range f.rev {
		if int(j) > i {
			a[i], a[j] = a[j], a[i]
		}
	}
	for size := 2; size <= n; size <<= 1 {
		half, step := size/2, n/size
		for start := 0; start < n; start += size {
			lo, hi := a[start:start+half], a[start+half:start+size]
			for k := range lo {
				t := f.twiddle[k*step] * hi[k]
				hi[k] = lo[k] - t
				lo[k] += t
			}
		}
	}
}

// cosine returns cos(2πk/n) for any k ≥ 0, from the twiddle table.
func (f *fft) cosine(k int) float64 {
	k &= f.n - 1
	if k < f.n/2 {
		return real(f.twiddle[k])
	}
	return -real(f.twiddle[k-f.n/2])
}
