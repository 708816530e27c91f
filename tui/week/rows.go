package week

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights"
)

// The rows, the way each figure is written and how a change is judged come
// from insights, where `cramps week` reads them too (issue 11.7).

// better says which way a figure should move.
type better = insights.Better

const (
	lowerBetter  = insights.LowerBetter // fewer cramps, shorter, less pain
	higherBetter = insights.HigherBetter
)

// row is one figure of the table: this week, last week and the 4-week
// average, and how to write them.
type row struct {
	label           string
	this, prev, avg diary.Opt[float64]
	way             better
	fig             words.Figure // this week and last, and the change between them
	avgFig          words.Figure // the 4-week average, which may need a decimal, and the change against it
}

// rowsOf takes the rows insights gives.
func rowsOf(ws []insights.WeekRow) []row {
	out := make([]row, len(ws))
	for i, w := range ws {
		out[i] = row{w.Label, w.This, w.Prev, w.Avg, w.Way, w.Fig, w.AvgFig}
	}
	return out
}

// crampRows are the figures of SPEC §6: cramps, pain and sleep.
func crampRows(r *insights.WeekReport) []row { return rowsOf(insights.WeekCrampRows(r, false)) }

// habitRows are the habits of SPEC §6: stretching, the water goal and the
// caffeine cutoff, in nights.
func habitRows(r *insights.WeekReport, cutoff diary.Clock) []row {
	return rowsOf(insights.WeekHabitRows(r, cutoff))
}

// change is how a figure moved against another week, as the screen shows it.
type change = insights.Change

const (
	unknown = insights.ChangeUnknown // one side is not known
	same    = insights.ChangeSame    // equal at the precision shown
	good    = insights.ChangeGood
	bad     = insights.ChangeBad
)

// against returns how r's figure moved against than, written by f with its
// arrow ("↑1.2", "=") as the command line writes it: the difference of the
// figures as written (words.Figure.Change).
func (r row) against(than diary.Opt[float64], f words.Figure) (change, float64, string) {
	return insights.WeekRow{This: r.this, Way: r.way}.Against(than, f)
}
