package insights

import (
	"math"
	"slices"
)

// Verdict is what the diary says about one factor or medication (SPEC §7.3,
// §7.4). There is no "maybe": a hint that may be chance is shown as the
// counts and the interval, never as a verdict.
type Verdict string

// The verdicts of a factor, then those of a medication start.
const (
	VerdictNotEnoughData Verdict = "not_enough_data"
	VerdictNoClearLink   Verdict = "no_clear_link"
	VerdictMoreCramps    Verdict = "more_cramps"
	VerdictFewerCramps   Verdict = "fewer_cramps"

	VerdictNoClearChange Verdict = "no_clear_change"
	VerdictMoreAfter     Verdict = "more_after"
	VerdictFewerAfter    Verdict = "fewer_after"
)

// Label is the verdict in a few words, for a table cell.
func (v Verdict) Label() string {
	switch v {
	case VerdictNoClearLink:
		return "no clear link"
	case VerdictMoreCramps:
		return "more cramps"
	case VerdictFewerCramps:
		return "fewer cramps"
	case VerdictNoClearChange:
		return "no clear change"
	case VerdictMoreAfter:
		return "more after start"
	case VerdictFewerAfter:
		return "fewer after start"
	}
	return "not enough data yet"
}

// Cell is the verdict in a table cell, the same on the screen and the
// command line. A "no clear link" whose interval stays clear of 1 says why,
// so that the interval and the word never seem to disagree: a habit the user
// mostly takes after a cramp night (reactive) "follows cramps"; one whose
// halves lean different ways has "halves differ"; one that fails only the
// check across all the comparisons of the run (q) "could be chance".
func (c Comparison) Cell(reactive bool) string {
	switch {
	case c.Verdict == VerdictNotEnoughData:
		return "not enough data"
	case c.Verdict == VerdictNoClearLink && reactive:
		return "follows cramps"
	case (c.Verdict == VerdictNoClearLink || c.Verdict == VerdictNoClearChange) && c.clearOfOne():
		if slices.Contains(c.Reasons, ReasonUnstable) {
			return "halves differ"
		}
		if slices.Contains(c.Reasons, ReasonBadSpellBefore) {
			return "after a bad spell"
		}
		return "could be chance"
	}
	return c.Verdict.Label()
}

// clearOfOne says whether the interval the verdict uses lies wholly on one
// side of a ratio of 1.
func (c Comparison) clearOfOne() bool {
	lo, okLo := c.CILow.Get()
	hi, okHi := c.CIHigh.Get()
	return okLo && okHi && (lo > 1 || hi < 1)
}

// Pattern reports whether the verdict claims a pattern.
func (v Verdict) Pattern() bool {
	return v == VerdictMoreCramps || v == VerdictFewerCramps || v == VerdictMoreAfter || v == VerdictFewerAfter
}

// More reports whether the verdict claims more cramps (with the factor, or
// after the start).
func (v Verdict) More() bool { return v == VerdictMoreCramps || v == VerdictMoreAfter }

// The thresholds of the verdict ladder (SPEC §7.3).
const (
	// MinKnownNights is the fewest nights, with cramps and the factor both
	// known, that a verdict needs.
	MinKnownNights = 28
	// MinGroupNights is the fewest nights needed on each side, with and without.
	MinGroupNights = 7
	// MinOutcomeNights is the fewest cramp nights, and cramp-free nights, needed.
	MinOutcomeNights = 5
	// MinEffectiveN is the smallest effective sample (known nights / k) judged.
	MinEffectiveN = 20.0
	// MaxQ is the false-discovery cut: a q-value above it is no clear link.
	// Validated by TestSimulation: at 0.10 the false firm claims on diaries
	// with runs exceed 5%.
	MaxQ = 0.03
)

// Reason explains why a verdict that would otherwise pass is not claimed.
type Reason string

// The reasons.
const (
	// ReasonReactive: the user mostly takes (or avoids) the habit after a
	// cramp night, so the diary cannot tell cause from response.
	ReasonReactive Reason = "reactive"
	// ReasonUnstable: the two halves of the diary lean different ways.
	ReasonUnstable Reason = "unstable"
	// ReasonBadSpellBefore: the 28 nights before a medication's start were a
	// bad spell, and bad spells pass by themselves (SPEC §7.4).
	ReasonBadSpellBefore Reason = "bad_spell_before"
)

// Shortfall names what a not_enough_data verdict lacks.
type Shortfall string

// The shortfalls.
const (
	ShortKnownNights     Shortfall = "known_nights"
	ShortWithNights      Shortfall = "with_nights"
	ShortWithoutNights   Shortfall = "without_nights"
	ShortCrampNights     Shortfall = "cramp_nights"
	ShortCrampFreeNights Shortfall = "cramp_free_nights"
	// ShortComparableNights: no stratum of like nights holds both sides and
	// both outcomes (V_MH = 0).
	ShortComparableNights Shortfall = "comparable_nights"
	ShortEffectiveN       Shortfall = "effective_n"
	ShortRatio            Shortfall = "ratio"
	// The medication comparisons add these.
	ShortStartDate         Shortfall = "start_date"
	ShortStartInDiary      Shortfall = "start_in_diary"
	ShortNightsBeforeStart Shortfall = "nights_before_start"
	ShortNightsAfterStart  Shortfall = "nights_after_start"
)

// Missing is one thing a not_enough_data verdict lacks: Have of Need, and
// about how many More nights (of the kind What names) would close the gap
// (−1 when no number of nights is sure to).
type Missing struct {
	What Shortfall `json:"what"`
	Have float64   `json:"have"`
	Need float64   `json:"need"`
	More int       `json:"more"`
}

// verdictInput is what the ladder reads.
type verdictInput struct {
	core *comparisonCore
	q    float64
	qOK  bool
	// reactive marks a factor the user mostly takes after a cramp night.
	reactive bool
	// medication marks a before/after comparison (SPEC §7.4), with badSpell
	// set when the 28 nights before the start were a bad spell.
	medication, badSpell bool
}

// decideVerdict walks the ladder of SPEC §7.3 (or §7.4) in order and returns
// the first verdict that holds, with its reasons or what is missing.
func decideVerdict(in verdictInput) (Verdict, []Reason, []Missing) {
	c := in.core
	unclear, more, fewer := VerdictNoClearLink, VerdictMoreCramps, VerdictFewerCramps
	if in.medication {
		unclear, more, fewer = VerdictNoClearChange, VerdictMoreAfter, VerdictFewerAfter
	}
	if missing := shortfalls(c, in.medication); len(missing) > 0 {
		return VerdictNotEnoughData, []Reason{}, missing
	}
	t := &c.test
	if !in.qOK || in.q > MaxQ || (t.ciLow <= 1 && 1 <= t.ciHigh) {
		return unclear, []Reason{}, []Missing{}
	}
	reasons := []Reason{}
	if in.reactive {
		reasons = append(reasons, ReasonReactive)
	}
	if t.unstable && !in.medication {
		reasons = append(reasons, ReasonUnstable)
	}
	if in.medication && in.badSpell && t.rr < 1 {
		reasons = append(reasons, ReasonBadSpellBefore)
	}
	switch {
	case len(reasons) > 0:
		return unclear, reasons, []Missing{}
	case t.rr > 1:
		return more, reasons, []Missing{}
	}
	return fewer, reasons, []Missing{}
}

// shortfalls lists every gate of the first rung that the comparison fails.
// A medication's nights on each side are checked where it is planned.
func shortfalls(c *comparisonCore, medication bool) []Missing {
	t := c.table
	var out []Missing
	need := func(what Shortfall, have, least int) {
		if have < least {
			out = append(out, Missing{What: what, Have: float64(have), Need: float64(least), More: least - have})
		}
	}
	if !medication {
		need(ShortKnownNights, t.N(), MinKnownNights)
		need(ShortWithNights, t.Exposed(), MinGroupNights)
		need(ShortWithoutNights, t.Unexposed(), MinGroupNights)
	}
	need(ShortCrampNights, t.A+t.C, MinOutcomeNights)
	need(ShortCrampFreeNights, t.B+t.D, MinOutcomeNights)
	s := &c.test
	if !s.kOK {
		if len(out) == 0 {
			out = append(out, Missing{What: ShortComparableNights, Need: 1, More: -1})
		}
	} else if effN, _ := s.effectiveN(); effN < MinEffectiveN {
		// n/k ≥ 20 needs n ≥ 20k; the small slack keeps 20k = n from rounding up.
		m := Missing{What: ShortEffectiveN, Have: effN, Need: MinEffectiveN, More: -1}
		if !medication {
			// A medication's window is fixed: more nights do not widen it.
			m.More = max(1, int(math.Ceil(MinEffectiveN*s.k-1e-9))-s.n)
		}
		out = append(out, m)
	}
	if !s.rrOK && len(out) == 0 {
		out = append(out, Missing{What: ShortRatio, Need: 1, More: -1})
	}
	return out
}

// judge stores the q-value from the Benjamini–Hochberg step and decides the
// verdict of a factor.
func (c *comparisonCore) judge(out *Comparison, q float64, qOK, reactive bool) {
	out.QValue = finiteOpt(q, qOK)
	out.Verdict, out.Reasons, out.Missing = decideVerdict(verdictInput{core: c, q: q, qOK: qOK, reactive: reactive})
}
