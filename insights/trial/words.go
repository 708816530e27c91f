package trial

import (
	"fmt"
	"math"

	"github.com/crampsdiary/cramps/diary"

	"github.com/crampsdiary/cramps/diary/words"
)

// The result in words (SPEC §11.5): what the user did and what followed,
// the chance of a difference this large arising by chance, and for
// no_clear_difference how large an effect the trial could have missed.
// Never "cures", never "proves": the words say what followed in these
// nights.

// Voice is who the words speak to: the user (the screens, the command
// line) or about the patient (the doctor's report).
type Voice int

// The voices.
const (
	ToUser Voice = iota
	AboutPatient
)

// DaysPerWeek turns cramps a night into cramps a week, as cramp trials report them.
const DaysPerWeek = 7

// Caveat is said under every trial's result.
const Caveat = "One trial in one person: it shows what followed in these nights, not what the habit does for everyone, and it is not medical advice."

// Sentences says the result of r in words, one sentence a string. A
// running trial's withheld result says only when it ends.
func (r Result) Sentences(v Voice) []string {
	w := voice(v)
	habit := r.Habit.Name()
	var out []string
	switch {
	case r.Withheld && r.Status == diary.TrialPlanned:
		return []string{fmt.Sprintf("The trial has not begun: its first night is %s, and it runs to the night of %s. Its figures are kept back until then, so that they cannot tempt an early stop.", longDate(r.Start), longDate(r.End))}
	case r.Withheld:
		return []string{fmt.Sprintf("The trial is under way until the night of %s. Its figures are kept back until then, so that they cannot tempt an early stop.", longDate(r.End))}
	case r.Interim:
		out = append(out, "Interim figures of a trial still under way: do not stop on these.")
	}
	if r.NightsA == 0 && r.NightsB == 0 {
		return append(out, "No night of the trial is counted yet: a night counts once its cramps are logged (and it is past any settling-in nights).")
	}
	out = append(out, r.comparison(w))
	if r.PValue != nil && r.PairsUsed > 0 {
		test := words.Plural(r.PairsUsed, "used pair", "used pairs")
		if *r.PValue >= 0.995 {
			out = append(out, fmt.Sprintf("A difference this large would arise by chance in any of the possible schedules: on its own it says nothing (the exact randomisation test over %s).", test))
		} else {
			out = append(out, fmt.Sprintf("A difference this large would arise by chance in %s of the possible schedules (the exact randomisation test over %s).",
				chanceWords(*r.PValue), test))
		}
	}
	switch r.Verdict {
	case VerdictFewerWith:
		out = append(out, fmt.Sprintf("Verdict: fewer cramps went with %s in this trial.", habit)+r.howLarge(w))
	case VerdictMoreWith:
		out = append(out, fmt.Sprintf("Verdict: more cramps went with %s in this trial.", habit)+r.howLarge(w))
	case VerdictNoClear:
		out = append(out, "Verdict: no clear difference."+r.missed(w))
	case VerdictTooLittleData:
		out = append(out, fmt.Sprintf("Verdict: too little data: %s had a counted night both with and without the change; at least %d are needed.",
			words.Plural(r.PairsUsed, "pair", "pairs"), MinPairsUsed))
	}
	if s := r.adherence(w); s != "" {
		out = append(out, s)
	}
	if r.Status == diary.TrialStopped && (r.Verdict == VerdictFewerWith || r.Verdict == VerdictMoreWith) {
		out = append(out, StoppedCaveat)
	}
	return out
}

// StoppedCaveat is said of a clear difference in a trial ended early: the
// test assumes its length was fixed in advance.
const StoppedCaveat = "It was stopped early: if it was stopped because of how the nights were going, the difference may look larger than it is."

// comparison is the first sentence: the two rates, a night and a week.
func (r Result) comparison(w voiceWords) string {
	side := func(n, c int, rate *float64) string {
		switch {
		case rate == nil:
			return "no counted nights"
		case w.weekFirst: // the doctor's report speaks in cramps a week, as cramp trials do
			return fmt.Sprintf("%s a week (%s a night; %s in %s)", words.DecimalNouns(*rate*DaysPerWeek, "cramp"), words.Decimal(*rate),
				words.Nouns(c, "cramp"), words.Nouns(n, "counted night"))
		}
		return fmt.Sprintf("%s a night (%s a week; %s in %s)", words.DecimalNouns(*rate, "cramp"), words.Decimal(*rate*DaysPerWeek),
			words.Nouns(c, "cramp"), words.Nouns(n, "counted night"))
	}
	s := fmt.Sprintf("On the nights %s %s asked to %s, %s had %s; on the nights as usual, %s",
		w.subject, w.was, r.Habit.AskedTo(), w.pronoun, side(r.NightsA, r.CrampsA, r.RateA), side(r.NightsB, r.CrampsB, r.RateB))
	if c := r.ChangeWords(); c != "" {
		s += ": " + c
	}
	return s + "."
}

// ChangeWords says the change in cramps a night with the habit against
// without: "40% fewer", "25% more", "about the same" when it rounds to no
// percent, or "" when there is no rate to compare with.
func (r Result) ChangeWords() string {
	if r.RelativeChange == nil {
		return ""
	}
	switch c := *r.RelativeChange; {
	case math.Round(100*c) == 0:
		return "about the same"
	case c < 0:
		return words.Percent(-c) + " fewer"
	default:
		return words.Percent(c) + " more"
	}
}

// missed says, from the interval, what size of change the trial could not rule out.
func (r Result) missed(w voiceWords) string {
	if r.CILow == nil || r.CIHigh == nil {
		return ""
	}
	return fmt.Sprintf(" The trial cannot rule out a change anywhere from %s: that is the 95%% interval of the difference, so a real effect of that size may have been missed.",
		spanWords(*r.CILow, *r.CIHigh, w))
}

// howLarge says the 95% interval of a clear difference, which may be far smaller (or larger) than the rates suggest.
func (r Result) howLarge(w voiceWords) string {
	if r.CILow == nil || r.CIHigh == nil {
		return ""
	}
	return fmt.Sprintf(" By the 95%% interval of the difference, the change went with %s.", spanWords(*r.CILow, *r.CIHigh, w))
}

// spanWords writes an interval of differences in cramps a night and a week,
// the week first for the doctor: "0.1 to 0.9 fewer cramps a night (0.7 to
// 6.3 fewer a week)", "0.8 fewer to 0.2 more cramps a night (…)".
func spanWords(lo, hi float64, w voiceWords) string {
	night, week := span(lo, hi, 1), span(lo, hi, DaysPerWeek)
	if w.weekFirst {
		return week + " cramps a week (" + night + " a night)"
	}
	return night + " cramps a night (" + week + " a week)"
}

// span writes the interval lo to hi of a difference in cramps a night,
// times scale, the smaller change first: "0.1 to 0.9 fewer", "0.8 fewer to
// 0.2 more", "0 to 0.3 more".
func span(lo, hi, scale float64) string {
	l, h := words.Decimal(math.Abs(lo)*scale), words.Decimal(math.Abs(hi)*scale)
	switch {
	case hi < 0 && h != "0":
		return h + " to " + l + " fewer"
	case lo > 0 && l != "0":
		return l + " to " + h + " more"
	}
	return change(lo, scale) + " to " + change(hi, scale)
}

// change writes a difference in cramps a night (times scale): "0.5 fewer", "0.2 more", "0".
func change(d, scale float64) string {
	s := words.Decimal(math.Abs(d) * scale)
	switch {
	case s == "0":
		return s
	case d < 0:
		return s + " fewer"
	}
	return s + " more"
}

// adherence says how closely the schedule was followed, by the night's own record.
func (r Result) adherence(w voiceWords) string {
	if r.Adherence == nil && r.HabitUnknownNights == 0 {
		return ""
	}
	known := r.NightsA + r.NightsB - r.HabitUnknownNights
	s := ""
	if r.Adherence != nil {
		followed := int(math.Round(*r.Adherence * float64(known)))
		s = fmt.Sprintf("%s followed the schedule on %s where it was recorded", w.Subject, words.Share(followed, known))
	}
	if r.HabitUnknownNights > 0 {
		if s != "" {
			s += "; "
		}
		s += fmt.Sprintf("on %s it was not recorded", words.Plural(r.HabitUnknownNights, "counted night", "counted nights"))
	}
	return capitalise(s) + ". The nights are compared by what was asked, not by what was done, so missed instructions blur a difference rather than make one."
}

// chanceWords writes a p as a share of schedules: "3%", "fewer than 1 in 1,000".
func chanceWords(p float64) string {
	switch {
	case p < 0.001:
		return "fewer than 1 in 1,000"
	case p < 0.01:
		return "fewer than 1 in 100"
	}
	return words.Percent(p)
}

type voiceWords struct {
	subject, Subject, was, pronoun string
	weekFirst                      bool
}

func voice(v Voice) voiceWords {
	if v == AboutPatient {
		return voiceWords{"the patient", "The patient", "was", "they", true}
	}
	return voiceWords{"you", "You", "were", "you", false}
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// DesignWords says what a design is, in one line.
func DesignWords(d diary.TrialDesign) string {
	if d.PeriodNights == 1 {
		return fmt.Sprintf("%s of nights: in each, one night with the change (A) and one as usual (B), in an order drawn at random", words.Nouns(d.Pairs, "pair"))
	}
	s := fmt.Sprintf("%s of two %d-night periods: in each, one period with the change (A) and one as usual (B), in an order drawn at random",
		words.Nouns(d.Pairs, "pair"), d.PeriodNights)
	if d.WashoutNights > 0 {
		s += "; " + words.Choose(d.WashoutNights, "the first night", "the first "+words.Nouns(d.WashoutNights, "night")) +
			" of each period " + words.Choose(d.WashoutNights, "lets the change settle and is", "let the change settle and are") + " not scored"
	}
	return s
}

// Lines says the estimate for a trial starting on the night start, one line
// for the baseline, one for each length (indented), and a warning when the
// chosen length finds a halving less often than not. Before 14 nights are
// logged it says the estimate is not possible yet.
func (est Estimate) Lines(start diary.Date) []string {
	if !est.Possible {
		has := words.Count(est.Baseline.Nights)
		if est.Baseline.Nights == 0 {
			has = "none"
		}
		return []string{fmt.Sprintf("The chance that this trial finds a halving of your cramps cannot be estimated yet: it needs %d logged nights, and the diary has %s before tonight.",
			MinBaselineNights, has)}
	}
	b := est.Baseline
	if b.Mean == 0 {
		return []string{fmt.Sprintf("Your last %s had no cramps: there is nothing to halve, so no trial can show a difference now.",
			words.Nouns(b.Nights, "logged night"))}
	}
	lines := []string{fmt.Sprintf("If the change truly halved your cramps, how often would a trial find it? From your last %s (%s a night%s), about:",
		words.Nouns(b.Nights, "logged night"), words.DecimalNouns(b.Mean, "cramp"), loggedWords(b.Logged))}
	for i, c := range est.Chances {
		n := c.Design.Nights()
		what := "this trial"
		if i > 0 {
			what = "a longer one"
		}
		lines = append(lines, fmt.Sprintf("  %s for %s: %s, %s, to %s", c.Share(), what,
			words.Nouns(c.Design.Pairs, "pair"), Weeks(n), longDate(start.AddDays(n-1))))
	}
	if p := est.Chances[0].Design.Pairs; !CanReach(p) {
		lines = append(lines, fmt.Sprintf("With %s the exact test can never reach p ≤ 0.05, however the nights go (its smallest p is 2 in %s, %s): plan %s or more for a chance of a clear answer.",
			words.Nouns(p, "pair"), words.Count(1<<p), words.Percent(smallestP(p)), words.Nouns(fewestReaching(), "pair")))
	} else if est.Chances[0].Halving < 0.5 {
		lines = append(lines, "A trial this short will more often than not miss even a real halving: a longer one, or one started once cramps are more frequent, is more likely to give a clear answer.")
	}
	return lines
}

func loggedWords(share float64) string {
	if share >= 0.995 {
		return ""
	}
	return ", " + words.Percent(share) + " of nights logged"
}

// Weeks writes a number of nights as weeks: "12 weeks", "32 weeks and 2 nights".
func Weeks(nights int) string {
	w, n := nights/7, nights%7
	switch {
	case w == 0:
		return words.Nouns(n, "night")
	case n == 0:
		return words.Nouns(w, "week")
	}
	return words.Nouns(w, "week") + " and " + words.Nouns(n, "night")
}

// Share writes the estimated chance as a percentage that never claims a
// certainty a simulation cannot give: ">99%" and "<1%" at the ends; "0%"
// only for a design whose exact test can never reach Alpha.
func (c Chance) Share() string {
	switch {
	case c.Halving == 0 && !CanReach(c.Design.Pairs):
		return "0%"
	case c.Halving >= 0.995:
		return ">99%"
	case c.Halving < 0.005:
		return "<1%"
	}
	return words.Percent(c.Halving)
}

// smallestP is the smallest p the exact two-sided test of n pairs can give:
// the observed signs and their mirror image, 2 of the 2ⁿ patterns.
func smallestP(pairs int) float64 { return math.Ldexp(2, -pairs) }

// CanReach reports whether the exact test of a trial of this many pairs
// can reach p ≤ Alpha at all (6 pairs or more: 5 give at best 2/32).
func CanReach(pairs int) bool { return pairs >= 1 && smallestP(pairs) <= Alpha }

// fewestReaching is the fewest pairs whose exact test can reach Alpha.
func fewestReaching() int {
	n := 1
	for !CanReach(n) {
		n++
	}
	return n
}

// longDate writes a night's date as the other words do: "Mon 7 Dec 2026".
func longDate(d diary.Date) string { return d.Time().Format("Mon 2 Jan 2006") }
