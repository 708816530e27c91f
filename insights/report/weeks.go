package report

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
)

// WeekBar is one bar of the weekly chart: a calendar week of the profile's
// week start, or, over a long period, a run of Weeks weeks; its nights are
// those of the period that fall in it.
type WeekBar struct {
	// Start and End are the bar's first and last nights inside the period.
	Start, End diary.Date
	// Weeks is how many calendar weeks the bar spans.
	Weeks        int
	Logged       int // nights whose cramps are recorded
	CrampNights  int
	CrampMinutes float64
}

// Nights returns how many nights of the period the bar spans.
func (b WeekBar) Nights() int { return b.End.DaysSince(b.Start) + 1 }

// MaxBars is how many bars the chart draws before it joins weeks into runs
// of equal length, so a long period still reads as a trend.
const MaxBars = 26

// trendWeeks is the length of insights.Week's trend.
const trendWeeks = 12

// WeekBars returns the bars of the weekly chart over the period, from the
// period's nights in date order. The counts are insights.Week's trend
// figures (SPEC §6a) taken over these nights only, so a week the period cuts
// counts only its nights inside the period.
func WeekBars(periodNights []diary.Night, p diary.Profile, period Period) []WeekBar {
	if !period.Valid() {
		return []WeekBar{}
	}
	ws := p.FirstWeekday()
	first := diary.WeekStartOf(period.From, ws)
	last := diary.WeekStartOf(period.To, ws)
	n := last.DaysSince(first)/7 + 1

	weeks := make([]insights.TrendWeek, n)
	for end := n - 1; end >= 0; end -= trendWeeks {
		rep := insights.Week(periodNights, p, first.AddDays(7*end), period.To)
		for i, tw := range rep.Trend {
			if k := end - (trendWeeks - 1) + i; k >= 0 {
				weeks[k] = tw
			}
		}
	}

	per := (n + MaxBars - 1) / MaxBars
	bars := make([]WeekBar, 0, (n+per-1)/per)
	for i := 0; i < n; i += per {
		j := min(n, i+per)
		b := WeekBar{
			Start: max(weeks[i].Start, period.From),
			End:   min(weeks[j-1].Start.AddDays(6), period.To),
			Weeks: j - i,
		}
		for _, w := range weeks[i:j] {
			b.Logged += w.NightsLogged
			b.CrampNights += w.CrampNights
			b.CrampMinutes += w.CrampMinutes
		}
		bars = append(bars, b)
	}
	return bars
}
