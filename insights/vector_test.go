package insights

import (
	"math"
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/stats"
)

// The worked vector of SPEC §7.2 (issue 9): 40 calendar nights from Monday
// 5 January 2026 (t = 0 … 39, L = 40, first half t < 20), with only
// stretching recorded. y is the outcome (1 cramp night, 0 none, ? cramps not
// recorded, - no night at all), x the exposure (? not recorded):
//
//	t  0         1         2         3
//	   0123456789012345678901234567890123456789
//	y  0110101001101-1111010100000?101000010010
//	x  10111001?0101-11110001100000101100001001
//
// Night 13 is missing, night 27's cramps are unknown, night 8's stretching is
// unknown. K is the other 37 nights: N = 37. Weekend nights (Friday,
// Saturday) are t ≡ 4, 5 (mod 7). The previous night's outcome is unknown at
// t = 0, 14 (after the missing night) and 28 (after the unknown one); night 9
// follows night 8, whose outcome is known (0) though its exposure is not.
//
// Strata (s = half·6 + previous·2 + weekend; previous 0 none, 1 cramp, 2
// unknown) with N, n1, m1, a, and the residuals x̃ (exposed / not) and ẽ
// (cramp / none) they give:
//
//	s  0: N 3 n1 0 m1 3 a 0   x̃ –/0      ẽ 0/–
//	s  1: N 3 n1 2 m1 3 a 2   x̃ 1/3,−2/3 ẽ 0/–
//	s  2: N 7 n1 7 m1 5 a 5   x̃ 0/–      ẽ 2/7,−5/7
//	s  3: N 3 n1 0 m1 0 a 0   x̃ –/0      ẽ –/0
//	s  4: N 2 n1 2 m1 1 a 1   x̃ 0/–      ẽ 1/2,−1/2
//	s  6: N 8 n1 2 m1 4 a 2   x̃ 3/4,−1/4 ẽ 1/2,−1/2
//	s  7: N 4 n1 0 m1 0 a 0   x̃ –/0      ẽ –/0
//	s  8: N 5 n1 3 m1 0 a 0   x̃ 2/5,−3/5 ẽ –/0
//	s  9: N 1 n1 1 m1 0 a 0   x̃ 0/–      ẽ –/0
//	s 10: N 1 n1 1 m1 1 a 1   x̃ 0/–      ẽ 0/–
//
// G = 10. Only strata 1 and 6 have both residuals non-zero on some night:
// S = Σ x̃ẽ = 0 (s 1, ẽ = 0) + s 6: two exposed cramp nights 2·(3/4·1/2),
// two unexposed cramp nights 2·(−1/4·1/2), four unexposed quiet nights
// 4·(−1/4·−1/2) = 3/4 − 1/4 + 1/2 = 1.
//
// Rotations (K in date order, gaps closed; Sₕ = Σᵢ x̃_{k(i+h mod 37)} ẽ_{kᵢ}):
//
//	840·Sₕ = 840, 619, −378, −409, −212, −316, −211, −374, −102, 184, 545, 109,
//	        −642, 77, 847, 656, −451, −184, 654, −318, −919, 620, −407, −50,
//	        219, −12, −285, −505, −187, 1252, −279, −174, 1017, 132, −246,
//	        −305, −805
//
// Σ Sₕ² = 4879279/352800, V_rot = Σ/37 = 4879279/13053600,
// V = V_rot·37/27 = 4879279/9525600 (≈ 0.51223).
//
// Mantel–Haenszel: Σ aₛn0ₛ/Nₛ = 2·1/3 (s 1) + 2·6/8 (s 6) + 0 = 13/6;
// Σ cₛn1ₛ/Nₛ = 1·2/3 (s 1) + 2·2/8 (s 6) = 7/6 … plus s 2 (c 0), s 4 (c 0):
// R = 13/6, S = 7/6, RR = 13/7. Greenland–Robins: Σ (m1n1n0 − acN)/N² =
// s 1 (3·2·1 − 2·1·3)/9 = 0, s 6 (4·2·6 − 2·2·8)/64 = 16/64 = 1/4; others 0:
// P = 1/4, var ln RR = (1/4)/((13/6)(7/6)) = 9/91.
// V_MH = Σ n1n0m1m0/(N²(N−1)) over Nₛ ≥ 2: s 6 gives 2·6·4·4/(64·7) = 3/7,
// every other stratum has a zero margin: V_MH = 3/7.
// k = V/V_MH = 4879279/4082400 (≈ 1.19520); N/k = 151048800/4879279 (≈ 30.957);
// df = N/k − 10 = 102256010/4879279.
// z = 1/√V = 1.397231423525152748617…, p = I_{df/(df+z²)}(df/2, 1/2) =
// 0.176963161882524440393… (mpmath, 50 digits).
// Interval exp(ln(13/7) ± 1.959963984540054·√(9/91·k)) =
// 0.946656220271386071824…, 3.643328505091305566569….
//
// Halves: first half (s < 6) R = 2/3 (s 1), S = 2/3 (s 1): even; the second
// half R = 3/2, S = 1/2 leans more. The directions differ: unstable.
//
// Reactive (nights of K with the previous outcome known, strata by the
// previous night's stretching; "exposed row" = a cramp last night, outcome =
// stretched tonight):
//
//	previous not stretched: N 18, n1 6, m1 8, a 5
//	previous stretched:     N 15, n1 10, m1 7, a 6
//	previous unknown (t 9): N 1, n1 0, m1 0, a 0
//
// R = 5·12/18 + 6·5/15 = 16/3, S = 3·6/18 + 1·10/15 = 5/3, ratio 16/5;
// Σa = 11, E = 6·8/18 + 10·7/15 = 22/3, V = 6·12·8·10/(324·17) +
// 10·5·7·8/(225·14) = 160/153 + 8/9 = 296/153; χ² = (11 − 22/3)²/(296/153) =
// 2057/296, p = erfc(√(2057/592)) = 0.008385089723121724219…: reactive.
// Plain shares: after a cramp night 11 of 16 stretched, after a quiet one 4 of 18.
//
// Crude table: 11 of 18 stretched nights were cramp nights, 6 of 19 others.
// With stretching the only test, q = p = 0.177 > 0.03: no_clear_link.
func vectorDiary() []diary.Night {
	const ys = "0110101001101-1111010100000?101000010010"
	const xs = "10111001?0101-11110001100000101100001001"
	start := diary.NewDate(2026, 1, 5)
	var out []diary.Night
	for t := range len(ys) {
		if ys[t] == '-' {
			continue
		}
		n := diary.Night{Date: start.AddDays(t)}
		switch ys[t] {
		case '0':
			n.Episodes = []diary.Episode{}
		case '1':
			n.Episodes = []diary.Episode{{DurationS: diary.Some(120), Intensity: diary.Some(5)}}
		}
		if xs[t] != '?' {
			n.Day.Stretched = diary.Some(xs[t] == '1')
		}
		out = append(out, n)
	}
	return out
}

func TestWorkedVector(t *testing.T) {
	nights := vectorDiary()
	near := func(name string, got, want float64) {
		t.Helper()
		if math.IsNaN(got) || math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
			t.Errorf("%s = %.17g, want %.17g", name, got, want)
		}
	}
	opt := func(name string, got diary.Opt[float64], want float64) {
		t.Helper()
		v, ok := got.Get()
		if !ok {
			t.Errorf("%s is null, want %.17g", name, want)
			return
		}
		near(name, v, want)
	}

	// The strata, from the test itself.
	fr, window := newNightFrame(diary.InDateOrder(nights), Options{})
	cat := Catalog()
	cols, _ := exposureColumns(cat, window, &diary.Profile{})
	f := -1
	for i := range cat {
		if cat[i].ID == "stretched" {
			f = i
		}
	}
	n := len(window)
	col := cols[f*n : (f+1)*n]
	var sc testScratch
	test := fr.stratifiedTest(col, fr.stratum, factorStrata, &sc)
	st := func(n, n1, m1, a int) stats.Stratum { return stats.Stratum{N: n, N1: n1, M1: m1, A: a} }
	want := [factorStrata]stats.Stratum{
		0: st(3, 0, 3, 0), 1: st(3, 2, 3, 2), 2: st(7, 7, 5, 5), 3: st(3, 0, 0, 0), 4: st(2, 2, 1, 1),
		6: st(8, 2, 4, 2), 7: st(4, 0, 0, 0), 8: st(5, 3, 0, 0), 9: st(1, 1, 0, 0), 10: st(1, 1, 1, 1),
	}
	if sc.strata != want {
		t.Errorf("strata %v\nwant   %v", sc.strata, want)
	}
	if test.n != 37 || test.g != 10 {
		t.Errorf("N %d, G %d; want 37, 10", test.n, test.g)
	}
	_, res := fr.prepareTest(col, fr.stratum, factorStrata, &sc)
	near("Σ Sₕ²", sc.rot.SumSquares(res.x, res.e), 4879279.0/352800)
	near("V_MH", test.mh.NullVariance, 3.0/7)
	near("df", test.df, 102256010.0/4879279)
	near("z", test.z, 1.397231423525152748617683897918068615060342515158)

	a := Analyze(nights, diary.NewProfile(), Options{})
	r, _ := a.Factor("stretched")
	if r.WithNights != 18 || r.WithCrampNights != 11 || r.WithoutNights != 19 || r.WithoutCrampNights != 6 {
		t.Errorf("table %d/%d against %d/%d; want 11/18 against 6/19", r.WithCrampNights, r.WithNights, r.WithoutCrampNights, r.WithoutNights)
	}
	opt("statistic", r.Statistic, 1)
	opt("variance", r.Variance, 4879279.0/9525600)
	opt("variance_inflation", r.VarianceInflation, 4879279.0/4082400)
	opt("effective_n", r.EffectiveN, 151048800.0/4879279)
	opt("relative_risk", r.RelativeRisk, 13.0/7)
	opt("p_value", r.PValue, 0.17696316188252444039322933674861113528580448514364)
	opt("q_value", r.QValue, 0.17696316188252444039322933674861113528580448514364)
	opt("ci_low", r.CILow, 0.94665622027138607182474109897618754965127691140549)
	opt("ci_high", r.CIHigh, 3.6433285050913055665695782902225504796344013119845)
	opt("reactive ratio", r.Reactive.Ratio, 16.0/5)
	opt("reactive p", r.Reactive.PValue, 0.0083850897231217242196530543935672293042295418380611)
	if !r.Reactive.Reactive || r.Reactive.AfterCrampNights != 16 || r.Reactive.ExposedAfterCramp != 11 ||
		r.Reactive.AfterQuietNights != 18 || r.Reactive.ExposedAfterQuiet != 4 {
		t.Errorf("reactive %+v; want reactive, 11 of 16 after a cramp, 4 of 18 after a quiet night", r.Reactive)
	}
	if !r.Unstable {
		t.Error("not unstable; the first half is even and the second leans more")
	}
	if a.Tests != 1 || r.Verdict != VerdictNoClearLink || len(r.Reasons) != 0 {
		t.Errorf("%d tests, verdict %s %v; want 1 test, no_clear_link without reasons", a.Tests, r.Verdict, r.Reasons)
	}
	s := Catalog()[f].Subject()
	if got, want := ReactiveSentence(s, "stretched", r.Reactive),
		"You stretched before bed on 69% of nights after a cramp night (11 of 16) and on 22% after a quiet night (4 of 18), "+
			"so the diary cannot tell what stretching before bed does; a self-experiment can."; got != want {
		t.Errorf("ReactiveSentence = %q\nwant %q", got, want)
	}
	if got := TrialOffer("stretched"); !strings.HasPrefix(got, "`cramps trial start stretched` tests it") {
		t.Errorf("TrialOffer = %q", got)
	}
	if got := TrialOffer("high_stress"); got != "" {
		t.Errorf("TrialOffer(high_stress) = %q, want none", got)
	}
}
