package diary

// The enumerations of the diary. Each is a string type whose values are the
// exact words of the interchange format; the empty string means "not
// recorded". Each has a Valid method and a list of its values in display order.

// Muscle is where a cramp struck.
type Muscle string

// The muscles a cramp can strike. ThighFront is the quadriceps, ThighBack the hamstrings.
const (
	MuscleCalf       Muscle = "calf"
	MuscleFoot       Muscle = "foot"
	MuscleToes       Muscle = "toes"
	MuscleShin       Muscle = "shin"
	MuscleThighFront Muscle = "thigh_front"
	MuscleThighBack  Muscle = "thigh_back"
	MuscleOther      Muscle = "other"
)

// Muscles lists every Muscle.
var Muscles = []Muscle{MuscleCalf, MuscleFoot, MuscleToes, MuscleShin, MuscleThighFront, MuscleThighBack, MuscleOther}

// Side is which leg cramped.
type Side string

// The sides.
const (
	SideLeft  Side = "left"
	SideRight Side = "right"
	SideBoth  Side = "both"
)

// Sides lists every Side.
var Sides = []Side{SideLeft, SideRight, SideBoth}

// Relief is what eased a cramp.
type Relief string

// The reliefs.
const (
	ReliefStretch  Relief = "stretch"
	ReliefMassage  Relief = "massage"
	ReliefWalk     Relief = "walk"
	ReliefHeat     Relief = "heat"
	ReliefIce      Relief = "ice"
	ReliefWarmBath Relief = "warm_bath"
	ReliefOther    Relief = "other"
)

// Reliefs lists every Relief.
var Reliefs = []Relief{ReliefStretch, ReliefMassage, ReliefWalk, ReliefHeat, ReliefIce, ReliefWarmBath, ReliefOther}

// Intensity is the hardest exercise effort of a day.
type Intensity string

// The exercise intensities, from none to strenuous.
const (
	IntensityNone      Intensity = "none"
	IntensityLight     Intensity = "light"
	IntensityModerate  Intensity = "moderate"
	IntensityStrenuous Intensity = "strenuous"
)

// Intensities lists every Intensity, easiest first.
var Intensities = []Intensity{IntensityNone, IntensityLight, IntensityModerate, IntensityStrenuous}

// Supplement is a supplement taken on a day.
type Supplement string

// The supplements.
const (
	SupplementMagnesium    Supplement = "magnesium"
	SupplementPotassium    Supplement = "potassium"
	SupplementCalcium      Supplement = "calcium"
	SupplementElectrolytes Supplement = "electrolytes"
	SupplementVitaminB     Supplement = "vitamin_b"
)

// Supplements lists every Supplement.
var Supplements = []Supplement{SupplementMagnesium, SupplementPotassium, SupplementCalcium, SupplementElectrolytes, SupplementVitaminB}

// SleepPosition is how the user mainly slept.
type SleepPosition string

// The sleep positions.
const (
	PositionBack    SleepPosition = "back"
	PositionSide    SleepPosition = "side"
	PositionStomach SleepPosition = "stomach"
	PositionMixed   SleepPosition = "mixed"
)

// SleepPositions lists every SleepPosition.
var SleepPositions = []SleepPosition{PositionBack, PositionSide, PositionStomach, PositionMixed}

// Sex is the profile's sex.
type Sex string

// The sexes.
const (
	SexFemale Sex = "female"
	SexMale   Sex = "male"
	SexOther  Sex = "other"
)

// Sexes lists every Sex.
var Sexes = []Sex{SexFemale, SexMale, SexOther}

// Condition is a long-term condition in the profile that goes with cramps in the sources.
type Condition string

// The conditions.
const (
	ConditionDiabetes                Condition = "diabetes"
	ConditionKidneyDisease           Condition = "kidney_disease"
	ConditionThyroid                 Condition = "thyroid"
	ConditionLiverDisease            Condition = "liver_disease"
	ConditionVenousInsufficiency     Condition = "venous_insufficiency"
	ConditionVaricoseVeins           Condition = "varicose_veins"
	ConditionPeripheralArteryDisease Condition = "peripheral_artery_disease"
	ConditionSpinalStenosis          Condition = "spinal_stenosis"
	ConditionParkinsons              Condition = "parkinsons"
	ConditionNeuropathy              Condition = "neuropathy"
	ConditionHeartDisease            Condition = "heart_disease"
	ConditionHypertension            Condition = "hypertension"
	ConditionHighCholesterol         Condition = "high_cholesterol"
	ConditionArthritis               Condition = "arthritis"
	ConditionAnemia                  Condition = "anemia"
	ConditionOther                   Condition = "other"
)

// Conditions lists every Condition.
var Conditions = []Condition{
	ConditionDiabetes, ConditionKidneyDisease, ConditionThyroid, ConditionLiverDisease,
	ConditionVenousInsufficiency, ConditionVaricoseVeins, ConditionPeripheralArteryDisease,
	ConditionSpinalStenosis, ConditionParkinsons, ConditionNeuropathy, ConditionHeartDisease,
	ConditionHypertension, ConditionHighCholesterol, ConditionArthritis, ConditionAnemia, ConditionOther,
}

// MedClass is the class of a medication in the profile.
type MedClass string

// The medication classes the sources name.
const (
	ClassDiuretic          MedClass = "diuretic"
	ClassStatin            MedClass = "statin"
	ClassAsthmaLABA        MedClass = "asthma_laba"
	ClassBloodPressure     MedClass = "blood_pressure"
	ClassOralContraceptive MedClass = "oral_contraceptive"
	ClassEstrogen          MedClass = "estrogen"
	ClassRaloxifene        MedClass = "raloxifene"
	ClassNaproxen          MedClass = "naproxen"
	ClassTeriparatide      MedClass = "teriparatide"
	ClassIronIV            MedClass = "iron_iv"
	ClassQuinine           MedClass = "quinine"
	ClassOther             MedClass = "other"
)

// MedClasses lists every MedClass.
var MedClasses = []MedClass{
	ClassDiuretic, ClassStatin, ClassAsthmaLABA, ClassBloodPressure, ClassOralContraceptive,
	ClassEstrogen, ClassRaloxifene, ClassNaproxen, ClassTeriparatide, ClassIronIV, ClassQuinine, ClassOther,
}

// WeekStart is the first day of the user's week.
type WeekStart string

// The week starts. The empty WeekStart means Monday.
const (
	WeekStartMonday WeekStart = "monday"
	WeekStartSunday WeekStart = "sunday"
)

// WeekStarts lists every WeekStart.
var WeekStarts = []WeekStart{WeekStartMonday, WeekStartSunday}

func oneOf[T ~string](v T, all []T) bool {
	for _, a := range all {
		if v == a {
			return true
		}
	}
	return false
}

// Valid reports whether m is one of Muscles.
func (m Muscle) Valid() bool { return oneOf(m, Muscles) }

// Valid reports whether s is one of Sides.
func (s Side) Valid() bool { return oneOf(s, Sides) }

// Valid reports whether r is one of Reliefs.
func (r Relief) Valid() bool { return oneOf(r, Reliefs) }

// Valid reports whether i is one of Intensities.
func (i Intensity) Valid() bool { return oneOf(i, Intensities) }

// Valid reports whether s is one of Supplements.
func (s Supplement) Valid() bool { return oneOf(s, Supplements) }

// Valid reports whether p is one of SleepPositions.
func (p SleepPosition) Valid() bool { return oneOf(p, SleepPositions) }

// Valid reports whether s is one of Sexes.
func (s Sex) Valid() bool { return oneOf(s, Sexes) }

// Valid reports whether c is one of Conditions.
func (c Condition) Valid() bool { return oneOf(c, Conditions) }

// Valid reports whether c is one of MedClasses.
func (c MedClass) Valid() bool { return oneOf(c, MedClasses) }

// Valid reports whether w is one of WeekStarts.
func (w WeekStart) Valid() bool { return oneOf(w, WeekStarts) }
