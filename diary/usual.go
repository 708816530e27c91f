package diary

import "strings"

// UsualWindow is how many of the latest logged nights the usual values come from.
const UsualWindow = 14

// Usual returns the user's usual night: each sleep, day and position field set
// to its most common known value over the last UsualWindow nights of nights
// (which must be in date order), ties going to the most recent. A field stays
// absent unless it was recorded on at least UsualMinNights of those nights
// and on no fewer than left it unrecorded. Fields that only make sense together
// are taken together, as one night had them, so the usual night is one that
// could have happened (issue 11.4): bedtime and lights out, awakenings and
// time awake, final wake and out of bed, caffeine servings and the last
// one's time, exercise minutes and effort, hours sitting and standing.
// Date, Episodes and Notes are left empty: they are what the user tells
// each morning.
func Usual(nights []Night) Night {
	recent := nights[max(0, len(nights)-UsualWindow):]
	var u Night
	s, d, p := &u.Sleep, &u.Day, &u.Position

	s.Bedtime, s.LightsOut = modeOfPair(recent, func(n *Night) (Opt[Clock], Opt[Clock]) { return n.Sleep.Bedtime, n.Sleep.LightsOut })
	s.SleepLatencyMin = modeOf(recent, func(n *Night) Opt[int] { return n.Sleep.SleepLatencyMin })
	s.Awakenings, s.WASOMin = modeOfPair(recent, func(n *Night) (Opt[int], Opt[int]) { return n.Sleep.Awakenings, n.Sleep.WASOMin })
	s.FinalWake, s.OutOfBed = modeOfPair(recent, func(n *Night) (Opt[Clock], Opt[Clock]) { return n.Sleep.FinalWake, n.Sleep.OutOfBed })
	s.Quality = modeOf(recent, func(n *Night) Opt[int] { return n.Sleep.Quality })

	d.WaterML = modeOf(recent, func(n *Night) Opt[int] { return n.Day.WaterML })
	d.CaffeineServings, d.LastCaffeine = modeOfPair(recent, func(n *Night) (Opt[int], Opt[Clock]) {
		return n.Day.CaffeineServings, n.Day.LastCaffeine
	})
	d.AlcoholDrinks = modeOf(recent, func(n *Night) Opt[int] { return n.Day.AlcoholDrinks })
	ex := mode(recent, func(n *Night) (exercise, exercise, bool) {
		e := exercise{n.Day.ExerciseMin, n.Day.ExerciseIntensity}
		return e, e, e.min.Known() || e.effort != ""
	}).Or(exercise{})
	d.ExerciseMin, d.ExerciseIntensity = ex.min, ex.effort
	d.SittingH, d.StandingH = modeOfPair(recent, func(n *Night) (Opt[float64], Opt[float64]) { return n.Day.SittingH, n.Day.StandingH })
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

// exercise is a day's exercise minutes and effort, taken together.
type exercise struct {
	min    Opt[int]
	effort Intensity
}

// modeOfPair is modeOf for two fields taken together, as one night had them;
// a night counts when either is known.
func modeOfPair[A, B comparable](recent []Night, get func(*Night) (Opt[A], Opt[B])) (Opt[A], Opt[B]) {
	type pair struct {
		a Opt[A]
		b Opt[B]
	}
	p := mode(recent, func(n *Night) (pair, pair, bool) {
		a, b := get(n)
		v := pair{a, b}
		return v, v, a.Known() || b.Known()
	}).Or(pair{})
	return p.a, p.b
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

// UsualMinNights is how many of the recent nights must have recorded a field
// for it to have a usual value: one or two nights are not a habit, and a
// value copied from one of them into every "usual" night would record what
// the user never said (one evening of three drinks became every night's,
// and raised a heavy-drinking red flag).
const UsualMinNights = 3

// mode counts the values get yields under their keys and returns the value
// with the highest count; on a tie, the one seen most recently wins. There
// is none unless at least UsualMinNights nights recorded the field and no
// fewer recorded it than left it unrecorded: "not recorded" is a recent
// habit too.
func mode[K comparable, V any](recent []Night, get func(*Night) (K, V, bool)) Opt[V] {
	counts := make(map[K]int, len(recent))
	top, recorded := 0, 0
	for i := range recent {
		if k, _, ok := get(&recent[i]); ok {
			counts[k]++
			top = max(top, counts[k])
			recorded++
		}
	}
	if recorded < UsualMinNights || recorded < len(recent)-recorded {
		return Opt[V]{}
	}
	for i := len(recent) - 1; i >= 0; i-- {
		if k, v, ok := get(&recent[i]); ok && counts[k] == top {
			return Some(v)
		}
	}
	return Opt[V]{}
}
