package stats

import "math"

// Wilson returns the Wilson score 95% interval for x successes in n trials.
// It is undefined (ok false) when n is 0 or x is outside [0, n].
func Wilson(x, n int) (low, high float64, ok bool) {
	if n <= 0 || x < 0 || x > n {
		return 0, 0, false
	}
	fx, fn := float64(x), float64(n)
	z2 := Z95 * Z95
	centre := (fx + z2/2) / (fn + z2)
	half := Z95 / (fn + z2) * math.Sqrt(fx*(fn-fx)/fn+z2/4)
	// Rounding can push the ends a hair outside [0, 1] at x = 0 or x = n.
	return max(0, centre-half), min(1, centre+half), true
}

// Table is a 2×2 table of nights: A exposed with the outcome, B exposed
// without it, C unexposed with it, D unexposed without it.
type Table struct {
	A, B, C, D int
}

// Exposed returns the number of exposed nights, A+B.
func (t Table) Exposed() int { return t.A + t.B }

// Unexposed returns the number of unexposed nights, C+D.
func (t Table) Unexposed() int { return t.C + t.D }

// N returns the number of nights in the table.
func (t Table) N() int { return t.A + t.B + t.C + t.D }

// valid reports whether no cell is negative.
func (t Table) valid() bool { return t.A >= 0 && t.B >= 0 && t.C >= 0 && t.D >= 0 }

// Ratio is a relative risk with its Katz 95% interval.
type Ratio struct {
	Value, Low, High float64
	// SELog is the standard error of log(Value), which callers widen to
	// allow for dependence between nights.
	SELog float64
	// Approximate is set when a cell was zero and 0.5 was added to every cell.
	Approximate bool
}

// zeroCellCorrection is added to every cell when one is zero, so the log
// ratio and its standard error exist (the usual Haldane–Anscombe correction).
const zeroCellCorrection = 0.5

// RelativeRisk returns the risk in the exposed over the risk in the unexposed,
// (A/(A+B)) / (C/(C+D)), with the Katz log interval. When any cell is zero,
// 0.5 is added to all four and the result is marked approximate. It is
// undefined when a row is empty or when neither row has the outcome (0/0).
func RelativeRisk(t Table) (Ratio, bool) {
	if !t.valid() || t.Exposed() == 0 || t.Unexposed() == 0 || t.A+t.C == 0 {
		return Ratio{}, false
	}
	a, b, c, d := float64(t.A), float64(t.B), float64(t.C), float64(t.D)
	approx := t.A == 0 || t.B == 0 || t.C == 0 || t.D == 0
	if approx {
		a, b, c, d = a+zeroCellCorrection, b+zeroCellCorrection, c+zeroCellCorrection, d+zeroCellCorrection
	}
	rr := (a / (a + b)) / (c / (c + d))
	se := math.Sqrt(1/a - 1/(a+b) + 1/c - 1/(c+d))
	return Ratio{
		Value:       rr,
		Low:         rr * math.Exp(-Z95*se),
		High:        rr * math.Exp(Z95*se),
		SELog:       se,
		Approximate: approx,
	}, true
}

// Widened returns the interval exp(log Value ± Z95·SELog·√k): the Katz
// interval widened for a variance inflation k.
func (r Ratio) Widened(k float64) (low, high float64) {
	w := Z95 * r.SELog * math.Sqrt(k)
	return r.Value * math.Exp(-w), r.Value * math.Exp(w)
}

// Difference is a risk difference with its 95% interval.
type Difference struct {
	Value, Low, High float64
}

// RiskDifference returns A/(A+B) − C/(C+D) with Newcombe's hybrid Wilson
// score interval (method 10 of Newcombe, Stat Med 1998). It is undefined when
// a row is empty.
func RiskDifference(t Table) (Difference, bool) {
	l1, u1, ok1 := Wilson(t.A, t.Exposed())
	l0, u0, ok0 := Wilson(t.C, t.Unexposed())
	if !t.valid() || !ok1 || !ok0 {
		return Difference{}, false
	}
	p1 := float64(t.A) / float64(t.Exposed())
	p0 := float64(t.C) / float64(t.Unexposed())
	rd := p1 - p0
	return Difference{
		Value: rd,
		Low:   rd - math.Sqrt((p1-l1)*(p1-l1)+(u0-p0)*(u0-p0)),
		High:  rd + math.Sqrt((u1-p1)*(u1-p1)+(p0-l0)*(p0-l0)),
	}, true
}
