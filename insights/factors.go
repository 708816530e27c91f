package insights

import (
	"math"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/stats"
)

// Comparison is the comparison of cramp nights with and without an exposure
// over the nights where both are known: the 2×2 table, both rates, the
// relative risk and the risk difference with their intervals, the tests,
// the allowance for next-night dependence, and the verdict. Undefined values
// are absent and marshal as null.
type Comparison struct {
	WithNights         int `json:"with_nights"`
	WithCrampNights    int `json:"with_cramp_nights"`
	WithoutNights      int `json:"without_nights"`
	WithoutCrampNights int `json:"without_cramp_nights"`
	// RelativeRisk is the cramp-night rate with over the rate without, with
	// its Katz 95% interval; Approximate says 0.5 was added to every cell
	// because one was zero.
	RelativeRisk diary.Opt[float64] `json:"relative_risk"`
	CILow        diary.Opt[float64] `json:"ci_low"`
	CIHigh       diary.Opt[float64] `json:"ci_high"`
	Approximate  bool               `json:"approximate"`
	// RiskDifference is the rate with minus the rate without, with
	// Newcombe's 95% interval.
	RiskDifference diary.Opt[float64] `json:"risk_difference"`
	RDLow          diary.Opt[float64] `json:"rd_low"`
	RDHigh         diary.Opt[float64] `json:"rd_high"`
	// PValue is Fisher's exact two-sided p; QValue its Benjamini–Hochberg
	// q over every test of the analysis (absent when nothing was tested).
	PValue diary.Opt[float64] `json:"p_value"`
	QValue diary.Opt[float64] `json:"q_value"`
	// EffectiveN is the number of known nights divided by VarianceInflation.
	EffectiveN float64 `json:"effective_n"`
	Verdict    Verdict `json:"verdict"`

	// WithRate and WithoutRate are the cramp-night rates with their Wilson 95% intervals.
	WithRate        diary.Opt[float64] `json:"with_rate"`
	WithRateLow     diary.Opt[float64] `json:"with_rate_low"`
	WithRateHigh    diary.Opt[float64] `json:"with_rate_high"`
	WithoutRate     diary.Opt[float64] `json:"without_rate"`
	WithoutRateLow  diary.Opt[float64] `json:"without_rate_low"`
	WithoutRateHigh diary.Opt[float64] `json:"without_rate_high"`
	// AdjustedCILow and AdjustedCIHigh are the Katz interval widened by √k,
	// the one the verdict reads.
	AdjustedCILow  diary.Opt[float64] `json:"adjusted_ci_low"`
	AdjustedCIHigh diary.Opt[float64] `json:"adjusted_ci_high"`
	// ExposureAutocorrelation and OutcomeAutocorrelation are the next-night
	// autocorrelations of the two series (consecutive calendar nights only);
	// VarianceInflation is k = (1 + rx·ry)/(1 − rx·ry) when rx·ry > 0, else 1.
	ExposureAutocorrelation diary.Opt[float64] `json:"exposure_autocorrelation"`
	OutcomeAutocorrelation  diary.Opt[float64] `json:"outcome_autocorrelation"`
	VarianceInflation       diary.Opt[float64] `json:"variance_inflation"`
	// Reasons says why a verdict is no stronger than it is; Missing what a
	// not_enough_data verdict lacks. Both are empty lists, never null.
	Reasons []Reason  `json:"reasons"`
	Missing []Missing `json:"missing"`
}

// KnownNights returns the number of nights in the comparison.
func (c Comparison) KnownNights() int { return c.WithNights + c.WithoutNights }

// CrampNights returns the number of cramp nights in the comparison.
func (c Comparison) CrampNights() int { return c.WithCrampNights + c.WithoutCrampNights }

// Direction is which way a comparison leans.
type Direction string

// The directions.
const (
	DirectionMore    Direction = "more"    // more cramp nights with the exposure
	DirectionFewer   Direction = "fewer"   // fewer cramp nights with it
	DirectionSame    Direction = "same"    // exactly equal rates
	DirectionUnknown Direction = "unknown" // a side has no nights
)

// Halves compares the direction of a factor in the first and second half of
// its known nights, split by count in date order.
type Halves struct {
	// Split is the first night of the second half.
	Split  diary.Opt[diary.Date] `json:"split"`
	First  Direction             `json:"first"`
	Second Direction             `json:"second"`
}

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
	// TimeTrend is Spearman's rho between the exposure and the night's place
	// in the diary; far from 0, the factor is bunched in time.
	TimeTrend    diary.Opt[float64] `json:"time_trend"`
	Halves       Halves             `json:"halves"`
	Severity     Severity           `json:"severity"`
	DoseResponse *DoseResponse      `json:"dose_response"` // null when the factor has no numeric input
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
// every comparison; its scratch slices are reused by one severity
// comparison after another.
type nightFrame struct {
	dates   []diary.Date
	cramp   []bool
	minutes []float64 // cramp minutes; NaN when an episode has no duration
	pain    []float64 // worst pain on cramp nights; NaN when unknown or none
	// byMinutes and byPain list the cramp nights with a known value, sorted
	// by it, so each factor's Mann–Whitney needs no sort of its own;
	// byAllMinutes does the same for every night, for the dose-responses.
	byMinutes    []int32
	byPain       []int32
	byAllMinutes []int32

	scratch nightFrameScratch
}

// nightFrameScratch is reusable working space for one severity comparison at a time.
type nightFrameScratch struct {
	sorted  []float64
	inX     []bool
	with    []float64
	without []float64
}

// comparisonCore is everything computed for one exposure column before the
// q-values are known.
type comparisonCore struct {
	table    stats.Table
	ratio    stats.Ratio
	ratioOK  bool
	diff     stats.Difference
	diffOK   bool
	p        float64
	pOK      bool
	rx, ry   float64
	rxOK     bool
	ryOK     bool
	k        float64
	effN     float64
	trend    float64
	trendOK  bool
	halves   Halves
	severity Severity
}

// compare computes the comparison of the frame's nights by the exposure
// column exp (one code per night), of which known are known: one pass
// gathers the table, the autocorrelations, the time trend and the halves,
// all as counts.
func (fr *nightFrame) compare(exp []int8, known int) comparisonCore {
	var t stats.Table
	var ax, ay stats.BinaryLag1
	var halves [2]stats.Table
	mid := known / 2
	j, onesIndexSum := 0, 0
	var prevX, prevY bool
	var prevDate, split diary.Date
	for i, e := range exp {
		if e == exposureUnknown {
			continue
		}
		x, y := e == exposureYes, fr.cramp[i]
		follows := j > 0 && fr.dates[i] == prevDate.AddDays(1)
		ax.Add(x, follows, prevX)
		ay.Add(y, follows, prevY)
		prevX, prevY, prevDate = x, y, fr.dates[i]
		if x {
			onesIndexSum += j + 1 // the nights are in date order, one per date
		}
		h := &halves[0]
		if j >= mid {
			h = &halves[1]
			if j == mid {
				split = fr.dates[i]
			}
		}
		switch {
		case x && y:
			t.A++
			h.A++
		case x:
			t.B++
			h.B++
		case y:
			t.C++
			h.C++
		default:
			t.D++
			h.D++
		}
		j++
	}
	var c comparisonCore
	c.table = t
	c.ratio, c.ratioOK = stats.RelativeRisk(t)
	c.diff, c.diffOK = stats.RiskDifference(t)
	c.p, c.pOK = stats.FisherExact(t)
	c.rx, c.rxOK = ax.Autocorrelation()
	c.ry, c.ryOK = ay.Autocorrelation()
	// An undefined autocorrelation (no neighbouring nights, or a constant
	// series) is taken as no dependence.
	rx, ry := c.rx, c.ry
	if !c.rxOK {
		rx = 0
	}
	if !c.ryOK {
		ry = 0
	}
	c.k = stats.VarianceInflation(rx, ry)
	c.effN = stats.EffectiveN(t.N(), c.k)
	c.trend, c.trendOK = stats.SpearmanBinaryIndex(t.N(), t.Exposed(), float64(onesIndexSum))
	c.halves = Halves{First: DirectionUnknown, Second: DirectionUnknown}
	if t.N() >= 2 {
		c.halves.Split = diary.Some(split)
		c.halves.First, c.halves.Second = directionOf(halves[0]), directionOf(halves[1])
	}
	c.severity = fr.severity(exp)
	return c
}

// directionOf compares the cramp-night rates of a table, in integers so that
// equal rates are exactly equal.
func directionOf(t stats.Table) Direction {
	if t.Exposed() == 0 || t.Unexposed() == 0 {
		return DirectionUnknown
	}
	lhs, rhs := t.A*t.Unexposed(), t.C*t.Exposed()
	switch {
	case lhs > rhs:
		return DirectionMore
	case lhs < rhs:
		return DirectionFewer
	}
	return DirectionSame
}

// severity compares cramp minutes and worst pain on the cramp nights with
// and without the exposure.
func (fr *nightFrame) severity(exp []int8) Severity {
	var sv Severity
	r := fr.splitSorted(exp, fr.byMinutes, fr.minutes)
	sv.MinutesWithNights, sv.MinutesWithoutNights = r.nWith, r.nWithout
	sv.MedianMinutesWith, sv.MedianMinutesWithout, sv.MinutesPValue = r.medWith, r.medWithout, r.p
	r = fr.splitSorted(exp, fr.byPain, fr.pain)
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

// splitSorted walks order (nights sorted by val) keeping the nights whose
// exposure is known, and returns both groups' medians and the Mann–Whitney p.
func (fr *nightFrame) splitSorted(exp []int8, order []int32, val []float64) severitySplit {
	s := &fr.scratch
	sorted, inX := s.sorted[:0], s.inX[:0]
	with, without := s.with[:0], s.without[:0]
	for _, i := range order {
		switch exp[i] {
		case exposureYes:
			with = append(with, val[i])
		case exposureNo:
			without = append(without, val[i])
		default:
			continue
		}
		sorted = append(sorted, val[i])
		inX = append(inX, exp[i] == exposureYes)
	}
	s.sorted, s.inX, s.with, s.without = sorted, inX, with, without
	var r severitySplit
	r.nWith, r.nWithout = len(with), len(without)
	r.medWith = finiteOpt(stats.MedianSorted(with))
	r.medWithout = finiteOpt(stats.MedianSorted(without))
	if mw, ok := stats.MannWhitneySorted(sorted, inX); ok {
		r.p = finiteOpt(mw.P, true)
	}
	return r
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
		out.RelativeRisk = finiteOpt(c.ratio.Value, true)
		out.CILow, out.CIHigh = finiteOpt(c.ratio.Low, true), finiteOpt(c.ratio.High, true)
		out.Approximate = c.ratio.Approximate
		if !math.IsInf(c.k, 1) {
			lo, hi := c.ratio.Widened(c.k)
			out.AdjustedCILow, out.AdjustedCIHigh = finiteOpt(lo, true), finiteOpt(hi, true)
		}
	}
	if c.diffOK {
		out.RiskDifference = finiteOpt(c.diff.Value, true)
		out.RDLow, out.RDHigh = finiteOpt(c.diff.Low, true), finiteOpt(c.diff.High, true)
	}
	out.PValue = finiteOpt(c.p, c.pOK)
	out.EffectiveN = c.effN
	out.ExposureAutocorrelation = finiteOpt(c.rx, c.rxOK)
	out.OutcomeAutocorrelation = finiteOpt(c.ry, c.ryOK)
	out.VarianceInflation = finiteOpt(c.k, true)
	out.Reasons, out.Missing = []Reason{}, []Missing{}
}
