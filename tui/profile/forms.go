package profile

import (
	"strconv"

	"github.com/charmbracelet/huh"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/form"
)

// part is a part of the profile that has a form.
type part int

const (
	partAbout part = iota
	partTargets
	partMedication
)

func (m *Model) input(label, path string, value *string) *form.Text {
	return form.NewText(label, value).Key(path).Check(func(string) string { return m.problems[path] })
}

func (m *Model) aboutGroups() []*huh.Group {
	t := &m.text
	conds := form.List(diary.Conditions)
	return []*huh.Group{huh.NewGroup(
		m.input("Birth year", "birth_year", &t.BirthYear).Placeholder("YYYY").Hint("cramps grow commoner with age"),
		form.NewChoice("Sex", &t.Sex, form.Enum(diary.Sexes)...).Key("sex"),
		form.NewChoice("Pregnant", &t.Pregnant, form.TriOptions()...).Key("pregnant"),
		form.NewMulti("Conditions", &t.Conditions, conds...).Key("conditions").Exclusive(form.None),
	)}
}

func (m *Model) targetsGroups() []*huh.Group {
	t := &m.text
	return []*huh.Group{huh.NewGroup(
		m.input("Water goal", "water_goal_ml", &t.WaterGoal).Placeholder("ml").Hint("ml a day, default 2000").Note(glassesNote),
		m.input("Caffeine cutoff", "caffeine_cutoff", &t.Cutoff).Placeholder("HH:MM").Hint("no caffeine after, default 14:00"),
		form.NewChoice("Weeks start", &t.WeekStart,
			form.Option{Value: string(diary.WeekStartMonday), Label: "Monday"}, form.Option{Value: string(diary.WeekStartSunday), Label: "Sunday"},
			// Not set is Monday, as the card says (issue 11.11), not "—".
			form.Option{Value: "", Label: "not set: Monday"}).Key("week_start"),
	)}
}

func (m *Model) medicationGroups(i int) []*huh.Group {
	med := m.text.Medications[i]
	at := "medications[" + strconv.Itoa(i) + "]."
	return []*huh.Group{huh.NewGroup(
		form.NewText("Name", &med.Name).Key(at+"name").Check(func(string) string {
			if med.fresh {
				return ""
			}
			return m.problems[at+"name"]
		}).InputWidth(24).Placeholder("e.g. furosemide"),
		form.NewChoice("Class", &med.Class, form.Enum(diary.MedClasses)...).Key(at+"class").Hint("←/→ or a letter"),
		m.input("Started", at+"started", &med.Started).InputWidth(11).Placeholder("YYYY-MM-DD").Hint("when you began it"),
		m.input("Stopped", at+"stopped", &med.Stopped).InputWidth(11).Placeholder("YYYY-MM-DD").Hint("empty while you take it"),
	)}
}
