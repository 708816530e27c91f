package insights

import (
	"slices"

	"github.com/crampsdiary/cramps/diary"
)

// MedicationAdvice is said beside every medication, whatever the diary shows.
const MedicationAdvice = "Do not stop or change a prescribed medicine without talking to the person who prescribed it."

// MedicationClass is what the sources and the literature say about a class of medicine.
type MedicationClass struct {
	Class diary.MedClass
	// Name is how the screen names the class.
	Name       string
	Seeds      []int
	Evidence   Evidence
	Literature string
	// About says, in plain words, what is known.
	About string
}

// Sources returns the articles that name the class.
func (m MedicationClass) Sources() []Source { return SourcesOf(m.Seeds) }

// garrisonNote explains the sequence ratios quoted below.
const garrisonNote = "a study of prescription records that compared how often people were given a cramp treatment after starting the medicine rather than before (Garrison, Arch Intern Med 2012)"

// MedicationClasses returns every medication class of the profile, in the
// order of diary.MedClasses, with its evidence (TRIGGERS.md).
func MedicationClasses() []MedicationClass {
	aafp := []int{1}
	aafpNote := "Named among the medicines most strongly associated with cramps in a review for family doctors (Allen & Kirby, AAFP 2012)."
	aafpAbout := "One article lists it among medicines that can make night cramps more likely, though the risk is low."
	return []MedicationClass{
		{diary.ClassDiuretic, "Diuretics (water pills)", []int{0, 1, 2, 3, 4}, EvidenceModerate,
			"Sequence ratio 1.47 in " + garrisonNote + ".",
			"All five articles name diuretics, and prescription records agree: cramps were treated more often after people started one."},
		{diary.ClassStatin, "Statins (cholesterol medicines)", []int{0, 1, 2, 3, 4}, EvidenceWeak,
			"Contested: sequence ratio 1.16 in " + garrisonNote + "; blinded trials in which each person took statin and placebo in turn found no difference in muscle symptoms (StatinWISE, BMJ 2021).",
			"All five articles name statins, but careful trials found that muscle symptoms were as common on a dummy pill, so the link is doubtful."},
		{diary.ClassAsthmaLABA, "Long-acting asthma inhalers (LABA)", []int{0, 4}, EvidenceModerate,
			"Sequence ratio 2.42 for long-acting beta-agonists in " + garrisonNote + ".",
			"Two articles mention asthma medicines; long-acting beta-agonists had the strongest link of the medicines in the prescription-record study."},
		{diary.ClassBloodPressure, "Blood-pressure medicines", []int{2, 3, 4}, EvidenceWeak,
			"Named by several articles; no consistent evidence for blood-pressure medicines as a group.",
			"Three articles mention some blood-pressure medicines; the evidence is thin and differs from one medicine to another."},
		{diary.ClassOralContraceptive, "Oral contraceptives", []int{3}, EvidenceWeak,
			"Named by one article; little evidence.",
			"One article lists the pill among medicines that go with night cramps; little research backs it."},
		{diary.ClassEstrogen, "Estrogens", aafp, EvidenceModerate, aafpNote, aafpAbout},
		{diary.ClassRaloxifene, "Raloxifene", aafp, EvidenceModerate, aafpNote, aafpAbout},
		{diary.ClassNaproxen, "Naproxen", aafp, EvidenceModerate, aafpNote, aafpAbout},
		{diary.ClassTeriparatide, "Teriparatide", aafp, EvidenceModerate, aafpNote, aafpAbout},
		{diary.ClassIronIV, "Intravenous iron", aafp, EvidenceModerate, aafpNote, aafpAbout},
		{diary.ClassQuinine, "Quinine", []int{1}, EvidenceNotRated,
			"A treatment rather than a risk: it reduces cramps a little but can bring serious bleeding problems and heart-rhythm disturbances, and it is no longer recommended for cramps.",
			"One article explains that doctors no longer prescribe quinine for cramps since its side effects, though rare, are serious. If you take it, talk to your doctor."},
		{diary.ClassOther, "Other medicines", nil, EvidenceNotRated,
			"No published evidence is recorded for this class.",
			"Your own before-and-after numbers are all the diary can show for it."},
	}
}

// MedicationClassOf returns the class entry for c; an unknown or empty
// class is treated as "other".
func MedicationClassOf(c diary.MedClass) MedicationClass {
	all := MedicationClasses()
	if i := slices.IndexFunc(all, func(m MedicationClass) bool { return m.Class == c }); i >= 0 {
		return all[i]
	}
	return all[len(all)-1]
}

// The before/after comparison of a medication start (TRIGGERS.md).
const (
	// MedicationWindowNights is how many nights on each side of the start
	// are compared: the 28 before against the 28 from the start on.
	MedicationWindowNights = 28
	// MedicationMinNights is the fewest known nights needed on each side.
	MedicationMinNights = 14
)

// MedicationIDPrefix starts the id of a medication comparison, followed by the name.
const MedicationIDPrefix = "med_start:"

// MedicationResult compares cramp nights before and after a medication was
// started. In its Comparison, "with" is after the start and "without" before.
type MedicationResult struct {
	ID       string                `json:"id"`
	Name     string                `json:"name"`
	Class    diary.MedClass        `json:"class"`
	Evidence Evidence              `json:"evidence"`
	Started  diary.Opt[diary.Date] `json:"started"`
	// Tested is set when both sides had enough nights for the comparison to
	// count among the analysis's tests.
	Tested bool `json:"tested"`
	// BeforeFrom and AfterTo bound the compared nights: BeforeFrom to the
	// night before Started, then Started to AfterTo.
	BeforeFrom diary.Opt[diary.Date] `json:"before_from"`
	AfterTo    diary.Opt[diary.Date] `json:"after_to"`
	Comparison
	Severity Severity `json:"severity"`
	Advice   string   `json:"advice"`
}

// Subject returns the words for the comparison's sentences.
func (m MedicationResult) Subject() Subject {
	return Subject{
		Name:     "starting " + m.Name,
		With:     "after starting " + m.Name,
		Without:  "before starting it",
		Sequence: true,
	}
}

// medicationPlan is one profile medication and its before/after
// comparison, when there is one.
type medicationPlan struct {
	result MedicationResult
	core   comparisonCore
	// badSpell: the 28 nights before the start had a cramp-night rate at
	// least BadSpellRatio times that of the diary's nights before them.
	badSpell bool
}

// The bad-spell rule of SPEC §7.4: people start a treatment after a bad
// spell, and bad spells pass by themselves.
const (
	// BadSpellRatio: the rate in the 28 nights before the start at least
	// this many times the rate of the nights before them…
	BadSpellRatio = 1.5
	// BadSpellBaseNights: …counted when at least this many earlier nights
	// are known.
	BadSpellBaseNights = 28
)

// planMedication sets up the comparison of a medication over the frame,
// or explains why there is none.
func (fr *nightFrame) planMedication(m diary.Medication) medicationPlan {
	class := MedicationClassOf(m.Class)
	r := MedicationResult{
		ID:         MedicationIDPrefix + m.Name,
		Name:       m.Name,
		Class:      m.Class,
		Evidence:   class.Evidence,
		Started:    m.Started,
		Advice:     MedicationAdvice,
		Comparison: Comparison{Verdict: VerdictNotEnoughData, Reasons: []Reason{}, Missing: []Missing{}},
	}
	plan := medicationPlan{result: r}
	start, ok := m.Started.Get()
	if !ok {
		plan.result.Missing = []Missing{{What: ShortStartDate, Need: 1}}
		return plan
	}
	if len(fr.dates) == 0 || start <= fr.dates[0] || start > fr.dates[len(fr.dates)-1] {
		plan.result.Missing = []Missing{{What: ShortStartInDiary, Need: 1}}
		return plan
	}
	before := start.AddDays(-MedicationWindowNights)
	after := start.AddDays(MedicationWindowNights - 1)
	if stop, ok := m.Stopped.Get(); ok && stop >= start && stop < after {
		after = stop
	}
	plan.result.BeforeFrom, plan.result.AfterTo = diary.Some(before), diary.Some(after)
	exp := make([]int8, len(fr.dates))
	nBefore, nAfter := 0, 0
	crampsBefore, earlier, crampsEarlier := 0, 0, 0
	for i, d := range fr.dates {
		switch {
		case d < before:
			exp[i] = exposureUnknown
			earlier++
			if fr.cramp[i] {
				crampsEarlier++
			}
		case d < start:
			exp[i] = exposureNo
			nBefore++
			if fr.cramp[i] {
				crampsBefore++
			}
		case d <= after:
			exp[i] = exposureYes
			nAfter++
		default:
			exp[i] = exposureUnknown
		}
	}
	// crampsBefore/nBefore ≥ 1.5·crampsEarlier/earlier, in integers.
	plan.badSpell = earlier >= BadSpellBaseNights && nBefore > 0 &&
		2*crampsBefore*earlier >= 3*crampsEarlier*nBefore
	var missing []Missing
	if nBefore < MedicationMinNights {
		missing = append(missing, Missing{What: ShortNightsBeforeStart, Have: float64(nBefore),
			Need: MedicationMinNights, More: MedicationMinNights - nBefore})
	}
	if nAfter < MedicationMinNights {
		missing = append(missing, Missing{What: ShortNightsAfterStart, Have: float64(nAfter),
			Need: MedicationMinNights, More: MedicationMinNights - nAfter})
	}
	plan.core = fr.compare(exp, fr.medStratum, medicationStrata)
	plan.core.fill(&plan.result.Comparison)
	plan.result.Severity = plan.core.severity
	plan.result.Tested = len(missing) == 0 && plan.core.tested()
	if !plan.result.Tested {
		// Not a test of the analysis: no p-value, so none is read as one.
		plan.result.PValue = diary.Opt[float64]{}
	}
	if len(missing) > 0 {
		plan.result.Verdict, plan.result.Missing = VerdictNotEnoughData, missing
	}
	return plan
}

// judge stores the q-value and decides the verdict of a tested medication;
// one that is not a test keeps the shortfalls of its plan, or gets those of
// its comparison.
func (plan *medicationPlan) judge(q float64, qOK bool) {
	out := &plan.result.Comparison
	if len(out.Missing) > 0 {
		return
	}
	out.QValue = finiteOpt(q, qOK)
	out.Verdict, out.Reasons, out.Missing = decideVerdict(verdictInput{
		core: &plan.core, q: q, qOK: qOK, medication: true, badSpell: plan.badSpell})
}
