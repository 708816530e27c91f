package insights

import "github.com/crampsdiary/cramps/diary"

// Background is a risk factor from the profile that the sources name: shown
// beside the insights for context, never tested, and never a diagnosis.
type Background struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	About string `json:"about"`
	Seeds []int  `json:"seeds"`
}

// Sources returns the articles that name the background factor.
func (b Background) Sources() []Source { return SourcesOf(b.Seeds) }

// The age bands of the background factors: the sources say cramps grow more
// common with age, reaching about half of people past 60–65 (seeds 000, 001,
// 003, 004), and one speaks of adults over 40 (seed 004).
const (
	olderAge  = 60
	middleAge = 40
)

// BackgroundFactors returns the background risk factors of the profile as of
// asOf: age band, female sex, pregnancy and conditions, in that order. The
// age is the year of asOf minus the birth year, so it may be a year high.
// Nothing unknown in the profile is listed.
func BackgroundFactors(p diary.Profile, asOf diary.Date) []Background {
	out := []Background{}
	if born, ok := p.BirthYear.Get(); ok {
		y, _, _ := asOf.YMD()
		switch age := y - born; {
		case age >= olderAge:
			out = append(out, Background{"age_60_plus", "Age over 60",
				"Night cramps become more common with age; the articles put them at about half of people past 60 to 65.",
				[]int{0, 1, 3, 4}})
		case age >= middleAge:
			out = append(out, Background{"age_40_plus", "Age over 40",
				"Night cramps grow more common from middle age on.",
				[]int{4, 3}})
		}
	}
	if p.Sex == diary.SexFemale {
		out = append(out, Background{"female", "Female sex",
			"Two of the articles note that women have night cramps more often than men.",
			[]int{1, 3}})
	}
	if p.Pregnant.Or(false) {
		out = append(out, Background{"pregnancy", "Pregnancy",
			"Cramps are common in pregnancy, especially in the later months. Swelling, redness or warmth in a leg during pregnancy needs a doctor the same day.",
			[]int{0, 1, 2, 3}})
	}
	for _, c := range p.Conditions {
		if b, ok := conditionBackground(c); ok {
			out = append(out, b)
		}
	}
	return out
}

// conditionBackground returns the background entry of a condition, and
// false for one the sources do not name.
func conditionBackground(c diary.Condition) (Background, bool) {
	id := "condition:" + string(c)
	mk := func(name, about string, seeds ...int) (Background, bool) {
		return Background{ID: id, Name: name, About: about, Seeds: seeds}, true
	}
	switch c {
	case diary.ConditionDiabetes:
		return mk("Diabetes", "The articles list diabetes, and the nerve damage it can bring, among conditions that go with night cramps.", 0, 2, 3, 4)
	case diary.ConditionKidneyDisease:
		return mk("Kidney disease", "Kidney disease and dialysis go with night cramps in the articles.", 0, 1, 2, 3, 4)
	case diary.ConditionThyroid:
		return mk("Thyroid disease", "Both an overactive and an underactive thyroid are named among conditions that go with cramps.", 2, 3, 4)
	case diary.ConditionLiverDisease:
		return mk("Liver disease", "Liver disease, cirrhosis in particular, is named among conditions that go with cramps.", 3, 4)
	case diary.ConditionVenousInsufficiency:
		return mk("Venous insufficiency", "Poor return of blood from the legs is named by several articles as going with night cramps.", 0, 1, 4)
	case diary.ConditionVaricoseVeins:
		return mk("Varicose veins", "Varicose veins, a sign of vein disease, are named beside night cramps.", 0, 4)
	case diary.ConditionPeripheralArteryDisease:
		return mk("Peripheral artery disease", "Narrowed leg arteries are named among the structural conditions behind cramps. Leg pain while walking that eases with rest is worth telling a doctor about.", 3, 1, 2)
	case diary.ConditionSpinalStenosis:
		return mk("Lumbar spinal stenosis", "A narrowed spinal canal in the lower back, pressing on nerves to the legs, goes with more night cramps.", 1, 2, 3, 4)
	case diary.ConditionParkinsons:
		return mk("Parkinson's disease", "People with Parkinson's disease have more night cramps, the articles say.", 1, 3)
	case diary.ConditionNeuropathy:
		return mk("Nerve disorders", "Nerve problems, such as peripheral neuropathy, are among the most common explanations the articles give.", 0, 1, 2, 3)
	case diary.ConditionHeartDisease:
		return mk("Heart disease", "Heart disease is listed among conditions that raise the chance of night cramps.", 1)
	case diary.ConditionHypertension:
		return mk("High blood pressure", "High blood pressure, and some of the medicines for it, are named beside night cramps.", 3)
	case diary.ConditionHighCholesterol:
		return mk("High cholesterol", "High cholesterol is named among conditions that go with night cramps.", 3)
	case diary.ConditionArthritis:
		return mk("Arthritis", "Arthritis, osteoarthritis in particular, is listed among conditions that go with cramps.", 1, 3)
	case diary.ConditionAnemia:
		return mk("Anaemia", "Anaemia is listed among the metabolic conditions that go with night cramps.", 3)
	}
	return Background{}, false
}
