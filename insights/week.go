package insights

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/redflags"
)

// WeekFigures are the figures of one week (SPEC §6a), in the keys of
// `cramps week --json`. A week holds the nights whose date falls in it,
// Start to End.
//
// The cramp figures (nights_logged to by_muscle) come from the nights whose
// cramps are recorded; the sleep and habit figures from every night of the
// week where the value is known, cramps recorded or not, since a recorded
// bedtime or glass of water is a fact either way. Absent values never count
// as zero: a figure with nothing known behind it is null (the Opt fields),
// and a count only counts what was recorded.
type WeekFigures struct {
	Start        diary.Date `json:"start"`
	End          diary.Date `json:"end"`
	NightsLogged int        `json:"nights_logged"` // nights whose cramps are recorded
	CrampNights  int        `json:"cramp_nights"`  // nights with at least one episode
	Episodes     int        `json:"episodes"`
	CrampMinutes float64    `json:"cramp_minutes"` // sum of the known duration_s, over 60
	// MeanIntensity is the mean intensity of the episodes whose intensity is known.
	MeanIntensity   diary.Opt[float64] `json:"mean_intensity"`
	MaxIntensity    diary.Opt[int]     `json:"max_intensity"`
	LongestEpisodeS diary.Opt[int]     `json:"longest_episode_s"`
	WokeNights      int                `json:"woke_nights"` // nights with an episode that woke the user
	// ByMuscle counts episodes by muscle; an episode with no muscle recorded
	// counts in Episodes only, so the counts may sum to less. Never nil.
	ByMuscle           map[diary.Muscle]int `json:"by_muscle"`
	AvgTotalSleepMin   diary.Opt[float64]   `json:"avg_total_sleep_min"`  // over nights where it is known
	AvgSleepEfficiency diary.Opt[float64]   `json:"avg_sleep_efficiency"` // over nights where it is known, 0–1
	StretchedNights    int                  `json:"stretched_nights"`
	WaterGoalNights    int                  `json:"water_goal_nights"` // water_ml ≥ the profile's goal
	// CaffeineCutoffNights counts the days with no caffeine after the
	// profile's cutoff: no servings, or the last one not later than the
	// cutoff. Days where neither is known do not count.
	CaffeineCutoffNights int `json:"caffeine_cutoff_nights"`
	// Nights counts the week's nights in the diary, cramps recorded or not.
	Nights int `json:"-"`
}

// CrampsKnown reports whether the week's cramp figures are known: some
// night of it has its cramps recorded (SPEC §6a).
func (w WeekFigures) CrampsKnown() bool { return w.NightsLogged > 0 }

// CrampTimeKnown reports whether the week's cramp time can be known: its
// cramps are recorded, and it had none or at least one with a duration (a
// week whose every cramp is of unknown length did not take 0s).
func (w WeekFigures) CrampTimeKnown() bool {
	return w.CrampsKnown() && (w.Episodes == 0 || w.LongestEpisodeS.Known())
}

// DayKnown reports whether the week's habit and sleep figures can be known:
// some night of it is in the diary (SPEC §6a).
func (w WeekFigures) DayKnown() bool { return w.Nights > 0 }

// WeekAverage is each figure of WeekFigures averaged over those of the 4
// weeks before a week (Start to End) in which it is known (SPEC §6a as
// amended): the cramp figures over the weeks with a night whose cramps are
// recorded, the habit and sleep figures over the weeks with any night in the
// diary; null when known in none. A week with nothing logged is not a week
// of zeros. NightsLogged is over all 4 weeks. ByMuscle holds each muscle
// seen, its episodes averaged over the weeks with cramps recorded; nil
// (null) when there are none.
type WeekAverage struct {
	Start                diary.Date               `json:"start"`
	End                  diary.Date               `json:"end"`
	NightsLogged         float64                  `json:"nights_logged"`
	CrampNights          diary.Opt[float64]       `json:"cramp_nights"`
	Episodes             diary.Opt[float64]       `json:"episodes"`
	CrampMinutes         diary.Opt[float64]       `json:"cramp_minutes"`
	MeanIntensity        diary.Opt[float64]       `json:"mean_intensity"`
	MaxIntensity         diary.Opt[float64]       `json:"max_intensity"`
	LongestEpisodeS      diary.Opt[float64]       `json:"longest_episode_s"`
	WokeNights           diary.Opt[float64]       `json:"woke_nights"`
	ByMuscle             map[diary.Muscle]float64 `json:"by_muscle"`
	AvgTotalSleepMin     diary.Opt[float64]       `json:"avg_total_sleep_min"`
	AvgSleepEfficiency   diary.Opt[float64]       `json:"avg_sleep_efficiency"`
	StretchedNights      diary.Opt[float64]       `json:"stretched_nights"`
	WaterGoalNights      diary.Opt[float64]       `json:"water_goal_nights"`
	CaffeineCutoffNights diary.Opt[float64]       `json:"caffeine_cutoff_nights"`
	// loggedWhenRecorded is the mean nights logged over the weeks that
	// logged any (LoggedPerRecordedWeek).
	loggedWhenRecorded float64
}

// LoggedPerRecordedWeek is the mean number of nights logged in the weeks of
// the average that logged any: the number of nights its counts (cramp
// nights, habit nights), each a mean over those weeks, are counts of. A
// diary begun last week has a mean of 7 nights stretched out of 7 logged,
// though NightsLogged, over all four weeks, is 1.75.
func (a WeekAverage) LoggedPerRecordedWeek() float64 { return a.loggedWhenRecorded }

// TrendWeek is one week of the 12-week trend. Its JSON has null for a
// figure the week cannot know (MarshalJSON), as the week's own figures do.
type TrendWeek struct {
	Start        diary.Date `json:"start"`
	NightsLogged int        `json:"nights_logged"`
	CrampNights  int        `json:"cramp_nights"`
	CrampMinutes float64    `json:"cramp_minutes"`
	// timeKnown: CrampMinutes is known (WeekFigures.CrampTimeKnown).
	timeKnown bool
}

// WeekReport is what the Week screen and `cramps week --json` show: the
// week's figures (inline), the week before, the average of the 4 weeks
// before, the 12-week trend, and the red flags.
type WeekReport struct {
	WeekFigures
	Previous        WeekFigures     `json:"previous"`
	FourWeekAverage WeekAverage     `json:"four_week_average"`
	Trend           []TrendWeek     `json:"trend"`     // the 12 weeks ending with this one, oldest first
	RedFlags        []redflags.Flag `json:"red_flags"` // never nil
}

const (
	weekDays       = 7
	weekTrendWeeks = 12 // SPEC §6: "the last 12 weeks"
	weekAvgWeeks   = 4  // SPEC §6a: "the 4 weeks before"
)

// Week returns the report of the week holding start (snapped back to the
// first day of its week by the profile's week_start), from nights in date
// order. The figures hold every night dated in each week. The red flags are
// those as of the week's last day or asOf (the last night the user means),
// whichever is earlier: a past week shows the flags that held at its end,
// and the current week does not look past last night.
func Week(nights []diary.Night, p diary.Profile, start diary.Date, asOf diary.Date) WeekReport {
	start = diary.WeekStartOf(start, p.FirstWeekday())
	first := start.AddDays(-weekDays * (weekTrendWeeks - 1))
	span := diary.NightsBetween(nights, first, start.AddDays(weekDays-1))

	weeks := make([]WeekFigures, weekTrendWeeks)
	for i := range weeks {
		ws := first.AddDays(weekDays * i)
		weeks[i] = weekFiguresOf(diary.NightsBetween(span, ws, ws.AddDays(weekDays-1)), ws, p)
	}
	this := weeks[weekTrendWeeks-1]

	trend := make([]TrendWeek, weekTrendWeeks)
	for i, w := range weeks {
		trend[i] = TrendWeek{Start: w.Start, NightsLogged: w.NightsLogged, CrampNights: w.CrampNights, CrampMinutes: w.CrampMinutes,
			timeKnown: w.CrampTimeKnown()}
	}
	return WeekReport{
		WeekFigures:     this,
		Previous:        weeks[weekTrendWeeks-2],
		FourWeekAverage: weekAverageOf(weeks[weekTrendWeeks-1-weekAvgWeeks : weekTrendWeeks-1]),
		Trend:           trend,
		RedFlags:        redflags.Check(nights, p, min(this.End, asOf)),
	}
}

// weekFiguresOf returns the figures of the week starting at start, from its nights.
func weekFiguresOf(nights []diary.Night, start diary.Date, p diary.Profile) WeekFigures {
	w := WeekFigures{Start: start, End: start.AddDays(weekDays - 1), ByMuscle: map[diary.Muscle]int{}}
	var seconds, painSum, painN int
	var sleep weekMean
	var eff weekMean
	goal, cutoff := p.WaterGoal(), p.Cutoff()
	w.Nights = len(nights)
	for i := range nights {
		n := &nights[i]
		if n.CrampsKnown() {
			w.NightsLogged++
		}
		if n.CrampNight() {
			w.CrampNights++
		}
		if n.WokeByCramp() {
			w.WokeNights++
		}
		for _, e := range n.Episodes {
			w.Episodes++
			if e.Muscle != "" {
				w.ByMuscle[e.Muscle]++
			}
			if v, ok := e.Intensity.Get(); ok {
				painSum += v
				painN++
				w.MaxIntensity = weekMax(w.MaxIntensity, v)
			}
			if v, ok := e.DurationS.Get(); ok {
				seconds += v
				w.LongestEpisodeS = weekMax(w.LongestEpisodeS, v)
			}
		}
		if v, ok := n.Sleep.TotalSleepMin().Get(); ok {
			sleep.add(float64(v))
		}
		if v, ok := n.Sleep.Efficiency().Get(); ok {
			eff.add(v)
		}
		if n.Day.Stretched.Or(false) {
			w.StretchedNights++
		}
		if v, ok := n.Day.WaterML.Get(); ok && v >= goal {
			w.WaterGoalNights++
		}
		if weekCaffeineBeforeCutoff(n.Day, cutoff) {
			w.CaffeineCutoffNights++
		}
	}
	w.CrampMinutes = float64(seconds) / 60
	if painN > 0 {
		w.MeanIntensity = diary.Some(float64(painSum) / float64(painN))
	}
	w.AvgTotalSleepMin = sleep.mean()
	w.AvgSleepEfficiency = eff.mean()
	return w
}

// weekCaffeineBeforeCutoff reports whether a day had no caffeine after the
// cutoff: no servings recorded as none, or a last one recorded not later
// than the cutoff in the diary day (which runs 04:00 to 04:00, so 01:00 is
// late). Unknown is not counted.
func weekCaffeineBeforeCutoff(d diary.Day, cutoff diary.Clock) bool {
	if v, ok := d.CaffeineServings.Get(); ok && v == 0 {
		return true
	}
	last, ok := d.LastCaffeine.Get()
	return ok && !last.After(cutoff)
}

// weekMax returns the larger of a known maximum and v.
func weekMax(m diary.Opt[int], v int) diary.Opt[int] {
	if cur, ok := m.Get(); ok && cur >= v {
		return m
	}
	return diary.Some(v)
}

// weekMean is a running mean of known values.
type weekMean struct {
	sum float64
	n   int
}

func (m *weekMean) add(v float64) { m.sum += v; m.n++ }

// mean returns the mean, absent when nothing was added.
func (m weekMean) mean() diary.Opt[float64] {
	if m.n == 0 {
		return diary.Opt[float64]{}
	}
	return diary.Some(m.sum / float64(m.n))
}

// weekAverageOf averages the figures of consecutive weeks, oldest first,
// each over the weeks in which it is known.
func weekAverageOf(weeks []WeekFigures) WeekAverage {
	a := WeekAverage{Start: weeks[0].Start, End: weeks[len(weeks)-1].End}
	var crampNights, episodes, minutes, woke, stretched, water, caffeine weekMean
	var meanPain, maxPain, longest, sleep, eff, recorded weekMean
	muscles := map[diary.Muscle]float64{}
	for _, w := range weeks {
		a.NightsLogged += float64(w.NightsLogged)
		if w.NightsLogged > 0 {
			recorded.add(float64(w.NightsLogged))
		}
		if w.CrampsKnown() {
			crampNights.add(float64(w.CrampNights))
			episodes.add(float64(w.Episodes))
			if w.CrampTimeKnown() {
				minutes.add(w.CrampMinutes)
			}
			woke.add(float64(w.WokeNights))
			for m, c := range w.ByMuscle {
				muscles[m] += float64(c)
			}
		}
		if w.DayKnown() {
			stretched.add(float64(w.StretchedNights))
			water.add(float64(w.WaterGoalNights))
			caffeine.add(float64(w.CaffeineCutoffNights))
		}
		weekAddKnown(&meanPain, w.MeanIntensity)
		weekAddKnown(&maxPain, weekFloat(w.MaxIntensity))
		weekAddKnown(&longest, weekFloat(w.LongestEpisodeS))
		weekAddKnown(&sleep, w.AvgTotalSleepMin)
		weekAddKnown(&eff, w.AvgSleepEfficiency)
	}
	a.NightsLogged /= float64(len(weeks))
	a.CrampNights, a.Episodes, a.CrampMinutes, a.WokeNights = crampNights.mean(), episodes.mean(), minutes.mean(), woke.mean()
	a.StretchedNights, a.WaterGoalNights, a.CaffeineCutoffNights = stretched.mean(), water.mean(), caffeine.mean()
	if crampNights.n > 0 {
		a.ByMuscle = muscles
		for m := range a.ByMuscle {
			a.ByMuscle[m] /= float64(crampNights.n)
		}
	}
	a.MeanIntensity = meanPain.mean()
	a.MaxIntensity = maxPain.mean()
	a.LongestEpisodeS = longest.mean()
	a.AvgTotalSleepMin = sleep.mean()
	a.AvgSleepEfficiency = eff.mean()
	a.loggedWhenRecorded = recorded.mean().Or(0)
	return a
}

// weekAddKnown adds o to m when it is known.
func weekAddKnown(m *weekMean, o diary.Opt[float64]) {
	if v, ok := o.Get(); ok {
		m.add(v)
	}
}

// weekFloat widens a known int to a float.
func weekFloat(o diary.Opt[int]) diary.Opt[float64] {
	if v, ok := o.Get(); ok {
		return diary.Some(float64(v))
	}
	return diary.Opt[float64]{}
}

// DayCell is one date of the calendar heat map.
type DayCell struct {
	Date         diary.Date     `json:"date"`
	Logged       bool           `json:"logged"`        // a night is in the diary for the date
	CrampsKnown  bool           `json:"cramps_known"`  // its cramps are recorded (none counts)
	CrampMinutes float64        `json:"cramp_minutes"` // sum of the known durations, over 60
	WorstPain    diary.Opt[int] `json:"worst_pain"`    // absent when no episode has an intensity
}

// NightlyMinutes returns one cell per date from from to to inclusive, in
// order, for the calendar heat map, from nights in date order. It is empty
// when to is before from.
func NightlyMinutes(nights []diary.Night, from, to diary.Date) []DayCell {
	if to < from {
		return []DayCell{}
	}
	cells := make([]DayCell, to.DaysSince(from)+1)
	for i := range cells {
		cells[i].Date = from.AddDays(i)
	}
	in := diary.NightsBetween(nights, from, to)
	for i := range in {
		n := &in[i]
		c := &cells[n.Date.DaysSince(from)]
		c.Logged = true
		c.CrampsKnown = n.CrampsKnown()
		c.CrampMinutes = float64(n.CrampSeconds()) / 60
		c.WorstPain = n.WorstPain()
	}
	return cells
}
