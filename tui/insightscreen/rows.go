package insightscreen

import (
	"cmp"
	"math"
	"slices"
	"strconv"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/tui/screen"
)

// row is one line of the table: a catalog factor or a medication start,
// with its cells written once per analysis, so a key never waits on them.
type row struct {
	id   string
	name string // the short name of the table
	// short is a medication row's name without "Started", for a column too
	// narrow for the whole of it; "" for a factor.
	short string
	// factor is the catalog entry of a factor row; med the result of a
	// medication row (nil for a factor).
	factor insights.Factor
	med    *insights.MedicationResult
	cmp    insights.Comparison
	// reactive is whether a factor follows the cramps (SPEC §7.2).
	reactive insights.Reactive
	// order is where the row came in the analysis: the catalog order, then
	// the profile's medications; the sort's last tie-break.
	order int

	with, without string // "19/27 70%", "–" when there are no nights
	ratio         string // "2.3 (1.5–3.5)", "≈" before it when approximate
	q, effN       string // the q-value and the effective sample, "" when none
}

// nameCell is the row's name in the table's columns: a medication's own
// name alone when some "Started …" would be cut (issue 11.13).
func (r *row) nameCell(c *columns) string {
	if r.short != "" && c.medShort {
		return r.short
	}
	return r.name
}

// subject returns the words of the row's sentences.
func (r *row) subject() insights.Subject {
	if r.med != nil {
		return r.med.Subject()
	}
	return r.factor.Subject()
}

// evidence returns the row's grade of published evidence.
func (r *row) evidence() insights.Evidence {
	if r.med != nil {
		return r.med.Evidence
	}
	return r.factor.Evidence
}

// result is one analysis of the diary and the sorted table made from it.
type result struct {
	analysis insights.Analysis
	rows     []row
	// logged counts every night of the diary; the analysis counts only those
	// whose cramps are recorded, so the title says "106 of 107 nights" where
	// History says 107.
	logged int
}

// analyzedMsg carries the result of the analysis of generation gen.
type analyzedMsg struct {
	gen int
	res *result
}

// analyze runs the analysis of data in a command: on ten years of nights it
// takes a few milliseconds, too long for a keypress.
func analyze(gen int, data *screen.Data) tea.Cmd {
	return func() tea.Msg {
		res := newResult(insights.Analyze(data.Nights, data.Profile, insights.Options{}))
		res.logged = len(data.Nights)
		return analyzedMsg{gen: gen, res: res}
	}
}

// newResult builds the table of an analysis, sorted (see sortRows).
func newResult(a insights.Analysis) *result {
	res := &result{analysis: a, rows: make([]row, 0, len(a.Factors)+len(a.Medications))}
	for i, f := range a.Factors {
		fac, ok := insights.FactorByID(f.ID)
		if !ok {
			continue // a factor the catalog no longer has: nothing to say about it
		}
		r := newRow(f.ID, shortName(fac), fac, nil, f.Comparison, i)
		r.reactive = f.Reactive
		res.rows = append(res.rows, r)
	}
	for i := range a.Medications {
		m := &a.Medications[i]
		r := newRow(m.ID, "Started "+m.Name, insights.Factor{}, m, m.Comparison, len(a.Factors)+i)
		r.short = upperFirst(m.Name)
		res.rows = append(res.rows, r)
	}
	sortRows(res.rows)
	return res
}

func newRow(id, name string, fac insights.Factor, med *insights.MedicationResult, c insights.Comparison, order int) row {
	r := row{id: id, name: name, factor: fac, med: med, cmp: c, order: order,
		with: countCell(c.WithCrampNights, c.WithNights), without: countCell(c.WithoutCrampNights, c.WithoutNights)}
	if rr, ok := c.RelativeRisk.Get(); ok {
		r.ratio = ratioNumber(rr) + " (" + ratioNumber(c.CILow.Or(rr)) + "–" + ratioNumber(c.CIHigh.Or(rr)) + ")"
	}
	if q, ok := c.QValue.Get(); ok {
		r.q = pWords(q)
	}
	if n, ok := c.EffectiveN.Get(); ok && c.KnownNights() > 0 {
		r.effN = strconv.FormatFloat(n, 'f', 0, 64)
	}
	return r
}

// ratioNumber writes a ratio for a table cell: "2.3", "0.19", "0.06", "12".
func ratioNumber(v float64) string {
	switch {
	case v >= 10:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 1.1, v == 1:
		return strconv.FormatFloat(v, 'f', 1, 64)
	case v > 1:
		// 1.05 is not 1.0: near 1, the side of it an end lies on shows.
		return strconv.FormatFloat(v, 'f', 2, 64)
	case v < 0.01:
		return "<0.01"
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// countCell writes k of n nights as "19/27 70%", or "–" when n is 0.
func countCell(k, n int) string {
	if n == 0 {
		return "–"
	}
	return words.Count(k) + "/" + words.Count(n) + " " + words.Percent(float64(k)/float64(n))
}

// The groups of the sort, what matters first.
const (
	groupPattern   = iota // more_cramps, fewer_cramps, more_after, fewer_after
	groupNoLink           // no_clear_link, no_clear_change
	groupTooFew           // not_enough_data that more nights can settle
	groupNoCompare        // not_enough_data that more nights cannot settle (a medicine started outside the diary)
)

// group returns the sort group of a row.
func (r *row) group() int {
	switch r.cmp.Verdict {
	case insights.VerdictMoreCramps, insights.VerdictFewerCramps, insights.VerdictMoreAfter, insights.VerdictFewerAfter:
		return groupPattern
	case insights.VerdictNoClearLink, insights.VerdictNoClearChange:
		return groupNoLink
	}
	for _, m := range r.cmp.Missing {
		switch m.What {
		case insights.ShortStartDate, insights.ShortStartInDiary, insights.ShortNightsBeforeStart:
			return groupNoCompare
		}
	}
	return groupTooFew
}

// nightsShort is how many more nights a not_enough_data row asks for: the
// largest of its shortfalls, as they can be met by the same nights.
func (r *row) nightsShort() int {
	most := 0
	for _, m := range r.cmp.Missing {
		most = max(most, m.More)
	}
	return most
}

// strength is how far the ratio is from 1 on a log scale; 0 when undefined.
func (r *row) strength() float64 {
	rr, ok := r.cmp.RelativeRisk.Get()
	if !ok || rr <= 0 {
		return 0
	}
	return math.Abs(math.Log(rr))
}

// sortRows puts what matters on top:
//  1. patterns (more or fewer cramps), then no clear link, then not enough data — nights the diary can still
//     gather before those it cannot (a medicine started before the diary);
//  2. within a verdict group that was tested, the smaller q-value first (the
//     diary's case is stronger), then the ratio farther from 1;
//  3. within not enough data, the fewest more nights needed first;
//  4. then the catalog's order, factors before medications.
func sortRows(rows []row) {
	slices.SortStableFunc(rows, func(a, b row) int {
		if c := cmp.Compare(a.group(), b.group()); c != 0 {
			return c
		}
		if a.group() <= groupNoLink {
			qa, oka := a.cmp.QValue.Get()
			qb, okb := b.cmp.QValue.Get()
			switch {
			case oka && !okb:
				return -1
			case !oka && okb:
				return 1
			case oka && okb && qa != qb:
				return cmp.Compare(qa, qb)
			}
			if c := cmp.Compare(b.strength(), a.strength()); c != 0 {
				return c
			}
		} else if c := cmp.Compare(a.nightsShort(), b.nightsShort()); c != 0 {
			return c
		}
		return cmp.Compare(a.order, b.order)
	})
}

// shortName is the factor's name for a table cell, where the catalog's
// names ("Taking potassium, calcium or electrolytes") are too long.
func shortName(f insights.Factor) string {
	switch f.ID {
	case "low_water":
		return "Low water"
	case "high_caffeine":
		return "Much caffeine"
	case "late_caffeine":
		return "Late caffeine"
	case "alcohol":
		return "Alcohol"
	case "strenuous_exercise":
		return "Hard exercise"
	case "inactive_day":
		return "No exercise"
	case "long_sitting":
		return "Long sitting"
	case "long_standing":
		return "Long standing"
	case "heavy_sweating":
		return "Heavy sweating"
	case "high_stress":
		return "High stress"
	case "toes_pointed":
		return "Toes pointed"
	case "tight_blankets":
		return "Tight covers"
	case "legs_curled":
		return "Legs curled"
	case "stretched":
		return "Stretching"
	case "magnesium":
		return "Magnesium"
	case "electrolytes":
		return "Electrolytes"
	case "vitamin_b":
		return "Vitamin B"
	case "legs_elevated":
		return "Legs raised"
	case "massage":
		return "Leg massage"
	case "knees_supported":
		return "Knee pillow"
	}
	return f.Name
}
