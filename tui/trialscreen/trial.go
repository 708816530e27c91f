// Package trialscreen is the Trial screen (SPEC §11): a randomised
// self-experiment on one habit. With no trial it lists the habits that can
// be tested and plans one: the design, the end date, the chance of finding a
// halving from the user's own nights, the advice for a supplement; it asks
// before it starts. With a trial it shows tonight's instruction, a calendar
// of the periods with each night's condition and whether it was followed,
// and the result in words with a chart of each pair's two rates; the
// figures of a running trial only behind an explicit peek.
//
// The order of the pairs is drawn with crypto/rand in a command, never in
// Update; the root saves the trial, and the analysis runs in a command each
// time the diary changes.
package trialscreen

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/trial"
	"github.com/crampsdiary/cramps/tui/keys"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// mode is what the screen shows.
type mode int

const (
	modeTrial  mode = iota // the current or latest trial; the habits when there is none
	modeHabits             // the habits that can be tested
	modePlan               // the plan of a trial of one habit
)

// question is what a yes-or-no question in the status line is about.
type question int

const (
	askNothing question = iota
	askStart
	askStop
)

// Model is the Trial screen.
type Model struct {
	st   styles.Styles
	keys KeyMap
	now  func() time.Time

	data *screen.Data
	gen  int // counts the diaries received, so old analyses are dropped

	mode   mode
	habit  int // the cursor in the habits
	plan   plan
	asking question
	peek   bool
	pick   int // the trial picked with [ and ], an index into the diary's; -1 for the current one
	// toResult scrolls the page to the result once, when a peek opens it.
	toResult bool
	saving   bool // a trial is being drawn and saved

	// shown is the analysis of the trial on the page, for generation resGen.
	shown  *shownTrial
	resGen int
	// chance is the estimate for the plan of chanceFor's habit and design.
	chance    *trial.Estimate
	chanceFor chanceMsg

	page          viewport.Model
	laidOut       pageKey // what the page was last laid out for
	width, height int
}

// New returns the Trial screen. now is the clock that says which night is
// tonight.
func New(st styles.Styles, now func() time.Time) *Model {
	m := &Model{st: st, keys: NewKeyMap(), now: now, page: viewport.New(0, 0), pick: -1}
	m.syncKeys()
	return m
}

// tonight is the night that begins this evening.
func (m *Model) tonight() diary.Date { return diary.DateOf(m.now()) }

// Init implements screen.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize implements screen.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.relayout()
	m.syncKeys() // the scroll keys follow the page's new length
}

// Capturing implements screen.Screen: a question takes the next key.
func (m *Model) Capturing() bool { return m.asking != askNothing }

// Update implements screen.Screen.
func (m *Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	cmd := m.update(msg)
	m.relayout()
	m.syncKeys() // after the layout: the scroll keys show only when the page scrolls that way
	return m, cmd
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case screen.DataMsg:
		m.data = msg.Data
		m.gen++
		if m.mode == modePlan {
			if _, busy := m.data.CurrentTrial(m.tonight()); busy {
				m.mode = modeTrial
			}
		}
		return tea.Batch(m.analyse(), m.estimate())
	case analysedMsg:
		if msg.gen == m.gen {
			m.shown, m.resGen = msg.shown, msg.gen
		}
		return nil
	case chanceMsg:
		if msg.habit == m.plan.habit && msg.design == m.plan.design {
			m.chance, m.chanceFor = &msg.estimate, msg
		}
		return nil
	case screen.TrialSavedMsg:
		m.saving, m.pick = false, -1
		m.mode, m.peek = modeTrial, false
		return nil
	case screen.FailedMsg:
		if msg.Op == screen.OpSaveTrial {
			m.saving = false
		}
		return nil
	case screen.PlanTrialMsg:
		return m.planFor(msg.Habit)
	case drawFailedMsg:
		m.saving = false
		return screen.Problem("Not started: " + msg.err.Error() + ".")
	case tea.KeyMsg:
		if m.data == nil {
			return nil
		}
		if m.asking != askNothing {
			return m.answer(msg)
		}
		return m.key(msg)
	}
	return nil
}

// planFor opens the plan of a trial of habit h, unless a trial is already
// under way: one trial at a time.
func (m *Model) planFor(h diary.TrialHabit) tea.Cmd {
	if m.data == nil {
		return nil
	}
	if t, busy := m.data.CurrentTrial(m.tonight()); busy {
		m.mode = modeTrial
		return screen.Problem("Your trial of " + t.Habit.Name() + " is under way; one trial at a time. x stops it.")
	}
	for i, o := range diary.TrialHabits {
		if o == h {
			m.habit = i
		}
	}
	m.mode = modePlan
	m.plan = newPlan(h)
	return m.estimate()
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch m.mode {
	case modeHabits:
		switch {
		case key.Matches(msg, k.Up):
			m.habit = max(0, m.habit-1)
		case key.Matches(msg, k.Down):
			m.habit = min(len(diary.TrialHabits)-1, m.habit+1)
		case key.Matches(msg, k.Open):
			return m.planFor(diary.TrialHabits[m.habit])
		case key.Matches(msg, k.Back):
			m.mode = modeTrial
		}
		return nil
	case modePlan:
		switch {
		case key.Matches(msg, k.Up):
			m.plan.row = max(0, m.plan.row-1)
		case key.Matches(msg, k.Down):
			m.plan.row = min(planRows-1, m.plan.row+1)
		case key.Matches(msg, k.Less):
			return m.changePlan(-1)
		case key.Matches(msg, k.More):
			return m.changePlan(1)
		case key.Matches(msg, k.Open):
			if m.saving {
				return nil
			}
			m.asking = askStart
			return screen.Problem(m.startQuestion())
		case key.Matches(msg, k.Back):
			m.mode = modeHabits
		case key.Matches(msg, k.PageUp):
			m.page.PageUp()
		case key.Matches(msg, k.PageDown):
			m.page.PageDown()
		}
		return nil
	}
	switch {
	case m.showsHabits() && key.Matches(msg, k.Up):
		m.habit = max(0, m.habit-1)
	case m.showsHabits() && key.Matches(msg, k.Down):
		m.habit = min(len(diary.TrialHabits)-1, m.habit+1)
	case m.showsHabits() && key.Matches(msg, k.Open):
		return m.planFor(diary.TrialHabits[m.habit])
	case keys.Scroll(msg, k.Lines, k.Pages, &m.page):
	case k.PrevTrial.Enabled() && key.Matches(msg, k.PrevTrial):
		m.pick, m.peek = m.shownIndex()-1, false
		return m.analyse()
	case k.NextTrial.Enabled() && key.Matches(msg, k.NextTrial):
		m.pick, m.peek = m.shownIndex()+1, false
		return m.analyse()
	case k.New.Enabled() && key.Matches(msg, k.New):
		m.mode = modeHabits
	case k.Stop.Enabled() && key.Matches(msg, k.Stop):
		m.asking = askStop
		return screen.Problem(m.stopQuestion())
	case k.Peek.Enabled() && key.Matches(msg, k.Peek):
		m.peek = !m.peek
		m.toResult = m.peek
	}
	return nil
}

// changePlan moves the marked value of the plan, saying why when it is at
// a limit, and estimates the new plan's chance.
func (m *Model) changePlan(dir int) tea.Cmd {
	if why := m.plan.change(dir); why != "" {
		return screen.Problem(why)
	}
	return m.estimate()
}

// answer handles the key after a question.
func (m *Model) answer(msg tea.KeyMsg) tea.Cmd {
	q := m.asking
	m.asking = askNothing
	yes := key.Matches(msg, m.keys.Yes)
	switch q {
	case askStart:
		if !yes {
			return screen.Status("Not started. enter asks again; esc goes back to the habits.")
		}
		m.saving = true
		return startTrial(m.plan.habit, m.tonight(), m.plan.design)
	case askStop:
		t, ok := m.data.CurrentTrial(m.tonight())
		if !yes || !ok {
			return screen.Status("The trial goes on.")
		}
		return stopTrial(t, m.tonight())
	}
	return nil
}

// current returns the trial the screen is about: the one picked with [ and
// ], else the one planned or running, else the latest.
func (m *Model) current() (diary.Trial, bool) {
	if m.data == nil {
		return diary.Trial{}, false
	}
	if m.pick >= 0 && m.pick < len(m.data.Trials) {
		return m.data.Trials[m.pick], true
	}
	if t, ok := m.data.CurrentTrial(m.tonight()); ok {
		return t, true
	}
	return m.data.LatestTrial()
}

// shownIndex returns where the trial on the page is in the diary's trials.
func (m *Model) shownIndex() int {
	t, ok := m.current()
	if !ok {
		return -1
	}
	for i, o := range m.data.Trials {
		if o.ID == t.ID {
			return i
		}
	}
	return -1
}

// showsRunning reports whether the trial on the page is the one planned or
// running: only it can be stopped or peeked at.
func (m *Model) showsRunning() bool {
	r, busy := m.running()
	t, ok := m.current()
	return busy && ok && r.ID == t.ID
}

// showsHabits reports whether the page is the list of habits: asked for, or
// the trial page of a diary that has never had one.
func (m *Model) showsHabits() bool {
	if m.mode == modeHabits {
		return true
	}
	_, ok := m.current()
	return m.mode == modeTrial && !ok
}

// running reports whether the current trial is planned or running.
func (m *Model) running() (diary.Trial, bool) {
	if m.data == nil {
		return diary.Trial{}, false
	}
	return m.data.CurrentTrial(m.tonight())
}

// syncKeys enables the keys that do something now.
func (m *Model) syncKeys() {
	k := &m.keys
	ready := m.data != nil && m.asking == askNothing
	habits := ready && m.showsHabits()
	plan := ready && m.mode == modePlan
	trialPage := ready && m.mode == modeTrial && !habits
	_, busy := m.running()
	// On the list of habits and the plan the line keys move the cursor; on
	// a trial's page they scroll it, and show only when it scrolls that way.
	up, down := !m.page.AtTop(), !m.page.AtBottom()
	// In a list they show only where the cursor can go: not ↓ on the last
	// habit or the plan's last row.
	k.Up.SetEnabled((habits && m.habit > 0) || (plan && m.plan.row > 0) || (trialPage && up))
	k.Down.SetEnabled((habits && m.habit < len(diary.TrialHabits)-1) || (plan && m.plan.row < planRows-1) || (trialPage && down))
	if trialPage { // a page scrolls; the lists move a cursor
		k.Up.SetHelp("↑/k", "scroll")
		k.Down.SetHelp("↓/j", "scroll")
	} else {
		k.Up.SetHelp("↑/k", "up")
		k.Down.SetHelp("↓/j", "down")
	}
	k.PageUp.SetEnabled((trialPage || plan) && up)
	k.PageDown.SetEnabled((trialPage || plan) && down)
	k.Less.SetEnabled(plan)
	k.More.SetEnabled(plan)
	k.Open.SetEnabled(habits || (plan && !m.saving))
	if plan {
		k.Open.SetHelp("enter", "start (asks first)")
	} else {
		k.Open.SetHelp("enter", "plan a trial")
	}
	_, hasTrial := m.current()
	k.Back.SetEnabled(plan || (ready && m.mode == modeHabits && hasTrial))
	k.New.SetEnabled(trialPage && !busy)
	k.Stop.SetEnabled(trialPage && m.showsRunning())
	at := m.shownIndex()
	k.PrevTrial.SetEnabled(trialPage && at > 0)
	k.NextTrial.SetEnabled(trialPage && at >= 0 && at < len(m.data.Trials)-1)
	t, _ := m.running()
	if t.Status(m.tonight()) == diary.TrialPlanned {
		k.Stop.SetHelp("x", "cancel the trial")
	} else {
		k.Stop.SetHelp("x", "stop the trial")
	}
	k.Peek.SetEnabled(trialPage && m.showsRunning() && t.Status(m.tonight()) == diary.TrialRunning)
	if m.peek {
		k.Peek.SetHelp("p", "hide interim figures")
	} else {
		k.Peek.SetHelp("p", "peek at interim figures")
	}
	k.Confirm.SetEnabled(m.asking != askNothing)
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	if m.asking != askNothing {
		return []key.Binding{k.Yes, k.No}
	}
	return []key.Binding{k.Open, k.Less, k.More, k.Back, k.New, k.Stop, k.Peek, k.PrevTrial, k.NextTrial, k.Down, k.Up}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	if m.asking != askNothing {
		return [][]key.Binding{{k.Yes, k.No}}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown},
		{k.Open, k.Less, k.More, k.Back},
		{k.New, k.Stop, k.Peek, k.PrevTrial, k.NextTrial},
	}
}
