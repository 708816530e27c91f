package diary

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// A seeded generator of random valid diaries for the interchange property
// tests and benchmarks. Every field is sometimes absent and sometimes a
// recorded zero, false or empty list; every enumeration value turns up; text
// carries the characters that break naive CSV and JSON writers.

// randDiary returns a valid profile and n valid nights on distinct dates, in a
// shuffled order so encoders must sort them.
func randDiary(r *rand.Rand, n int) (Profile, []Night) {
	p := randProfile(r)
	names := make([]string, len(p.Medications))
	for i, m := range p.Medications {
		names[i] = m.Name
	}
	nights := make([]Night, n)
	date := NewDate(1900+r.IntN(290), 1, 1+r.IntN(365))
	for i := range nights {
		nights[i] = randNight(r, date, names)
		date = date.AddDays(1 + r.IntN(3))
	}
	r.Shuffle(len(nights), func(i, j int) { nights[i], nights[j] = nights[j], nights[i] })
	return p, nights
}

// randNight returns a valid night dated date; meds are names it may list as taken.
func randNight(r *rand.Rand, date Date, meds []string) Night {
	n := Night{Date: date}
	if r.IntN(8) > 0 {
		n.Sleep = Sleep{
			Bedtime:         randOpt(r, func() Clock { return randClock(r) }),
			LightsOut:       randOpt(r, func() Clock { return randClock(r) }),
			SleepLatencyMin: randOpt(r, func() int { return randInt(r, 0, MaxMinutes) }),
			Awakenings:      randOpt(r, func() int { return randInt(r, 0, MaxAwakenings) }),
			WASOMin:         randOpt(r, func() int { return randInt(r, 0, MaxMinutes) }),
			FinalWake:       randOpt(r, func() Clock { return randClock(r) }),
			OutOfBed:        randOpt(r, func() Clock { return randClock(r) }),
			Quality:         randOpt(r, func() int { return randInt(r, 1, 5) }),
		}
	}
	if r.IntN(8) > 0 {
		n.Day = randDay(r, meds)
	}
	if r.IntN(8) > 0 {
		n.Position = Position{
			SleepPosition:  randWord(r, SleepPositions),
			ToesPointed:    randBool(r),
			TightBlankets:  randBool(r),
			LegsCurled:     randBool(r),
			KneesSupported: randBool(r),
		}
	}
	switch r.IntN(4) {
	case 0: // cramps not recorded
	case 1:
		n.Episodes = []Episode{}
	default:
		n.Episodes = make([]Episode, 1+r.IntN(4))
		for i := range n.Episodes {
			n.Episodes[i] = randEpisode(r)
		}
	}
	if r.IntN(3) == 0 {
		n.Notes = randText(r)
	}
	return n
}

func randDay(r *rand.Rand, meds []string) Day {
	d := Day{
		WaterML:           randOpt(r, func() int { return randInt(r, 0, MaxWaterML) }),
		CaffeineServings:  randOpt(r, func() int { return randInt(r, 0, MaxServings) }),
		LastCaffeine:      randOpt(r, func() Clock { return randClock(r) }),
		AlcoholDrinks:     randOpt(r, func() int { return randInt(r, 0, MaxServings) }),
		ExerciseMin:       randOpt(r, func() int { return randInt(r, 0, MaxMinutes) }),
		ExerciseIntensity: randWord(r, Intensities),
		SittingH:          randOpt(r, func() float64 { return randFloat(r, MaxHours) }),
		HeavySweating:     randBool(r),
		FluidLoss:         randBool(r),
		WalkingPain:       randBool(r),
		Stress:            randOpt(r, func() int { return randInt(r, 1, 5) }),
		Stretched:         randBool(r),
		LegsElevated:      randBool(r),
		Massage:           randBool(r),
		Supplements:       randList(r, Supplements),
	}
	// Sitting and standing may not add up to more than a day.
	room := float64(MaxHours) - d.SittingH.Or(0)
	d.StandingH = randOpt(r, func() float64 {
		v := randFloat(r, room)
		for d.SittingH.Or(0)+v > MaxHours {
			v = math.Nextafter(v, 0)
		}
		return v
	})
	if r.IntN(4) > 0 {
		var pool []string
		for _, m := range append(slices.Clone(meds), randMedNames...) {
			if !slices.Contains(pool, m) {
				pool = append(pool, m)
			}
		}
		d.Medications = randList(r, pool)
	}
	return d
}

func randEpisode(r *rand.Rand) Episode {
	return Episode{
		Time:      randOpt(r, func() Clock { return randClock(r) }),
		Muscle:    randWord(r, Muscles),
		Side:      randWord(r, Sides),
		DurationS: randOpt(r, func() int { return randInt(r, 1, MaxEpisodeSeconds) }),
		Intensity: randOpt(r, func() int { return randInt(r, 0, 10) }),
		WokeMe:    randBool(r),
		Relief:    randList(r, Reliefs),
		SorenessH: randOpt(r, func() float64 { return randFloat(r, MaxSorenessH) }),
		Swelling:  randBool(r),
		Numbness:  randBool(r),
		Weakness:  randBool(r),
		Twitching: randBool(r),
	}
}

// randMedNames are medication names a night may list: valid, but awkward for
// a list cell (separators, the empty-list marker, escapes, other scripts).
var randMedNames = []string{"furosemide", "atorvastatin 20 mg", "-", "a;b", `back\slash`, "magnésium; citrate", "Ибупрофен", "x\r\ny"}

func randProfile(r *rand.Rand) Profile {
	p := Profile{
		BirthYear:      randOpt(r, func() int { return randInt(r, MinBirthYear, MaxBirthYear) }),
		Sex:            randWord(r, Sexes),
		Pregnant:       randBool(r),
		Conditions:     randList(r, Conditions),
		WaterGoalML:    randOpt(r, func() int { return randInt(r, 1, MaxWaterML) }),
		CaffeineCutoff: randOpt(r, func() Clock { return randClock(r) }),
		WeekStart:      randWord(r, WeekStarts),
	}
	switch r.IntN(4) {
	case 0:
	case 1:
		p.Medications = []Medication{}
	default:
		names := []string{"furosemide", "simvastatin", "salbutamol", "quinine sulfate", "Eisen; i.v.", `C:\pills`}
		r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
		p.Medications = make([]Medication, 1+r.IntN(len(names)))
		for i := range p.Medications {
			m := Medication{Name: names[i], Class: randWord(r, MedClasses)}
			start := NewDate(1950+r.IntN(100), 1, 1+r.IntN(365))
			m.Started = randOpt(r, func() Date { return start })
			m.Stopped = randOpt(r, func() Date { return start.AddDays(r.IntN(4000)) })
			p.Medications[i] = m
		}
	}
	return p
}

// randOpt returns a known value three times in four; an absent value costs
// no draws for its content.
func randOpt[T any](r *rand.Rand, v func() T) Opt[T] {
	if r.IntN(4) == 0 {
		return Opt[T]{}
	}
	return Some(v())
}

// randBool returns true, false or absent.
func randBool(r *rand.Rand) Opt[bool] { return randOpt(r, func() bool { return r.IntN(2) == 0 }) }

// randInt returns a number in [lo, hi], often one of the bounds.
func randInt(r *rand.Rand, lo, hi int) int {
	switch r.IntN(6) {
	case 0:
		return lo
	case 1:
		return hi
	}
	return lo + r.IntN(hi-lo+1)
}

// randFloat returns a number in [0, hi]: whole, quarter, zero, tiny, or any.
func randFloat(r *rand.Rand, hi float64) float64 {
	switch r.IntN(6) {
	case 0:
		return 0
	case 1:
		return math.Floor(r.Float64() * hi)
	case 2:
		return math.Floor(r.Float64()*hi*4) / 4
	case 3:
		return min(hi, 1e-7*float64(1+r.IntN(9)))
	}
	return r.Float64() * hi
}

func randClock(r *rand.Rand) Clock {
	switch r.IntN(6) {
	case 0:
		return 0
	case 1:
		return MinutesPerDay - 1
	}
	return Clock(r.IntN(MinutesPerDay))
}

// randWord returns one of all, or the empty (absent) word one time in five.
func randWord[T ~string](r *rand.Rand, all []T) T {
	if r.IntN(5) == 0 {
		return ""
	}
	return all[r.IntN(len(all))]
}

// randList returns nil, an empty list, or distinct items of all in random order.
func randList[T ~string](r *rand.Rand, all []T) []T {
	switch r.IntN(4) {
	case 0:
		return nil
	case 1:
		return []T{}
	}
	out := slices.Clone(all)
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out[:1+r.IntN(len(out))]
}

// randText returns a note made of pieces that need quoting or escaping somewhere.
func randText(r *rand.Rand) string {
	pieces := []string{
		"long flight", "calf, then foot", "said \"ouch\"", "a;b", `back\slash`, "line\nbreak",
		"crlf\r\nline", "tab\there", " leading", "trailing ", "<2 glasses & more>", "müde — Wade",
		"🦵", "\u2028", "-", "=1+1", "\x00nul", "'quoted'",
	}
	var b strings.Builder
	for range 1 + r.IntN(4) {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}
