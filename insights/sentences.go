package insights

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crampsdiary/cramps/diary/words"
)

// Subject is the words the sentences use for one comparison.
type Subject struct {
	// Name is the factor as the subject of a sentence ("Long sitting").
	Name string
	// With and Without name the nights on each side, to follow "nights".
	With, Without string
	// Did says what the user did, after "you" ("stretched before bed").
	Did string
	// Sequence marks a before/after comparison, told as "was followed by"
	// rather than "goes with".
	Sequence bool
}

// Subject returns the words for the factor's sentences.
func (f Factor) Subject() Subject {
	return Subject{Name: f.Name, With: f.With, Without: f.Without, Did: f.Did}
}

// NumbersSentence tells the user's own counts in words: "8 of 12 nights (67%)
// after 8 hours or more of sitting were cramp nights, against 7 of 28 (25%)
// after less sitting." Every number comes from c.
func NumbersSentence(s Subject, c Comparison) string {
	with := words.Share(c.WithCrampNights, c.WithNights)
	without := words.Share(c.WithoutCrampNights, c.WithoutNights)
	switch {
	case c.WithNights == 0 && c.WithoutNights == 0:
		return "No nights with this recorded yet."
	case c.WithNights == 0:
		return "No nights " + s.With + " yet; " + without + " " + s.Without + " " + sayWere(c.WithoutCrampNights, c.WithoutNights) + "."
	case c.WithoutNights == 0:
		return "No nights " + s.Without + " yet; " + with + " " + s.With + " " + sayWere(c.WithCrampNights, c.WithNights) + "."
	}
	return with + " " + s.With + " " + sayWere(c.WithCrampNights, c.WithNights) + ", against " +
		words.ShortShare(c.WithoutCrampNights, c.WithoutNights) + " " + s.Without + "."
}

// sayWere ends "k of n nights": "were cramp nights", or "was a cramp night"
// when k or n is one.
func sayWere(k, n int) string {
	if k == 1 || n == 1 {
		return "was a cramp night"
	}
	return "were cramp nights"
}

// RatioSentence tells the relative risk of like nights and its interval in
// plain words: "Comparing like nights, cramp nights were 2.3 times as common
// after 8 hours or more of sitting. Allowing for chance and for the runs in
// your diary, the true figure could be anywhere from 1.4 to 3.9 times." It is
// empty when the ratio or its interval is undefined.
func RatioSentence(s Subject, c Comparison) string {
	rr, ok := c.RelativeRisk.Get()
	lo, okLo := c.CILow.Get()
	hi, okHi := c.CIHigh.Get()
	if !ok || !okLo || !okHi {
		return ""
	}
	how := sayRatio(rr) + " times as common"
	switch {
	case rr >= 1 && rr < 1.05:
		how = "about as common"
	case rr < 1 && words.Percent(1-rr) != "0%":
		how = words.Percent(1-rr) + " less common (" + sayRatio(rr) + " times as common)"
	}
	out := "Comparing like nights (the same kind of night before, weekday or weekend), cramp nights were " +
		how + " " + s.With + ". Allowing for chance and for the runs in your diary, the true figure could be anywhere from " +
		sayRatio(lo) + " to " + sayRatio(hi) + " times"
	if lo <= 1 && 1 <= hi {
		out += ": a range that includes 1, no difference at all"
	}
	return out + "."
}

// sayRatio writes a ratio with two significant figures: "2.7", "1.0",
// "0.45", "12".
func sayRatio(v float64) string {
	switch {
	case v < 0.001:
		return "under 0.001"
	case v >= 10:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 1.1, v == 1:
		return strconv.FormatFloat(v, 'f', 1, 64)
	case v > 1:
		// 1.05 is not 1.0: near 1, an interval's end shows the side of 1
		// it lies on.
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
	return strconv.FormatFloat(v, 'g', 2, 64)
}

// BeforeAfterCaveat closes every judged medication sentence (SPEC §7.4).
const BeforeAfterCaveat = "A before-and-after comparison cannot tell the medicine apart from anything else that changed at that time."

// VerdictSentence tells the verdict in words, never claiming a cause: "In
// your diary, long sitting goes with more cramps."
func VerdictSentence(s Subject, c Comparison) string {
	name := sayLowerFirst(s.Name)
	link := "goes with"
	if s.Sequence {
		link = "was followed by"
	}
	switch c.Verdict {
	case VerdictMoreCramps:
		return "In your diary, " + name + " " + link + " more cramps."
	case VerdictFewerCramps:
		return "In your diary, " + name + " " + link + " fewer cramps."
	case VerdictMoreAfter:
		return "In your diary, " + name + " " + link + " more cramps. " + BeforeAfterCaveat
	case VerdictFewerAfter:
		return "In your diary, " + name + " " + link + " fewer cramps. " + BeforeAfterCaveat
	case VerdictNoClearLink, VerdictNoClearChange:
		head := "Your diary shows no clear link between " + name + " and cramps so far"
		if c.Verdict == VerdictNoClearChange {
			head = "Your diary shows no clear change in cramps after " + name
		}
		if c.Verdict == VerdictNoClearChange {
			if len(c.Reasons) > 0 {
				head += ", although the numbers lean " + sayLean(c) + ": " + sayReasons(c.Reasons)
			}
			return head + ". " + BeforeAfterCaveat
		}
		if len(c.Reasons) > 0 {
			return head + ", although the numbers lean " + sayLean(c) + ": " + sayReasons(c.Reasons) + "."
		}
		return head + "."
	}
	parts := make([]string, 0, len(c.Missing))
	for _, m := range c.Missing {
		parts = append(parts, MissingSentence(s, m))
	}
	return "Not enough nights yet to judge " + name + ": " + strings.Join(parts, "; ") + "."
}

// sayLean says which way the ratio of like nights leans.
func sayLean(c Comparison) string {
	if c.RelativeRisk.Or(1) > 1 {
		return "towards more cramps"
	}
	return "towards fewer cramps"
}

// sayReasons explains why a pattern that passed the test is not claimed.
func sayReasons(rs []Reason) string {
	parts := make([]string, 0, len(rs))
	for _, r := range rs {
		switch r {
		case ReasonReactive:
			parts = append(parts, "you mostly did it after a cramp night (or mostly not), so the diary cannot tell what it does from what the cramps made you do")
		case ReasonUnstable:
			parts = append(parts, "the earlier and later halves of your diary lean different ways")
		case ReasonBadSpellBefore:
			parts = append(parts, "the 4 weeks before the start had far more cramp nights than the nights before them, and bad spells often pass by themselves, so the drop cannot be put down to the medicine")
		}
	}
	return strings.Join(parts, "; and ")
}

// ReactiveSentence explains a habit the user mostly takes (or avoids) after
// a cramp night, with its two shares: "You stretched before bed on 70% of
// nights after a cramp night (14 of 20) and on 20% after a quiet night (8 of
// 40), so the diary cannot tell what stretching before bed does; a
// self-experiment can." It is empty when the habit is not reactive.
func ReactiveSentence(s Subject, factorID string, r Reactive) string {
	if !r.Reactive || r.AfterCrampNights == 0 || r.AfterQuietNights == 0 {
		return ""
	}
	out := "You " + s.Did + " on " + words.Percent(float64(r.ExposedAfterCramp)/float64(r.AfterCrampNights)) +
		" of nights after a cramp night (" + words.Count(r.ExposedAfterCramp) + " of " + words.Count(r.AfterCrampNights) +
		") and on " + words.Percent(float64(r.ExposedAfterQuiet)/float64(r.AfterQuietNights)) + " after a quiet night (" +
		words.Count(r.ExposedAfterQuiet) + " of " + words.Count(r.AfterQuietNights) + "), so the diary cannot tell what " +
		sayLowerFirst(s.Name) + " does"
	if _, ok := TrialHabitFor(factorID); ok {
		return out + "; a self-experiment can."
	}
	return out + ": it may follow the cramps rather than go before them."
}

// TrialOffer offers the self-experiment that tests a trial habit (SPEC
// §11): "`cramps trial start stretched` tests it: …". It is empty for a
// factor that is not a trial habit.
func TrialOffer(factorID string) string {
	habit, ok := TrialHabitFor(factorID)
	if !ok {
		return ""
	}
	return "`cramps trial start " + habit + "` tests it: on nights picked at random you do it or not, and your morning logs say which went with fewer cramps."
}

// NightsToSettle estimates how many more nights like these would make the
// interval of the ratio clear 1, if the ratio stayed as it is: the interval's
// half-width shrinks as 1/√nights, so N·(w/|ln RR|)² nights would do.
// It is not defined without a ratio and its interval, or when the ratio is 1.
func (c Comparison) NightsToSettle() (int, bool) {
	rr, ok := c.RelativeRisk.Get()
	lo, okLo := c.CILow.Get()
	hi, okHi := c.CIHigh.Get()
	if !ok || !okLo || !okHi || rr <= 0 || lo <= 0 {
		return 0, false
	}
	b := math.Abs(math.Log(rr))
	if b < 1e-9 {
		return 0, false
	}
	w := (math.Log(hi) - math.Log(lo)) / 2
	n := float64(c.KnownNights())
	need := n * (w / b) * (w / b)
	if need > 1e7 {
		return 0, false
	}
	return max(0, int(math.Ceil(need-n))), true
}

// LongestSettle is the most nights a settle sentence names; beyond it, the
// difference is too small for a diary to tell.
const LongestSettle = 3 * 365

// SettleSentence says, for a no_clear_link, what more nights could do: "If
// the pattern held, about 90 more nights with both recorded could tell
// whether it is more than chance."
func SettleSentence(c Comparison) string {
	more, ok := c.NightsToSettle()
	switch {
	case !ok || more > LongestSettle:
		return "The two rates are close: even years more nights might not tell them apart."
	case more == 0:
		return "A few more weeks of nights like these could settle it."
	}
	return "If the pattern held, about " + words.Plural(more, "more night", "more nights") +
		" with both recorded could tell whether it is more than chance."
}

// MissingSentence tells one shortfall in words, with its numbers:
// "about 9 more nights without alcohol".
func MissingSentence(s Subject, m Missing) string {
	have, need, more := int(m.Have), int(m.Need), m.More
	switch m.What {
	case ShortKnownNights:
		return "about " + sayMoreNights(more) + " that record both " + sayLowerFirst(s.Name) + " and whether there were cramps (" + words.Count(have) + " of " + words.Count(need) + " so far)"
	case ShortWithNights:
		return "about " + sayMoreNights(more) + " " + s.With
	case ShortWithoutNights:
		return "about " + sayMoreNights(more) + " " + s.Without
	case ShortCrampNights:
		if have == 0 {
			return "none of these nights had cramps, and at least " + words.Count(need) + " are needed"
		}
		return "only " + words.Count(have) + " of these nights had cramps, and at least " + words.Count(need) + " are needed"
	case ShortCrampFreeNights:
		if have == 0 {
			return "none of these nights were free of cramps, and at least " + words.Count(need) + " are needed"
		}
		return "only " + words.Count(have) + " of these nights were free of cramps, and at least " + words.Count(need) + " are needed"
	case ShortComparableNights:
		return "it never differs between nights that are otherwise alike (the same kind of night before, weekday or weekend), so there is nothing to compare yet"
	case ShortEffectiveN:
		out := "these nights come in runs, so they count as only about " + strconv.FormatFloat(m.Have, 'f', 0, 64) +
			" separate nights, and " + words.Count(need) + " are needed"
		if more > 0 {
			out += " (about " + sayMoreNights(more) + ")"
		}
		return out
	case ShortRatio:
		return "the cramp-night rates of like nights cannot be compared yet"
	case ShortStartDate:
		return "the profile has no start date for it"
	case ShortStartInDiary:
		return "it was not started within the nights of your diary, so there is nothing to compare before and after"
	case ShortNightsBeforeStart:
		return "your diary has " + words.Nouns(have, "night") + " in the 4 weeks before the start, and " + words.Count(need) + " are needed"
	case ShortNightsAfterStart:
		return "about " + sayMoreNights(more) + " after the start (" + words.Count(have) + " of " + words.Count(need) + " so far)"
	}
	return string(m.What)
}

// sayMoreNights writes "1 more night" or "9 more nights".
func sayMoreNights(n int) string { return words.Plural(n, "more night", "more nights") }

// sayLowerFirst lowers the first letter of a name for the middle of a sentence.
func sayLowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}
