package store

import "github.com/crampsdiary/cramps/diary"

// The stored form of the Profile in schema 2, built like a night's (codec.go).

// profileFormat is the first byte of the stored profile.
const profileFormat byte = 1

// Tags of the Profile's fields. Stored in every diary: never renumber, only add.
const (
	tagBirthYear      = 1
	tagSex            = 2
	tagPregnant       = 3
	tagConditions     = 4
	tagMedications    = 5
	tagWaterGoalML    = 6
	tagCaffeineCutoff = 7
	tagWeekStart      = 8
)

// Tags of a Medication's fields, inside the medications list.
const (
	tagMedName    = 1
	tagMedClass   = 2
	tagMedStarted = 3
	tagMedStopped = 4
)

// Code tables of the profile's enumerations; as in codec.go, append only.
var (
	sexCodes       = []diary.Sex{diary.SexFemale, diary.SexMale, diary.SexOther}
	conditionCodes = []diary.Condition{
		diary.ConditionDiabetes, diary.ConditionKidneyDisease, diary.ConditionThyroid,
		diary.ConditionLiverDisease, diary.ConditionVenousInsufficiency, diary.ConditionVaricoseVeins,
		diary.ConditionPeripheralArteryDisease, diary.ConditionSpinalStenosis, diary.ConditionParkinsons,
		diary.ConditionNeuropathy, diary.ConditionHeartDisease, diary.ConditionHypertension,
		diary.ConditionHighCholesterol, diary.ConditionArthritis, diary.ConditionAnemia, diary.ConditionOther,
	}
	medClassCodes = []diary.MedClass{
		diary.ClassDiuretic, diary.ClassStatin, diary.ClassAsthmaLABA, diary.ClassBloodPressure,
		diary.ClassOralContraceptive, diary.ClassEstrogen, diary.ClassRaloxifene, diary.ClassNaproxen,
		diary.ClassTeriparatide, diary.ClassIronIV, diary.ClassQuinine, diary.ClassOther,
	}
	weekStartCodes = []diary.WeekStart{diary.WeekStartMonday, diary.WeekStartSunday}
)

// encodeProfile returns the stored form of p.
func encodeProfile(p diary.Profile) []byte {
	e := encoder{b: make([]byte, 0, 32+24*len(p.Medications))}
	e.b = append(e.b, profileFormat)
	e.optInt(tagBirthYear, p.BirthYear)
	optEnum(&e, tagSex, p.Sex, sexCodes)
	e.optBool(tagPregnant, p.Pregnant)
	enumList(&e, tagConditions, p.Conditions, conditionCodes)
	if p.Medications != nil {
		e.tag(tagMedications)
		e.uvarint(uint64(len(p.Medications)))
		for _, m := range p.Medications {
			e.optStr(tagMedName, m.Name)
			optEnum(&e, tagMedClass, m.Class, medClassCodes)
			e.optDate(tagMedStarted, m.Started)
			e.optDate(tagMedStopped, m.Stopped)
			e.tag(tagEnd)
		}
	}
	e.optInt(tagWaterGoalML, p.WaterGoalML)
	e.optClock(tagCaffeineCutoff, p.CaffeineCutoff)
	optEnum(&e, tagWeekStart, p.WeekStart, weekStartCodes)
	e.tag(tagEnd)
	return e.b
}

// decodeProfile reads a profile stored by encodeProfile.
func decodeProfile(b []byte) (diary.Profile, error) {
	var p diary.Profile
	d, err := decoderFor(b, profileFormat, "profile")
	if err != nil {
		return p, err
	}
	for t := d.tagAfter(0); t != tagEnd; t = d.tagAfter(t) {
		switch t {
		case tagBirthYear:
			p.BirthYear = diary.Some(d.int())
		case tagSex:
			p.Sex = decodeEnum(&d, sexCodes)
		case tagPregnant:
			p.Pregnant = diary.Some(d.boolean())
		case tagConditions:
			p.Conditions = decodeEnumList(&d, conditionCodes, nil)
		case tagMedications:
			p.Medications = decodeList(&d, decodeMedication)
		case tagWaterGoalML:
			p.WaterGoalML = diary.Some(d.int())
		case tagCaffeineCutoff:
			p.CaffeineCutoff = diary.Some(d.clock())
		case tagWeekStart:
			p.WeekStart = decodeEnum(&d, weekStartCodes)
		default:
			d.fail("unknown profile field %d", t)
		}
	}
	if err := d.end("profile"); err != nil {
		return diary.Profile{}, err
	}
	return p, nil
}

func decodeMedication(d *decoder, m *diary.Medication) {
	for t := d.tagAfter(0); t != tagEnd; t = d.tagAfter(t) {
		switch t {
		case tagMedName:
			m.Name = d.str()
		case tagMedClass:
			m.Class = decodeEnum(d, medClassCodes)
		case tagMedStarted:
			m.Started = diary.Some(d.date())
		case tagMedStopped:
			m.Stopped = diary.Some(d.date())
		default:
			d.fail("unknown medication field %d", t)
		}
	}
}
