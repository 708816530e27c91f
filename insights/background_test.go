package insights

import (
	"slices"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

func TestBackgroundFactors(t *testing.T) {
	asOf := diary.NewDate(2026, 11, 21)
	ids := func(p diary.Profile) []string {
		var out []string
		for _, b := range BackgroundFactors(p, asOf) {
			if b.Name == "" || b.About == "" || len(b.Seeds) == 0 {
				t.Errorf("%s is missing its words or sources", b.ID)
			}
			out = append(out, b.ID)
		}
		return out
	}
	tests := []struct {
		name string
		p    diary.Profile
		want []string
	}{
		{"nothing known", diary.Profile{}, nil},
		{"60 this year", diary.Profile{BirthYear: diary.Some(1966)}, []string{"age_60_plus"}},
		{"59 this year", diary.Profile{BirthYear: diary.Some(1967)}, []string{"age_40_plus"}},
		{"40 this year", diary.Profile{BirthYear: diary.Some(1986)}, []string{"age_40_plus"}},
		{"39 this year", diary.Profile{BirthYear: diary.Some(1987)}, nil},
		{"male", diary.Profile{Sex: diary.SexMale}, nil},
		{"pregnant woman", diary.Profile{Sex: diary.SexFemale, Pregnant: diary.Some(true)}, []string{"female", "pregnancy"}},
		{"not pregnant", diary.Profile{Sex: diary.SexFemale, Pregnant: diary.Some(false)}, []string{"female"}},
		{"conditions in profile order, other left out", diary.Profile{Conditions: []diary.Condition{
			diary.ConditionAnemia, diary.ConditionOther, diary.ConditionDiabetes}}, []string{"condition:anemia", "condition:diabetes"}},
	}
	for _, tt := range tests {
		if got := ids(tt.p); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v; want %v", tt.name, got, tt.want)
		}
	}
	// Every named condition has an entry.
	all := diary.Profile{Conditions: diary.Conditions}
	if got := len(BackgroundFactors(all, asOf)); got != len(diary.Conditions)-1 {
		t.Errorf("%d condition entries, want %d", got, len(diary.Conditions)-1)
	}
	// With no nights and no To there is no date to reckon an age from.
	a := Analyze(nil, diary.Profile{BirthYear: diary.Some(1950), Sex: diary.SexFemale}, Options{})
	if len(a.Background) != 1 || a.Background[0].ID != "female" {
		t.Errorf("empty diary background = %+v", a.Background)
	}
}
