// Package profile is the Profile screen: the background facts of SPEC §3.5
// (birth year, sex, pregnancy, conditions), the user's targets (water goal,
// caffeine cutoff, first day of the week) and medications with their class
// and start and stop dates.
package profile

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/form"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// Model is the Profile screen.
type Model struct {
	st    styles.Styles
	theme *huh.Theme
	keys  KeyMap
	now   func() time.Time

	data     *screen.Data
	text     profileText
	base     diary.Profile
	problems problems
	saving   bool

	cursor int
	form   *huh.Form
	part   part
	med    int
	asking bool

	width, height int
}

// New returns the Profile screen; now dates a new medication's start.
func New(st styles.Styles, now func() time.Time) *Model {
	m := &Model{st: st, theme: st.FormTheme(), keys: NewKeyMap(), now: now, problems: problems{}}
	m.syncKeys()
	return m
}

// Init implements screen.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize implements screen.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	if m.form != nil {
		m.form.WithWidth(m.formWidth()).WithHeight(max(3, h-2))
		form.Refresh(m.form)
	}
}

// Capturing implements screen.Screen.
func (m *Model) Capturing() bool { return m.form != nil || m.asking }

// Unsaved implements screen.Drafter.
func (m *Model) Unsaved() string {
	if m.unsaved() {
		return "the profile"
	}
	return ""
}

func (m *Model) unsaved() bool {
	if m.data == nil {
		return false
	}
	p, ps := m.parse()
	return len(ps) > 0 || !equal(p, m.base)
}

// parse reads the text as parse does, and refuses a birth year after this
// one: the diary's own bounds (up to 2100) cannot know the date, and a
// year to come was saved and shown as "born 2050 (about -24)".
func (m *Model) parse() (diary.Profile, problems) {
	p, ps := m.text.parse()
	if y, ok := p.BirthYear.Get(); ok {
		if now := m.now().Year(); y > now {
			if _, seen := ps["birth_year"]; !seen {
				ps["birth_year"] = fmt.Sprintf("must not be after %d", now)
			}
		}
	}
	return p, ps
}

func (m *Model) check() diary.Profile {
	p, ps := m.parse()
	m.problems = ps
	return p
}

// Update implements screen.Screen.
func (m *Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	return screen.Synced(m, m.update(msg), m.syncKeys)
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case screen.DataMsg:
		first := m.data == nil
		m.data = msg.Data
		if first || (!m.unsaved() && m.form == nil) {
			m.base = msg.Data.Profile
			m.text = encode(m.base)
			m.check()
		}
		return nil
	case screen.ProfileSavedMsg:
		p, ps := m.parse()
		m.base, m.saving = msg.Profile, false
		if len(ps) == 0 && equal(p, msg.Profile) {
			m.text = encode(msg.Profile)
			m.closeForm()
		}
		m.check()
		return nil
	case screen.FailedMsg:
		if msg.Op == screen.OpSaveProfile {
			m.saving = false
		}
		return nil
	case tea.KeyMsg:
		if m.data == nil {
			return nil
		}
		switch {
		case m.asking:
			return m.answer(msg)
		case m.form != nil:
			if key.Matches(msg, m.keys.FormSave) {
				return m.save()
			}
			return m.updateForm(msg)
		}
		return m.cardKey(msg)
	}
	if m.form != nil {
		return m.updateForm(msg)
	}
	return nil
}

func (m *Model) cardKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	n := m.rowCount()
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Down):
		m.cursor = min(n-1, m.cursor+1)
	case key.Matches(msg, k.Open):
		switch r := m.cursor; {
		case r == 0:
			return m.open(partAbout, 0)
		case r == 1:
			return m.open(partTargets, 0)
		case r-2 < len(m.text.Medications):
			return m.open(partMedication, r-2)
		}
		return m.addMedication()
	case key.Matches(msg, k.Add):
		return m.addMedication()
	case key.Matches(msg, k.Remove):
		m.asking = true
		med := m.text.Medications[m.cursor-2]
		return screen.Problem(fmt.Sprintf("Remove %s from the profile? y removes it, n keeps it.", nameOr(med.Name)))
	case key.Matches(msg, k.Save):
		return m.save()
	}
	return nil
}

func nameOr(name string) string {
	if name == "" {
		return "this medication"
	}
	return name
}

func (m *Model) answer(msg tea.KeyMsg) tea.Cmd {
	m.asking = false
	i := m.cursor - 2
	if !key.Matches(msg, m.keys.Yes) || i < 0 || i >= len(m.text.Medications) {
		return screen.Status("Kept it.")
	}
	m.text.Medications = slices.Delete(m.text.Medications, i, i+1)
	m.text.MedsKnown = true
	m.check()
	m.cursor = min(m.cursor, m.rowCount()-1)
	return screen.Status("Removed. ctrl+s saves the profile.")
}

func (m *Model) addMedication() tea.Cmd {
	m.text.Medications = append(m.text.Medications, &medText{Started: diary.DateOf(m.now()).String(), fresh: true})
	m.text.MedsKnown = true
	m.check()
	return m.open(partMedication, len(m.text.Medications)-1)
}

func (m *Model) formWidth() int { return min(m.width, 100) }

// open opens the form of a part of the profile, a fresh one each time.
func (m *Model) open(p part, med int) tea.Cmd {
	var groups []*huh.Group
	switch p {
	case partAbout:
		groups = m.aboutGroups()
		m.cursor = 0
	case partTargets:
		groups = m.targetsGroups()
		m.cursor = 1
	case partMedication:
		groups = m.medicationGroups(med)
		m.cursor = 2 + med
	}
	m.part, m.med = p, med
	m.form = form.New(m.theme, m.formWidth(), max(3, m.height-2), groups...)
	return m.form.Init()
}

func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	cmd := form.Update(m.form, msg)
	for _, med := range m.text.Medications {
		med.fresh = med.fresh && med.Name == "" // typed in: what is wrong shows
	}
	m.check()
	form.Refresh(m.form)
	if m.form.State != huh.StateNormal {
		m.closeForm()
		if m.unsaved() {
			return screen.Status("Kept in the profile draft. ctrl+s saves the profile.")
		}
		return nil
	}
	return cmd
}

func (m *Model) closeForm() {
	m.form = nil
	m.settle()
}

// settle ends every medication's freshness: its problems show from now on.
func (m *Model) settle() {
	for _, med := range m.text.Medications {
		med.fresh = false
	}
}

func (m *Model) save() tea.Cmd {
	m.settle()
	p := m.check()
	if m.form != nil {
		form.Refresh(m.form) // the problems now show beside their fields
	}
	if len(m.problems) > 0 {
		return screen.Problem(fmt.Sprintf("Not saved, nothing is lost: %s. Fix it and press ctrl+s again.", m.describe()))
	}
	m.saving = true
	return screen.Ask(screen.SaveProfileMsg{Profile: p, Done: "Saved the profile."})
}

func (m *Model) describe() string {
	paths := make([]string, 0, len(m.problems))
	for p := range m.problems {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	// In the middle of the sentence: "birth year must …", not "Birth year".
	s := strings.ToLower(labelOf(paths[0])) + " " + m.problems[paths[0]]
	if len(paths) > 1 {
		s += fmt.Sprintf(" (and %d more)", len(paths)-1)
	}
	return s
}

func (m *Model) rowCount() int { return 2 + len(m.text.Medications) + 1 }

func (m *Model) syncKeys() {
	k := &m.keys
	card := m.form == nil && !m.asking && m.data != nil
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.Open, &k.Add, &k.Save} {
		b.SetEnabled(card)
	}
	onMed := m.cursor >= 2 && m.cursor-2 < len(m.text.Medications)
	k.Remove.SetEnabled(card && onMed)
	k.Form.SetEnabled(m.form != nil)
	k.Confirm.SetEnabled(m.asking)
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.asking:
		return []key.Binding{k.Yes, k.No}
	case m.form != nil:
		return form.ShortKeys(m.form, k.Close, k.FormSave)
	}
	return []key.Binding{k.Open, k.Add, k.Remove, k.Save}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	if m.form != nil {
		return [][]key.Binding{{k.Close, k.FormSave}, form.FieldKeys(m.form)}
	}
	return [][]key.Binding{{k.Up, k.Down, k.Open}, {k.Add, k.Remove, k.Save}, {k.Yes, k.No}}
}

// equal compares two profiles as records, telling absent from empty lists.
func equal(a, b diary.Profile) bool { return reflect.DeepEqual(a, b) }
