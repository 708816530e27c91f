package report

import (
	"fmt"

	"github.com/crampsdiary/cramps/diary"
	numwords "github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights/trial"
)

// The self-experiments (SPEC §11.6): a section for each complete or running
// trial, in the third person and in cramps a week, with the verdict and its
// caveats. A running trial's figures stay withheld, as they do for the user.

// TrialResult is one self-experiment and its analysis.
type TrialResult struct {
	Trial  diary.Trial
	Result trial.Result
}

// WithTrials returns r with the diary's complete and running trials analysed
// on the evening of tonight (stopped and planned ones are left out).
func (r Report) WithTrials(ts []diary.Trial, nights []diary.Night, p diary.Profile, tonight diary.Date) Report {
	r.Trials = nil
	for _, t := range ts {
		switch t.Status(tonight) {
		case diary.TrialComplete, diary.TrialRunning:
			res := trial.Analyze(t, nights, p, tonight).Withhold(false)
			r.Trials = append(r.Trials, TrialResult{Trial: t, Result: res})
		}
	}
	return r
}

// trialItem is one trial in words.
type trialItem struct {
	Name, Status, Dates, Design string
	Sentences                   []string
}

// composeTrials puts the trials into words.
func (r Report) composeTrials(pg *page) {
	for _, tr := range r.Trials {
		t, res := tr.Trial, tr.Result
		status := "complete"
		if res.Status == diary.TrialRunning {
			status = "under way"
		}
		pg.Trials = append(pg.Trials, trialItem{
			Name:      capitalFirst(t.Habit.Name()),
			Status:    status,
			Dates:     longDay(t.Start) + " to " + longDay(t.Last()),
			Design:    trialDesign(t.Design()),
			Sentences: res.Sentences(trial.AboutPatient),
		})
	}
	if len(pg.Trials) > 0 {
		pg.TrialsNote = "Each self-experiment assigned the change (A) or the usual evening (B) at random within each pair of periods, and compares the nights by what was assigned. " + trial.Caveat
	}
}

// trialDesign says a design in a few words.
func trialDesign(d diary.TrialDesign) string {
	if d.PeriodNights == 1 {
		return numwords.Nouns(d.Pairs, "pair") + " of nights, one with the change and one without, in random order"
	}
	s := fmt.Sprintf("%s of %d-night periods, one with the change and one without, in random order", numwords.Nouns(d.Pairs, "pair"), d.PeriodNights)
	if d.WashoutNights > 0 {
		s += "; the first " + firstNights(d.WashoutNights) + " of each period not scored"
	}
	return s
}

func capitalFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// firstNights writes "night" for one, "7 nights" for more: "the first night".
func firstNights(n int) string { return numwords.Choose(n, "night", numwords.Nouns(n, "night")) }
