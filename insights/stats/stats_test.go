package stats

import (
	"math"
	"testing"
)

// relTol is the relative tolerance of the worked vectors (issue #4).
const relTol = 1e-9

func closeRel(got, want float64) bool {
	if want == 0 {
		return math.Abs(got) <= 1e-15
	}
	return math.Abs(got-want) <= relTol*math.Abs(want)
}

func wantRel(t *testing.T, name string, got, want float64) {
	t.Helper()
	if !closeRel(got, want) {
		t.Errorf("%s = %.17g, want %.17g", name, got, want)
	}
}

func TestWilson(t *testing.T) {
	tests := []struct {
		x, n      int
		low, high float64
	}{
		{8, 12, 0.39062208887, 0.86187990891},
		{7, 28, 0.12676494919, 0.43355670319},
	}
	for _, tt := range tests {
		low, high, ok := Wilson(tt.x, tt.n)
		if !ok || math.Abs(low-tt.low) > 1e-9 || math.Abs(high-tt.high) > 1e-9 {
			t.Errorf("Wilson(%d, %d) = %.12f, %.12f, %v; want %.11f, %.11f", tt.x, tt.n, low, high, ok, tt.low, tt.high)
		}
	}
	// The ends: 0 of n starts at exactly 0, n of n ends at exactly 1.
	if low, _, ok := Wilson(0, 10); !ok || low != 0 {
		t.Errorf("Wilson(0, 10) low = %v, %v; want 0", low, ok)
	}
	if _, high, ok := Wilson(10, 10); !ok || high != 1 {
		t.Errorf("Wilson(10, 10) high = %v, %v; want 1", high, ok)
	}
	for _, bad := range [][2]int{{0, 0}, {3, 2}, {-1, 4}} {
		if _, _, ok := Wilson(bad[0], bad[1]); ok {
			t.Errorf("Wilson(%d, %d) defined; want undefined", bad[0], bad[1])
		}
	}
}

func TestRelativeRisk(t *testing.T) {
	r, ok := RelativeRisk(Table{8, 4, 7, 21})
	if !ok || r.Approximate {
		t.Fatalf("RelativeRisk(8,4,7,21) = %+v, %v", r, ok)
	}
	wantRel(t, "RR", r.Value, 2.6666666666666665)
	wantRel(t, "Katz low", r.Low, 1.2520181025295263)
	wantRel(t, "Katz high", r.High, 5.679719084527702)

	r, ok = RelativeRisk(Table{0, 15, 8, 12})
	if !ok || !r.Approximate {
		t.Fatalf("RelativeRisk(0,15,8,12) = %+v, %v; want approximate", r, ok)
	}
	wantRel(t, "corrected RR", r.Value, 0.07720588235294118)
	wantRel(t, "corrected Katz low", r.Low, 0.00480403577695001)
	wantRel(t, "corrected Katz high", r.High, 1.240779325269837)

	// Widening by k = 1 leaves the interval; by k = 4 doubles its log half-width.
	r, _ = RelativeRisk(Table{8, 4, 7, 21})
	lo, hi := r.Widened(1)
	wantRel(t, "widened(1) low", lo, r.Low)
	wantRel(t, "widened(1) high", hi, r.High)
	lo, hi = r.Widened(4)
	wantRel(t, "widened(4) low", lo, r.Value*math.Pow(r.Low/r.Value, 2))
	wantRel(t, "widened(4) high", hi, r.Value*math.Pow(r.High/r.Value, 2))

	for _, tb := range []Table{{0, 0, 3, 4}, {3, 4, 0, 0}, {0, 5, 0, 6}, {-1, 2, 3, 4}} {
		if _, ok := RelativeRisk(tb); ok {
			t.Errorf("RelativeRisk(%+v) defined; want undefined", tb)
		}
	}
}

func TestRiskDifference(t *testing.T) {
	d, ok := RiskDifference(Table{8, 4, 7, 21})
	if !ok {
		t.Fatal("RiskDifference(8,4,7,21) undefined")
	}
	wantRel(t, "RD", d.Value, 0.4166666666666667)
	wantRel(t, "Newcombe low", d.Low, 0.08516452155238191)
	wantRel(t, "Newcombe high", d.High, 0.6475239552544455)

	d, ok = RiskDifference(Table{0, 15, 8, 12})
	if !ok {
		t.Fatal("RiskDifference(0,15,8,12) undefined")
	}
	wantRel(t, "RD zero cell", d.Value, -0.4)
	wantRel(t, "Newcombe low zero cell", d.Low, -0.6134184992377469)
	wantRel(t, "Newcombe high zero cell", d.High, -0.1272373318211646)

	if _, ok := RiskDifference(Table{0, 0, 1, 1}); ok {
		t.Error("RiskDifference with an empty row defined; want undefined")
	}
}

func TestFisherExact(t *testing.T) {
	// Vectors beyond the two were computed with exact rational
	// arithmetic (Python fractions, math.comb) and the same 1e-7 tolerance.
	tests := []struct {
		tb   Table
		want float64
	}{
		{Table{8, 4, 7, 21}, 0.029696685369310957},
		{Table{0, 15, 8, 12}, 0.005625680345957778},
		{Table{3, 3, 3, 3}, 1},
		{Table{10, 0, 0, 10}, 1.082508822446903e-05},
		{Table{1, 9, 11, 3}, 0.0027594561852200836},
		{Table{2, 5, 5, 2}, 0.28613053613053613},
		{Table{50, 70, 30, 150}, 2.433163158701151e-06},
		{Table{40, 160, 200, 800}, 1},
		{Table{300, 900, 600, 1850}, 0.7437616220083684},
		{Table{120, 300, 400, 2830}, 3.8138791321083734e-16},
		{Table{1, 1, 1, 3000}, 0.0013317794796808787},
	}
	for _, tt := range tests {
		p, ok := FisherExact(tt.tb)
		if !ok || !closeRel(p, tt.want) {
			t.Errorf("FisherExact(%+v) = %.17g, %v; want %.17g", tt.tb, p, ok, tt.want)
		}
	}
	// A zero margin leaves one possible table: nothing is tested.
	for _, tb := range []Table{{0, 0, 5, 5}, {5, 5, 0, 0}, {0, 5, 0, 5}, {5, 0, 5, 0}, {}} {
		if p, ok := FisherExact(tb); ok {
			t.Errorf("FisherExact(%+v) = %v, defined; want undefined", tb, p)
		}
	}
}

func TestBenjaminiHochberg(t *testing.T) {
	p := []float64{0.004, 0.030, 0.020, 0.300, 0.045, 0.800, 0.029696685369310957, 0.005625680345957778}
	want := []float64{0.022502721383831113, 0.048, 0.048, 0.34285714285714286, 0.06, 0.8, 0.048, 0.022502721383831113}
	got := BenjaminiHochberg(p)
	for i := range want {
		wantRel(t, "q", got[i], want[i])
	}
	// Capped at 1, and an empty list stays empty.
	if q := BenjaminiHochberg([]float64{0.9, 0.95}); q[0] != 0.95 || q[1] != 0.95 {
		t.Errorf("BH(0.9, 0.95) = %v; want [0.95 0.95]", q)
	}
	if q := BenjaminiHochberg([]float64{1, 1, 0.7}); q[0] != 1 || q[1] != 1 || q[2] != 1 {
		t.Errorf("BH(1, 1, 0.7) = %v; want all 1", q)
	}
	if q := BenjaminiHochberg(nil); len(q) != 0 {
		t.Errorf("BH(nil) = %v", q)
	}
}

func TestMannWhitney(t *testing.T) {
	tests := []struct {
		x, y        []float64
		u, sigma, z float64
		p           float64
	}{
		{[]float64{5, 8, 12, 3, 10, 7}, []float64{2, 4, 3, 6, 1, 5, 2}, 37, 6.971094164200757, 2.223467311573332, 0.02618430522002842},
		// Heavy ties, X lower (exact rational arithmetic, then float).
		{[]float64{1, 1, 2, 2, 3}, []float64{1, 2, 2, 2, 3, 3, 3}, 11.5, 5.780059766913393, -0.951547254144926, 0.3413266425963499},
		// Identical groups: the continuity correction brings z to 0 and p to 1.
		{[]float64{1, 2}, []float64{1, 2}, 2, 1.1547005383792515, 0, 1},
	}
	for _, tt := range tests {
		r, ok := MannWhitney(tt.x, tt.y)
		if !ok {
			t.Errorf("MannWhitney(%v, %v) undefined", tt.x, tt.y)
			continue
		}
		wantRel(t, "U", r.U, tt.u)
		wantRel(t, "sigma", r.Sigma, tt.sigma)
		wantRel(t, "z", r.Z, tt.z)
		wantRel(t, "p", r.P, tt.p)
	}
	for _, tt := range [][2][]float64{{nil, {1, 2}}, {{1, 2}, nil}, {{4, 4}, {4, 4, 4}}} {
		if r, ok := MannWhitney(tt[0], tt[1]); ok {
			t.Errorf("MannWhitney(%v, %v) = %+v, defined; want undefined", tt[0], tt[1], r)
		}
	}
}

func TestRanks(t *testing.T) {
	got := Ranks([]float64{3, 1, 4, 1, 5, 9, 2, 6, 5})
	want := []float64{4, 1.5, 5, 1.5, 6.5, 9, 3, 8, 6.5}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Ranks = %v; want %v", got, want)
		}
	}
}

func TestSpearman(t *testing.T) {
	tests := []struct {
		name string
		x, y []float64
		want float64
	}{
		// Ties in both: ρ = (149/4)/√(3239/2) exactly.
		{"ties", []float64{1, 2, 2, 3, 4, 4, 4, 5}, []float64{2, 1, 3, 3, 5, 4, 4, 6}, (149.0 / 4) / math.Sqrt(3239.0/2)},
		{"perfect negative", []float64{10, 20, 30, 40, 50}, []float64{5, 4, 3, 2, 1}, -1},
		// A yes/no exposure against the day index: ρ = −5/√4950 exactly.
		{"binary against day", []float64{1, 1, 1, 0, 0, 0, 1, 0, 1, 1}, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, -5 / math.Sqrt(4950)},
	}
	for _, tt := range tests {
		got, ok := Spearman(tt.x, tt.y)
		if !ok {
			t.Errorf("%s: undefined", tt.name)
			continue
		}
		wantRel(t, tt.name, got, tt.want)
	}
	for _, bad := range [][2][]float64{{{1, 1, 1}, {1, 2, 3}}, {{1}, {2}}, {{1, 2}, {1, 2, 3}}, {nil, nil}} {
		if r, ok := Spearman(bad[0], bad[1]); ok {
			t.Errorf("Spearman(%v, %v) = %v, defined; want undefined", bad[0], bad[1], r)
		}
	}
}

func TestCorrelationP(t *testing.T) {
	// Closed forms of Student's t: 1 df, p = 1 − (2/π)·atan|t|; 2 df, p = 1 − |t|/√(2+t²).
	tests := []struct {
		rho  float64
		n    int
		want float64
	}{
		{0.5, 3, 1 - 2/math.Pi*math.Atan(0.5*math.Sqrt(1/0.75))},
		{0.8, 4, 0.19999999999999996},
		{0, 10, 1},
		{-1, 10, 0},
	}
	for _, tt := range tests {
		got, ok := CorrelationP(tt.rho, tt.n)
		if !ok || !closeRel(got, tt.want) {
			t.Errorf("CorrelationP(%v, %d) = %.17g, %v; want %.17g", tt.rho, tt.n, got, ok, tt.want)
		}
	}
	if _, ok := CorrelationP(0.5, 2); ok {
		t.Error("CorrelationP with 2 pairs defined; want undefined")
	}
	if _, ok := CorrelationP(math.NaN(), 20); ok {
		t.Error("CorrelationP(NaN) defined; want undefined")
	}
}

func TestMedian(t *testing.T) {
	if m, ok := Median([]float64{5, 1, 3}); !ok || m != 3 {
		t.Errorf("Median odd = %v, %v", m, ok)
	}
	x := []float64{4, 1, 3, 2}
	if m, ok := Median(x); !ok || m != 2.5 {
		t.Errorf("Median even = %v, %v", m, ok)
	}
	if x[0] != 4 {
		t.Error("Median changed its input")
	}
	if _, ok := Median(nil); ok {
		t.Error("Median(nil) defined")
	}
}

func TestLag1Autocorrelation(t *testing.T) {
	all := func(n int) []bool {
		f := make([]bool, n)
		for i := range f {
			f[i] = true
		}
		return f
	}
	x := []float64{1, 0, 1, 1, 0, 0, 1, 1, 1, 0}
	tests := []struct {
		name    string
		x       []float64
		follows []bool
		want    float64
	}{
		// Exact rationals: −3/20 without gaps; −51/140 with two pairs broken.
		{"no gaps", x, all(10), -3.0 / 20},
		{"gaps", x, []bool{true, true, true, false, true, true, true, false, true, true}, -51.0 / 140},
		{"alternating", []float64{1, 0, 1, 0, 1, 0}, all(6), -5.0 / 6},
		{"smooth", []float64{1, 2, 3, 4, 5}, all(5), 0.4},
	}
	for _, tt := range tests {
		got, ok := Lag1Autocorrelation(tt.x, tt.follows)
		if !ok {
			t.Errorf("%s: undefined", tt.name)
			continue
		}
		wantRel(t, tt.name, got, tt.want)
	}
	undefined := []struct {
		name    string
		x       []float64
		follows []bool
	}{
		{"constant", []float64{1, 1, 1, 1}, all(4)},
		{"no pairs", []float64{1, 0, 1}, []bool{true, false, false}},
		{"one value", []float64{1}, all(1)},
		{"length mismatch", []float64{1, 0, 1}, all(2)},
	}
	for _, tt := range undefined {
		if r, ok := Lag1Autocorrelation(tt.x, tt.follows); ok {
			t.Errorf("%s: = %v, defined; want undefined", tt.name, r)
		}
	}
}

func TestVarianceInflation(t *testing.T) {
	tests := []struct{ rx, ry, k float64 }{
		{0.5, 0.4, 1.2 / 0.8},
		{0.3, -0.6, 1},
		{0, 0.9, 1},
		{-0.5, -0.5, 1.25 / 0.75},
	}
	for _, tt := range tests {
		wantRel(t, "k", VarianceInflation(tt.rx, tt.ry), tt.k)
	}
	if k := VarianceInflation(1, 1); !math.IsInf(k, 1) {
		t.Errorf("VarianceInflation(1, 1) = %v; want +Inf", k)
	}
	wantRel(t, "EffectiveN", EffectiveN(120, 1.5), 80)
	if n := EffectiveN(120, math.Inf(1)); n != 0 {
		t.Errorf("EffectiveN(120, Inf) = %v; want 0", n)
	}
}
