package diary

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
)

// validateCase is one change to an otherwise valid night and the problems it must bring.
type validateCase struct {
	name   string
	change func(*Night)
	want   Problems
}

// validateRun applies each case to a fresh SPEC example night and compares
// Validate's answer exactly, order included.
func validateRun(t *testing.T, cases []validateCase) {
	t.Helper()
	for _, tc := range cases {
		n := nightSpecExample(t)
		tc.change(&n)
		sameProblems(t, tc.name+": Validate()", n.Validate(), tc.want)
	}
}

// validateOne is the problem list holding a single problem.
func validateOne(path, msg string) Problems { return Problems{{Path: path, Msg: msg}} }

// validateIntEdges returns the cases for an integer field at and just past both ends of its range.
func validateIntEdges(path string, lo, hi int, set func(*Night, Opt[int])) []validateCase {
	msg := fmt.Sprintf("must be between %d and %d", lo, hi)
	var cs []validateCase
	for _, v := range []int{lo, hi} {
		cs = append(cs, validateCase{fmt.Sprintf("%s = %d", path, v), func(n *Night) { set(n, Some(v)) }, nil})
	}
	for _, v := range []int{lo - 1, hi + 1, math.MinInt, math.MaxInt} {
		cs = append(cs, validateCase{fmt.Sprintf("%s = %d", path, v), func(n *Night) { set(n, Some(v)) }, validateOne(path, msg)})
	}
	cs = append(cs, validateCase{path + " absent", func(n *Night) { set(n, None[int]()) }, nil})
	return cs
}

// validateFloatEdges is validateIntEdges for a number of hours.
func validateFloatEdges(path string, lo, hi float64, set func(*Night, Opt[float64])) []validateCase {
	msg := fmt.Sprintf("must be between %g and %g", lo, hi)
	var cs []validateCase
	for _, v := range []float64{lo, hi, lo + 0.5, hi - 0.5} {
		cs = append(cs, validateCase{fmt.Sprintf("%s = %g", path, v), func(n *Night) { set(n, Some(v)) }, nil})
	}
	for _, v := range []float64{lo - 0.5, hi + 0.5, math.NaN(), math.Inf(1), math.Inf(-1)} {
		cs = append(cs, validateCase{fmt.Sprintf("%s = %g", path, v), func(n *Night) { set(n, Some(v)) }, validateOne(path, msg)})
	}
	cs = append(cs, validateCase{path + " absent", func(n *Night) { set(n, None[float64]()) }, nil})
	return cs
}

// validateClockEdges returns the cases for a clock field: the ends of the day and just past them.
func validateClockEdges(path string, set func(*Night, Opt[Clock])) []validateCase {
	const msg = "must be a time of day, 00:00 to 23:59"
	return []validateCase{
		{path + " = 00:00", func(n *Night) { set(n, Some(Clock(0))) }, nil},
		{path + " = 23:59", func(n *Night) { set(n, Some(Clock(MinutesPerDay-1))) }, nil},
		{path + " = -1", func(n *Night) { set(n, Some(Clock(-1))) }, validateOne(path, msg)},
		{path + " = 1440", func(n *Night) { set(n, Some(Clock(MinutesPerDay))) }, validateOne(path, msg)},
		{path + " absent", func(n *Night) { set(n, None[Clock]()) }, nil},
	}
}

func TestValidateSpecExample(t *testing.T) {
	if ps := nightSpecExample(t).Validate(); ps != nil {
		t.Errorf("the SPEC example night: Validate() = %v, want nothing", ps)
	}
	if ps := (Night{Date: NewDate(2026, 11, 21)}).Validate(); ps != nil {
		t.Errorf("a night with only a date: Validate() = %v, want nothing", ps)
	}
	if err := nightSpecExample(t).Validate().Err(); err != nil {
		t.Errorf("Err() of no problems = %v, want nil", err)
	}
}

func TestValidateNumberRanges(t *testing.T) {
	var cs []validateCase
	cs = append(cs, validateIntEdges("sleep.sleep_latency_min", 0, 1440, func(n *Night, v Opt[int]) { n.Sleep.SleepLatencyMin = v })...)
	cs = append(cs, validateIntEdges("sleep.awakenings", 0, 100, func(n *Night, v Opt[int]) { n.Sleep.Awakenings = v })...)
	cs = append(cs, validateIntEdges("sleep.waso_min", 0, 1440, func(n *Night, v Opt[int]) { n.Sleep.WASOMin = v })...)
	cs = append(cs, validateIntEdges("sleep.quality", 1, 5, func(n *Night, v Opt[int]) { n.Sleep.Quality = v })...)
	cs = append(cs, validateIntEdges("day.water_ml", 0, 20000, func(n *Night, v Opt[int]) { n.Day.WaterML = v })...)
	cs = append(cs, validateIntEdges("day.caffeine_servings", 0, 100, func(n *Night, v Opt[int]) { n.Day.CaffeineServings = v })...)
	cs = append(cs, validateIntEdges("day.alcohol_drinks", 0, 100, func(n *Night, v Opt[int]) { n.Day.AlcoholDrinks = v })...)
	cs = append(cs, validateIntEdges("day.exercise_min", 0, 1440, func(n *Night, v Opt[int]) { n.Day.ExerciseMin = v })...)
	cs = append(cs, validateIntEdges("day.stress", 1, 5, func(n *Night, v Opt[int]) { n.Day.Stress = v })...)
	cs = append(cs, validateIntEdges("episodes[0].duration_s", 1, 10800, func(n *Night, v Opt[int]) { n.Episodes[0].DurationS = v })...)
	cs = append(cs, validateIntEdges("episodes[0].intensity", 0, 10, func(n *Night, v Opt[int]) { n.Episodes[0].Intensity = v })...)
	// The sitting and standing edges are checked with the other at zero, so
	// their sum stays within a day.
	cs = append(cs, validateFloatEdges("day.sitting_h", 0, 24, func(n *Night, v Opt[float64]) { n.Day.SittingH, n.Day.StandingH = v, Some(0.0) })...)
	cs = append(cs, validateFloatEdges("day.standing_h", 0, 24, func(n *Night, v Opt[float64]) { n.Day.StandingH, n.Day.SittingH = v, Some(0.0) })...)
	cs = append(cs, validateFloatEdges("episodes[0].soreness_h", 0, 72, func(n *Night, v Opt[float64]) { n.Episodes[0].SorenessH = v })...)
	validateRun(t, cs)

	// The exact wording SPEC §5 shows for import.
	n := nightSpecExample(t)
	n.Episodes[0].DurationS = Some(10801)
	if got := n.Validate().Error(); got != "episodes[0].duration_s: must be between 1 and 10800" {
		t.Errorf("duration_s 10801: %q", got)
	}
	n.Episodes[0].DurationS = Some(0)
	if got := n.Validate().Error(); got != "episodes[0].duration_s: must be between 1 and 10800" {
		t.Errorf("duration_s 0: %q", got)
	}
}

func TestValidateClocks(t *testing.T) {
	var cs []validateCase
	cs = append(cs, validateClockEdges("sleep.bedtime", func(n *Night, v Opt[Clock]) { n.Sleep.Bedtime = v })...)
	cs = append(cs, validateClockEdges("sleep.lights_out", func(n *Night, v Opt[Clock]) { n.Sleep.LightsOut = v })...)
	cs = append(cs, validateClockEdges("sleep.final_wake", func(n *Night, v Opt[Clock]) { n.Sleep.FinalWake = v })...)
	cs = append(cs, validateClockEdges("sleep.out_of_bed", func(n *Night, v Opt[Clock]) { n.Sleep.OutOfBed = v })...)
	cs = append(cs, validateClockEdges("day.last_caffeine", func(n *Night, v Opt[Clock]) { n.Day.LastCaffeine = v })...)
	cs = append(cs, validateClockEdges("episodes[0].time", func(n *Night, v Opt[Clock]) { n.Episodes[0].Time = v })...)
	validateRun(t, cs)
}

func TestValidateDate(t *testing.T) {
	const msg = "must be a date between 1900 and 2200"
	validateRun(t, []validateCase{
		{"1900-01-01", func(n *Night) { n.Date = NewDate(1900, 1, 1) }, nil},
		{"2200-12-31", func(n *Night) { n.Date = NewDate(2200, 12, 31) }, nil},
		{"the zero date", func(n *Night) { n.Date = 0 }, nil},
		{"1899-12-31", func(n *Night) { n.Date = NewDate(1899, 12, 31) }, validateOne("date", msg)},
		{"2201-01-01", func(n *Night) { n.Date = NewDate(2201, 1, 1) }, validateOne("date", msg)},
	})
}

// validateEnumCases accepts every value of an enumeration at path, and rejects
// a wrong word, a near miss in case, and lets the empty value mean absent.
func validateEnumCases[T ~string](path string, all []T, set func(*Night, T)) []validateCase {
	var cs []validateCase
	for _, v := range all {
		cs = append(cs, validateCase{fmt.Sprintf("%s = %s", path, v), func(n *Night) { set(n, v) }, nil})
	}
	cs = append(cs, validateCase{path + " absent", func(n *Night) { set(n, "") }, nil})
	list := wordListOf(all)
	for _, bad := range []T{"nope", T(upperFirst(string(all[0]))), " " + all[0]} {
		cs = append(cs, validateCase{fmt.Sprintf("%s = %q", path, bad), func(n *Night) { set(n, bad) },
			validateOne(path, fmt.Sprintf("%q is not one of %s", string(bad), list))})
	}
	return cs
}

// wordListOf joins words with ", " the way the messages list them.
func wordListOf[T ~string](all []T) string {
	s := ""
	for i, a := range all {
		if i > 0 {
			s += ", "
		}
		s += string(a)
	}
	return s
}

// upperFirst capitalises an ASCII word.
func upperFirst(s string) string { return string(s[0]-'a'+'A') + s[1:] }

func TestValidateEnums(t *testing.T) {
	var cs []validateCase
	cs = append(cs, validateEnumCases("day.exercise_intensity", Intensities, func(n *Night, v Intensity) { n.Day.ExerciseIntensity = v })...)
	cs = append(cs, validateEnumCases("position.sleep_position", SleepPositions, func(n *Night, v SleepPosition) { n.Position.SleepPosition = v })...)
	cs = append(cs, validateEnumCases("episodes[0].muscle", Muscles, func(n *Night, v Muscle) { n.Episodes[0].Muscle = v })...)
	cs = append(cs, validateEnumCases("episodes[0].side", Sides, func(n *Night, v Side) { n.Episodes[0].Side = v })...)
	validateRun(t, cs)

	// The messages name every allowed word, so the user can fix the value.
	n := nightSpecExample(t)
	n.Episodes[0].Muscle = "hip"
	want := `episodes[0].muscle: "hip" is not one of calf, foot, toes, shin, thigh_front, thigh_back, other`
	if got := n.Validate().Error(); got != want {
		t.Errorf("muscle hip: %q, want %q", got, want)
	}
}

func TestValidateLists(t *testing.T) {
	const reliefs = "stretch, massage, walk, heat, ice, warm_bath, other"
	const supplements = "magnesium, potassium, calcium, electrolytes, vitamin_b"
	var cs []validateCase
	for _, s := range Supplements {
		cs = append(cs, validateCase{"supplement " + string(s), func(n *Night) { n.Day.Supplements = []Supplement{s} }, nil})
	}
	for _, r := range Reliefs {
		cs = append(cs, validateCase{"relief " + string(r), func(n *Night) { n.Episodes[0].Relief = []Relief{r} }, nil})
	}
	cs = append(cs, []validateCase{
		{"every supplement", func(n *Night) { n.Day.Supplements = append([]Supplement(nil), Supplements...) }, nil},
		{"every relief", func(n *Night) { n.Episodes[0].Relief = append([]Relief(nil), Reliefs...) }, nil},
		{"no supplements", func(n *Night) { n.Day.Supplements = []Supplement{} }, nil},
		{"supplements not recorded", func(n *Night) { n.Day.Supplements = nil }, nil},
		{"no relief", func(n *Night) { n.Episodes[0].Relief = []Relief{} }, nil},
		{"no medications", func(n *Night) { n.Day.Medications = []string{} }, nil},
		{"two medications", func(n *Night) { n.Day.Medications = []string{"furosemide", "atorvastatin"} }, nil},
		{
			"a supplement twice",
			func(n *Night) { n.Day.Supplements = []Supplement{"magnesium", "calcium", "magnesium"} },
			validateOne("day.supplements[2]", `"magnesium" is listed twice`),
		},
		{
			"an unknown supplement",
			func(n *Night) { n.Day.Supplements = []Supplement{"magnesium", "zinc"} },
			validateOne("day.supplements[1]", `"zinc" is not one of `+supplements),
		},
		{
			"an empty supplement",
			func(n *Night) { n.Day.Supplements = []Supplement{""} },
			validateOne("day.supplements[0]", "must not be empty; use one of "+supplements),
		},
		{
			"a relief twice",
			func(n *Night) { n.Episodes[0].Relief = []Relief{"walk", "walk"} },
			validateOne("episodes[0].relief[1]", `"walk" is listed twice`),
		},
		{
			"an unknown relief",
			func(n *Night) { n.Episodes[0].Relief = []Relief{"prayer"} },
			validateOne("episodes[0].relief[0]", `"prayer" is not one of `+reliefs),
		},
		{
			"an empty relief",
			func(n *Night) { n.Episodes[0].Relief = []Relief{"stretch", ""} },
			validateOne("episodes[0].relief[1]", "must not be empty; use one of "+reliefs),
		},
		{
			"a wrong word twice",
			func(n *Night) { n.Episodes[0].Relief = []Relief{"prayer", "prayer"} },
			Problems{
				{"episodes[0].relief[0]", `"prayer" is not one of ` + reliefs},
				{"episodes[0].relief[1]", `"prayer" is not one of ` + reliefs},
				{"episodes[0].relief[1]", `"prayer" is listed twice`},
			},
		},
		{
			"a medication twice",
			func(n *Night) { n.Day.Medications = []string{"furosemide", "quinine", "furosemide"} },
			validateOne("day.medications[2]", `"furosemide" is listed twice`),
		},
		{
			"an empty medication",
			func(n *Night) { n.Day.Medications = []string{""} },
			validateOne("day.medications[0]", "must be a medication's name, not empty"),
		},
		{
			"a blank medication",
			func(n *Night) { n.Day.Medications = []string{"furosemide", " \t"} },
			validateOne("day.medications[1]", "must be a medication's name, not empty"),
		},
		{
			"a medication with spaces around it",
			func(n *Night) { n.Day.Medications = []string{" furosemide"} },
			validateOne("day.medications[0]", "must not start or end with spaces"),
		},
	}...)
	validateRun(t, cs)
}

func TestValidateSittingAndStanding(t *testing.T) {
	const path = "day.standing_h"
	validateRun(t, []validateCase{
		{"a whole day", func(n *Night) { n.Day.SittingH, n.Day.StandingH = Some(12.0), Some(12.0) }, nil},
		{"all sitting", func(n *Night) { n.Day.SittingH, n.Day.StandingH = Some(24.0), Some(0.0) }, nil},
		{"only sitting known", func(n *Night) { n.Day.SittingH, n.Day.StandingH = Some(24.0), None[float64]() }, nil},
		{
			"more than a day",
			func(n *Night) { n.Day.SittingH, n.Day.StandingH = Some(12.5), Some(12.0) },
			validateOne(path, "sitting and standing add up to 24.5 hours, more than a day"),
		},
		{
			"each a whole day",
			func(n *Night) { n.Day.SittingH, n.Day.StandingH = Some(24.0), Some(24.0) },
			validateOne(path, "sitting and standing add up to 48 hours, more than a day"),
		},
		{
			// One out of range is reported once, not again as a sum.
			"sitting out of range",
			func(n *Night) { n.Day.SittingH, n.Day.StandingH = Some(24.5), Some(1.0) },
			validateOne("day.sitting_h", "must be between 0 and 24"),
		},
		{
			"sitting not a number",
			func(n *Night) { n.Day.SittingH, n.Day.StandingH = Some(math.NaN()), Some(20.0) },
			validateOne("day.sitting_h", "must be between 0 and 24"),
		},
	})
}

func TestValidateReportsEveryProblem(t *testing.T) {
	n := nightSpecExample(t)
	n.Date = NewDate(1850, 1, 1)
	n.Sleep.Quality = Some(0)
	n.Sleep.OutOfBed = Some(Clock(2000))
	n.Day.Stress = Some(6)
	n.Day.ExerciseIntensity = "extreme"
	n.Day.Supplements = []Supplement{"magnesium", "magnesium"}
	n.Position.SleepPosition = "upside_down"
	n.Episodes = append(n.Episodes, Episode{DurationS: Some(0), Intensity: Some(11), Relief: []Relief{""}})
	n.Episodes[0].SorenessH = Some(-1.0)
	want := Problems{
		{"date", "must be a date between 1900 and 2200"},
		{"sleep.out_of_bed", "must be a time of day, 00:00 to 23:59"},
		{"sleep.quality", "must be between 1 and 5"},
		{"day.exercise_intensity", `"extreme" is not one of none, light, moderate, strenuous`},
		{"day.stress", "must be between 1 and 5"},
		{"day.supplements[1]", `"magnesium" is listed twice`},
		{"position.sleep_position", `"upside_down" is not one of back, side, stomach, mixed`},
		{"episodes[0].soreness_h", "must be between 0 and 72"},
		{"episodes[1].duration_s", "must be between 1 and 10800"},
		{"episodes[1].intensity", "must be between 0 and 10"},
		{"episodes[1].relief[0]", "must not be empty; use one of stretch, massage, walk, heat, ice, warm_bath, other"},
	}
	got := n.Validate()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Validate() =\n%v\nwant\n%v", got, want)
	}
	err := got.Err()
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != len(want) {
		t.Fatalf("Err() = %v, want the Problems as an error", err)
	}
	wantText := "date: must be a date between 1900 and 2200\n" +
		"sleep.out_of_bed: must be a time of day, 00:00 to 23:59\n" +
		"sleep.quality: must be between 1 and 5\n" +
		`day.exercise_intensity: "extreme" is not one of none, light, moderate, strenuous` + "\n" +
		"day.stress: must be between 1 and 5\n" +
		`day.supplements[1]: "magnesium" is listed twice` + "\n" +
		`position.sleep_position: "upside_down" is not one of back, side, stomach, mixed` + "\n" +
		"episodes[0].soreness_h: must be between 0 and 72\n" +
		"episodes[1].duration_s: must be between 1 and 10800\n" +
		"episodes[1].intensity: must be between 0 and 10\n" +
		"episodes[1].relief[0]: must not be empty; use one of stretch, massage, walk, heat, ice, warm_bath, other"
	if err.Error() != wantText {
		t.Errorf("Error() =\n%s\nwant\n%s", err, wantText)
	}
}

func TestProblemsUnder(t *testing.T) {
	ps := Problems{
		{"episodes[0].duration_s", "must be between 1 and 10800"},
		{"date", "must be a date between 1900 and 2200"},
		{"", "is not an object"},
		{"[3]", "is not a night"},
	}
	tests := []struct {
		prefix string
		want   []string
	}{
		{"nights[12]", []string{
			"nights[12].episodes[0].duration_s: must be between 1 and 10800",
			"nights[12].date: must be a date between 1900 and 2200",
			"nights[12]: is not an object",
			"nights[12][3]: is not a night",
		}},
		{"profile", []string{
			"profile.episodes[0].duration_s: must be between 1 and 10800",
			"profile.date: must be a date between 1900 and 2200",
			"profile: is not an object",
			"profile[3]: is not a night",
		}},
		{"", []string{
			"episodes[0].duration_s: must be between 1 and 10800",
			"date: must be a date between 1900 and 2200",
			"is not an object",
			"[3]: is not a night",
		}},
	}
	for _, tt := range tests {
		got := ps.Under(tt.prefix)
		if len(got) != len(tt.want) {
			t.Fatalf("Under(%q) = %v", tt.prefix, got)
		}
		for i := range got {
			if got[i].String() != tt.want[i] {
				t.Errorf("Under(%q)[%d] = %q, want %q", tt.prefix, i, got[i].String(), tt.want[i])
			}
		}
	}
	if ps[0].Path != "episodes[0].duration_s" {
		t.Errorf("Under changed the problems it was called on: %v", ps[0])
	}
	// Nested, as import puts a night's problems under its index.
	n := nightSpecExample(t)
	n.Episodes[0].DurationS = Some(10801)
	if got := n.Validate().Under("nights[12]").Error(); got != "nights[12].episodes[0].duration_s: must be between 1 and 10800" {
		t.Errorf("under nights[12]: %q", got)
	}
	if got := (Problems(nil)).Under("nights[0]"); len(got) != 0 || got.Err() != nil {
		t.Errorf("Under of no problems = %v", got)
	}
	if err := Problems(nil).Err(); err != nil {
		t.Errorf("Problems(nil).Err() = %v, want nil", err)
	}
}

func TestValidateText(t *testing.T) {
	n := Night{Date: NewDate(2026, 11, 21), Notes: "bad \xff byte"}
	n.Day.Medications = []string{"ok", "x\xfe"}
	sameProblems(t, "Validate", n.Validate(), Problems{
		{"day.medications[1]", "must be text (UTF-8)"},
		{"notes", "must be text (UTF-8)"},
	})
	n = Night{Date: NewDate(2026, 11, 21), Notes: strings.Repeat("a", MaxTextLen+1)}
	if got := n.Validate(); len(got) != 1 || got[0].Path != "notes" {
		t.Errorf("a long note: %v", got)
	}
}

func TestValidateMedicationDates(t *testing.T) {
	p := NewProfile()
	p.Medications = []Medication{{Name: "old", Started: Some(NewDate(1850, 1, 1)), Stopped: Some(NewDate(2300, 1, 1))}}
	sameProblems(t, "Validate", p.Validate(), Problems{
		{"medications[0].started", "must be a date between 1900 and 2200"},
		{"medications[0].stopped", "must be a date between 1900 and 2200"},
	})
}
