package diary

import "reflect"

// Night is one night of the diary, keyed by the date of the evening it began.
// Every field but Date is optional: an absent value is "not recorded", never
// a silent zero. Episodes follows the same rule with nil and empty: nil means
// cramps were not recorded, an empty list means "recorded: none".
type Night struct {
	Date     Date      `json:"date"`
	Sleep    Sleep     `json:"sleep,omitzero"`
	Day      Day       `json:"day,omitzero"`
	Position Position  `json:"position,omitzero"`
	Episodes []Episode `json:"episodes,omitzero"`
	Notes    string    `json:"notes,omitzero"`
}

// Sleep holds the core items of the Consensus Sleep Diary (Carney et al., SLEEP 2012).
type Sleep struct {
	Bedtime         Opt[Clock] `json:"bedtime,omitzero"`
	LightsOut       Opt[Clock] `json:"lights_out,omitzero"`
	SleepLatencyMin Opt[int]   `json:"sleep_latency_min,omitzero"`
	Awakenings      Opt[int]   `json:"awakenings,omitzero"`
	WASOMin         Opt[int]   `json:"waso_min,omitzero"`
	FinalWake       Opt[Clock] `json:"final_wake,omitzero"`
	OutOfBed        Opt[Clock] `json:"out_of_bed,omitzero"`
	Quality         Opt[int]   `json:"quality,omitzero"`
}

// Day holds the exposures of the day before the night.
type Day struct {
	WaterML           Opt[int]     `json:"water_ml,omitzero"`
	CaffeineServings  Opt[int]     `json:"caffeine_servings,omitzero"`
	LastCaffeine      Opt[Clock]   `json:"last_caffeine,omitzero"`
	AlcoholDrinks     Opt[int]     `json:"alcohol_drinks,omitzero"`
	ExerciseMin       Opt[int]     `json:"exercise_min,omitzero"`
	ExerciseIntensity Intensity    `json:"exercise_intensity,omitzero"`
	SittingH          Opt[float64] `json:"sitting_h,omitzero"`
	StandingH         Opt[float64] `json:"standing_h,omitzero"`
	HeavySweating     Opt[bool]    `json:"heavy_sweating,omitzero"`
	FluidLoss         Opt[bool]    `json:"fluid_loss,omitzero"`
	WalkingPain       Opt[bool]    `json:"walking_pain,omitzero"`
	Stress            Opt[int]     `json:"stress,omitzero"`
	Stretched         Opt[bool]    `json:"stretched,omitzero"`
	LegsElevated      Opt[bool]    `json:"legs_elevated,omitzero"`
	Massage           Opt[bool]    `json:"massage,omitzero"`
	Supplements       []Supplement `json:"supplements,omitzero"`
	Medications       []string     `json:"medications,omitzero"`
}

// Position holds how the user slept.
type Position struct {
	SleepPosition  SleepPosition `json:"sleep_position,omitzero"`
	ToesPointed    Opt[bool]     `json:"toes_pointed,omitzero"`
	TightBlankets  Opt[bool]     `json:"tight_blankets,omitzero"`
	LegsCurled     Opt[bool]     `json:"legs_curled,omitzero"`
	KneesSupported Opt[bool]     `json:"knees_supported,omitzero"`
}

// Episode is one cramp.
type Episode struct {
	Time      Opt[Clock]   `json:"time,omitzero"`
	Muscle    Muscle       `json:"muscle,omitzero"`
	Side      Side         `json:"side,omitzero"`
	DurationS Opt[int]     `json:"duration_s,omitzero"`
	Intensity Opt[int]     `json:"intensity,omitzero"`
	WokeMe    Opt[bool]    `json:"woke_me,omitzero"`
	Relief    []Relief     `json:"relief,omitzero"`
	SorenessH Opt[float64] `json:"soreness_h,omitzero"`
	Swelling  Opt[bool]    `json:"swelling,omitzero"`
	Numbness  Opt[bool]    `json:"numbness,omitzero"`
	Weakness  Opt[bool]    `json:"weakness,omitzero"`
	Twitching Opt[bool]    `json:"twitching,omitzero"`
}

// CrampsKnown reports whether the night's cramps were recorded (none counts).
func (n Night) CrampsKnown() bool { return n.Episodes != nil }

// CrampNight reports whether the night had at least one cramp.
func (n Night) CrampNight() bool { return len(n.Episodes) > 0 }

// CrampSeconds returns the summed duration of the night's episodes whose
// duration is known.
func (n Night) CrampSeconds() int {
	total := 0
	for _, e := range n.Episodes {
		total += e.DurationS.Or(0)
	}
	return total
}

// CrampTime returns CrampSeconds where the night's cramp time is known:
// absent when its cramps are not recorded, or when it had cramps and not
// one of them has a duration (a cramp of unknown length is not 0s). With
// some durations known it is their sum, the least the cramps took.
func (n Night) CrampTime() Opt[int] {
	if !n.CrampsKnown() {
		return None[int]()
	}
	for _, e := range n.Episodes {
		if e.DurationS.Known() {
			return Some(n.CrampSeconds())
		}
	}
	if len(n.Episodes) > 0 {
		return None[int]()
	}
	return Some(0)
}

// WorstPain returns the highest intensity among the night's episodes, absent
// when no episode has one.
func (n Night) WorstPain() Opt[int] {
	return n.episodeMax(func(e Episode) Opt[int] { return e.Intensity })
}

// LongestEpisode returns the longest known episode duration in seconds, absent when none is known.
func (n Night) LongestEpisode() Opt[int] {
	return n.episodeMax(func(e Episode) Opt[int] { return e.DurationS })
}

// episodeMax returns the largest known value of field over the night's
// episodes, absent when no episode has one.
func (n Night) episodeMax(field func(Episode) Opt[int]) Opt[int] {
	var most Opt[int]
	for _, e := range n.Episodes {
		if v, ok := field(e).Get(); ok && (!most.Known() || v > most.v) {
			most = Some(v)
		}
	}
	return most
}

// WokeByCramp reports whether any episode of the night woke the user.
func (n Night) WokeByCramp() bool {
	for _, e := range n.Episodes {
		if e.WokeMe.Or(false) {
			return true
		}
	}
	return false
}

// Clone returns a deep copy of n, so a draft can be edited without touching
// the night it came from. Nil and empty lists stay as they are.
func (n Night) Clone() Night {
	c := n
	c.Day.Supplements = cloneList(n.Day.Supplements)
	c.Day.Medications = cloneList(n.Day.Medications)
	c.Episodes = cloneList(n.Episodes)
	for i := range c.Episodes {
		c.Episodes[i].Relief = cloneList(n.Episodes[i].Relief)
	}
	return c
}

// cloneList copies a list, keeping nil as nil and empty as empty.
func cloneList[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(make(S, 0, len(s)), s...)
}

// Equal reports whether two nights hold the same record, telling nil and
// empty lists apart (reflect.DeepEqual does).
func (n Night) Equal(o Night) bool { return reflect.DeepEqual(n, o) }
