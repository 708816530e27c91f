package insights

import (
	"math"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/stats"
)

// The strata of the test (SPEC §7.2). A night's stratum is
// half·6 + previous·2 + weekend: the previous calendar night's outcome
// (none, cramp, unknown), whether the night is a Friday or Saturday night,
// and whether it lies in the second half of the calendar.
const (
	prevNone    int8 = 0
	prevCramp   int8 = 1
	prevUnknown int8 = 2

	factorStrata     = 12 // both halves
	medicationStrata = 6  // no halves
	halfStrata       = 6
)

// stratumOf returns the stratum code of a night.
func stratumOf(prev int8, weekend, secondHalf bool) int8 {
	s := prev * 2
	if weekend {
		s++
	}
	if secondHalf {
		s += halfStrata
	}
	return s
}

// isWeekendNight reports whether d is the night of a Friday or a Saturday
// (nights are keyed by the evening they began).
func isWeekendNight(d diary.Date) bool {
	wd := d.Weekday()
	return wd == 5 || wd == 6
}

// stratifiedTest is the test of SPEC §7.2 for one exposure column.
type stratifiedTest struct {
	n, g int // known nights (N) and non-empty strata (G)
	// statistic S and variance V; vOK is false when V is undefined (N = G:
	// every stratum a single night, all residuals zero).
	s, v float64
	vOK  bool
	mh   stats.MantelHaenszel
	// rr with the Greenland–Robins variance of its log, when defined.
	rr, varLog float64
	rrOK       bool
	// k = max(1, V/V_MH); kOK is false when V_MH = 0.
	k   float64
	kOK bool
	// ciLow, ciHigh = exp(ln RR ± z·√(var·k)), when RR and k are defined.
	ciLow, ciHigh float64
	ciOK          bool
	z, p, df      float64
	// unstable: the two halves' strata lean different ways.
	unstable bool
}

// effectiveN returns N/k, when k is defined.
func (t *stratifiedTest) effectiveN() (float64, bool) {
	if !t.kOK {
		return 0, false
	}
	return float64(t.n) / t.k, true
}

// testScratch is reusable working space for one test at a time.
type testScratch struct {
	strata [factorStrata]stats.Stratum
	rot    stats.Rotation
}

// testResiduals are the residual series of one test over K in date order.
type testResiduals struct {
	x, e []float64
	// xZero and eZero say a series is zero throughout (V is then 0).
	xZero, eZero bool
}

// testSeries is what the rotations need of one test: its exposure column
// and strata, each stratum's two means, so that the residual series are
// written straight into a transform's input rather than kept.
type testSeries struct {
	exp, stratum []int8
	cramp        []bool
	meanX, meanY [factorStrata]float64
	n            int // the known nights, N
	// xZero and eZero say a residual series is zero throughout (V is then
	// 0): every stratum's exposure, or outcome, is the same on all its nights.
	xZero, eZero bool
}

// residuals writes the residual series over K in date order, x̃ into x and
// ẽ into e (either may be nil), and returns the score S = Σ x̃ₜẽₜ. The
// j-th value goes to index j, or to at[j] when at is given (a transform's
// input, see stats.Rotation.Load).
func (ts *testSeries) residuals(x, e []float64, at []int32) float64 {
	cramp, stratum := ts.cramp[:len(ts.exp)], ts.stratum[:len(ts.exp)]
	s, j := 0.0, 0
	for i, c := range ts.exp {
		if c == exposureUnknown {
			continue
		}
		// x and y are 0 or 1 exactly.
		st := stratum[i]
		xr, er := float64(c)-ts.meanX[st], float64(b2i(cramp[i]))-ts.meanY[st]
		k := j
		if at != nil {
			k = int(at[j])
		}
		if x != nil {
			x[k] = xr
		}
		if e != nil {
			e[k] = er
		}
		j++
		s += xr * er
	}
	return s
}

// b2i returns 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sameNights reports whether two tests are over the same nights K (and so,
// in the same strata, have the same outcome residuals).
func (ts *testSeries) sameNights(o *testSeries) bool {
	if ts.n != o.n || len(ts.exp) != len(o.exp) {
		return false
	}
	if ts.n == len(ts.exp) {
		return true // every night known to both
	}
	for i, c := range ts.exp {
		if (c == exposureUnknown) != (o.exp[i] == exposureUnknown) {
			return false
		}
	}
	return true
}

// stratifiedTest runs the whole test over the nights whose exposure code is
// known, each in the stratum stratum[i] (of nStrata), in date order with
// the gaps closed up for the rotations.
func (fr *nightFrame) stratifiedTest(exp []int8, stratum []int8, nStrata int, sc *testScratch) stratifiedTest {
	t, res := fr.prepareTest(exp, stratum, nStrata, sc)
	sum := 0.0
	if !res.xZero && !res.eZero {
		sum = sc.rot.SumSquares(res.x, res.e)
	}
	t.finish(sum)
	return t
}

// prepareTest computes everything of the test but the rotations: the
// strata, the score, the Mantel–Haenszel figures and the halves; it returns
// the residuals for the rotations, which finish then reads.
func (fr *nightFrame) prepareTest(exp []int8, stratum []int8, nStrata int, sc *testScratch) (stratifiedTest, testResiduals) {
	t, ts := fr.countTest(exp, stratum, nStrata, sc)
	res := testResiduals{x: make([]float64, ts.n), e: make([]float64, ts.n), xZero: ts.xZero, eZero: ts.eZero}
	t.s = ts.residuals(res.x, res.e, nil)
	return t, res
}

// countTest computes everything of the test that the strata's counts give:
// the strata in sc, the Mantel–Haenszel figures and the halves; the score
// and the rotations are left to the residuals of the series it returns.
func (fr *nightFrame) countTest(exp []int8, stratum []int8, nStrata int, sc *testScratch) (stratifiedTest, testSeries) {
	strata := sc.strata[:nStrata]
	clear(strata)
	cramp, stratum := fr.cramp[:len(exp)], stratum[:len(exp)]
	n := 0
	for i, e := range exp {
		if e == exposureUnknown {
			continue
		}
		// Counted without branches on the exposure and the outcome, which
		// change from night to night as a coin does.
		x, y := int(e), b2i(cramp[i])
		s := &strata[stratum[i]]
		s.N++
		s.N1 += x
		s.M1 += y
		s.A += x & y
		n++
	}
	var t stratifiedTest
	// Residuals within strata: x̃ = x − n1/N, ẽ = y − m1/N, with each
	// stratum's two means worked out once.
	ts := testSeries{exp: exp, stratum: stratum, cramp: fr.cramp, n: n, xZero: true, eZero: true}
	for i, s := range strata {
		if s.N > 0 {
			ts.meanX[i] = float64(s.N1) / float64(s.N)
			ts.meanY[i] = float64(s.M1) / float64(s.N)
			ts.xZero = ts.xZero && (s.N1 == 0 || s.N1 == s.N)
			ts.eZero = ts.eZero && (s.M1 == 0 || s.M1 == s.N)
			t.g++
		}
	}
	t.n = n
	t.mh = stats.MantelHaenszelOf(strata)
	t.rr, t.varLog, t.rrOK = t.mh.RelativeRisk()
	if nStrata == factorStrata {
		first := stats.MantelHaenszelOf(strata[:halfStrata]).Lean()
		second := stats.MantelHaenszelOf(strata[halfStrata:]).Lean()
		t.unstable = first != second
	}
	return t, ts
}

// finish completes the test from Σₕ Sₕ², the sum of the squared rotation
// scores: V, k, the interval, the effective sample and p.
func (t *stratifiedTest) finish(sumSquares float64) {
	if t.n > t.g {
		t.v = sumSquares / float64(t.n) * float64(t.n) / float64(t.n-t.g)
		t.vOK = true
	}
	if t.mh.NullVariance > 0 {
		t.k, t.kOK = 1, true
		if t.vOK {
			t.k = max(1, t.v/t.mh.NullVariance)
		}
	}
	if t.rrOK && t.kOK {
		w := stats.Z95 * math.Sqrt(t.varLog*t.k)
		t.ciLow, t.ciHigh, t.ciOK = math.Exp(math.Log(t.rr)-w), math.Exp(math.Log(t.rr)+w), true
	}
	// p: Student t on df = max(1, N/k − G); 1 when V is 0 (or undefined).
	effN, _ := t.effectiveN()
	t.df = max(1, effN-float64(t.g))
	t.p = 1
	if t.vOK && t.v > 0 {
		t.z = t.s / math.Sqrt(t.v)
		t.p = stats.StudentTwoSidedP(t.z, t.df)
	}
}

// Reactive is the check that a habit follows the cramps rather than the
// other way round (SPEC §7.2): over the nights whose previous night's outcome
// is known, the Mantel–Haenszel ratio of the share of nights with the
// exposure after a cramp night to the share after a night without cramps,
// within the previous night's own exposure, and its Cochran–Mantel–Haenszel p.
type Reactive struct {
	Ratio  diary.Opt[float64] `json:"ratio"`
	PValue diary.Opt[float64] `json:"p_value"`
	// Reactive: the ratio is at least ReactiveRatio (or at most its
	// inverse) and p < ReactiveP.
	Reactive bool `json:"reactive"`
	// The plain shares behind the ratio: of the nights after a cramp
	// night, how many had the exposure; the same after a quiet night.
	AfterCrampNights  int `json:"after_cramp_nights"`
	ExposedAfterCramp int `json:"exposed_after_cramp"`
	AfterQuietNights  int `json:"after_quiet_nights"`
	ExposedAfterQuiet int `json:"exposed_after_quiet"`
}

// The reactive-habit rule (SPEC §7.2).
const (
	// ReactiveRatio: done at least twice (or at most half) as often after a cramp night.
	ReactiveRatio = 2.0
	// ReactiveP: and the CMH p below this.
	ReactiveP = 0.05
)

// reactive runs the reactive-habit check on an exposure column.
func (fr *nightFrame) reactive(exp []int8) Reactive {
	// Strata by the previous night's exposure: no, yes, unknown. "Exposed
	// row" is a cramp last night; the outcome is tonight's exposure.
	var strata [3]stats.Stratum
	var r Reactive
	prev := fr.prev[:len(exp)]
	for i, e := range exp {
		if e == exposureUnknown || prev[i] == prevUnknown {
			continue
		}
		// A known previous outcome means night i−1 of the frame is the
		// previous calendar night. Its exposure picks the stratum.
		k := int(exp[i-1])
		if k < 0 {
			k = 2
		}
		// Counted without branches, as in countTest.
		after, x := int(prev[i]), int(e) // prevCramp is 1, prevNone 0
		s := &strata[k]
		s.N++
		s.N1 += after
		s.M1 += x
		s.A += after & x
	}
	for _, s := range strata {
		r.AfterCrampNights += s.N1
		r.AfterQuietNights += s.N - s.N1
		r.ExposedAfterCramp += s.A
		r.ExposedAfterQuiet += s.M1 - s.A
	}
	mh := stats.MantelHaenszelOf(strata[:])
	// R/S; when S is 0 and R is not, the habit never followed a quiet night
	// within the strata: an infinite ratio, null in the JSON but reactive.
	ratio := math.NaN()
	switch {
	case mh.S > 0:
		ratio = mh.R / mh.S
	case mh.R > 0:
		ratio = math.Inf(1)
	}
	r.Ratio = finiteOpt(ratio, true)
	p, pOK := mh.ChiSquareP()
	r.PValue = finiteOpt(p, pOK)
	r.Reactive = pOK && p < ReactiveP && (ratio >= ReactiveRatio || ratio <= 1/ReactiveRatio)
	return r
}
