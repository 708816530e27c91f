package insights

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// TestCatalogMatchesTriggers pins every factor's id, kind, seeds, evidence and
// numeric input to the table of TRIGGERS.md.
func TestCatalogMatchesTriggers(t *testing.T) {
	want := []struct {
		id       string
		kind     Kind
		seeds    []int
		evidence Evidence
		input    Input
	}{
		{"low_water", KindRisk, []int{0, 2, 4, 1}, EvidenceWeak, InputWaterML},
		{"high_caffeine", KindRisk, []int{0, 2}, EvidenceWeak, InputCaffeineServings},
		{"late_caffeine", KindRisk, []int{0}, EvidenceWeak, ""},
		{"alcohol", KindRisk, []int{0}, EvidenceWeak, InputAlcoholDrinks},
		{"strenuous_exercise", KindRisk, []int{0, 1, 2, 3}, EvidenceWeak, InputExerciseMin},
		{"inactive_day", KindRisk, []int{0, 1, 3}, EvidenceWeak, InputExerciseMin},
		{"long_sitting", KindRisk, []int{1, 2, 3, 4}, EvidenceWeak, InputSittingH},
		{"long_standing", KindRisk, []int{2, 3, 4}, EvidenceWeak, InputStandingH},
		{"heavy_sweating", KindRisk, []int{2}, EvidenceWeak, ""},
		{"high_stress", KindRisk, []int{0}, EvidenceWeak, InputStress},
		{"toes_pointed", KindRisk, []int{1, 2, 3, 4}, EvidenceWeak, ""},
		{"tight_blankets", KindRisk, []int{2}, EvidenceWeak, ""},
		{"legs_curled", KindRisk, []int{2}, EvidenceWeak, ""},
		{"stretched", KindProtective, []int{0, 2, 3, 4}, EvidenceModerate, ""},
		{"magnesium", KindProtective, []int{2, 4, 0, 1}, EvidenceContradicted, ""},
		{"electrolytes", KindProtective, []int{0, 2, 4, 1}, EvidenceWeak, ""},
		{"vitamin_b", KindProtective, []int{1}, EvidenceWeak, ""},
		{"legs_elevated", KindProtective, []int{4}, EvidenceWeak, ""},
		{"massage", KindProtective, []int{2}, EvidenceWeak, ""},
		{"knees_supported", KindProtective, []int{2, 4}, EvidenceWeak, ""},
	}
	cat := Catalog()
	if len(cat) != len(want) {
		t.Fatalf("Catalog has %d factors, want %d", len(cat), len(want))
	}
	for i, w := range want {
		f := cat[i]
		if f.ID != w.id || f.Kind != w.kind || !slices.Equal(f.Seeds, w.seeds) || f.Evidence != w.evidence || f.Input != w.input {
			t.Errorf("factor %d = {%s %s %v %s %q}, want %+v", i, f.ID, f.Kind, f.Seeds, f.Evidence, f.Input, w)
		}
		if f.Exposure == nil {
			t.Errorf("%s has no exposure rule", f.ID)
		}
		for name, text := range map[string]string{"Name": f.Name, "With": f.With, "Without": f.Without, "Rule": f.Rule,
			"Literature": f.Literature, "About": f.About, "SourcesSay": f.SourcesSay, "Try": f.Try} {
			if strings.TrimSpace(text) == "" {
				t.Errorf("%s: %s is empty", f.ID, name)
			}
		}
		if got, ok := FactorByID(f.ID); !ok || got.ID != f.ID {
			t.Errorf("FactorByID(%q) = %v, %v", f.ID, got.ID, ok)
		}
	}
	if _, ok := FactorByID("coffee"); ok {
		t.Error("FactorByID(coffee) found a factor")
	}
}

// TestSourcesAreTheSeeds pins the five titles of TRIGGERS.md.
func TestSourcesAreTheSeeds(t *testing.T) {
	titles := []string{
		"Leg Cramps — What Causes It?",
		"What Causes Leg Cramps at Night?",
		"Nighttime leg cramps: causes and evidence-based solutions",
		"Night leg cramps",
		"Why Do People Get Leg Cramps at Night?",
	}
	for i, s := range Sources() {
		if s.Number != i || s.Title != titles[i] || !strings.HasPrefix(s.File, "00"+string(rune('0'+i))+"_") {
			t.Errorf("source %d = %+v", i, s)
		}
	}
	f, _ := FactorByID("vitamin_b")
	if got := f.Sources(); len(got) != 1 || got[0].Cite() != "“What Causes Leg Cramps at Night?” (medically reviewed, May 2022)" {
		t.Errorf("vitamin_b sources = %+v", got)
	}
	if got := SourcesOf([]int{4, 9, -1, 0}); len(got) != 2 || got[0].Number != 4 || got[1].Number != 0 {
		t.Errorf("SourcesOf skips unknown numbers: %+v", got)
	}
}

// forbiddenClaim matches the words the app never uses about the user's data.
var forbiddenClaim = regexp.MustCompile(`(?i)\b(caus|trigger|prevent)`)

// TestCatalogWordsMakeNoCausalClaims keeps "causes", "triggers" and
// "prevents" out of every text of the catalog, medications and background.
func TestCatalogWordsMakeNoCausalClaims(t *testing.T) {
	var texts []string
	for _, f := range Catalog() {
		texts = append(texts, f.Name, f.With, f.Without, f.Literature, f.About, f.SourcesSay, f.Try)
	}
	for _, m := range MedicationClasses() {
		texts = append(texts, m.Name, m.Literature, m.About)
	}
	p := diary.Profile{BirthYear: diary.Some(1950), Sex: diary.SexFemale, Pregnant: diary.Some(true), Conditions: diary.Conditions}
	for _, b := range BackgroundFactors(p, diary.NewDate(2026, 1, 1)) {
		texts = append(texts, b.Name, b.About)
	}
	texts = append(texts, MedicationAdvice)
	for _, s := range texts {
		if forbiddenClaim.MatchString(s) {
			t.Errorf("causal wording in %q", s)
		}
	}
}

func TestExposureRules(t *testing.T) {
	day := func(f func(*diary.Day)) func(*diary.Night) { return func(n *diary.Night) { f(&n.Day) } }
	clock := func(h, m int) diary.Opt[diary.Clock] { return diary.Some(diary.NewClock(h, m)) }
	yes, no, unknown := [2]bool{true, true}, [2]bool{false, true}, [2]bool{false, false}
	type row struct {
		name string
		set  func(*diary.Night)
		prof func(*diary.Profile)
		want [2]bool
	}
	boolRows := func(set func(*diary.Night, diary.Opt[bool])) []row {
		return []row{
			{"absent", func(n *diary.Night) {}, nil, unknown},
			{"false", func(n *diary.Night) { set(n, diary.Some(false)) }, nil, no},
			{"true", func(n *diary.Night) { set(n, diary.Some(true)) }, nil, yes},
		}
	}
	cases := map[string][]row{
		"low_water": {
			{"absent", day(func(d *diary.Day) {}), nil, unknown},
			{"exactly 3/4 of the default goal", day(func(d *diary.Day) { d.WaterML = diary.Some(1500) }), nil, no},
			{"1 ml under 3/4", day(func(d *diary.Day) { d.WaterML = diary.Some(1499) }), nil, yes},
			{"none at all", day(func(d *diary.Day) { d.WaterML = diary.Some(0) }), nil, yes},
			{"exactly 3/4 of 2400", day(func(d *diary.Day) { d.WaterML = diary.Some(1800) }), func(p *diary.Profile) { p.WaterGoalML = diary.Some(2400) }, no},
			{"under 3/4 of 2400", day(func(d *diary.Day) { d.WaterML = diary.Some(1799) }), func(p *diary.Profile) { p.WaterGoalML = diary.Some(2400) }, yes},
			{"3/4 of an odd goal, 1001", day(func(d *diary.Day) { d.WaterML = diary.Some(751) }), func(p *diary.Profile) { p.WaterGoalML = diary.Some(1001) }, no},
			{"under 3/4 of 1001", day(func(d *diary.Day) { d.WaterML = diary.Some(750) }), func(p *diary.Profile) { p.WaterGoalML = diary.Some(1001) }, yes},
		},
		"high_caffeine": {
			{"absent", day(func(d *diary.Day) {}), nil, unknown},
			{"2", day(func(d *diary.Day) { d.CaffeineServings = diary.Some(2) }), nil, no},
			{"3", day(func(d *diary.Day) { d.CaffeineServings = diary.Some(3) }), nil, yes},
		},
		"late_caffeine": {
			{"nothing recorded", day(func(d *diary.Day) {}), nil, unknown},
			{"0 servings, no time", day(func(d *diary.Day) { d.CaffeineServings = diary.Some(0) }), nil, no},
			{"0 servings, a late time", day(func(d *diary.Day) { d.CaffeineServings = diary.Some(0); d.LastCaffeine = clock(22, 0) }), nil, no},
			{"1 serving, no time", day(func(d *diary.Day) { d.CaffeineServings = diary.Some(1) }), nil, unknown},
			{"no servings count, a late time", day(func(d *diary.Day) { d.LastCaffeine = clock(18, 0) }), nil, unknown},
			{"at the cutoff", day(func(d *diary.Day) { d.CaffeineServings = diary.Some(2); d.LastCaffeine = clock(14, 0) }), nil, no},
			{"a minute past the cutoff", day(func(d *diary.Day) { d.CaffeineServings = diary.Some(2); d.LastCaffeine = clock(14, 1) }), nil, yes},
			{"in the morning", day(func(d *diary.Day) { d.CaffeineServings = diary.Some(1); d.LastCaffeine = clock(9, 0) }), nil, no},
			{"after midnight belongs to the evening", day(func(d *diary.Day) { d.CaffeineServings = diary.Some(1); d.LastCaffeine = clock(1, 0) }), nil, yes},
			{"own cutoff 12:00", day(func(d *diary.Day) { d.CaffeineServings = diary.Some(1); d.LastCaffeine = clock(13, 0) }), func(p *diary.Profile) { p.CaffeineCutoff = diary.Some(diary.NewClock(12, 0)) }, yes},
		},
		"alcohol": {
			{"absent", day(func(d *diary.Day) {}), nil, unknown},
			{"0", day(func(d *diary.Day) { d.AlcoholDrinks = diary.Some(0) }), nil, no},
			{"1", day(func(d *diary.Day) { d.AlcoholDrinks = diary.Some(1) }), nil, yes},
		},
		"strenuous_exercise": {
			{"absent", day(func(d *diary.Day) {}), nil, unknown},
			{"minutes but no intensity", day(func(d *diary.Day) { d.ExerciseMin = diary.Some(90) }), nil, unknown},
			{"moderate", day(func(d *diary.Day) { d.ExerciseIntensity = diary.IntensityModerate }), nil, no},
			{"strenuous", day(func(d *diary.Day) { d.ExerciseIntensity = diary.IntensityStrenuous }), nil, yes},
		},
		"inactive_day": {
			{"absent", day(func(d *diary.Day) {}), nil, unknown},
			{"0 minutes but no intensity", day(func(d *diary.Day) { d.ExerciseMin = diary.Some(0) }), nil, unknown},
			{"none", day(func(d *diary.Day) { d.ExerciseIntensity = diary.IntensityNone }), nil, yes},
			{"light", day(func(d *diary.Day) { d.ExerciseIntensity = diary.IntensityLight }), nil, no},
		},
		"long_sitting": {
			{"absent", day(func(d *diary.Day) {}), nil, unknown},
			{"7.9 h", day(func(d *diary.Day) { d.SittingH = diary.Some(7.9) }), nil, no},
			{"8 h", day(func(d *diary.Day) { d.SittingH = diary.Some(8.0) }), nil, yes},
		},
		"long_standing": {
			{"absent", day(func(d *diary.Day) {}), nil, unknown},
			{"5.5 h", day(func(d *diary.Day) { d.StandingH = diary.Some(5.5) }), nil, no},
			{"6 h", day(func(d *diary.Day) { d.StandingH = diary.Some(6.0) }), nil, yes},
		},
		"high_stress": {
			{"absent", day(func(d *diary.Day) {}), nil, unknown},
			{"3", day(func(d *diary.Day) { d.Stress = diary.Some(3) }), nil, no},
			{"4", day(func(d *diary.Day) { d.Stress = diary.Some(4) }), nil, yes},
		},
		"heavy_sweating":  boolRows(func(n *diary.Night, v diary.Opt[bool]) { n.Day.HeavySweating = v }),
		"stretched":       boolRows(func(n *diary.Night, v diary.Opt[bool]) { n.Day.Stretched = v }),
		"legs_elevated":   boolRows(func(n *diary.Night, v diary.Opt[bool]) { n.Day.LegsElevated = v }),
		"massage":         boolRows(func(n *diary.Night, v diary.Opt[bool]) { n.Day.Massage = v }),
		"toes_pointed":    boolRows(func(n *diary.Night, v diary.Opt[bool]) { n.Position.ToesPointed = v }),
		"tight_blankets":  boolRows(func(n *diary.Night, v diary.Opt[bool]) { n.Position.TightBlankets = v }),
		"legs_curled":     boolRows(func(n *diary.Night, v diary.Opt[bool]) { n.Position.LegsCurled = v }),
		"knees_supported": boolRows(func(n *diary.Night, v diary.Opt[bool]) { n.Position.KneesSupported = v }),
	}
	// supp() leaves the list nil (unrecorded); supp([]diary.Supplement{}...)
	// passes the empty, non-nil list itself (recorded: none).
	supp := func(s ...diary.Supplement) func(*diary.Night) {
		return day(func(d *diary.Day) { d.Supplements = s })
	}
	cases["magnesium"] = []row{
		{"absent list", supp(), nil, unknown},
		{"empty list: took none", supp([]diary.Supplement{}...), nil, no},
		{"magnesium", supp(diary.SupplementMagnesium), nil, yes},
		{"calcium only", supp(diary.SupplementCalcium), nil, no},
	}
	cases["electrolytes"] = []row{
		{"absent list", supp(), nil, unknown},
		{"empty list", supp([]diary.Supplement{}...), nil, no},
		{"potassium", supp(diary.SupplementPotassium), nil, yes},
		{"calcium", supp(diary.SupplementMagnesium, diary.SupplementCalcium), nil, yes},
		{"electrolytes", supp(diary.SupplementElectrolytes), nil, yes},
		{"magnesium only", supp(diary.SupplementMagnesium), nil, no},
	}
	cases["vitamin_b"] = []row{
		{"absent list", supp(), nil, unknown},
		{"empty list", supp([]diary.Supplement{}...), nil, no},
		{"vitamin_b", supp(diary.SupplementVitaminB), nil, yes},
	}

	for _, f := range Catalog() {
		rows, ok := cases[f.ID]
		if !ok {
			t.Errorf("no exposure cases for %s", f.ID)
			continue
		}
		for _, r := range rows {
			n := diary.Night{Date: diary.NewDate(2026, 11, 21), Episodes: []diary.Episode{}}
			r.set(&n)
			p := diary.NewProfile()
			if r.prof != nil {
				r.prof(&p)
			}
			exposed, known := f.Exposure(&n, &p)
			if exposed != r.want[0] || known != r.want[1] {
				t.Errorf("%s, %s: got exposed=%v known=%v, want %v %v", f.ID, r.name, exposed, known, r.want[0], r.want[1])
			}
		}
	}
}

func TestInputValue(t *testing.T) {
	n := diary.Night{Day: diary.Day{WaterML: diary.Some(1250), SittingH: diary.Some(9.5), Stress: diary.Some(0)}}
	tests := []struct {
		in    Input
		v     float64
		known bool
	}{
		{InputWaterML, 1250, true},
		{InputSittingH, 9.5, true},
		{InputStress, 0, true},
		{InputAlcoholDrinks, 0, false},
		{InputStandingH, 0, false},
		{Input("nonsense"), 0, false},
	}
	for _, tt := range tests {
		if v, ok := tt.in.Value(&n); v != tt.v || ok != tt.known {
			t.Errorf("%s.Value = %v, %v; want %v, %v", tt.in, v, ok, tt.v, tt.known)
		}
	}
}
