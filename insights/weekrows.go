package insights

import (
	"math"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
)

// The figures of a week's table, one set for the Week screen and for
// `cramps week`: which figures, which way is better, and how each and its
// change are written (issue 11.7: one number, one spelling).

// Better says which way a figure should move.
type Better int

const (
	LowerBetter  Better = iota // fewer cramps, shorter, less pain
	HigherBetter               // more sleep, more habits kept
)

// WeekRow is one figure of the table: this week, last week and the 4-week
// average, and how to write them.
type WeekRow struct {
	Label           string
	This, Prev, Avg diary.Opt[float64]
	Way             Better
	Fig             words.Figure // this week and last, and the change between them
	AvgFig          words.Figure // the 4-week average, which may need a decimal, and the change against it
	// Sum marks a figure that adds up over the nights logged (cramp nights,
	// cramp time, habit nights): set against a week with a different number
	// of nights logged, its change says nothing (Comparable).
	Sum bool
}

// maxLoggedGap is how many more or fewer nights logged than this week's
// another week may have and still be compared by counts: one, the night a
// week still going on has not had yet. Past it, 1 cramp night in 2 logged
// against 2 in 7 is no news either way.
const maxLoggedGap = 1

// Comparable reports whether a week with logged nights logged can be set
// against one (or an average) with than nights logged by the figures that
// add up over nights.
func Comparable(logged int, than float64) bool {
	return math.Abs(float64(logged)-than) <= maxLoggedGap
}

// WeekCrampRows are the figures of SPEC §6: cramps, pain and sleep. A week
// with nothing recorded has no counts: its zeros are not news. Woken is the
// nights woken by cramps, which only the command line has room for.
func WeekCrampRows(r *WeekReport, woken bool) []WeekRow {
	cur, prev, avg := &r.WeekFigures, &r.Previous, &r.FourWeekAverage
	c, p := cur.CrampsKnown(), prev.CrampsKnown()
	rows := []WeekRow{
		{"cramp nights", WeekCount(c, cur.CrampNights), WeekCount(p, prev.CrampNights), avg.CrampNights, LowerBetter, words.AsCount, words.AsTenth, true},
		{"cramps", WeekCount(c, cur.Episodes), WeekCount(p, prev.Episodes), avg.Episodes, LowerBetter, words.AsCount, words.AsTenth, true},
		{"cramp time", minutesIf(cur.CrampTimeKnown(), cur.CrampMinutes), minutesIf(prev.CrampTimeKnown(), prev.CrampMinutes), avg.CrampMinutes, LowerBetter, words.AsMinutes, words.AsMinutes, true},
		{"mean pain", cur.MeanIntensity, prev.MeanIntensity, avg.MeanIntensity, LowerBetter, words.AsTenth, words.AsTenth, false},
		{"worst pain", WeekKnown(cur.MaxIntensity), WeekKnown(prev.MaxIntensity), avg.MaxIntensity, LowerBetter, words.AsCount, words.AsTenth, false},
		{"longest cramp", WeekKnown(cur.LongestEpisodeS), WeekKnown(prev.LongestEpisodeS), avg.LongestEpisodeS, LowerBetter, words.AsSeconds, words.AsSeconds, false},
		{"sleep a night", cur.AvgTotalSleepMin, prev.AvgTotalSleepMin, avg.AvgTotalSleepMin, HigherBetter, words.AsSleep, words.AsSleep, false},
		{"sleep efficiency", cur.AvgSleepEfficiency, prev.AvgSleepEfficiency, avg.AvgSleepEfficiency, HigherBetter, words.AsRatio, words.AsRatio, false},
	}
	if woken {
		woke := WeekRow{"nights woken by cramps", WeekCount(c, cur.WokeNights), WeekCount(p, prev.WokeNights), avg.WokeNights, LowerBetter, words.AsCount, words.AsTenth, true}
		rows = append(rows[:6], append([]WeekRow{woke}, rows[6:]...)...)
	}
	return rows
}

// WeekHabitRows are the habits of SPEC §6, in nights: stretching, the water
// goal and the caffeine cutoff. A week without a night in the diary has no
// habit counts.
func WeekHabitRows(r *WeekReport, cutoff diary.Clock) []WeekRow {
	cur, prev, avg := &r.WeekFigures, &r.Previous, &r.FourWeekAverage
	c, p := cur.DayKnown(), prev.DayKnown()
	return []WeekRow{
		{"stretched", WeekCount(c, cur.StretchedNights), WeekCount(p, prev.StretchedNights), avg.StretchedNights, HigherBetter, words.AsCount, words.AsTenth, true},
		{"water goal met", WeekCount(c, cur.WaterGoalNights), WeekCount(p, prev.WaterGoalNights), avg.WaterGoalNights, HigherBetter, words.AsCount, words.AsTenth, true},
		{"caffeine by " + cutoff.String(), WeekCount(c, cur.CaffeineCutoffNights), WeekCount(p, prev.CaffeineCutoffNights), avg.CaffeineCutoffNights, HigherBetter, words.AsCount, words.AsTenth, true},
	}
}

// Change is how a figure moved against another week.
type Change int

const (
	ChangeUnknown Change = iota // one side is not known
	ChangeSame                  // equal at the precision shown
	ChangeGood
	ChangeBad
)

// Against returns how r's figure moved against than, written by f with its
// arrow ("↑1.2", "=", "↓2m50s"): the difference of the figures as written
// (words.Figure.Change), and whether that is good news.
func (r WeekRow) Against(than diary.Opt[float64], f words.Figure) (Change, float64, string) {
	v, ok1 := r.This.Get()
	t, ok2 := than.Get()
	if !ok1 || !ok2 {
		return ChangeUnknown, 0, ""
	}
	d, text := f.Change(v, t)
	switch {
	case d == 0:
		return ChangeSame, 0, text
	case (d < 0) == (r.Way == LowerBetter):
		return ChangeGood, d, text
	}
	return ChangeBad, d, text
}

// WeekCount is a whole number as a figure, known when the week was recorded.
func WeekCount(recorded bool, v int) diary.Opt[float64] {
	if !recorded {
		return diary.Opt[float64]{}
	}
	return diary.Some(float64(v))
}

// minutesIf is cramp time as a figure, known when the week was recorded.
func minutesIf(recorded bool, v float64) diary.Opt[float64] {
	if !recorded {
		return diary.Opt[float64]{}
	}
	return diary.Some(v)
}

// WeekKnown widens a figure that may be unknown.
func WeekKnown(o diary.Opt[int]) diary.Opt[float64] {
	if v, ok := o.Get(); ok {
		return diary.Some(float64(v))
	}
	return diary.Opt[float64]{}
}
