package trial

import (
	"slices"
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

func f(v float64) *float64 { return &v }
func i(v int) *int         { return &v }

func TestSentences(t *testing.T) {
	base := Result{Habit: diary.HabitStretched, Status: diary.TrialComplete, End: diary.NewDate(2027, 2, 21),
		NightsA: 38, CrampsA: 15, NightsB: 40, CrampsB: 36, RateA: f(15.0 / 38), RateB: f(0.9), RelativeChange: f(15.0/38/0.9 - 1),
		PairsUsed: 36, Statistic: i(-21), PValue: f(0.03), MeanDifference: f(-0.5), CILow: f(-0.9), CIHigh: f(-0.1),
	}
	base.HabitUnknownNights = 78 - 74 // 74 of the 78 counted nights have the habit recorded
	base.Adherence = f(70.0 / 74)
	fewer := base
	fewer.Verdict = VerdictFewerWith
	want := []string{
		"On the nights you were asked to stretch, you had 0.4 cramps a night (2.8 a week; 15 cramps in 38 counted nights); on the nights as usual, 0.9 cramps a night (6.3 a week; 36 cramps in 40 counted nights): 56% fewer.",
		"A difference this large would arise by chance in 3% of the possible schedules (the exact randomisation test over 36 used pairs).",
		"Verdict: fewer cramps went with stretching in this trial. By the 95% interval of the difference, the change went with 0.1 to 0.9 fewer cramps a night (0.7 to 6.3 fewer a week).",
		"You followed the schedule on 70 of 74 nights (95%) where it was recorded; on 4 counted nights it was not recorded. The nights are compared by what was asked, not by what was done, so missed instructions blur a difference rather than make one.",
	}
	if got := fewer.Sentences(ToUser); !slices.Equal(got, want) {
		t.Errorf("fewer_with:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	unclear := base
	unclear.Verdict, unclear.PValue, unclear.CILow, unclear.CIHigh = VerdictNoClear, f(0.0004), f(-0.84), f(0.21)
	got := unclear.Sentences(AboutPatient)
	if got[0] != "On the nights the patient was asked to stretch, they had 2.8 cramps a week (0.4 a night; 15 cramps in 38 counted nights); on the nights as usual, 6.3 cramps a week (0.9 a night; 36 cramps in 40 counted nights): 56% fewer." ||
		got[1] != "A difference this large would arise by chance in fewer than 1 in 1,000 of the possible schedules (the exact randomisation test over 36 used pairs)." ||
		got[2] != "Verdict: no clear difference. The trial cannot rule out a change anywhere from 5.9 fewer to 1.5 more cramps a week (0.8 fewer to 0.2 more a night): that is the 95% interval of the difference, so a real effect of that size may have been missed." ||
		!strings.HasPrefix(got[3], "The patient followed the schedule on 70 of 74 nights (95%)") {
		t.Errorf("no_clear_difference, about the patient:\n%s", strings.Join(got, "\n"))
	}
	little := Result{Habit: diary.HabitAlcohol, Status: diary.TrialStopped, Verdict: VerdictTooLittleData, NightsA: 3, CrampsA: 0,
		NightsB: 2, CrampsB: 0, RateA: f(0), RateB: f(0), PairsUsed: 2, Statistic: i(0), PValue: f(1)}
	if got := little.Sentences(ToUser); !slices.Equal(got, []string{
		"On the nights you were asked to have no alcohol, you had 0 cramps a night (0 a week; 0 cramps in 3 counted nights); on the nights as usual, 0 cramps a night (0 a week; 0 cramps in 2 counted nights).",
		"A difference this large would arise by chance in any of the possible schedules: on its own it says nothing (the exact randomisation test over 2 used pairs).",
		"Verdict: too little data: 2 pairs had a counted night both with and without the change; at least 5 are needed.",
	}) {
		t.Errorf("too_little_data:\n%s", strings.Join(got, "\n"))
	}
	stopped := fewer
	stopped.Status = diary.TrialStopped
	if got := stopped.Sentences(ToUser); got[len(got)-1] != StoppedCaveat || len(got) != len(want)+1 {
		t.Errorf("stopped early: %q", got)
	}
	withheld := Result{Habit: diary.HabitStretched, Withheld: true, Verdict: VerdictRunning, End: diary.NewDate(2027, 2, 21)}
	if got := withheld.Sentences(ToUser); len(got) != 1 || !strings.Contains(got[0], "until the night of Sun 21 Feb 2027.") {
		t.Errorf("withheld: %q", got)
	}
	// A planned trial has not begun: it is not "under way".
	planned := withheld
	planned.Status, planned.Start = diary.TrialPlanned, diary.NewDate(2026, 12, 7)
	if got := planned.Sentences(ToUser); len(got) != 1 || got[0] != "The trial has not begun: its first night is Mon 7 Dec 2026, and it runs to the night of Sun 21 Feb 2027. Its figures are kept back until then, so that they cannot tempt an early stop." {
		t.Errorf("planned: %q", got)
	}
	interim := fewer
	interim.Verdict, interim.Interim = VerdictRunning, true
	if got := interim.Sentences(ToUser); got[0] != "Interim figures of a trial still under way: do not stop on these." || len(got) != 4 {
		t.Errorf("interim: %q", got)
	}
	for _, r := range []Result{fewer, unclear, little, withheld, interim} {
		for _, v := range []Voice{ToUser, AboutPatient} {
			s := strings.ToLower(strings.Join(r.Sentences(v), " "))
			for _, banned := range []string{"cure", "prove", "causes", "prevents"} {
				if strings.Contains(s, banned) {
					t.Errorf("%q in %s", banned, s)
				}
			}
		}
	}
}

func TestEstimateLines(t *testing.T) {
	start := diary.NewDate(2026, 12, 1)
	none := Estimate{Baseline: Baseline{Nights: 9}}
	if got := none.Lines(start); len(got) != 1 || got[0] != "The chance that this trial finds a halving of your cramps cannot be estimated yet: it needs 14 logged nights, and the diary has 9 before tonight." {
		t.Errorf("not possible: %q", got)
	}
	if got := (Estimate{}).Lines(start); got[0] != "The chance that this trial finds a halving of your cramps cannot be estimated yet: it needs 14 logged nights, and the diary has none before tonight." {
		t.Errorf("a new diary: %q", got)
	}
	e := Estimate{Possible: true, Baseline: Baseline{Nights: 28, Mean: 1, Variance: 2, Logged: 0.75},
		Chances: []Chance{{diary.TrialDesign{PeriodNights: 1, Pairs: 42}, 0.446}, {diary.TrialDesign{PeriodNights: 1, Pairs: 84}, 0.768}}}
	want := []string{
		"If the change truly halved your cramps, how often would a trial find it? From your last 28 logged nights (1 cramp a night, 75% of nights logged), about:",
		"  45% for this trial: 42 pairs, 12 weeks, to Mon 22 Feb 2027",
		"  77% for a longer one: 84 pairs, 24 weeks, to Mon 17 May 2027",
		"A trial this short will more often than not miss even a real halving: a longer one, or one started once cramps are more frequent, is more likely to give a clear answer.",
	}
	if got := e.Lines(start); !slices.Equal(got, want) {
		t.Errorf("lines:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if DesignWords(diary.TrialDesign{PeriodNights: 14, WashoutNights: 1, Pairs: 8}) != "8 pairs of two 14-night periods: in each, one period with the change (A) and one as usual (B), in an order drawn at random; the first night of each period lets the change settle and is not scored" {
		t.Errorf("design: %s", DesignWords(diary.TrialDesign{PeriodNights: 14, WashoutNights: 1, Pairs: 8}))
	}
	if Weeks(224) != "32 weeks" || Weeks(10) != "1 week and 3 nights" || Weeks(1) != "1 night" {
		t.Errorf("weeks: %s, %s, %s", Weeks(224), Weeks(10), Weeks(1))
	}
}

// An estimate is a simulation: it never says a certainty it has not got
// (1000 of 1000 simulated trials is ">99%", none of them "<1%"), and a
// design whose exact test can never reach p ≤ 0.05 says so.
func TestEstimateLinesNeverSayCertain(t *testing.T) {
	start := diary.NewDate(2026, 12, 1)
	b := Baseline{Nights: 28, Mean: 1.6, Variance: 2, Logged: 1}
	e := Estimate{Possible: true, Baseline: b,
		Chances: []Chance{{diary.TrialDesign{PeriodNights: 1, Pairs: 63}, 0.998}, {diary.TrialDesign{PeriodNights: 1, Pairs: 84}, 1}}}
	got := e.Lines(start)
	if got[1] != "  >99% for this trial: 63 pairs, 18 weeks, to Mon 5 Apr 2027" || got[2] != "  >99% for a longer one: 84 pairs, 24 weeks, to Mon 17 May 2027" {
		t.Errorf("near certain:\n%s", strings.Join(got, "\n"))
	}
	e.Chances = []Chance{{diary.TrialDesign{PeriodNights: 1, Pairs: 5}, 0}, {diary.TrialDesign{PeriodNights: 1, Pairs: 7}, 0}, {diary.TrialDesign{PeriodNights: 1, Pairs: 10}, 0.24}}
	want := []string{
		"If the change truly halved your cramps, how often would a trial find it? From your last 28 logged nights (1.6 cramps a night), about:",
		"  0% for this trial: 5 pairs, 1 week and 3 nights, to Thu 10 Dec 2026",
		"  <1% for a longer one: 7 pairs, 2 weeks, to Mon 14 Dec 2026",
		"  24% for a longer one: 10 pairs, 2 weeks and 6 nights, to Sun 20 Dec 2026",
		"With 5 pairs the exact test can never reach p ≤ 0.05, however the nights go (its smallest p is 2 in 32, 6%): plan 6 pairs or more for a chance of a clear answer.",
	}
	if got := e.Lines(start); !slices.Equal(got, want) {
		t.Errorf("lines:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	calm := Estimate{Possible: true, Baseline: Baseline{Nights: 20, Logged: 1},
		Chances: []Chance{{diary.TrialDesign{PeriodNights: 1, Pairs: 42}, 0}}}
	if got := calm.Lines(start); !slices.Equal(got, []string{"Your last 20 logged nights had no cramps: there is nothing to halve, so no trial can show a difference now."}) {
		t.Errorf("no cramps: %q", got)
	}
	for pairs, can := range map[int]bool{4: false, 5: false, 6: true, 42: true, 183: true} {
		if CanReach(pairs) != can {
			t.Errorf("CanReach(%d) = %v", pairs, !can)
		}
	}
}
