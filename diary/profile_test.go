package diary

import (
	"fmt"
	"reflect"
	"testing"
)

// profileExample is a complete, valid profile.
func profileExample(t *testing.T) Profile {
	t.Helper()
	return Profile{
		BirthYear:  Some(1958),
		Sex:        SexFemale,
		Pregnant:   Some(false),
		Conditions: []Condition{ConditionDiabetes, ConditionVaricoseVeins},
		Medications: []Medication{
			{Name: "furosemide", Class: ClassDiuretic, Started: Some(dateMust(t, "2025-03-01"))},
			{Name: "atorvastatin", Class: ClassStatin, Started: Some(dateMust(t, "2024-01-10")), Stopped: Some(dateMust(t, "2026-06-30"))},
		},
		WaterGoalML:    Some(2500),
		CaffeineCutoff: Some(NewClock(13, 0)),
		WeekStart:      WeekStartSunday,
	}
}

func TestNewProfile(t *testing.T) {
	p := NewProfile()
	want := Profile{WaterGoalML: Some(2000), CaffeineCutoff: Some(NewClock(14, 0)), Medications: []Medication{}}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("NewProfile() = %+v, want %+v", p, want)
	}
	if p.Medications == nil {
		t.Error("NewProfile() leaves medications not recorded; it should be an empty list")
	}
	if ps := p.Validate(); ps != nil {
		t.Errorf("NewProfile().Validate() = %v", ps)
	}
}

func TestProfileDefaults(t *testing.T) {
	tests := []struct {
		name   string
		p      Profile
		water  int
		cutoff Clock
		week   WeekStart
	}{
		{"empty", Profile{}, 2000, NewClock(14, 0), WeekStartMonday},
		{"set", profileExample(t), 2500, NewClock(13, 0), WeekStartSunday},
		{"monday said", Profile{WeekStart: WeekStartMonday}, 2000, NewClock(14, 0), WeekStartMonday},
		{"a wrong week start", Profile{WeekStart: "friday"}, 2000, NewClock(14, 0), WeekStartMonday},
		{"midnight cutoff is known", Profile{CaffeineCutoff: Some(Clock(0))}, 2000, 0, WeekStartMonday},
	}
	for _, tt := range tests {
		if got := tt.p.WaterGoal(); got != tt.water {
			t.Errorf("%s: WaterGoal() = %d, want %d", tt.name, got, tt.water)
		}
		if got := tt.p.Cutoff(); got != tt.cutoff {
			t.Errorf("%s: Cutoff() = %v, want %v", tt.name, got, tt.cutoff)
		}
		if got := tt.p.FirstWeekday(); got != tt.week {
			t.Errorf("%s: FirstWeekday() = %v, want %v", tt.name, got, tt.week)
		}
	}
}

func TestProfileClone(t *testing.T) {
	p := profileExample(t)
	keep := profileExample(t)
	c := p.Clone()
	if !reflect.DeepEqual(c, p) {
		t.Fatalf("Clone() = %+v, want %+v", c, p)
	}
	c.Conditions[0] = ConditionAnemia
	c.Medications[0].Name = "quinine"
	c.Medications[1].Stopped = None[Date]()
	c.Medications = append(c.Medications, Medication{Name: "naproxen"})
	if !reflect.DeepEqual(p, keep) {
		t.Errorf("editing the clone changed the original: %+v", p)
	}
	if e := NewProfile().Clone(); e.Medications == nil || e.Conditions != nil {
		t.Errorf("Clone changed nil or empty lists: %+v", e)
	}
}

func TestProfileMedicationNamed(t *testing.T) {
	p := profileExample(t)
	m, ok := p.MedicationNamed("atorvastatin")
	if !ok || m.Class != ClassStatin {
		t.Errorf("MedicationNamed(atorvastatin) = %+v, %v", m, ok)
	}
	if m, ok := p.MedicationNamed("Atorvastatin"); ok {
		t.Errorf("MedicationNamed(Atorvastatin) = %+v; names are exact", m)
	}
	if m, ok := p.MedicationNamed(""); ok {
		t.Errorf("MedicationNamed(\"\") = %+v", m)
	}
}

func TestMedicationTakenOn(t *testing.T) {
	m := Medication{Name: "atorvastatin", Started: Some(dateMust(t, "2024-01-10")), Stopped: Some(dateMust(t, "2026-06-30"))}
	tests := []struct {
		m    Medication
		date string
		want bool
	}{
		{m, "2024-01-09", false},
		{m, "2024-01-10", true}, // the first day counts
		{m, "2025-05-05", true},
		{m, "2026-06-30", true}, // and the last
		{m, "2026-07-01", false},
		{Medication{Name: "x"}, "1900-01-01", true},
		{Medication{Name: "x", Started: Some(dateMust(t, "2026-01-01"))}, "2030-01-01", true},
		{Medication{Name: "x", Started: Some(dateMust(t, "2026-01-01"))}, "2025-12-31", false},
		{Medication{Name: "x", Stopped: Some(dateMust(t, "2026-01-01"))}, "1990-01-01", true},
		{Medication{Name: "x", Stopped: Some(dateMust(t, "2026-01-01"))}, "2026-01-02", false},
	}
	for _, tt := range tests {
		if got := tt.m.TakenOn(dateMust(t, tt.date)); got != tt.want {
			t.Errorf("%+v.TakenOn(%s) = %v, want %v", tt.m, tt.date, got, tt.want)
		}
	}
}

func TestProfileValidate(t *testing.T) {
	const classes = "diuretic, statin, asthma_laba, blood_pressure, oral_contraceptive, estrogen, raloxifene, naproxen, teriparatide, iron_iv, quinine, other"
	one := func(path, msg string) Problems { return Problems{{path, msg}} }
	med := func(name string) Medication { return Medication{Name: name, Class: ClassOther} }
	tests := []struct {
		name   string
		change func(*Profile)
		want   Problems
	}{
		{"the example", func(*Profile) {}, nil},
		{"empty", func(p *Profile) { *p = Profile{} }, nil},
		{"birth year 1900", func(p *Profile) { p.BirthYear = Some(1900) }, nil},
		{"birth year 2100", func(p *Profile) { p.BirthYear = Some(2100) }, nil},
		{"birth year 1899", func(p *Profile) { p.BirthYear = Some(1899) }, one("birth_year", "must be between 1900 and 2100")},
		{"birth year 2101", func(p *Profile) { p.BirthYear = Some(2101) }, one("birth_year", "must be between 1900 and 2100")},
		{"birth year 0", func(p *Profile) { p.BirthYear = Some(0) }, one("birth_year", "must be between 1900 and 2100")},
		{"sex other", func(p *Profile) { p.Sex = SexOther }, nil},
		{"sex male", func(p *Profile) { p.Sex = SexMale }, nil},
		{"sex wrong", func(p *Profile) { p.Sex = "f" }, one("sex", `"f" is not one of female, male, other`)},
		{"no conditions", func(p *Profile) { p.Conditions = []Condition{} }, nil},
		{"every condition", func(p *Profile) { p.Conditions = append([]Condition(nil), Conditions...) }, nil},
		{
			"an unknown condition",
			func(p *Profile) { p.Conditions = []Condition{"cramps"} },
			one("conditions[0]", `"cramps" is not one of `+wordListOf(Conditions)),
		},
		{
			"a condition twice",
			func(p *Profile) { p.Conditions = []Condition{"thyroid", "anemia", "thyroid"} },
			one("conditions[2]", `"thyroid" is listed twice`),
		},
		{
			"an empty condition",
			func(p *Profile) { p.Conditions = []Condition{""} },
			one("conditions[0]", "must not be empty; use one of "+wordListOf(Conditions)),
		},
		{"no medications", func(p *Profile) { p.Medications = []Medication{} }, nil},
		{"a medication without class", func(p *Profile) { p.Medications = []Medication{{Name: "x"}} }, nil},
		{"medication name empty", func(p *Profile) { p.Medications[1].Name = "" }, one("medications[1].name", "must not be empty")},
		{"medication name blank", func(p *Profile) { p.Medications[1].Name = "  " }, one("medications[1].name", "must not be empty")},
		{
			"medication name with spaces around",
			func(p *Profile) { p.Medications[0].Name = " furosemide" },
			one("medications[0].name", "must not start or end with spaces"),
		},
		{
			"medication name twice",
			func(p *Profile) { p.Medications = []Medication{med("a"), med("b"), med("a")} },
			one("medications[2].name", `"a" is listed twice`),
		},
		{"names differing in case", func(p *Profile) { p.Medications = []Medication{med("a"), med("A")} }, nil},
		{"inner spaces", func(p *Profile) { p.Medications = []Medication{med("vitamin d")} }, nil},
		{
			"medication class wrong",
			func(p *Profile) { p.Medications[0].Class = "water_pill" },
			one("medications[0].class", `"water_pill" is not one of `+classes),
		},
		{
			"stopped before started",
			func(p *Profile) { p.Medications[1].Stopped = Some(dateMust(t, "2024-01-09")) },
			one("medications[1].stopped", "must not be before started (2024-01-10)"),
		},
		{"stopped the day it started", func(p *Profile) { p.Medications[1].Stopped = Some(dateMust(t, "2024-01-10")) }, nil},
		{"stopped, start unknown", func(p *Profile) { p.Medications[1].Started = None[Date]() }, nil},
		{"water goal 0", func(p *Profile) { p.WaterGoalML = Some(0) }, one("water_goal_ml", "must be between 1 and 20000")},
		{"water goal 1", func(p *Profile) { p.WaterGoalML = Some(1) }, nil},
		{"water goal 20000", func(p *Profile) { p.WaterGoalML = Some(20000) }, nil},
		{"water goal 20001", func(p *Profile) { p.WaterGoalML = Some(20001) }, one("water_goal_ml", "must be between 1 and 20000")},
		{"cutoff 23:59", func(p *Profile) { p.CaffeineCutoff = Some(Clock(MinutesPerDay - 1)) }, nil},
		{
			"cutoff out of the day",
			func(p *Profile) { p.CaffeineCutoff = Some(Clock(MinutesPerDay)) },
			one("caffeine_cutoff", "must be a time of day, 00:00 to 23:59"),
		},
		{"week starts monday", func(p *Profile) { p.WeekStart = WeekStartMonday }, nil},
		{"week start absent", func(p *Profile) { p.WeekStart = "" }, nil},
		{"week start wrong", func(p *Profile) { p.WeekStart = "Sunday" }, one("week_start", `"Sunday" is not one of monday, sunday`)},
		{
			"several problems",
			func(p *Profile) {
				p.BirthYear = Some(1800)
				p.Medications = []Medication{{Name: "", Class: "x"}, {Name: "b", Started: Some(NewDate(2026, 2, 1)), Stopped: Some(NewDate(2026, 1, 1))}}
				p.WaterGoalML = Some(-5)
				p.WeekStart = "tuesday"
			},
			Problems{
				{"birth_year", "must be between 1900 and 2100"},
				{"medications[0].name", "must not be empty"},
				{"medications[0].class", `"x" is not one of ` + classes},
				{"medications[1].stopped", "must not be before started (2026-02-01)"},
				{"water_goal_ml", "must be between 1 and 20000"},
				{"week_start", `"tuesday" is not one of monday, sunday`},
			},
		},
	}
	for _, mc := range MedClasses {
		tests = append(tests, struct {
			name   string
			change func(*Profile)
			want   Problems
		}{fmt.Sprintf("class %s", mc), func(p *Profile) { p.Medications[0].Class = mc }, nil})
	}
	for _, tt := range tests {
		p := profileExample(t)
		tt.change(&p)
		sameProblems(t, tt.name+": Validate()", p.Validate(), tt.want)
	}
	// Import puts the profile's problems under "profile".
	p := profileExample(t)
	p.WaterGoalML = Some(0)
	if got := p.Validate().Under("profile").Error(); got != "profile.water_goal_ml: must be between 1 and 20000" {
		t.Errorf("under profile: %q", got)
	}
}
