package insights

import (
	"encoding/json"
	"flag"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/demo"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/insights/stats"
	"github.com/crampsdiary/cramps/internal/goldenfile"
)

// anUpdate rewrites the golden files of testdata/analysis (go test -update).
var anUpdate = flag.Bool("update", false, "rewrite the golden files in testdata")

// anWantRel checks a value to 1e-9 relative.
func anWantRel(t *testing.T, name string, got diary.Opt[float64], want float64) {
	t.Helper()
	v, ok := got.Get()
	if !ok || math.Abs(v-want) > 1e-9*math.Abs(want) {
		t.Errorf("%s = %v, want %.17g", name, got, want)
	}
}

// TestAnalyzeWorkedTables runs the two worked tables through
// Analyze: the crude figures of SPEC §7.1.
func TestAnalyzeWorkedTables(t *testing.T) {
	a := Analyze(vdTable(8, 4, 7, 21), diary.NewProfile(), Options{})
	f, _ := a.Factor("stretched")
	if f.WithNights != 12 || f.WithCrampNights != 8 || f.WithoutNights != 28 || f.WithoutCrampNights != 7 || f.Approximate {
		t.Fatalf("table = %+v", f.Comparison)
	}
	anWantRel(t, "crude_relative_risk", f.CrudeRelativeRisk, 2.6666666666666665)
	anWantRel(t, "crude_ci_low", f.CrudeCILow, 1.2520181025295263)
	anWantRel(t, "crude_ci_high", f.CrudeCIHigh, 5.679719084527702)
	anWantRel(t, "risk_difference", f.RiskDifference, 0.4166666666666667)
	anWantRel(t, "rd_low", f.RDLow, 0.08516452155238191)
	anWantRel(t, "rd_high", f.RDHigh, 0.6475239552544455)
	anWantRel(t, "with_rate_low", f.WithRateLow, 0.39062208887279953)
	anWantRel(t, "without_rate_high", f.WithoutRateHigh, 0.4335567031899896)

	a = Analyze(vdTable(0, 15, 8, 12), diary.NewProfile(), Options{})
	f, _ = a.Factor("stretched")
	if !f.Approximate {
		t.Error("zero cell not marked approximate")
	}
	anWantRel(t, "corrected crude_relative_risk", f.CrudeRelativeRisk, 0.07720588235294118)
	anWantRel(t, "corrected crude_ci_low", f.CrudeCILow, 0.00480403577695001)
	anWantRel(t, "corrected crude_ci_high", f.CrudeCIHigh, 1.240779325269837)
	anWantRel(t, "rd_low", f.RDLow, -0.6134184992377469)
	anWantRel(t, "rd_high", f.RDHigh, -0.1272373318211646)
	// No stretched cramp night: the Mantel–Haenszel ratio is undefined, so
	// nothing is judged.
	if f.RelativeRisk.Known() || f.CILow.Known() || f.Verdict != VerdictNotEnoughData {
		t.Errorf("zero cell: relative_risk %v, ci_low %v, verdict %s; want null, null, not_enough_data", f.RelativeRisk, f.CILow, f.Verdict)
	}
}

// anSpecKeys are the factor keys of the SPEC §7.5 example.
var anSpecKeys = []string{"id", "kind", "evidence", "with_nights", "with_cramp_nights", "without_nights",
	"without_cramp_nights", "crude_relative_risk", "crude_ci_low", "crude_ci_high", "approximate",
	"risk_difference", "rd_low", "rd_high", "relative_risk", "ci_low", "ci_high", "statistic", "variance",
	"p_value", "q_value", "variance_inflation", "effective_n", "reactive", "unstable", "verdict", "reasons"}

// anGoneKeys are the keys of the first version that SPEC §7.5 removed.
var anGoneKeys = []string{"exposure_autocorrelation", "outcome_autocorrelation", "time_trend",
	"adjusted_ci_low", "adjusted_ci_high", "halves"}

// TestAnalyzeJSONShape checks every factor is present with every key of the
// SPEC example, lists are [] and undefined numbers null, on an empty diary
// and on a small one.
func TestAnalyzeJSONShape(t *testing.T) {
	for name, nights := range map[string][]diary.Night{"empty": nil, "small": anSmallDiary()} {
		a := Analyze(nights, anSmallProfile(), Options{})
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var top map[string]json.RawMessage
		if err := json.Unmarshal(b, &top); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"nights", "cramp_nights", "from", "to", "tests", "factors", "medications", "red_flags", "background"} {
			if _, ok := top[k]; !ok {
				t.Errorf("%s: top-level key %q missing", name, k)
			}
		}
		for _, k := range []string{"medications", "red_flags", "background", "factors"} {
			if string(top[k]) == "null" {
				t.Errorf("%s: %s is null, want a list", name, k)
			}
		}
		var factors []map[string]json.RawMessage
		if err := json.Unmarshal(top["factors"], &factors); err != nil {
			t.Fatal(err)
		}
		if len(factors) != len(Catalog()) {
			t.Fatalf("%s: %d factors, want %d", name, len(factors), len(Catalog()))
		}
		for i, f := range factors {
			for _, k := range anSpecKeys {
				if _, ok := f[k]; !ok {
					t.Errorf("%s: factor %d lacks %q", name, i, k)
				}
			}
			if string(f["id"]) != `"`+Catalog()[i].ID+`"` {
				t.Errorf("%s: factor %d is %s, want %s", name, i, f["id"], Catalog()[i].ID)
			}
			for _, k := range anGoneKeys {
				if _, ok := f[k]; ok {
					t.Errorf("%s: factor %d still has %q", name, i, k)
				}
			}
			if string(f["reasons"]) == "null" || string(f["missing"]) == "null" {
				t.Errorf("%s: %s has null reasons or missing", name, f["id"])
			}
		}
		if name == "empty" {
			if string(top["from"]) != "null" || string(top["nights"]) != "0" {
				t.Errorf("empty: from %s, nights %s", top["from"], top["nights"])
			}
			for _, f := range a.Factors {
				if f.Verdict != VerdictNotEnoughData || f.RelativeRisk.Known() || f.PValue.Known() || f.QValue.Known() {
					t.Errorf("empty: %s = %s rr %v p %v q %v", f.ID, f.Verdict, f.RelativeRisk, f.PValue, f.QValue)
				}
			}
			for _, k := range []string{"relative_risk", "ci_low", "statistic", "variance", "p_value", "effective_n"} {
				if string(factors[0][k]) != "null" {
					t.Errorf("empty: undefined %s is %s, want null", k, factors[0][k])
				}
			}
		}
	}
}

// anSmallProfile is the profile of the golden diary: a diuretic started
// half-way, a statin from before, age, sex and two conditions.
func anSmallProfile() diary.Profile {
	p := diary.NewProfile()
	p.BirthYear = diary.Some(1958)
	p.Sex = diary.SexFemale
	p.Conditions = []diary.Condition{diary.ConditionHypertension, diary.ConditionOther}
	p.Medications = []diary.Medication{
		{Name: "furosemide", Class: diary.ClassDiuretic, Started: diary.Some(diary.NewDate(2026, 3, 19))},
		{Name: "simvastatin", Class: diary.ClassStatin, Started: diary.Some(diary.NewDate(2020, 1, 1))},
	}
	return p
}

// anSmallDiary is the golden diary: 40 evenings from 2026-03-01 with a gap,
// a night whose cramps were not recorded, a night of unknown duration, and
// exposures set by fixed arithmetic (no randomness).
func anSmallDiary() []diary.Night {
	start := diary.NewDate(2026, 3, 1)
	var out []diary.Night
	for i := range 40 {
		if i == 12 || i == 13 {
			continue // two nights not logged
		}
		n := diary.Night{Date: start.AddDays(i)}
		d := &n.Day
		d.WaterML = diary.Some(1000 + 250*(i*7%5))
		d.CaffeineServings = diary.Some(i % 4)
		if i%4 > 0 {
			d.LastCaffeine = diary.Some(diary.NewClock(10+i%8, 0))
		}
		d.AlcoholDrinks = diary.Some(i % 3 / 2)
		d.ExerciseIntensity = diary.Intensities[i%4]
		d.ExerciseMin = diary.Some(15 * (i % 4))
		d.SittingH = diary.Some(5 + float64(i%7)*0.75)
		d.Stress = diary.Some(1 + i%5)
		d.Stretched = diary.Some(i%3 == 0)
		d.Supplements = []diary.Supplement{}
		if i%5 == 0 {
			d.Supplements = []diary.Supplement{diary.SupplementMagnesium}
		}
		if i%9 != 4 {
			n.Position.ToesPointed = diary.Some(i%2 == 0)
		}
		cramp := (i*5)%7 < 3 || d.SittingH.Or(0) >= 8 && i%2 == 1
		if d.Stretched.Or(false) && i%2 == 0 {
			cramp = false
		}
		switch {
		case i == 20:
			// cramps not recorded
		case cramp:
			e := diary.Episode{Muscle: diary.MuscleCalf, DurationS: diary.Some(60 + 30*(i%6)), Intensity: diary.Some(3 + i%6)}
			if i == 25 {
				e.DurationS = diary.Opt[int]{}
			}
			n.Episodes = []diary.Episode{e}
		default:
			n.Episodes = []diary.Episode{}
		}
		out = append(out, n)
	}
	return out
}

// TestAnalyzeGolden pins the whole JSON of Analyze on the small diary.
func TestAnalyzeGolden(t *testing.T) {
	a := Analyze(anSmallDiary(), anSmallProfile(), Options{})
	got, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	goldenfile.Check(t, filepath.Join("testdata", "analysis", "small.json.golden"), got, *anUpdate)
}

// TestAnalyzeWindowAndOrder checks From/To, unrecorded cramps, input order,
// duplicates and that the input is left alone.
func TestAnalyzeWindowAndOrder(t *testing.T) {
	nights := anSmallDiary()
	p := anSmallProfile()
	before := make([]diary.Night, len(nights))
	for i := range nights {
		before[i] = nights[i].Clone()
	}
	base := Analyze(nights, p, Options{})
	for i := range nights {
		if !nights[i].Equal(before[i]) {
			t.Fatalf("Analyze changed night %s", nights[i].Date)
		}
	}
	// 38 logged, one without cramps recorded.
	if base.Nights != 37 || base.From != diary.Some(diary.NewDate(2026, 3, 1)) || base.To != diary.Some(diary.NewDate(2026, 4, 9)) {
		t.Errorf("nights %d from %v to %v; want 37, 2026-03-01, 2026-04-09", base.Nights, base.From, base.To)
	}

	shuffled := slices.Clone(nights)
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	if got := Analyze(shuffled, p, Options{}); !reflect.DeepEqual(got, base) {
		t.Error("Analyze of shuffled nights differs")
	}

	// A date given twice: the later entry counts.
	dup := slices.Clone(nights)
	replaced := nights[5].Clone()
	replaced.Episodes = []diary.Episode{{DurationS: diary.Some(600), Intensity: diary.Some(9)}}
	dup = append(dup, replaced)
	a := Analyze(dup, p, Options{})
	wantCramps := base.CrampNights
	if !nights[5].CrampNight() {
		wantCramps++
	}
	if a.Nights != base.Nights || a.CrampNights != wantCramps {
		t.Errorf("duplicate: nights %d cramp %d; want %d %d", a.Nights, a.CrampNights, base.Nights, wantCramps)
	}

	from, to := diary.NewDate(2026, 3, 10), diary.NewDate(2026, 3, 31)
	w := Analyze(nights, p, Options{From: diary.Some(from), To: diary.Some(to)})
	count := 0
	for _, n := range nights {
		if n.Date >= from && n.Date <= to && n.CrampsKnown() {
			count++
		}
	}
	if w.Nights != count || w.From != diary.Some(from) || w.To != diary.Some(to) {
		t.Errorf("window: nights %d from %v to %v; want %d", w.Nights, w.From, w.To, count)
	}
	for _, f := range w.Factors {
		if f.KnownNights() > count {
			t.Errorf("window: %s counts %d nights of %d", f.ID, f.KnownNights(), count)
		}
	}
	// The red flags are checked as of To, over every night up to it.
	if want := redflags.Check(nights, p, to); !reflect.DeepEqual(w.RedFlags, want) {
		t.Errorf("window red flags = %+v; want %+v", w.RedFlags, want)
	}
	if want := redflags.Check(nights, p, nights[len(nights)-1].Date); !reflect.DeepEqual(base.RedFlags, want) {
		t.Errorf("red flags = %+v; want %+v", base.RedFlags, want)
	}
}

// TestAnalyzeMatchesGeneralStatistics checks the one-pass, count-based
// figures of Analyze against the general functions of package stats, built
// the slow and obvious way from the nights.
func TestAnalyzeMatchesGeneralStatistics(t *testing.T) {
	for _, seed := range []uint64{42, 7, 1234} {
		anMatchGeneral(t, seed)
	}
}

func anMatchGeneral(t *testing.T, seed uint64) {
	p, nights := anSeededDiary(seed, 400)
	a := Analyze(nights, p, Options{})
	close := func(name string, got diary.Opt[float64], want float64, ok bool) {
		t.Helper()
		v, gok := got.Get()
		if gok != ok || ok && math.Abs(v-want) > 1e-9*max(1, math.Abs(want)) {
			t.Errorf("%s = %v; general %v, %v", name, got, want, ok)
		}
	}
	tested := 0
	for fi, f := range Catalog() {
		r := a.Factors[fi]
		var with, without, painWith, painWithout []float64
		for _, n := range nights {
			e, known := f.Exposure(&n, &p)
			if !n.CrampsKnown() || !known {
				continue
			}
			if n.CrampNight() {
				m := float64(n.CrampSeconds()) / 60
				pain := float64(n.WorstPain().Or(-1))
				if e {
					with, painWith = append(with, m), append(painWith, pain)
				} else {
					without, painWithout = append(without, m), append(painWithout, pain)
				}
			}
		}
		if r.QValue.Known() {
			want := anStratifiedTest(f, p, nights)
			close(f.ID+" statistic", r.Statistic, want.s, true)
			close(f.ID+" variance", r.Variance, want.v, true)
			close(f.ID+" relative_risk", r.RelativeRisk, want.rr, true)
			close(f.ID+" variance_inflation", r.VarianceInflation, want.k, true)
			close(f.ID+" ci_low", r.CILow, want.lo, true)
			close(f.ID+" ci_high", r.CIHigh, want.hi, true)
			closeP := func(name string, got diary.Opt[float64], want float64) {
				t.Helper()
				// Simpson's rule is good to about 1e-10 absolute here.
				if v, ok := got.Get(); !ok || math.Abs(v-want) > 1e-8 {
					t.Errorf("%s = %v; second computation %v", name, got, want)
				}
			}
			closeP(f.ID+" p_value", r.PValue, want.p)
			close(f.ID+" reactive ratio", r.Reactive.Ratio, want.reactiveRatio, true)
			closeP(f.ID+" reactive p", r.Reactive.PValue, want.reactiveP)
			if r.Unstable != want.unstable {
				t.Errorf("%s unstable %v, second computation %v", f.ID, r.Unstable, want.unstable)
			}
			tested++
		}
		mw, okm := stats.MannWhitney(with, without)
		close(f.ID+" minutes p", r.Severity.MinutesPValue, mw.P, okm)
		med, okmed := stats.Median(with)
		close(f.ID+" median minutes with", r.Severity.MedianMinutesWith, med, okmed)
		mwp, okp := stats.MannWhitney(painWith, painWithout)
		close(f.ID+" pain p", r.Severity.PainPValue, mwp.P, okp)
		if f.Input != "" {
			var in, out []float64
			for _, n := range nights {
				v, ok := f.Input.Value(&n)
				if n.CrampsKnown() && ok {
					in = append(in, v)
					out = append(out, float64(n.CrampSeconds())/60)
				}
			}
			rho, ok := stats.Spearman(in, out)
			close(f.ID+" dose rho", r.DoseResponse.Rho, rho, ok)
			if r.DoseResponse.Nights != len(in) {
				t.Errorf("%s dose nights = %d, want %d", f.ID, r.DoseResponse.Nights, len(in))
			}
		}
	}
	if tested != len(Catalog()) {
		t.Errorf("%d factors checked against the second computation, want all %d", tested, len(Catalog()))
	}
}

// anStratified is the test of SPEC §7.2 written the slow and obvious way,
// straight from the text, as a second computation: the figures of one
// factor over nights in date order (one per date).
type anStratified struct {
	s, v, rr, varLog, vmh, k, p, lo, hi float64
	n, g                                int
	reactiveRatio, reactiveP            float64
	unstable                            bool
}

func anStratifiedTest(f Factor, p diary.Profile, nights []diary.Night) anStratified {
	type night struct {
		known, xKnown, x, y bool
	}
	recorded := map[diary.Date]diary.Night{}
	var first, last diary.Date
	for _, n := range nights {
		if !n.CrampsKnown() {
			continue
		}
		if len(recorded) == 0 {
			first = n.Date
		}
		last = n.Date
		recorded[n.Date] = n
	}
	L := last.DaysSince(first) + 1
	cal := make([]night, L)
	for t := range L {
		n, ok := recorded[first.AddDays(t)]
		if !ok {
			continue
		}
		e, known := f.Exposure(&n, &p)
		cal[t] = night{known: true, xKnown: known, x: e, y: n.CrampNight()}
	}
	ind := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	type cell struct{ n, n1, m1, a float64 }
	strata := map[int]*cell{}
	stratum := func(t int) int {
		prev := 2
		if t > 0 && cal[t-1].known {
			prev = int(ind(cal[t-1].y))
		}
		wd := first.AddDays(t).Weekday()
		h := 0
		if 2*t >= L {
			h = 1
		}
		return h*100 + prev*10 + int(ind(wd == 5 || wd == 6))
	}
	var K []int
	for t := range L {
		if !cal[t].known || !cal[t].xKnown {
			continue
		}
		K = append(K, t)
		c := strata[stratum(t)]
		if c == nil {
			c = &cell{}
			strata[stratum(t)] = c
		}
		c.n++
		c.n1 += ind(cal[t].x)
		c.m1 += ind(cal[t].y)
		c.a += ind(cal[t].x && cal[t].y)
	}
	var out anStratified
	out.n, out.g = len(K), len(strata)
	N := len(K)
	xr, er := make([]float64, N), make([]float64, N)
	for i, t := range K {
		c := strata[stratum(t)]
		xr[i] = ind(cal[t].x) - c.n1/c.n
		er[i] = ind(cal[t].y) - c.m1/c.n
		out.s += xr[i] * er[i]
	}
	sum := 0.0
	for h := range N {
		sh := 0.0
		for i := range N {
			sh += xr[(i+h)%N] * er[i]
		}
		sum += sh * sh
	}
	out.v = sum / float64(N) * float64(N) / float64(N-out.g)
	var R, S, P float64
	var halfR, halfS [2]float64
	for key, c := range strata {
		n0, m0, cc := c.n-c.n1, c.n-c.m1, c.m1-c.a
		R += c.a * n0 / c.n
		S += cc * c.n1 / c.n
		halfR[key/100] += c.a * n0 / c.n
		halfS[key/100] += cc * c.n1 / c.n
		P += (c.m1*c.n1*n0 - c.a*cc*c.n) / (c.n * c.n)
		if c.n >= 2 {
			out.vmh += c.n1 * n0 * c.m1 * m0 / (c.n * c.n * (c.n - 1))
		}
	}
	sign := func(a, b float64) int {
		switch {
		case a > b:
			return 1
		case a < b:
			return -1
		}
		return 0
	}
	out.unstable = sign(halfR[0], halfS[0]) != sign(halfR[1], halfS[1])
	out.rr, out.varLog = R/S, P/(R*S)
	out.k = max(1, out.v/out.vmh)
	w := stats.Z95 * math.Sqrt(out.varLog*out.k)
	out.lo, out.hi = out.rr*math.Exp(-w), out.rr*math.Exp(w)
	df := max(1, float64(N)/out.k-float64(out.g))
	z := out.s / math.Sqrt(out.v)
	// The t tail by numerical integration of the density, a different route
	// from the incomplete beta.
	out.p = anStudentTail(math.Abs(z), df) * 2

	// Reactive: the three strata of yesterday's exposure.
	var rs [3]cell
	for _, t := range K {
		if t == 0 || !cal[t-1].known {
			continue
		}
		j := 2
		if cal[t-1].xKnown {
			j = int(ind(cal[t-1].x))
		}
		c := &rs[j]
		c.n++
		c.n1 += ind(cal[t-1].y)
		c.m1 += ind(cal[t].x)
		c.a += ind(cal[t-1].y && cal[t].x)
	}
	var rR, rS, obs, exp, vv float64
	for _, c := range rs {
		if c.n == 0 {
			continue
		}
		rR += c.a * (c.n - c.n1) / c.n
		rS += (c.m1 - c.a) * c.n1 / c.n
		obs += c.a
		exp += c.n1 * c.m1 / c.n
		if c.n >= 2 {
			vv += c.n1 * (c.n - c.n1) * c.m1 * (c.n - c.m1) / (c.n * c.n * (c.n - 1))
		}
	}
	out.reactiveRatio = rR / rS
	out.reactiveP = math.Erfc(math.Abs(obs-exp) / math.Sqrt(vv) / math.Sqrt2)
	return out
}

// anStudentTail is P(T > t) for Student's t on df degrees of freedom, by
// Simpson's rule on the density over [t, t + 2000] with the substitution
// u = 1/(1 + x) that makes the tail finite.
func anStudentTail(t, df float64) float64 {
	lg1, _ := math.Lgamma((df + 1) / 2)
	lg2, _ := math.Lgamma(df / 2)
	c := math.Exp(lg1-lg2) / math.Sqrt(df*math.Pi)
	density := func(x float64) float64 { return c * math.Pow(1+x*x/df, -(df+1)/2) }
	// x = t + (1−u)/u for u in (0, 1], dx = du/u².
	g := func(u float64) float64 {
		if u == 0 {
			return 0
		}
		x := t + (1-u)/u
		return density(x) / (u * u)
	}
	const steps = 200000
	h := 1.0 / steps
	sum := g(0) + g(1)
	for i := 1; i < steps; i++ {
		w := 2.0
		if i%2 == 1 {
			w = 4
		}
		sum += w * g(float64(i)*h)
	}
	return sum * h / 3
}

func anIndicator(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// anSeededDiary is a small seeded diary for property tests: every day field
// drawn, some left out, gaps in the calendar, every duration known.
func anSeededDiary(seed uint64, days int) (diary.Profile, []diary.Night) {
	rng := rand.New(rand.NewPCG(seed, 99))
	p := diary.NewProfile()
	start := diary.NewDate(2025, 1, 1)
	var out []diary.Night
	for i := range days {
		if rng.IntN(10) == 0 {
			continue
		}
		n := diary.Night{Date: start.AddDays(i)}
		d := &n.Day
		maybe := func() bool { return rng.IntN(12) > 0 }
		if maybe() {
			d.WaterML = diary.Some(250 * rng.IntN(12))
		}
		if maybe() {
			d.CaffeineServings = diary.Some(rng.IntN(5))
			d.LastCaffeine = diary.Some(diary.Clock(rng.IntN(diary.MinutesPerDay)))
		}
		if maybe() {
			d.AlcoholDrinks = diary.Some(rng.IntN(3))
		}
		if maybe() {
			d.ExerciseIntensity = diary.Intensities[rng.IntN(4)]
			d.ExerciseMin = diary.Some(10 * rng.IntN(9))
		}
		if maybe() {
			d.SittingH = diary.Some(float64(rng.IntN(25)) / 2)
		}
		if maybe() {
			d.StandingH = diary.Some(float64(rng.IntN(17)) / 2)
		}
		if maybe() {
			d.Stress = diary.Some(1 + rng.IntN(5))
		}
		for _, b := range []*diary.Opt[bool]{&d.HeavySweating, &d.Stretched, &d.LegsElevated, &d.Massage,
			&n.Position.ToesPointed, &n.Position.TightBlankets, &n.Position.LegsCurled, &n.Position.KneesSupported} {
			if maybe() {
				*b = diary.Some(rng.IntN(3) == 0)
			}
		}
		if maybe() {
			d.Supplements = []diary.Supplement{}
			if rng.IntN(3) == 0 {
				d.Supplements = append(d.Supplements, diary.Supplements[rng.IntN(5)])
			}
		}
		if rng.IntN(20) > 0 {
			n.Episodes = []diary.Episode{}
			chance := 0.25 + 0.2*anIndicator(d.SittingH.Or(0) >= 8)
			for rng.Float64() < chance && len(n.Episodes) < 3 {
				n.Episodes = append(n.Episodes, diary.Episode{DurationS: diary.Some(10 + rng.IntN(600)), Intensity: diary.Some(rng.IntN(11))})
				chance = 0.3
			}
		}
		out = append(out, n)
	}
	return p, out
}

// BenchmarkAnalyze3650 times the full insights on ten years of nights (SPEC
// §10: under 5 ms).
func BenchmarkAnalyze3650(b *testing.B) {
	p, nights := demo.Generate(demo.DefaultSeed, diary.NewDate(2026, 11, 21), 3650/7+1)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := anCPUTime()
	for b.Loop() {
		Analyze(nights, p, Options{})
	}
	// On a shared machine wall time says more about the neighbours than
	// about Analyze: the CPU time spent per analysis bounds the wall time
	// on an idle machine from above (the work runs on up to two cores).
	b.ReportMetric(float64(anCPUTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(len(nights)), "nights")
}

// TestAnalyzeDemo checks Analyze on the demo diary (seed fixed): the planted
// effects lean their way, and nothing is claimed about the noise.
func TestAnalyzeDemo(t *testing.T) {
	last := diary.NewDate(2026, 11, 21)
	plantedMore := map[string]bool{"long_sitting": true, "low_water": true, "stretched": false}
	for _, weeks := range []int{demo.DefaultWeeks, 52} {
		p, nights := demo.Generate(demo.DefaultSeed, last, weeks)
		a := Analyze(nights, p, Options{})
		for _, f := range a.Factors {
			more, ok := plantedMore[f.ID]
			if !ok {
				if f.Verdict.Pattern() {
					t.Errorf("%d weeks: noise factor %s claimed %s (q %v)", weeks, f.ID, f.Verdict, f.QValue)
				}
				continue
			}
			rr, _ := f.RelativeRisk.Get()
			if more != (rr > 1) {
				t.Errorf("%d weeks: %s has RR %v; want leaning more = %v", weeks, f.ID, rr, more)
			}
		}
		if weeks == 52 {
			// A year is enough for firm verdicts on all three.
			for id, want := range map[string]Verdict{"long_sitting": VerdictMoreCramps, "low_water": VerdictMoreCramps, "stretched": VerdictFewerCramps} {
				if f, _ := a.Factor(id); f.Verdict != want {
					t.Errorf("52 weeks: %s = %s %v, want %s", id, f.Verdict, f.Reasons, want)
				}
			}
		}
		i := slices.IndexFunc(a.Medications, func(m MedicationResult) bool { return m.Class == diary.ClassDiuretic })
		if i < 0 {
			t.Fatalf("%d weeks: no diuretic among %+v", weeks, a.Medications)
		}
		m := a.Medications[i]
		if !m.Tested || m.RelativeRisk.Or(0) <= 1 {
			t.Errorf("%d weeks: diuretic start tested %v, RR %v; want tested, RR > 1", weeks, m.Tested, m.RelativeRisk)
		}
	}
}

// TestDoseRankerMatchesRanks checks both ways of ranking an input, counting
// and sorting, against stats.Ranks.
func TestDoseRankerMatchesRanks(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	kinds := map[string]func() float64{
		"whole":   func() float64 { return float64(rng.IntN(8)) },
		"quarter": func() float64 { return float64(rng.IntN(97)) / 4 },
		"any":     func() float64 { return math.Round(rng.Float64()*240) / 10 },
		"wide":    func() float64 { return float64(rng.IntN(1 << 20)) },
		"mixed":   func() float64 { return float64(rng.IntN(5)) - 0.3*float64(rng.IntN(2)) },
	}
	var rk doseRanker
	for name, draw := range kinds {
		for trial := range 50 {
			n := rng.IntN(60)
			value, has, rank := make([]float64, n), make([]bool, n), make([]float64, n)
			var kept []float64
			for i := range value {
				value[i], has[i] = draw(), rng.IntN(4) > 0
				if has[i] {
					kept = append(kept, value[i])
				}
			}
			rk.rank(value, has, rank)
			want := stats.Ranks(kept)
			j := 0
			for i := range value {
				if has[i] {
					if rank[i] != want[j] {
						t.Fatalf("%s trial %d: rank of %v = %v, want %v", name, trial, value[i], rank[i], want[j])
					}
					j++
				}
			}
		}
	}
}

// anCPUTime returns the CPU time the process has used, user and system.
func anCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
