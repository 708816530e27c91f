package store

import "github.com/crampsdiary/cramps/diary"

// The stored form of a Night in schema 2: a format byte, the date, then the
// tagged fields of wire.go. Every field the diary can hold survives the round
// trip exactly: absent against zero or false, nil against empty lists, and
// words outside the enumerations. Decoding never panics; damaged bytes give
// an error wrapping errCorrupt.

// nightFormat is the first byte of every stored night. A new layout of the
// record takes a new number and a migration.
const nightFormat byte = 1

// Tags of a Night's fields. Stored in every diary: never renumber, only add.
const (
	tagBedtime         = 1
	tagLightsOut       = 2
	tagSleepLatencyMin = 3
	tagAwakenings      = 4
	tagWASOMin         = 5
	tagFinalWake       = 6
	tagOutOfBed        = 7
	tagQuality         = 8

	tagWaterML           = 16
	tagCaffeineServings  = 17
	tagLastCaffeine      = 18
	tagAlcoholDrinks     = 19
	tagExerciseMin       = 20
	tagExerciseIntensity = 21
	tagSittingH          = 22
	tagStandingH         = 23
	tagHeavySweating     = 24
	tagFluidLoss         = 25
	tagWalkingPain       = 26
	tagStress            = 27
	tagStretched         = 28
	tagLegsElevated      = 29
	tagMassage           = 30
	tagSupplements       = 31
	tagDayMedications    = 32

	tagSleepPosition  = 40
	tagToesPointed    = 41
	tagTightBlankets  = 42
	tagLegsCurled     = 43
	tagKneesSupported = 44

	tagEpisodes = 48
	tagNotes    = 56
)

// Tags of an Episode's fields, inside the episodes list.
const (
	tagEpTime      = 1
	tagEpMuscle    = 2
	tagEpSide      = 3
	tagEpDurationS = 4
	tagEpIntensity = 5
	tagEpWokeMe    = 6
	tagEpRelief    = 7
	tagEpSorenessH = 8
	tagEpSwelling  = 9
	tagEpNumbness  = 10
	tagEpWeakness  = 11
	tagEpTwitching = 12
)

// Code tables of the enumerations: a word is stored as its place here, so
// these orders are part of the file format and independent of the display
// orders in package diary. Never reorder; append new words at the end. A word
// missing from its table is still stored, spelled out.
var (
	muscleCodes = []diary.Muscle{
		diary.MuscleCalf, diary.MuscleFoot, diary.MuscleToes, diary.MuscleShin,
		diary.MuscleThighFront, diary.MuscleThighBack, diary.MuscleOther,
	}
	sideCodes   = []diary.Side{diary.SideLeft, diary.SideRight, diary.SideBoth}
	reliefCodes = []diary.Relief{
		diary.ReliefStretch, diary.ReliefMassage, diary.ReliefWalk, diary.ReliefHeat,
		diary.ReliefIce, diary.ReliefWarmBath, diary.ReliefOther,
	}
	intensityCodes = []diary.Intensity{
		diary.IntensityNone, diary.IntensityLight, diary.IntensityModerate, diary.IntensityStrenuous,
	}
	supplementCodes = []diary.Supplement{
		diary.SupplementMagnesium, diary.SupplementPotassium, diary.SupplementCalcium,
		diary.SupplementElectrolytes, diary.SupplementVitaminB,
	}
	positionCodes = []diary.SleepPosition{
		diary.PositionBack, diary.PositionSide, diary.PositionStomach, diary.PositionMixed,
	}
)

// encodeNight returns the stored form of n.
func encodeNight(n diary.Night) []byte {
	e := encoder{b: make([]byte, 0, 96+32*len(n.Episodes)+len(n.Notes))}
	e.b = append(e.b, nightFormat)
	e.date(n.Date)

	s := &n.Sleep
	e.optClock(tagBedtime, s.Bedtime)
	e.optClock(tagLightsOut, s.LightsOut)
	e.optInt(tagSleepLatencyMin, s.SleepLatencyMin)
	e.optInt(tagAwakenings, s.Awakenings)
	e.optInt(tagWASOMin, s.WASOMin)
	e.optClock(tagFinalWake, s.FinalWake)
	e.optClock(tagOutOfBed, s.OutOfBed)
	e.optInt(tagQuality, s.Quality)

	d := &n.Day
	e.optInt(tagWaterML, d.WaterML)
	e.optInt(tagCaffeineServings, d.CaffeineServings)
	e.optClock(tagLastCaffeine, d.LastCaffeine)
	e.optInt(tagAlcoholDrinks, d.AlcoholDrinks)
	e.optInt(tagExerciseMin, d.ExerciseMin)
	optEnum(&e, tagExerciseIntensity, d.ExerciseIntensity, intensityCodes)
	e.optFloat(tagSittingH, d.SittingH)
	e.optFloat(tagStandingH, d.StandingH)
	e.optBool(tagHeavySweating, d.HeavySweating)
	e.optBool(tagFluidLoss, d.FluidLoss)
	e.optBool(tagWalkingPain, d.WalkingPain)
	e.optInt(tagStress, d.Stress)
	e.optBool(tagStretched, d.Stretched)
	e.optBool(tagLegsElevated, d.LegsElevated)
	e.optBool(tagMassage, d.Massage)
	enumList(&e, tagSupplements, d.Supplements, supplementCodes)
	e.strList(tagDayMedications, d.Medications)

	p := &n.Position
	optEnum(&e, tagSleepPosition, p.SleepPosition, positionCodes)
	e.optBool(tagToesPointed, p.ToesPointed)
	e.optBool(tagTightBlankets, p.TightBlankets)
	e.optBool(tagLegsCurled, p.LegsCurled)
	e.optBool(tagKneesSupported, p.KneesSupported)

	if n.Episodes != nil {
		e.tag(tagEpisodes)
		e.uvarint(uint64(len(n.Episodes)))
		for i := range n.Episodes {
			encodeEpisode(&e, &n.Episodes[i])
		}
	}
	e.optStr(tagNotes, n.Notes)
	e.tag(tagEnd)
	return e.b
}

func encodeEpisode(e *encoder, ep *diary.Episode) {
	e.optClock(tagEpTime, ep.Time)
	optEnum(e, tagEpMuscle, ep.Muscle, muscleCodes)
	optEnum(e, tagEpSide, ep.Side, sideCodes)
	e.optInt(tagEpDurationS, ep.DurationS)
	e.optInt(tagEpIntensity, ep.Intensity)
	e.optBool(tagEpWokeMe, ep.WokeMe)
	enumList(e, tagEpRelief, ep.Relief, reliefCodes)
	e.optFloat(tagEpSorenessH, ep.SorenessH)
	e.optBool(tagEpSwelling, ep.Swelling)
	e.optBool(tagEpNumbness, ep.Numbness)
	e.optBool(tagEpWeakness, ep.Weakness)
	e.optBool(tagEpTwitching, ep.Twitching)
	e.tag(tagEnd)
}

// decodeNight reads a night stored by encodeNight. The strings it returns are
// copies, so the night outlives the transaction that read b.
func decodeNight(b []byte) (diary.Night, error) {
	var n diary.Night
	err := decodeNightInto(b, &n, nil)
	return n, err
}

// decodeNightInto is decodeNight writing into *n, which must be the zero
// Night: loading thousands of nights straight into their slice saves copying
// each one twice. Its lists come from sl when it is not nil. On error *n is
// left zero.
func decodeNightInto(b []byte, n *diary.Night, sl *slab) error {
	d, err := decoderFor(b, nightFormat, "night")
	if err != nil {
		return err
	}
	d.slab = sl
	n.Date = d.date()
	s, day, p := &n.Sleep, &n.Day, &n.Position
	for t := d.tagAfter(0); t != tagEnd; t = d.tagAfter(t) {
		switch t {
		case tagBedtime:
			s.Bedtime = diary.Some(d.clock())
		case tagLightsOut:
			s.LightsOut = diary.Some(d.clock())
		case tagSleepLatencyMin:
			s.SleepLatencyMin = diary.Some(d.int())
		case tagAwakenings:
			s.Awakenings = diary.Some(d.int())
		case tagWASOMin:
			s.WASOMin = diary.Some(d.int())
		case tagFinalWake:
			s.FinalWake = diary.Some(d.clock())
		case tagOutOfBed:
			s.OutOfBed = diary.Some(d.clock())
		case tagQuality:
			s.Quality = diary.Some(d.int())
		case tagWaterML:
			day.WaterML = diary.Some(d.int())
		case tagCaffeineServings:
			day.CaffeineServings = diary.Some(d.int())
		case tagLastCaffeine:
			day.LastCaffeine = diary.Some(d.clock())
		case tagAlcoholDrinks:
			day.AlcoholDrinks = diary.Some(d.int())
		case tagExerciseMin:
			day.ExerciseMin = diary.Some(d.int())
		case tagExerciseIntensity:
			day.ExerciseIntensity = decodeEnum(&d, intensityCodes)
		case tagSittingH:
			day.SittingH = diary.Some(d.float())
		case tagStandingH:
			day.StandingH = diary.Some(d.float())
		case tagHeavySweating:
			day.HeavySweating = diary.Some(d.boolean())
		case tagFluidLoss:
			day.FluidLoss = diary.Some(d.boolean())
		case tagWalkingPain:
			day.WalkingPain = diary.Some(d.boolean())
		case tagStress:
			day.Stress = diary.Some(d.int())
		case tagStretched:
			day.Stretched = diary.Some(d.boolean())
		case tagLegsElevated:
			day.LegsElevated = diary.Some(d.boolean())
		case tagMassage:
			day.Massage = diary.Some(d.boolean())
		case tagSupplements:
			day.Supplements = decodeEnumList(&d, supplementCodes, d.slab.supplements())
		case tagDayMedications:
			day.Medications = d.strList()
		case tagSleepPosition:
			p.SleepPosition = decodeEnum(&d, positionCodes)
		case tagToesPointed:
			p.ToesPointed = diary.Some(d.boolean())
		case tagTightBlankets:
			p.TightBlankets = diary.Some(d.boolean())
		case tagLegsCurled:
			p.LegsCurled = diary.Some(d.boolean())
		case tagKneesSupported:
			p.KneesSupported = diary.Some(d.boolean())
		case tagEpisodes:
			n.Episodes = decodeEpisodes(&d)
		case tagNotes:
			n.Notes = d.str()
		default:
			d.fail("unknown night field %d", t)
		}
	}
	if err := d.end("night"); err != nil {
		*n = diary.Night{}
		return err
	}
	return nil
}

// decodeEpisodes reads a night's list of episodes. It calls decodeEpisode
// directly, not through decodeList, so that the decoder stays on the stack:
// as a function value's argument it would be allocated once a night.
func decodeEpisodes(d *decoder) []diary.Episode {
	k := d.count()
	if d.err != nil {
		return nil
	}
	l := cut(d.slab, d.slab.episodes(), k)
	for i := range l {
		decodeEpisode(d, &l[i])
	}
	return l
}

func decodeEpisode(d *decoder, ep *diary.Episode) {
	for t := d.tagAfter(0); t != tagEnd; t = d.tagAfter(t) {
		switch t {
		case tagEpTime:
			ep.Time = diary.Some(d.clock())
		case tagEpMuscle:
			ep.Muscle = decodeEnum(d, muscleCodes)
		case tagEpSide:
			ep.Side = decodeEnum(d, sideCodes)
		case tagEpDurationS:
			ep.DurationS = diary.Some(d.int())
		case tagEpIntensity:
			ep.Intensity = diary.Some(d.int())
		case tagEpWokeMe:
			ep.WokeMe = diary.Some(d.boolean())
		case tagEpRelief:
			ep.Relief = decodeEnumList(d, reliefCodes, d.slab.reliefs())
		case tagEpSorenessH:
			ep.SorenessH = diary.Some(d.float())
		case tagEpSwelling:
			ep.Swelling = diary.Some(d.boolean())
		case tagEpNumbness:
			ep.Numbness = diary.Some(d.boolean())
		case tagEpWeakness:
			ep.Weakness = diary.Some(d.boolean())
		case tagEpTwitching:
			ep.Twitching = diary.Some(d.boolean())
		default:
			d.fail("unknown episode field %d", t)
		}
	}
}
