package insights

import (
	"cmp"
	"math"
	"slices"
	"sync/atomic"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/insights/stats"
)

// Options limits an analysis to a period of the diary.
type Options struct {
	// From and To bound the nights analysed, both included; absent means
	// from the first night, or to the last.
	From, To diary.Opt[diary.Date]
}

// Analysis is the full insights of a diary: every catalog factor tested
// against the user's nights, the medication starts, the red flags and the
// background risk factors. It marshals to the JSON of `cramps insights --json`
// (SPEC §7). Lists are never null; undefined numbers are null.
type Analysis struct {
	// Nights counts the analysed nights whose cramps are recorded;
	// CrampNights those with at least one episode.
	Nights      int                   `json:"nights"`
	CrampNights int                   `json:"cramp_nights"`
	From        diary.Opt[diary.Date] `json:"from"`
	To          diary.Opt[diary.Date] `json:"to"`
	// Factors holds every catalog factor, in catalog order.
	Factors     []FactorResult     `json:"factors"`
	Medications []MedicationResult `json:"medications"`
	// RedFlags are checked over every night up to To, not only the period:
	// a red flag is never hidden by the choice of dates.
	RedFlags   []redflags.Flag `json:"red_flags"`
	Background []Background    `json:"background"`
	// Tests is how many tests entered the Benjamini–Hochberg correction.
	Tests int `json:"tests"`
}

// Factor returns the result of the factor with the given id.
func (a Analysis) Factor(id string) (FactorResult, bool) {
	i := slices.IndexFunc(a.Factors, func(f FactorResult) bool { return f.ID == id })
	if i < 0 {
		return FactorResult{}, false
	}
	return a.Factors[i], true
}

// Analyze tests every catalog factor and every medication start of the
// profile against nights, limited to the period of opts. It does not change
// nights, which need not be in date order; should a date come twice, the
// later entry in nights is the one analysed.
//
// Each factor is compared over the nights where cramps are recorded and the
// factor's inputs are known. Next-night dependence is measured on
// consecutive calendar nights only: where the diary has a gap, the pair of
// nights around it is left out. The red flags are checked as of To, or the
// last night of the diary.
func Analyze(nights []diary.Night, p diary.Profile, opts Options) Analysis {
	all := diary.InDateOrder(nights)
	fr, window := newNightFrame(all, opts)

	a := Analysis{
		Nights:      len(window),
		From:        opts.From,
		To:          opts.To,
		Factors:     []FactorResult{},
		Medications: make([]MedicationResult, 0, len(p.Medications)),
		RedFlags:    []redflags.Flag{},
		Background:  []Background{},
	}
	for _, c := range fr.cramp {
		if c {
			a.CrampNights++
		}
	}
	if len(window) > 0 {
		if !a.From.Known() {
			a.From = diary.Some(window[0].Date)
		}
		if !a.To.Known() {
			a.To = diary.Some(window[len(window)-1].Date)
		}
	}

	// The dose-responses with the red flags, and each factor's comparison,
	// share nothing but the read-only nights: two goroutines take them in
	// turn (see shared), each comparison with its goroutine's scratch space.
	cat := Catalog()
	a.Factors = make([]FactorResult, 0, len(cat))
	cores := make([]comparisonCore, len(cat))
	reactive := make([]Reactive, len(cat))
	series := make([]testSeries, len(cat))
	var doses []DoseResponse
	other := *fr
	other.scratch = nightFrameScratch{}
	other.test = testScratch{}
	frames := [2]*nightFrame{fr, &other}
	shared(1+len(cat), func(w, task int) {
		if task == 0 {
			// The rotations' length when every factor is known every night.
			stats.PrepareLength(stats.RotationLength(len(window)))
			doses = fr.doseResponses(window)
			a.RedFlags, a.Background = flagsAndBackground(all, p, opts)
			return
		}
		f, fr := task-1, frames[w]
		col, _ := exposureColumns(cat[f:f+1], window, &p)
		cores[f], series[f] = fr.prepareComparison(col, fr.stratum, factorStrata)
		reactive[f] = fr.reactive(col)
	})
	var rots [2]stats.Rotation
	scores, sums := rotateAll(series, &rots)
	for f := range cores {
		cores[f].test.s = scores[f]
		cores[f].test.finish(sums[f])
	}
	for f := range cat {
		r := FactorResult{ID: cat[f].ID, Kind: cat[f].Kind, Evidence: cat[f].Evidence}
		cores[f].fill(&r.Comparison)
		r.Reactive = reactive[f]
		r.Unstable = cores[f].test.unstable
		r.Severity = cores[f].severity
		if cat[f].Input != "" {
			d := doses[slices.Index(Inputs(), cat[f].Input)]
			r.DoseResponse = &d
		}
		a.Factors = append(a.Factors, r)
	}

	plans := make([]medicationPlan, 0, len(p.Medications))
	for _, m := range p.Medications {
		plans = append(plans, fr.planMedication(m))
	}

	// Benjamini–Hochberg over every test of the analysis: each factor whose
	// four margins are all non-zero, and each medication start with enough
	// nights on both sides (SPEC §7.2).
	var ps []float64
	for f := range cores {
		if cores[f].tested() {
			ps = append(ps, cores[f].test.p)
		}
	}
	for i := range plans {
		if plans[i].result.Tested {
			ps = append(ps, plans[i].core.test.p)
		}
	}
	qs := stats.BenjaminiHochberg(ps)
	a.Tests = len(qs)
	next := 0
	for f := range cores {
		q, ok := 0.0, cores[f].tested()
		if ok {
			q, next = qs[next], next+1
		}
		cores[f].judge(&a.Factors[f].Comparison, q, ok, reactive[f].Reactive)
	}
	for i := range plans {
		q, ok := 0.0, plans[i].result.Tested
		if ok {
			q, next = qs[next], next+1
		}
		plans[i].judge(q, ok)
		a.Medications = append(a.Medications, plans[i].result)
	}

	return a
}

// shared runs do(w, i) for every i < count on two goroutines, the caller's
// and one more, each taking the next i when it is free, so that neither
// waits on the other while work is left (on a busy machine one of them may
// get no core for a while). w, 0 or 1, says which goroutine runs an i, so
// that each uses working space of its own.
func shared(count int, do func(w, i int)) {
	var next atomic.Int64
	work := func(w int) {
		for {
			i := int(next.Add(1)) - 1
			if i >= count {
				return
			}
			do(w, i)
		}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		work(1)
	}()
	work(0)
	<-done
}

// flagsAndBackground checks the red flags over every night up to To (or
// the last night), and lists the profile's background risk factors as of
// that date.
func flagsAndBackground(all []diary.Night, p diary.Profile, opts Options) ([]redflags.Flag, []Background) {
	asOf, ok := opts.To.Get()
	if !ok && len(all) > 0 {
		asOf, ok = all[len(all)-1].Date, true
	}
	if !ok {
		// With no date to reckon an age from, the age band is left out.
		p.BirthYear = diary.Opt[int]{}
		return []redflags.Flag{}, BackgroundFactors(p, 0)
	}
	return redflags.Check(all, p, asOf), BackgroundFactors(p, asOf)
}

// newNightFrame picks the nights of the period whose cramps are recorded and
// builds their outcome columns.
func newNightFrame(all []diary.Night, opts Options) (*nightFrame, []*diary.Night) {
	window := make([]*diary.Night, 0, len(all))
	for i := range all {
		n := &all[i]
		if from, ok := opts.From.Get(); ok && n.Date < from {
			continue
		}
		if to, ok := opts.To.Get(); ok && n.Date > to {
			continue
		}
		if !n.CrampsKnown() {
			continue
		}
		if k := len(window); k > 0 && window[k-1].Date == n.Date {
			window[k-1] = n // a date given twice counts once: the later entry
			continue
		}
		window = append(window, n)
	}
	m := len(window)
	fr := &nightFrame{
		dates:   make([]diary.Date, m),
		cramp:   make([]bool, m),
		minutes: make([]float64, m),
		pain:    make([]float64, m),
	}
	fr.prev = make([]int8, m)
	fr.stratum = make([]int8, m)
	fr.medStratum = make([]int8, m)
	// Room for every night: memory a list does not fill is never touched,
	// while growing one step by step touches about twice what it keeps.
	fr.byAllMinutes = make([]int32, 0, m)
	fr.byPain = make([]int32, 0, m)
	cramping := make([]int32, 0, m) // nights with cramp minutes above 0
	calendar := 0                   // L, the calendar's length in days
	if m > 0 {
		calendar = window[m-1].Date.DaysSince(window[0].Date) + 1
	}
	for i, n := range window {
		fr.dates[i] = n.Date
		// The previous calendar night's outcome is known when it is the
		// previous night of the frame (whose cramps are recorded).
		fr.prev[i] = prevUnknown
		if i > 0 && window[i-1].Date == n.Date.AddDays(-1) {
			fr.prev[i] = prevNone
			if window[i-1].CrampNight() {
				fr.prev[i] = prevCramp
			}
		}
		t := n.Date.DaysSince(window[0].Date)
		weekend := isWeekendNight(n.Date)
		fr.stratum[i] = stratumOf(fr.prev[i], weekend, 2*t >= calendar)
		fr.medStratum[i] = stratumOf(fr.prev[i], weekend, false)
		fr.cramp[i] = n.CrampNight()
		fr.minutes[i] = crampMinutes(n)
		fr.pain[i] = math.NaN()
		if v, ok := n.WorstPain().Get(); ok && fr.cramp[i] {
			fr.pain[i] = float64(v)
		}
		switch {
		case fr.minutes[i] == 0:
			fr.byAllMinutes = append(fr.byAllMinutes, int32(i))
		case !math.IsNaN(fr.minutes[i]):
			cramping = append(cramping, int32(i))
		}
		if !math.IsNaN(fr.pain[i]) {
			fr.byPain = append(fr.byPain, int32(i))
		}
	}
	byValue := func(v []float64) func(i, j int32) int {
		return func(i, j int32) int { return cmp.Compare(v[i], v[j]) }
	}
	// Most nights have no cramp minutes: they come first as they are, and
	// only the others are sorted (ties may stand in any order).
	slices.SortFunc(cramping, byValue(fr.minutes))
	fr.byAllMinutes = append(fr.byAllMinutes, cramping...)
	slices.SortFunc(fr.byPain, byValue(fr.pain))
	fr.byMinutes = make([]int32, 0, len(fr.byAllMinutes))
	for _, i := range fr.byAllMinutes {
		if fr.cramp[i] {
			fr.byMinutes = append(fr.byMinutes, i)
		}
	}
	fr.minuteRuns = runsOf(fr.byMinutes, fr.minutes)
	fr.painRuns = runsOf(fr.byPain, fr.pain)
	return fr, window
}

// runsOf returns where each run of equal values ends in order, which lists
// nights sorted by val: the index one past each run's last.
func runsOf(order []int32, val []float64) []int32 {
	var runs []int32
	for j := range order {
		if j+1 == len(order) || val[order[j+1]] != val[order[j]] {
			runs = append(runs, int32(j+1))
		}
	}
	return runs
}

// crampMinutes returns the night's cramp minutes: 0 on a night without
// cramps, NaN when an episode's duration is unknown (a partial sum would
// be a silent undercount).
func crampMinutes(n *diary.Night) float64 {
	secs := 0
	for _, e := range n.Episodes {
		d, ok := e.DurationS.Get()
		if !ok {
			return math.NaN()
		}
		secs += d
	}
	return float64(secs) / 60
}

// exposureColumns returns every factor's exposure column, factor after
// factor in one array, and how many nights each knows, from a single pass
// over the nights.
func exposureColumns(cat []Factor, window []*diary.Night, p *diary.Profile) ([]int8, []int) {
	n := len(window)
	cols := make([]int8, len(cat)*n)
	known := make([]int, len(cat))
	for i, night := range window {
		for f := range cat {
			exposed, isKnown := cat[f].Exposure(night, p)
			code := exposureUnknown
			switch {
			case isKnown && exposed:
				code = exposureYes
			case isKnown:
				code = exposureNo
			}
			if isKnown {
				known[f]++
			}
			cols[f*n+i] = code
		}
	}
	return cols, known
}

// doseResponses returns the dose-response of every Input, in the order of
// Inputs: Spearman's rho against the night's cramp minutes where both are
// known. The minutes are ranked by walking byAllMinutes (every night with
// known minutes, sorted once); the input is ranked by counting when its
// values are whole or quarter units (water, servings, hours), else by sorting.
func (fr *nightFrame) doseResponses(window []*diary.Night) []DoseResponse {
	inputs := Inputs()
	out := make([]DoseResponse, len(inputs))
	n := len(window)
	value := make([]float64, n)
	has := make([]bool, n)
	rankX := make([]float64, n)
	rankY := make([]float64, n)
	var rk doseRanker
	for k, in := range inputs {
		for i, night := range window {
			v, ok := in.Value(night)
			has[i] = ok && !math.IsNaN(fr.minutes[i])
			value[i] = v
		}
		rk.rank(value, has, rankX)
		rankAlong(fr.byAllMinutes, fr.minutes, has, rankY)
		// The pairs where both are known, moved to the front in place (a
		// rank is only read where has is set, and reset for each input).
		kept := 0
		for i := range window {
			if has[i] {
				rankX[kept], rankY[kept] = rankX[i], rankY[i]
				kept++
			}
		}
		xs, ys := rankX[:kept], rankY[:kept]
		d := DoseResponse{Input: in, Nights: len(xs)}
		if rho, ok := stats.Pearson(xs, ys); ok {
			d.Rho = finiteOpt(rho, true)
			d.PValue = finiteOpt(stats.CorrelationP(rho, len(xs)))
		}
		out[k] = d
	}
	return out
}

// doseRanker ranks one input's values at a time, reusing its buffers.
type doseRanker struct {
	counts []int32
	avg    []float64
	sorted []float64
	run    []float64
}

// doseCountingLimit bounds the buckets of the counting rank: wider value
// ranges are sorted instead.
const doseCountingLimit = 1 << 16

// rank sets rank[i], for every i with has[i], to the average rank of
// value[i] among those values, ties sharing their mean rank.
func (r *doseRanker) rank(value []float64, has []bool, rank []float64) {
	lo, hi := math.Inf(1), math.Inf(-1)
	whole, quarter := true, true
	for i, v := range value {
		if !has[i] {
			continue
		}
		lo, hi = min(lo, v), max(hi, v)
		whole = whole && v == math.Trunc(v)
		quarter = quarter && v*4 == math.Trunc(v*4)
	}
	scale := 0.0
	switch {
	case lo > hi:
		return // no values
	case whole && hi-lo < doseCountingLimit:
		scale = 1
	case quarter && (hi-lo)*4 < doseCountingLimit:
		scale = 4
	}
	if scale == 0 {
		r.rankBySorting(value, has, rank)
		return
	}
	buckets := int((hi-lo)*scale) + 1
	r.counts = slices.Grow(r.counts[:0], buckets)[:buckets]
	clear(r.counts)
	for i, v := range value {
		if has[i] {
			r.counts[int((v-lo)*scale)]++
		}
	}
	r.avg = slices.Grow(r.avg[:0], buckets)[:buckets]
	below := 0
	for b, c := range r.counts {
		r.avg[b] = float64(2*below+int(c)+1) / 2
		below += int(c)
	}
	for i, v := range value {
		if has[i] {
			rank[i] = r.avg[int((v-lo)*scale)]
		}
	}
}

// rankBySorting is rank for values of any kind: sort them, give each run of
// equal values its mean rank, and find each value's run by binary search.
func (r *doseRanker) rankBySorting(value []float64, has []bool, rank []float64) {
	r.sorted = r.sorted[:0]
	for i, v := range value {
		if has[i] {
			r.sorted = append(r.sorted, v)
		}
	}
	slices.Sort(r.sorted)
	r.run = slices.Grow(r.run[:0], len(r.sorted))[:len(r.sorted)]
	for start := 0; start < len(r.sorted); {
		end := start + 1
		for end < len(r.sorted) && r.sorted[end] == r.sorted[start] {
			end++
		}
		for j := start; j < end; j++ {
			r.run[j] = float64(start+end+1) / 2
		}
		start = end
	}
	for i, v := range value {
		if has[i] {
			j, _ := slices.BinarySearch(r.sorted, v)
			rank[i] = r.run[j]
		}
	}
}

// rankAlong gives the members of a subset (keep) their average ranks among
// themselves, walking order, which lists nights sorted by val.
func rankAlong(order []int32, val []float64, keep []bool, rank []float64) {
	r := 0
	for j := 0; j < len(order); {
		// The run of equal values starting at j, members only.
		end, members := j, 0
		for end < len(order) && val[order[end]] == val[order[j]] {
			if keep[order[end]] {
				members++
			}
			end++
		}
		avg := float64(2*r+members+1) / 2
		for _, i := range order[j:end] {
			if keep[i] {
				rank[i] = avg
			}
		}
		r += members
		j = end
	}
}
