package screen

import (
	"slices"

	"github.com/crampsdiary/cramps/diary"
)

// WithTrials returns a copy of d holding trials, put in start order.
func (d *Data) WithTrials(trials []diary.Trial) *Data {
	ts := slices.Clone(trials)
	slices.SortStableFunc(ts, func(a, b diary.Trial) int { return int(a.Start - b.Start) })
	c := *d
	c.Trials = ts
	return &c
}

// WithTrial returns a copy of d with t added, replacing the trial of its id.
func (d *Data) WithTrial(t diary.Trial) *Data {
	ts := make([]diary.Trial, 0, len(d.Trials)+1)
	for _, o := range d.Trials {
		if o.ID != t.ID {
			ts = append(ts, o)
		}
	}
	return d.WithTrials(append(ts, t))
}

// TrialOn returns the trial that holds the night of date (scheduled, and
// before any stop), if one does.
func (d *Data) TrialOn(date diary.Date) (diary.Trial, bool) {
	for _, t := range d.Trials {
		if t.Holds(date) {
			return t, true
		}
	}
	return diary.Trial{}, false
}

// CurrentTrial returns the trial that is planned or running on the evening
// of tonight, if there is one: the one the screens tell the user about.
func (d *Data) CurrentTrial(tonight diary.Date) (diary.Trial, bool) {
	for _, t := range d.Trials {
		if s := t.Status(tonight); s == diary.TrialPlanned || s == diary.TrialRunning {
			return t, true
		}
	}
	return diary.Trial{}, false
}

// LatestTrial returns the trial that started last, if there is one.
func (d *Data) LatestTrial() (diary.Trial, bool) {
	if len(d.Trials) == 0 {
		return diary.Trial{}, false
	}
	return d.Trials[len(d.Trials)-1], true
}

// SaveTrialMsg asks the root to save a self-experiment: a new one, or one
// being stopped. Done is the status line shown once it is saved.
type SaveTrialMsg struct {
	Trial diary.Trial
	Done  string
}

// TrialSavedMsg tells every screen that a trial was saved.
type TrialSavedMsg struct{ Trial diary.Trial }

// PlanTrialMsg asks the root to open the Trial screen on a plan for Habit,
// as the Insights page of a factor that can be tested does.
type PlanTrialMsg struct{ Habit diary.TrialHabit }
