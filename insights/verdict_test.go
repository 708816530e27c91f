package insights

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/stats"
)

// vdCore builds a comparison core from a table and the figures of the test
// the ladder reads, the way compare would.
func vdCore(t stats.Table, rr, lo, hi, k float64, unstable bool) *comparisonCore {
	c := &comparisonCore{table: t}
	c.ratio, c.ratioOK = stats.RelativeRisk(t)
	c.diff, c.diffOK = stats.RiskDifference(t)
	c.test = stratifiedTest{n: t.N(), rr: rr, rrOK: rr > 0, varLog: 0.1, k: k, kOK: !math.IsInf(k, 1),
		ciLow: lo, ciHigh: hi, ciOK: rr > 0, unstable: unstable}
	c.test.mh.NullVariance = 1
	if math.IsInf(k, 1) {
		c.test.mh.NullVariance = 0
	}
	return c
}

// TestVerdictLadder walks every rung of SPEC §7.3 on hand-built comparisons.
func TestVerdictLadder(t *testing.T) {
	table := stats.Table{A: 45, B: 15, C: 15, D: 45}
	more := vdCore(table, 3, 1.8, 5, 1.2, false)
	fewer := vdCore(table, 0.33, 0.2, 0.55, 1.2, false)
	tests := []struct {
		name       string
		core       *comparisonCore
		q          float64
		qOK        bool
		reactive   bool
		medication bool
		badSpell   bool
		verdict    Verdict
		reasons    []Reason
	}{
		{"firm more", more, 0.001, true, false, false, false, VerdictMoreCramps, nil},
		{"firm fewer", fewer, 0.001, true, false, false, false, VerdictFewerCramps, nil},
		{"q above the cut", more, 0.0300001, true, false, false, false, VerdictNoClearLink, nil},
		{"q exactly at the cut passes", more, MaxQ, true, false, false, false, VerdictMoreCramps, nil},
		{"no q at all", more, 0, false, false, false, false, VerdictNoClearLink, nil},
		{"interval holds 1", vdCore(table, 2, 0.99, 4, 1, false), 0.001, true, false, false, false, VerdictNoClearLink, nil},
		{"interval touches 1", vdCore(table, 2, 1, 4, 1, false), 0.001, true, false, false, false, VerdictNoClearLink, nil},
		{"reactive", more, 0.001, true, true, false, false, VerdictNoClearLink, []Reason{ReasonReactive}},
		{"unstable", vdCore(table, 3, 1.8, 5, 1, true), 0.001, true, false, false, false, VerdictNoClearLink, []Reason{ReasonUnstable}},
		{"reactive and unstable", vdCore(table, 0.33, 0.2, 0.55, 1, true), 0.001, true, true, false, false, VerdictNoClearLink,
			[]Reason{ReasonReactive, ReasonUnstable}},
		{"reactive but not passing", more, 0.2, true, true, false, false, VerdictNoClearLink, nil},
		{"medication more after", more, 0.001, true, false, true, false, VerdictMoreAfter, nil},
		{"medication fewer after", fewer, 0.001, true, false, true, false, VerdictFewerAfter, nil},
		{"medication unclear", more, 0.5, true, false, true, false, VerdictNoClearChange, nil},
		{"bad spell before blocks fewer", fewer, 0.001, true, false, true, true, VerdictNoClearChange, []Reason{ReasonBadSpellBefore}},
		{"bad spell before leaves more", more, 0.001, true, false, true, true, VerdictMoreAfter, nil},
		{"halves do not apply to a medication", vdCore(table, 3, 1.8, 5, 1, true), 0.001, true, false, true, false, VerdictMoreAfter, nil},
	}
	for _, tt := range tests {
		v, reasons, missing := decideVerdict(verdictInput{core: tt.core, q: tt.q, qOK: tt.qOK, reactive: tt.reactive,
			medication: tt.medication, badSpell: tt.badSpell})
		if v != tt.verdict || !equalReasons(reasons, tt.reasons) || len(missing) != 0 {
			t.Errorf("%s: got %s %v %v; want %s %v", tt.name, v, reasons, missing, tt.verdict, tt.reasons)
		}
	}
}

// TestVerdictShortfalls checks the first rung lists everything missing, with
// the numbers the screen turns into words.
func TestVerdictShortfalls(t *testing.T) {
	ok := func(tb stats.Table, k float64) *comparisonCore { return vdCore(tb, 2, 1.5, 3, k, false) }
	undefined := vdCore(stats.Table{A: 15, B: 5, C: 5, D: 15}, 0, 0, 0, 1, false)
	tests := []struct {
		name    string
		core    *comparisonCore
		missing []Missing
	}{
		{"27 nights", ok(stats.Table{A: 5, B: 5, C: 5, D: 12}, 1), []Missing{{ShortKnownNights, 27, 28, 1}}},
		{"exactly at every gate", ok(stats.Table{A: 3, B: 4, C: 2, D: 19}, 28.0/20), nil},
		{"6 with", ok(stats.Table{A: 3, B: 3, C: 10, D: 24}, 1), []Missing{{ShortWithNights, 6, 7, 1}}},
		{"2 without", ok(stats.Table{A: 10, B: 26, C: 1, D: 1}, 1), []Missing{{ShortWithoutNights, 2, 7, 5}}},
		{"4 cramp nights", ok(stats.Table{A: 2, B: 18, C: 2, D: 18}, 1), []Missing{{ShortCrampNights, 4, 5, 1}}},
		{"3 cramp-free nights", ok(stats.Table{A: 19, B: 1, C: 18, D: 2}, 1), []Missing{{ShortCrampFreeNights, 3, 5, 2}}},
		// 40 nights with k = 2.5 are worth 16; 20·2.5 = 50 nights are needed.
		{"effective sample", ok(stats.Table{A: 15, B: 5, C: 5, D: 15}, 2.5), []Missing{{ShortEffectiveN, 16, 20, 10}}},
		{"no comparable nights (V_MH = 0)", ok(stats.Table{A: 15, B: 5, C: 5, D: 15}, math.Inf(1)),
			[]Missing{{ShortComparableNights, 0, 1, -1}}},
		{"ratio undefined", undefined, []Missing{{ShortRatio, 0, 1, -1}}},
	}
	for _, tt := range tests {
		v, _, missing := decideVerdict(verdictInput{core: tt.core, q: 0.001, qOK: true})
		if len(tt.missing) == 0 {
			if v == VerdictNotEnoughData {
				t.Errorf("%s: not_enough_data %v; want past the first rung", tt.name, missing)
			}
			continue
		}
		if v != VerdictNotEnoughData || !equalMissing(missing, tt.missing) {
			t.Errorf("%s: got %s %v; want not_enough_data %v", tt.name, v, missing, tt.missing)
		}
	}
}

// vdNight is one hand-made night: exposed to stretching or not, cramps or not.
type vdNight struct{ exposed, cramp bool }

// vdDiary makes nights step days apart from 2026-01-05 with only stretching
// and cramps recorded.
func vdDiary(step int, pattern []vdNight) []diary.Night {
	start := diary.NewDate(2026, 1, 5)
	out := make([]diary.Night, len(pattern))
	for i, p := range pattern {
		n := diary.Night{Date: start.AddDays(i * step), Episodes: []diary.Episode{}}
		n.Day.Stretched = diary.Some(p.exposed)
		if p.cramp {
			n.Episodes = []diary.Episode{{DurationS: diary.Some(120), Intensity: diary.Some(6)}}
		}
		out[i] = n
	}
	return out
}

// vdRepeat repeats a block of nights.
func vdRepeat(block []vdNight, times int) []vdNight {
	var out []vdNight
	for range times {
		out = append(out, block...)
	}
	return out
}

var (
	vdEC = vdNight{true, true}
	vdEN = vdNight{true, false}
	vdUC = vdNight{false, true}
	vdUN = vdNight{false, false}
)

// vdTable makes a diary whose stretching table is exactly (a, b, c, d),
// nights two days apart.
func vdTable(a, b, c, d int) []diary.Night {
	var p []vdNight
	p = append(p, vdRepeat([]vdNight{vdEC}, a)...)
	p = append(p, vdRepeat([]vdNight{vdEN}, b)...)
	p = append(p, vdRepeat([]vdNight{vdUC}, c)...)
	p = append(p, vdRepeat([]vdNight{vdUN}, d)...)
	return vdDiary(2, p)
}

// vdRandom draws n nights: stretched with chance px, a cramp night with
// chance pWith after stretching and pWithout otherwise, from a fixed seed.
func vdRandom(seed uint64, n int, px, pWith, pWithout float64) []vdNight {
	rng := rand.New(rand.NewPCG(seed, 17))
	out := make([]vdNight, n)
	for i := range out {
		x := rng.Float64() < px
		p := pWithout
		if x {
			p = pWith
		}
		out[i] = vdNight{x, rng.Float64() < p}
	}
	return out
}

// TestVerdictOnDiaries runs the ladder end to end on diaries of independent
// nights, one after the other (seeded; each case checked to be far from its
// verdict's edge).
func TestVerdictOnDiaries(t *testing.T) {
	// More cramps with stretching in the first half, fewer in the second:
	// the halves lean different ways, though the whole diary passes.
	firstOnly := append(vdRandom(3, 120, 0.5, 0.8, 0.15), vdRandom(4, 120, 0.5, 0.2, 0.45)...)
	tests := []struct {
		name    string
		nights  []diary.Night
		verdict Verdict
		reasons []Reason
		missing []Missing
	}{
		{"more", vdDiary(1, vdRandom(1, 150, 0.5, 0.75, 0.25)), VerdictMoreCramps, nil, nil},
		{"fewer", vdDiary(1, vdRandom(2, 200, 0.5, 0.15, 0.6)), VerdictFewerCramps, nil, nil},
		{"no effect", vdDiary(1, vdRandom(5, 150, 0.5, 0.4, 0.4)), VerdictNoClearLink, nil, nil},
		{"27 nights", vdDiary(1, vdRandom(1, 27, 0.5, 0.75, 0.25)), VerdictNotEnoughData, nil, []Missing{{ShortKnownNights, 27, 28, 1}}},
		{"halves disagree", vdDiary(1, firstOnly), VerdictNoClearLink, []Reason{ReasonUnstable}, nil},
	}
	for _, tt := range tests {
		a := Analyze(tt.nights, diary.NewProfile(), Options{})
		f, ok := a.Factor("stretched")
		if !ok {
			t.Fatal("no stretched factor")
		}
		if f.Verdict != tt.verdict || !equalReasons(f.Reasons, tt.reasons) || !equalMissing(f.Missing, tt.missing) {
			t.Errorf("%s: got %s %v %v (table %d/%d %d/%d, q %v, rr %v %v–%v, k %v); want %s %v %v", tt.name,
				f.Verdict, f.Reasons, f.Missing, f.WithCrampNights, f.WithNights, f.WithoutCrampNights, f.WithoutNights,
				f.QValue, f.RelativeRisk, f.CILow, f.CIHigh, f.VarianceInflation, tt.verdict, tt.reasons, tt.missing)
		}
		// Only stretching is recorded, so it is the analysis's only test and q = p.
		if a.Tests != 1 || f.QValue != f.PValue {
			t.Errorf("%s: %d tests, q %v, p %v; want 1 test with q = p", tt.name, a.Tests, f.QValue, f.PValue)
		}
	}
}

func equalReasons(a, b []Reason) bool { return len(a) == 0 && len(b) == 0 || slices.Equal(a, b) }

// equalMissing compares shortfalls, Have to 1e-12.
func equalMissing(a, b []Missing) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].What != b[i].What || a[i].Need != b[i].Need || a[i].More != b[i].More || math.Abs(a[i].Have-b[i].Have) > 1e-12 {
			return false
		}
	}
	return true
}

func TestNumbersAndRatioSentences(t *testing.T) {
	sitting, _ := FactorByID("long_sitting")
	stretch, _ := FactorByID("stretched")
	tests := []struct {
		c    Comparison
		want string
	}{
		{Comparison{WithNights: 12, WithCrampNights: 8, WithoutNights: 28, WithoutCrampNights: 7},
			"8 of 12 nights (67%) after 8 hours or more of sitting were cramp nights, against 7 of 28 (25%) after less sitting."},
		{Comparison{WithNights: 1, WithCrampNights: 1, WithoutNights: 3, WithoutCrampNights: 0},
			"1 of 1 night (100%) after 8 hours or more of sitting was a cramp night, against 0 of 3 (0%) after less sitting."},
		{Comparison{WithoutNights: 9, WithoutCrampNights: 2},
			"No nights after 8 hours or more of sitting yet; 2 of 9 nights (22%) after less sitting were cramp nights."},
		{Comparison{WithNights: 1, WithCrampNights: 0},
			"No nights after less sitting yet; 0 of 1 night (0%) after 8 hours or more of sitting was a cramp night."},
		{Comparison{WithNights: 2, WithCrampNights: 1, WithoutNights: 1040, WithoutCrampNights: 420},
			"1 of 2 nights (50%) after 8 hours or more of sitting was a cramp night, against 420 of 1,040 (40%) after less sitting."},
		{Comparison{}, "No nights with this recorded yet."},
	}
	for _, tt := range tests {
		if got := NumbersSentence(sitting.Subject(), tt.c); got != tt.want {
			t.Errorf("NumbersSentence(%+v) = %q\nwant %q", tt.c, got, tt.want)
		}
	}
	like := "Comparing like nights (the same kind of night before, weekday or weekend), cramp nights were "
	ratios := []struct {
		s    Subject
		c    Comparison
		want string
	}{
		{sitting.Subject(), Comparison{RelativeRisk: diary.Some(2.31), CILow: diary.Some(1.38), CIHigh: diary.Some(3.87)},
			like + "2.3 times as common after 8 hours or more of sitting. Allowing for chance and for the runs in your diary, the true figure could be anywhere from 1.4 to 3.9 times."},
		{sitting.Subject(), Comparison{RelativeRisk: diary.Some(1.02), CILow: diary.Some(0.51), CIHigh: diary.Some(12.4)},
			like + "about as common after 8 hours or more of sitting. Allowing for chance and for the runs in your diary, the true figure could be anywhere from 0.51 to 12 times: a range that includes 1, no difference at all."},
		{stretch.Subject(), Comparison{RelativeRisk: diary.Some(0.19), CILow: diary.Some(0.06), CIHigh: diary.Some(0.57)},
			like + "81% less common (0.19 times as common) after stretching before bed. Allowing for chance and for the runs in your diary, the true figure could be anywhere from 0.06 to 0.57 times."},
		// An end just above 1 keeps the side of 1 it lies on: 1.049 is 1.05, not 1.0.
		{sitting.Subject(), Comparison{RelativeRisk: diary.Some(1.41), CILow: diary.Some(1.049), CIHigh: diary.Some(1.90)},
			like + "1.4 times as common after 8 hours or more of sitting. Allowing for chance and for the runs in your diary, the true figure could be anywhere from 1.05 to 1.9 times."},
		{sitting.Subject(), Comparison{RelativeRisk: diary.Some(2.0)}, ""},
		{sitting.Subject(), Comparison{}, ""},
	}
	for _, tt := range ratios {
		if got := RatioSentence(tt.s, tt.c); got != tt.want {
			t.Errorf("RatioSentence(%v) = %q\nwant %q", tt.c.RelativeRisk, got, tt.want)
		}
	}
}

func TestVerdictSentence(t *testing.T) {
	alcohol, _ := FactorByID("alcohol")
	s := alcohol.Subject()
	tests := []struct {
		c    Comparison
		want string
	}{
		{Comparison{Verdict: VerdictMoreCramps}, "In your diary, alcohol goes with more cramps."},
		{Comparison{Verdict: VerdictFewerCramps}, "In your diary, alcohol goes with fewer cramps."},
		{Comparison{Verdict: VerdictNoClearLink, Reasons: []Reason{}}, "Your diary shows no clear link between alcohol and cramps so far."},
		{Comparison{Verdict: VerdictNoClearLink, RelativeRisk: diary.Some(2.5), Reasons: []Reason{ReasonUnstable}},
			"Your diary shows no clear link between alcohol and cramps so far, although the numbers lean towards more cramps: the earlier and later halves of your diary lean different ways."},
		{Comparison{Verdict: VerdictNotEnoughData, Missing: []Missing{{ShortWithoutNights, 0, 7, 9}}},
			"Not enough nights yet to judge alcohol: about 9 more nights after a day without alcohol."},
		{Comparison{Verdict: VerdictNotEnoughData, Missing: []Missing{{ShortKnownNights, 20, 28, 8}, {ShortWithNights, 6, 7, 1}}},
			"Not enough nights yet to judge alcohol: about 8 more nights that record both alcohol and whether there were cramps (20 of 28 so far); about 1 more night after a day with alcohol."},
	}
	for _, tt := range tests {
		if got := VerdictSentence(s, tt.c); got != tt.want {
			t.Errorf("VerdictSentence(%s) = %q\nwant %q", tt.c.Verdict, got, tt.want)
		}
	}
	med := MedicationResult{Name: "furosemide"}
	for _, tt := range []struct {
		c    Comparison
		want string
	}{
		{Comparison{Verdict: VerdictMoreAfter}, "In your diary, starting furosemide was followed by more cramps. " + BeforeAfterCaveat},
		{Comparison{Verdict: VerdictNoClearChange, RelativeRisk: diary.Some(0.4), Reasons: []Reason{ReasonBadSpellBefore}},
			"Your diary shows no clear change in cramps after starting furosemide, although the numbers lean towards fewer cramps: the 4 weeks before the start had far more cramp nights than the nights before them, and bad spells often pass by themselves, so the drop cannot be put down to the medicine. " + BeforeAfterCaveat},
	} {
		if got := VerdictSentence(med.Subject(), tt.c); got != tt.want {
			t.Errorf("medication VerdictSentence = %q\nwant %q", got, tt.want)
		}
	}
}

func TestSettleSentence(t *testing.T) {
	// ln 2 = 0.693; the interval 1.2–3.33 has half-width ln(2.777)/2 = 0.5107:
	// 40·(0.5107/0.693)² = 21.7 nights would do, already fewer than 40.
	c := Comparison{WithNights: 20, WithoutNights: 20, RelativeRisk: diary.Some(2.0), CILow: diary.Some(1.2), CIHigh: diary.Some(2 / 0.6)}
	if n, ok := c.NightsToSettle(); !ok || n != 0 {
		t.Errorf("settled already: %d %v", n, ok)
	}
	// RR 1.5 with 0.75–3.0: half-width ln 4/2 = 0.693 against ln 1.5 = 0.405:
	// 40·(0.6931/0.4055)² = 116.9, so 77 more.
	c = Comparison{WithNights: 20, WithoutNights: 20, RelativeRisk: diary.Some(1.5), CILow: diary.Some(0.75), CIHigh: diary.Some(3.0)}
	if n, ok := c.NightsToSettle(); !ok || n != 77 {
		t.Errorf("RR 1.5: %d %v; want 77", n, ok)
	}
	if got, want := SettleSentence(c), "If the pattern held, about 77 more nights with both recorded could tell whether it is more than chance."; got != want {
		t.Errorf("SettleSentence = %q\nwant %q", got, want)
	}
	c.RelativeRisk = diary.Some(1.0)
	if _, ok := c.NightsToSettle(); ok {
		t.Error("RR 1 settles")
	}
	if got := SettleSentence(c); !strings.Contains(got, "close") {
		t.Errorf("SettleSentence at RR 1 = %q", got)
	}
}

func TestMissingSentence(t *testing.T) {
	alcohol, _ := FactorByID("alcohol")
	s := alcohol.Subject()
	tests := []struct {
		m    Missing
		want string
	}{
		{Missing{ShortCrampNights, 3, 5, 2}, "only 3 of these nights had cramps, and at least 5 are needed"},
		{Missing{ShortCrampFreeNights, 4, 5, 1}, "only 4 of these nights were free of cramps, and at least 5 are needed"},
		{Missing{ShortCrampNights, 0, 5, 5}, "none of these nights had cramps, and at least 5 are needed"},
		{Missing{ShortCrampFreeNights, 0, 5, 5}, "none of these nights were free of cramps, and at least 5 are needed"},
		{Missing{ShortEffectiveN, 7.6, 20, 66}, "these nights come in runs, so they count as only about 8 separate nights, and 20 are needed (about 66 more nights)"},
		{Missing{ShortRatio, 0, 1, -1}, "the cramp-night rates of like nights cannot be compared yet"},
		{Missing{ShortStartDate, 0, 1, 0}, "the profile has no start date for it"},
		{Missing{ShortStartInDiary, 0, 1, 0}, "it was not started within the nights of your diary, so there is nothing to compare before and after"},
		{Missing{ShortNightsBeforeStart, 1, 14, 13}, "your diary has 1 night in the 4 weeks before the start, and 14 are needed"},
		{Missing{ShortNightsAfterStart, 10, 14, 4}, "about 4 more nights after the start (10 of 14 so far)"},
	}
	for _, tt := range tests {
		if got := MissingSentence(s, tt.m); got != tt.want {
			t.Errorf("MissingSentence(%v) = %q\nwant %q", tt.m, got, tt.want)
		}
	}
}

func TestTrialHabitFor(t *testing.T) {
	habits := []string{"stretched", "legs_elevated", "massage", "knees_supported", "tight_blankets", "alcohol", "late_caffeine", "magnesium"}
	for _, f := range Catalog() {
		h, ok := TrialHabitFor(f.ID)
		if want := slices.Contains(habits, f.ID); ok != want || ok && h != f.ID {
			t.Errorf("TrialHabitFor(%s) = %q, %v", f.ID, h, ok)
		}
	}
}

// TestSentencesUseTheTable checks, over many diaries, that every number in
// a numbers or reactive sentence comes from the table (counts and their
// percentages), and that no sentence makes a causal claim.
func TestSentencesUseTheTable(t *testing.T) {
	number := regexp.MustCompile(`\d+(\.\d+)?`)
	pct := func(k, n int) string { return strconv.Itoa(int(math.Round(100 * float64(k) / float64(n)))) }
	for seed := range uint64(30) {
		p, nights := anSeededDiary(seed, 20+int(seed)*13)
		a := Analyze(nights, p, Options{})
		for i, f := range Catalog() {
			r := a.Factors[i]
			s := f.Subject()
			sentence := NumbersSentence(s, r.Comparison)
			allowed := map[string]bool{}
			for _, v := range []int{r.WithNights, r.WithCrampNights, r.WithoutNights, r.WithoutCrampNights} {
				allowed[strconv.Itoa(v)] = true
			}
			if r.WithNights > 0 {
				allowed[pct(r.WithCrampNights, r.WithNights)] = true
			}
			if r.WithoutNights > 0 {
				allowed[pct(r.WithoutCrampNights, r.WithoutNights)] = true
			}
			// The subject's own words carry the rule's numbers ("8 hours"): take them out.
			bare := strings.ReplaceAll(strings.ReplaceAll(sentence, s.With, ""), s.Without, "")
			for _, n := range number.FindAllString(bare, -1) {
				if !allowed[n] {
					t.Errorf("seed %d, %s: %q holds %s, not from the table %+v", seed, f.ID, sentence, n, r.Comparison)
				}
			}
			re := r.Reactive
			reactive := ReactiveSentence(s, f.ID, re)
			if re.Reactive {
				allowed := map[string]bool{pct(re.ExposedAfterCramp, re.AfterCrampNights): true, pct(re.ExposedAfterQuiet, re.AfterQuietNights): true}
				for _, v := range []int{re.ExposedAfterCramp, re.AfterCrampNights, re.ExposedAfterQuiet, re.AfterQuietNights} {
					allowed[strconv.Itoa(v)] = true
				}
				bare := strings.ReplaceAll(reactive, s.Did, "")
				for _, n := range number.FindAllString(bare, -1) {
					if !allowed[n] {
						t.Errorf("seed %d, %s: %q holds %s, not from %+v", seed, f.ID, reactive, n, re)
					}
				}
			}
			all := []string{sentence, RatioSentence(s, r.Comparison), VerdictSentence(s, r.Comparison), reactive, SettleSentence(r.Comparison)}
			for _, m := range r.Missing {
				all = append(all, MissingSentence(s, m))
			}
			for _, text := range all {
				if forbiddenClaim.MatchString(text) {
					t.Errorf("causal wording: %q", text)
				}
			}
		}
		for _, m := range a.Medications {
			if text := VerdictSentence(m.Subject(), m.Comparison); forbiddenClaim.MatchString(text) {
				t.Errorf("causal wording: %q", text)
			}
		}
	}
}

// TestAnalyzeAlwaysMarshals runs Analyze on diaries from empty to a year,
// with windows that hold nothing, and checks the JSON always encodes (no
// NaN or infinity) with every factor present.
func TestAnalyzeAlwaysMarshals(t *testing.T) {
	for size := range 40 {
		p, nights := anSeededDiary(uint64(size), size*size/4)
		p.Medications = []diary.Medication{{Name: "x", Class: diary.ClassDiuretic, Started: diary.Some(diary.NewDate(2025, 1, 1).AddDays(size * 2))}}
		for _, opts := range []Options{{}, {From: diary.Some(diary.NewDate(2030, 1, 1))}, {To: diary.Some(diary.NewDate(2025, 1, 3))}} {
			a := Analyze(nights, p, opts)
			if _, err := json.Marshal(a); err != nil {
				t.Fatalf("size %d, %+v: %v", size, opts, err)
			}
			if len(a.Factors) != len(Catalog()) || len(a.Medications) != 1 {
				t.Fatalf("size %d: %d factors, %d medications", size, len(a.Factors), len(a.Medications))
			}
			for _, f := range a.Factors {
				if f.Verdict == VerdictNotEnoughData && len(f.Missing) == 0 || f.Verdict != VerdictNotEnoughData && len(f.Missing) > 0 {
					t.Errorf("size %d: %s is %s with missing %v", size, f.ID, f.Verdict, f.Missing)
				}
			}
		}
	}
}

func TestVerdictLabelAndPattern(t *testing.T) {
	for _, tc := range []struct {
		v       Verdict
		label   string
		pattern bool
	}{
		{VerdictNotEnoughData, "not enough data yet", false},
		{VerdictNoClearLink, "no clear link", false},
		{VerdictMoreCramps, "more cramps", true},
		{VerdictFewerCramps, "fewer cramps", true},
		{VerdictNoClearChange, "no clear change", false},
		{VerdictMoreAfter, "more after start", true},
		{VerdictFewerAfter, "fewer after start", true},
	} {
		if got := tc.v.Label(); got != tc.label {
			t.Errorf("%s.Label() = %q, want %q", tc.v, got, tc.label)
		}
		if got := tc.v.Pattern(); got != tc.pattern {
			t.Errorf("%s.Pattern() = %v, want %v", tc.v, got, tc.pattern)
		}
	}
}
