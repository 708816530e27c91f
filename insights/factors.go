package insights

import (
	"math"
	"slices"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/stats"
)

// Comparison is the comparison of cramp nights with and without an exposure
// over the nights where both are known: the user's own counts with the
// crude figures (SPEC §7.1), the stratified test that decides the verdict
// (SPEC §7.2), and the verdict. Undefined values are absent and marshal as null.
type Comparison struct {
	WithNights         int `json:"with_nights"`
	WithCrampNights    int `json:"with_cramp_nights"`
	WithoutNights      int `json:"without_nights"`
	WithoutCrampNights int `json:"without_cramp_nights"`
	// CrudeRelativeRisk is the cramp-night rate with over the rate without,
	// with its Katz 95% interval; Approximate says 0.5 was added to every
	// cell because one was zero. Shown, never judged.
	CrudeRelativeRisk diary.Opt[float64] `json:"crude_relative_risk"`
	CrudeCILow        diary.Opt[float64] `json:"crude_ci_low"`
	CrudeCIHigh       diary.Opt[float64] `json:"crude_ci_high"`
	Approximate       bool               `json:"approximate"`
	// RiskDifference is the rate with minus the rate without, with
	// Newcombe's 95% interval.
	RiskDifference diary.Opt[float64] `json:"risk_difference"`
	RDLow          diary.Opt[float64] `json:"rd_low"`
	RDHigh         diary.Opt[float64] `json:"rd_high"`
	// RelativeRisk is the Mantel–Haenszel relative risk over the strata of
	// like nights, with the Greenland–Robins interval widened by √k: the
	// interval the verdict reads and the screens draw.
	RelativeRisk diary.Opt[float64] `json:"relative_risk"`
	CILow        diary.Opt[float64] `json:"ci_low"`
	CIHigh       diary.Opt[float64] `json:"ci_high"`
	// Statistic is the score S = Σ x̃ₜẽₜ, Variance its variance V from the
	// rotations of the diary's own residuals.
	Statistic diary.Opt[float64] `json:"statistic"`
	Variance  diary.Opt[float64] `json:"variance"`
	// PValue is 2·P(T_df > |S/√V|); QValue its Benjamini–Hochberg q over
	// every test of the analysis (absent when this is not one).
	PValue diary.Opt[float64] `json:"p_value"`
	QValue diary.Opt[float64] `json:"q_value"`
	// VarianceInflation is k = max(1, V/V_MH), how much the runs in the
	// diary widen the interval; EffectiveN = nights/k.
	VarianceInflation diary.Opt[float64] `json:"variance_inflation"`
	EffectiveN        diary.Opt[float64] `json:"effective_n"`
	Verdict           Verdict            `json:"verdict"`
	// Reasons says why a verdict that would otherwise pass is not claimed;
	// Missing what a not_enough_data verdict lacks. Both are empty lists,
	// never null.
	Reasons []Reason  `json:"reasons"`
	Missing []Missing `json:"missing"`

	// WithRate and WithoutRate are the cramp-night rates with their Wilson 95% intervals.
	WithRate        diary.Opt[float64] `json:"with_rate"`
	WithRateLow     diary.Opt[float64] `json:"with_rate_low"`
	WithRateHigh    diary.Opt[float64] `json:"with_rate_high"`
	WithoutRate     diary.Opt[float64] `json:"without_rate"`
	WithoutRateLow  diary.Opt[float64] `json:"without_rate_low"`
	WithoutRateHigh diary.Opt[float64] `json:"without_rate_high"`
}

// KnownNights returns the number of nights in the comparison.
func (c Comparison) KnownNights() int { return c.WithNights + c.WithoutNights }

// CrampNights returns the number of cramp nights in the comparison.
func (c Comparison) CrampNights() int { return c.WithCrampNights + c.WithoutCrampNights }

// Severity compares cramp nights with and without a factor: cramp minutes
// (nights whose every episode has a duration) and worst pain, by their
// medians and the Mann–Whitney test.
type Severity struct {
	MinutesWithNights    int                `json:"minutes_with_nights"`
	MinutesWithoutNights int                `json:"minutes_without_nights"`
	MedianMinutesWith    diary.Opt[float64] `json:"median_minutes_with"`
	MedianMinutesWithout diary.Opt[float64] `json:"median_minutes_without"`
	MinutesPValue        diary.Opt[float64] `json:"minutes_p_value"`
	PainWithNights       int                `json:"pain_with_nights"`
	PainWithoutNights    int                `json:"pain_without_nights"`
	MedianPainWith       diary.Opt[float64] `json:"median_pain_with"`
	MedianPainWithout    diary.Opt[float64] `json:"median_pain_without"`
	PainPValue           diary.Opt[float64] `json:"pain_p_value"`
}

// DoseResponse is Spearman's rho between a factor's numeric input and the
// night's cramp minutes (0 on a night without cramps), over the nights where
// both are known: does more of the input go with more cramping?
type DoseResponse struct {
	Input  Input              `json:"input"`
	Nights int                `json:"nights"`
	Rho    diary.Opt[float64] `json:"rho"`
	PValue diary.Opt[float64] `json:"p_value"`
}

// FactorResult is one catalog factor tested against the diary.
type FactorResult struct {
	ID       string   `json:"id"`
	Kind     Kind     `json:"kind"`
	Evidence Evidence `json:"evidence"`
	Comparison
	// Reactive says whether the user mostly takes (or avoids) the habit after
	// a cramp night; Unstable whether the two halves of the diary lean
	// different ways.
	Reactive     Reactive      `json:"reactive"`
	Unstable     bool          `json:"unstable"`
	Severity     Severity      `json:"severity"`
	DoseResponse *DoseResponse `json:"dose_response"` // null when the factor has no numeric input
}

// finiteOpt returns v as a known value when ok and v is a finite number, so
// that no NaN or infinity ever reaches the JSON.
func finiteOpt(v float64, ok bool) diary.Opt[float64] {
	if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
		return diary.Opt[float64]{}
	}
	return diary.Some(v)
}

// Exposure codes of a factor's column.
const (
	exposureUnknown int8 = -1
	exposureNo      int8 = 0
	exposureYes     int8 = 1
)

// nightFrame holds the analysed nights as columns, built once and read by
// every comparison; its scratch slices are reused by one comparison after
// another.
type nightFrame struct {
	dates   []diary.Date
	cramp   []bool
	minutes []float64 // cramp minutes; NaN when an episode has no duration
	pain    []float64 // worst pain on cramp nights; NaN when unknown or none
	// prev is the previous calendar night's outcome (prevNone, prevCramp,
	// prevUnknown); stratum the night's stratum of the factor test, and
	// medStratum its stratum without the halves.
	prev       []int8
	stratum    []int8
	medStratum []int8
	// byMinutes and byPain list the cramp nights with a known value, sorted
	// by it, so each factor's Mann–Whitney needs no sort of its own;
	// byAllMinutes does the same for every night, for the dose-responses.
	byMinutes    []int32
	byPain       []int32
	byAllMinutes []int32
	// minuteRuns and painRuns end each run of equal values in byMinutes
	// and byPain (an index one past its last).
	minuteRuns, painRuns []int32

	scratch nightFrameScratch
	test    testScratch
}

// nightFrameScratch is reusable working space for one severity comparison
// at a time: how many nights with and without the exposure each run holds.
type nightFrameScratch struct {
	with, without []int32
}

// comparisonCore is everything computed for one exposure column before the
// q-values are known.
type comparisonCore struct {
	table    stats.Table
	ratio    stats.Ratio
	ratioOK  bool
	diff     stats.Difference
	diffOK   bool
	test     stratifiedTest
	severity Severity
}

// tested reports whether the comparison is one of the analysis's tests:
// its four margins are all non-zero (SPEC §7.2).
func (c *comparisonCore) tested() bool {
	t := c.table
	return t.Exposed() > 0 && t.Unexposed() > 0 && t.A+t.C > 0 && t.B+t.D > 0
}

// compare computes the comparison of the frame's nights by the exposure
// column exp (one code per night), in the strata given (fr.stratum for a
// factor, fr.medStratum for a medication).
func (fr *nightFrame) compare(exp []int8, stratum []int8, nStrata int) comparisonCore {
	c, ts := fr.prepareComparison(exp, stratum, nStrata)
	x, e := make([]float64, ts.n), make([]float64, ts.n)
	c.test.s = ts.residuals(x, e, nil)
	sum := 0.0
	if !ts.xZero && !ts.eZero {
		sum = fr.test.rot.SumSquares(x, e)
	}
	c.test.finish(sum)
	return c
}

// prepareComparison computes the comparison but for the score and the
// rotations of its test, which need the residuals of the series it
// returns (Analyze does the rotations of every factor together, sharing
// what they share).
func (fr *nightFrame) prepareComparison(exp []int8, stratum []int8, nStrata int) (comparisonCore, testSeries) {
	var c comparisonCore
	var ts testSeries
	c.test, ts = fr.countTest(exp, stratum, nStrata, &fr.test)
	// Every known night is in one stratum, so the strata add up to the
	// 2×2 table.
	var t stats.Table
	exposed, cramps := 0, 0
	for _, s := range fr.test.strata[:nStrata] {
		t.A += s.A
		exposed += s.N1
		cramps += s.M1
	}
	t.B = exposed - t.A
	t.C = cramps - t.A
	t.D = ts.n - exposed - t.C
	c.table = t
	c.ratio, c.ratioOK = stats.RelativeRisk(t)
	c.diff, c.diffOK = stats.RiskDifference(t)
	c.severity = fr.severity(exp)
	return c, ts
}

// severity compares cramp minutes and worst pain on the cramp nights with
// and without the exposure.
func (fr *nightFrame) severity(exp []int8) Severity {
	var sv Severity
	r := fr.splitSorted(exp, fr.byMinutes, fr.minuteRuns, fr.minutes)
	sv.MinutesWithNights, sv.MinutesWithoutNights = r.nWith, r.nWithout
	sv.MedianMinutesWith, sv.MedianMinutesWithout, sv.MinutesPValue = r.medWith, r.medWithout, r.p
	r = fr.splitSorted(exp, fr.byPain, fr.painRuns, fr.pain)
	sv.PainWithNights, sv.PainWithoutNights = r.nWith, r.nWithout
	sv.MedianPainWith, sv.MedianPainWithout, sv.PainPValue = r.medWith, r.medWithout, r.p
	return sv
}

// severitySplit is one severity measure split by exposure.
type severitySplit struct {
	nWith, nWithout     int
	medWith, medWithout diary.Opt[float64]
	p                   diary.Opt[float64]
}

// splitSorted walks order (nights sorted by val, in runs of equal values
// ending at runs) keeping the nights whose exposure is known, and returns
// both groups' medians and the Mann–Whitney p: the runs' counts are all
// either needs.
func (fr *nightFrame) splitSorted(exp []int8, order, runs []int32, val []float64) severitySplit {
	s := &fr.scratch
	s.with = slices.Grow(s.with[:0], len(runs))[:len(runs)]
	s.without = slices.Grow(s.without[:0], len(runs))[:len(runs)]
	var r severitySplit
	var mw stats.MannWhitneyTally
	start := 0
	for k, end := range runs {
		with, without := 0, 0
		for _, i := range order[start:end] {
			with += b2i(exp[i] == exposureYes)
			without += b2i(exp[i] == exposureNo)
		}
		mw.AddRun(with+without, with)
		s.with[k], s.without[k] = int32(with), int32(without)
		r.nWith += with
		r.nWithout += without
		start = int(end)
	}
	r.medWith = finiteOpt(medianOfRuns(s.with, order, runs, val, r.nWith))
	r.medWithout = finiteOpt(medianOfRuns(s.without, order, runs, val, r.nWithout))
	if res, ok := mw.Result(); ok {
		r.p = finiteOpt(res.P, true)
	}
	return r
}

// medianOfRuns returns stats.MedianSorted of a group of n nights of which
// count[k] stand in the k-th run of order (see splitSorted).
func medianOfRuns(count, order, runs []int32, val []float64, n int) (float64, bool) {
	if n == 0 {
		return 0, false
	}
	// The value of the group's j-th night in sorted order.
	at := func(j int) float64 {
		start, seen := 0, 0
		for k, end := range runs {
			seen += int(count[k])
			if j < seen {
				return val[order[start]]
			}
			start = int(end)
		}
		return math.NaN() // not reached: the group has n nights
	}
	if n%2 == 1 {
		return at(n / 2), true
	}
	return (at(n/2-1) + at(n/2)) / 2, true
}

// fill copies a comparison core into its JSON form, leaving the q-value and
// the verdict to the analysis.
func (c *comparisonCore) fill(out *Comparison) {
	t := c.table
	out.WithNights, out.WithCrampNights = t.Exposed(), t.A
	out.WithoutNights, out.WithoutCrampNights = t.Unexposed(), t.C
	if lo, hi, ok := stats.Wilson(t.A, t.Exposed()); ok {
		out.WithRate = diary.Some(float64(t.A) / float64(t.Exposed()))
		out.WithRateLow, out.WithRateHigh = diary.Some(lo), diary.Some(hi)
	}
	if lo, hi, ok := stats.Wilson(t.C, t.Unexposed()); ok {
		out.WithoutRate = diary.Some(float64(t.C) / float64(t.Unexposed()))
		out.WithoutRateLow, out.WithoutRateHigh = diary.Some(lo), diary.Some(hi)
	}
	if c.ratioOK {
		out.CrudeRelativeRisk = finiteOpt(c.ratio.Value, true)
		out.CrudeCILow, out.CrudeCIHigh = finiteOpt(c.ratio.Low, true), finiteOpt(c.ratio.High, true)
		out.Approximate = c.ratio.Approximate
	}
	if c.diffOK {
		out.RiskDifference = finiteOpt(c.diff.Value, true)
		out.RDLow, out.RDHigh = finiteOpt(c.diff.Low, true), finiteOpt(c.diff.High, true)
	}
	s := &c.test
	out.RelativeRisk = finiteOpt(s.rr, s.rrOK)
	out.CILow, out.CIHigh = finiteOpt(s.ciLow, s.ciOK), finiteOpt(s.ciHigh, s.ciOK)
	out.Statistic = finiteOpt(s.s, s.n > 0)
	out.Variance = finiteOpt(s.v, s.vOK)
	out.PValue = finiteOpt(s.p, s.n > 0)
	out.VarianceInflation = finiteOpt(s.k, s.kOK)
	out.EffectiveN = finiteOpt(s.effectiveN())
	out.Reasons, out.Missing = []Reason{}, []Missing{}
}
