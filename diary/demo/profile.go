package demo

import "github.com/crampsdiary/cramps/diary"

// The demo's person and her medicines.
const (
	// age is how old she is in the year of the last night: in her sixties,
	// when night cramps are common.
	age = 64
	// statinYears is how long before the last night she started the statin:
	// before the default diary, inside one of more than six years.
	statinYears = 6
	// Statin and Diuretic name her two medicines.
	Statin   = "atorvastatin"
	Diuretic = "hydrochlorothiazide"
)

// profile returns the demo person: a woman in her sixties with high blood
// pressure and cholesterol, on a statin for years, who starts a diuretic on
// pill; her water goal and caffeine cutoff are the defaults, her week starts
// on Monday.
func profile(last, pill diary.Date) diary.Profile {
	y, _, _ := last.YMD()
	p := diary.NewProfile()
	p.BirthYear = diary.Some(max(diary.MinBirthYear, y-age)) // a diary ending before 1964 keeps a valid year
	p.Sex = diary.SexFemale
	p.Pregnant = diary.Some(false)
	p.Conditions = []diary.Condition{diary.ConditionHypertension, diary.ConditionHighCholesterol}
	p.WeekStart = diary.WeekStartMonday
	p.Medications = []diary.Medication{
		{Name: Statin, Class: diary.ClassStatin, Started: diary.Some(last.AddDays(-statinYears*365 - 40))},
		{Name: Diuretic, Class: diary.ClassDiuretic, Started: diary.Some(pill)},
	}
	return p
}

// medicationsOn returns the names of the profile's medicines taken on d, in
// profile order: never nil, so a day with none reads "took none".
func medicationsOn(p diary.Profile, d diary.Date) []string {
	names := []string{}
	for _, m := range p.Medications {
		if m.TakenOn(d) {
			names = append(names, m.Name)
		}
	}
	return names
}
