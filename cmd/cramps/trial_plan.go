package main

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/trial"
)

// trialPlanJSON is `cramps trial start --json`: the plan the Trial screen
// shows before it starts a trial (dates, design, the chance estimate), and
// whether it was started (not with --dry-run).
type trialPlanJSON struct {
	ID            string           `json:"id"`
	Habit         diary.TrialHabit `json:"habit"`
	Start         diary.Date       `json:"start"`
	End           diary.Date       `json:"end"` // the last night as planned
	Nights        int              `json:"nights"`
	PeriodNights  int              `json:"period_nights"`
	WashoutNights int              `json:"washout_nights"`
	Pairs         int              `json:"pairs"`
	Started       bool             `json:"started"`
	// Order is the random order drawn, as in the export; null in a dry run,
	// whose draw is thrown away.
	Order    []string     `json:"order"`
	Estimate estimateJSON `json:"estimate"`
}

// estimateJSON is the chance estimate of SPEC §11.2.
type estimateJSON struct {
	// Possible is false with fewer than 14 logged nights before tonight;
	// chances is then [].
	Possible bool `json:"possible"`
	// The baseline: the last logged nights read (at most 28), their cramps a
	// night and its variance, and the share of calendar nights logged over
	// their span; null when there are too few nights to say.
	BaselineNights int                `json:"baseline_nights"`
	CrampsPerNight diary.Opt[float64] `json:"cramps_per_night"`
	Variance       diary.Opt[float64] `json:"variance"`
	LoggedShare    diary.Opt[float64] `json:"logged_share"`
	// Chances: the plan's length first, then longer ones.
	Chances []chanceJSON `json:"chances"`
}

// chanceJSON is the estimated chance that a trial of this length finds a
// true halving of the cramps (verdict fewer_with), between 0 and 1.
type chanceJSON struct {
	Pairs   int     `json:"pairs"`
	Nights  int     `json:"nights"`
	Halving float64 `json:"halving"`
}

func planJSON(t diary.Trial, est trial.Estimate, started bool) trialPlanJSON {
	out := trialPlanJSON{ID: t.ID, Habit: t.Habit, Start: t.Start, End: t.Last(), Nights: t.Design().Nights(),
		PeriodNights: t.PeriodNights, WashoutNights: t.WashoutNights, Pairs: t.Pairs, Started: started,
		Estimate: estimateJSON{Possible: est.Possible, BaselineNights: est.Baseline.Nights, Chances: []chanceJSON{}}}
	if started {
		out.Order = t.Order
	}
	b := est.Baseline
	if b.Nights > 0 {
		out.Estimate.CrampsPerNight = diary.Some(b.Mean)
		out.Estimate.LoggedShare = diary.Some(b.Logged)
	}
	if b.Nights > 1 {
		out.Estimate.Variance = diary.Some(b.Variance)
	}
	for _, c := range est.Chances {
		out.Estimate.Chances = append(out.Estimate.Chances, chanceJSON{Pairs: c.Design.Pairs, Nights: c.Design.Nights(), Halving: c.Halving})
	}
	return out
}
