// Package week is the Week screen: one week against the last and the 4
// weeks before, at a glance. It shows, top to bottom, the red-flag banner,
// whether the week went better than the last and which habits changed
// alongside, the nights as a strip, the figures with their changes beside a
// 12-week chart, and a calendar heat map of the last months.
//
// The figures are worked out in a command whenever the diary changes or the
// week moves, and kept; Update and View only read them.
package week

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// Model is the Week screen.
type Model struct {
	st   styles.Styles
	keys KeyMap
	now  func() time.Time

	data  *screen.Data
	start diary.Date // the first day of the week asked for
	fig   *figures   // the figures last worked out; nil until the first

	early screen.EarlyKeys // typed before the first figures were worked out

	flagsOpen bool
	offset    int // lines scrolled, on the week and on the flags
	width     int
	height    int

	frame frame // the drawn lines, kept until something they show changes
	inks  *inks // the colours, taken on the first frame
}

// New returns the Week screen. now is the clock that says which night is
// last night, and so which week is this week.
func New(st styles.Styles, now func() time.Time) *Model {
	m := &Model{st: st, keys: NewKeyMap(), now: now}
	m.syncKeys()
	return m
}

// Start returns the first day of the week shown (or being worked out).
func (m *Model) Start() diary.Date { return m.start }

// Init implements screen.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize implements screen.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.clampOffset()
	m.syncKeys()
}

// Capturing implements screen.Screen: the Week screen takes no typing.
func (m *Model) Capturing() bool { return false }

// lastNight is the latest night that can be logged.
func (m *Model) lastNight() diary.Date { return diary.LastNight(m.now()) }

// thisWeek is the first day of the week holding last night, in the
// profile's week order.
func (m *Model) thisWeek() diary.Date {
	return diary.WeekStartOf(m.lastNight(), m.data.Profile.FirstWeekday())
}

// firstWeek is the first day of the earliest week worth showing: the week
// of the first night in the diary, or this week when it is empty.
func (m *Model) firstWeek() diary.Date {
	if len(m.data.Nights) == 0 {
		return m.thisWeek()
	}
	return diary.WeekStartOf(m.data.Nights[0].Date, m.data.Profile.FirstWeekday())
}

// Update implements screen.Screen.
func (m *Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	return screen.Synced(m, m.update(msg), m.syncKeys)
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case screen.DataMsg:
		current := m.data == nil || m.start == m.thisWeek()
		m.data = msg.Data
		if current {
			m.start = m.thisWeek()
		} else {
			// The profile may have changed the week's first day.
			m.start = min(diary.WeekStartOf(m.start, m.data.Profile.FirstWeekday()), m.thisWeek())
		}
		return m.work()
	case weekMsg:
		if msg.data != m.data || msg.start != m.start {
			return nil // an older diary or week; the newer one is on its way
		}
		m.fig = msg.fig
		m.frame = frame{}
		if len(m.fig.rep.RedFlags) == 0 {
			m.flagsOpen = false
		}
		m.clampOffset()
		if !m.early.Held() {
			return nil
		}
		m.syncKeys() // the keys that work on the figures, before the early ones act
		return m.early.ReleaseTo(m)
	case tea.KeyMsg:
		if m.fig == nil {
			// The first figures are on their way: ← or f typed now acts
			// once they are here, not lost (as History and Insights do).
			m.early.Hold(msg)
			return nil
		}
		return m.key(msg)
	}
	return nil
}

// work asks for the figures of the week at start.
func (m *Model) work() tea.Cmd { return compute(m.data, m.start, m.lastNight()) }

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Back):
		m.flagsOpen, m.offset = false, 0
	case key.Matches(msg, k.Flags):
		m.flagsOpen, m.offset = true, 0
	case key.Matches(msg, k.Seen):
		return screen.AckFlags(m.fig.rep.RedFlags)
	// A new week starts at its top, so its title is in view (issue 11.8).
	case key.Matches(msg, k.Prev):
		m.start, m.offset = m.start.AddDays(-7), 0
		return m.work()
	case key.Matches(msg, k.Next):
		m.start, m.offset = m.start.AddDays(7), 0
		return m.work()
	case key.Matches(msg, k.This):
		m.start, m.offset = m.thisWeek(), 0
		return m.work()
	case key.Matches(msg, k.Up):
		m.offset--
		m.clampOffset()
	case key.Matches(msg, k.Down):
		m.offset++
		m.clampOffset()
	}
	return nil
}

// syncKeys enables the keys that do something now.
func (m *Model) syncKeys() {
	k := &m.keys
	ready := m.fig != nil && m.data != nil
	week := ready && !m.flagsOpen
	k.Prev.SetEnabled(week && m.start > m.firstWeek())
	k.Next.SetEnabled(week && m.start < m.thisWeek())
	k.This.SetEnabled(week && m.start != m.thisWeek())
	k.Weeks.SetEnabled(k.Prev.Enabled() || k.Next.Enabled())
	k.Flags.SetEnabled(week && len(m.fig.rep.RedFlags) > 0)
	k.Back.SetEnabled(ready && m.flagsOpen)
	k.Seen.SetEnabled(ready && m.flagsOpen && screen.Unseen(m.fig.rep.RedFlags))
	lines := m.lineCount()
	k.Up.SetEnabled(ready && m.offset > 0)
	k.Down.SetEnabled(ready && m.offset < lines-m.height)
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	if m.flagsOpen {
		return []key.Binding{k.Back, k.Seen, k.Down, k.Up}
	}
	return []key.Binding{k.Weeks, k.This, k.Flags, k.Down, k.Up}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{{k.Prev, k.Next, k.This}, {k.Up, k.Down, k.Flags, k.Back, k.Seen}}
}
