package diary

// Profile is the one profile of a diary: background facts and the user's own targets.
type Profile struct {
	BirthYear      Opt[int]     `json:"birth_year,omitzero"`
	Sex            Sex          `json:"sex,omitzero"`
	Pregnant       Opt[bool]    `json:"pregnant,omitzero"`
	Conditions     []Condition  `json:"conditions,omitzero"`
	Medications    []Medication `json:"medications,omitzero"`
	WaterGoalML    Opt[int]     `json:"water_goal_ml,omitzero"`
	CaffeineCutoff Opt[Clock]   `json:"caffeine_cutoff,omitzero"`
	WeekStart      WeekStart    `json:"week_start,omitzero"`
}

// Medication is a medicine the user takes, with when they started and stopped it.
type Medication struct {
	Name    string    `json:"name"`
	Class   MedClass  `json:"class,omitzero"`
	Started Opt[Date] `json:"started,omitzero"`
	Stopped Opt[Date] `json:"stopped,omitzero"`
}

// The profile's defaults.
const (
	DefaultWaterGoalML    = 2000
	DefaultCaffeineCutoff = Clock(14 * 60)
)

// NewProfile returns the profile of a new diary: the default water goal and
// caffeine cutoff written out, and no medications.
func NewProfile() Profile {
	return Profile{
		WaterGoalML:    Some(DefaultWaterGoalML),
		CaffeineCutoff: Some(DefaultCaffeineCutoff),
		Medications:    []Medication{},
	}
}

// WaterGoal returns the daily water goal in ml, the default when unset.
func (p Profile) WaterGoal() int { return p.WaterGoalML.Or(DefaultWaterGoalML) }

// Cutoff returns the caffeine cutoff, the default when unset.
func (p Profile) Cutoff() Clock { return p.CaffeineCutoff.Or(DefaultCaffeineCutoff) }

// FirstWeekday returns the weekday a week starts on: Monday unless the profile says Sunday.
func (p Profile) FirstWeekday() WeekStart {
	if p.WeekStart == WeekStartSunday {
		return WeekStartSunday
	}
	return WeekStartMonday
}

// Clone returns a deep copy of p.
func (p Profile) Clone() Profile {
	c := p
	c.Conditions = cloneList(p.Conditions)
	c.Medications = cloneList(p.Medications)
	return c
}

// MedicationNamed returns the profile's medication with the given name.
func (p Profile) MedicationNamed(name string) (Medication, bool) {
	for _, m := range p.Medications {
		if m.Name == name {
			return m, true
		}
	}
	return Medication{}, false
}

// TakenOn reports whether the medication was being taken on d, by its start
// and stop dates; unknown dates do not limit it.
func (m Medication) TakenOn(d Date) bool {
	if s, ok := m.Started.Get(); ok && d < s {
		return false
	}
	if s, ok := m.Stopped.Get(); ok && d > s {
		return false
	}
	return true
}
