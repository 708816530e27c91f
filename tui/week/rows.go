package week

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
)

// The rows, the way each figure is written and how a change is judged come
// from insights, where `cramps week` reads them too (issue 11.7).

const (
	lowerBetter  = insights.LowerBetter // fewer cramps, shorter, less pain
	higherBetter = insights.HigherBetter
)

// row is one figure of the table: this week, last week and the 4-week
// average, and how to write them, as insights gives it.
type row = insights.WeekRow

// crampRows are the figures of SPEC §6: cramps, pain and sleep.
func crampRows(r *insights.WeekReport) []row { return insights.WeekCrampRows(r, false) }

// habitRows are the habits of SPEC §6: stretching, the water goal and the
// caffeine cutoff, in nights.
func habitRows(r *insights.WeekReport, cutoff diary.Clock) []row {
	return insights.WeekHabitRows(r, cutoff)
}

// change is how a figure moved against another week, as the screen shows it.
type change = insights.Change

const (
	unknown = insights.ChangeUnknown // one side is not known
	same    = insights.ChangeSame    // equal at the precision shown
	good    = insights.ChangeGood
	bad     = insights.ChangeBad
)
