package insights

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Verdict is what the diary says about one factor (SPEC §7).
type Verdict string

// The verdicts, from the weakest claim to the strongest.
const (
	VerdictNotEnoughData Verdict = "not_enough_data"
	VerdictNoClearLink   Verdict = "no_clear_link"
	VerdictMaybeMore     Verdict = "maybe_more"
	VerdictMaybeFewer    Verdict = "maybe_fewer"
	VerdictMoreCramps    Verdict = "more_cramps"
	VerdictFewerCramps   Verdict = "fewer_cramps"
)

// Label is the verdict in a few words, for a table cell.
func (v Verdict) Label() string {
	switch v {
	case VerdictNoClearLink:
		return "no clear link"
	case VerdictMaybeMore:
		return "maybe more cramps"
	case VerdictMaybeFewer:
		return "maybe fewer cramps"
	case VerdictMoreCramps:
		return "more cramps"
	case VerdictFewerCramps:
		return "fewer cramps"
	}
	return "not enough data yet"
}

// Pattern reports whether the verdict claims a pattern, firm or possible.
func (v Verdict) Pattern() bool {
	return v == VerdictMaybeMore || v == VerdictMaybeFewer || v == VerdictMoreCramps || v == VerdictFewerCramps
}

// The thresholds of the verdict ladder (SPEC §7).
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
	MaxQ = 0.10
	// MaxInflation is the largest variance inflation k a firm verdict allows.
	MaxInflation = 1.5
	// BunchingRho is the |Spearman(exposure, day)| from which a factor is
	// bunched in time.
	BunchingRho = 0.5
)

// Reason explains why a verdict is no stronger than it is.
type Reason string

// The reasons.
const (
	// ReasonQAboveCut: the q-value is above MaxQ.
	ReasonQAboveCut Reason = "q_above_cut"
	// ReasonIntervalIncludesNoDifference: the widened interval holds no difference.
	ReasonIntervalIncludesNoDifference Reason = "interval_includes_no_difference"
	// ReasonRunsOfNights: next-night dependence gives k above MaxInflation.
	ReasonRunsOfNights Reason = "runs_of_nights"
	// ReasonHalvesDisagree: the two halves of the diary lean different ways.
	ReasonHalvesDisagree Reason = "halves_disagree"
	// ReasonBunched: the factor's nights cluster in one stretch of time.
	ReasonBunched Reason = "bunched_in_time"
	// ReasonBeforeAfter: a before/after comparison cannot separate the
	// medicine from anything else that changed at the same time.
	ReasonBeforeAfter Reason = "before_after"
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
	ShortEffectiveN      Shortfall = "effective_n"
	ShortRatio           Shortfall = "ratio"
	// The medication comparisons add these.
	ShortStartDate         Shortfall = "start_date"
	ShortStartInDiary      Shortfall = "start_in_diary"
	ShortNightsBeforeStart Shortfall = "nights_before_start"
	ShortNightsAfterStart  Shortfall = "nights_after_start"
)

// Missing is one thing a not_enough_data verdict lacks: Have of Need, and
// about how many More nights (of the kind What names) would close the gap.
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
	// beforeAfter marks a medication comparison, judged without the halves
	// and bunching checks, which a before/after split fails by design, and
	// never firmer than maybe.
	beforeAfter bool
}

// decideVerdict walks the ladder of SPEC §7 in order and returns the first
// verdict that holds, with its reasons or what is missing.
func decideVerdict(in verdictInput) (Verdict, []Reason, []Missing) {
	c := in.core
	if missing := shortfalls(c); len(missing) > 0 {
		return VerdictNotEnoughData, []Reason{}, missing
	}

	reasons := []Reason{}
	if !in.qOK || in.q > MaxQ {
		reasons = append(reasons, ReasonQAboveCut)
	}
	if includesNoDifference(c) {
		reasons = append(reasons, ReasonIntervalIncludesNoDifference)
	}
	if len(reasons) > 0 {
		return VerdictNoClearLink, reasons, []Missing{}
	}

	more := leansMore(c)
	if c.k > MaxInflation {
		reasons = append(reasons, ReasonRunsOfNights)
	}
	if in.beforeAfter {
		reasons = append(reasons, ReasonBeforeAfter)
	} else {
		want := DirectionFewer
		if more {
			want = DirectionMore
		}
		if c.halves.First != want || c.halves.Second != want {
			reasons = append(reasons, ReasonHalvesDisagree)
		}
		if c.trendOK && math.Abs(c.trend) >= BunchingRho {
			reasons = append(reasons, ReasonBunched)
		}
	}
	switch {
	case len(reasons) > 0 && more:
		return VerdictMaybeMore, reasons, []Missing{}
	case len(reasons) > 0:
		return VerdictMaybeFewer, reasons, []Missing{}
	case more:
		return VerdictMoreCramps, reasons, []Missing{}
	}
	return VerdictFewerCramps, reasons, []Missing{}
}

// shortfalls lists every gate of the first rung that the comparison fails.
func shortfalls(c *comparisonCore) []Missing {
	t := c.table
	var out []Missing
	need := func(what Shortfall, have, least int) {
		if have < least {
			out = append(out, Missing{What: what, Have: float64(have), Need: float64(least), More: least - have})
		}
	}
	need(ShortKnownNights, t.N(), MinKnownNights)
	need(ShortWithNights, t.Exposed(), MinGroupNights)
	need(ShortWithoutNights, t.Unexposed(), MinGroupNights)
	need(ShortCrampNights, t.A+t.C, MinOutcomeNights)
	need(ShortCrampFreeNights, t.B+t.D, MinOutcomeNights)
	if c.effN < MinEffectiveN {
		m := Missing{What: ShortEffectiveN, Have: c.effN, Need: MinEffectiveN, More: -1}
		if !math.IsInf(c.k, 1) {
			// n/k ≥ 20 needs n ≥ 20k; the small slack keeps 20k = n from rounding up.
			m.More = max(1, int(math.Ceil(MinEffectiveN*c.k-1e-9))-t.N())
		}
		out = append(out, m)
	}
	if !c.ratioOK {
		out = append(out, Missing{What: ShortRatio, Need: 1, More: 1})
	}
	return out
}

// includesNoDifference reports whether the interval the verdict reads holds
// "no difference": the Katz interval widened by √k holds 1, or, when a cell
// is zero, Newcombe's risk-difference interval holds 0.
func includesNoDifference(c *comparisonCore) bool {
	if c.ratio.Approximate {
		return c.diff.Low <= 0 && 0 <= c.diff.High
	}
	if math.IsInf(c.k, 1) {
		return true
	}
	lo, hi := c.ratio.Widened(c.k)
	return lo <= 1 && 1 <= hi
}

// leansMore reports whether the comparison points to more cramps with the
// exposure: by the ratio, or by the difference when a cell is zero (where
// the corrected ratio can lean the other way).
func leansMore(c *comparisonCore) bool {
	if c.ratio.Approximate {
		return c.diff.Value > 0
	}
	return c.ratio.Value > 1
}

// judge stores the q-value from the Benjamini–Hochberg step and decides the
// verdict.
func (c *comparisonCore) judge(out *Comparison, q float64, qOK, beforeAfter bool) {
	out.QValue = finiteOpt(q, qOK)
	out.Verdict, out.Reasons, out.Missing = decideVerdict(verdictInput{core: c, q: q, qOK: qOK, beforeAfter: beforeAfter})
}

// Subject is the words the sentences use for one comparison.
type Subject struct {
	// Name is the factor as the subject of a sentence ("Long sitting").
	Name string
	// With and Without name the nights on each side, to follow "nights".
	With, Without string
	// Sequence marks a before/after comparison, told as "was followed by"
	// rather than "goes with".
	Sequence bool
}

// Subject returns the words for the factor's sentences.
func (f Factor) Subject() Subject { return Subject{Name: f.Name, With: f.With, Without: f.Without} }

// NumbersSentence tells the user's own counts in words: "8 of 12 nights (67%)
// after 8 hours or more of sitting were cramp nights, against 7 of 28 (25%)
// after less sitting." Every number comes from c.
func NumbersSentence(s Subject, c Comparison) string {
	with := sayCount(c.WithCrampNights, c.WithNights)
	without := sayCount(c.WithoutCrampNights, c.WithoutNights)
	switch {
	case c.WithNights == 0 && c.WithoutNights == 0:
		return "No nights with this recorded yet."
	case c.WithNights == 0:
		return "No nights " + s.With + " yet; " + without + " " + s.Without + " " + sayWere(c.WithoutCrampNights, c.WithoutNights) + "."
	case c.WithoutNights == 0:
		return "No nights " + s.Without + " yet; " + with + " " + s.With + " " + sayWere(c.WithCrampNights, c.WithNights) + "."
	}
	return with + " " + s.With + " " + sayWere(c.WithCrampNights, c.WithNights) + ", against " +
		sayShortCount(c.WithoutCrampNights, c.WithoutNights) + " " + s.Without + "."
}

// sayCount writes "8 of 12 nights (67%)".
func sayCount(k, n int) string {
	unit := "nights"
	if n == 1 {
		unit = "night"
	}
	return sayInt(k) + " of " + sayInt(n) + " " + unit + " (" + sayPercent(k, n) + ")"
}

// sayShortCount writes "7 of 28 (25%)".
func sayShortCount(k, n int) string {
	return sayInt(k) + " of " + sayInt(n) + " (" + sayPercent(k, n) + ")"
}

// sayWere ends "k of n nights": "were cramp nights", or "was a cramp night"
// when k or n is one.
func sayWere(k, n int) string {
	if k == 1 || n == 1 {
		return "was a cramp night"
	}
	return "were cramp nights"
}

// sayPercent writes k/n as a whole percentage.
func sayPercent(k, n int) string { return sayInt(int(math.Round(100*float64(k)/float64(n)))) + "%" }

// sayInt writes an int.
func sayInt(v int) string { return strconv.Itoa(v) }

// RatioSentence tells the relative risk and its interval: "Cramp nights were
// 2.7 times as common after 8 hours or more of sitting (95% interval 1.3 to
// 5.7)." It is empty when the ratio is undefined.
func RatioSentence(s Subject, c Comparison) string {
	rr, ok := c.RelativeRisk.Get()
	lo, okLo := c.CILow.Get()
	hi, okHi := c.CIHigh.Get()
	if !ok || !okLo || !okHi {
		return ""
	}
	// Below 1, "0.2 times as common" reads badly; say how much less common
	// and keep the ratio itself beside its interval.
	interval := "95% interval " + sayRatio(lo) + " to " + sayRatio(hi)
	how := sayRatio(rr) + " times as common"
	switch {
	case rr == 1:
		how = "just as common"
	case sayRatio(rr) == "1.0":
		how = "about as common"
	case rr < 1 && sayPercentOf(1-rr) != "0%":
		how = sayPercentOf(1-rr) + " less common"
		interval = "relative risk " + sayRatio(rr) + ", " + interval
	}
	out := "Cramp nights were " + how + " " + s.With + " (" + interval + ")"
	if c.Approximate {
		out += ", roughly, as one of the counts is zero"
	}
	return out + "."
}

// sayRatio writes a ratio with two significant figures: "2.7", "1.0",
// "0.45", "12".
// sayPercentOf writes a share as a whole percentage: 0.81 is "81%".
func sayPercentOf(v float64) string { return sayInt(int(math.Round(100*v))) + "%" }

func sayRatio(v float64) string {
	switch {
	case v < 0.001:
		return "under 0.001"
	case v >= 10:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 1:
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	return strconv.FormatFloat(v, 'g', 2, 64)
}

// VerdictSentence tells the verdict in words, never claiming a cause: "In
// your diary, long sitting goes with more cramps."
func VerdictSentence(s Subject, c Comparison) string {
	name := sayLowerFirst(s.Name)
	link := "goes with"
	maybeLink := "may go with"
	if s.Sequence {
		link, maybeLink = "was followed by", "may have been followed by"
	}
	switch c.Verdict {
	case VerdictMoreCramps:
		return "In your diary, " + name + " " + link + " more cramps."
	case VerdictFewerCramps:
		return "In your diary, " + name + " " + link + " fewer cramps."
	case VerdictMaybeMore, VerdictMaybeFewer:
		dir := "more"
		if c.Verdict == VerdictMaybeFewer {
			dir = "fewer"
		}
		return "In your diary, " + name + " " + maybeLink + " " + dir + " cramps, but " + sayReasons(c.Reasons) + "."
	case VerdictNoClearLink:
		return "Your diary shows no clear link between " + name + " and cramps so far."
	}
	parts := make([]string, 0, len(c.Missing))
	for _, m := range c.Missing {
		parts = append(parts, MissingSentence(s, m))
	}
	return "Not enough nights yet to judge " + name + ": " + strings.Join(parts, "; ") + "."
}

// sayReasons explains why a pattern is only a maybe.
func sayReasons(rs []Reason) string {
	parts := make([]string, 0, len(rs))
	for _, r := range rs {
		switch r {
		case ReasonRunsOfNights:
			parts = append(parts, "your cramp nights and these nights both come in runs, which makes the pattern less certain than it looks")
		case ReasonHalvesDisagree:
			parts = append(parts, "the earlier and later halves of your diary do not agree")
		case ReasonBunched:
			parts = append(parts, "most of these nights fall in one stretch of time, when something else may have changed too")
		case ReasonBeforeAfter:
			parts = append(parts, "a before-and-after comparison cannot tell the medicine apart from anything else that changed at that time")
		}
	}
	if len(parts) == 0 {
		return "the pattern is not yet steady"
	}
	return strings.Join(parts, ", and ")
}

// MissingSentence tells one shortfall in words, with its numbers:
// "about 9 more nights after a day without alcohol".
func MissingSentence(s Subject, m Missing) string {
	have, need, more := int(m.Have), int(m.Need), m.More
	switch m.What {
	case ShortKnownNights:
		return "about " + sayMoreNights(more) + " with cramps and " + sayLowerFirst(s.Name) + " both recorded (" + sayInt(have) + " of " + sayInt(need) + " so far)"
	case ShortWithNights:
		return "about " + sayMoreNights(more) + " " + s.With
	case ShortWithoutNights:
		return "about " + sayMoreNights(more) + " " + s.Without
	case ShortCrampNights:
		return "only " + sayInt(have) + " of these nights had cramps, and at least " + sayInt(need) + " are needed"
	case ShortCrampFreeNights:
		return "only " + sayInt(have) + " of these nights were free of cramps, and at least " + sayInt(need) + " are needed"
	case ShortEffectiveN:
		out := "these nights come in runs, so they count as only about " + strconv.FormatFloat(m.Have, 'f', 0, 64) +
			" independent nights, and " + sayInt(need) + " are needed"
		if more > 0 {
			out += " (about " + sayMoreNights(more) + ")"
		}
		return out
	case ShortRatio:
		return "the cramp-night rates cannot be compared yet"
	case ShortStartDate:
		return "the profile has no start date for it"
	case ShortStartInDiary:
		return "it was not started within the nights of your diary, so there is nothing to compare before and after"
	case ShortNightsBeforeStart:
		return "your diary has " + sayNights(have) + " in the 4 weeks before the start, and " + sayInt(need) + " are needed"
	case ShortNightsAfterStart:
		return "about " + sayMoreNights(more) + " after the start (" + sayInt(have) + " of " + sayInt(need) + " so far)"
	}
	return string(m.What)
}

// sayNights writes "1 night" or "9 nights".
func sayNights(n int) string {
	if n == 1 {
		return "1 night"
	}
	return sayInt(n) + " nights"
}

// sayMoreNights writes "1 more night" or "9 more nights".
func sayMoreNights(n int) string {
	if n == 1 {
		return "1 more night"
	}
	return sayInt(n) + " more nights"
}

// sayLowerFirst lowers the first letter of a name for the middle of a sentence.
func sayLowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}
