package week

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights"
)

// better says which way a figure should move.
type better int

const (
	lowerBetter better = iota // fewer cramps, shorter, less pain
	higherBetter
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

// crampRows are the figures of SPEC §6: cramps, pain and sleep.
func crampRows(r *insights.WeekReport) []row {
	cur, prev, avg := &r.WeekFigures, &r.Previous, &r.FourWeekAverage
	// A week with nothing recorded has no counts: its zeros are not news.
	c, p := cur.NightsLogged > 0, prev.NightsLogged > 0
	return []row{
		{"cramp nights", count(c, cur.CrampNights), count(p, prev.CrampNights), avg.CrampNights, lowerBetter, words.AsCount, words.AsTenth},
		{"cramps", count(c, cur.Episodes), count(p, prev.Episodes), avg.Episodes, lowerBetter, words.AsCount, words.AsTenth},
		{"cramp time", minutes(c, cur.CrampMinutes), minutes(p, prev.CrampMinutes), avg.CrampMinutes, lowerBetter, words.AsMinutes, words.AsMinutes},
		{"mean pain", cur.MeanIntensity, prev.MeanIntensity, avg.MeanIntensity, lowerBetter, words.AsTenth, words.AsTenth},
		{"worst pain", known(cur.MaxIntensity), known(prev.MaxIntensity), avg.MaxIntensity, lowerBetter, words.AsCount, words.AsTenth},
		{"longest cramp", known(cur.LongestEpisodeS), known(prev.LongestEpisodeS), avg.LongestEpisodeS, lowerBetter, words.AsSeconds, words.AsSeconds},
		{"sleep a night", cur.AvgTotalSleepMin, prev.AvgTotalSleepMin, avg.AvgTotalSleepMin, higherBetter, words.AsSleep, words.AsSleep},
		{"sleep efficiency", cur.AvgSleepEfficiency, prev.AvgSleepEfficiency, avg.AvgSleepEfficiency, higherBetter, words.AsRatio, words.AsRatio},
	}
}

// habitRows are the habits of SPEC §6: stretching, the water goal and the
// caffeine cutoff, in nights.
// A week counts as recorded by its nights with their cramps recorded, the
// figure WeekFigures has; a week without any has no habit counts either.
func habitRows(r *insights.WeekReport, cutoff diary.Clock) []row {
	cur, prev, avg := &r.WeekFigures, &r.Previous, &r.FourWeekAverage
	c, p := cur.DayKnown(), prev.DayKnown()
	return []row{
		{"stretched", count(c, cur.StretchedNights), count(p, prev.StretchedNights), avg.StretchedNights, higherBetter, words.AsCount, words.AsTenth},
		{"water goal met", count(c, cur.WaterGoalNights), count(p, prev.WaterGoalNights), avg.WaterGoalNights, higherBetter, words.AsCount, words.AsTenth},
		{"caffeine by " + cutoff.String(), count(c, cur.CaffeineCutoffNights), count(p, prev.CaffeineCutoffNights), avg.CaffeineCutoffNights, higherBetter, words.AsCount, words.AsTenth},
	}
}

// change is how a figure moved against another week, as the screen shows it.
type change int

const (
	unknown change = iota // one side is not known
	same                  // equal at the precision shown
	good
	bad
)

// against returns how r's figure moved against than, written by f with its
// arrow ("↑1.2", "=") as the command line writes it: the difference of the
// figures as written (words.Figure.Change).
func (r row) against(than diary.Opt[float64], f words.Figure) (change, float64, string) {
	v, ok1 := r.this.Get()
	t, ok2 := than.Get()
	if !ok1 || !ok2 {
		return unknown, 0, ""
	}
	d, text := f.Change(v, t)
	switch {
	case d == 0:
		return same, 0, text
	case (d < 0) == (r.way == lowerBetter):
		return good, d, text
	}
	return bad, d, text
}

// count is a whole number as a figure, known when the week was recorded.
func count(recorded bool, v int) diary.Opt[float64] {
	if !recorded {
		return diary.Opt[float64]{}
	}
	return diary.Some(float64(v))
}

// minutes is cramp time as a figure, known when the week was recorded.
func minutes(recorded bool, v float64) diary.Opt[float64] {
	if !recorded {
		return diary.Opt[float64]{}
	}
	return diary.Some(v)
}

// known widens a figure that may be unknown.
func known(o diary.Opt[int]) diary.Opt[float64] {
	if v, ok := o.Get(); ok {
		return diary.Some(float64(v))
	}
	return diary.Opt[float64]{}
}
