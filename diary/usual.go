package diary

import "strings"

// UsualWindow is how many of the latest logged nights the usual values come from.
const UsualWindow = 14

// Usual returns the user's usual night: each sleep, day and position field set
// to its most common known value over the last UsualWindow nights of nights
// (which must be in date order), ties going to the most recent. A field never
// known in that window stays absent. Date, Episodes and Notes are left empty:
// they are what the user tells each morning.
func Usual(nights []Night) Night {
	recent := nights[max(0, len(nights)-UsualWindow):]
	var u Night
	s, d, p := &u.Sleep, &u.Day, &u.Position

	s.Bedtime = modeOf(recent, func(n *Night) Opt[Clock] { return n.Sleep.Bedtime })
	s.LightsOut = modeOf(recent, func(n *Night) Opt[Clock] { return n.Sleep.LightsOut })
	s.SleepLatencyMin = modeOf(recent, func(n *Night) Opt[int] { return n.Sleep.SleepLatencyMin })
	s.Awakenings = modeOf(recent, func(n *Night) Opt[int] { return n.Sleep.Awakenings })
	s.WASOMin = modeOf(recent, func(n *Night) Opt[int] { return n.Sleep.WASOMin })
	s.FinalWake = modeOf(recent, func(n *Night) Opt[Clock] { return n.Sleep.FinalWake })
	s.OutOfBed = modeOf(recent, func(n *Night) Opt[Clock] { return n.Sleep.OutOfBed })
	s.Quality = modeOf(recent, func(n *Night) Opt[int] { return n.Sleep.Quality })

	d.WaterML = modeOf(recent, func(n *Night) Opt[int] { return n.Day.WaterML })
	d.CaffeineServings = modeOf(recent, func(n *Night) Opt[int] { return n.Day.CaffeineServings })
	d.LastCaffeine = modeOf(recent, func(n *Night) Opt[Clock] { return n.Day.LastCaffeine })
	d.AlcoholDrinks = modeOf(recent, func(n *Night) Opt[int] { return n.Day.AlcoholDrinks })
	d.ExerciseMin = modeOf(recent, func(n *Night) Opt[int] { return n.Day.ExerciseMin })
	d.ExerciseIntensity = modeWord(recent, func(n *Night) Intensity { return n.Day.ExerciseIntensity })
	d.SittingH = modeOf(recent, func(n *Night) Opt[float64] { return n.Day.SittingH })
	d.StandingH = modeOf(recent, func(n *Night) Opt[float64] { return n.Day.StandingH })
	d.HeavySweating = modeOf(recent, func(n *Night) Opt[bool] { return n.Day.HeavySweating })
	d.FluidLoss = modeOf(recent, func(n *Night) Opt[bool] { return n.Day.FluidLoss })
	d.WalkingPain = modeOf(recent, func(n *Night) Opt[bool] { return n.Day.WalkingPain })
	d.Stress = modeOf(recent, func(n *Night) Opt[int] { return n.Day.Stress })
	d.Stretched = modeOf(recent, func(n *Night) Opt[bool] { return n.Day.Stretched })
	d.LegsElevated = modeOf(recent, func(n *Night) Opt[bool] { return n.Day.LegsElevated })
	d.Massage = modeOf(recent, func(n *Night) Opt[bool] { return n.Day.Massage })
	d.Supplements = modeList(recent, func(n *Night) []Supplement { return n.Day.Supplements })
	d.Medications = modeList(recent, func(n *Night) []string { return n.Day.Medications })

	p.SleepPosition = modeWord(recent, func(n *Night) SleepPosition { return n.Position.SleepPosition })
	p.ToesPointed = modeOf(recent, func(n *Night) Opt[bool] { return n.Position.ToesPointed })
	p.TightBlankets = modeOf(recent, func(n *Night) Opt[bool] { return n.Position.TightBlankets })
	p.LegsCurled = modeOf(recent, func(n *Night) Opt[bool] { return n.Position.LegsCurled })
	p.KneesSupported = modeOf(recent, func(n *Night) Opt[bool] { return n.Position.KneesSupported })
	return u
}

// UsualNight returns the night "no cramps, usual day": the usual values of
// nights, dated date, with cramps recorded as none.
func UsualNight(date Date, nights []Night) Night {
	n := Usual(nights)
	n.Date = date
	n.Episodes = []Episode{}
	return n
}

// modeOf returns the most common known value, the most recent winning ties.
func modeOf[T comparable](recent []Night, get func(*Night) Opt[T]) Opt[T] {
	return mode(recent, func(n *Night) (T, T, bool) {
		v, ok := get(n).Get()
		return v, v, ok
	})
}

// modeWord is modeOf for enumerations, whose empty value means absent.
func modeWord[T ~string](recent []Night, get func(*Night) T) T {
	v, _ := mode(recent, func(n *Night) (T, T, bool) {
		w := get(n)
		return w, w, w != ""
	}).Get()
	return v
}

// modeList is modeOf for lists, compared as whole lists; nil means absent.
func modeList[S ~[]E, E ~string](recent []Night, get func(*Night) S) S {
	v, _ := mode(recent, func(n *Night) (string, S, bool) {
		l := get(n)
		if l == nil {
			return "", nil, false
		}
		parts := make([]string, len(l))
		for i, e := range l {
			parts[i] = string(e)
		}
		return strings.Join(parts, "\x00"), l, true
	}).Get()
	return cloneList(v)
}

// mode counts the values get yields under their keys and returns the value
// with the highest count; on a tie, the one seen most recently wins.
func mode[K comparable, V any](recent []Night, get func(*Night) (K, V, bool)) Opt[V] {
	counts := make(map[K]int, len(recent))
	top := 0
	for i := range recent {
		if k, _, ok := get(&recent[i]); ok {
			counts[k]++
			top = max(top, counts[k])
		}
	}
	for i := len(recent) - 1; i >= 0; i-- {
		if k, v, ok := get(&recent[i]); ok && counts[k] == top {
			return Some(v)
		}
	}
	return Opt[V]{}
}
