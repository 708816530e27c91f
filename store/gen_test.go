package store

import (
	"math"
	"math/rand/v2"

	"github.com/crampsdiary/cramps/diary"
)

// Two generators for the tests: realisticNight makes valid nights like a
// real diary's (for the API, crash, migration tests and the benchmarks), and
// arbitraryNight makes any value the types can hold, valid or not (for the
// codec's round trip). Both are seeded: the same seed, the same nights.

// realisticNight returns the night of date d in a diary seeded by seed.
func realisticNight(seed uint64, d diary.Date) diary.Night {
	r := rand.New(rand.NewPCG(seed, uint64(uint32(d))))
	n := diary.Night{Date: d}
	chance := func(p float64) bool { return r.Float64() < p }
	clock := func(base, spread int) diary.Clock {
		return diary.Clock(((base+r.IntN(2*spread+1)-spread)%diary.MinutesPerDay + diary.MinutesPerDay) % diary.MinutesPerDay)
	}
	if chance(0.9) {
		n.Sleep = diary.Sleep{
			Bedtime:         diary.Some(clock(22*60+30, 60)),
			LightsOut:       diary.Some(clock(23*60, 60)),
			SleepLatencyMin: diary.Some(r.IntN(60)),
			Awakenings:      diary.Some(r.IntN(5)),
			WASOMin:         diary.Some(r.IntN(90)),
			FinalWake:       diary.Some(clock(6*60+30, 45)),
			OutOfBed:        diary.Some(clock(6*60+50, 45)),
			Quality:         diary.Some(1 + r.IntN(5)),
		}
		if chance(0.1) {
			n.Sleep.WASOMin = diary.None[int]()
		}
	}
	if chance(0.85) {
		day := diary.Day{
			WaterML:           diary.Some(250 * r.IntN(12)),
			CaffeineServings:  diary.Some(r.IntN(5)),
			AlcoholDrinks:     diary.Some(r.IntN(4)),
			ExerciseMin:       diary.Some(15 * r.IntN(6)),
			ExerciseIntensity: diary.Intensities[r.IntN(len(diary.Intensities))],
			SittingH:          diary.Some(float64(r.IntN(25)) / 2),
			StandingH:         diary.Some(float64(r.IntN(13)) / 2),
			HeavySweating:     diary.Some(chance(0.1)),
			Stress:            diary.Some(1 + r.IntN(5)),
			Stretched:         diary.Some(chance(0.5)),
			Supplements:       []diary.Supplement{},
		}
		if day.CaffeineServings.Or(0) > 0 {
			day.LastCaffeine = diary.Some(clock(13*60, 180))
		}
		if chance(0.3) {
			day.Supplements = append(day.Supplements, diary.SupplementMagnesium)
		}
		if chance(0.2) {
			day.Medications = []string{"furosemide"}
		}
		if chance(0.2) {
			day.LegsElevated = diary.Some(chance(0.5))
			day.Massage = diary.Some(chance(0.5))
			day.FluidLoss = diary.Some(false)
			day.WalkingPain = diary.Some(false)
		}
		n.Day = day
	}
	if chance(0.7) {
		n.Position = diary.Position{
			SleepPosition: diary.SleepPositions[r.IntN(len(diary.SleepPositions))],
			ToesPointed:   diary.Some(chance(0.4)),
			TightBlankets: diary.Some(chance(0.3)),
		}
	}
	switch x := r.Float64(); {
	case x < 0.03: // cramps not recorded: Episodes stays nil
	case x < 0.65:
		n.Episodes = []diary.Episode{}
	default:
		n.Episodes = make([]diary.Episode, 1+r.IntN(3))
		for i := range n.Episodes {
			n.Episodes[i] = diary.Episode{
				Time:      diary.Some(clock(3*60, 120)),
				Muscle:    diary.Muscles[r.IntN(4)],
				Side:      diary.Sides[r.IntN(len(diary.Sides))],
				DurationS: diary.Some(30 + r.IntN(600)),
				Intensity: diary.Some(r.IntN(11)),
				WokeMe:    diary.Some(chance(0.8)),
				Relief:    []diary.Relief{diary.ReliefStretch},
				SorenessH: diary.Some(float64(r.IntN(20)) / 2),
			}
			if chance(0.3) {
				n.Episodes[i].Relief = append(n.Episodes[i].Relief, diary.ReliefWalk)
			}
		}
	}
	if chance(0.15) {
		n.Notes = []string{"long flight", "new shoes", "hot day, lots of gardening", "späte Feier ☕"}[r.IntN(4)]
	}
	return n
}

// realisticNights returns count nights from start on, one a day.
func realisticNights(seed uint64, start diary.Date, count int) []diary.Night {
	out := make([]diary.Night, count)
	for i := range out {
		out[i] = realisticNight(seed, start.AddDays(i))
	}
	return out
}

// arbitrary draws values that stress the codec: zero, tiny, huge and
// negative numbers, words in and out of the enumerations, empty strings,
// invalid UTF-8, nil against empty lists.
type arbitrary struct{ r *rand.Rand }

func (a arbitrary) present() bool { return a.r.IntN(3) > 0 }

func (a arbitrary) int() int {
	switch a.r.IntN(5) {
	case 0:
		return 0
	case 1:
		return a.r.IntN(100)
	case 2:
		return -a.r.IntN(1000)
	case 3:
		return []int{math.MaxInt64, math.MinInt64, math.MaxInt32 + 1, -1}[a.r.IntN(4)]
	}
	return int(a.r.Uint64())
}

func (a arbitrary) optInt() diary.Opt[int] {
	if a.present() {
		return diary.Some(a.int())
	}
	return diary.None[int]()
}

func (a arbitrary) optClock() diary.Opt[diary.Clock] {
	if !a.present() {
		return diary.None[diary.Clock]()
	}
	if a.r.IntN(4) == 0 {
		return diary.Some(diary.Clock(int16(a.r.Uint32()))) // any int16, valid or not
	}
	return diary.Some(diary.Clock(a.r.IntN(diary.MinutesPerDay)))
}

func (a arbitrary) optBool() diary.Opt[bool] {
	if a.present() {
		return diary.Some(a.r.IntN(2) == 0)
	}
	return diary.None[bool]()
}

func (a arbitrary) optFloat() diary.Opt[float64] {
	if !a.present() {
		return diary.None[float64]()
	}
	switch a.r.IntN(4) {
	case 0:
		return diary.Some(0.0)
	case 1:
		return diary.Some(float64(a.r.IntN(49)) / 2)
	case 2:
		return diary.Some([]float64{math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64, math.MaxFloat64, -0.1}[a.r.IntN(5)])
	}
	for {
		if f := math.Float64frombits(a.r.Uint64()); !math.IsNaN(f) { // NaN is never Equal to itself
			return diary.Some(f)
		}
	}
}

func (a arbitrary) optDate() diary.Opt[diary.Date] {
	if a.present() {
		return diary.Some(diary.Date(int32(a.r.Uint32())))
	}
	return diary.None[diary.Date]()
}

func (a arbitrary) str() string {
	switch a.r.IntN(5) {
	case 0:
		return ""
	case 1:
		return "furosemide"
	case 2:
		return "Ünïcødé ☕ notes\nwith a line break"
	case 3:
		return string([]byte{0xff, 0xfe, 0x00, 'x'}) // not UTF-8: still kept byte for byte
	}
	b := make([]byte, a.r.IntN(300))
	for i := range b {
		b[i] = byte(a.r.Uint32())
	}
	return string(b)
}

func arbitraryEnum[T ~string](a arbitrary, all []T) T {
	switch a.r.IntN(6) {
	case 0:
		return ""
	case 1:
		return T(a.str()) // a word outside the enumeration
	}
	return all[a.r.IntN(len(all))]
}

func arbitraryList[T any](a arbitrary, elem func() T) []T {
	switch a.r.IntN(4) {
	case 0:
		return nil
	case 1:
		return []T{}
	}
	l := make([]T, 1+a.r.IntN(4))
	for i := range l {
		l[i] = elem()
	}
	return l
}

func (a arbitrary) night() diary.Night {
	return diary.Night{
		Date: diary.Date(int32(a.r.Uint32())),
		Sleep: diary.Sleep{
			Bedtime: a.optClock(), LightsOut: a.optClock(), SleepLatencyMin: a.optInt(),
			Awakenings: a.optInt(), WASOMin: a.optInt(), FinalWake: a.optClock(),
			OutOfBed: a.optClock(), Quality: a.optInt(),
		},
		Day: diary.Day{
			WaterML: a.optInt(), CaffeineServings: a.optInt(), LastCaffeine: a.optClock(),
			AlcoholDrinks: a.optInt(), ExerciseMin: a.optInt(),
			ExerciseIntensity: arbitraryEnum(a, diary.Intensities),
			SittingH:          a.optFloat(), StandingH: a.optFloat(), HeavySweating: a.optBool(),
			FluidLoss: a.optBool(), WalkingPain: a.optBool(), Stress: a.optInt(),
			Stretched: a.optBool(), LegsElevated: a.optBool(), Massage: a.optBool(),
			Supplements: arbitraryList(a, func() diary.Supplement { return arbitraryEnum(a, diary.Supplements) }),
			Medications: arbitraryList(a, a.str),
		},
		Position: diary.Position{
			SleepPosition: arbitraryEnum(a, diary.SleepPositions),
			ToesPointed:   a.optBool(), TightBlankets: a.optBool(), LegsCurled: a.optBool(),
			KneesSupported: a.optBool(),
		},
		Episodes: arbitraryList(a, a.episode),
		Notes:    a.str(),
	}
}

func (a arbitrary) episode() diary.Episode {
	return diary.Episode{
		Time: a.optClock(), Muscle: arbitraryEnum(a, diary.Muscles), Side: arbitraryEnum(a, diary.Sides),
		DurationS: a.optInt(), Intensity: a.optInt(), WokeMe: a.optBool(),
		Relief:    arbitraryList(a, func() diary.Relief { return arbitraryEnum(a, diary.Reliefs) }),
		SorenessH: a.optFloat(), Swelling: a.optBool(), Numbness: a.optBool(), Weakness: a.optBool(),
		Twitching: a.optBool(),
	}
}

func (a arbitrary) profile() diary.Profile {
	return diary.Profile{
		BirthYear:  a.optInt(),
		Sex:        arbitraryEnum(a, diary.Sexes),
		Pregnant:   a.optBool(),
		Conditions: arbitraryList(a, func() diary.Condition { return arbitraryEnum(a, diary.Conditions) }),
		Medications: arbitraryList(a, func() diary.Medication {
			return diary.Medication{Name: a.str(), Class: arbitraryEnum(a, diary.MedClasses),
				Started: a.optDate(), Stopped: a.optDate()}
		}),
		WaterGoalML:    a.optInt(),
		CaffeineCutoff: a.optClock(),
		WeekStart:      arbitraryEnum(a, diary.WeekStarts),
	}
}
