package profile

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/layout"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// labelWidth is the width of the card's label column.
const labelWidth = 13

// labelOf names the field at path the way its form does.
func labelOf(path string) string {
	name := path[strings.LastIndexByte(path, '.')+1:]
	switch name {
	case "birth_year":
		return "Birth year"
	case "water_goal_ml":
		return "Water goal"
	case "caffeine_cutoff":
		return "Caffeine cutoff"
	case "week_start":
		return "Weeks start"
	}
	if strings.HasPrefix(path, "medications[") {
		var i int
		fmt.Sscanf(path, "medications[%d]", &i)
		return fmt.Sprintf("medication %d, %s", i+1, strings.ReplaceAll(name, "_", " "))
	}
	return strings.ReplaceAll(name, "_", " ")
}

// View implements screen.Screen.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 || m.data == nil {
		return ""
	}
	if m.form != nil {
		return m.formView()
	}
	return m.cardView()
}

func (m *Model) heading(what string) string {
	title := m.st.Title.Render("Profile")
	if what != "" {
		title += m.st.Muted.Render(" · ") + m.st.Label.Render(what)
	}
	var badge string
	switch {
	case m.saving:
		badge = m.st.Muted.Render("saving…")
	case m.unsaved():
		badge = m.st.Warn.Render("changed, not saved")
	}
	room := m.width - lipgloss.Width(title) - lipgloss.Width(badge)
	if badge == "" || room < 2 {
		return title
	}
	return title + strings.Repeat(" ", room) + badge
}

func (m *Model) formView() string {
	what := map[part]string{partAbout: "About you", partTargets: "Targets"}[m.part]
	if m.part == partMedication {
		what = "Medication " + strconv.Itoa(m.med+1)
	}
	return layout.Fit(strings.Join([]string{m.heading(what),
		m.st.Muted.Render("esc closes and keeps what you typed · ctrl+s saves the profile"), m.form.View()}, "\n"), m.width, m.height)
}

func (m *Model) cardView() string {
	p, _ := m.parse()
	text := max(10, m.width-2-labelWidth)
	lines := []string{m.heading(""), m.st.Muted.Render("What the insights take into account, and your own targets."), ""}
	row := func(i int, label string, body []string) {
		for j, l := range body {
			marker, lab := "  ", strings.Repeat(" ", labelWidth)
			if j == 0 {
				lab = m.st.Label.Render(label) + strings.Repeat(" ", max(0, labelWidth-lipgloss.Width(label)))
				if i == m.cursor {
					marker = m.st.Cursor.Render("▸ ")
				}
			}
			lines = append(lines, marker+lab+l)
		}
	}
	row(0, "About you", m.withProblems(nightcard.Flow(m.about(p), " · ", text), text, "birth_year", "sex", "pregnant", "conditions"))
	row(1, "Targets", m.withProblems(nightcard.Flow(m.targets(p), " · ", text), text, "water_goal_ml", "caffeine_cutoff", "week_start"))
	lines = append(lines, "")
	for i := range m.text.Medications {
		var med diary.Medication
		if i < len(p.Medications) {
			med = p.Medications[i]
		}
		at := "medications[" + strconv.Itoa(i) + "]."
		parts := medParts(med)
		parts[0] = strconv.Itoa(i+1) + ". " + parts[0]
		label := ""
		if i == 0 {
			label = "Medications"
		}
		row(2+i, label, m.withProblems(nightcard.Flow(parts, " · ", text), text, at+"name", at+"class", at+"started", at+"stopped"))
	}
	if len(m.text.Medications) == 0 {
		row(2, "Medications", []string{m.st.Text.Render("none") + m.st.Muted.Render("  ·  a adds one")})
	} else {
		row(2+len(m.text.Medications), "", []string{m.st.Muted.Render("+ add a medication (a)")})
	}
	return layout.Fit(strings.Join(lines, "\n"), m.width, m.height)
}

func (m *Model) about(p diary.Profile) []string {
	var parts []string
	if y, ok := p.BirthYear.Get(); ok {
		if age := m.now().Year() - y; age >= 0 {
			parts = append(parts, fmt.Sprintf("born %d (about %d)", y, age))
		} else {
			parts = append(parts, fmt.Sprintf("born %d", y)) // a year to come, from an import
		}
	}
	if p.Sex != "" {
		parts = append(parts, nightcard.Label(p.Sex))
	}
	if v, ok := p.Pregnant.Get(); ok {
		parts = append(parts, map[bool]string{true: "pregnant", false: "not pregnant"}[v])
	}
	switch {
	case p.Conditions == nil:
	case len(p.Conditions) == 0:
		parts = append(parts, "no long-term conditions")
	default:
		parts = append(parts, "conditions: "+nightcard.Labels(p.Conditions))
	}
	if len(parts) == 0 {
		return []string{m.st.Muted.Render("not filled in · enter fills it in")}
	}
	return parts
}

func (m *Model) targets(p diary.Profile) []string {
	week := "Monday"
	if p.FirstWeekday() == diary.WeekStartSunday {
		week = "Sunday"
	}
	return []string{
		fmt.Sprintf("water %d ml a day (%s)", p.WaterGoal(), nightcard.Glasses(p.WaterGoal())),
		"no caffeine after " + p.Cutoff().String(),
		"weeks start on " + week,
	}
}

func medParts(med diary.Medication) []string {
	name := med.Name
	if name == "" {
		name = "(no name yet)"
	}
	parts := []string{name}
	if med.Class != "" {
		parts = append(parts, nightcard.Label(med.Class))
	}
	s, ok1 := med.Started.Get()
	e, ok2 := med.Stopped.Get()
	switch {
	case ok1 && ok2:
		parts = append(parts, nightcard.Date(s)+" to "+nightcard.Date(e))
	case ok1:
		parts = append(parts, "since "+nightcard.Date(s))
	case ok2:
		parts = append(parts, "stopped "+nightcard.Date(e))
	}
	return parts
}

// withProblems adds the problems of the given paths below lines.
func (m *Model) withProblems(lines []string, width int, paths ...string) []string {
	sort.Strings(paths)
	for _, p := range paths {
		if msg, ok := m.problems[p]; ok {
			for _, l := range nightcard.Flow(strings.Fields("✗ "+labelOf(p)+": "+msg), " ", width) {
				lines = append(lines, m.st.Problem.Render(l))
			}
		}
	}
	return lines
}
