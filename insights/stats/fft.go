package stats

import (
	"math"
	"math/bits"
	"sync"
)

// transform is a fast Fourier transform of one length M, a power of two or
// three times one: the two-power part is a radix-2 transform on the real and
// imaginary parts held in two slices, with the twiddle factors of every
// stage laid out in order; a factor 3 splits the input into three
// interleaved two-power transforms joined by one radix-3 pass. (gonum's dsp/fourier handles any length, but a
// prime length costs it O(N²): 26 ms for 3,457 nights, and its CmplxFFT
// takes three to four times as long as this one at 12,288 points,
// BenchmarkTransform12288Gonum. Zero-padding to such a length gives the
// circular scores exactly, in a fraction of a millisecond whatever the
// length.)
//
// A transform is only read once made, so one value serves every goroutine
// and every analysis: transformOf keeps one per length.
type transform struct {
	m     int // the length
	three bool
	p     int // the two-power part: m or m/3
	// cos, sin hold e^{−2πik/s} for each radix-2 stage s = 4, 8, …, p,
	// k < s/2, one stage after another (the stage of size 2 needs none).
	cos, sin []float64
	// at[t] is where inPlace reads aₜ (see inputAt).
	at []int32
	// roots gives e^{−2πik/m} for any k: the radix-3 pass's twiddles, and
	// cos(2πk/m) for the weights.
	roots unitRoots
}

// transforms holds the transform of each length asked for so far (a
// *made by int): the twiddles of a length are the same in every analysis,
// and making them took longer than the transforms of a whole diary of a
// year. A transform is immutable once made, so sharing it is safe; the
// lengths are powers of two or three times one, so there are few of them.
var transforms sync.Map

// made is one length's transform, made once even when several goroutines
// ask for it at the same moment.
type made struct {
	once sync.Once
	t    *transform
}

// transformOf returns the transform of length m, made once.
func transformOf(m int) *transform {
	v, ok := transforms.Load(m)
	if !ok {
		v, _ = transforms.LoadOrStore(m, &made{})
	}
	e := v.(*made)
	e.once.Do(func() { e.t = newTransform(m) })
	return e.t
}

// unitRoots gives cos and sin of −2πk/m for k < m from 2·√m calls of
// Sincos: e^{−2πik/m} = e^{−2πi·hi·b/m}·e^{−2πi·lo/m} with k = hi·b + lo,
// b a power of two. Two small tables instead of one of m values: a fresh
// process pays for every page of memory it touches, and the table of a
// thirty-year diary's length took 800 kB.
type unitRoots struct {
	shift    uint // log₂ b
	hiC, hiS []float64
	loC, loS []float64
	m        int
}

// newUnitRoots prepares the roots of unity of order m.
func newUnitRoots(m int) unitRoots {
	b := 1
	for b*b < m {
		b <<= 1
	}
	u := unitRoots{shift: uint(bits.TrailingZeros(uint(b))), m: m}
	u.loC, u.loS = make([]float64, b), make([]float64, b)
	for k := range b {
		u.loS[k], u.loC[k] = math.Sincos(-2 * math.Pi * float64(k) / float64(m))
	}
	for hi := 0; hi*b < m; hi++ {
		hs, hc := math.Sincos(-2 * math.Pi * float64(hi*b) / float64(m))
		u.hiC, u.hiS = append(u.hiC, hc), append(u.hiS, hs)
	}
	return u
}

// at returns cos and sin of −2πk/m, for 0 ≤ k < m.
func (u *unitRoots) at(k int) (c, s float64) {
	hc, hs := u.hiC[k>>u.shift], u.hiS[k>>u.shift]
	lc, ls := u.loC[k&(1<<u.shift-1)], u.loS[k&(1<<u.shift-1)]
	return hc*lc - hs*ls, hc*ls + hs*lc
}

// newTransform prepares the transform of length m: a power of two ≥ 4, or
// three times one.
func newTransform(m int) *transform {
	t := &transform{m: m, p: m}
	if m%3 == 0 {
		t.three, t.p = true, m/3
	}
	t.roots = newUnitRoots(m)
	p, step0 := t.p, m/t.p
	t.cos = make([]float64, 0, p)
	t.sin = make([]float64, 0, p)
	for size := 4; size <= p; size <<= 1 {
		step := step0 * (p / size)
		for k := range size / 2 {
			c, s := t.roots.at(k * step)
			t.cos = append(t.cos, c)
			t.sin = append(t.sin, s)
		}
	}
	t.at = t.inputAt()
	return t
}

// cosine returns cos(2πk/m) for any k ≥ 0.
func (t *transform) cosine(k int) float64 {
	c, _ := t.roots.at(k % t.m)
	return c
}

// apply replaces (re, im), each of length m, by its discrete Fourier
// transform, Σₜ aₜ e^{−2πift/m}, in the natural order; r3, i3 are working
// space of length m. The rotations use inPlace, which needs neither.
func (t *transform) apply(re, im, r3, i3 []float64) {
	for i := range t.m {
		k := t.position(i)
		r3[k], i3[k] = re[i], im[i]
	}
	t.inPlace(r3, i3)
	copy(re[:t.m], r3)
	copy(im[:t.m], i3)
}

// position returns where inPlace reads aₜ, t < m (see inputAt).
func (t *transform) position(i int) int {
	if !t.three {
		return t.reversed(i)
	}
	return i%3*t.p + t.reversed(i/3)
}

// inputAt returns where inPlace reads the value aₜ of its input, for t <
// p (series of n ≤ p values are zero-padded to M ≥ 3n−1): for a length 3p,
// in part t mod 3 (the three interleaved parts one after another), at the
// bit-reversed place of ⌊t/3⌋ within it; for a power of two, at the
// bit-reversed place of t. Values written there need neither apply's copy
// into working space nor its reordering.
func (t *transform) inputAt() []int32 {
	at := make([]int32, t.p)
	for i := range at {
		at[i] = int32(t.position(i))
	}
	return at
}

// inPlace transforms (re, im), each of length m, whose values stand at
// their positions (see position), leaving the transform in the natural
// order: every part's butterflies, then the radix-3 join.
func (t *transform) inPlace(re, im []float64) {
	if !t.three {
		t.butterflies(re[:t.m], im[:t.m])
		return
	}
	p := t.p
	for r := range 3 {
		t.butterflies(re[r*p:(r+1)*p], im[r*p:(r+1)*p])
	}
	// X[k + q·p] = Σ_r e^{−2πi·r·(k+qp)/m} F_r[k] = Σ_r W^{rk} ω^{rq} F_r[k],
	// with W = e^{−2πi/m} and ω = e^{−2πi/3}.
	const s3 = 0.8660254037844386 // √3/2
	for k := range p {
		c1, s1 := t.roots.at(k)
		c2, s2 := t.roots.at(2 * k)
		f0r, f0i := re[k], im[k]
		x, y := re[p+k], im[p+k]
		f1r, f1i := c1*x-s1*y, c1*y+s1*x
		x, y = re[2*p+k], im[2*p+k]
		f2r, f2i := c2*x-s2*y, c2*y+s2*x
		sr, si := f1r+f2r, f1i+f2i // t1 + t2
		dr, di := f1r-f2r, f1i-f2i // t1 − t2
		re[k], im[k] = f0r+sr, f0i+si
		// ω = −1/2 − i√3/2: t0 + ω t1 + ω² t2 = t0 − (t1+t2)/2 − i√3/2 (t1−t2).
		mr, mi := f0r-sr/2, f0i-si/2
		re[k+p], im[k+p] = mr+s3*di, mi-s3*dr
		re[k+2*p], im[k+2*p] = mr-s3*di, mi+s3*dr
	}
}

// reversed returns i < p with its log₂ p bits in reverse order.
func (t *transform) reversed(i int) int {
	return int(bits.Reverse64(uint64(i)) >> (64 - bits.TrailingZeros(uint(t.p))))
}

// butterflies is a radix-2 transform of length p, in place, of input in
// bit-reversed order, leaving the output in the natural order. The
// stages up to butterflyBlock run block by block, each block staying in
// the fastest cache while they do, then the larger stages over the whole;
// every butterfly does the same arithmetic on the same values as stage
// after stage over the whole would.
func (t *transform) butterflies(re, im []float64) {
	n := t.p
	re, im = re[:n], im[:n]
	b := min(n, butterflyBlock)
	for start := 0; start < n; start += b {
		t.smallStages(re[start:start+b], im[start:start+b])
	}
	for size := 2 * b; size <= n; size <<= 1 {
		t.stage(re, im, size)
	}
}

// butterflyBlock is how many values the small stages take at a time: with
// their twiddles, 24 kB.
const butterflyBlock = 1024

// smallStages runs the stages of size 2 to len(re) on one block.
func (t *transform) smallStages(re, im []float64) {
	n := len(re)
	// Size 2: twiddle 1.
	for i := 0; i+1 < n; i += 2 {
		ar, ai, br, bi := re[i], im[i], re[i+1], im[i+1]
		re[i], im[i], re[i+1], im[i+1] = ar+br, ai+bi, ar-br, ai-bi
	}
	if n < 4 {
		return
	}
	// Size 4, written out: the general loop spends more on its slices
	// than on two butterflies.
	c0, s0, c1, s1 := t.cos[0], t.sin[0], t.cos[1], t.sin[1]
	for i := 0; i+3 < n; i += 4 {
		r, m := re[i:i+4:i+4], im[i:i+4:i+4]
		tr := c0*r[2] - s0*m[2]
		ti := c0*m[2] + s0*r[2]
		l, k := r[0], m[0]
		r[2], m[2] = l-tr, k-ti
		r[0], m[0] = l+tr, k+ti
		tr = c1*r[3] - s1*m[3]
		ti = c1*m[3] + s1*r[3]
		l, k = r[1], m[1]
		r[3], m[3] = l-tr, k-ti
		r[1], m[1] = l+tr, k+ti
	}
	for size := 8; size <= n; size <<= 1 {
		t.stage(re, im, size)
	}
}

// stage runs the radix-2 stage of one size (≥ 4) over re and im.
func (t *transform) stage(re, im []float64, size int) {
	half := size / 2
	off := half - 2 // the stages 4 … size/2 take 2 + 4 + … + size/4 twiddles
	wc, ws := t.cos[off:off+half], t.sin[off:off+half]
	for start := 0; start < len(re); start += size {
		lr, li := re[start:start+half], im[start:start+half]
		hr, hi := re[start+half:start+size], im[start+half:start+size]
		// Equal lengths, so the loop runs without bounds checks.
		li, hr, hi, wc, ws := li[:len(lr)], hr[:len(lr)], hi[:len(lr)], wc[:len(lr)], ws[:len(lr)]
		for k, l := range lr {
			c, s := wc[k], ws[k]
			x, y := hr[k], hi[k]
			tr := c*x - s*y
			ti := c*y + s*x
			m := li[k]
			hr[k], hi[k] = l-tr, m-ti
			lr[k], li[k] = l+tr, m+ti
		}
	}
}
