// Package logscreen is the Log screen: the morning form for one night. Its
// top level is a card of the night with one-key actions; each part of the
// night (a cramp, sleep, the day, position, notes) opens a form in which keys
// type, and esc closes it keeping the values. Nights not yet logged are
// prefilled from the usual nights, so an ordinary night is a confirmation.
package logscreen

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
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/tui/form"
	"github.com/crampsdiary/cramps/tui/nightcard"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// wideWidth is the width from which the card and a form or the nights
// before sit side by side.
const wideWidth = 110

// Model is the Log screen.
type Model struct {
	st    styles.Styles
	theme *huh.Theme
	keys  KeyMap
	now   func() time.Time

	data   *screen.Data
	date   diary.Date
	drafts map[diary.Date]*draft

	cursor int
	form   *huh.Form
	sec    section
	ep     int
	// fresh is the cramp just added, as it was prefilled, and freshKnown
	// whether the night's cramps were recorded before: closing its form
	// with esc having typed nothing takes the cramp back out, so one enter
	// on "Cramps none" does not record a cramp (new-user trial).
	fresh      *episodeText
	freshKnown bool
	asking     bool // "remove this cramp?" is waiting for y or n

	// habitQ: the trial's question is waiting for its key, asked before
	// habitThen; habitSaid is the answer, told when the night is saved.
	habitQ    bool
	habitThen afterAnswer
	habitSaid string

	// quick is the night saved with "n", which u undoes while quickOK.
	quick        diary.Date
	quickPending bool
	quickOK      bool

	// flags are the urgent red flags with a night close to last night.
	flags []redflags.Flag

	width, height int
}

// bannerDays is how recent an urgent red flag's night must be, before last
// night, for the Log to show it above the card: the screen opened every
// morning should raise what is new, while Week and Insights list every flag.
const bannerDays = 14

// New returns the Log screen. now is the clock that says which night is
// last night.
func New(st styles.Styles, now func() time.Time) *Model {
	m := &Model{st: st, theme: st.FormTheme(), keys: NewKeyMap(), now: now, drafts: map[diary.Date]*draft{}}
	m.date = diary.LastNight(now())
	m.syncKeys()
	return m
}

// Date returns the night shown.
func (m *Model) Date() diary.Date { return m.date }

// Init implements screen.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize implements screen.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	if m.form != nil {
		fw, fh := m.formSize()
		m.form.WithWidth(fw).WithHeight(fh)
		form.Refresh(m.form)
	}
}

// Capturing implements screen.Screen: a form or a question takes every key.
func (m *Model) Capturing() bool { return m.form != nil || m.asking || m.habitQ }

// Unsaved implements screen.Drafter.
func (m *Model) Unsaved() string {
	var dates []diary.Date
	for date, d := range m.drafts {
		if d.unsaved() {
			dates = append(dates, date)
		}
	}
	if len(dates) == 0 {
		return ""
	}
	slices.Sort(dates)
	s := "the night of " + nightcard.ShortDate(dates[0])
	if len(dates) > 1 {
		s += fmt.Sprintf(" and %d more", len(dates)-1)
	}
	return s
}

// lastNight is the latest night that can be logged.
func (m *Model) lastNight() diary.Date { return diary.LastNight(m.now()) }

// cur returns the draft of the night shown, making it when needed.
func (m *Model) cur() *draft {
	d, ok := m.drafts[m.date]
	if !ok {
		d = newDraft(m.data, m.date)
		m.drafts[m.date] = d
	}
	return d
}

// Update implements screen.Screen.
func (m *Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	return screen.Synced(m, m.update(msg), m.syncKeys)
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case screen.DataMsg:
		m.setData(msg.Data)
		return nil
	case screen.NightSavedMsg:
		if d, ok := m.drafts[msg.Night.Date]; ok {
			d.saved(msg.Night)
		}
		if msg.Night.Date == m.quick {
			m.quickOK, m.quickPending = m.quickPending, false
		}
		if m.form != nil && msg.Night.Date == m.date && !m.cur().unsaved() {
			m.closeForm()
		}
		return nil
	case screen.NightDeletedMsg:
		if d, ok := m.drafts[msg.Date]; ok {
			// A draft that said just what was stored goes with the night; one
			// with changes stays, unsaved, so nothing typed is lost.
			if !d.unsaved() && !(m.form != nil && msg.Date == m.date) {
				delete(m.drafts, msg.Date)
			} else {
				d.deleted(m.data)
			}
		}
		if msg.Date == m.quick {
			m.quick, m.quickOK = 0, false
		}
		return nil
	case screen.FailedMsg:
		if d, ok := m.drafts[msg.Date]; ok {
			d.saving = false
		}
		if msg.Date == m.quick {
			m.quickPending = false
		}
		return nil
	case screen.RedFlagsMsg:
		m.flags = m.flags[:0]
		for _, f := range msg.Flags {
			if f.Level == redflags.LevelUrgent && !f.Acknowledged.Known() && len(f.Nights) > 0 && f.Nights[len(f.Nights)-1] >= m.lastNight().AddDays(-bannerDays) {
				m.flags = append(m.flags, f)
			}
		}
		return nil
	case screen.OpenNightMsg:
		m.closeForm()
		m.asking = false
		m.goTo(msg.Date)
		return nil
	case tea.KeyMsg:
		if m.data == nil {
			return nil
		}
		switch {
		case m.asking:
			return m.answer(msg)
		case m.habitQ:
			return m.answerHabit(msg)
		case m.form != nil:
			return m.formKey(msg)
		}
		return m.cardKey(msg)
	}
	if m.form != nil {
		return m.updateForm(msg)
	}
	return nil
}

// setData takes the diary as it now is. Drafts nobody changed are dropped,
// so they are prefilled again from the new usual values.
func (m *Model) setData(data *screen.Data) {
	m.data = data
	for date, d := range m.drafts {
		if date == m.date && m.form != nil {
			continue
		}
		if !d.saving && !d.unsaved() && d.logged == data.Logged(date) {
			delete(m.drafts, date)
		}
	}
}

func (m *Model) goTo(date diary.Date) {
	if date > m.lastNight() {
		date = m.lastNight()
	}
	if date != m.date {
		m.quickOK = false
	}
	m.date = date
	m.cursor = 0
}

// answer handles y or n to "remove this cramp?".
func (m *Model) answer(msg tea.KeyMsg) tea.Cmd {
	m.asking = false
	if !key.Matches(msg, m.keys.Yes) {
		return screen.Status("Kept the cramp.")
	}
	d := m.cur()
	r := m.rows()[m.cursor]
	if r.sec != secEpisode || r.ep >= len(d.text.Episodes) {
		return nil
	}
	d.text.Episodes = slices.Delete(d.text.Episodes, r.ep, r.ep+1)
	d.text.CrampsKnown = true
	d.check()
	m.cursor = min(m.cursor, len(m.rows())-1)
	if d.logged && !d.unsaved() {
		// A cramp added and removed again: the night is as saved, and the
		// card says "✓ logged"; "ctrl+s saves the night" would contradict it.
		return screen.Status(fmt.Sprintf("Removed cramp %d; the night is as it was saved.", r.ep+1))
	}
	return screen.Status(fmt.Sprintf("Removed cramp %d. ctrl+s saves the night.", r.ep+1))
}

// cardKey handles a key on the card.
func (m *Model) cardKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	rows := m.rows()
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Down):
		m.cursor = min(len(rows)-1, m.cursor+1)
	case key.Matches(msg, k.Open):
		r := rows[min(m.cursor, len(rows)-1)]
		if r.add {
			return m.addEpisode()
		}
		return m.open(r.sec, r.ep)
	case key.Matches(msg, k.Add):
		return m.addEpisode()
	case key.Matches(msg, k.Remove):
		m.asking = true
		r := rows[m.cursor]
		return screen.Status(fmt.Sprintf("Remove cramp %d? y removes it, n keeps it.", r.ep+1))
	case key.Matches(msg, k.Sleep):
		return m.open(secSleep, 0)
	case key.Matches(msg, k.Day):
		return m.open(secDay, 0)
	case key.Matches(msg, k.Position):
		return m.open(secPosition, 0)
	case key.Matches(msg, k.Notes):
		return m.open(secNotes, 0)
	case key.Matches(msg, k.NoCramps):
		if cmd, ok := m.askHabitFirst(afterNoCramps); ok {
			return cmd
		}
		return m.saveNoCramps()
	case key.Matches(msg, k.AskHabit):
		cmd, _ := m.askHabitFirst(afterNothing)
		return cmd
	case key.Matches(msg, k.Undo):
		m.quickOK = false
		return screen.Ask(screen.DeleteNightMsg{Date: m.quick,
			Done: "Undone: " + nightcard.ShortDate(m.quick) + " is not logged any more."})
	case key.Matches(msg, k.Save):
		return m.save()
	case key.Matches(msg, k.PrevNight):
		m.goTo(m.date.AddDays(-1))
	case key.Matches(msg, k.NextNight):
		m.goTo(m.date.AddDays(1))
	case key.Matches(msg, k.LastNight):
		m.goTo(m.lastNight())
	}
	return nil
}

// formKey handles a key while a form is open: ctrl+s saves the night from
// anywhere, every other key goes to the form.
func (m *Model) formKey(msg tea.KeyMsg) tea.Cmd {
	if key.Matches(msg, m.keys.FormSave) {
		return m.save()
	}
	return m.updateForm(msg)
}

func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	cmd := form.Update(m.form, msg)
	m.cur().check()
	form.Refresh(m.form)
	if m.form.State != huh.StateNormal {
		aborted := m.form.State == huh.StateAborted
		m.closeForm()
		if aborted && m.dropUntouched() {
			return screen.Status("No cramp added: nothing was typed in it.")
		}
		if m.cur().unsaved() {
			return screen.Status(m.sec.title() + " kept in the draft. ctrl+s saves the night.")
		}
		return nil
	}
	return cmd
}

func (m *Model) addEpisode() tea.Cmd {
	d := m.cur()
	ep := usualEpisode(m.data.Nights)
	fresh := *ep
	m.freshKnown = d.text.CrampsKnown
	d.text.Episodes = append(d.text.Episodes, ep)
	d.text.CrampsKnown = true
	d.check()
	cmd := m.open(secEpisode, len(d.text.Episodes)-1)
	m.fresh = &fresh
	return cmd
}

// dropUntouched takes out the cramp just added when its form was left
// without a change, reporting whether it did.
func (m *Model) dropUntouched() bool {
	fresh := m.fresh
	m.fresh = nil
	d := m.cur()
	if fresh == nil || m.sec != secEpisode || m.ep != len(d.text.Episodes)-1 ||
		!reflect.DeepEqual(*d.text.Episodes[m.ep], *fresh) {
		return false
	}
	d.text.Episodes = d.text.Episodes[:m.ep]
	d.text.CrampsKnown = m.freshKnown
	d.check()
	m.cursor = m.rowOf(secEpisode, max(0, m.ep-1))
	return true
}

// open opens the form of a section, a fresh one each time.
func (m *Model) open(sec section, ep int) tea.Cmd {
	m.fresh = nil
	d := m.cur()
	b := builder{d}
	var groups []*huh.Group
	switch sec {
	case secEpisode:
		if ep >= len(d.text.Episodes) {
			return nil
		}
		groups = b.episodeGroups(ep)
	case secSleep:
		groups = b.sleepGroups()
	case secDay:
		groups = b.dayGroups(m.data.Profile)
	case secPosition:
		groups = b.positionGroups()
	case secNotes:
		groups = b.notesGroups()
	default:
		return nil
	}
	m.sec, m.ep = sec, ep
	fw, fh := m.formSize()
	m.form = form.New(m.theme, fw, fh, groups...)
	m.cursor = m.rowOf(sec, ep)
	return m.form.Init()
}

func (m *Model) closeForm() {
	if m.form == nil {
		return
	}
	m.form = nil
	m.cursor = m.rowOf(m.sec, m.ep)
	if d, ok := m.drafts[m.date]; ok {
		d.check()
	}
}

// save asks the root to save the night shown, unless a field has a
// problem; on a trial night whose habit is not answered, it asks first.
func (m *Model) save() tea.Cmd {
	if cmd, ok := m.askHabitFirst(afterSave); ok {
		return cmd
	}
	return m.saveNow()
}

// saveNow asks the root to save the night shown, unless a field has a problem.
func (m *Model) saveNow() tea.Cmd {
	d := m.cur()
	n, ps := d.check()
	if len(ps) > 0 {
		return screen.Problem("Not saved, nothing is lost: " + m.describe(ps) + ". Fix it and press ctrl+s again.")
	}
	d.saving = true
	m.quickOK, m.quickPending = false, false
	return screen.Ask(screen.SaveNightMsg{Night: n,
		Done: "Saved " + nightcard.ShortDate(n.Date) + ": " + nightcard.CrampsAlone(n) + "."})
}

// saveNoCramps saves the night as shown with no cramps: on a fresh draft,
// "no cramps, usual day".
func (m *Model) saveNoCramps() tea.Cmd {
	d := m.cur()
	usual := !d.unsaved()
	if m.habitSaid != "" {
		usual = m.usualBesidesHabit(d)
	}
	d.text.CrampsKnown = true
	n, ps := d.check()
	if len(ps) > 0 {
		return screen.Problem("Not saved: " + m.describe(ps) + ".")
	}
	d.saving = true
	m.quick, m.quickOK, m.quickPending = n.Date, false, true
	what := "no cramps"
	// "usual day" only when there is one: a diary with no day recorded yet
	// has none to repeat (issue 11.11).
	if usual && dayKnown(n.Day) {
		what = "no cramps, usual day"
	}
	what += m.habitSaid
	m.habitSaid = ""
	return screen.Ask(screen.SaveNightMsg{Night: n,
		Done: "Saved " + nightcard.ShortDate(n.Date) + ": " + what + ". u undoes it."})
}

// describe names the first problem and counts the rest.
func (m *Model) describe(ps problems) string {
	paths := make([]string, 0, len(ps))
	for p := range ps {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	first := paths[0]
	// In the middle of the sentence: "bedtime not a time", not "Bedtime".
	where := strings.ToLower(labelOf(first))
	if strings.HasPrefix(first, "episodes[") {
		var i int
		fmt.Sscanf(first, "episodes[%d]", &i)
		where = fmt.Sprintf("cramp %d, %s", i+1, strings.ToLower(where))
	}
	s := where + " " + ps[first]
	if len(ps) > 1 {
		s += fmt.Sprintf(" (and %d more)", len(ps)-1)
	}
	return s
}

// syncKeys enables the keys that do something now, so help shows only them.
func (m *Model) syncKeys() {
	k := &m.keys
	card := m.form == nil && !m.asking && !m.habitQ && m.data != nil
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.Open, &k.Add, &k.Sleep, &k.Day, &k.Position, &k.Notes, &k.Save, &k.PrevNight} {
		b.SetEnabled(card)
	}
	var d *draft
	if card {
		d = m.drafts[m.date]
		if d == nil {
			d = newDraft(m.data, m.date)
			m.drafts[m.date] = d
		}
	}
	onEpisode := false
	if card {
		rows := m.rows()
		m.cursor = min(m.cursor, len(rows)-1)
		onEpisode = rows[m.cursor].sec == secEpisode && !rows[m.cursor].add
	}
	k.Remove.SetEnabled(card && onEpisode)
	k.NoCramps.SetEnabled(card && !d.logged && len(d.text.Episodes) == 0)
	// "usual day" only once there is a usual day (issue 11.11).
	if d != nil && (len(m.data.Before(d.date)) == 0 || !usualKnown(d.base)) {
		k.NoCramps.SetHelp("n", "no cramps")
	} else {
		k.NoCramps.SetHelp("n", "no cramps, usual day")
	}
	k.Undo.SetEnabled(card && m.quickOK && m.quick == m.date && d.logged)
	k.NextNight.SetEnabled(card && m.date < m.lastNight())
	k.LastNight.SetEnabled(card && m.date != m.lastNight())
	k.Nights.SetEnabled(card)
	k.Form.SetEnabled(m.form != nil)
	k.Confirm.SetEnabled(m.asking)
	_, trial := m.trialOf(m.date)
	k.AskHabit.SetEnabled(card && trial)
	for _, b := range []*key.Binding{&k.HabitYes, &k.HabitNo, &k.HabitUnsure, &k.HabitCancel} {
		b.SetEnabled(m.habitQ)
	}
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.asking:
		return []key.Binding{k.Yes, k.No}
	case m.habitQ:
		return []key.Binding{k.HabitYes, k.HabitNo, k.HabitUnsure, k.HabitCancel}
	case m.form != nil:
		return form.ShortKeys(m.form, k.Close, k.FormSave)
	}
	return []key.Binding{k.NoCramps, k.AskHabit, k.Undo, k.Add, k.Save, k.Open, k.Nights}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	switch {
	case m.asking:
		return [][]key.Binding{{k.Yes, k.No}}
	case m.habitQ:
		return [][]key.Binding{{k.HabitYes, k.HabitNo, k.HabitUnsure, k.HabitCancel}}
	case m.form != nil:
		return [][]key.Binding{{k.Close, k.FormSave}, form.FieldKeys(m.form)}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.Open, k.Add, k.Remove},
		{k.Sleep, k.Day, k.Position, k.Notes},
		{k.NoCramps, k.AskHabit, k.Undo, k.Save},
		{k.PrevNight, k.NextNight, k.LastNight},
	}
}

// dayKnown reports whether any field of the day is recorded.
func dayKnown(d diary.Day) bool { return !reflect.DeepEqual(d, diary.Day{}) }
