package insights

import (
	"encoding/json"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/redflags"
)

// weekFiguresJSON is WeekFigures as `cramps week --json` writes it (SPEC
// §6a as amended): unknown is null, not zero — the cramp figures when no
// night's cramps are recorded, the habit and sleep figures when no night of
// the week is in the diary.
type weekFiguresJSON struct {
	Start                diary.Date           `json:"start"`
	End                  diary.Date           `json:"end"`
	NightsLogged         int                  `json:"nights_logged"`
	CrampNights          diary.Opt[int]       `json:"cramp_nights"`
	Episodes             diary.Opt[int]       `json:"episodes"`
	CrampMinutes         diary.Opt[float64]   `json:"cramp_minutes"`
	MeanIntensity        diary.Opt[float64]   `json:"mean_intensity"`
	MaxIntensity         diary.Opt[int]       `json:"max_intensity"`
	LongestEpisodeS      diary.Opt[int]       `json:"longest_episode_s"`
	WokeNights           diary.Opt[int]       `json:"woke_nights"`
	ByMuscle             map[diary.Muscle]int `json:"by_muscle"`
	AvgTotalSleepMin     diary.Opt[float64]   `json:"avg_total_sleep_min"`
	AvgSleepEfficiency   diary.Opt[float64]   `json:"avg_sleep_efficiency"`
	StretchedNights      diary.Opt[int]       `json:"stretched_nights"`
	WaterGoalNights      diary.Opt[int]       `json:"water_goal_nights"`
	CaffeineCutoffNights diary.Opt[int]       `json:"caffeine_cutoff_nights"`
}

// known returns v when ok, else null.
func known[T any](v T, ok bool) diary.Opt[T] {
	if ok {
		return diary.Some(v)
	}
	return diary.Opt[T]{}
}

func (w WeekFigures) asJSON() weekFiguresJSON {
	c, d := w.CrampsKnown(), w.DayKnown()
	j := weekFiguresJSON{
		Start: w.Start, End: w.End, NightsLogged: w.NightsLogged,
		CrampNights: known(w.CrampNights, c), Episodes: known(w.Episodes, c), CrampMinutes: known(w.CrampMinutes, w.CrampTimeKnown()),
		MeanIntensity: w.MeanIntensity, MaxIntensity: w.MaxIntensity, LongestEpisodeS: w.LongestEpisodeS,
		WokeNights:       known(w.WokeNights, c),
		AvgTotalSleepMin: w.AvgTotalSleepMin, AvgSleepEfficiency: w.AvgSleepEfficiency,
		StretchedNights: known(w.StretchedNights, d), WaterGoalNights: known(w.WaterGoalNights, d),
		CaffeineCutoffNights: known(w.CaffeineCutoffNights, d),
	}
	if c {
		j.ByMuscle = w.ByMuscle
	}
	return j
}

// MarshalJSON writes the figures with null for what is not known.
func (w WeekFigures) MarshalJSON() ([]byte, error) { return json.Marshal(w.asJSON()) }

// MarshalJSON writes a week of the trend with null for what it cannot know:
// its counts when no night's cramps are recorded, its cramp time also when
// no cramp of it has a duration.
func (t TrendWeek) MarshalJSON() ([]byte, error) {
	c := t.NightsLogged > 0
	return json.Marshal(struct {
		Start        diary.Date         `json:"start"`
		NightsLogged int                `json:"nights_logged"`
		CrampNights  diary.Opt[int]     `json:"cramp_nights"`
		CrampMinutes diary.Opt[float64] `json:"cramp_minutes"`
	}{t.Start, t.NightsLogged, known(t.CrampNights, c), known(t.CrampMinutes, c && t.timeKnown)})
}

// MarshalJSON writes the report as SPEC §6a has it, the week's own figures inline.
func (r WeekReport) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		weekFiguresJSON
		Previous        weekFiguresJSON `json:"previous"`
		FourWeekAverage WeekAverage     `json:"four_week_average"`
		Trend           []TrendWeek     `json:"trend"`
		RedFlags        []redflags.Flag `json:"red_flags"`
	}{r.WeekFigures.asJSON(), r.Previous.asJSON(), r.FourWeekAverage, r.Trend, r.RedFlags})
}
