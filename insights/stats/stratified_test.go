package stats

import (
	"math"
	"math/rand/v2"
	"syscall"
	"testing"

	"gonum.org/v1/gonum/dsp/fourier"
)

// rotationBrute is the definition: every rotation's score, squared and summed.
func rotationBrute(x, e []float64) float64 {
	n := len(x)
	sum := 0.0
	for h := range n {
		s := 0.0
		for i := range n {
			s += x[(i+h)%n] * e[i]
		}
		sum += s * s
	}
	return sum
}

// TestTransformMatchesDefinition checks the transforms of both kinds of
// length against the O(M²) sum.
func TestTransformMatchesDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, m := range []int{4, 8, 12, 24, 48, 64, 96, 192} {
		tr := newTransform(m)
		re, im := make([]float64, m), make([]float64, m)
		for i := range re {
			re[i], im[i] = rng.NormFloat64(), rng.NormFloat64()
		}
		wantRe, wantIm := make([]float64, m), make([]float64, m)
		for f := range m {
			for k := range m {
				s, c := math.Sincos(-2 * math.Pi * float64(f*k%m) / float64(m))
				wantRe[f] += re[k]*c - im[k]*s
				wantIm[f] += re[k]*s + im[k]*c
			}
		}
		tr.apply(re, im, make([]float64, m), make([]float64, m))
		for f := range m {
			if math.Abs(re[f]-wantRe[f]) > 1e-9 || math.Abs(im[f]-wantIm[f]) > 1e-9 {
				t.Fatalf("m=%d f=%d: %v%+vi, want %v%+vi", m, f, re[f], im[f], wantRe[f], wantIm[f])
			}
		}
	}
	if RotationLength(3457) != 12288 || RotationLength(1000) != 3072 || RotationLength(1366) != 6144 {
		t.Errorf("lengths %d %d %d", RotationLength(3457), RotationLength(1000), RotationLength(1366))
	}
}

func TestRotationMatchesDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	var r Rotation
	lengths := []int{1, 2, 3, 4, 5, 7, 8, 13, 31, 32, 33, 64, 97, 127, 128, 129, 255, 365, 500, 1000, 1217}
	for n := 6; n < 60; n += 5 {
		lengths = append(lengths, n)
	}
	for _, n := range lengths {
		for trial := range 3 {
			x, e := make([]float64, n), make([]float64, n)
			for i := range x {
				switch trial {
				case 0: // residual-like values of yes/no series
					x[i] = float64(rng.IntN(2)) - 0.3
					e[i] = float64(rng.IntN(2)) - 0.6
				default:
					x[i], e[i] = rng.NormFloat64(), rng.NormFloat64()
				}
			}
			got, want := r.SumSquares(x, e), rotationBrute(x, e)
			if math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
				t.Errorf("n=%d trial %d: SumSquares = %.15g, definition %.15g", n, trial, got, want)
			}
		}
	}
	if got := r.SumSquares(nil, nil); got != 0 {
		t.Errorf("empty: %v", got)
	}
}

// TestRotationWorked: x = (1, 0, −1), e = (1, 2, 0). S₀ = 1·1 + 0·2 + (−1)·0 = 1;
// S₁ = x₁e₀ + x₂e₁ + x₀e₂ = 0 − 2 + 0 = −2; S₂ = x₂e₀ + x₀e₁ + x₁e₂ = −1 + 2 + 0 = 1;
// Σ Sₕ² = 1 + 4 + 1 = 6.
func TestRotationWorked(t *testing.T) {
	var r Rotation
	wantRel(t, "Σ S²", r.SumSquares([]float64{1, 0, -1}, []float64{1, 2, 0}), 6)
}

// TestMantelHaenszelWorked works two strata by hand, plus one of a single
// night (which adds to Σa and its expectation alike, nothing else) and an
// empty one.
//
// Stratum 1: N 4, n1 2, m1 2, a 2 (so c 0, n0 2, m0 2):
//
//	a·n0/N = 1, c·n1/N = 0, (m1n1n0 − acN)/N² = 8/16 = 1/2,
//	E a = 2·2/4 = 1, var a = 2·2·2·2/(16·3) = 1/3.
//
// Stratum 2: N 6, n1 3, m1 2, a 1 (c 1, n0 3, m0 4):
//
//	a·n0/N = 1/2, c·n1/N = 1/2, (18 − 6)/36 = 1/3, E a = 1, var a = 72/180 = 2/5.
//
// R = 3/2, S = 1/2, RR = 3; P = 5/6, var ln RR = (5/6)/(3/4) = 10/9.
// Σa = 4 against 3 expected; V_MH = 11/15; χ² = 15/11, p = erfc(√(15/22)).
func TestMantelHaenszelWorked(t *testing.T) {
	m := MantelHaenszelOf([]Stratum{{4, 2, 2, 2}, {6, 3, 2, 1}, {1, 1, 1, 1}, {}})
	wantRel(t, "R", m.R, 1.5)
	wantRel(t, "S", m.S, 0.5)
	rr, v, ok := m.RelativeRisk()
	if !ok {
		t.Fatal("RR undefined")
	}
	wantRel(t, "RR", rr, 3)
	wantRel(t, "var ln RR", v, 10.0/9)
	wantRel(t, "V_MH", m.NullVariance, 11.0/15)
	wantRel(t, "observed", m.Observed, 4)
	wantRel(t, "expected", m.Expected, 3)
	p, ok := m.ChiSquareP()
	// mpmath: erfc(sqrt(15/11)/sqrt(2)) to 30 digits.
	if !ok {
		t.Fatal("CMH p undefined")
	}
	wantRel(t, "CMH p", p, 0.242908260904323838825724910228)
	if m.Lean() != 1 {
		t.Errorf("lean %d, want 1", m.Lean())
	}

	// No exposed cramp night anywhere: R = 0, the ratio is undefined.
	if _, _, ok := MantelHaenszelOf([]Stratum{{6, 3, 2, 0}}).RelativeRisk(); ok {
		t.Error("RR with R = 0 is defined")
	}
	if _, ok := MantelHaenszelOf([]Stratum{{1, 1, 1, 1}}).ChiSquareP(); ok {
		t.Error("CMH p with no variance is defined")
	}
}

func TestStudentTwoSidedP(t *testing.T) {
	// The values are mpmath's regularised incomplete beta to 40 digits.
	tests := []struct{ t, df, p float64 }{
		{2, 10, 0.07338803477074036561786256941157248670037},
		{-1.5, 3.5, 0.2178181870153452347304603037880185598263},
		{0.3, 1, 0.8144528418445153193691018640827851252893},
		{4, 57.25, 0.0001838692879496900517427256349554325347356},
		{0, 5, 1},
	}
	for _, tt := range tests {
		wantRel(t, "p", StudentTwoSidedP(tt.t, tt.df), tt.p)
	}
}

func BenchmarkRotation3457(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	x, e := make([]float64, 3457), make([]float64, 3457)
	for i := range x {
		x[i], e[i] = rng.Float64(), rng.Float64()
	}
	var r Rotation
	for b.Loop() {
		r.SumSquares(x, e)
	}
}

func BenchmarkTransform12288(b *testing.B) {
	f := newTransform(12288)
	re, im := make([]float64, 12288), make([]float64, 12288)
	r3, i3 := make([]float64, 12288), make([]float64, 12288)
	cpuPerOp(b, func() { f.apply(re, im, r3, i3) })
}

// BenchmarkTransformInPlace12288 times the transform as the rotations use
// it, with its input where the butterflies read it.
func BenchmarkTransformInPlace12288(b *testing.B) {
	f := transformOf(12288)
	re, im := make([]float64, 12288), make([]float64, 12288)
	cpuPerOp(b, func() { f.inPlace(re, im) })
}

// BenchmarkTransform12288Gonum times gonum's CmplxFFT at the same length,
// the comparison behind keeping a transform of our own (see transform).
func BenchmarkTransform12288Gonum(b *testing.B) {
	f := fourier.NewCmplxFFT(12288)
	seq, out := make([]complex128, 12288), make([]complex128, 12288)
	cpuPerOp(b, func() { f.Coefficients(out, seq) })
}

// cpuPerOp runs do b.N times and reports the user CPU time it took per
// run, which on a shared machine says more than the wall time.
func cpuPerOp(b *testing.B, do func()) {
	var ru0, ru1 syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	for b.Loop() {
		do()
	}
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	b.ReportMetric(float64(ru1.Utime.Nano()-ru0.Utime.Nano())/float64(b.N)/1e3, "cpu-µs/op")
}
