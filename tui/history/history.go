// Package history is the History screen: every night in a table, newest
// first, with a filter; enter shows a whole night, e edits it in Log, d
// deletes it after asking.
package history

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/nightcard"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// Model is the History screen.
type Model struct {
	st   styles.Styles
	keys KeyMap

	data  *screen.Data
	lines []line // every night, newest first
	shown []int  // the lines the filter lets through
	ready bool
	early screen.EarlyKeys // typed before the first list was built

	cursor, offset int
	filter         textinput.Model
	filtering      bool
	detail         bool
	detailOff      int
	asking         bool
	deleted        *diary.Night // the night deleted last, which u puts back

	width, height int
}

// New returns the History screen.
func New(st styles.Styles) *Model {
	f := textinput.New()
	f.Prompt = "/ "
	f.Placeholder = "type to filter: a date, calf, alcohol, a word of the notes…"
	f.CharLimit = 80
	f.Cursor.SetMode(cursor.CursorStatic)
	f.PromptStyle = st.Accent
	f.TextStyle = st.Text
	f.PlaceholderStyle = st.Faint
	m := &Model{st: st, keys: NewKeyMap(), filter: f}
	m.syncKeys()
	return m
}

// Init implements screen.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize implements screen.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.filter.Width = max(10, w-4)
	m.scroll()
}

// Capturing implements screen.Screen: the filter takes typing, and a
// question takes y or n.
func (m *Model) Capturing() bool { return m.filtering || m.asking }

// selected returns the night under the cursor.
func (m *Model) selected() (*line, bool) {
	if m.cursor < 0 || m.cursor >= len(m.shown) {
		return nil, false
	}
	return &m.lines[m.shown[m.cursor]], true
}

// Update implements screen.Screen.
func (m *Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	return screen.Synced(m, m.update(msg), m.syncKeys)
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case screen.DataMsg:
		m.data = msg.Data
		return buildLines(msg.Data)
	case linesMsg:
		if msg.data != m.data {
			return nil // an older diary; a newer table is on its way
		}
		var keep diary.Date
		if l, ok := m.selected(); ok {
			keep = l.date
		}
		m.lines, m.ready = msg.lines, true
		m.applyFilter(keep)
		m.syncKeys() // the keys that work on the list, before the early ones act
		return m.early.ReleaseTo(m)
	case tea.KeyMsg:
		if !m.ready {
			m.early.Hold(msg)
			return nil
		}
		switch {
		case m.asking:
			return m.answer(msg)
		case m.filtering:
			return m.filterKey(msg)
		case m.detail:
			return m.detailKey(msg)
		}
		return m.listKey(msg)
	}
	return nil
}

// applyFilter keeps the lines whose text holds every word of the filter,
// with the cursor on keep when it is still shown.
func (m *Model) applyFilter(keep diary.Date) {
	words := strings.Fields(strings.ToLower(m.filter.Value()))
	m.shown = m.shown[:0]
	m.cursor = 0
	for i := range m.lines {
		ok := true
		for _, w := range words {
			if !strings.Contains(m.lines[i].search, w) {
				ok = false
				break
			}
		}
		if ok {
			if m.lines[i].date == keep {
				m.cursor = len(m.shown)
			}
			m.shown = append(m.shown, i)
		}
	}
	m.scroll()
}

func (m *Model) filterKey(msg tea.KeyMsg) tea.Cmd {
	if key.Matches(msg, m.keys.DoneFilter) {
		m.filtering = false
		m.filter.Blur()
		if msg.String() == "down" || msg.String() == "up" {
			return m.listKey(msg)
		}
		return nil
	}
	var keep diary.Date
	if l, ok := m.selected(); ok {
		keep = l.date
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	m.applyFilter(keep)
	return cmd
}

func (m *Model) listKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if d, ok := k.Move(msg, max(1, m.tableHeight()-1), len(m.shown)); ok {
		m.move(d)
		return nil
	}
	switch {
	case key.Matches(msg, k.Open):
		m.detail, m.detailOff = true, 0
	case key.Matches(msg, k.Filter):
		m.filtering = true
		return m.filter.Focus()
	case key.Matches(msg, k.ClearFilter):
		// Every night comes back, even when the filter matched none (issue 11.1).
		var keep diary.Date
		if l, ok := m.selected(); ok {
			keep = l.date
		}
		m.filter.SetValue("")
		m.applyFilter(keep)
	case key.Matches(msg, k.Edit):
		if l, ok := m.selected(); ok {
			return screen.Ask(screen.OpenNightMsg{Date: l.date})
		}
	case key.Matches(msg, k.Delete):
		if l, ok := m.selected(); ok {
			m.asking = true
			return screen.Problem("Delete the night of " + nightcard.Date(l.date) + "? y deletes it, n keeps it.")
		}
	case key.Matches(msg, k.Undo):
		if n := m.deleted; n != nil {
			m.deleted = nil
			return screen.Ask(screen.SaveNightMsg{Night: *n, Done: "Put back the night of " + nightcard.Date(n.Date) + "."})
		}
	case key.Matches(msg, k.NoCramps):
		if l, ok := m.selected(); ok && !l.night.CrampsKnown() {
			n := l.night.Clone()
			n.Episodes = []diary.Episode{}
			return screen.Ask(screen.SaveNightMsg{Night: n, Done: "Saved: no cramps on the night of " + nightcard.Date(n.Date) + "."})
		}
	}
	return nil
}

func (m *Model) detailKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Back):
		m.detail = false
	case key.Matches(msg, k.Older):
		m.move(1)
		m.detailOff = 0
	case key.Matches(msg, k.Newer):
		m.move(-1)
		m.detailOff = 0
	case key.Matches(msg, k.Up):
		m.detailOff = max(0, m.detailOff-1)
	case key.Matches(msg, k.Down):
		m.detailOff = min(m.detailOff+1, m.maxDetailOff())
	case key.Matches(msg, k.Edit), key.Matches(msg, k.Delete), key.Matches(msg, k.Undo), key.Matches(msg, k.NoCramps):
		return m.listKey(msg)
	}
	return nil
}

func (m *Model) answer(msg tea.KeyMsg) tea.Cmd {
	m.asking = false
	l, ok := m.selected()
	if !ok || !key.Matches(msg, m.keys.Yes) {
		return screen.Status("Kept the night.")
	}
	m.detail = false
	n := l.night.Clone()
	m.deleted = &n
	return screen.Ask(screen.DeleteNightMsg{Date: l.date, Done: "Deleted the night of " + nightcard.Date(l.date) + ". u puts it back."})
}

func (m *Model) move(by int) {
	m.cursor = max(0, min(len(m.shown)-1, m.cursor+by))
	m.scroll()
}

// scroll keeps the cursor within the visible rows.
func (m *Model) scroll() {
	h := m.tableHeight()
	if h <= 0 {
		return
	}
	m.cursor = max(0, min(m.cursor, len(m.shown)-1))
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+h {
		m.offset = m.cursor - h + 1
	}
	m.offset = max(0, min(m.offset, max(0, len(m.shown)-h)))
}

// syncKeys enables the keys that do something now.
func (m *Model) syncKeys() {
	k := &m.keys
	list := m.ready && !m.filtering && !m.asking && !m.detail
	has := len(m.shown) > 0
	k.List.SetEnabled((list || m.detail) && has)
	k.PageUp.SetEnabled(list && has)
	k.PageDown.SetEnabled(list && has)
	k.Open.SetEnabled(list && has)
	k.Back.SetEnabled(m.detail && !m.asking)
	k.Edit.SetEnabled((list || m.detail) && has)
	k.Delete.SetEnabled((list || m.detail) && has)
	k.Filter.SetEnabled(list && len(m.lines) > 0)
	k.ClearFilter.SetEnabled(list && m.filter.Value() != "")
	k.DoneFilter.SetEnabled(m.filtering)
	k.Confirm.SetEnabled(m.asking)
	k.Older.SetEnabled(m.detail && !m.asking && m.cursor < len(m.shown)-1)
	k.Newer.SetEnabled(m.detail && !m.asking && m.cursor > 0)
	k.Step.SetEnabled(k.Older.Enabled() || k.Newer.Enabled())
	k.Undo.SetEnabled((list || m.detail) && m.deleted != nil && (m.data == nil || !m.data.Logged(m.deleted.Date)))
	l, ok := m.selected()
	k.NoCramps.SetEnabled((list || m.detail) && ok && !l.night.CrampsKnown())
	// In an opened night j and k step between nights; the arrows scroll it.
	if m.detail {
		k.Up.SetKeys("up")
		k.Down.SetKeys("down")
	} else {
		k.Up.SetKeys("up", "k")
		k.Down.SetKeys("down", "j")
	}
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.asking:
		return []key.Binding{k.Yes, k.No}
	case m.filtering:
		return []key.Binding{k.DoneFilter}
	case m.detail:
		return []key.Binding{k.Back, k.Step, k.Edit, k.Delete, k.NoCramps, k.Undo}
	}
	return []key.Binding{k.Open, k.Edit, k.Delete, k.Undo, k.NoCramps, k.Filter, k.ClearFilter}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		k.List.Bindings(),
		{k.Open, k.Back, k.Older, k.Newer, k.Edit, k.Delete, k.Undo, k.NoCramps},
		{k.Filter, k.DoneFilter, k.ClearFilter, k.Yes, k.No},
	}
}
